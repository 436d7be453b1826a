/**
 * The runner's header for every kind of action, composite included, on the built bundle
 * (runner `Handler.PrintActionDetails`, `ActionRunner.RunAsync`; docs/runner-emulation.md §2.5,
 * §4.7, §5.4): the input warnings come before the step's group (or, inside a composite, before
 * the inner step's heading), then `with:` (non-empty inputs, defaults included), then `env:`;
 * an embedded step's `env:` lists the calling composite step's env too.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from './harness.js'

const COMPOSITE = `name: c
inputs:
  greeting: { default: hello }
  old: { deprecationMessage: use greeting }
  empty: { default: '' }
runs:
  using: composite
  steps:
    - run: echo "inner $OUTER $INNER"
      shell: bash
      env: { INNER: in }
    - uses: ./d
      with: { nope: '1' }
      env: { INNER2: in2 }
`

const NESTED = `name: d
inputs:
  who: { default: me }
runs:
  using: composite
  steps:
    - run: echo "d $OUTER $INNER2"
      shell: bash
`

const STEPS = `
- uses: ./c
  env: { OUTER: out }
  with: { old: x, bogus: y }
`

/** The lines from the first warning on, without labels, shell paths and timed titles. */
function fromFirstWarning(run: ActionRun, mode: string): string[] {
  const lines = run.lines
    .map((line) => (mode === 'prefixed' ? line.replace(/^\[[^\]]*\] /, '') : line))
    .filter((line) => line !== '' && !line.startsWith('shell: ') && !line.startsWith('✅ '))
  return lines.slice(lines.findIndex((line) => line.startsWith('::warning::')))
}

describe('§2.5/§5.4 the header of a composite step and of its steps', () => {
  it.each(['grouped', 'prefixed'])(
    '%s: warnings before the header, with: then env:, inner env: with the outer env',
    async (mode) => {
      const run = await runAction({
        files: { 'c/action.yml': COMPOSITE, 'd/action.yml': NESTED },
        inputs: { 'log-mode': mode },
        env: { NO_COLOR: '1' },
        steps: STEPS
      })
      expect(run.exitCode).toBe(0)
      // Prefixed: our warnings about the step carry its label in their message (no label can go
      // before `::`); the annotations the summary lists keep the message as written.
      const label = mode === 'prefixed' ? '[Run ./c] ' : ''
      expect(fromFirstWarning(run, mode)).toEqual([
        `::warning::${label}Input 'old' has been deprecated with message: use greeting`,
        `::warning::${label}Unexpected input(s) 'bogus', valid inputs are ['greeting', 'old', 'empty']`,
        ...(mode === 'grouped' ? ['::group::Run ./c'] : []),
        'with:',
        '  old: x',
        '  bogus: y',
        '  greeting: hello',
        'env:',
        '  OUTER: out',
        '▶ Run echo "inner $OUTER $INNER"',
        // NO_COLOR: the script echo is plain.
        'echo "inner $OUTER $INNER"',
        'env:',
        '  OUTER: out',
        '  INNER: in',
        'inner out in',
        // An embedded composite: its warning before its heading, inside the outer group.
        `::warning::${label}Unexpected input(s) 'nope', valid inputs are ['who']`,
        '▶ Run ./d',
        'with:',
        '  nope: 1',
        '  who: me',
        'env:',
        '  OUTER: out',
        '  INNER2: in2',
        '▶ Run echo "d $OUTER $INNER2"',
        'echo "d $OUTER $INNER2"',
        'env:',
        '  OUTER: out',
        '  INNER2: in2',
        'd out in2',
        ...(mode === 'grouped' ? ['::endgroup::'] : [])
      ])
      // The warnings are still the step's annotations.
      expect(run.annotations.map((a) => a.message)).toEqual([
        `${label}Input 'old' has been deprecated with message: use greeting`,
        `${label}Unexpected input(s) 'bogus', valid inputs are ['greeting', 'old', 'empty']`,
        `${label}Unexpected input(s) 'nope', valid inputs are ['who']`
      ])
    }
  )

  it('grouped: a background composite step prints its warnings before its group too', async () => {
    const run = await runAction({
      files: { 'c/action.yml': COMPOSITE, 'd/action.yml': NESTED },
      steps: `${STEPS}  background: true\n- wait-all:\n`
    })
    expect(run.exitCode).toBe(0)
    const first = run.lines.findIndex((line) => line.startsWith('::warning::'))
    expect(run.lines.slice(first, first + 4)).toEqual([
      "::warning::Input 'old' has been deprecated with message: use greeting",
      "::warning::Unexpected input(s) 'bogus', valid inputs are ['greeting', 'old', 'empty']",
      // The wait-all follows it: it streams, in a group titled with its name, and its finished
      // title follows the group as a foreground step's does.
      '::group::Run ./c',
      'with:'
    ])
    const end = run.lines.indexOf('::endgroup::', first)
    expect(run.lines[end + 1]).toMatch(/^✅ Run \.\/c \(\d+\.\d s\)$/)
  })

  it('a node action keeps its header: the warnings before its group, then with:', async () => {
    const run = await runAction({
      files: {
        'n/action.yml':
          'name: n\ninputs:\n  who: { default: me }\nruns:\n  using: node20\n  main: main.js\n',
        'n/main.js': "console.log('node ran')\n"
      },
      steps: '- uses: ./n\n  with: { bogus: y }\n  env: { E: v }\n'
    })
    expect(run.exitCode).toBe(0)
    const first = run.lines.findIndex((line) => line.startsWith('::warning::'))
    expect(run.lines.slice(first, first + 7)).toEqual([
      "::warning::Unexpected input(s) 'bogus', valid inputs are ['who']",
      '::group::Run ./n',
      'with:',
      '  bogus: y',
      '  who: me',
      'env:',
      '  E: v'
    ])
  })
})
