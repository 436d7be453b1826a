/**
 * The job summary's timeline: a Mermaid gantt chart (GitHub renders it) of every step that
 * started, main-loop steps and background steps side by side.
 */
import type { StepRecord } from '../engine/records.js'
import type { TaskResult } from '../workflow/model.js'

/** Longest task label, in characters: a longer step name is cut with `…`. */
const LABEL_CHARS = 60

/**
 * The timeline section, or '' when no step started. A step that started but has no result ran
 * until the run ended (`durationMs`) as far as anyone knows, and is drawn as still active.
 */
export function timeline(records: readonly StepRecord[], durationMs: number): string {
  const ran = records.filter((record) => record.startedAt !== undefined)
  if (ran.length === 0) return ''
  const endOf = (record: StepRecord): number => record.endedAt ?? durationMs
  const line = (record: StepRecord): string => {
    const start = Math.round(record.startedAt!)
    const end = Math.max(Math.round(endOf(record)), start + 1)
    return `    ${ganttName(record.displayName)} :${tagOf(record.result)}${start}, ${end}`
  }
  const main = ran.filter((record) => !record.background)
  const background = ran.filter((record) => record.background)
  // Seconds and milliseconds for short runs; minutes and seconds once a run passes a minute.
  const longest = Math.max(...ran.map(endOf))
  const axis = longest < 60_000 ? '%S.%Ls' : '%M:%S'
  const lines = ['```mermaid', 'gantt', '    dateFormat x', `    axisFormat ${axis}`]
  if (main.length > 0) lines.push('    section Main loop', ...main.map(line))
  if (background.length > 0) lines.push('    section Background', ...background.map(line))
  lines.push('```')
  return '### Timeline\n\n' + lines.join('\n') + '\n'
}

function tagOf(result: TaskResult | undefined): string {
  switch (result) {
    case 'Failed':
      return 'crit, '
    case 'Canceled':
      return 'crit, done, '
    case undefined:
      return 'active, '
    case 'Succeeded':
    case 'Skipped':
      return ''
  }
}

/**
 * Words that start a statement of Mermaid's gantt grammar rather than a task when a line begins
 * with them (its lexer takes the first rule that matches, case-insensitively).
 */
const KEYWORD_START =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|accdescription|section|click|call|href|\d{4}-\d\d-\d\d)/i

/**
 * A step name as a gantt task name, with its text kept. Mermaid ends a task name at `:`, ends
 * the task's data at `;` or `#`, and reads `%%` as a comment or a directive, so those characters
 * are written as the entity codes Mermaid decodes when it draws (`#58;` draws `:`); `#` always,
 * so text that already looks like an entity code is drawn as written. A name starting with one
 * of the grammar's keywords gets its first character encoded too. Cut before encoding, so a cut
 * never splits a code.
 */
export function ganttName(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim() || 'step'
  const points = Array.from(text)
  const cut = points.length > LABEL_CHARS ? [...points.slice(0, LABEL_CHARS - 1), '…'] : points
  const encoded = cut.map((char) => (/[:;#%]/.test(char) ? entity(char) : char))
  if (KEYWORD_START.test(cut.join(''))) encoded[0] = entity(cut[0])
  return encoded.join('')
}

function entity(char: string): string {
  return `#${char.codePointAt(0)};`
}
