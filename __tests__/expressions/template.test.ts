import { describe, expect, it } from '@jest/globals'
import {
  EXPRESSION_NOT_CLOSED,
  expressionStringLiteral,
  formatExpression,
  hasExpression,
  splitTemplate
} from '../../src/expressions/template.js'

describe('splitTemplate (runner TemplateReader.ParseScalar, expressions §1.6)', () => {
  it('§1.6: text without ${{ is one literal', () => {
    expect(splitTemplate('echo hello')).toEqual([{ literal: 'echo hello' }])
    expect(splitTemplate('')).toEqual([{ literal: '' }])
  })

  it('§1.6: splits literals and trimmed expressions in order', () => {
    expect(splitTemplate('echo ${{ steps.a.outputs.port }} and ${{env.NAME}}!')).toEqual([
      { literal: 'echo ' },
      { expression: 'steps.a.outputs.port' },
      { literal: ' and ' },
      { expression: 'env.NAME' },
      { literal: '!' }
    ])
  })

  it('§1.6: a single expression is a single segment', () => {
    expect(splitTemplate('${{ steps.a.outputs.port }}')).toEqual([
      { expression: 'steps.a.outputs.port' }
    ])
  })

  it('§1.6: adjacent expressions have no empty literal between them', () => {
    expect(splitTemplate('${{ a }}${{ b }}')).toEqual([{ expression: 'a' }, { expression: 'b' }])
  })

  it("§1.6: }} inside a '…' literal does not end the expression", () => {
    expect(splitTemplate("x ${{ '}}' }} y")).toEqual([
      { literal: 'x ' },
      { expression: "'}}'" },
      { literal: ' y' }
    ])
    expect(splitTemplate("${{ 'it''s }}' }}")).toEqual([{ expression: "'it''s }}'" }])
  })

  it('§1.6: an empty expression is kept (the evaluator reports it)', () => {
    expect(splitTemplate('empty ${{ }}')).toEqual([{ literal: 'empty ' }, { expression: '' }])
  })

  it('§1.6: an unclosed ${{ throws the runner message', () => {
    expect(() => splitTemplate('unclosed ${{ env.NAME')).toThrow(EXPRESSION_NOT_CLOSED)
    expect(EXPRESSION_NOT_CLOSED).toBe(
      'The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.'
    )
    expect(() => splitTemplate("${{ '}}")).toThrow(EXPRESSION_NOT_CLOSED)
  })

  it('hasExpression: only ${{ makes a value a template', () => {
    expect(hasExpression('a ${{ b }}')).toBe(true)
    expect(hasExpression('a %{{ b }}')).toBe(false)
    expect(hasExpression('${ { b }}')).toBe(false)
  })
})

describe('expressionStringLiteral (TemplateReader.IsExpressionString)', () => {
  it("§1.6: ${{ '${{' }} is the literal ${{", () => {
    expect(expressionStringLiteral("'${{'")).toBe('${{')
    expect(expressionStringLiteral("'it''s'")).toBe("it's")
    expect(expressionStringLiteral("''")).toBe('')
  })

  it('anything besides string literals is not a literal', () => {
    expect(expressionStringLiteral("'a' == 'b'")).toBeUndefined()
    expect(expressionStringLiteral('env.A')).toBeUndefined()
  })
})

describe('formatExpression (the runner format() rewrite)', () => {
  it("§1.6: escapes ' and braces in literals and numbers the holes", () => {
    const segments = splitTemplate("it's {x} ${{ a }} and ${{ b }}")
    expect(formatExpression(segments)).toBe("format('it''s {{x}} {0} and {1}', a, b)")
  })
})
