/**
 * Step debug (`ACTIONS_STEP_DEBUG`, which the runner shows us as RUNNER_DEBUG=1): the
 * coordinator's scheduling decisions as `::debug::` lines, in their place among our groups,
 * never inside one; without step debug, none at all.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, scan } from './harness.js'

const STEPS = `
- id: slow
  name: Slow
  background: true
  run: sleep 0.3; echo slow done
- id: queued
  name: Queued
  background: true
  run: echo queued done
- wait-all:
`

/** Where each debug line falls: inside a group (its title) or between groups (''). */
function debugLines(stdout: string): Array<{ line: string; group: string }> {
  const found: Array<{ line: string; group: string }> = []
  let group = ''
  for (const { line } of scan(stdout)) {
    if (line.startsWith('::group::')) group = line.slice('::group::'.length)
    else if (line === '::endgroup::') group = ''
    else if (line.startsWith('::debug::')) found.push({ line: line.slice(9), group })
  }
  return found
}

describe('step debug shows the scheduling decisions', () => {
  it('queued, slot taken, finished and flushed, each between groups, in order (one slot)', async () => {
    const run = await runAction({
      steps: STEPS,
      inputs: { 'max-concurrency': '1' },
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.exitCode).toBe(0)
    const lines = debugLines(run.stdout)
    expect(lines.every(({ group }) => group === '')).toBe(true)
    const texts = lines.map(({ line }) => line)
    const at = (text: string): number => texts.findIndex((line) => line.startsWith(text))
    expect(at("Background step 'Slow' (slow) queued: 0 of 1 slots in use")).toBeGreaterThanOrEqual(
      0
    )
    expect(
      at("Background step 'Queued' (queued) queued: 1 of 1 slots in use, waiting for a slot")
    ).toBeGreaterThan(at("Background step 'Slow' (slow) took a slot"))
    expect(at("Background step 'Slow' (slow) finished: Succeeded")).toBeLessThan(
      at("Background step 'Queued' (queued) took a slot")
    )
    expect(at("Background step 'Queued' (queued) flushed by wait-all: Succeeded")).toBeGreaterThan(
      at("Background step 'Queued' (queued) finished: Succeeded")
    )
  })

  it('without step debug, no debug line is printed', async () => {
    const run = await runAction({ steps: STEPS })
    expect(run.exitCode).toBe(0)
    expect(debugLines(run.stdout)).toEqual([])
  })
})
