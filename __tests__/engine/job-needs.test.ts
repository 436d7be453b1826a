/**
 * `needs:` (beyond native, docs/needs.md) in the main loop, with the real coordinator and the
 * fake executor of job-harness.ts, whose `hold` lets each test decide when a step ends: the
 * rules N2–N6 by name, order read from the event list, never from timing.
 */
import { describe, expect, it } from '@jest/globals'
import { groupLines, startJob } from './job-harness.js'
import { settle } from './fakes.js'

type Report = Awaited<ReturnType<typeof startJob>['done']>
const recordOf = (report: Report, key: string) => report.records.find((r) => r.key === key)
const conclusions = (report: Report, ...ids: string[]): string[] =>
  ids.map((id) => `${id}: ${report.steps[id]?.outcome}/${report.steps[id]?.conclusion}`)

describe('N2: a step with needs is a background step', () => {
  it('N2: the main loop registers it and moves on at once; the next foreground step runs first', async () => {
    const job = startJob(`
- id: a
  background: true
  run: hold
- id: g
  needs: a
  run: echo g
- id: next
  run: echo next
- wait-all:
`)
    await job.until('end next')
    expect(job.events).toEqual(['start a', 'start next', 'echo next next', 'end next'])
    await job.release('a')
    const report = await job.done
    expect(job.events.slice(4)).toEqual(['end a', 'start g', 'echo g g', 'end g'])
    expect(report.result).toBe('success')
    expect(recordOf(report, 'g')).toMatchObject({ background: true, needs: ['a'] })
  })

  it('N2: wait on a graph step waits for it (and so for its needs); cancel of one waiting for its needs ends it Canceled, never started', async () => {
    const job = startJob(`
- id: a
  background: true
  run: hold
- id: g
  name: G
  needs: a
  run: echo g
- id: h
  name: H
  needs: a
  run: echo h
- cancel: h
- id: between
  run: echo between
- wait: g
- id: after
  run: echo after \${{ steps.g.conclusion }} \${{ steps.h.conclusion }}
`)
    await job.until('end between')
    expect(job.events).not.toContain('start h')
    await job.release('a')
    const report = await job.done
    expect(job.events).not.toContain('start h')
    expect(job.events.indexOf('end g')).toBeLessThan(job.events.indexOf('start after'))
    expect(job.events).toContain('echo after after success cancelled')
    expect(recordOf(report, 'h')?.result).toBe('Canceled')
    expect(recordOf(report, 'h')?.startedAt).toBeUndefined()
    expect(groupLines(job.log, 'Cancel')).toEqual([
      'Cancelling background step(s): H',
      'Finished cancelling background step(s).',
      '  H: Canceled'
    ])
    expect(report.result).toBe('success')
  })

  it('N2: fail-fast cancels a graph step still waiting for its needs; it never starts', async () => {
    const job = startJob(
      `
- id: slow
  background: true
  run: hold
- id: bad
  background: true
  run: fail
- id: g
  needs: slow
  run: echo g
- wait-all:
`,
      { failFast: true }
    )
    const report = await job.done
    expect(job.events).not.toContain('start g')
    expect(recordOf(report, 'g')?.result).toBe('Canceled')
    expect(report.result).toBe('failure')
  })

  it('N2: max-concurrency holds a ready graph step until a slot frees', async () => {
    const job = startJob(
      `
- id: a
  run: echo a
- id: busy
  background: true
  run: hold
- id: g
  needs: a
  run: echo g
- wait-all:
`,
      { maxConcurrency: 1 }
    )
    await job.until('start busy')
    await settle()
    expect(job.events).not.toContain('start g')
    expect(job.log).toContain('⏳ Run echo g is waiting for a background slot')
    await job.release('busy')
    await job.done
    expect(job.events.slice(-3)).toEqual(['start g', 'echo g g', 'end g'])
  })
})

