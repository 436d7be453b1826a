/**
 * The job summary's opening section: the steps that failed, each with how it ended and the last
 * lines of its output, so a reader sees why the run failed before the table. The section has its
 * own share of the runner's 1 MiB summary limit and says what it cut.
 */
import type { StepRecord } from '../engine/records.js'
import { RESULT_MARKS } from './format.js'
import { codeBlock, cutText, escapeCell, plainOutputLine } from './markdown.js'

/** The section's share of the 1 MiB summary: room for about 25 steps' full tails. */
export const FAILURES_BYTES = 256 * 1024
/** Lines of output shown per step (the log layer keeps no more: `StepRecord.outputTail`). */
export const TAIL_LINES = 20
/** Longest output line shown, in characters; a longer one is cut with `…`. */
export const LINE_CHARS = 500
/** Longest error message shown, in characters. */
const REASON_CHARS = 1000
/** Most error messages shown per step. */
const REASONS = 5
/** Our own error line for a `run:` step that exited non-zero (runner-emulation: run steps). */
const EXIT_CODE_LINE = /^Process completed with exit code -?\d+\.$/

export interface FailuresOptions {
  /** Hides secrets; applied to every text before it is cut or measured (a cut must not split a secret). */
  mask: (text: string) => string
  /** What follows a step's name in the table (its group, `background`), repeated here. */
  label: (record: StepRecord) => string
  /** The section's budget in bytes (FAILURES_BYTES unless a test says otherwise). */
  budgetBytes?: number
}

/**
 * The steps to show: result Failed (after continue-on-error) or outcome Failed. A control step
 * (a `wait`, `wait-all` or a `parallel` group's wait) failed because steps it waited for did;
 * those are listed themselves, so the control step only appears when none of them failed.
 */
export function failedSteps(records: readonly StepRecord[]): StepRecord[] {
  return records.filter((record) => {
    if (record.result !== 'Failed' && record.outcome !== 'Failed') return false
    const control = record.kind === 'wait' || record.kind === 'wait-all' || record.kind === 'cancel'
    return !(control && record.waited?.some((step) => step.result === 'Failed'))
  })
}

/** The failed-steps section, or '' when no step failed. */
export function failuresSection(records: readonly StepRecord[], options: FailuresOptions): string {
  const failed = failedSteps(records)
  if (failed.length === 0) return ''
  let budget = options.budgetBytes ?? FAILURES_BYTES
  const blocks: string[] = []
  for (const [index, record] of failed.entries()) {
    // A step whose output does not fit any more is still named, with how it ended.
    const head = heading(record, options)
    let block = head + output(record.outputTail, options.mask)
    if (Buffer.byteLength(block) > budget && record.outputTail !== undefined) {
      block = head + LEFT_OUT_OUTPUT
    }
    if (Buffer.byteLength(block) > budget) {
      const more = failed.length - index
      blocks.push(
        `> ✂️ ${more} more failed step(s) left out to stay within the runner's 1 MiB summary limit: see the table.\n`
      )
      break
    }
    budget -= Buffer.byteLength(block)
    blocks.push(block)
  }
  return `### ${RESULT_MARKS.Failed} Failed steps\n\n${blocks.join('\n')}`
}

const LEFT_OUT_OUTPUT =
  "\n<sub>Its output is left out to stay within the runner's 1 MiB summary limit.</sub>\n"

/** A failed step's heading (mark, name, group) and how it ended. */
function heading(record: StepRecord, options: FailuresOptions): string {
  // Failed's mark whatever the conclusion: a step `continue-on-error` let pass still failed.
  const mark = RESULT_MARKS.Failed
  // A heading's trailing `#`s would be read as its closing sequence.
  const name = escapeCell(options.mask(record.displayName)).replace(/#+\s*$/, '\\$&')
  return `#### ${mark} ${name}${options.label(record)}\n\n${ending(record, options.mask)}\n`
}

/** The tail of a step's output as a code block with a caption, or '' where none was kept. */
function output(tail: readonly string[] | undefined, mask: (text: string) => string): string {
  if (tail === undefined) return ''
  if (tail.length === 0) return '\n<sub>It printed nothing.</sub>\n'
  // Escapes go first (a secret split by colour codes is whole again), then the mask, then the
  // cut (a cut must not leave half a secret unmasked).
  const shown = tail
    .slice(-TAIL_LINES)
    .map((line) => cutText(mask(plainOutputLine(line)), LINE_CHARS))
  const cut = shown.filter((line) => line.cut).length
  const what =
    shown.length < TAIL_LINES
      ? `Its output (${shown.length} line${shown.length === 1 ? '' : 's'})`
      : `The last ${TAIL_LINES} lines of its output`
  const note = cut > 0 ? `, ${cut} cut to ${LINE_CHARS} characters` : ''
  return `\n${what}${note}:\n\n` + codeBlock(shown.map((line) => line.text))
}

/** How the step ended, in words, then why (our error messages for it). */
function ending(record: StepRecord, mask: (text: string) => string): string {
  let how: string
  if (record.readiness && record.readiness.readyAfterMs === undefined) {
    how = `Not ready (${escapeText(mask(record.readiness.probe))})`
  } else if (record.result === 'Canceled') {
    how = 'Cancelled'
  } else if (record.result !== 'Failed') {
    how = 'Failed, and `continue-on-error` let the run go on'
  } else {
    how = 'Failed'
  }
  const reasons = reasonsOf(record).map((reason) => {
    return escapeText(cutText(mask(reason).replace(/\s+/g, ' ').trim(), REASON_CHARS).text)
  })
  return reasons.length > 0 ? `**${how}:** ${reasons.join(' ')}` : `**${how}.**`
}

/**
 * The step's error messages, and our exit-code line (the log layer reports that one as an
 * annotation, not as an error of the record); a step with neither falls back to its first
 * error annotation (a `::error::` it printed).
 */
function reasonsOf(record: StepRecord): string[] {
  const errors = record.annotations.filter((annotation) => annotation.kind === 'error')
  const exit = errors.find((annotation) => EXIT_CODE_LINE.test(annotation.message))
  const reasons = [...record.errors]
  if (exit && !reasons.includes(exit.message)) reasons.push(exit.message)
  if (reasons.length === 0 && errors.length > 0) reasons.push(errors[0].message)
  return reasons.slice(0, REASONS)
}

/** Plain text in a Markdown paragraph: the characters that would start markup, escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_<>[\]|~&]/g, '\\$&')
}
