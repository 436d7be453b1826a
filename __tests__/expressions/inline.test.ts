import { describe, expect, it } from '@jest/globals'
import { prepareInline } from '../../src/expressions/inline.js'
import { evaluateString, type ExpressionScope } from '../../src/expressions/evaluate.js'

function scope(): ExpressionScope {
  return {
    contexts: {
      github: {},
      runner: {},
      env: {},
      steps: { a: { outputs: { x: '42' }, outcome: 'success', conclusion: 'success' } },
      job: {},
      strategy: {},
      matrix: null,
      secrets: {},
      vars: {},
      inputs: {}
    },
    status: 'success',
    cancelled: false,
    workspace: process.cwd()
  }
}

describe('prepareInline (expressions §4.3)', () => {
  const table: [string, string, string][] = [
    ['echo %{{ steps.a.outputs.x }}', 'echo ${{ steps.a.outputs.x }}', 'echo 42'],
    [
      'echo ${{ steps.a.outputs.x }}',
      "echo ${{ '${{' }} steps.a.outputs.x }}",
      'echo ${{ steps.a.outputs.x }}'
    ],
    ["printf '%{{ '%{{' }} literal'", "printf '${{ '%{{' }} literal'", "printf '%{{ literal'"],
    ["echo %{{ format('{0}}}', '${{') }}", "echo ${{ format('{0}}}', '${{') }}", 'echo ${{}']
  ]

  it.each(table)('§4.3: %s', (raw, prepared, evaluated) => {
    expect(prepareInline(raw)).toBe(prepared)
    expect(evaluateString(prepareInline(raw), scope(), 'run')).toBe(evaluated)
  })

  it('§4.3: text without delimiters is unchanged', () => {
    expect(prepareInline('echo "100%" {{ not }} ${ x }')).toBe('echo "100%" {{ not }} ${ x }')
  })

  it('§4.3: %{{ keeps its length, so error columns stay right', () => {
    const raw = 'a %{{ b }} c'
    expect(prepareInline(raw)).toHaveLength(raw.length)
  })

  it('§4.3: an unclosed %{{ becomes an unclosed ${{ (reported on evaluation)', () => {
    expect(prepareInline('echo %{{ steps.a')).toBe('echo ${{ steps.a')
    expect(() => evaluateString(prepareInline('echo %{{ steps.a'), scope(), 'run')).toThrow(
      'The expression is not closed'
    )
  })
})
