/**
 * Background slots (R9, R10) and fail-fast (beyond native) with real processes; ordering is read
 * from timestamps the steps write.
 */
import { describe, expect, it } from '@jest/globals'
import * as os from 'node:os'
import { readLines, runAction } from './harness.js'

/** Parses "<event> <id> <nanoseconds>" lines. */
function timeline(lines: string[]): Array<{ event: string; id: string; at: bigint }> {
  return lines.map((line) => {
    const [event, id, at] = line.split(' ')
    return { event, id, at: BigInt(at) }
  })
}

describe('slots', () => {
  it('R9: at most max-concurrency background steps run at once; queued steps start in list order', async () => {
    // Durations chosen so each queued step gets its slot well after the previous one.
    const seconds: Record<string, number> = { a: 0.3, b: 0.9, c: 0.9, d: 0.4, e: 0.2 }
    const step = (id: string): string => `
- id: ${id}
  background: true
  run: |
    echo "start ${id} $(date +%s%N)" >> "$RUNNER_TEMP/t.txt"
    sleep ${seconds[id]}
    echo "end ${id} $(date +%s%N)" >> "$RUNNER_TEMP/t.txt"`
    const run = await runAction({
      inputs: { 'max-concurrency': '2' },
      steps: ['a', 'b', 'c', 'd', 'e'].map(step).join('') + '\n- wait-all:\n'
    })
    expect(run.exitCode).toBe(0)
    const events = timeline(readLines(run, 't.txt')).sort((x, y) =>
      x.at < y.at ? -1 : x.at > y.at ? 1 : 0
    )
    let running = 0
    let peak = 0
    for (const event of events) {
      running += event.event === 'start' ? 1 : -1
      peak = Math.max(peak, running)
    }
    expect(peak).toBe(2)
    expect(events.filter((e) => e.event === 'start').map((e) => e.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e'
    ])
  })

  it('beyond native: max-concurrency auto runs at most one background step per CPU, and says so once', async () => {
    const cpus = os.availableParallelism()
    const ids = Array.from({ length: cpus + 3 }, (_, i) => `s${i}`)
    const step = (id: string): string => `
- id: ${id}
  background: true
  run: |
    echo "start ${id} $(date +%s%N)" >> "$RUNNER_TEMP/t.txt"
    sleep 0.3
    echo "end ${id} $(date +%s%N)" >> "$RUNNER_TEMP/t.txt"`
    const run = await runAction({
      inputs: { 'max-concurrency': 'auto' },
      steps: ids.map(step).join('') + '\n- wait-all:\n'
    })
    expect(run.exitCode).toBe(0)
    const events = timeline(readLines(run, 't.txt')).sort((x, y) =>
      x.at < y.at ? -1 : x.at > y.at ? 1 : 0
    )
    let running = 0
    let peak = 0
    for (const event of events) {
      running += event.event === 'start' ? 1 : -1
      peak = Math.max(peak, running)
    }
    expect(events.filter((e) => e.event === 'end')).toHaveLength(ids.length)
    expect(peak).toBeLessThanOrEqual(cpus)
    expect(peak).toBeGreaterThanOrEqual(1)
    const said = run.stdout.split('\n').filter((line) => line.startsWith('max-concurrency: auto'))
    expect(said).toEqual([`max-concurrency: auto → ${cpus} slots (one per CPU)`])
  })

  it('R10: the timeout clock starts when the step gets its slot, not when it is queued', async () => {
    const run = await runAction({
      inputs: { 'max-concurrency': '1' },
      steps: `
- id: first
  background: true
  run: sleep 2
- id: second
  name: Second
  background: true
  timeout-minutes: 0.025
  run: sleep 0.5; echo "second finished"
- wait-all:
`
    })
    // Queued for ~2 s, longer than its 1.5 s timeout, yet it finishes: the clock starts at the slot.
    expect(run.outputs['second--conclusion']).toBe('success')
    expect(run.exitCode).toBe(0)
  })
})

describe('many processes at once', () => {
  it('runs 25 background steps with 25 slots without a listener-leak warning on stderr', async () => {
    const steps = Array.from(
      { length: 25 },
      (_, i) => `- id: s${i}\n  background: true\n  run: "true"\n`
    ).join('')
    const run = await runAction({
      inputs: { 'max-concurrency': '25' },
      steps: steps + '- wait-all:\n'
    })
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
  })
})

describe('fail-fast (beyond native)', () => {
  const steps = `
- id: broken
  background: true
  run: sleep 0.3; exit 4
- id: long
  background: true
  run: |
    trap 'echo "long got SIGINT" >> "$RUNNER_TEMP/long.txt"; exit 130' INT
    while true; do sleep 0.1; done
- id: queued
  background: true
  run: echo "queued ran" >> "$RUNNER_TEMP/queued.txt"
- wait-all:
- if: always()
  run: echo "status=%{{ job.status }}"
`

  it('off (native): a failing step does not stop the others — the list waits for them', async () => {
    const run = await runAction({
      inputs: { 'max-concurrency': '2' },
      steps: steps.replace('while true; do sleep 0.1; done', 'sleep 1')
    })
    expect(run.outputs['long--conclusion']).toBe('success')
    expect(readLines(run, 'queued.txt')).toEqual(['queued ran'])
    expect(run.outputs.result).toBe('failure')
  })

  it('on: the first failure cancels running and queued background steps as an explicit cancel would', async () => {
    const run = await runAction({ inputs: { 'max-concurrency': '2', 'fail-fast': 'true' }, steps })
    expect(readLines(run, 'long.txt')).toEqual(['long got SIGINT'])
    expect(readLines(run, 'queued.txt')).toEqual([])
    expect(JSON.parse(run.outputs.steps)).toMatchObject({
      broken: { conclusion: 'failure' },
      long: { conclusion: 'cancelled' },
      queued: { conclusion: 'cancelled' }
    })
    expect(run.stdout).toContain('status=failure')
    expect(run.outputs.result).toBe('failure')
  })
})
