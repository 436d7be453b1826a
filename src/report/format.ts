/**
 * How results and durations read, in the log and in the summary alike.
 */
import type { TaskResult } from '../workflow/model.js'

/** A mark per result; `Unknown` for a step that never got one. */
export const RESULT_MARKS: Record<TaskResult | 'Unknown', string> = {
  Succeeded: '✅',
  Failed: '❌',
  Canceled: '⛔',
  Skipped: '⏭️',
  Unknown: '❔'
}

/** Milliseconds as seconds with one decimal: `1.2 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** The title of a finished step's log group: mark, name, duration. */
export function finishedTitle(
  name: string,
  result: TaskResult | undefined,
  durationMs: number
): string {
  return `${RESULT_MARKS[result ?? 'Unknown']} ${name} (${formatSeconds(durationMs)})`
}
