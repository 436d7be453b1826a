/**
 * Nothing a step printed is lost, whichever way it ends (issue "Nothing lost when a cancel gives
 * up"; docs/semantics.md R29–R31, R42–R45, Q12): abandoned after a cancel's grace, cancelled
 * with the job, still running at the cancellation backstop's exit, cancelled by fail-fast, timed
 * out, stopped for want of readiness, or running when we crash. On the built action: every line
 * appears in the log exactly once, and a step that started has a result in the summary.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../integration/harness.js'
import { summaryRows } from '../scenarios/scenario.js'
import {
  killMarked,
  linesByTitle,
  marked,
  newMarker,
  runFaulty,
  stepGroups,
  type FaultRun
} from './fault-harness.js'

/** `<tag>-1` … `<tag>-<count>`. */
const numbered = (tag: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${tag}-${i + 1}`)

/** Every line appears exactly once in the log (fences removed). */
function expectEachOnce(run: FaultRun, lines: readonly string[]): void {
  const counts = new Map<string, number>()
  for (const line of run.lines) counts.set(line, (counts.get(line) ?? 0) + 1)
  const wrong = lines.filter((line) => counts.get(line) !== 1)
  expect(wrong).toEqual([])
}

/** The summary row of a step (its name cell may carry `<sub>background</sub>`). */
function rowOf(run: FaultRun, name: string): { outcome: string } | undefined {
  return summaryRows({ summary: run.summary } as ActionRun).find(
    (row) => row.name === name || row.name.startsWith(`${name} <sub>`)
  )
}

const markers: string[] = []
const marker = (): string => {
  const made = newMarker()
  markers.push(made)
  return made
}

afterEach(() => {
  for (const made of markers.splice(0)) killMarked(made)
})

describe('R29.3: a step a cancel abandoned after its grace', () => {
  it('its output so far is printed at the end of the grace, in a ⛔ group before the cancel step’s own group and before the next step', async () => {
    const run = await runFaulty({
      steps: `
- id: stubborn
  name: Stubborn
  background: true
  run: |
    trap '' INT TERM
    echo "stubborn: started"
    touch "$RUNNER_TEMP/started"
    while true; do sleep 0.1; done
- run: while [ ! -f "$RUNNER_TEMP/started" ]; do sleep 0.05; done
- cancel: stubborn
- name: after
  run: echo after
`
    })
    expect(run.main.exitCode).toBe(0)
    expectEachOnce(run, ['stubborn: started'])
    const titles = stepGroups(run).map((group) => group.title)
    const abandoned = titles.indexOf('⛔ Stubborn (still running after the grace; killed)')
    expect(abandoned).toBeGreaterThanOrEqual(0)
    expect(stepGroups(run)[abandoned].lines).toContain('stubborn: started')
    expect(abandoned).toBeLessThan(titles.indexOf('Cancel'))
    expect(titles.indexOf('Cancel')).toBeLessThan(titles.indexOf('after'))
    expect(JSON.parse(run.outputs.steps)).toMatchObject({ stubborn: { conclusion: 'cancelled' } })
    expect(rowOf(run, 'Stubborn')?.outcome).toBe('cancelled')
  }, 60_000)
})

describe('job cancellation', () => {
  it('the background steps cancelled with the job: every line once, a result in the summary', async () => {
    const m = marker()
    const run = await runFaulty({
      steps: `
- id: one
  name: One
  background: true
  run: |
    for i in $(seq 1 200); do echo "one-$i"; done
    touch "$RUNNER_TEMP/one"
    ${marked(m, 1000)}
- id: two
  name: Two
  background: true
  run: |
    trap '' INT
    for i in $(seq 1 200); do echo "two-$i"; done
    touch "$RUNNER_TEMP/two"
    while true; do sleep 0.1; done
- name: Gate
  run: |
    while [ ! -f "$RUNNER_TEMP/one" ] || [ ! -f "$RUNNER_TEMP/two" ]; do sleep 0.05; done
    echo gate-open
    ${marked(m, 1001)}
`,
      signal: { name: 'SIGINT', stage: 'main', when: (line) => line === 'gate-open' }
    })
    expect(run.main.hung).toBe(false)
    expect(run.outputs.result).toBe('cancelled')
    expectEachOnce(run, [...numbered('one', 200), ...numbered('two', 200)])
    for (const name of ['One', 'Two', 'Gate']) {
      expect(rowOf(run, name)?.outcome).not.toBe('not run')
      expect(rowOf(run, name)?.outcome).toBe('cancelled')
    }
  }, 60_000)

  it('Q12 backstop: steps that hang past 8.5 s are printed when we exit — the one streaming and the one still buffered', async () => {
    const m = marker()
    // Each ignores SIGINT and SIGTERM and leaves a process of its own session holding its
    // output pipe: after the kill at 5 s the pipe stays open, the step does not end, and the
    // backstop exits at 8.5 s with both still running.
    const holder = (id: string): string => `
- id: ${id}
  name: Holder ${id.toUpperCase()}
  background: true
  run: |
    trap '' INT TERM
    setsid ${marked(m, 1000)} &
    for i in $(seq 1 100); do echo "${id}-$i"; done
    touch "$RUNNER_TEMP/${id}"
    while true; do sleep 0.1; done`
    const run = await runFaulty({
      steps: `${holder('a')}${holder('b')}
- run: while [ ! -f "$RUNNER_TEMP/a" ] || [ ! -f "$RUNNER_TEMP/b" ]; do sleep 0.05; done
- wait-all:
`,
      // Holder A streams in the wait-all's group: its last line shows the wait has begun.
      signal: { name: 'SIGINT', stage: 'main', when: (line) => line === 'a-100' },
      watchdogMs: 20_000
    })
    expect(run.main.hung).toBe(false)
    expect(run.main.endedAtMs - run.main.signalledAtMs!).toBeLessThan(10_000)
    expect(run.main.exitCode).toBe(1)
    expect(run.outputs.result).toBe('cancelled')
    expectEachOnce(run, [...numbered('a', 100), ...numbered('b', 100)])
    const reason = 'still running when Background Steps exited after the job was cancelled'
    expect(run.lines).toContain(`⛔ Holder A (${reason})`)
    expect(linesByTitle(run)[`⛔ Holder B (${reason})`]).toEqual(
      expect.arrayContaining(numbered('b', 100))
    )
  }, 60_000)
})

describe('fail-fast, timeout, readiness', () => {
  it('fail-fast: the step cancelled by another’s failure keeps its lines and gets its result', async () => {
    const m = marker()
    const run = await runFaulty({
      inputs: { 'fail-fast': 'true' },
      steps: `
- id: chatty
  name: Chatty
  background: true
  run: |
    for i in $(seq 1 200); do echo "chatty-$i"; done
    touch "$RUNNER_TEMP/printed"
    ${marked(m, 1000)}
- id: failing
  name: Failing
  background: true
  run: |
    while [ ! -f "$RUNNER_TEMP/printed" ]; do sleep 0.05; done
    echo failing-1
    exit 2
- wait-all:
`
    })
    expect(run.main.exitCode).toBe(1)
    expectEachOnce(run, [...numbered('chatty', 200), 'failing-1'])
    expect(rowOf(run, 'Chatty')?.outcome).toBe('cancelled')
    expect(rowOf(run, 'Failing')?.outcome).toBe('failure')
  }, 60_000)

  it('timeout: a background step timed out while the main loop ran a foreground step', async () => {
    const m = marker()
    const run = await runFaulty({
      steps: `
- id: slow
  name: Slow
  background: true
  timeout-minutes: 0.02
  run: |
    for i in $(seq 1 100); do echo "slow-$i"; done
    ${marked(m, 1000)}
- name: Meanwhile
  run: sleep 2
- wait-all:
  continue-on-error: true
`
    })
    expectEachOnce(run, numbered('slow', 100))
    expect(run.annotations.map((a) => a.message)).toContain(
      "The background step 'Slow' has timed out after 0.02 minutes."
    )
    expect(rowOf(run, 'Slow')?.outcome).toBe('failure')
  }, 60_000)

  it('readiness: a step never ready is stopped; its lines are printed once, its row failed', async () => {
    const m = marker()
    const run = await runFaulty({
      steps: `
- id: svc
  name: Service
  background: true
  ready: { log: "never printed", timeout-seconds: 1 }
  run: |
    for i in $(seq 1 100); do echo "svc-$i"; done
    ${marked(m, 1000)}
- if: always()
  run: echo after
`
    })
    expect(run.main.exitCode).toBe(1)
    expectEachOnce(run, [...numbered('svc', 100), 'after'])
    expect(rowOf(run, 'Service')?.outcome).toBe('failure')
  }, 60_000)
})

describe('a crash of our own', () => {
  it('the steps still running are printed before the process dies (here: the log cannot spill to disk)', async () => {
    const m = marker()
    const run = await runFaulty({
      steps: `
- id: small
  name: Small
  background: true
  run: |
    for i in $(seq 1 50); do echo "small-$i"; done
    # A hostile step: where buffered output spills becomes a file, so the first spill throws
    # in a stream callback (checkRunnerTemp tried the folder at the start, when it was fine).
    rm -rf "$RUNNER_TEMP/_background_steps_logs"
    touch "$RUNNER_TEMP/_background_steps_logs" "$RUNNER_TEMP/small"
    ${marked(m, 1000)}
- id: flood
  name: Flood
  background: true
  run: |
    while [ ! -f "$RUNNER_TEMP/small" ]; do sleep 0.05; done
    seq 1 100000 | sed 's/^/flood-/'
    ${marked(m, 1001)}
- name: Foreground
  run: ${marked(m, 1002)}
`
    })
    expect(run.main.hung).toBe(false)
    expect(run.main.exitCode).not.toBe(0)
    const reason = 'still running when Background Steps failed'
    expect(linesByTitle(run)[`⛔ Small (${reason})`]).toEqual(
      expect.arrayContaining(numbered('small', 50))
    )
    expectEachOnce(run, numbered('small', 50))
    // The flood's lines up to the crash: each once, in order, none missing before the last.
    const flood = run.lines.filter((line) => line.startsWith('flood-'))
    expect(flood.length).toBeGreaterThan(0)
    expect(flood).toEqual(numbered('flood', flood.length))
    expect(run.lines).toContain(`⛔ Foreground (${reason})`)
  }, 60_000)
})
