/**
 * Hostile and awkward output (issue 7; runner-emulation §1.7, §3.3–§3.5; docs/reliability.md): floods from
 * many steps at once, odd line ends, invalid UTF-8, a 10 MB line, ANSI escapes, and lines that
 * look like workflow commands in every syntax. Nothing is lost, and nothing a nested step prints
 * acts on OUR step: our outputs, state, env and path files change only through the documented
 * hand-over, and no command line reaches our stdout unfenced except forwarded annotations,
 * debug lines and masks (and our own groups).
 */
import { describe, expect, it } from '@jest/globals'
import {
  linesByTitle,
  runFaulty,
  stepGroups,
  unfencedCommands,
  type FaultRun
} from './fault-harness.js'

/** Commands we may hand the outer runner: our groups, and what nested steps may forward. */
const ALLOWED_UNFENCED = ['group', 'endgroup', 'add-mask', 'error', 'warning', 'notice', 'debug']

/** Every unfenced command must be one we may print; a stop-commands only with our own UUID token. */
function expectOnlyAllowedCommands(run: FaultRun): void {
  for (const { line, name } of unfencedCommands(run.stdout)) {
    if (name === 'stop-commands') expect(line).toMatch(/^::stop-commands::[0-9a-f-]{36}$/)
    else expect({ line, allowed: ALLOWED_UNFENCED.includes(name) }).toEqual({ line, allowed: true })
    // The legacy form is never ours: we always print the canonical `::` form.
    expect(line.startsWith('::') || !line.includes('##[')).toBe(true)
  }
}

/** Lines that look like workflow commands, in every syntax we know of. */
const HOSTILE_LINES = [
  '::set-output name=evil::1',
  '::save-state name=evil::1',
  '::set-env name=EVIL::1',
  '::add-path::/evil',
  '::group::nested group',
  '::endgroup::',
  '::error title=t::nested error',
  '##[set-output name=evil]1',
  'some text ##[error]legacy error',
  '   ::set-output name=spaced::1',
  '\t::warning::tabbed warning',
  ':\u200b:set-output name=zwsp-between::1',
  '::set\u200b-output name=zwsp-inside::1',
  '\u00a0::set-output name=nbsp::1',
  '\ufeff::set-output name=bom::1',
  ':\u00ad:save-state name=soft-hyphen::1',
  '::stop-commands::pause-logging',
  '::stop-commands::mytoken123',
  '::set-output name=stopped::1',
  '##[add-path]/stopped',
  '::mytoken123::',
  '::set-output name=after-resume::1',
  '::echo::on',
  '::set-output name=echoed::1',
  '::echo::off',
  '::SET-OUTPUT name=upper::1',
  '::ſet-output name=long-s::1',
  '::add-mask::nested-mask-value',
  'nested-mask-value is hidden',
  '::debug::dbg',
  '##[endgroup]',
  '::set-output name=smuggle::%0A::set-output name=inner::2',
  '::error::%0A::set-output name=from-error::y',
  '::warning file=a%2Cb,line=1::%25 literal'
]

/**
 * What the nested step publishes as its own outputs (handed over only as `<id>--<name>`): the
 * runner trims .NET whitespace (NBSP too, not the BOM) before `::`; invisible characters inside
 * the marker stop the runner's ordinal parser, so those lines are text (and fenced for ours).
 */
const NESTED_OUTPUTS = [
  'evil',
  'spaced',
  'nbsp',
  'after-resume',
  'echoed',
  'upper',
  'long-s',
  'smuggle'
]

const hostileSteps = `
- id: loud
  name: Loud foreground
  continue-on-error: true
  run: cat "$GITHUB_WORKSPACE/hostile.txt"
- name: Loud background without id
  background: true
  continue-on-error: true
  run: cat "$GITHUB_WORKSPACE/hostile.txt" >&2
- wait-all:
`

describe.each(['grouped', 'prefixed'])('workflow-command lookalikes (%s)', (mode) => {
  it('§3.3–§3.5: act on the nested step only; our outputs, state, env and path change only by hand-over; nothing unfenced but annotations and masks', async () => {
    const run = await runFaulty({
      inputs: { 'log-mode': mode },
      files: { 'hostile.txt': HOSTILE_LINES.join('\n') + '\n' },
      steps: hostileSteps
    })
    expect(run.main.exitCode).toBe(0)
    expectOnlyAllowedCommands(run)

    // Our own outputs: steps, result and the hand-over of the step with an id — nothing else.
    const own = Object.keys(run.outputs).filter((name) => !name.startsWith('loud--'))
    expect(own.sort()).toEqual(['result', 'steps'])
    const handedOver = Object.keys(run.outputs)
      .filter((name) => name.startsWith('loud--'))
      .map((name) => name.slice('loud--'.length))
    expect(handedOver.sort()).toEqual([...NESTED_OUTPUTS, 'conclusion', 'outcome'].sort())
    expect(run.outputs['loud--smuggle']).toBe('\n::set-output name=inner::2')
    expect(run.state).toEqual({})
    expect(run.env).toEqual({})
    expect(run.path).toEqual([])

    // Forwarded, in canonical form: annotations and the mask. Prefixed: each message starts
    // with its step's label (log-prefixed.ts); the rest is the step's own, unchanged.
    const label = /^\[[^\]]+\] /
    if (mode === 'prefixed') {
      expect(run.annotations.filter((a) => !label.test(a.message))).toEqual([])
    }
    const unlabelled = (message: string): string =>
      mode === 'prefixed' ? message.replace(label, '') : message
    const messages = run.annotations.map((a) => unlabelled(a.message))
    expect(messages).toEqual(
      expect.arrayContaining([
        'nested error',
        'legacy error',
        'tabbed warning',
        '\n::set-output name=from-error::y',
        '% literal'
      ])
    )
    expect(
      run.annotations.find((a) => unlabelled(a.message) === '% literal')?.properties.file
    ).toBe('a,b')
    expect(run.masks).toContain('nested-mask-value')
    // set-env/add-path are disabled as on the runner, and a stop token that is a command is refused.
    expect(messages.some((m) => m.startsWith('The `set-env` command is disabled'))).toBe(true)
    expect(messages.some((m) => m.startsWith('You cannot use a endToken'))).toBe(true)

    // What is text stays text: shown, in order, exactly once per step.
    const shown = run.lines.filter((line) => HOSTILE_LINES.some((h) => line.endsWith(h)))
    for (const text of [
      '::group::nested group',
      '::set-output name=stopped::1',
      'nested-mask-value is hidden'
    ]) {
      expect(shown.filter((line) => line.endsWith(text))).toHaveLength(2)
    }
  }, 30_000)
})

