/**
 * The job summary (the only module that writes our step summary): one table row per step in list
 * order — control steps, parallel groups and the implicit "Wait for all background steps" with
 * the result of each step it waited for — then a Mermaid timeline of the overlap, annotations
 * the runner did not show, and the nested steps' own summaries in step order, within 1 MiB.
 * Beyond native: attempts (`retry:`) and readiness (`ready:`) as notes under a step's name, and
 * with the `shard` input, which matrix leg ran which member of each `parallel` group.
 */
import * as core from '@actions/core'
import type { JobReport, StepRecord } from '../engine/records.js'
import type { ShardPlan, TaskResult } from '../workflow/model.js'
import { toConclusion } from '../workflow/model.js'
import { formatSeconds, RESULT_MARKS } from './format.js'
import { droppedAnnotations } from './annotation-budget.js'
import type { Annotation } from './log.js'

/** The runner accepts at most 1 MiB of summary per step; ours carries the nested ones too. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** The runner attaches at most this many annotations of each kind to one step (ours). */
export const ANNOTATIONS_PER_KIND = 10

export interface SummaryOptions {
  /** The matrix leg this run belongs to (`null` when the job has no matrix). */
  matrix?: unknown
  /**
   * Hides secrets. The summary is a file the runner stores as it is, so every secret it may
   * hold (in a step name, an error, a nested summary) is masked here, before sizes are counted.
   */
  mask?: (text: string) => string
}

/** Renders the summary Markdown for a finished (or cancelled) run. */
export function renderSummary(report: JobReport, options: SummaryOptions = {}): string {
  const parts: string[] = []
  const overall =
    report.result === 'success' ? 'Succeeded' : report.result === 'failure' ? 'Failed' : 'Canceled'
  parts.push(`## ${RESULT_MARKS[overall]} Background Steps: ${report.result}\n`)
  const leg = matrixLeg(options.matrix)
  const facts = [`${report.records.length} steps`, `${formatSeconds(report.durationMs)} in all`]
  if (leg) facts.unshift(`matrix leg: ${leg}`)
  if (report.shard) facts.unshift(`shard ${report.shard.index}/${report.shard.total}`)
  parts.push(facts.join(' · ') + '\n')
  parts.push(table(report.records))
  if (report.shard) parts.push(shardSection(report.shard))
  parts.push(timeline(report.records))
  const hidden = hiddenAnnotations(report.records)
  if (hidden) parts.push(hidden)
  const mask = options.mask ?? ((text: string): string => text)
  let markdown = mask(parts.join('\n'))

  // The reserve keeps room for the headings and the note naming what was left out.
  let budget = SUMMARY_LIMIT_BYTES - Buffer.byteLength(markdown) - SUMMARY_RESERVE_BYTES
  const cut: string[] = []
  const withSummaries = report.records.filter((record) => record.summary.trim() !== '')
  if (withSummaries.length > 0) markdown += '\n### Step summaries\n'
  for (const record of withSummaries) {
    const block = mask(`\n#### ${escapeCell(record.displayName)}\n\n${record.summary.trimEnd()}\n`)
    const size = Buffer.byteLength(block)
    if (size > budget) {
      cut.push(record.displayName)
      continue
    }
    budget -= size
    markdown += block
  }
  if (cut.length > 0) markdown += mask(leftOutNote(cut))
  return markdown
}

/** Room kept free under the limit for the headings and the left-out note. */
const SUMMARY_RESERVE_BYTES = 4096

/** Names the steps whose summaries were cut, itself bounded: thousands of names must not overflow the limit. */
function leftOutNote(cut: readonly string[]): string {
  const names: string[] = []
  let size = 0
  for (const name of cut) {
    const escaped = escapeCell(name)
    if (size + Buffer.byteLength(escaped) > SUMMARY_RESERVE_BYTES / 2) break
    names.push(escaped)
    size += Buffer.byteLength(escaped) + 2
  }
  const more = cut.length - names.length
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ')
  return `\n> ✂️ Left out to stay within the runner's 1 MiB summary limit: the summaries of ${list}.\n`
}

