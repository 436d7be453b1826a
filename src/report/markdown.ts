/**
 * Markdown text the job summary builds from untrusted text (step names, errors, output): a table
 * cell that cannot break its row, a code block that cannot be closed early, a line cut to a length.
 */

/** Text for one table cell: a `|` would end the cell, a line break the row. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/**
 * A fenced code block around `lines`. The fence is longer than any run of backticks in them
 * (CommonMark: a closing fence is at least as long as the opening one), so no line can end it.
 */
export function codeBlock(lines: readonly string[], info = ''): string {
  let longest = 0
  for (const line of lines) {
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  }
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${info}\n${lines.map((line) => line + '\n').join('')}${fence}\n`
}

/**
 * `text` cut to at most `max` characters (code points: a cut never splits a surrogate pair),
 * with `…` where it was cut.
 */
export function cutText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false }
  // Walks at most `max` code points: a line may be megabytes long.
  let end = 0
  for (let points = 0; points < max - 1; points++) {
    if (end >= text.length) return { text, cut: false }
    end += text.codePointAt(end)! > 0xffff ? 2 : 1
  }
  const rest = text.slice(end)
  if (rest.length <= 2 && Array.from(rest).length <= 1) return { text, cut: false }
  return { text: text.slice(0, end) + '…', cut: true }
}

/**
 * A line of a program's output as plain text: colour and cursor escapes (ANSI CSI and OSC
 * sequences) removed, only what follows the last carriage return kept (what a terminal shows of
 * a progress line), and other control characters dropped. Tabs stay.
 */
export function plainOutputLine(line: string): string {
  const withoutEscapes = line
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
  const shown = withoutEscapes.split('\r').filter((part) => part !== '')
  const last = shown.length > 0 ? shown[shown.length - 1] : ''
  // eslint-disable-next-line no-control-regex
  return last.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}
