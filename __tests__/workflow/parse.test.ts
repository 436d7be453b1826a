import { describe, expect, it } from '@jest/globals'
import { parseStepList } from '../../src/workflow/parse.js'
import { formatNumberG15 } from '../../src/workflow/scalar-text.js'
import type { ParsedStep, RunStep, UsesStep } from '../../src/workflow/model.js'

type Mode = 'inline' | 'file'

/** Joins lines into a YAML source (keeps the tests' columns readable). */
const yaml = (...lines: string[]): string => lines.join('\n') + '\n'

/** Errors as "line:column-endLine:endColumn message", in reported order. */
function errorsOf(source: string, mode: Mode = 'file'): string[] {
  return parseStepList({ source, fileName: 'steps', mode }).errors.map(
    (e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`
  )
}

/** Steps of a source that must be valid. */
function stepsOf(source: string, mode: Mode = 'file'): ParsedStep[] {
  const result = parseStepList({ source, fileName: 'steps', mode })
  expect(result.errors).toEqual([])
  return result.steps
}

function only<K extends ParsedStep['kind']>(
  steps: ParsedStep[],
  kind: K
): Extract<ParsedStep, { kind: K }> {
  expect(steps).toHaveLength(1)
  expect(steps[0].kind).toBe(kind)
  return steps[0] as Extract<ParsedStep, { kind: K }>
}

const BG_A = ['- id: a', '  run: sleep 1', '  background: true']

describe('error catalogue (docs/semantics.md §1.7)', () => {
  it('E1: background: "yes" → parse: Unexpected value \'yes\'', () => {
    expect(errorsOf(yaml('- run: x', '  background: "yes"'))).toEqual([
      "2:15-2:20 Unexpected value 'yes'"
    ])
  })

  it('E2: background: ${{ true }} → parse: A template expression is not allowed in this context', () => {
    expect(errorsOf(yaml('- run: x', '  background: ${{ true }}'))).toEqual([
      '2:15-2:26 A template expression is not allowed in this context'
    ])
  })

  it("E3: wait: (null) → parse: Unexpected value ''", () => {
    expect(errorsOf(yaml('- wait:'))).toEqual(["1:8-1:8 Unexpected value ''"])
  })

  it("E4: wait: \"\" → parse: Unexpected value ''; convert: unknown step ID ''", () => {
    expect(errorsOf(yaml('- wait: ""'))).toEqual([
      "1:9-1:11 Unexpected value ''",
      "1:9-1:11 Step references unknown step ID ''"
    ])
  })

  it('E5: wait: {a: 1} → parse: A mapping was not expected', () => {
    expect(errorsOf(yaml('- wait: {a: 1}'))).toEqual(['1:9-1:15 A mapping was not expected'])
  })

  it("E6: wait: zzz → convert: Step references unknown step ID 'zzz'", () => {
    expect(errorsOf(yaml('- wait: zzz'))).toEqual([
      "1:9-1:12 Step references unknown step ID 'zzz'"
    ])
  })

  it("E7: id: w + wait: w → convert: Step 'w' cannot reference itself (only when id comes first)", () => {
    expect(errorsOf(yaml('- id: w', '  wait: w'))).toEqual([
      "2:9-2:10 Step 'w' cannot reference itself"
    ])
    expect(errorsOf(yaml('- wait: w', '  id: w'))).toEqual([
      "1:9-1:10 Step references unknown step ID 'w'"
    ])
  })

  it('E8: wait: __run → convert: IDs starting with __ are reserved', () => {
    expect(errorsOf(yaml('- wait: __run'))).toEqual([
      "1:9-1:14 The identifier '__run' is invalid. IDs starting with '__' are reserved."
    ])
  })

  it('E9: a forward reference is an unknown step ID', () => {
    expect(errorsOf(yaml('- wait: later', '- id: later', '  run: x'))).toEqual([
      "1:9-1:14 Step references unknown step ID 'later'"
    ])
  })

  it("E10: wait-all: false → convert: The value of 'wait-all' must be true or omitted", () => {
    expect(errorsOf(yaml('- wait-all: false'))).toEqual([
      "1:13-1:18 The value of 'wait-all' must be true or omitted"
    ])
  })

  it('E11: wait-all: "yes" → parse: Unexpected value \'yes\'', () => {
    expect(errorsOf(yaml('- wait-all: "yes"'))).toEqual(["1:13-1:18 Unexpected value 'yes'"])
  })

  it('E12: wait-all: ${{ true }} → parse: A template expression is not allowed in this context', () => {
    expect(errorsOf(yaml('- wait-all: ${{ true }}'))).toEqual([
      '1:13-1:24 A template expression is not allowed in this context'
    ])
  })

  it('E13: cancel: [a] → parse: A sequence was not expected', () => {
    expect(errorsOf(yaml(...BG_A, '- cancel: [a]'))).toEqual([
      '4:11-4:14 A sequence was not expected'
    ])
  })

  it("E14: cancel: nope → convert: Step references unknown step ID 'nope'", () => {
    expect(errorsOf(yaml('- cancel: nope'))).toEqual([
      "1:11-1:15 Step references unknown step ID 'nope'"
    ])
  })

  it("E15: id: c + cancel: c → convert: Step 'c' cannot reference itself", () => {
    expect(errorsOf(yaml('- id: c', '  cancel: c'))).toEqual([
      "2:11-2:12 Step 'c' cannot reference itself"
    ])
  })

  it('E16: wait + run in one mapping → parse: Unexpected value for the later key', () => {
    expect(errorsOf(yaml(...BG_A, '- wait: a', '  run: x'))).toEqual([
      "5:3-5:6 Unexpected value 'run'"
    ])
    expect(errorsOf(yaml(...BG_A, '- run: x', '  wait: a'))).toEqual([
      "5:3-5:7 Unexpected value 'wait'"
    ])
  })

  it('E17: wait with if / env / timeout-minutes / background → parse: Unexpected value per key', () => {
    const source = yaml(
      ...BG_A,
      '- wait: a',
      '  if: always()',
      '  env: {A: b}',
      '  timeout-minutes: 3',
      '  background: true'
    )
    expect(errorsOf(source)).toEqual([
      "5:3-5:5 Unexpected value 'if'",
      "6:3-6:6 Unexpected value 'env'",
      "7:3-7:18 Unexpected value 'timeout-minutes'",
      "8:3-8:13 Unexpected value 'background'"
    ])
  })

  it('E18: a step with no kind key → parse: not enough info; convert: Expected one of …', () => {
    expect(errorsOf(yaml('- name: x'))).toEqual([
      "1:3-2:1 There's not enough info to determine what you meant. Add one of these properties: cancel, run, shell, uses, wait, wait-all, with, working-directory",
      '1:3-2:1 Expected one of uses, run, wait, wait-all, cancel, or parallel to be defined'
    ])
  })

  it("E19: parallel with id → parse: Unexpected value 'parallel' plus the E18 messages", () => {
    expect(errorsOf(yaml('- id: p', '  parallel:', '    - run: a'))).toEqual([
      "1:3-4:1 There's not enough info to determine what you meant. Add one of these properties: cancel, run, shell, uses, wait, wait-all, with, working-directory",
      '1:3-4:1 Expected one of uses, run, wait, wait-all, cancel, or parallel to be defined',
      "2:3-2:11 Unexpected value 'parallel'"
    ])
  })

  it('E20: parallel: (null) or a string → parse: Unexpected value; convert: Invalid format for steps', () => {
    expect(errorsOf(yaml('- parallel:'))).toEqual([
      "1:12-1:12 Unexpected value ''",
      '1:12-1:12 Invalid format for steps'
    ])
    expect(errorsOf(yaml('- parallel: "run: a"'))).toEqual([
      "1:13-1:21 Unexpected value 'run: a'",
      '1:13-1:21 Invalid format for steps'
    ])
  })

  it('E21: background / wait / wait-all / cancel / nested parallel inside parallel → convert, at the parallel step', () => {
    const source = yaml(
      '- parallel:',
      '    - run: a',
      '      background: false',
      '    - wait-all:',
      '    - parallel: []'
    )
    expect(errorsOf(source)).toEqual([
      "1:3-6:1 'background' is not allowed inside a parallel block. Steps in a parallel block are automatically run as background steps.",
      "1:3-6:1 'wait-all' is not allowed inside a parallel block.",
      "1:3-6:1 Nested 'parallel' blocks are not allowed."
    ])
    const waits = yaml(...BG_A, '- parallel:', '    - wait: a', '    - cancel: a')
    expect(errorsOf(waits)).toEqual([
      "4:3-7:1 'wait' is not allowed inside a parallel block.",
      "4:3-7:1 'cancel' is not allowed inside a parallel block.",
      // Outer ids are not visible inside the block (§1.4 check 3).
      "5:13-5:14 Step references unknown step ID 'a'",
      "6:15-6:16 Step references unknown step ID 'a'"
    ])
  })

  it('E22: a duplicate id in the same scope; case-sensitive; not checked across the parallel boundary', () => {
    expect(
      errorsOf(yaml('- id: a', '  run: x', '- id: a', '  run: y', '- id: A', '  run: z'))
    ).toEqual(["3:7-3:8 The identifier 'a' may not be used more than once within the same scope."])
    expect(
      errorsOf(yaml('- id: a', '  run: x', '- parallel:', '    - id: a', '      run: y'))
    ).toEqual([])
  })

  it('E23: invalid id text (the doubled "and" is verbatim); __ ids are reserved', () => {
    expect(errorsOf(yaml('- id: 1abc', '  run: x', '- id: a.b', '  run: y'))).toEqual([
      "1:7-1:11 The identifier '1abc' is invalid. IDs may only contain alphanumeric characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than 100 characters.",
      "3:7-3:10 The identifier 'a.b' is invalid. IDs may only contain alphanumeric characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than 100 characters."
    ])
    expect(errorsOf(yaml('- id: __x', '  run: x'))).toEqual([
      "1:7-1:10 The identifier '__x' is invalid. IDs starting with '__' are reserved."
    ])
  })
})

describe('reporting', () => {
  it('§1.7 note: reports every error of both phases, sorted by line and column', () => {
    const source = yaml(
      '- id: srv',
      '  run: ./server.sh',
      '  background: true',
      '- wait: [srv, nope]',
      '- id: x',
      '  run: echo ${{ steps.srv.outputs.port }} ${{ foo }}',
      '  if: secrets.A',
      '- run: 1',
      '  wait-all:',
      '- bogus: 1'
    )
    expect(errorsOf(source)).toEqual([
      "4:15-4:19 Step references unknown step ID 'nope'",
      "6:43-6:53 Unrecognized named-value: 'foo'",
      "7:7-7:16 Unrecognized named-value: 'secrets'",
      "9:3-9:11 Unexpected value 'wait-all'",
      "10:3-10:8 Unexpected value 'bogus'",
      "10:3-11:1 There's not enough info to determine what you meant. Add one of these properties: cancel, parallel, run, shell, uses, wait, wait-all, with, working-directory",
      '10:3-11:1 Expected one of uses, run, wait, wait-all, cancel, or parallel to be defined'
    ])
  })

  it('returns no steps when there are errors, so nothing can run', () => {
    const result = parseStepList({
      source: yaml('- run: ok', '- wait: zzz'),
      fileName: 'steps',
      mode: 'file'
    })
    expect(result.errors).toHaveLength(1)
    expect(result.steps).toEqual([])
  })

  it('reports a YAML syntax error with its position and without the source excerpt', () => {
    expect(errorsOf(yaml('- run: "x'))).toEqual(['2:1-2:2 Missing closing "quote'])
    expect(errorsOf(yaml('- run: x', '\t- y'))).toEqual([
      '2:1-2:2 Tabs are not allowed as indentation'
    ])
  })

  it('rejects a step list that is not a sequence, with our own message', () => {
    expect(errorsOf(yaml('run: x'))).toEqual([
      '1:1-2:1 The step list must be a YAML sequence of steps (found a mapping)'
    ])
    expect(errorsOf(yaml('echo hi'))).toEqual([
      '1:1-1:8 The step list must be a YAML sequence of steps (found a scalar value)'
    ])
    const empty = parseStepList({ source: '# only a comment\n', fileName: 'f', mode: 'file' })
    expect(empty.errors).toEqual([
      {
        message: 'The step list must be a YAML sequence of steps (found nothing)',
        line: 1,
        column: 1
      }
    ])
  })

  it('accepts an empty list: it is valid and runs nothing', () => {
    expect(stepsOf('[]\n')).toEqual([])
  })

  it('stops an alias bomb ("billion laughs") before expanding it, at the first alias', () => {
    const lol = [
      '- run: x',
      '  env:',
      '    A: &a ["lol","lol","lol","lol","lol","lol","lol","lol"]'
    ]
    const levels = ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
    let previous = 'a'
    for (const name of levels) {
      lol.push(`    ${name.toUpperCase()}: &${name} [${Array(8).fill(`*${previous}`).join(',')}]`)
      previous = name
    }
    const result = parseStepList({ source: yaml(...lol), fileName: 'steps', mode: 'file' })
    expect(result.steps).toEqual([])
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Excessive alias count indicates a resource exhaustion attack',
        line: 4,
        column: 12
      })
    ])
  })

  it('reports an alias to an undefined anchor (the parser would drop it silently)', () => {
    expect(errorsOf(yaml('- run: x', '- *nope'))).toEqual([
      '2:3-2:8 Unresolved alias (the anchor must be set before the alias): nope'
    ])
  })

  it('reads values through ordinary aliases', () => {
    const steps = stepsOf(
      yaml('- run: a', '  env: &common', '    A: "1"', '- run: b', '  env: *common')
    )
    expect(steps.map((step) => (step as RunStep).env)).toEqual([{ A: '1' }, { A: '1' }])
  })
})

describe('inline mode vs file mode (docs/expressions.md §4.3)', () => {
  it('inline: %{{ }} is validated as an expression', () => {
    expect(errorsOf(yaml('- run: echo %{{ foo.bar }}'), 'inline')).toEqual([
      "1:13-1:27 Unrecognized named-value: 'foo'"
    ])
  })

  it('file: %{{ }} is plain text', () => {
    expect(stepsOf(yaml('- run: echo %{{ foo.bar }}')).map((s) => (s as RunStep).run)).toEqual([
      'echo %{{ foo.bar }}'
    ])
  })

  it('file: ${{ foo.bar }} with an unknown context is an error', () => {
    expect(errorsOf(yaml('- run: echo ${{ foo.bar }}'))).toEqual([
      "1:13-1:27 Unrecognized named-value: 'foo'"
    ])
  })

  it('inline: a surviving ${{ foo.bar }} is literal and stored escaped', () => {
    const step = only(stepsOf(yaml('- run: echo ${{ foo.bar }}'), 'inline'), 'run')
    expect(step.run).toBe("echo ${{ '${{' }} foo.bar }}")
  })

  it('inline: %{{ }} values are stored in native syntax, for every template field', () => {
    const source = yaml(
      '- id: a',
      '  run: echo',
      '- name: n %{{ steps.a.outcome }}',
      '  run: echo %{{ steps.a.outputs.x }}',
      '  if: "%{{ steps.a.outcome == \'success\' }}"',
      '  shell: bash',
      '  working-directory: d/%{{ env.D }}',
      '  env:',
      '    E: "%{{ env.X }}"',
      '  timeout-minutes: "%{{ env.T }}"',
      '  continue-on-error: "%{{ env.C }}"',
      '- uses: a/b@v1',
      '  with:',
      '    w: x %{{ steps.a.outputs.x }} ${{ literal }}'
    )
    const [, run, uses] = stepsOf(source, 'inline') as [RunStep, RunStep, UsesStep]
    expect(run).toMatchObject({
      name: 'n ${{ steps.a.outcome }}',
      run: 'echo ${{ steps.a.outputs.x }}',
      if: "${{ steps.a.outcome == 'success' }}",
      shell: 'bash',
      workingDirectory: 'd/${{ env.D }}',
      env: { E: '${{ env.X }}' },
      timeoutMinutes: '${{ env.T }}',
      continueOnError: '${{ env.C }}'
    })
    expect(uses.with).toEqual({ w: "x ${{ steps.a.outputs.x }} ${{ '${{' }} literal }}" })
  })

  it('inline: an unquoted value starting with %{{ is read (only ${{ is validated)', () => {
    const source = yaml('- id: a', '  run: echo', '- run: %{{ steps.a.outputs.v }}')
    expect((stepsOf(source, 'inline')[1] as RunStep).run).toBe('${{ steps.a.outputs.v }}')
  })

  it('inline: messages show a masked ${{ as written', () => {
    expect(errorsOf(yaml('- wait: "${{ x }}"'), 'inline')).toEqual([
      "1:9-1:19 Step references unknown step ID '${{ x }}'"
    ])
  })

  it('file: values are kept as written, with no rewriting', () => {
    const step = only(stepsOf(yaml("- run: echo ${{ '%{{' }} ${{ github.sha }}")), 'run')
    expect(step.run).toBe("echo ${{ '%{{' }} ${{ github.sha }}")
  })
})

describe('values', () => {
  it('coerces plain with:/env: scalars as the runner does; quoted ones stay as written', () => {
    const source = yaml(
      '- uses: a/b@v1',
      '  with:',
      '    empty:',
      '    tilde: ~',
      '    null-word: null',
      '    yes-bool: true',
      '    no-bool: False',
      '    decimal: 1.10',
      '    hex: 0x1F',
      '    octal: 0o17',
      '    exp: 1e3',
      '    big: 1.5e16',
      '    quoted: "1.10"',
      "    single: '0x1F'",
      '    word: yes',
      '  env:',
      '    N: 007',
      '    Q: "true"'
    )
    const step = only(stepsOf(source), 'uses')
    expect(step.with).toEqual({
      empty: '',
      tilde: '',
      'null-word': '',
      'yes-bool': 'true',
      'no-bool': 'false',
      decimal: '1.1',
      hex: '31',
      octal: '15',
      exp: '1000',
      big: '1.5E+16',
      quoted: '1.10',
      single: '0x1F',
      word: 'yes'
    })
    expect(step.env).toEqual({ N: '7', Q: 'true' })
  })

  it('formats numbers with .NET G15 rules', () => {
    expect(
      [1.1, 31, 1000, 0.1 + 0.2, 1e21, 1e-5, 0.0001, -2.5, 123456789012345].map(formatNumberG15)
    ).toEqual(['1.1', '31', '1000', '0.3', '1E+21', '1E-05', '0.0001', '-2.5', '123456789012345'])
    expect(formatNumberG15(1234567890123456)).toBe('1.23456789012346E+15')
  })

  it('keeps env/with keys in source order, including a key named __proto__', () => {
    const step = only(
      stepsOf(yaml('- run: x', '  env:', '    Z: 1', '    __proto__: p', '    A: 2')),
      'run'
    )
    expect(Object.keys(step.env)).toEqual(['Z', '__proto__', 'A'])
    expect(step.env.__proto__).toBe('p')
  })

  it('takes block scalars from the yaml package (not the parser format() rewrite)', () => {
    const source = yaml(
      '- run: |',
      '    echo "${{ env.A }}"',
      '    echo done',
      '- run: >-',
      '    folded ${{ env.A }}',
      '    line'
    )
    expect(stepsOf(source).map((s) => (s as RunStep).run)).toEqual([
      'echo "${{ env.A }}"\necho done\n',
      'folded ${{ env.A }} line'
    ])
  })

  it('reads run-step fields the parser model drops (shell, working-directory, timeout-minutes) and the position', () => {
    const source = yaml(
      '- run: a',
      '- id: x',
      '  run: echo',
      "  if: github.ref == 'main'",
      '  timeout-minutes: 3',
      '  shell: bash',
      '  working-directory: sub',
      '  continue-on-error: true',
      '  background: true'
    )
    const [first, step] = stepsOf(source)
    expect(first).toEqual({
      kind: 'run',
      key: '__run',
      id: '__run',
      explicitId: false,
      name: undefined,
      position: { line: 1, column: 3 },
      continueOnError: false,
      if: '',
      env: {},
      timeoutMinutes: undefined,
      background: false,
      run: 'a',
      shell: undefined,
      workingDirectory: undefined
    })
    expect(step).toMatchObject({
      id: 'x',
      explicitId: true,
      position: { line: 2, column: 3 },
      if: "github.ref == 'main'",
      timeoutMinutes: 3,
      shell: 'bash',
      workingDirectory: 'sub',
      continueOnError: true,
      background: true
    })
  })

  it('§1.3: if is stored as written, without success() &&', () => {
    const step = only(stepsOf(yaml('- run: x', '  if: ${{ failure() }}')), 'run')
    expect(step.if).toBe('${{ failure() }}')
  })

  it('continue-on-error and timeout-minutes take expressions as templates', () => {
    const step = only(
      stepsOf(
        yaml(
          '- run: x',
          '  continue-on-error: ${{ matrix.x }}',
          '  timeout-minutes: ${{ matrix.t }}'
        )
      ),
      'run'
    )
    expect(step.continueOnError).toBe('${{ matrix.x }}')
    expect(step.timeoutMinutes).toBe('${{ matrix.t }}')
  })

  it('reads uses and with:', () => {
    const step = only(
      stepsOf(yaml('- uses: actions/checkout@v4', '  with: { ref: main, depth: 0 }')),
      'uses'
    )
    expect(step).toMatchObject({ uses: 'actions/checkout@v4', with: { ref: 'main', depth: '0' } })
  })

  it('§1.3: wait: x becomes [x]; duplicates kept; wait: [] is accepted', () => {
    const source = yaml(...BG_A, '- wait: a', '- wait: [a, a]', '- wait: []')
    const waits = stepsOf(source).slice(1)
    expect(waits.map((s) => (s.kind === 'wait' ? s.targets : undefined))).toEqual([
      ['a'],
      ['a', 'a'],
      []
    ])
  })

  it("§1.4: a literal-only expression target folds to its text (wait: ${{ 'a' }})", () => {
    const wait = stepsOf(yaml(...BG_A, "- wait: ${{ 'a' }}"))[1]
    expect(wait).toMatchObject({ kind: 'wait', targets: ['a'] })
  })

  it('§1.3: wait-all:, wait-all: ~ and wait-all: true are all wait-all', () => {
    const steps = stepsOf(yaml('- wait-all:', '- wait-all: ~', '- wait-all: true'))
    expect(steps.map((s) => [s.kind, s.id, s.kind === 'wait-all' && s.implicit])).toEqual([
      ['wait-all', '__wait-all', false],
      ['wait-all', '__wait-all_2', false],
      ['wait-all', '__wait-all_3', false]
    ])
  })

  it('reads cancel targets and control-step continue-on-error', () => {
    const steps = stepsOf(yaml(...BG_A, '- cancel: a', '  continue-on-error: true'))
    expect(steps[1]).toMatchObject({ kind: 'cancel', target: 'a', continueOnError: true })
  })

  it('§1.3: parallel: [] is accepted as an empty group', () => {
    expect(only(stepsOf(yaml('- parallel: []')), 'parallel').members).toEqual([])
  })

  it('§1.3: synthetic names are not stored as name', () => {
    const steps = stepsOf(
      yaml(
        ...BG_A,
        '- wait: a',
        '- wait-all:',
        '- cancel: a',
        '- parallel:',
        '    - run: b',
        '- uses: a/b@v1'
      )
    )
    expect(steps.map((s) => s.name)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined
    ])
    expect(stepsOf(yaml('- wait-all:', '  name: Drain'))[0].name).toBe('Drain')
  })
})

describe('ids and keys', () => {
  it('§1.3: generated ids follow the parser IdBuilder', () => {
    const source = yaml(
      '- run: a',
      '- run: b',
      '- uses: actions/checkout@v4',
      '- uses: ./local',
      '- uses: $/other',
      '- uses: docker://alpine:3.1',
      '- uses: actions/setup-node/sub@v4',
      '- wait-all:',
      '- wait-all:',
      '- parallel: []',
      '- id: bg',
      '  run: x',
      '  background: true',
      '- wait: bg',
      '- cancel: bg'
    )
    const steps = stepsOf(source)
    expect(steps.map((s) => [s.id, s.explicitId])).toEqual([
      ['__run', false],
      ['__run_2', false],
      ['__actions_checkout', false],
      ['__self', false],
      ['__self_2', false],
      ['__alpine_3_1', false],
      ['__actions_setup-node', false],
      ['__wait-all', false],
      ['__wait-all_2', false],
      ['__parallel', false],
      ['bg', true],
      ['__wait', false],
      ['__cancel', false]
    ])
    expect(steps.map((s) => s.key)).toEqual(steps.map((s) => s.id))
  })

  it('top-level ids that differ only in case get distinct keys (E22 allows both)', () => {
    const steps = stepsOf(yaml('- id: a', '  run: x', '- id: A', '  run: y'))
    expect(steps.map((s) => [s.id, s.key])).toEqual([
      ['a', 'a'],
      ['A', 'A_2']
    ])
  })

  it('a parallel group restarts generated ids; keys stay unique across the whole list', () => {
    const source = yaml(
      '- run: outer',
      '- parallel:',
      '    - run: a',
      '    - run: b',
      '    - id: x',
      '      run: c',
      '- parallel:',
      '    - run: d',
      '    - id: X',
      '      run: e',
      '- id: x',
      '  run: f',
      '- run: g'
    )
    const steps = stepsOf(source)
    const groups = steps.filter((s) => s.kind === 'parallel')
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([
      ['__run', '__run_2', 'x'],
      ['__run', 'X']
    ])
    // Outer steps keep their ids as keys; members get the first free suffix.
    expect(steps.map((s) => s.key)).toEqual(['__run', '__parallel', '__parallel_2', 'x', '__run_2'])
    expect(groups.map((g) => g.members.map((m) => m.key))).toEqual([
      ['__run_3', '__run_2_2', 'x_2'],
      ['__run_4', 'X_3']
    ])
    expect(groups[0].members.map((m) => m.position)).toEqual([
      { line: 3, column: 7 },
      { line: 4, column: 7 },
      { line: 5, column: 7 }
    ])
  })
})