describe('N3: it asks for a slot once every step it needs has ended', () => {
  it('N3: starts only after all its needs ended, whatever order they end in', async () => {
    const job = startJob(`
- id: a
  background: true
  run: hold
- id: b
  background: true
  run: hold
- id: g
  needs: [a, b]
  run: echo g
- wait-all:
`)
    await job.release('b')
    await settle()
    expect(job.events).not.toContain('start g')
    await job.release('a')
    await job.done
    expect(job.events.indexOf('start g')).toBeGreaterThan(job.events.indexOf('end a'))
    expect(job.events.indexOf('start g')).toBeGreaterThan(job.events.indexOf('end b'))
  })

  it('N3: first-in, first-out by the moment they became ready, ties in list order (max-concurrency 1)', async () => {
    const job = startJob(
      `
- id: p
  background: true
  run: hold
- id: q
  background: true
  run: hold
- id: g1
  needs: q
  run: echo g1
- id: g2
  needs: p
  run: echo g2
- id: g3
  needs: p
  run: echo g3
- wait-all:
`,
      { maxConcurrency: 1 }
    )
    await job.release('p')
    await job.release('q')
    const report = await job.done
    const starts = job.events.filter((e) => e.startsWith('start ')).map((e) => e.slice(6))
    // g1 is listed first but became ready last; g2 and g3 became ready together: list order.
    expect(starts).toEqual(['p', 'q', 'g2', 'g3', 'g1'])
    const g1 = recordOf(report, 'g1')!
    expect(g1.readyAt).toBeGreaterThanOrEqual(g1.queuedAt!)
    expect(g1.startedAt).toBeGreaterThanOrEqual(g1.readyAt!)
  })
})

describe('N3: what counts as ended', () => {
  it('N3: a need a cancel abandoned after its grace counts as ended when it is marked Canceled', async () => {
    const job = startJob(
      `
- id: stubborn
  background: true
  run: |
    ignore-cancel
    hold
- id: cleanup
  needs: stubborn
  if: always()
  run: echo cleanup \${{ steps.stubborn.conclusion }}
- cancel: stubborn
- wait: cleanup
- id: after
  run: echo after
`,
      { cancelGraceMs: 20 }
    )
    await job.until('end after')
    // The need is still running: cleanup went ahead on its Canceled mark.
    expect(job.events).not.toContain('end stubborn')
    expect(job.events).toContain('echo cleanup cleanup cancelled')
    await job.release('stubborn')
    const report = await job.done
    expect(report.steps.cleanup?.conclusion).toBe('success')
  })

  it('N3: a need with retry: ends after its last attempt, whose outputs it sees; a member of an earlier parallel can be needed', async () => {
    const job = startJob(`
- id: flaky
  background: true
  retry: { attempts: 3 }
  run: |
    output attempt={attempt}
    fail-until 2
- parallel:
    - id: member
      run: output m=from-member
- id: g
  needs: [flaky, member]
  run: echo saw \${{ steps.flaky.outputs.attempt }} \${{ steps.member.outputs.m }}
- wait-all:
`)
    const report = await job.done
    const starts = job.events.filter((e) => e === 'start flaky' || e === 'start g')
    expect(starts).toEqual(['start flaky', 'start flaky', 'start g'])
    expect(job.events).toContain('echo g saw 2 from-member')
    expect(report.result).toBe('success')
  })
})

