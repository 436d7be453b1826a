/**
 * Signals at many points of a run (issue 7; docs/semantics.md R42–R45, Q12). The runner cancels
 * our step with SIGINT (SIGTERM at 7.5 s) and kills it at 10 s; our post can be cancelled too.
 * Property, for every phase, over the signal, the delay after the phase began and whether the
 * nested processes ignore SIGINT: we exit before 10 s, main says result=cancelled and writes the
 * summary, and no process of the run is left.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { marked, newMarker, processesWith, runFaulty, type FaultRun } from './fault-harness.js'

type Phase = 'before-first-step' | 'foreground' | 'wait' | 'cancel-grace' | 'post'

interface Case {
  signal: NodeJS.Signals
  delayMs: number
  /** The nested processes ignore SIGINT, so only the escalation stops them. */
  stubborn: boolean
}

/** What each phase runs, and the stdout line that says the phase has begun. */
function scenario(
  phase: Phase,
  marker: string,
  stubborn: boolean
): { steps: string; armOn: (line: string) => boolean; files?: Record<string, string> } {
  const ignore = stubborn ? "trap '' INT\n    " : ''
  switch (phase) {
    case 'before-first-step':
      // Our first line is the token's mask, printed before validation.
      return {
        armOn: (line) => line.startsWith('::add-mask::'),
        steps: `
- name: Long step
  run: |
    ${ignore}${marked(marker, 1000)}
- if: always()
  run: echo "always ran"
`
      }
    case 'foreground':
      return {
        armOn: (line) => line === 'fg-started',
        steps: `
- id: svc
  name: Service
  background: true
  run: |
    ${ignore}${marked(marker, 1000)}
- id: fg
  name: Foreground
  run: |
    ${ignore}echo fg-started
    ${marked(marker, 1001)}
- id: cleanup
  if: always()
  run: echo "cleanup saw %{{ job.status }}"
`
      }
    case 'wait':
      return {
        armOn: (line) => line.includes('Sleeper started in the background'),
        steps: `
- id: sleeper
  name: Sleeper
  background: true
  run: |
    ${ignore}${marked(marker, 1000)}
- wait: sleeper
- run: echo "must not run"
`
      }
    case 'cancel-grace':
      // The target ignores SIGINT, so the cancel step sits in its 7.5 s grace when we strike.
      return {
        armOn: (line) => line === 'trap-ready',
        steps: `
- id: stubborn
  name: Stubborn
  background: true
  run: |
    trap '' INT
    touch "$RUNNER_TEMP/trap-ready"
    ${marked(marker, 1000)}
- run: |
    while [ ! -e "$RUNNER_TEMP/trap-ready" ]; do sleep 0.02; done
    echo trap-ready
- cancel: stubborn
- run: echo "must not run"
`
      }
    case 'post':
      // A node action whose post stage runs until stopped; its folder name carries the marker,
      // so its process is found by command line.
      return {
        armOn: (line) => line === 'post-started',
        files: {
          [`${marker}/action.yml`]:
            'name: slow post\nruns:\n  using: node20\n  main: main.cjs\n  post: post.cjs\n',
          [`${marker}/main.cjs`]: 'console.log("main ran")\n',
          [`${marker}/post.cjs`]:
            (stubborn ? 'process.on("SIGINT", () => {})\n' : '') +
            'console.log("post-started")\nsetInterval(() => {}, 1000)\n'
        },
        steps: `
- uses: ./${marker}
`
      }
  }
}

/** The run's processes, given a moment to be reaped after a SIGKILL sent just before we exited. */
async function leftOver(marker: string): Promise<string[]> {
  for (let i = 0; i < 10; i++) {
    const found = processesWith(marker)
    if (found.length === 0) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return processesWith(marker)
}

async function check(phase: Phase, sample: Case): Promise<void> {
  const marker = newMarker()
  const { steps, armOn, files } = scenario(phase, marker, sample.stubborn)
  let run: FaultRun | undefined
  try {
    run = await runFaulty({
      steps,
      files,
      post: phase === 'post',
      signal: {
        name: sample.signal,
        stage: phase === 'post' ? 'post' : 'main',
        when: armOn,
        delayMs: sample.delayMs
      },
      watchdogMs: 20_000
    })
    const stage = phase === 'post' ? run.post! : run.main
    expect(stage.hung).toBe(false)
    expect(stage.signalledAtMs).toBeDefined()
    // The runner's kill comes 10 s after its SIGINT.
    expect(stage.endedAtMs - stage.signalledAtMs!).toBeLessThan(10_000)
    expect(stage.exitSignal).toBeNull()
    expect(stage.exitCode).toBe(1)
    if (phase === 'post') {
      expect(run.main.exitCode).toBe(0)
      expect(run.post!.stdout).toContain('The post stage was cancelled.')
    } else {
      expect(run.outputs.result).toBe('cancelled')
      expect(run.summary).toContain('## ⛔ Background Steps: cancelled')
      expect(run.lines).not.toContain('must not run')
    }
    if (phase === 'before-first-step') expect(run.lines).toContain('always ran')
    if (phase === 'foreground') expect(run.lines).toContain('cleanup saw cancelled')
    expect(await leftOver(marker)).toEqual([])
  } finally {
    for (const entry of processesWith(marker)) process.kill(Number(entry.split(' ')[0]), 'SIGKILL')
  }
}

const cases = (maxDelayMs: number): fc.Arbitrary<Case> =>
  fc.record({
    signal: fc.constantFrom<NodeJS.Signals>('SIGINT', 'SIGTERM'),
    delayMs: fc.integer({ min: 0, max: maxDelayMs }),
    stubborn: fc.boolean()
  })

describe('R42–R45, Q12: a signal at any point ends the run in time, cancelled, with nothing left running', () => {
  it.each<[Phase, number]>([
    ['before-first-step', 40],
    ['foreground', 400],
    ['wait', 400],
    ['cancel-grace', 400],
    ['post', 400]
  ])(
    '%s (delay 0–%i ms after the phase began)',
    async (phase, maxDelayMs) => {
      // Two samples per phase keep the folder fast; across CI runs the seeds differ.
      await fc.assert(
        fc.asyncProperty(cases(maxDelayMs), async (sample) => check(phase, sample)),
        { numRuns: 2, endOnFailure: true }
      )
    },
    60_000
  )
})
