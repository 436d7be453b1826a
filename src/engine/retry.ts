/**
 * Retries (beyond native, `retry:` on a run/uses step): a failed attempt runs again, up to
 * `attempts` in all, with `backoff-seconds` between. Used around `executor.execute` by the main
 * loop (foreground) and by the coordinator body (background) alike.
 *
 * Each attempt is a fresh execution — fresh file-command files, fresh collected outputs — so the
 * outputs, env, PATH and summary that reach later steps are the successful attempt's only. A step
 * whose signal fired (cancel, job cancellation, timeout) is never retried: `timeout-minutes`
 * covers all attempts and the pauses between them.
 */
import { formatSeconds } from '../report/format.js'
import type { StepLog } from '../report/log.js'
import type { RetryPolicy } from '../workflow/model.js'
import type { StepExecution } from './executor.js'

export interface RetryRun {
  /** The step's `retry:`; undefined runs exactly one attempt, as native. */
  policy: RetryPolicy | undefined
  /** The step's log: the attempt lines go here. */
  log: StepLog
  /** Once aborted, no further attempt starts and a pause ends at once. */
  signal: AbortSignal
  /** Runs attempt `number` (1-based), writing to `log`. */
  attempt(number: number, log: StepLog): Promise<StepExecution>
  /** Called before attempt 2, 3, … starts (progress for background steps). */
  onRetry?(number: number, total: number): void
  /** Injectable pause for tests; must resolve early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

export interface RetryResult {
  /** The last attempt's execution: the successful one, or the last failure. */
  execution: StepExecution
  /** How many attempts ran. */
  attempts: number
}

/** Runs the attempts; see the module comment. */
export async function runAttempts(run: RetryRun): Promise<RetryResult> {
  const total = run.policy?.attempts ?? 1
  if (total <= 1) return { execution: await run.attempt(1, run.log), attempts: 1 }
  const backoffMs = (run.policy?.backoffSeconds ?? 0) * 1000
  const sleep = run.sleep ?? abortableSleep
  for (let number = 1; ; number++) {
    if (number > 1) run.onRetry?.(number, total)
    run.log.text(`Attempt ${number} of ${total}`)
    const last = number === total
    const execution = await run.attempt(
      number,
      last ? run.log : demoteErrors(run.log, number, total)
    )
    if (execution.result === 'Succeeded' || last || run.signal.aborted) {
      return { execution, attempts: number }
    }
    const when = backoffMs > 0 ? `retrying in ${formatSeconds(backoffMs)}` : 'retrying now'
    run.log.text(`Attempt ${number} of ${total} failed; ${when}.`)
    if (backoffMs > 0) await sleep(backoffMs, run.signal)
    if (run.signal.aborted) return { execution, attempts: number }
  }
}

/**
 * A failed attempt that will be retried is not the step's failure: its error annotations
 * (`Process completed with exit code 1.`) become warnings that name the attempt.
 */
function demoteErrors(log: StepLog, number: number, total: number): StepLog {
  return {
    text: (line) => log.text(line),
    textBytes: (block) => log.textBytes(block),
    command: (line) => log.command(line),
    error: (message) => log.warning(`Attempt ${number} of ${total}: ${message}`),
    warning: (message) => log.warning(message),
    mask: (value) => log.mask(value),
    end: (title) => log.end(title)
  }
}

/** Resolves after `ms`, or at once when `signal` aborts; leaves no timer behind. */
export async function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}
