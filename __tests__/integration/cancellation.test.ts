/**
 * Job cancellation of the built action (R42–R45, Q12): the runner sends us SIGINT, SIGTERM at
 * 7.5 s and kills us at 10 s. We must exit well before that with result=cancelled, the summary
 * written, the rules' always()/cancelled() steps run, and no process of the run left alive.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import { randomUUID } from 'node:crypto'
import { groups, runAction } from './harness.js'

/** Live (non-zombie) processes whose command line contains `marker`. */
function processesWith(marker: string): string[] {
  const found: string[] = []
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
      const state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0]
      if (cmdline.includes(marker) && state !== 'Z') found.push(`${pid} ${cmdline}`)
    } catch {
      // The process ended while we looked.
    }
  }
  return found
}

/** A shell command whose process is recognisable in the process table. */
const marked = (marker: string, seconds: number): string =>
  `bash -c 'exec -a ${marker} sleep ${seconds}'`

describe.each(['SIGINT', 'SIGTERM'] as const)('job cancellation by %s', (signal) => {
  it('exits in under 9 s with result=cancelled, runs always()/cancelled() steps, writes the summary and leaves no process', async () => {
    const marker = `bgs-${randomUUID()}`
    const run = await runAction({
      steps: `
- id: stubborn
  name: Stubborn service
  background: true
  run: |
    trap '' INT TERM
    ${marked(marker, 1000)} &
    while true; do sleep 0.2; done
- id: polite
  name: Polite service
  background: true
  run: ${marked(marker, 1001)}
- id: fg
  name: Long foreground
  run: |
    echo "fg-started"
    ${marked(marker, 1002)}
- id: queued-late
  background: true
  if: always()
  run: echo "must never start"
- id: skipped
  run: echo "default if - skipped after cancellation"
- id: cleanup
  if: always()
  run: echo "cleanup ran, status=%{{ job.status }}"
- id: on-cancel
  if: cancelled()
  run: echo "cancelled() ran"
- wait-all:
`,
      signal: { name: signal, when: (line) => line === 'fg-started' }
    })
    expect(run.signalledAtMs).toBeDefined()
    const afterSignal = run.durationMs - run.signalledAtMs!
    expect(afterSignal).toBeLessThan(9000)
    expect(run.outputs.result).toBe('cancelled')
    expect(run.exitCode).toBe(1)
    const lines = groups(run).flatMap((g) => g.lines)
    expect(lines).toContain('cleanup ran, status=cancelled')
    expect(lines).toContain('cancelled() ran')
    expect(lines).not.toContain('default if - skipped after cancellation')
    expect(lines).not.toContain('must never start')
    expect(JSON.parse(run.outputs.steps)).toMatchObject({
      stubborn: { conclusion: 'cancelled' },
      polite: { conclusion: 'cancelled' },
      fg: { conclusion: 'cancelled' },
      skipped: { conclusion: 'skipped' },
      cleanup: { conclusion: 'success' }
    })
    expect(run.summary).toContain('## ⛔ Background Steps: cancelled')
    expect(run.summary).toContain('Stubborn service')
    expect(processesWith(marker)).toEqual([])
  }, 30_000)
})

describe('a nested step that keeps running after its parent exited', () => {
  it('an orphan holding the output pipe does not keep the list waiting (runner: 5 s drain)', async () => {
    const marker = `bgs-${randomUUID()}`
    const run = await runAction({
      steps: `
- run: |
    ${marked(marker, 1000)} &
    echo "parent done"
- run: echo "next step ran"
`
    })
    try {
      expect(run.exitCode).toBe(0)
      expect(groups(run).flatMap((g) => g.lines)).toContain('next step ran')
      // A daemon a step starts is meant to outlive it, as under the runner.
      expect(processesWith(marker)).toHaveLength(1)
    } finally {
      for (const entry of processesWith(marker))
        process.kill(Number(entry.split(' ')[0]), 'SIGKILL')
    }
  }, 30_000)
})