function table(records: readonly StepRecord[]): string {
  const rows = records.map((record) => {
    const result = record.result ?? 'Unknown'
    let name = `${escapeCell(record.displayName)}${record.background ? ' <sub>background</sub>' : ''}`
    if (record.waited && record.waited.length > 0) {
      name += record.waited
        .map(
          (step) =>
            `<br>&nbsp;&nbsp;${RESULT_MARKS[step.result]} ${escapeCell(step.name)}: ${step.result}`
        )
        .join('')
    }
    name += notes(record)
    const outcome =
      record.result === undefined
        ? 'not run'
        : record.outcome && record.outcome !== record.result
          ? `${toConclusion[record.outcome]} / ${toConclusion[record.result]}`
          : toConclusion[record.result]
    const queued =
      record.background && record.queuedAt !== undefined && record.startedAt !== undefined
        ? formatSeconds(record.startedAt - record.queuedAt)
        : '—'
    const start = record.startedAt !== undefined ? `+${formatSeconds(record.startedAt)}` : '—'
    const duration =
      record.startedAt !== undefined && record.endedAt !== undefined
        ? formatSeconds(record.endedAt - record.startedAt)
        : '—'
    return `| ${RESULT_MARKS[result]} | ${name} | ${kindOf(record)} | ${outcome} | ${queued} | ${start} | ${duration} |`
  })
  return (
    '| | Step | Kind | Outcome / conclusion | Queued | Start | Duration |\n' +
    '|:-:|---|---|---|--:|--:|--:|\n' +
    rows.join('\n') +
    '\n'
  )
}

/** Beyond native: the attempts a `retry:` step made and whether a `ready:` step became ready. */
function notes(record: StepRecord): string {
  let text = ''
  if (record.attempts && record.attempts.allowed > 1) {
    text += `<br><sub>attempt ${record.attempts.made} of ${record.attempts.allowed}</sub>`
  }
  if (record.readiness) {
    const probe = escapeCell(record.readiness.probe)
    text +=
      record.readiness.readyAfterMs !== undefined
        ? `<br><sub>✔ ready after ${formatSeconds(record.readiness.readyAfterMs)} (${probe})</sub>`
        : `<br><sub>✖ not ready (${probe})</sub>`
  }
  return text
}

/** Which matrix leg ran which member of each `parallel` group (the `shard` input). */
function shardSection(shard: ShardPlan): string {
  const rows = shard.groups.flatMap((group) =>
    group.members.map((member) => {
      const here = member.shard === shard.index
      const where = `${here ? '▶ ' : ''}${member.shard}/${shard.total}`
      const name = `${escapeCell(group.name)} (line ${group.position.line})`
      return `| ${name} | ${escapeCell(member.label)} | ${member.weight} | ${where} |`
    })
  )
  const intro =
    `Members of \`parallel\` groups are split across ${shard.total} matrix leg(s) by weight; ` +
    `this leg is shard ${shard.index}/${shard.total} and ran the members marked ▶. ` +
    'Every other step runs on every leg.'
  if (rows.length === 0) return `### Shard ${shard.index}/${shard.total}\n\n${intro}\n`
  return (
    `### Shard ${shard.index}/${shard.total}\n\n${intro}\n\n` +
    '| Group | Member | Weight | Shard |\n|---|---|--:|:-:|\n' +
    rows.join('\n') +
    '\n'
  )
}

function kindOf(record: StepRecord): string {
  if (record.implicit) return 'implicit wait-all'
  if (record.kind === 'wait' && record.parallelGroup !== undefined) return 'parallel'
  return record.kind
}

/** A Mermaid gantt chart (GitHub renders it): main-loop steps and background steps side by side. */
function timeline(records: readonly StepRecord[]): string {
  const ran = records.filter((r) => r.startedAt !== undefined && r.endedAt !== undefined)
  if (ran.length === 0) return ''
  const line = (record: StepRecord): string => {
    const start = Math.round(record.startedAt!)
    const end = Math.max(Math.round(record.endedAt!), start + 1)
    const tag = tagOf(record.result)
    return `    ${ganttName(record.displayName)} :${tag}${start}, ${end}`
  }
  const main = ran.filter((r) => !r.background)
  const background = ran.filter((r) => r.background)
  // Seconds and milliseconds for short runs; minutes and seconds once a run passes a minute.
  const longest = Math.max(...ran.map((r) => r.endedAt!))
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
    case 'Succeeded':
    case 'Skipped':
    case undefined:
      return ''
  }
}

