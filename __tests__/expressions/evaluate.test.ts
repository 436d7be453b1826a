import { describe, expect, it } from '@jest/globals'
import {
  evaluateBoolean,
  evaluateIf,
  evaluateNumber,
  evaluateString,
  evaluateTemplate,
  ExpressionEvaluationError,
  type ExpressionScope
} from '../../src/expressions/evaluate.js'

type Contexts = ExpressionScope['contexts']

function scope(
  contexts: Partial<Contexts> = {},
  status: Partial<Omit<ExpressionScope, 'contexts'>> = {}
): ExpressionScope {
  return {
    contexts: {
      github: {
        event_name: 'push',
        ref: 'refs/heads/main',
        event: { head_commit: { message: 'Fix' } }
      },
      runner: { os: 'Linux' },
      env: { FOO: 'bar', NUM: '10' },
      steps: {
        build: { outputs: { version: '1.2.3' }, outcome: 'success', conclusion: 'success' }
      },
      job: {},
      strategy: {},
      matrix: { os: 'ubuntu', node: [18, 20] },
      secrets: { X: 's3cr3t' },
      vars: {},
      inputs: {},
      ...contexts
    },
    status: 'success',
    cancelled: false,
    workspace: process.cwd(),
    ...status
  }
}

/** Evaluates one bare expression as a template `${{ … }}`. */
function value(expression: string, s: ExpressionScope = scope()): unknown {
  return evaluateTemplate(`\${{ ${expression} }}`, s)
}

describe('§1.2 lex → parse → evaluate', () => {
  const table: [string, unknown][] = [
    ["github.event_name == 'PUSH'", true],
    ['GITHUB.EVENT.HEAD_COMMIT.MESSAGE', 'Fix'],
    ["github['event']['head_commit'].message", 'Fix'],
    ['steps.missing.outputs.version', null],
    ['steps.BUILD.outputs.version', '1.2.3'],
    ['env.NUM > 9', true],
    ['env.NUM == 10', true],
    ["'' || 'default'", 'default'],
    ["env.FOO && 'yes' || 'no'", 'yes'],
    ["contains(matrix.node, '20')", true],
    ["format('{0}-{1} {{x}}', 'a', 3)", 'a-3 {x}'],
    ["join(matrix.*, ';')", 'ubuntu;Array'],
    ['toJSON(github.nope)', 'null'],
    ['github.event.*.message', ['Fix']]
  ]

  it.each(table)('§1.2: %s', (expression, expected) => {
    expect(value(expression)).toEqual(expected)
  })

  it('§1.2: a missing value reads as an empty string', () => {
    expect(evaluateString('v=${{ steps.missing.outputs.version }}', scope(), 'run')).toBe('v=')
  })

  it('§1.2: format() with too few arguments throws the package message', () => {
    expect(() => value("format('{0} {1}', 'a')")).toThrow(
      'The following format string references more arguments than were supplied'
    )
  })

  it("§1.2: fromJSON('') throws", () => {
    expect(() => value("fromJSON('')")).toThrow('empty input')
  })

  it('§1.2: there is no arithmetic', () => {
    expect(() => value('0.1 + 0.2')).toThrow("Unexpected symbol: '+'")
  })

  it('§1.2: status functions do not exist in templates (schema string-steps-context)', () => {
    expect(() => value('success()')).toThrow("Unrecognized function: 'success'")
  })

  it('§1.2: unknown contexts are rejected', () => {
    expect(() => value('foo.bar')).toThrow("Unrecognized named-value: 'foo'")
  })
})

describe('§1.5 type coercion', () => {
  const table: [string, unknown][] = [
    ["'' == 0", true],
    ["' 12 ' == 12", true],
    ['null == false', true],
    ["'1' == true", true],
    ["'abc' == 0", false],
    ["'1.0' == '1'", false],
    ["fromJSON('[]') == fromJSON('[]')", false],
    ["'0x10' == 16", true],
    ["format('{0}', fromJSON('[1]'))", 'Array'],
    ["format('{0}', null)", ''],
    ["'0' && 'truthy'", 'truthy'],
    ["fromJSON('{}') && 'truthy'", 'truthy']
  ]

  it.each(table)('§1.5: %s', (expression, expected) => {
    expect(value(expression)).toEqual(expected)
  })

  it('§1.5: documented deviations from the runner stay as the package gives them', () => {
    // The runner has no 0b prefix and formats with G15; we keep the package (expressions §1.5).
    expect(value("'0b11' == 3")).toBe(true)
    expect(value("format('{0}', 1.5e16)")).toBe('15000000000000000')
  })
})

