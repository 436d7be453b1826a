/**
 * Beyond native (`needs:`, docs/needs.md): what the job summary shows of a step graph — a Mermaid
 * flowchart of the steps with needs and the steps they need, each node marked by its result, and
 * under a graph step's name how long it waited for its needs and then for a slot (N3).
 */
import type { StepRecord } from '../engine/records.js'
import { formatSeconds, RESULT_MARKS } from './format.js'

/** The first line of the flowchart block; the terminal view recognises the graph by it. */
export const GRAPH_CHART_HEADER = 'flowchart LR'

/** Node styles by result (GitHub's own palette); a success keeps the default look. */
const CLASS_DEFS = [
  'classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef cancelled fill:#fff8c5,stroke:#9a6700,color:#1f2328',
  'classDef skipped fill:#f6f8fa,stroke:#8c959f,color:#59636e,stroke-dasharray:4 3',
  'classDef notrun fill:#f6f8fa,stroke:#8c959f,color:#59636e'
]

/** The section, or '' when no step of the list has `needs`. */
export function graphSection(records: readonly StepRecord[]): string {
  const dependents = records.filter((record) => record.needs !== undefined)
  if (dependents.length === 0) return ''
  const needed = new Set(dependents.flatMap((record) => record.needs ?? []))
  const nodes = records.filter((record) => record.needs !== undefined || needed.has(record.key))
  const nodeId = new Map(nodes.map((record, index) => [record.key, `n${index}`]))
  const lines = ['```mermaid', GRAPH_CHART_HEADER]
  for (const record of nodes) lines.push(`    ${nodeId.get(record.key)}["${label(record)}"]`)
  for (const record of dependents) {
    for (const need of record.needs ?? []) {
      const from = nodeId.get(need)
      if (from !== undefined) lines.push(`    ${from} --> ${nodeId.get(record.key)}`)
    }
  }
  lines.push(...CLASS_DEFS.map((line) => `    ${line}`))
  for (const record of nodes) {
    const style = styleOf(record)
    if (style) lines.push(`    class ${nodeId.get(record.key)} ${style}`)
  }
  lines.push('```')
  return '### Step graph\n\n' + lines.join('\n') + '\n'
}

/** N3: how long a graph step waited for its needs, then for a slot; '' for other steps. */
export function graphNote(record: StepRecord): string {
  if (record.needs === undefined || record.queuedAt === undefined) return ''
  if (record.readyAt === undefined) {
    // Cancelled (or the job was) while it still waited for its needs.
    if (record.endedAt === undefined) return ''
    const waited = formatSeconds(record.endedAt - record.queuedAt)
    return `<br><sub>waited ${waited} for its needs; never started</sub>`
  }
  let text = `waited ${formatSeconds(record.readyAt - record.queuedAt)} for its needs`
  if (record.startedAt !== undefined) {
    text += `, ${formatSeconds(record.startedAt - record.readyAt)} for a slot`
  }
  return `<br><sub>${text}</sub>`
}

function styleOf(record: StepRecord): string | undefined {
  switch (record.result) {
    case 'Succeeded':
      return undefined
    case 'Failed':
      return 'failed'
    case 'Canceled':
      return 'cancelled'
    case 'Skipped':
      return 'skipped'
    case undefined:
      return 'notrun'
  }
}

/**
 * The mark and the name, on one line. Inside a quoted label Mermaid still reads `"`, `;`, `#` and
 * markup, so every character but letters, digits, marks, emoji and plain punctuation is written
 * as Mermaid's numeric entity (`#59;`).
 */
function label(record: StepRecord): string {
  const name = record.displayName.replace(/[\r\n]+/g, ' ').trim() || record.key
  const short = name.length > 60 ? name.slice(0, 59) + '…' : name
  return `${RESULT_MARKS[record.result ?? 'Unknown']} ${short}`.replace(
    /[^\p{L}\p{N}\p{M}\p{Extended_Pictographic} .,:()'/+!?@%*=~_-]/gu,
    (char) => `#${char.codePointAt(0)};`
  )
}
