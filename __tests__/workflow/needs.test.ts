/**
 * `needs:` (beyond native, docs/needs.md): read onto the model (N1, N2) and validated before
 * anything runs (N1.1–N1.6), each error with the line and column of the offending value (or key),
 * in the official parser's wording where it has one.
 */
import { describe, expect, it } from '@jest/globals'
import { parseStepList } from '../../src/workflow/parse.js'
import { buildPlan } from '../../src/workflow/plan.js'
import type { ExecutableStep, ParsedStep } from '../../src/workflow/model.js'

const yaml = (...lines: string[]): string => lines.join('\n') + '\n'

/** Errors as "line:column message", in reported order. */
function errorsOf(source: string, mode: 'inline' | 'file' = 'file'): string[] {
  return parseStepList({ source, fileName: 'steps', mode }).errors.map(
    (e) => `${e.line}:${e.column} ${e.message}`
  )
}

function stepsOf(source: string, mode: 'inline' | 'file' = 'file'): ParsedStep[] {
  const result = parseStepList({ source, fileName: 'steps', mode })
  expect(result.errors).toEqual([])
  return result.steps
}

const ISSUE_GRAPH = yaml(
  '- id: deps',
  '  run: npm ci',
  '- id: lint',
  '  needs: deps',
  '  run: npm run lint',
  '- id: build',
  '  needs: deps',
  '  run: npm run build',
  '- id: e2e',
  '  needs: [build]',
  '  run: npm run e2e -- --bin "%{{ steps.build.outputs.bin }}"',
  '- run: echo "the main loop goes on at once"',
  '- wait-all:'
)

describe('N1/N2: needs read onto the model', () => {
  it("the issue's graph: one id or a list, and every step with needs is a background step (N2)", () => {
    const steps = stepsOf(ISSUE_GRAPH, 'inline') as ExecutableStep[]
    expect(steps.map((s) => [s.id, s.needs, s.background])).toEqual([
      ['deps', undefined, false],
      ['lint', ['deps'], true],
      ['build', ['deps'], true],
      ['e2e', ['build'], true],
      ['__run', undefined, false],
      ['__wait-all', undefined, undefined]
    ])
    expect('needs' in steps[0]).toBe(false)
  })

  it('N1.1: any earlier run/uses id — foreground, background, graph, a member of an earlier parallel; repeats kept once', () => {
    const steps = stepsOf(
      yaml(
        '- id: fg',
        '  run: a',
        '- id: bg',
        '  background: true',
        '  run: b',
        '- parallel:',
        '    - id: member',
        '      run: c',
        '- id: g1',
        '  needs: [fg, bg]',
        '  run: d',
        '- id: g2',
        '  background: true',
        '  needs: [g1, member, g1]',
        '  uses: ./local'
      )
    ) as ExecutableStep[]
    expect(steps.slice(-2).map((s) => [s.kind, s.needs, s.background])).toEqual([
      ['run', ['fg', 'bg'], true],
      ['uses', ['g1', 'member'], true]
    ])
  })

  it('N2: the implicit wait-all covers a graph step nothing waits for (R46)', () => {
    const plan = buildPlan(
      stepsOf(yaml('- id: a', '  run: x', '- id: b', '  needs: a', '  run: y'))
    )
    expect(plan.steps.map((s) => s.key)).toEqual(['a', 'b', '__implicit_wait_all'])
  })

  it('the rest of the list is checked by the official parser as before (positions unchanged)', () => {
    expect(
      errorsOf(yaml('- id: a', '  run: x', '- id: b', '  needs: a', '  run: y', '- wait: zz'))
    ).toEqual(["6:9 Step references unknown step ID 'zz'"])
  })

  it('flow mappings keep their shape when needs is blanked out', () => {
    const steps = stepsOf(
      yaml(
        '- { id: a, run: x }',
        '- { id: b, needs: a, run: y }',
        '- { id: c, run: z, needs: [a, b] }'
      )
    ) as ExecutableStep[]
    expect(steps.map((s) => s.needs)).toEqual([undefined, ['a'], ['a', 'b']])
  })
})

