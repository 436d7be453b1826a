/**
 * Hostile and oversized input (issue 7; docs/semantics.md §1.7, docs/expressions.md §1.8,
 * runner-emulation §4.7): thousands of steps, an action that uses itself, a step list that is
 * not a list, YAML alias bombs, expressions at the parser's limits. Clear errors before anything
 * runs, and bounded time and memory: every run here has a heap cap and a watchdog, so a blow-up
 * fails the test instead of the machine.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runFaulty, stepGroups, type FaultRun } from './fault-harness.js'

/** A heap cap far below what an unbounded expansion would need. */
const SMALL_HEAP = ['--max-old-space-size=192']

/** The run ended by itself, with the error annotations it printed. */
function errorsOf(run: FaultRun): string[] {
  expect(run.main.hung).toBe(false)
  expect(run.main.exitSignal).toBeNull()
  return run.annotations.filter((a) => a.kind === 'error').map((a) => a.message)
}

describe('thousands of steps', () => {
  it('§1.7: 3000 steps with ids are validated and all run; the summary stays within 1 MiB', async () => {
    const steps = Array.from({ length: 3000 }, (_, i) => `- id: s${i}\n  run: echo ${i}\n`).join('')
    const run = await runFaulty({ steps, nodeArgs: SMALL_HEAP, watchdogMs: 140_000 })
    expect(errorsOf(run)).toEqual([])
    expect(run.main.exitCode).toBe(0)
    const context = JSON.parse(run.outputs.steps) as Record<string, { conclusion: string }>
    expect(Object.keys(context)).toHaveLength(3000)
    expect(Object.values(context).every((entry) => entry.conclusion === 'success')).toBe(true)
    expect(run.outputs['s2999--conclusion']).toBe('success')
    expect(stepGroups(run).map((group) => group.lines.at(-1))).toEqual(
      Array.from({ length: 3000 }, (_, i) => `${i}`)
    )
    expect(run.summary).toContain('3000 steps')
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    // 3000 processes: ~40 s alone on two cores, more beside the other suites; a generous bound.
  }, 150_000)

  it('§1.7: an error at the end of 3000 steps is found with its line, and nothing runs', async () => {
    const steps =
      Array.from({ length: 3000 }, (_, i) => `- id: s${i}\n  run: touch "$RUNNER_TEMP/ran"\n`).join(
        ''
      ) + '- wait: nope\n'
    const run = await runFaulty({ steps, nodeArgs: SMALL_HEAP })
    expect(run.main.exitCode).toBe(1)
    const problem = run.annotations.find((a) => a.message.includes("'nope'"))
    expect(problem?.properties.title).toBe('steps input (Line: 6001, Col: 9)')
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran'))).toBe(false)
  }, 30_000)
})

describe('deep composite recursion', () => {
  const composite = (uses: string): string =>
    `name: recursive\nruns:\n  using: composite\n  steps:\n    - uses: ${uses}\n`

  it.each([
    ['an action that uses itself', { 'self/action.yml': composite('./self') }],
    [
      'two actions that use each other',
      { 'ping/action.yml': composite('./pong'), 'pong/action.yml': composite('./ping') }
    ]
  ])(
    'runner-emulation §4.7: %s fails before any step with the depth error',
    async (_, files) => {
      const first = Object.keys(files)[0].split('/')[0]
      const run = await runFaulty({
        files,
        steps: `- run: touch "$RUNNER_TEMP/ran"\n- uses: ./${first}\n`,
        nodeArgs: SMALL_HEAP
      })
      expect(run.main.exitCode).toBe(1)
      expect(errorsOf(run)).toContainEqual(
        expect.stringMatching(/^Composite action depth exceeded max depth 9/)
      )
      expect(fs.existsSync(path.join(run.runnerTemp, 'ran'))).toBe(false)
    },
    30_000
  )
})