describe('§1.6 templates', () => {
  const contexts: Partial<Contexts> = {
    env: { NAME: "O'Brien" },
    steps: { a: { outputs: { port: 8080 } } },
    github: { event: {} }
  }

  it('§1.6: mixed text becomes a string', () => {
    expect(
      evaluateTemplate('echo ${{ steps.a.outputs.port }} and ${{ env.NAME }}!', scope(contexts))
    ).toBe("echo 8080 and O'Brien!")
  })

  it('§1.6: a single expression keeps its type', () => {
    expect(evaluateTemplate('${{ steps.a.outputs.port }}', scope(contexts))).toBe(8080)
    expect(evaluateTemplate('${{ github.event }}', scope(contexts))).toEqual({})
  })

  it('§1.6: objects in mixed text print as Object, null as nothing', () => {
    expect(
      evaluateTemplate('lit ${{ github.event }} ${{ github.event.pull_request }}|', scope(contexts))
    ).toBe('lit Object |')
  })

  it("§1.6: ${{ '${{ … }}' }} is a literal", () => {
    expect(evaluateTemplate("${{ '${{ not evaluated }}' }}", scope())).toBe('${{ not evaluated }}')
  })

  it('§1.6: }} inside a string literal does not close the expression', () => {
    expect(evaluateTemplate("x ${{ '}}' }} y", scope())).toBe('x }} y')
  })

  it('§1.6: plain text is returned as is', () => {
    expect(evaluateTemplate('no expressions {{ here }}', scope())).toBe('no expressions {{ here }}')
  })

  it('§1.6: an unclosed expression throws the runner message', () => {
    expect(() => evaluateTemplate('unclosed ${{ env.NAME', scope(contexts))).toThrow(
      'The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.'
    )
  })

  it('§1.6: an empty expression throws', () => {
    expect(() => evaluateTemplate('empty ${{ }}', scope())).toThrow('An expression was expected')
  })
})

describe("§1.8 item 1: every '' in a string literal is un-escaped", () => {
  it("§1.8: 'it''s ''quoted''' keeps every quote", () => {
    expect(value("'it''s ''quoted'''")).toBe("it's 'quoted'")
  })

  it("§1.8: format('it''s {0} it''s', 1)", () => {
    expect(value("format('it''s {0} it''s', 1)")).toBe("it's 1 it's")
  })

  it('§1.8: the fix applies to if: conditions too', () => {
    const s = scope({ env: { V: "it's 'q'" } })
    expect(evaluateIf("env.V == 'it''s ''q'''", s)).toBe(true)
  })
})

describe('§1.8 item 7: limits give clean errors', () => {
  it('§1.8: an expression of 21000 characters is accepted', () => {
    const literal = `'${'a'.repeat(20998)}'`
    expect(literal).toHaveLength(21000)
    expect(value(literal)).toBe('a'.repeat(20998))
  })

  it('§1.8: an expression longer than 21000 characters is rejected', () => {
    const literal = `'${'a'.repeat(20999)}'`
    expect(() => value(literal)).toThrow('Exceeded max expression length 21000')
  })

  it('§1.8: a mixed template whose format() is too long is rejected, as by the runner', () => {
    const raw = `${'x'.repeat(21000)} \${{ env.FOO }}`
    expect(() => evaluateString(raw, scope(), 'run')).toThrow(
      'run: Exceeded max expression length 21000'
    )
  })

  it('§1.8: nesting deeper than 50 is rejected', () => {
    const deep = `${'('.repeat(60)}true${')'.repeat(60)}`
    expect(() => value(deep)).toThrow('Exceeded max expression depth 50')
    const shallow = `${'('.repeat(10)}true${')'.repeat(10)}`
    expect(value(shallow)).toBe(true)
  })
})

