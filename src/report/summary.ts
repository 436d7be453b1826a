/**
 * The job summary (the only module that writes our step summary): the failed steps first, with
 * how each ended and the tail of its output; then one table row per step in list order — control
 * steps, `parallel` groups with a tally of their members, and the implicit "Wait for all
 * background steps" with the result of each step it waited for — then a Mermaid timeline of the
 * overlap, annotations the runner did not show, and the nested steps' own summaries in step
 * order, within 1 MiB.
 * Beyond native: attempts (`retry:`) and readiness (`ready:`) as notes under a step's name, and
 * with the `shard` input, which matrix leg ran which member of each `parallel` group; with
 * `needs:`, the step graph and each graph step's waits (graph-chart.ts).
 */
import * as core from '@actions/core'
import type { JobReport, StepRecord, WaitedStep } from '../engine/records.js'
import type { ShardPlan } from '../workflow/model.js'
import { toConclusion } from '../workflow/model.js'
import { PARALLEL_GROUP_NAME } from '../workflow/plan.js'
import { formatSeconds, RESULT_MARKS } from './format.js'
import { droppedAnnotations } from './annotation-budget.js'
import { graphNote, graphSection } from './graph-chart.js'
import type { Annotation } from './log.js'
import { escapeCell } from './markdown.js'
import { failuresSection } from './summary-failures.js'
import { timeline } from './summary-timeline.js'

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
  const mask = options.mask ?? ((text: string): string => text)
  const parts: string[] = []
  const overall =
    report.result === 'success' ? 'Succeeded' : report.result === 'failure' ? 'Failed' : 'Canceled'
  parts.push(`## ${RESULT_MARKS[overall]} Background Steps: ${report.result}\n`)
  const leg = matrixLeg(options.matrix)
  const facts = [`${report.records.length} steps`, `${formatSeconds(report.durationMs)} in all`]
  if (leg) facts.unshift(`matrix leg: ${leg}`)
  if (report.shard) facts.unshift(`shard ${report.shard.index}/${report.shard.total}`)
  parts.push(facts.join(' · ') + '\n')
  const label = labeller(report.records)
  const failures = failuresSection(report.records, { mask, label })
  if (failures) parts.push(failures)
  parts.push(table(report, label))
  if (report.shard) parts.push(shardSection(report.shard))
  const graph = graphSection(report.records)
  if (graph) parts.push(graph)
  const chart = timeline(report.records, report.durationMs)
  if (chart) parts.push(chart)
  const hidden = hiddenAnnotations(report.records)
  if (hidden) parts.push(hidden)
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

/**
 * What follows a step's name: a `parallel` member is shown as a member of its group (named by
 * the group's own wait record, which carries the plan's group name), another background step as
 * `background`.
 */
function labeller(records: readonly StepRecord[]): (record: StepRecord) => string {
  const groups = new Map<string, string>()
  for (const record of records) {
    if (record.kind === 'wait' && record.parallelGroup !== undefined) {
      groups.set(record.parallelGroup, record.displayName)
    }
  }
  return (record) => {
    if (record.kind === 'wait' || record.kind === 'wait-all' || record.kind === 'cancel') return ''
    if (record.parallelGroup !== undefined) {
      const group = groups.get(record.parallelGroup) ?? PARALLEL_GROUP_NAME
      return ` <sub>in ${escapeCell(group)}</sub>`
    }
    return record.background ? ' <sub>background</sub>' : ''
  }
}

function table(report: JobReport, label: (record: StepRecord) => string): string {
  const rows = report.records.map((record) => {
    const unfinished = record.result === undefined && record.startedAt !== undefined
    let name = `${escapeCell(record.displayName)}${label(record)}`
    if (record.kind === 'wait' && record.parallelGroup !== undefined) {
      name += `<br>&nbsp;&nbsp;${memberTally(record.waited ?? [])}`
    } else if (record.waited && record.waited.length > 0) {
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
        ? unfinished
          ? 'unfinished'
          : 'not run'
        : record.outcome && record.outcome !== record.result
          ? `${toConclusion[record.outcome]} / ${toConclusion[record.result]}`
          : toConclusion[record.result]
    const queued =
      record.background && record.queuedAt !== undefined && record.startedAt !== undefined
        ? formatSeconds(record.startedAt - record.queuedAt)
        : '—'
    const start = record.startedAt !== undefined ? `+${formatSeconds(record.startedAt)}` : '—'
    // An unfinished step ran until the run ended, as far as anyone knows.
    const end = record.endedAt ?? (unfinished ? report.durationMs : undefined)
    const duration =
      record.startedAt !== undefined && end !== undefined
        ? formatSeconds(Math.max(end - record.startedAt, 0)) +
          (record.endedAt === undefined ? ' so far' : '')
        : '—'
    const mark = RESULT_MARKS[record.result ?? 'Unknown']
    return `| ${mark} | ${name} | ${kindOf(record)} | ${outcome} | ${queued} | ${start} | ${duration} |`
  })
  // A heading of its own: after the failed steps' output, the table must not read as part of it.
  return (
    '### Steps\n\n' +
    '| | Step | Kind | Outcome / conclusion | Queued | Start | Duration |\n' +
    '|:-:|---|---|---|--:|--:|--:|\n' +
    rows.join('\n') +
    '\n'
  )
}

/** Names listed per kind of result in a group's tally; the rest are counted. */
const TALLY_NAMES = 10

/**
 * A `parallel` group's members in one line ("4 of 5 succeeded; failed: Lint"): the members have
 * their own rows just above, so the group's row does not repeat each one's result.
 */
function memberTally(members: readonly WaitedStep[]): string {
  if (members.length === 0) return 'no members ran'
  const succeeded = members.filter((member) => member.result === 'Succeeded').length
  const parts = [`${succeeded} of ${members.length} succeeded`]
  const others: Array<[WaitedStep['result'], string]> = [
    ['Failed', 'failed'],
    ['Canceled', 'cancelled'],
    ['Skipped', 'skipped'],
    ['Unknown', 'unfinished']
  ]
  for (const [result, word] of others) {
    const names = members.filter((member) => member.result === result).map((m) => m.name)
    if (names.length === 0) continue
    const shown = names.slice(0, TALLY_NAMES).map(escapeCell).join(', ')
    const more = names.length > TALLY_NAMES ? ` and ${names.length - TALLY_NAMES} more` : ''
    parts.push(`${word}: ${shown}${more}`)
  }
  return parts.join('; ')
}

/** Beyond native: a `retry:` step's attempts, a `ready:` step's readiness, a graph step's waits. */
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
  return text + graphNote(record)
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

/** Most bytes of the annotation table, so the whole summary stays within the runner's limit. */
const HIDDEN_ANNOTATIONS_BYTES = 256 * 1024

/** Annotations beyond the runner's 10 per kind, which only this summary shows. */
function hiddenAnnotations(records: readonly StepRecord[]): string {
  const seen: Record<string, number> = {}
  const hidden: Array<{ step: string; annotation: Annotation }> = []
  let dropped = 0
  for (const record of records) {
    dropped += droppedAnnotations(record)
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
 * Gitea runners: docs/runner-compatibility.md promises a notice there, and `core.summary` would throw).
 */
async function appendSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false
  // `core.summary` is one shared buffer: emptied first, so text a failed write left in it is
  // never written twice.
  await core.summary.emptyBuffer().addRaw(markdown).write()
  return true
}