describe('N4: its if: is evaluated when its needs have ended, relative to them', () => {
  it('N4.1/N4.2/N4.5: after a failed need the default skips, failure() runs, and the skip propagates unless if: says otherwise', async () => {
    const job = startJob(`
- id: bad
  background: true
  run: fail
- id: dflt
  needs: bad
  run: echo dflt
- id: onfail
  needs: bad
  if: failure()
  run: echo onfail
- id: chain
  needs: dflt
  run: echo chain
- id: chainalways
  needs: dflt
  if: always()
  run: echo chainalways \${{ steps.dflt.conclusion }}
- id: chainfail
  needs: dflt
  if: failure()
  run: echo chainfail
- wait-all:
`)
    const report = await job.done
    expect(conclusions(report, 'dflt', 'onfail', 'chain', 'chainalways', 'chainfail')).toEqual([
      'dflt: skipped/skipped',
      'onfail: success/success',
      'chain: skipped/skipped',
      'chainalways: success/success',
      'chainfail: skipped/skipped'
    ])
    expect(job.events).toContain('echo chainalways chainalways skipped')
    expect(job.log).toContain('⏭ Run echo dflt (skipped: success() was false)')
    // N4.5: skipped steps count as neither: the list fails because `bad` did.
    expect(report.result).toBe('failure')
    expect(recordOf(report, 'dflt')?.result).toBe('Skipped')
    expect(recordOf(report, 'dflt')?.startedAt).toBeUndefined()
  })

  it('N4.1/N4.4: a cancelled need makes success() and failure() false; always() runs', async () => {
    const job = startJob(`
- id: svc
  background: true
  run: hold
- id: dflt
  needs: svc
  run: echo dflt
- id: onfail
  needs: svc
  if: failure()
  run: echo onfail
- id: cleanup
  needs: svc
  if: always()
  run: echo cleanup \${{ steps.svc.conclusion }}
- cancel: svc
- wait-all:
`)
    const report = await job.done
    expect(conclusions(report, 'dflt', 'onfail', 'cleanup')).toEqual([
      'dflt: skipped/skipped',
      'onfail: skipped/skipped',
      'cleanup: success/success'
    ])
    expect(job.events).toContain('echo cleanup cleanup cancelled')
    expect(report.result).toBe('success')
  })

  it('N4.1: success() is relative to its needs: a failure elsewhere does not skip it; continue-on-error counts as success', async () => {
    const job = startJob(`
- id: soft
  background: true
  continue-on-error: true
  run: fail
- id: elsewhere
  run: fail
- id: g
  needs: soft
  run: echo g \${{ job.status }} \${{ steps.soft.outcome }}
- wait-all:
`)
    const report = await job.done
    expect(job.events).toContain('echo g g failure failure')
    expect(report.steps.g?.conclusion).toBe('success')
    expect(report.result).toBe('failure')
  })

  it('N4.5: a wait on a skipped graph step succeeds and lists it Skipped', async () => {
    const job = startJob(`
- id: a
  background: true
  run: echo a
- id: g
  name: G
  needs: a
  if: false
  run: echo g
- wait: [a, g]
`)
    const report = await job.done
    expect(recordOf(report, '__wait')?.result).toBe('Succeeded')
    expect(groupLines(job.log, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: Run echo a, G',
      'Finished waiting for background step(s).',
      '  Run echo a: Succeeded',
      '  G: Skipped'
    ])
    expect(report.result).toBe('success')
  })

  it('an env: that does not evaluate fails the step without a slot; the next wait fails', async () => {
    const job = startJob(`
- id: a
  background: true
  run: echo a
- id: g
  needs: a
  env:
    X: \${{ fromJSON('{') }}
  run: echo g
- wait: g
`)
    const report = await job.done
    expect(job.events).not.toContain('start g')
    expect(recordOf(report, 'g')?.result).toBe('Failed')
    expect(recordOf(report, 'g')?.errors[0]).toMatch(/fromJSON|JSON/)
    expect(report.result).toBe('failure')
  })
})

describe('N5: it sees its needs as if it ran right after them', () => {
  it('N5: outputs, outcome, conclusion and env of its needs, transitively; the main loop only after a wait (R13–R16)', async () => {
    const job = startJob(`
- id: a
  background: true
  run: |
    output v=1
    env A=1
- id: b
  needs: a
  run: |
    echo saw \${{ steps.a.outputs.v }} \${{ env.A }} \${{ steps.a.outcome }}
    output w=2
    env B=2
- id: c
  needs: b
  name: C sees \${{ steps.b.outputs.w }}
  env:
    FROM_B: \${{ env.B }}
  run: echo saw \${{ steps.a.outputs.v }} \${{ steps.b.outputs.w }} \${{ env.A }} \${{ env.FROM_B }} \${{ steps.b.conclusion }}
- id: mainloop
  run: echo saw "\${{ steps.a.outputs.v }}" "\${{ env.A }}" "\${{ steps.c.outputs.x }}"
- wait: c
- id: after
  run: echo saw \${{ steps.a.outputs.v }} \${{ steps.b.outputs.w }} \${{ steps.c.conclusion }}
`)
    const report = await job.done
    expect(job.events).toContain('echo b saw 1 1 success')
    expect(job.events).toContain('echo c saw 1 2 1 2 success')
    expect(job.events).toContain('echo mainloop saw "" "" ""')
    // `wait: c` flushes c only; a and b wait for the final drain (R14).
    expect(job.events).toContain('echo after saw   success')
    expect(recordOf(report, 'c')?.displayName).toBe('C sees 2')
    expect(report.steps.b?.outputs).toEqual({ w: '2' })
  })
})

describe('N6: job cancellation', () => {
  it('N6: a graph step that has not started never starts; one already running is cancelled as any background step', async () => {
    const job = startJob(`
- id: a
  background: true
  run: echo a
- id: running
  needs: a
  run: hold
- id: b
  background: true
  run: hold
- id: g
  needs: b
  if: always()
  run: echo g
- wait-all:
`)
    await job.until('start running')
    await job.until('start b')
    job.cancelJob()
    const report = await job.done
    expect(job.events).toContain('signal running')
    expect(job.events).not.toContain('start g')
    expect(recordOf(report, 'running')?.result).toBe('Canceled')
    expect(recordOf(report, 'g')?.result).toBe('Canceled')
    expect(recordOf(report, 'g')?.startedAt).toBeUndefined()
    expect(report.result).toBe('cancelled')
  })
})