describe('a step list that is not a list', () => {
  it.each([
    [
      'a mapping',
      'run: echo hi\n',
      'The step list must be a YAML sequence of steps (found a mapping)'
    ],
    [
      'a string',
      'just some text',
      'The step list must be a YAML sequence of steps (found a scalar value)'
    ],
    ['a list of strings', '- echo hi\n', "Unexpected value 'echo hi'"],
    ['a list of lists', '- [run, echo]\n', 'A sequence was not expected']
  ])(
    '§1.7: %s is a clear error with its position',
    async (_, steps, message) => {
      const run = await runFaulty({ steps })
      expect(run.main.exitCode).toBe(1)
      const problem = run.annotations.find((a) => a.message === message)
      expect(problem?.properties.title).toMatch(/^steps input \(Line: 1, Col: \d+\)$/)
    },
    30_000
  )
})

describe('YAML alias bombs', () => {
  /** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
  function billionLaughs(): string {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level)
      const previous = `*${String.fromCharCode(96 + level)}`
      levels.push(`${name}: &${name} [${Array(9).fill(previous).join(', ')}]`)
    }
    return `- name: laughs\n  env:\n${levels.map((line) => `    ${line}`).join('\n')}\n  run: echo hi\n`
  }

  it.each([
    ['billion laughs in a step env', billionLaughs()],
    [
      // 500 MB once expanded; a file, since an input is limited to 128 KiB.
      'a steps-file made of aliases to a huge anchor',
      `- &big\n  run: echo ${'x'.repeat(100_000)}\n${'- *big\n'.repeat(5000)}`
    ]
  ])(
    '§1.7: %s is refused before expansion, in bounded memory',
    async (name, text) => {
      const asFile = name.includes('steps-file')
      const run = await runFaulty({
        ...(asFile
          ? { inputs: { 'steps-file': 'steps.yml' }, files: { 'steps.yml': text } }
          : { steps: text }),
        nodeArgs: SMALL_HEAP
      })
      expect(run.main.exitCode).toBe(1)
      expect(errorsOf(run)).toContain(
        'Excessive alias count indicates a resource exhaustion attack'
      )
    },
    30_000
  )
})

describe("expressions at the parser's limits", () => {
  // 'a' × 20998 between quotes is exactly 21000 characters of expression.
  const literal = (length: number): string => `'${'a'.repeat(length - 2)}'`
  const nested = (depth: number): string => `${'('.repeat(depth)}1${')'.repeat(depth)}`

  it('expressions §1.8: 21000 characters and 49 nested parentheses evaluate', async () => {
    const run = await runFaulty({
      steps: `
- env:
    LONG: %{{ ${literal(21000)} }}
    DEEP: %{{ ${nested(49)} }}
  run: echo "long=\${#LONG} deep=$DEEP"
`
    })
    expect(errorsOf(run)).toEqual([])
    expect(run.lines).toContain('long=20998 deep=1')
  }, 30_000)

  it.each([
    ['one character more', `%{{ ${literal(21001)} }}`, 'Exceeded max expression length 21000'],
    ['one level deeper', `%{{ ${nested(50)} }}`, "Exceeded max expression depth 50: '1'"],
    ['far beyond both', `%{{ ${nested(5000)} }}`, "Exceeded max expression depth 50: '('"]
  ])(
    'expressions §1.8: %s is a clear validation error and nothing runs',
    async (_, value, message) => {
      const run = await runFaulty({
        steps: `- run: touch "$RUNNER_TEMP/ran"\n- env:\n    V: ${value}\n  run: echo "$V"\n`,
        nodeArgs: SMALL_HEAP
      })
      expect(run.main.exitCode).toBe(1)
      const problem = run.annotations.find((a) => a.message === message)
      expect(problem?.properties.title).toBe('steps input (Line: 3, Col: 8)')
      expect(fs.existsSync(path.join(run.runnerTemp, 'ran'))).toBe(false)
    },
    30_000
  )
})