describe('§1.7 if: conditions', () => {
  const failedBuild: Partial<Contexts> = {
    steps: { build: { outputs: {}, outcome: 'failure', conclusion: 'failure' } }
  }

  it('§1.7: an empty condition is success()', () => {
    expect(evaluateIf('', scope({}, { status: 'failure' }))).toBe(false)
    expect(evaluateIf('', scope())).toBe(true)
  })

  it('§1.7: a condition without a status function is wrapped in success() && (…)', () => {
    const condition = "steps.build.outcome == 'failure'"
    expect(evaluateIf(condition, scope(failedBuild))).toBe(true)
    expect(evaluateIf(condition, scope(failedBuild, { status: 'failure' }))).toBe(false)
  })

  it('§1.7: ${{ }} around a condition is optional', () => {
    expect(evaluateIf('${{ failure() }}', scope({}, { status: 'failure' }))).toBe(true)
    expect(evaluateIf("${{ github.event_name == 'push' }}", scope())).toBe(true)
  })

  it('§1.7: always() is true even when cancelled', () => {
    expect(evaluateIf('always()', scope({}, { cancelled: true }))).toBe(true)
  })

  it('§1.7: a mixed ${{ }} value is a format() string and always truthy (GitHub trap)', () => {
    expect(evaluateIf('${{ true }} && ${{ false }}', scope())).toBe(true)
  })

  it('§1.7: a block scalar ${{ }} with a trailing newline is mixed text too (runner behaviour)', () => {
    expect(evaluateIf('${{ false }}\n', scope())).toBe(true)
  })

  it("§1.7: 'success()' inside a string literal does not count as a status function", () => {
    const s = scope({ github: { event_name: 'success()' } }, { status: 'failure' })
    expect(evaluateIf("github.event_name == 'success()'", s)).toBe(false)
  })

  it('§1.7: a string-literal-only ${{ }} is the condition text', () => {
    expect(evaluateIf("${{ 'failure()' }}", scope({}, { status: 'failure' }))).toBe(true)
  })

  it('§1.7: secrets is not available in if:', () => {
    expect(() => evaluateIf('secrets.X', scope())).toThrow("Unrecognized named-value: 'secrets'")
  })

  it('§1.7: the result is checked with truthy()', () => {
    expect(evaluateIf('env.FOO', scope())).toBe(true)
    expect(evaluateIf('env.MISSING', scope())).toBe(false)
    expect(evaluateIf("'0'", scope())).toBe(true)
    expect(evaluateIf('0', scope())).toBe(false)
  })
})

describe('§5.3 status functions', () => {
  const rows: [string, Partial<ExpressionScope>, boolean, boolean, boolean][] = [
    [
      'start (even after an outer failure)',
      { status: 'success', cancelled: false },
      true,
      false,
      false
    ],
    ['foreground step failed', { status: 'failure', cancelled: false }, false, true, false],
    [
      'failure absorbed by continue-on-error',
      { status: 'success', cancelled: false },
      true,
      false,
      false
    ],
    ['job cancelled', { status: 'success', cancelled: true }, false, false, true],
    ['job cancelled after a failure', { status: 'failure', cancelled: true }, false, false, true]
  ]

  it.each(rows)('§5.3: %s', (_name, state, success, failure, cancelled) => {
    const s = scope({}, state)
    expect(evaluateIf('success()', s)).toBe(success)
    expect(evaluateIf('failure()', s)).toBe(failure)
    expect(evaluateIf('cancelled()', s)).toBe(cancelled)
    expect(evaluateIf('always()', s)).toBe(true)
    // A condition without a status function only runs when success() holds.
    expect(evaluateIf('true', s)).toBe(success)
  })

  it('§5.3: status functions combine with other expressions', () => {
    const s = scope({}, { status: 'failure' })
    expect(evaluateIf("failure() && env.FOO == 'bar'", s)).toBe(true)
    expect(evaluateIf('!cancelled()', scope({}, { cancelled: true }))).toBe(false)
  })
})

describe('§1.3 contexts', () => {
  it('§1.3: the env context is case-sensitive on Linux and macOS', () => {
    const s = scope({ env: { FOO: 'upper', foo: 'lower' } })
    expect(value('env.FOO', s)).toBe('upper')
    expect(value('env.foo', s)).toBe(process.platform === 'win32' ? 'upper' : 'lower')
    expect(value('env.Foo', s)).toBe(process.platform === 'win32' ? 'upper' : null)
  })

  it('§1.3: toJSON(env) lists keys that differ only in case', () => {
    if (process.platform === 'win32') return
    const s = scope({ env: { FOO: 'upper', foo: 'lower' } })
    expect(JSON.parse(value('toJSON(env)', s) as string)).toEqual({ FOO: 'upper', foo: 'lower' })
  })

  it('§1.3: other contexts are case-insensitive', () => {
    expect(value('GITHUB.Event_Name')).toBe('push')
    expect(value('STEPS.build.OUTPUTS.VERSION')).toBe('1.2.3')
  })

  it('§1.3: every declared context has a value, even when not given', () => {
    const s = scope({ vars: undefined, inputs: undefined, needs: undefined })
    expect(value("vars.X == ''", s)).toBe(true)
    expect(value("needs.build.result == ''", s)).toBe(true)
    expect(evaluateIf("inputs.flag == ''", s)).toBe(true)
  })

  it('§3.2: matrix "null" reads as Null', () => {
    const s = scope({ matrix: null })
    expect(value('matrix.os', s)).toBeNull()
    expect(value('toJSON(matrix)', s)).toBe('null')
  })

  it('§1.3: each evaluation sees the current steps state', () => {
    const steps: Record<string, unknown> = {}
    const s = scope({ steps })
    expect(value('steps.late.outputs.x', s)).toBeNull()
    steps.late = { outputs: { x: 'now' } }
    expect(value('steps.late.outputs.x', s)).toBe('now')
  })

  it('§1.5: objects compare by reference, so a context equals itself', () => {
    expect(value('github.event == github.event')).toBe(true)
    expect(value("github.event == fromJSON('{}')")).toBe(false)
  })

  it('secrets are available in templates', () => {
    expect(evaluateString('${{ secrets.X }}', scope(), 'env.TOKEN')).toBe('s3cr3t')
  })
})

