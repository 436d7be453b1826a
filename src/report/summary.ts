/**
 * The job summary (the only module that touches `core.summary`): one table row per step in list
 * order, including control steps and the implicit "Wait for all background steps" with the
 * result of each step it waited for, then the nested steps' own summaries in step order.
 */
import * as core from '@actions/core'
import type { JobReport, StepRecord } from '../engine/records.js'
import type { TaskResult } from '../workflow/model.js'
import { toConclusion } from '../workflow/model.js'

/** The runner accepts at most 1 MiB of summary per step; ours carries the nested ones too. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

const MARKS: Record<TaskResult | 'Unknown', string> = {
  Succeeded: '✅',
  Failed: '❌',
  Canceled: '⛔',
  Skipped: '⏭️',
  Unknown: '❔'
}

/** Renders the summary Markdown for a finished (or cancelled) run. */
export function renderSummary(report: JobReport): string {
  const rows = report.records.map(row)
  let markdown =
    `## Background Steps: ${report.result}\n\n` +
    '| | Step | Kind | Outcome / conclusion | Queued | Started | Duration |\n' +
    '|---|---|---|---|---|---|---|\n' +
    rows.join('\n') +
    '\n'
  const nested = report.records.filter((record) => record.summary.trim() !== '')
  let budget = SUMMARY_LIMIT_BYTES - Buffer.byteLength(markdown) - 256
  const cut: string[] = []
  for (const record of nested) {
    const block = `\n### ${escapeCell(record.displayName)}\n\n${record.summary.trimEnd()}\n`
    const size = Buffer.byteLength(block)
    if (size > budget) {
      cut.push(record.displayName)
      continue
    }
    budget -= size
    markdown += block
  }
  if (cut.length > 0) {
    markdown += `\n> Summaries left out to stay within the 1 MiB limit: ${cut.map(escapeCell).join(', ')}\n`
  }
  return markdown
}

function row(record: StepRecord): string {
  const result = record.result ?? 'Unknown'
  const kind = record.background ? `${record.kind} (background)` : record.kind
  const outcome =
    record.result === undefined
      ? '—'
      : record.outcome && record.outcome !== record.result
        ? `${toConclusion[record.outcome]} / ${toConclusion[record.result]}`
        : toConclusion[record.result]
  let name = escapeCell(record.displayName)
  if (record.waited && record.waited.length > 0) {
    name +=
      '<br>' +
      record.waited.map((w) => `${MARKS[w.result]} ${escapeCell(w.name)}: ${w.result}`).join('<br>')
  }
  const duration =
    record.startedAt !== undefined && record.endedAt !== undefined
      ? seconds(record.endedAt - record.startedAt)
      : '—'
  return `| ${MARKS[result]} | ${name} | ${kind} | ${outcome} | ${seconds(record.queuedAt)} | ${seconds(record.startedAt)} | ${duration} |`
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** Appends the summary to our GITHUB_STEP_SUMMARY; degrades to a notice where there is none. */
export async function writeSummary(report: JobReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY on this runner: the job summary was not written.')
    return
  }
  await core.summary.addRaw(renderSummary(report)).write()
}
