/**
 * Conformance scenarios S15–S21 of docs/semantics.md §3 (failures, continue-on-error, timeouts,
 * job status) on the built action. S15 and S20 run from a steps-file with native `${{ }}`; the
 * others are inline with `%{{ }}`.
 */
import { describe, expect, it } from '@jest/globals'
import {
  IMPLICIT_WAIT_ALL,
  groupLines,
  hasGroup,
  printed,
  readLines,
  runFromFile,
  runInline,
  summaryRow
} from './scenario.js'

describe('C. failures, continue-on-error, timeouts', () => {
  it('S15: failure surfaces at the wait; steps in between still run (steps-file)', async () => {
    const run = await runFromFile(`
- id: a
  name: Flaky
  background: true
  run: sleep 1; exit 3
- id: mid
  run: sleep 2; echo mid-ran
- id: w
  wait: a
- id: next
  run: echo should-not-run
- if: failure()
  run: echo "a=\${{ steps.a.outcome }}/\${{ steps.a.conclusion }}"
`)
    expect(groupLines(run, 'Flaky')).toContain('::error::Process completed with exit code 3.')
    expect(run.outputs['a--outcome']).toBe('failure')
    expect(run.outputs['mid--conclusion']).toBe('success')
    expect(printed(run)).toContain('mid-ran')
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: Flaky',
      'Finished waiting for background step(s).',
      '  Flaky: Failed'
    ])
    expect(summaryRow(run, 'Wait')?.outcome).toBe('failure')
    expect(run.outputs['next--conclusion']).toBe('skipped')
    expect(printed(run)).not.toContain('should-not-run')
    expect(printed(run)).toContain('a=failure/failure')
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it('S16: continue-on-error on the bg step', async () => {
    const run = await runInline(`
- id: a
  name: Soft
  background: true
  continue-on-error: true
  run: exit 1
- wait: a
- run: echo "%{{ steps.a.outcome }}/%{{ steps.a.conclusion }}"
`)
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: Soft',
      'Finished waiting for background step(s).',
      '  Soft: Succeeded'
    ])
    expect(summaryRow(run, 'Wait')?.outcome).toBe('success')
    expect(printed(run)).toContain('failure/success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S17: a never-waited failing bg step fails the job at the end', async () => {
    const run = await runInline(`
- id: a
  name: Bad
  background: true
  run: sleep 1; exit 1
- id: second
  run: sleep 3; echo ran
`)
    expect(run.outputs['second--conclusion']).toBe('success')
    expect(printed(run)).toContain('ran')
    expect(groupLines(run, IMPLICIT_WAIT_ALL)).toEqual([
      'Waiting for all background step(s) to complete: Bad',
      'Finished waiting for all background step(s).',
      '  Bad: Failed'
    ])
    expect(summaryRow(run, IMPLICIT_WAIT_ALL)?.outcome).toBe('failure')
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it('S18: a foreground failure does not cancel running bg steps; control steps always run', async () => {
    const run = await runInline(`
- id: long
  name: Long
  background: true
  run: sleep 3; echo done > "$RUNNER_TEMP/long.txt"
- run: exit 1
- id: third
  run: echo skipped-by-default
- wait-all:
- if: always()
  run: cat "$RUNNER_TEMP/long.txt"
`)
    expect(run.outputs['third--conclusion']).toBe('skipped')
    expect(printed(run)).not.toContain('skipped-by-default')
    expect(groupLines(run, 'Wait for all')).toEqual([
      'Waiting for all background step(s) to complete: Long',
      'Finished waiting for all background step(s).',
      '  Long: Succeeded'
    ])
    expect(run.outputs['long--conclusion']).toBe('success')
    expect(printed(run)).toContain('done')
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it("S19: a bg step's if is evaluated at its position in the list", async () => {
    const run = await runInline(`
- run: exit 1
- id: bg1
  background: true
  run: echo never >> "$RUNNER_TEMP/ran.txt"
- id: bg2
  name: BG2
  background: true
  if: always()
  run: echo ran >> "$RUNNER_TEMP/ran.txt"
- wait-all:
`)
    expect(readLines(run, 'ran.txt')).toEqual(['ran'])
    // README "Choices" (Q-a): a bg step skipped by its if reads as skipped.
    expect(run.outputs['bg1--conclusion']).toBe('skipped')
    expect(run.outputs['bg2--conclusion']).toBe('success')
    expect(groupLines(run, 'Wait for all')).toEqual([
      'Waiting for all background step(s) to complete: BG2',
      'Finished waiting for all background step(s).',
      '  BG2: Succeeded'
    ])
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it('S20: timeout of a bg step (steps-file)', async () => {
    const run = await runFromFile(timeout(''))
    expect(groupLines(run, 'Slow')).toContain(
      "::error::The background step 'Slow' has timed out after 0.05 minutes."
    )
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: Slow',
      'Finished waiting for background step(s).',
      '  Slow: Failed'
    ])
    expect(printed(run)).toContain('failure/failure')
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it('S20 variant continue-on-error: true on the timed-out step', async () => {
    const run = await runFromFile(timeout('  continue-on-error: true\n'))
    expect(groupLines(run, 'Slow')).toContain(
      "::error::The background step 'Slow' has timed out after 0.05 minutes."
    )
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: Slow',
      'Finished waiting for background step(s).',
      '  Slow: Succeeded'
    ])
    expect(summaryRow(run, 'Wait')?.outcome).toBe('success')
    expect(printed(run)).toContain('failure/success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S21: job status is unaffected until the wait (job.status)', async () => {
    const run = await runInline(`
- id: a
  background: true
  run: exit 1
- run: sleep 2
- run: echo "status=%{{ job.status }}"
- wait: a
- if: always()
  run: echo "status=%{{ job.status }}"
`)
    const statuses = printed(run).filter((line) => line.startsWith('status='))
    expect(statuses).toEqual(['status=success', 'status=failure'])
    expect(hasGroup(run, IMPLICIT_WAIT_ALL)).toBe(false)
    expect(run.outputs.result).toBe('failure')
  })
})

/** S20: a bg step that outlives its (fractional) timeout, then a report of its result. */
function timeout(extraKeys: string): string {
  return `
- id: slow
  name: Slow
  background: true
  timeout-minutes: 0.05
${extraKeys}  run: sleep 120
- wait: slow
- if: always()
  run: echo "\${{ steps.slow.outcome }}/\${{ steps.slow.conclusion }}"
`
}
