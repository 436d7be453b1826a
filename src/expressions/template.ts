/**
 * Splitting of template strings (`run`, `with`, `env`, `name`, `if`, …) into literal text and
 * `${{ … }}` expressions, the way the runner's TemplateReader.ParseScalar does it
 * (docs/expressions.md §1.6). We split the YAML *value* ourselves because the workflow-parser
 * builds its `format()` for block scalars from the raw source, indentation included.
 */

/** One piece of a template: literal text, or the (trimmed) source of one `${{ }}` expression. */
export type Segment = { literal: string } | { expression: string }

const OPEN = '${{'

/** The runner's message for a `${{` without its `}}`. */
export const EXPRESSION_NOT_CLOSED =
  'The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.'

/** True when the value contains `${{` at all; anything else is a plain literal. */
export function hasExpression(raw: string): boolean {
  return raw.includes(OPEN)
}

/**
 * Splits a template into segments. An expression ends at the first `}}` outside a `'…'` string
 * literal, so `${{ '}}' }}` is one expression. Adjacent literal text is never split.
 */
export function splitTemplate(raw: string): Segment[] {
  let start = raw.indexOf(OPEN)
  if (start < 0) return [{ literal: raw }]
  const segments: Segment[] = []
  let i = 0
  while (i < raw.length) {
    if (i === start) {
      const end = findExpressionEnd(raw, start + OPEN.length)
      if (end < 0) throw new Error(EXPRESSION_NOT_CLOSED)
      // `end` is the index of the second `}` of the closing `}}`.
      segments.push({ expression: raw.substring(start + OPEN.length, end - 1).trim() })
      i = end + 1
      start = raw.indexOf(OPEN, i)
    } else if (start >= 0) {
      segments.push({ literal: raw.substring(i, start) })
      i = start
    } else {
      segments.push({ literal: raw.substring(i) })
      break
    }
  }
  return segments
}

/**
 * Index of the closing `}` of `}}`, or -1. A quote toggles "inside a string"; an escaped quote
 * (`''`) toggles twice, which is why the runner needs no special case for it.
 */
function findExpressionEnd(raw: string, from: number): number {
  let inString = false
  for (let i = from; i < raw.length; i++) {
    const c = raw[i]
    if (c === "'") inString = !inString
    else if (!inString && c === '}' && raw[i - 1] === '}') return i
  }
  return -1
}

/**
 * If the expression consists only of string literals and nothing else (e.g. `'${{'`), returns
 * the text those literals spell; the runner then treats the whole value as that literal
 * (TemplateReader.IsExpressionString). Otherwise undefined.
 */
export function expressionStringLiteral(expression: string): string | undefined {
  let text = ''
  let inString = false
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]
    if (c === "'") {
      inString = !inString
      // Re-opening right after a close is the `''` escape: keep one quote.
      if (inString && i !== 0) text += c
    } else if (!inString) {
      return undefined
    } else {
      text += c
    }
  }
  return text
}

/**
 * The single expression the runner evaluates for a multi-segment template:
 * `format('<escaped literals with {N} holes>', expr0, expr1, …)`. Used for `if:` (where the
 * format string is the condition) and to apply the runner's expression length limit.
 */
export function formatExpression(segments: readonly Segment[]): string {
  let format = ''
  let args = ''
  let index = 0
  for (const segment of segments) {
    if ('literal' in segment) {
      format += segment.literal.replaceAll("'", "''").replaceAll('{', '{{').replaceAll('}', '}}')
    } else {
      format += `{${index++}}`
      args += `, ${segment.expression}`
    }
  }
  return `format('${format}'${args})`
}