describe('text we print about a step', () => {
  it('§3.5: a step name, an env value or a script holding a line break cannot smuggle a command onto our step', async () => {
    // The runner reads our stdout line by line (\n, \r\n and a lone \r), so a value with a line
    // break that we print inside one "line" (progress events, wait reports, the run header's
    // script and env) must not start an unfenced command line.
    const run = await runFaulty({
      steps: `
- id: named
  name: "bg\\n::save-state name=from-name::1\\r::set-output name=from-name::1"
  background: true
  run: echo hi
- id: fg
  env:
    BODY: "first line\\n::save-state name=from-env::1"
  run: "echo hi\\r::save-state name=from-script::1"
- wait-all:
`
    })
    expect(run.main.exitCode).toBe(0)
    expectOnlyAllowedCommands(run)
    expect(run.state).toEqual({})
  }, 30_000)
})

describe('floods and awkward bytes', () => {
  it('docs/reliability.md: eight steps flooding at once lose and duplicate nothing, each group in order', async () => {
    const flooders = Array.from(
      { length: 8 },
      (_, i) => `
- name: Flood ${i}
  background: true
  run: |
    seq -f 'f${i}-%g' 1 40000${i === 0 ? ` | sed 's/$/ ##[x]/'` : ''}`
    ).join('')
    const run = await runFaulty({
      steps: `${flooders}
- name: Foreground flood
  run: seq -f 'fg-%g' 1 40000
- wait-all:
`
    })
    expect(run.main.exitCode).toBe(0)
    const byTitle = linesByTitle(run)
    for (let i = 0; i < 8; i++) {
      const expected = Array.from(
        { length: 40000 },
        (_, n) => `f${i}-${n + 1}${i === 0 ? ' ##[x]' : ''}`
      )
      expect(byTitle[`Flood ${i}`].filter((line) => line.startsWith(`f${i}-`))).toEqual(expected)
    }
    expect(byTitle['Foreground flood'].filter((line) => line.startsWith('fg-'))).toHaveLength(40000)
    expectOnlyAllowedCommands(run)
  }, 30_000)

  it('docs/reliability.md: a million annotation lines run in bounded memory; the summary counts what it does not show', async () => {
    const run = await runFaulty({
      steps: `
- name: Warner
  run: yes '::warning::lint finding' | head -n 1000000
`,
      nodeArgs: ['--max-old-space-size=128'],
      watchdogMs: 60_000
    })
    expect(run.main.exitSignal).toBeNull()
    expect(run.main.exitCode).toBe(0)
    expect(run.annotations.filter((a) => a.kind === 'warning')).toHaveLength(1_000_000)
    expect(run.summary).toMatch(/\| … \| \| \| \d{6,} more not shown/)
  }, 60_000)

  it.each(['grouped', 'prefixed'])(
    'runner-emulation §1.7 (%s): CRLF, lone CR, no final newline, invalid UTF-8, NUL and ANSI escapes, a 10 MB line',
    async (mode) => {
      const run = await runFaulty({
        inputs: { 'log-mode': mode },
        steps: `
- name: Odd bytes
  run: |
    printf 'crlf-1\\r\\ncrlf-2\\r\\nlone\\rcr\\n'
    printf 'bad-\\xff\\xfe-utf8\\n'
    printf 'nul-\\x00-byte\\n'
    printf '\\033[31mred\\033[0m\\n'
    head -c 10485760 /dev/zero | tr '\\0' 'y'
    echo
    printf 'no final newline'
`
      })
      expect(run.main.exitCode).toBe(0)
      const prefix = mode === 'prefixed' ? /^\S*\[Odd bytes\s*\]\S* / : /^/
      const lines = (mode === 'prefixed' ? run.lines : stepGroups(run)[0].lines).map((line) =>
        line.replace(prefix, '')
      )
      const start = lines.indexOf('crlf-1')
      expect(lines.slice(start, start + 7)).toEqual([
        'crlf-1',
        'crlf-2',
        'lone',
        'cr',
        'bad-\ufffd\ufffd-utf8',
        'nul-\u0000-byte',
        '\u001b[31mred\u001b[0m'
      ])
      const huge = lines.filter((line) => line.length >= 10485760)
      expect(huge).toEqual(['y'.repeat(10485760)])
      expect(lines).toContain('no final newline')
    },
    30_000
  )
})