describe('evaluateString (run / with / env conversion)', () => {
  const s = scope({ steps: { a: { outputs: { n: 7 } } }, matrix: { on: true, list: [1] } })

  it('converts scalars the way the runner does', () => {
    expect(evaluateString('${{ null }}', s, 'with.x')).toBe('')
    expect(evaluateString('${{ steps.a.outputs.n }}', s, 'with.x')).toBe('7')
    expect(evaluateString('${{ matrix.on }}', s, 'with.x')).toBe('true')
    expect(evaluateString('plain', s, 'with.x')).toBe('plain')
  })

  it('rejects a mapping or a sequence', () => {
    expect(() => evaluateString('${{ matrix }}', s, 'with.x')).toThrow(
      'with.x: A mapping was not expected'
    )
    expect(() => evaluateString('${{ matrix.list }}', s, 'env.L')).toThrow(
      'env.L: A sequence was not expected'
    )
  })
})

describe('evaluateBoolean / evaluateNumber', () => {
  const s = scope({ matrix: { experimental: true, minutes: 5 }, inputs: { flag: 'true' } })

  it('passes literal values through', () => {
    expect(evaluateBoolean(true, s, 'continue-on-error')).toBe(true)
    expect(evaluateBoolean(false, s, 'continue-on-error')).toBe(false)
    expect(evaluateNumber(3, s, 'timeout-minutes')).toBe(3)
  })

  it('evaluates templates that give the right type', () => {
    expect(evaluateBoolean('${{ matrix.experimental }}', s, 'continue-on-error')).toBe(true)
    expect(evaluateBoolean("${{ fromJSON('false') }}", s, 'continue-on-error')).toBe(false)
    expect(evaluateNumber('${{ matrix.minutes }}', s, 'timeout-minutes')).toBe(5)
    expect(evaluateNumber("${{ fromJSON('10') }}", s, 'timeout-minutes')).toBe(10)
  })

  it('rejects a string where the schema wants a boolean or number, as the runner does', () => {
    expect(() => evaluateBoolean('${{ inputs.flag }}', s, 'continue-on-error')).toThrow(
      "continue-on-error: Unexpected value 'true'"
    )
    expect(() => evaluateNumber("${{ '10' }}", s, 'timeout-minutes')).toThrow(
      "timeout-minutes: Unexpected value '10'"
    )
    expect(() => evaluateNumber('${{ matrix }}', s, 'timeout-minutes')).toThrow(
      'A mapping was not expected'
    )
  })
})

describe('errors name the expression', () => {
  it('parse errors use the runner format with the position', () => {
    const error = catchError(() => evaluateString('${{ steps.a == foo }}', scope(), 'run'))
    expect(error).toBeInstanceOf(ExpressionEvaluationError)
    expect(error.expression).toBe('steps.a == foo')
    expect(error.message).toBe(
      "run: Unrecognized named-value: 'foo'. Located at position 12 within expression: steps.a == foo"
    )
  })

  it('positions count from the start of the expression after a multi-line string', () => {
    const error = catchError(() => value("format('a\nb') == bad"))
    expect(error.message).toContain('Located at position 18 within expression')
  })

  it('evaluation errors carry the expression and the cause', () => {
    const error = catchError(() =>
      evaluateString('x=${{ fromJSON(steps.a.outputs.json) }}', scope(), 'env.X')
    )
    expect(error).toBeInstanceOf(ExpressionEvaluationError)
    expect(error.expression).toBe('fromJSON(steps.a.outputs.json)')
    expect(error.message).toBe('env.X: empty input (expression: fromJSON(steps.a.outputs.json))')
    expect(error.cause).toBeInstanceOf(Error)
  })

  it('if: errors name the condition as written (it fails before the success() wrap)', () => {
    const error = catchError(() => evaluateIf('secrets.X', scope()))
    expect(error.expression).toBe('secrets.X')
    expect(error.message).toBe(
      "Unrecognized named-value: 'secrets'. Located at position 1 within expression: secrets.X"
    )
  })

  it('if: evaluation errors name the wrapped condition', () => {
    const error = catchError(() => evaluateIf("fromJSON('')", scope()))
    expect(error.expression).toBe("success() && (fromJSON(''))")
    expect(error.message).toBe("empty input (expression: success() && (fromJSON('')))")
  })
})

function catchError(fn: () => unknown): ExpressionEvaluationError {
  try {
    fn()
  } catch (error) {
    return error as ExpressionEvaluationError
  }
  throw new Error('expected an error')
}
