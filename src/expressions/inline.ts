/**
 * Deferred expressions for the inline `steps` input (docs/expressions.md §4.3).
 *
 * The outer runner evaluates every `${{ }}` in our input before we start, with the outer step's
 * contexts. Authors therefore write `%{{ … }}` for what we must evaluate (nested `steps.*`, status
 * functions, env set by nested steps). A `${{` that still reaches us came out of the outer
 * evaluation; evaluating it again would be a second pass GitHub never does (and an injection
 * path, §4.4), so it stays literal text.
 */

const DEFERRED_OPEN = '%{{'
const NATIVE_OPEN = '${{'
/** Native syntax for "the literal text `${{`". */
export const ESCAPED_NATIVE_OPEN = "${{ '${{' }}"

/** `%{{ … }}` → `${{ … }}`; a surviving `${{` becomes `${{ '${{' }}` so it stays literal. */
export function prepareInline(raw: string): string {
  let out = ''
  let i = 0
  while (i < raw.length) {
    const deferred = raw.indexOf(DEFERRED_OPEN, i)
    const native = raw.indexOf(NATIVE_OPEN, i)
    if (deferred < 0 && native < 0) break
    if (native >= 0 && (deferred < 0 || native < deferred)) {
      out += raw.slice(i, native) + ESCAPED_NATIVE_OPEN
      i = native + NATIVE_OPEN.length
      continue
    }
    // Copy the deferred expression verbatim up to its closing `}}` (outside '…' literals), so a
    // `${{` or `%{{` inside one of its string literals is left alone.
    const end = closingBraceIndex(raw, deferred + DEFERRED_OPEN.length)
    out +=
      raw.slice(i, deferred) + NATIVE_OPEN + raw.slice(deferred + DEFERRED_OPEN.length, end + 1)
    i = end + 1
  }
  return out + raw.slice(i)
}

/**
 * Index of the second `}` of the closing `}}`, or the last index when unclosed (the evaluator
 * then reports the runner's "not closed" error on the rewritten text).
 */
function closingBraceIndex(raw: string, from: number): number {
  let inString = false
  for (let j = from; j < raw.length; j++) {
    if (raw[j] === "'") inString = !inString
    else if (!inString && raw[j] === '}' && raw[j - 1] === '}') return j
  }
  return raw.length - 1
}
