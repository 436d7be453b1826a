/**
 * Renders the job-summary Markdown for a terminal: headings, tables as aligned columns (the
 * `<br>` lines of a control step become indented rows), code blocks (a failed step's output) as
 * indented text, the Mermaid gantt as text bars, and the step graph's flowchart as lines
 * (graph-view.ts).
 */
import { GRAPH_CHART_HEADER } from '../report/graph-chart.js'
import { graphLines } from './graph-view.js'

const BAR_WIDTH = 40

/** Terminal text for the summary Markdown we write. */
export function renderSummaryForTerminal(markdown: string, colour: boolean): string {
  const bold = (text: string): string => (colour ? `\u001b[1m${text}\u001b[0m` : text)
  const out: string[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const fence = /^(`{3,})(.*)$/.exec(line)
    if (fence) {
      // The block ends at a fence at least as long as the opening one (the summary makes it
      // longer than any backtick run inside).
      const close = new RegExp(`^\`{${fence[1].length},}\\s*$`)
      const block: string[] = []
      for (i++; i < lines.length && !close.test(lines[i]); i++) block.push(lines[i])
      const mermaid = fence[2].trim() === 'mermaid'
      out.push(
        ...(!mermaid
          ? block.map((text) => `    ${text}`)
          : block[0] === GRAPH_CHART_HEADER
            ? graphLines(block)
            : gantt(block))
      )
    } else if (line.startsWith('|')) {
      const rows: string[] = []
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i])
      i--
      out.push(...table(rows, bold))
    } else if (/^#{1,6} /.test(line)) {
      out.push(bold(inline(line.replace(/^#{1,6} /, ''))))
    } else {
      out.push(inline(line))
    }
  }
  return out.join('\n')
}

/** HTML and Markdown bits we use in text, as plain text; backslash escapes undone. */
function inline(text: string): string {
  return text
    .replace(/<sub>(.*?)<\/sub>/g, '($1)')
    .replace(/&nbsp;/g, ' ')
    .replace(/(?<!\\)\*\*(.*?)(?<!\\)\*\*/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

function splitRow(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
}

function table(rows: string[], bold: (text: string) => string): string[] {
  const cells = rows.filter((row) => !/^\|[\s:|-]+\|$/.test(row)).map(splitRow)
  // A cell with <br> becomes several lines: the first in the row, the rest below it.
  const expanded: string[][] = []
  for (const row of cells) {
    const parts = row.map((cell) => cell.split('<br>').map(inline))
    const height = Math.max(...parts.map((p) => p.length))
    for (let line = 0; line < height; line++) expanded.push(parts.map((p) => p[line] ?? ''))
  }
  const widths = expanded[0].map((_, col) =>
    Math.max(...expanded.map((row) => width(row[col] ?? '')))
  )
  return expanded.map((row, index) => {
    const text = row
      .map((cell, col) => cell + ' '.repeat(widths[col] - width(cell)))
      .join('  ')
      .trimEnd()
    return index === 0 ? bold(text) : text
  })
}

/** Display width, counting emoji as two columns. */
function width(text: string): number {
  let columns = 0
  for (const char of text)
    columns += /\p{Extended_Pictographic}/u.test(char) ? 2 : char === '\ufe0f' ? 0 : 1
  return columns
}

function gantt(block: string[]): string[] {
  const tasks: Array<{ section: string; name: string; start: number; end: number; bar: string }> =
    []
  let section = ''
  for (const line of block) {
    const trimmed = line.trim()
    if (trimmed.startsWith('section ')) section = trimmed.slice(8)
    const match = /^(.*?) :(active, )?(crit, )?(done, )?(\d+), (\d+)$/.exec(trimmed)
    if (match)
      tasks.push({
        section,
        // The summary writes `:`, `;`, `#` (and more) as Mermaid's entity codes: `#58;`.
        name: match[1].replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
        start: Number(match[5]),
        end: Number(match[6]),
        bar: match[2] ? '░' : match[3] ? '▓' : '█'
      })
  }
  if (tasks.length === 0) return []
  const total = Math.max(...tasks.map((t) => t.end), 1)
  const nameWidth = Math.min(Math.max(...tasks.map((t) => width(t.name))), 32)
  const out: string[] = []
  let current = ''
  for (const task of tasks) {
    if (task.section !== current) {
      current = task.section
      out.push(`  ${current}`)
    }
    const from = Math.floor((task.start / total) * BAR_WIDTH)
    const to = Math.max(from + 1, Math.round((task.end / total) * BAR_WIDTH))
    const name = task.name.length > nameWidth ? task.name.slice(0, nameWidth - 1) + '…' : task.name
    const bar = ' '.repeat(from) + task.bar.repeat(to - from)
    out.push(
      `    ${name.padEnd(nameWidth)} │${bar.padEnd(BAR_WIDTH)}│ ${((task.end - task.start) / 1000).toFixed(1)} s`
    )
  }
  out.push(
    `    ${' '.repeat(nameWidth)} 0 s${' '.repeat(BAR_WIDTH - 3)}${(total / 1000).toFixed(1)} s`
  )
  return out
}
