/**
 * The main loop with the real coordinator and a fake executor (job-harness.ts): one test per
 * rule the loop owns, plus the official runner's BackgroundStepsL0 list. Exact order asserted.
 */
import { describe, expect, it } from '@jest/globals'
import { groupLines, startJob } from './job-harness.js'

describe('main loop rules', () => {
  it('R4/R6: a background step is queued and the loop moves on at once (BackgroundStepRunsConcurrentlyWithForeground)', async () => {
    const job = startJob(`
- id: bg
  background: true
  run: hold
- id: fg
  run: echo hi
- wait: bg
`)
    await job.until('end fg')
    expect(job.events).toEqual(['start bg', 'start fg', 'echo fg hi', 'end fg'])
    await job.release('bg')
    const report = await job.done
    expect(job.events.slice(-1)).toEqual(['end bg'])
    expect(report.result).toBe('success')
  })

  it('R17: a wait blocks the loop until the step finishes (WaitStepBlocksUntilBackgroundCompletes)', async () => {
    const job = startJob(`
- id: bg
  background: true
  run: hold
- wait: bg
- id: after
  run: echo after
`)
    await job.until('start bg')
    await new Promise((r) => setTimeout(r, 20))
    expect(job.events).not.toContain('start after')
    await job.release('bg')
    await job.done
    expect(job.events).toEqual([
      'start bg',
      'end bg',
      'start after',
      'echo after after',
      'end after'
    ])
  })

  it('R4: the env snapshot is taken at dequeue; R7: run is evaluated when the step starts (S13)', async () => {
    const job = startJob(`
- id: setY
  run: env Y=1
- id: a
  background: true
  run: echo Y=\${{ env.Y }} Z=\${{ env.Z }}
- id: setZ
  run: env Z=2
- wait: a
`)
    await job.done
    expect(job.events).toContain('echo a Y=1 Z=')
  })

  it('R5/Q-a: a background step skipped by if is never registered; its outcome is skipped', async () => {
    const job = startJob(`
- id: a
  background: true
  if: false
  run: echo never
- wait: a
- id: show
  run: echo \${{ steps.a.outcome }}
`)
    const report = await job.done
    expect(job.events).not.toContain('start a')
    expect(job.events).toContain('echo show skipped')
    expect(groupLines(job.log, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: a',
      'Finished waiting for background step(s).'
    ])
    expect(report.result).toBe('success')
  })

  it('R4: an env evaluation error fails a background step at once and merges into the job', async () => {
    const job = startJob(`
- id: bad
  background: true
  env:
    X: \${{ fromJSON('') }}
  run: echo never
- id: next
  run: echo \${{ job.status }}
`)
    const report = await job.done
    expect(job.events).not.toContain('start bad')
    expect(job.events).not.toContain('start next')
    expect(report.result).toBe('failure')
  })

  it('R8/R35: a failed background step does not change the job status until a wait (BackgroundStepFailurePropagatesAtWait)', async () => {
    const job = startJob(`
- id: a
  background: true
  run: fail
- id: before
  run: echo \${{ job.status }} \${{ steps.a.outcome }}
- wait: a
- id: skipped
  run: echo should not run
- id: on-failure
  if: failure()
  run: echo \${{ job.status }} \${{ steps.a.outcome }}
`)
    const report = await job.done
    expect(job.events).toContain('echo before success')
    expect(job.events).not.toContain('start skipped')
    expect(job.events).toContain('echo on-failure failure failure')
    expect(report.result).toBe('failure')
  })

  it('R15/R16: outputs, env and path are invisible until the flush, even when the step already finished', async () => {
    const job = startJob(`
- id: a
  background: true
  run: |
    output v=1
    env FOO=bar
    path /opt/a
- id: before
  run: echo [\${{ steps.a.outputs.v }}|\${{ env.FOO }}|\${{ steps.a.conclusion }}]
- wait: a
- id: after
  run: echo [\${{ steps.a.outputs.v }}|\${{ env.FOO }}|\${{ steps.a.conclusion }}]
`)
    await job.until('end a')
    const report = await job.done
    expect(job.events).toContain('echo before [||]')
    expect(job.events).toContain('echo after [1|bar|success]')
    expect(report.pathPrepend).toEqual(['/opt/a'])
    expect(report.exportedEnv.get('FOO')).toBe('bar')
  })

  it('R13: a background step defers its env in a case-insensitive map (first spelling, last value); a foreground step does not', async () => {
    const job = startJob(`
- id: a
  background: true
  run: |
    env foo=1
    env FOO=2
- wait: a
- id: fg
  run: |
    env bar=1
    env BAR=2
- id: show
  run: echo [\${{ env.foo }}|\${{ env.FOO }}|\${{ env.bar }}|\${{ env.BAR }}]
`)
    const report = await job.done
    expect(job.events).toContain('echo show [2||1|2]')
    expect([...report.exportedEnv.keys()].filter((name) => /^foo$/i.test(name))).toEqual(['foo'])
  })

  it('R24/R41/Q1: continue-on-error on a wait softens only its own conclusion; the failed background step still fails the list at the end (R40)', async () => {
    const job = startJob(`
- id: a
  background: true
  run: fail
- id: w
  wait: a
  continue-on-error: true
- id: show
  run: echo \${{ steps.w.outcome }} \${{ steps.w.conclusion }} \${{ job.status }}
`)
    const report = await job.done
    expect(job.events).toContain('echo show failure success success')
    expect(report.result).toBe('failure')
  })

  it('R25: a control step with an id publishes its own outcome and conclusion', async () => {
    const job = startJob(`
- id: a
  background: true
  run: echo a
- id: w
  wait: a
- id: c
  cancel: a
- id: all
  wait-all:
- id: show
  run: echo \${{ steps.w.outcome }}/\${{ steps.w.conclusion }} \${{ steps.c.conclusion }} \${{ steps.all.conclusion }}
`)
    await job.done
    expect(job.events).toContain('echo show success/success success success')
  })

  it('R14/R18: the flush order of a wait list decides which env write wins (S10)', async () => {
    const yaml = (wait: string): string => `
- id: a
  background: true
  run: env X=from-a
- id: b
  background: true
  run: env X=from-b
${wait}
- id: show
  run: echo \${{ env.X }}
`
    const ba = startJob(yaml('- wait: [b, a]'))
    await ba.done
    expect(ba.events).toContain('echo show from-a')
    const ab = startJob(yaml('- wait: [a, b]'))
    await ab.done
    expect(ab.events).toContain('echo show from-b')
    const all = startJob(yaml('- wait-all:'))
    await all.done
    expect(all.events).toContain('echo show from-b')
  })

  it('R21/R39: a Failed wait fails the job there; a Canceled wait does not', async () => {
    const job = startJob(`
- id: a
  background: true
  run: hold
- cancel: a
- wait: a
- id: mid
  run: echo \${{ job.status }}
- id: b
  background: true
  run: fail
- wait: b
- id: end
  if: always()
  run: echo \${{ job.status }}
`)
    await job.until('start a')
    const report = await job.done
    expect(job.events).toContain('echo mid success')
    expect(job.events).toContain('echo end failure')
    expect(report.result).toBe('failure')
  })

  it('R3: control steps always run, even after a failure (ControlFlowStepsRunEvenAfterFailure)', async () => {
    const job = startJob(`
- id: bg
  background: true
  run: hold
- id: boom
  run: fail
- id: skipped
  run: echo no
- wait-all:
`)
    await job.until('end boom')
    await job.release('bg')
    const report = await job.done
    expect(job.events).not.toContain('start skipped')
    expect(groupLines(job.log, 'Wait for all')).toEqual([
      'Waiting for all background step(s) to complete: Run hold',
      'Finished waiting for all background step(s).',
      '  Run hold: Succeeded'
    ])
    expect(report.result).toBe('failure')
  })

  it('R28–R31: cancel terminates a running step; it ends cancelled and the job stays green (CancelStepTerminatesBackgroundStep, CanceledBackgroundStepDoesNotAffectJobResult)', async () => {
    const job = startJob(`
- id: server
  name: Server
  background: true
  run: hold
- cancel: server
- id: after
  run: echo \${{ steps.server.outcome }}/\${{ steps.server.conclusion }} \${{ job.status }}
`)
    const report = await job.done
    expect(job.events.indexOf('signal server')).toBeLessThan(job.events.indexOf('start after'))
    expect(job.events).toContain('echo after cancelled/cancelled success')
    expect(groupLines(job.log, 'Cancel')).toEqual([
      'Cancelling background step(s): Server',
      'Finished cancelling background step(s).',
      '  Server: Canceled'
    ])
    expect(report.result).toBe('success')
  })

  it('R32: a failed step targeted by cancel still fails the job, only at the end (FailedBackgroundStepTargetedByCancelStillAffectsJobResult)', async () => {
    const job = startJob(`
- id: broken
  background: true
  run: fail
- id: wait-for-it
  run: echo waiting
- cancel: broken
- id: after
  run: echo \${{ job.status }}
`)
    const report = await job.done
    expect(job.events).toContain('echo after success')
    expect(report.result).toBe('failure')
  })

  it('R40/R46: an uncovered step gets the implicit "Wait for all background steps", which fails for it (S17)', async () => {
    const job = startJob(`
- id: bad
  name: Bad
  background: true
  run: fail
- id: fg
  run: echo ran
`)
    const report = await job.done
    expect(groupLines(job.log, 'Wait for all background steps')).toEqual([
      'Waiting for all background step(s) to complete: Bad',
      'Finished waiting for all background step(s).',
      '  Bad: Failed'
    ])
    const implicit = report.records.at(-1)!
    expect(implicit).toMatchObject({
      implicit: true,
      result: 'Failed',
      waited: [{ name: 'Bad', result: 'Failed' }]
    })
    expect(report.steps).not.toHaveProperty('__implicit_wait_all')
    expect(report.result).toBe('failure')
  })

  it('R46: covered steps add no implicit step', async () => {
    const job = startJob(`
- id: a
  background: true
  run: echo a
- wait: a
`)
    const report = await job.done
    expect(report.records.map((r) => r.displayName)).toEqual(['Run echo a', 'Wait'])
  })

  it('R60–R62: a parallel group runs its members as background steps, then waits for exactly them, shown as "Parallel group"', async () => {
    const job = startJob(`
- id: outside
  background: true
  run: hold
- parallel:
    - id: one
      run: output x=1
    - id: two
      run: fail
- id: after
  if: always()
  run: echo \${{ steps.one.outputs.x }} \${{ job.status }}
`)
    await job.until('start after')
    // The group's wait did not wait for the unrelated background step.
    expect(job.events).not.toContain('end outside')
    await job.release('outside')
    const report = await job.done
    expect(job.events).toContain('echo after 1 failure')
    expect(groupLines(job.log, 'Parallel group')).toEqual([
      'Waiting for background step(s) to complete: Run output x=1, Run fail',
      'Finished waiting for background step(s).',
      '  Run output x=1: Succeeded',
      '  Run fail: Failed'
    ])
    expect(report.records.map((r) => [r.displayName, r.background])).toEqual([
      ['Run hold', true],
      ['Run output x=1', true],
      ['Run fail', true],
      ['Parallel group', false],
      ['Run echo ${{ steps.one.outputs.x }} ${{ job.status }}', false],
      ['Wait for all background steps', false]
    ])
  })

  it('R43: job cancellation cancels the running foreground step unless its if still holds; later default-if steps are skipped, always() steps run', async () => {
    const job = startJob(`
- id: bg
  background: true
  run: hold
- id: fg
  run: hold
- id: skipped
  run: echo no
- id: cleanup
  if: always()
  run: echo \${{ job.status }} \${{ steps.fg.conclusion }}
- id: on-cancel
  if: cancelled()
  run: echo cancelled() ran
`)
    await job.until('start fg')
    job.cancelJob()
    const report = await job.done
    expect(job.events).toEqual(
      expect.arrayContaining([
        'signal bg',
        'signal fg',
        'echo cleanup cancelled cancelled',
        'echo on-cancel cancelled() ran'
      ])
    )
    expect(job.events).not.toContain('start skipped')
    expect(report.result).toBe('cancelled')
    expect(report.records.find((r) => r.id === 'fg')?.errors).toEqual([
      'The operation was canceled.'
    ])
  })

  it('R43: a foreground step whose if is still true (always()) keeps running and gets no signal', async () => {
    const job = startJob(`
- id: keep
  if: always()
  run: hold
- id: after
  if: always()
  run: echo after
`)
    await job.until('start keep')
    job.cancelJob()
    await new Promise((r) => setTimeout(r, 20))
    expect(job.events).not.toContain('signal keep')
    await job.release('keep')
    const report = await job.done
    expect(report.records.find((r) => r.id === 'keep')?.result).toBe('Succeeded')
    expect(report.result).toBe('cancelled')
  })

  it('R43/R5 debug: the loop traces a foreground step cancelled by job cancellation and the skips after it', async () => {
    const job = startJob(`
- id: stop
  name: Stop
  run: hold
- id: after
  name: After
  run: echo after
`)
    await job.until('start stop')
    job.cancelJob()
    await job.done
    expect(job.debug).toEqual([
      "Step 'Stop' (stop) cancelled (reason: job): its if: no longer holds",
      "Step 'After' (after) skipped: its if: is false"
    ])
  })

  it('R43 debug: a foreground step whose if still holds is traced as not cancelled with the job', async () => {
    const job = startJob(`
- id: keep
  name: Keep
  if: always()
  run: hold
`)
    await job.until('start keep')
    job.cancelJob()
    await job.release('keep')
    await job.done
    expect(job.debug).toEqual([
      "Step 'Keep' (keep) is not cancelled with the job: its if: still holds"
    ])
  })

  it('R42/R44/Q-e: a wait blocking at job cancellation completes Canceled; a background step reached later never starts', async () => {
    const job = startJob(`
- id: a
  name: A
  background: true
  run: hold
- wait: a
- id: late
  background: true
  if: always()
  run: echo late
- wait-all:
`)
    await job.until('start a')
    job.cancelJob()
    const report = await job.done
    expect(job.events).not.toContain('start late')
    expect(groupLines(job.log, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: A',
      'Finished waiting for background step(s).',
      '  A: Canceled'
    ])
    expect(report.records.find((r) => r.id === 'late')?.result).toBe('Canceled')
    expect(report.result).toBe('cancelled')
  })

  it('R9: max-concurrency slots apply to background steps only', async () => {
    const job = startJob(
      `
- id: a
  background: true
  run: hold
- id: b
  background: true
  run: echo b
- id: fg
  run: echo fg
- wait-all:
`,
      { maxConcurrency: 1 }
    )
    await job.until('end fg')
    expect(job.events).toEqual(['start a', 'start fg', 'echo fg fg', 'end fg'])
    await job.release('a')
    await job.done
    expect(job.events.slice(4)).toEqual(['end a', 'start b', 'echo b b', 'end b'])
  })

  it('R10: a background timeout fails the step with the runner message; continue-on-error applies (S20)', async () => {
    const job = startJob(`
- id: slow
  name: Slow
  background: true
  timeout-minutes: 0.001
  run: hold
- id: soft
  name: Soft
  background: true
  timeout-minutes: 0.001
  continue-on-error: true
  run: hold
- wait: [slow, soft]
- id: show
  if: always()
  run: echo \${{ steps.slow.outcome }}/\${{ steps.slow.conclusion }} \${{ steps.soft.outcome }}/\${{ steps.soft.conclusion }}
`)
    const report = await job.done
    expect(job.events).toContain('echo show failure/failure failure/success')
    expect(report.records.find((r) => r.id === 'slow')?.errors).toEqual([
      "The background step 'Slow' has timed out after 0.001 minutes."
    ])
    expect(report.result).toBe('failure')
  })

  it('R80: many background steps finishing together are all flushed into the steps context (StepsContextThreadSafety)', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `s${i}`)
    const job = startJob(
      ids.map((id) => `- id: ${id}\n  background: true\n  run: output v=${id}\n`).join('') +
        '- wait-all:\n'
    )
    const report = await job.done
    expect(Object.keys(report.steps)).toEqual(ids)
    for (const id of ids) expect(report.steps[id].outputs.v).toBe(id)
  })
})
