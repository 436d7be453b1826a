/**
 * Text compared and trimmed the way the runner's .NET code does it, so a nested step's command
 * lines are recognised exactly when the runner would recognise them (`OrdinalIgnoreCase`,
 * `string.Trim`): JavaScript's own case and whitespace rules differ at the edges.
 */

/**
 * Case folding for .NET `OrdinalIgnoreCase`: per-character simple upper-casing, so `ſ`
 * matches `S` as it does for the runner (full mappings such as `ß` → `SS` are not applied).
 */
export function foldCase(text: string): string {
  let folded = ''
  for (const char of text) {
    const upper = char.toUpperCase()
    folded += upper.length === char.length ? upper : char
  }
  return folded
}

/** `char.IsWhiteSpace` as .NET's Trim uses it (differs from JS: U+0085 and U+001C–U+001F count, U+FEFF does not). */
function isWhitespace(char: string): boolean {
  const code = char.charCodeAt(0)
  return (
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x1c && code <= 0x20) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

// Index loops rather than regular expressions: a long run of blanks must not cost quadratic time.
export function trimStartWhitespace(text: string): string {
  let start = 0
  while (start < text.length && isWhitespace(text[start])) start++
  return text.slice(start)
}

export function trimWhitespace(text: string): string {
  let end = text.length
  while (end > 0 && isWhitespace(text[end - 1])) end--
  return trimStartWhitespace(text.slice(0, end))
}
