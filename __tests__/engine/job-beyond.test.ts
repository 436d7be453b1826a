/**
 * Beyond native in the main loop, with the real coordinator and the fake executor of
 * job-harness.ts: `ready:` holds the loop at a background step (log and file probes), and
 * `retry:` runs failed attempts again (foreground and background).
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { groupLines, startJob } from './job-harness.js'
import { settle } from './fakes.js'

const recordOf = (report: Awaited<ReturnType<typeof startJob>['done']>, key: string) =>
  report.records.find((record) => record.key === key)

describe('ready: the main loop waits until the probe passes', () => {
  it('log probe: the next step starts only after the service printed its line; the log says so', async () => {
    const job = startJob(`
- id: svc
  name: svc
  background: true
  ready: { log: "listening on \\\\d+" }
  run: |
    hold
    say listening on 8080
    hold
- id: after
  run: echo after
- cancel: svc
`)
    await job.until('start svc')
    await settle()
    expect(job.events).toEqual(['start svc'])
    await job.release('svc')
    await job.until('end after')
    expect(job.events.slice(0, 3)).toEqual(['start svc', 'start after', 'echo after after'])
    const report = await job.done
    expect(report.result).toBe('success')
    expect(
      job.log.some((line) =>
        /^✔ svc is ready \(log \/listening on \\d\+\/, \d+\.\d s\)$/.test(line)
      )
    ).toBe(true)
    expect(recordOf(report, 'svc')?.readiness).toEqual({
      probe: 'log /listening on \\d+/',
      readyAfterMs: expect.any(Number)
    })
  })

  it('file probe: ready once the file exists', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-ready-job-'))
    const flag = path.join(dir, 'ready.flag')
    const job = startJob(`
- id: svc
  name: svc
  background: true
  ready: { file: ${JSON.stringify(flag)}, interval-seconds: 0.01 }
  run: hold
- id: after
  run: echo after
- cancel: svc
`)
    await job.until('start svc')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(job.events).toEqual(['start svc'])
    fs.writeFileSync(flag, '')
    await job.until('start after')
    const report = await job.done
    expect(report.result).toBe('success')
  })

  it('the step ends before it is ready: it fails at once, later default steps skip, always() runs', async () => {
    const job = startJob(`
- id: svc
  name: svc
  background: true
  ready: { log: never printed }
  run: say something else
- id: after
  run: echo after
- id: cleanup
  if: always()
  run: echo \${{ steps.svc.outcome }} \${{ job.status }}
`)
    const report = await job.done
    expect(report.result).toBe('failure')
    expect(job.events).not.toContain('start after')
    // Published at once, as a foreground failure is: outcome and job status are already failure.
    expect(job.events).toContain('echo cleanup failure failure')
    const svc = recordOf(report, 'svc')
    expect(svc?.result).toBe('Failed')
    expect(svc?.errors).toEqual([
      "The background step 'svc' ended before it was ready (log /never printed/)."
    ])
    expect(svc?.readiness).toEqual({ probe: 'log /never printed/' })
    expect(report.failedSteps).toEqual(['svc'])
  })

  it('the probe times out: the step is stopped as cancel would stop it, and fails', async () => {
    const job = startJob(`
- id: svc
  name: svc
  background: true
  ready: { log: never printed, timeout-seconds: 0.05 }
  run: hold
- id: after
  run: echo after
- id: cleanup
  if: always()
  run: echo \${{ steps.svc.conclusion }}
`)
    const report = await job.done
    expect(job.events.indexOf('signal svc')).toBeGreaterThan(-1)
    expect(job.events.indexOf('signal svc')).toBeLessThan(job.events.indexOf('start cleanup'))
    expect(job.events).not.toContain('start after')
    expect(job.events).toContain('echo cleanup failure')
    expect(report.result).toBe('failure')
    expect(recordOf(report, 'svc')?.errors).toEqual([
      "The background step 'svc' was not ready within 0.05 s (log /never printed/)."
    ])
  })

  it('continue-on-error: a step that is never ready does not fail the list', async () => {
    const job = startJob(`
- id: svc
  name: svc
  background: true
  continue-on-error: true
  ready: { log: never printed }
  run: echo quick
- id: after
  run: echo \${{ steps.svc.outcome }}/\${{ steps.svc.conclusion }}
`)
    const report = await job.done
    expect(job.events).toContain('echo after failure/success')
    expect(report.result).toBe('success')
  })

  it('a later wait on a step that was never ready fails too (its result is Failed)', async () => {
    const job = startJob(`
- id: svc
  name: svc
  background: true
  ready: { log: never printed }
  run: echo quick
- wait: svc
`)
    const report = await job.done
    expect(recordOf(report, '__wait')?.result).toBe('Failed')
    expect(groupLines(job.log, 'Wait')).toContain('  svc: Failed')
  })

  it('job cancellation ends the wait at once; the step is cancelled, not failed', async () => {
    const job = startJob(`
- id: svc
  name: svc
  background: true
  ready: { log: never printed }
  run: hold
- id: after
  run: echo after
- id: cleanup
  if: always()
  run: echo cleanup
`)
    await job.until('start svc')
    job.cancelJob()
    const report = await job.done
    expect(report.result).toBe('cancelled')
    expect(job.events).not.toContain('start after')
    expect(job.events).toContain('start cleanup')
    expect(recordOf(report, 'svc')?.result).toBe('Canceled')
  })
})

describe('retry: failed attempts run again', () => {
  it('a foreground step succeeds on attempt 2 of 3; outputs and env come from that attempt only', async () => {
    const job = startJob(`
- id: flaky
  retry: { attempts: 3 }
  run: |
    output n={attempt}
    env SEEN_{attempt}=yes
    fail-until 2
- id: show
  run: echo n=\${{ steps.flaky.outputs.n }} one=\${{ env.SEEN_1 }} two=\${{ env.SEEN_2 }}
`)
    const report = await job.done
    expect(job.events.filter((e) => e === 'start flaky')).toHaveLength(2)
    expect(job.events).toContain('echo show n=2 one= two=yes')
    expect(report.result).toBe('success')
    expect(recordOf(report, 'flaky')?.attempts).toEqual({ made: 2, allowed: 3 })
    expect(groupLines(job.log, 'Run output n={attempt}')).toEqual([
      'Attempt 1 of 3',
      'Attempt 1 of 3 failed; retrying now.',
      'Attempt 2 of 3'
    ])
  })

  it('retries exhausted: every attempt ran and the step fails', async () => {
    const job = startJob(`
- id: broken
  retry: { attempts: 3 }
  run: fail
- id: after
  run: echo after
`)
    const report = await job.done
    expect(job.events.filter((e) => e === 'start broken')).toHaveLength(3)
    expect(job.events).not.toContain('start after')
    expect(report.result).toBe('failure')
    expect(recordOf(report, 'broken')?.attempts).toEqual({ made: 3, allowed: 3 })
  })

  it("a background step retries inside its slot; its deferred state is the successful attempt's", async () => {
    const job = startJob(`
- id: bg
  name: bg
  background: true
  retry: { attempts: 2 }
  run: |
    output n={attempt}
    fail-until 2
- wait: bg
- id: show
  run: echo \${{ steps.bg.outputs.n }} \${{ steps.bg.outcome }}
`)
    const report = await job.done
    expect(job.events).toContain('echo show 2 success')
    expect(job.log).toContain('↻ bg: attempt 2 of 2')
    expect(recordOf(report, 'bg')?.attempts).toEqual({ made: 2, allowed: 2 })
  })

  it('a cancelled background step is never retried', async () => {
    const job = startJob(`
- id: bg
  name: bg
  background: true
  retry: { attempts: 3 }
  run: hold
- cancel: bg
`)
    const report = await job.done
    expect(job.events.filter((e) => e === 'start bg')).toHaveLength(1)
    expect(recordOf(report, 'bg')?.result).toBe('Canceled')
    expect(report.result).toBe('success')
  })

  it('a timed-out attempt is never retried (timeout-minutes covers all attempts)', async () => {
    const job = startJob(`
- id: slow
  name: slow
  retry: { attempts: 3 }
  timeout-minutes: 0.001
  run: hold
`)
    const report = await job.done
    expect(job.events.filter((e) => e === 'start slow')).toHaveLength(1)
    expect(recordOf(report, 'slow')?.errors).toEqual([
      "The action 'slow' has timed out after 0.001 minutes."
    ])
  })

  it('retry and ready together: a service that crashes before it is ready gets another attempt', async () => {
    const job = startJob(`
- id: svc
  name: svc
  background: true
  retry: { attempts: 2 }
  ready: { log: up on attempt 2 }
  run: |
    fail-until 2
    say up on attempt {attempt}
    hold
- id: after
  run: echo after
- cancel: svc
`)
    await job.release('svc')
    await job.until('start after')
    expect(job.events.filter((e) => e === 'start svc')).toHaveLength(2)
    const report = await job.done
    expect(report.result).toBe('success')
  })
})
