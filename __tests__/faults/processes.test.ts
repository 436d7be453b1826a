/**
 * Hostile and unlucky processes (issue 7; runner-emulation §1.7, §1.8; docs/semantics.md R10,
 * R29, R50): nothing a nested process does may hang the list, lose its output, or outlive a run
 * that cancelled it — except a `setsid` daemon, which leaves our process groups on purpose (see
 * SECURITY.md: the runner's job-end cleanup finds it by RUNNER_TRACKING_ID).
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  environmentOf,
  killMarked,
  linesByTitle,
  marked,
  newMarker,
  processesWith,
  runFaulty,
  stepGroups,
  TRACKING_ID
} from './fault-harness.js'

/** Each `<event> <id> <ms>` line a step wrote to a shared file, as { 'event id': ms }. */
function timestamps(file: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : []) {
    const [event, id, at] = line.split(' ')
    if (event && id && at) out[`${event} ${id}`] = Number(at)
  }
  return out
}

const now = 'date +%s%3N'

describe('a process that ignores SIGINT and SIGTERM', () => {
  it('R29/R50: cancel abandons it after the grace, job cancellation SIGKILLs it; neither outlives the run', async () => {
    const abandoned = newMarker()
    const jobCancelled = newMarker()
    const ignorer = (marker: string): string => `
- id: ignorer
  name: Ignorer
  background: true
  run: |
    trap '' INT TERM
    touch "$RUNNER_TEMP/traps-set"
    ${marked(marker, 1000)}
- run: |
    while [ ! -e "$RUNNER_TEMP/traps-set" ]; do sleep 0.02; done
    echo traps-set`
    try {
      const [byCancel, byJob] = await Promise.all([
        runFaulty({
          steps: `${ignorer(abandoned)}\n- cancel: ignorer\n- run: echo after-cancel\n`
        }),
        runFaulty({
          steps: `${ignorer(jobCancelled)}\n- wait: ignorer\n`,
          signal: { name: 'SIGINT', stage: 'main', when: (line) => line === 'traps-set' }
        })
      ])
      // The cancel step returns after its 7.5 s grace, the step is force-marked cancelled, the
      // list goes on, and we do not leave the abandoned process behind when we exit.
      expect(byCancel.main.exitCode).toBe(0)
      expect(byCancel.lines).toContain('after-cancel')
      expect(JSON.parse(byCancel.outputs.steps)).toMatchObject({
        ignorer: { conclusion: 'cancelled' }
      })
      expect(processesWith(abandoned)).toEqual([])
      // Job cancellation: SIGINT, SIGTERM at 2.5 s, SIGKILL at 5 s — well inside the runner's 10 s.
      expect(byJob.outputs.result).toBe('cancelled')
      expect(byJob.main.endedAtMs - byJob.main.signalledAtMs!).toBeLessThan(10_000)
      expect(processesWith(jobCancelled)).toEqual([])
    } finally {
      killMarked(abandoned)
      killMarked(jobCancelled)
    }
  }, 30_000)
})

describe('daemons and orphans', () => {
  it('a setsid daemon of a successful step does not hold up the list, is left running as under the runner, and carries RUNNER_TRACKING_ID for the job-end cleanup', async () => {
    const daemon = newMarker()
    const orphan = newMarker()
    try {
      const [detached, writer] = await Promise.all([
        runFaulty({
          steps: `
- id: start
  run: |
    setsid ${marked(daemon, 1000)} > /dev/null 2>&1 < /dev/null &
    echo "started"
- run: echo "next step ran"
`
        }),
        // A child that keeps the pipe open and keeps writing after its parent exited: read for
        // the runner's 5 s drain, then the pipe is closed (the orphan dies of SIGPIPE).
        runFaulty({
          steps: `
- id: leaky
  run: |
    bash -c 'exec -a ${orphan} bash -c "i=0; while true; do i=\\$((i+1)); echo orphan-\\$i; sleep 0.1; done"' &
    sleep 0.3
    echo "parent done"
- run: echo "next step ran"
`
        })
      ])
      expect(detached.main.exitCode).toBe(0)
      expect(detached.lines).toContain('next step ran')
      const survivors = processesWith(daemon)
      expect(survivors).toHaveLength(1)
      expect(environmentOf(Number(survivors[0].split(' ')[0])).RUNNER_TRACKING_ID).toBe(TRACKING_ID)

      expect(writer.main.exitCode).toBe(0)
      const leaky = stepGroups(writer)[0].lines
      expect(leaky).toContain('parent done')
      // Lines written during the drain are relayed in order, none twice.
      const counted = leaky.filter((line) => line.startsWith('orphan-'))
      expect(counted.length).toBeGreaterThan(5)
      expect(counted).toEqual(counted.map((_, i) => `orphan-${i + 1}`))
      expect(writer.lines).toContain('next step ran')
    } finally {
      killMarked(daemon)
      killMarked(orphan)
    }
  }, 30_000)

  it('a setsid daemon escapes our group kill on job cancellation; it carries RUNNER_TRACKING_ID so the runner reaps it at job end', async () => {
    const daemon = newMarker()
    const inGroup = newMarker()
    try {
      const run = await runFaulty({
        steps: `
- run: |
    setsid ${marked(daemon, 1000)} > /dev/null 2>&1 < /dev/null &
    # Announce the daemon only once it runs as itself: setsid has left our group by then (a
    # cancellation that comes sooner would still find the forked shell in the step's group).
    until pgrep -f "^${daemon} " > /dev/null; do sleep 0.01; done
    echo "daemon started"
    ${marked(inGroup, 1000)}
`,
        signal: { name: 'SIGINT', stage: 'main', when: (line) => line === 'daemon started' }
      })
      expect(run.outputs.result).toBe('cancelled')
      expect(processesWith(inGroup)).toEqual([])
      const escaped = processesWith(daemon)
      expect(escaped).toHaveLength(1)
      expect(environmentOf(Number(escaped[0].split(' ')[0])).RUNNER_TRACKING_ID).toBe(TRACKING_ID)
    } finally {
      killMarked(daemon)
      killMarked(inGroup)
    }
  }, 30_000)
})

