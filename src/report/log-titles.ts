/**
 * The titles of the log groups a step gets when it does not simply end: abandoned after a
 * cancel's grace (R29.3), and still running when the run itself ends (job cancellation's
 * backstop exit, a crash of ours). Results read as in format.ts.
 */
import type { TaskResult } from '../workflow/model.js'
import { formatSeconds, RESULT_MARKS } from './format.js'

/** A step still running when a cancel's grace ended: its output so far. */
export function abandonedTitle(name: string, result: TaskResult | undefined): string {
  return `${RESULT_MARKS[result ?? 'Canceled']} ${name} (still running after the grace; killed)`
}

/** What an abandoned step printed after its grace, printed when it ends. */
export function afterGraceTitle(
  name: string,
  result: TaskResult | undefined,
  durationMs: number
): string {
  return `${RESULT_MARKS[result ?? 'Canceled']} ${name} — output after the grace, until it was killed (${formatSeconds(durationMs)})`
}

/** A step still running when the run ends (`reason` says how it ends). */
export function unfinishedTitle(title: string, reason: string): string {
  return `⛔ ${title} (${reason})`
}