/** Mermaid task names cannot hold `:`, `;` or `#`; keep them short. */
function ganttName(name: string): string {
  const clean = name.replace(/[:;#\r\n]+/g, ' ').trim() || 'step'
  return clean.length > 60 ? clean.slice(0, 59) + '…' : clean
}

/** Most bytes of the annotation table, so the whole summary stays within the runner's limit. */
const HIDDEN_ANNOTATIONS_BYTES = 256 * 1024

/** Annotations beyond the runner's 10 per kind, which only this summary shows. */
function hiddenAnnotations(records: readonly StepRecord[]): string {
  const seen: Record<string, number> = {}
  const hidden: Array<{ step: string; annotation: Annotation }> = []
  let dropped = 0
  for (const record of records) {
    dropped += droppedAnnotations(record.annotations)
    for (const annotation of record.annotations) {
      seen[annotation.kind] = (seen[annotation.kind] ?? 0) + 1
      if (seen[annotation.kind] > ANNOTATIONS_PER_KIND)
        hidden.push({ step: record.displayName, annotation })
    }
  }
  if (hidden.length === 0 && dropped === 0) return ''
  const all = hidden.map(({ step, annotation }) => {
    const where = [
      annotation.properties.file,
      annotation.properties.line,
      annotation.properties.col
    ]
      .filter(Boolean)
      .join(':')
    const title = annotation.properties.title
      ? `**${escapeCell(annotation.properties.title)}** `
      : ''
    return `| ${annotation.kind} | ${escapeCell(step)} | ${escapeCell(where)} | ${title}${escapeCell(annotation.message)} |`
  })
  // A step may print thousands of annotations (or one of megabytes): the section has a budget.
  const rows: string[] = []
  let size = 0
  for (const row of all) {
    const bytes = Buffer.byteLength(row) + 1
    if (size + bytes > HIDDEN_ANNOTATIONS_BYTES) break
    rows.push(row)
    size += bytes
  }
  const more = all.length - rows.length + dropped
  if (more > 0) rows.push(`| … | | | ${more} more not shown (summary size limit) |`)
  return (
    `### Annotations the runner did not show\n\nThe runner shows at most ${ANNOTATIONS_PER_KIND} errors, ${ANNOTATIONS_PER_KIND} warnings and ${ANNOTATIONS_PER_KIND} notices per step, and every nested step shares ours. The rest:\n\n` +
    '| Kind | Step | Where | Message |\n|---|---|---|---|\n' +
    rows.join('\n') +
    '\n'
  )
}

function matrixLeg(matrix: unknown): string {
  if (matrix === null || typeof matrix !== 'object') return ''
  return Object.entries(matrix as Record<string, unknown>)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .map(escapeCell)
    .join(', ')
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** Appends the summary to our GITHUB_STEP_SUMMARY; degrades to a notice where there is none. */
export async function writeSummary(report: JobReport, options: SummaryOptions = {}): Promise<void> {
  if (!(await appendSummary(renderSummary(report, options)))) {
    core.info('No GITHUB_STEP_SUMMARY on this runner: the job summary was not written.')
  }
}

/** Appends nested steps' own summaries (our post stage: nested posts' summaries), one block each. */
export async function appendStepSummaries(summaries: readonly string[]): Promise<void> {
  for (const summary of summaries) {
    await appendSummary(summary.endsWith('\n') ? summary : summary + '\n')
  }
}

/**
 * Appends Markdown through `core.summary`; false where the runner gives no summary file (old
 * Gitea runners: DESIGN §2 asks for a notice there, and `core.summary` would throw).
 */
async function appendSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false
  // `core.summary` is one shared buffer: emptied first, so text a failed write left in it is
  // never written twice.
  await core.summary.emptyBuffer().addRaw(markdown).write()
  return true
}