describe('a process that dies or exits at a bad moment', () => {
  it('R50: killed by SIGKILL from outside, the step fails with exit code 137 and the list goes on', async () => {
    const marker = newMarker()
    try {
      const run = await runFaulty({
        steps: `
- id: victim
  name: Victim
  background: true
  run: |
    echo $$ > "$RUNNER_TEMP/victim.pid"
    exec -a ${marker} sleep 1000
- id: killer
  run: |
    while [ ! -s "$RUNNER_TEMP/victim.pid" ]; do sleep 0.02; done
    sleep 0.1
    kill -9 "$(cat "$RUNNER_TEMP/victim.pid")"
- wait: victim
  continue-on-error: true
- id: after
  if: always()
  run: echo "after the kill"
`
      })
      expect(JSON.parse(run.outputs.steps)).toMatchObject({
        victim: { outcome: 'failure', conclusion: 'failure' },
        after: { conclusion: 'success' }
      })
      expect(run.annotations.map((a) => a.message)).toContain(
        'Process completed with exit code 137.'
      )
      expect(run.lines).toContain('after the kill')
      expect(run.outputs.result).toBe('failure')
      expect(processesWith(marker)).toEqual([])
    } finally {
      killMarked(marker)
    }
  }, 30_000)

  it('runner-emulation §1.7: output still in the pipe when the process exits, or written by a child after it, is all relayed', async () => {
    const run = await runFaulty({
      steps: `
- id: burst
  name: Burst
  run: |
    seq 1 20000
    exit 0
- id: late
  name: Late
  run: |
    (sleep 0.2; seq 1 30000 | sed 's/^/late-/') &
    exit 0
- id: partial
  name: Partial
  background: true
  run: printf 'no newline at the end'
`
    })
    expect(run.main.exitCode).toBe(0)
    const byTitle = linesByTitle(run)
    const numbers = (lines: string[], prefix: string): string[] =>
      lines.filter((line) => new RegExp(`^${prefix}\\d+$`).test(line))
    expect(numbers(byTitle.Burst, '')).toEqual(Array.from({ length: 20000 }, (_, i) => `${i + 1}`))
    expect(numbers(byTitle.Late, 'late-')).toEqual(
      Array.from({ length: 30000 }, (_, i) => `late-${i + 1}`)
    )
    expect(byTitle.Partial).toContain('no newline at the end')
  }, 30_000)
})

describe('timeout-minutes while queued for a slot', () => {
  it('R10: the clock starts at slot acquisition — a queued step outlives its timeout in the queue and still succeeds; once running, the timeout stops it', async () => {
    const marker = newMarker()
    try {
      const run = await runFaulty({
        inputs: { 'max-concurrency': '1' },
        steps: `
- id: holder
  background: true
  run: |
    echo "start holder $(${now})" >> "$RUNNER_TEMP/times"
    sleep 1.5
    echo "end holder $(${now})" >> "$RUNNER_TEMP/times"
- id: queued
  background: true
  timeout-minutes: 0.01
  run: |
    echo "start queued $(${now})" >> "$RUNNER_TEMP/times"
    sleep 0.2
    echo "end queued $(${now})" >> "$RUNNER_TEMP/times"
- id: overrun
  name: overrun
  background: true
  timeout-minutes: 0.01
  run: |
    echo "start overrun $(${now})" >> "$RUNNER_TEMP/times"
    exec -a ${marker} sleep 1000
- wait-all:
  continue-on-error: true
`
      })
      const times = timestamps(path.join(run.runnerTemp, 'times'))
      // 0.01 minutes is 600 ms; "queued" waited about 1.5 s for its slot.
      expect(times['start queued']).toBeGreaterThanOrEqual(times['end holder'])
      expect(times['start queued'] - times['start holder']).toBeGreaterThan(600)
      expect(times['end queued']).toBeDefined()
      expect(times['start overrun']).toBeGreaterThanOrEqual(times['end queued'])
      expect(JSON.parse(run.outputs.steps)).toMatchObject({
        holder: { conclusion: 'success' },
        queued: { conclusion: 'success' },
        overrun: { conclusion: 'failure' }
      })
      expect(run.annotations.map((a) => a.message)).toContain(
        "The background step 'overrun' has timed out after 0.01 minutes."
      )
      expect(processesWith(marker)).toEqual([])
    } finally {
      killMarked(marker)
    }
  }, 30_000)
})