describe('N1: validation errors, with line and column, before anything runs', () => {
  it('N1.1: an unknown id and a later id are unknown step IDs, at the offending value', () => {
    expect(
      errorsOf(yaml('- id: a', '  needs: [nope, later]', '  run: x', '- id: later', '  run: y'))
    ).toEqual([
      "2:11 Step references unknown step ID 'nope'",
      "2:17 Step references unknown step ID 'later'"
    ])
  })

  it('N1.1: ids are case-sensitive, and only explicit ids of run/uses steps count', () => {
    expect(
      errorsOf(
        yaml(
          '- id: Build',
          '  run: x',
          '- id: w',
          '  wait: Build',
          '- needs: build',
          '  run: y',
          '- needs: w',
          '  run: z'
        )
      )
    ).toEqual([
      "5:10 Step references unknown step ID 'build'",
      "7:10 Step references unknown step ID 'w'"
    ])
  })

  it("N1.1: itself (either key order) and a reserved '__' id, in the official words", () => {
    expect(
      errorsOf(
        yaml(
          '- run: x',
          '- needs: self',
          '  id: self',
          '  run: y',
          '- id: other',
          '  needs: __run',
          '  run: z'
        )
      )
    ).toEqual([
      "2:10 Step 'self' cannot reference itself",
      "6:10 The identifier '__run' is invalid. IDs starting with '__' are reserved."
    ])
  })

  it('N1.2: the shape of the value — empty, a mapping, an expression, an empty list', () => {
    expect(
      errorsOf(
        yaml(
          '- id: a',
          '  run: x',
          '- needs:',
          '  run: y',
          '- needs: { a: 1 }',
          '  run: y',
          '- needs: [a, [a]]',
          '  run: y',
          '- needs: ${{ a }}',
          '  run: y',
          '- needs: []',
          '  run: y'
        )
      )
    ).toEqual([
      "3:3 Unexpected value ''",
      '5:10 A mapping was not expected',
      '7:14 A sequence was not expected',
      '9:10 A template expression is not allowed in this context',
      "11:10 'needs' must name at least one step ID"
    ])
  })

  it('N1.2: inline mode, %{{ }} is an expression there too', () => {
    expect(
      errorsOf(yaml('- id: a', '  run: x', '- needs: "%{{ a }}"', '  run: y'), 'inline')
    ).toEqual(['3:10 A template expression is not allowed in this context'])
  })

  it("N1.3: on a control or parallel step: the parser's Unexpected value 'needs', at the key", () => {
    expect(
      errorsOf(
        yaml(
          '- id: a',
          '  background: true',
          '  run: x',
          '- wait: a',
          '  needs: a',
          '- needs: a',
          '  wait-all:',
          '- cancel: a',
          '  needs: [a]',
          '- parallel:',
          '    - run: y',
          '  needs: a'
        )
      )
    ).toEqual([
      "5:3 Unexpected value 'needs'",
      "6:3 Unexpected value 'needs'",
      "9:3 Unexpected value 'needs'",
      "12:3 Unexpected value 'needs'"
    ])
  })

  it('N1.4: inside a parallel block', () => {
    expect(
      errorsOf(
        yaml('- id: a', '  run: x', '- parallel:', '    - id: m', '      needs: a', '      run: y')
      )
    ).toEqual([
      "5:7 'needs' is not allowed inside a parallel block. Steps in a parallel block start when the block starts."
    ])
  })

  it('N1.5: with background: false (background: true is allowed and redundant)', () => {
    expect(
      errorsOf(
        yaml(
          '- id: a',
          '  run: x',
          '- background: false',
          '  needs: a',
          '  run: y',
          '- background: true',
          '  needs: a',
          '  run: z'
        )
      )
    ).toEqual([
      "4:3 'needs' makes a step a background step; it cannot be used with 'background: false'."
    ])
  })

  it('N1.6: ready: on a step with needs (the main loop never waits there)', () => {
    expect(
      errorsOf(
        yaml(
          '- id: a',
          '  run: x',
          '- needs: a',
          '  background: true',
          '  ready: { tcp: "127.0.0.1:5432" }',
          '  run: y'
        )
      )
    ).toEqual([
      "5:3 'ready' cannot be used with 'needs': the main loop does not wait at a step with 'needs'. Start the service before the steps that use it, with 'background: true' and 'ready'."
    ])
  })

  it('needs may be given once per step', () => {
    expect(errorsOf(yaml('- id: a', '  run: x', '- needs: a', '  needs: a', '  run: y'))).toEqual(
      expect.arrayContaining(["4:3 'needs' is already defined"])
    )
  })
})
