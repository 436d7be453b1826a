/**
 * Conformance scenarios S22–S30 of docs/semantics.md §3 (`cancel`, waits on unusual targets) on
 * the built action. S22 and S26 run from a steps-file with native `${{ }}`; the others are inline
 * with `%{{ }}`. S23 and S24 sit through the 7.5 s cancel grace, hence their longer timeout.
 */
import { describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import {
  IMPLICIT_WAIT_ALL,
  groupLines,
  hasGroup,
  isGone,
  printed,
  processesWithEnv,
  readLines,
  runFromFile,
  runInline,
  stepsContext,
  summaryRow
} from './scenario.js'

/** S23/S24 wait out the 7.5 s grace (and S24 the SIGKILL at 10 s) on purpose. */
const GRACE_TEST_TIMEOUT_MS = 60_000

describe('D. cancel', () => {
  it('S22: graceful cancel of a long-running service (steps-file)', async () => {
    const run = await runFromFile(`
- id: server
  name: Start server
  background: true
  run: |
    trap 'echo got-INT > "$RUNNER_TEMP/sig.txt"; exit 130' INT
    while true; do sleep 1; done
- run: sleep 2
- cancel: server
- run: echo "sig=$(cat "$RUNNER_TEMP/sig.txt") \${{ steps.server.outcome }}/\${{ steps.server.conclusion }}"
`)
    expect(groupLines(run, 'Cancel')).toEqual([
      'Cancelling background step(s): Start server',
      'Finished cancelling background step(s).',
      '  Start server: Canceled'
    ])
    expect(summaryRow(run, 'Cancel')?.outcome).toBe('success')
    expect(run.outputs['server--outcome']).toBe('cancelled')
    expect(run.outputs['server--conclusion']).toBe('cancelled')
    // R11: a bg step stopped by cancel logs no "The operation was canceled." error.
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([])
    expect(printed(run)).toContain('sig=got-INT cancelled/cancelled')
    expect(hasGroup(run, IMPLICIT_WAIT_ALL)).toBe(false)
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it(
    'S23: escalation to SIGTERM',
    async () => {
      const run = await runInline(`
- id: stubborn
  name: Stubborn
  background: true
  run: |
    trap '' INT
    trap 'echo got-TERM > "$RUNNER_TEMP/sig2.txt"; exit 143' TERM
    while true; do sleep 1; done
- run: sleep 1
- cancel: stubborn
- run: sleep 3; cat "$RUNNER_TEMP/sig2.txt"
`)
      expect(groupLines(run, 'Cancel')).toEqual([
        'Cancelling background step(s): Stubborn',
        'Finished cancelling background step(s).',
        '  Stubborn: Canceled'
      ])
      expect(summaryRow(run, 'Cancel')?.outcome).toBe('success')
      expect(readLines(run, 'sig2.txt')).toEqual(['got-TERM'])
      expect(printed(run)).toContain('got-TERM')
      expect(run.outputs['stubborn--conclusion']).toBe('cancelled')
      expect(run.outputs.result).toBe('success')
      expect(run.exitCode).toBe(0)
    },
    GRACE_TEST_TIMEOUT_MS
  )

  it(
    'S24: escalation to SIGKILL',
    async () => {
      // Every process of the step inherits this marker, so we can look for survivors afterwards.
      const marker = randomUUID()
      const run = await runInline(`
- id: immortal
  name: Immortal
  background: true
  env:
    SCENARIO_MARKER: ${marker}
  run: |
    trap '' INT TERM
    echo $$ > "$RUNNER_TEMP/pid.txt"
    while true; do sleep 1; done
- run: sleep 1
- cancel: immortal
- run: sleep 4
- run: |
    pid=$(cat "$RUNNER_TEMP/pid.txt")
    if kill -0 "$pid" 2>/dev/null && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$pid/stat"; then
      echo "immortal=alive"
    else
      echo "immortal=gone"
    fi
`)
      expect(groupLines(run, 'Cancel')).toEqual([
        'Cancelling background step(s): Immortal',
        'Finished cancelling background step(s).',
        '  Immortal: Canceled'
      ])
      expect(summaryRow(run, 'Cancel')?.outcome).toBe('success')
      expect(printed(run)).toContain('immortal=gone')
      expect(run.outputs['immortal--conclusion']).toBe('cancelled')
      expect(run.outputs.result).toBe('success')
      expect(run.exitCode).toBe(0)
      const [pid] = readLines(run, 'pid.txt').map(Number)
      expect(pid).toBeGreaterThan(0)
      expect(isGone(pid)).toBe(true)
      expect(processesWithEnv('SCENARIO_MARKER', marker)).toEqual([])
    },
    GRACE_TEST_TIMEOUT_MS
  )

  it('S25: cancel of a bg step that already succeeded publishes its state', async () => {
    const run = await runInline(`
- id: quick
  name: Quick
  background: true
  run: echo "v=42" >> "$GITHUB_OUTPUT"
- run: sleep 2
- cancel: quick
- run: echo "v=%{{ steps.quick.outputs.v }} c=%{{ steps.quick.conclusion }}"
`)
    expect(groupLines(run, 'Cancel')).toEqual([
      'Cancelling background step(s): Quick',
      'Finished cancelling background step(s).',
      '  Quick: Succeeded'
    ])
    expect(summaryRow(run, 'Cancel')?.outcome).toBe('success')
    expect(printed(run)).toContain('v=42 c=success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S26: cancel of a bg step that already failed: the job still fails, but only at the end (steps-file)', async () => {
    const run = await runFromFile(`
- id: broken
  name: Broken
  background: true
  run: exit 1
- run: sleep 2
- cancel: broken
- id: after
  run: echo "still-runs status=\${{ job.status }}"
`)
    expect(groupLines(run, 'Cancel')).toEqual([
      'Cancelling background step(s): Broken',
      'Finished cancelling background step(s).',
      '  Broken: Failed'
    ])
    expect(summaryRow(run, 'Cancel')?.outcome).toBe('success')
    expect(run.outputs['after--conclusion']).toBe('success')
    expect(printed(run)).toContain('still-runs status=success')
    // Covered by the cancel, so no implicit wait-all: the failure comes from the final drain (R40).
    expect(hasGroup(run, IMPLICIT_WAIT_ALL)).toBe(false)
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it('S27: cancel of a foreground step id is a no-op', async () => {
    const run = await runInline(`
- id: fg
  run: "true"
- cancel: fg
`)
    expect(groupLines(run, 'Cancel')).toEqual([
      'Cancelling background step(s): fg',
      'Finished cancelling background step(s).'
    ])
    expect(summaryRow(run, 'Cancel')?.outcome).toBe('success')
    expect(run.outputs['fg--conclusion']).toBe('success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S28: explicit cancel never cancels or fails the job', async () => {
    const service = (id: string): string => `
- id: ${id}
  name: Service ${id}
  background: true
  run: |
    trap 'echo got-INT >> "$RUNNER_TEMP/sig-${id}.txt"; exit 130' INT
    while true; do sleep 1; done`
    const run = await runInline(`
${service('a')}
${service('b')}
${service('c')}
- run: sleep 1
- name: Cancel a
  cancel: a
- name: Cancel b
  cancel: b
- name: Cancel c
  cancel: c
- if: always()
  run: echo "status=%{{ job.status }}"
`)
    const context = stepsContext(run)
    for (const id of ['a', 'b', 'c']) {
      expect(context[id]).toMatchObject({ outcome: 'cancelled', conclusion: 'cancelled' })
      expect(groupLines(run, `Cancel ${id}`)).toEqual([
        `Cancelling background step(s): Service ${id}`,
        'Finished cancelling background step(s).',
        `  Service ${id}: Canceled`
      ])
      expect(summaryRow(run, `Cancel ${id}`)?.outcome).toBe('success')
    }
    expect(printed(run)).toContain('status=success')
    expect(hasGroup(run, IMPLICIT_WAIT_ALL)).toBe(false)
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })
})

describe('E. waits on unusual targets', () => {
  it('S29: a wait on a foreground step is a no-op', async () => {
    const run = await runInline(`
- id: fg
  run: sleep 1
- wait: fg
`)
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: fg',
      'Finished waiting for background step(s).'
    ])
    expect(summaryRow(run, 'Wait')?.outcome).toBe('success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S30: a wait on a bg step skipped by if is a no-op', async () => {
    const run = await runInline(`
- id: a
  background: true
  if: false
  run: echo never >> "$RUNNER_TEMP/ran.txt"
- wait: a
`)
    // Not asserting steps.a.conclusion: the scenario leaves it open (Q-a).
    expect(readLines(run, 'ran.txt')).toEqual([])
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: a',
      'Finished waiting for background step(s).'
    ])
    expect(summaryRow(run, 'Wait')?.outcome).toBe('success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })
})
