/**
 * Ctrl-C and SIGTERM for the CLI. The CLI plays the runner, so it cancels the stage that is running
 * as a runner cancels a step (runner-emulation §1.8): SIGINT at once, SIGTERM after 7.5 s, SIGKILL
 * 2.5 s later, to the action's process only (the action passes it on to its nested process
 * groups). Meanwhile the CLI stays alive, so it can still report, remove its temp folder and exit
 * with a code that says it was cancelled.
 */
import type { ChildProcess } from 'node:child_process'
import { CANCEL_GRACE_MS, SIGKILL_AFTER_MS } from '../constants.js'

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']

export class Interruption {
  private signal: NodeJS.Signals | undefined
  /** The running stage, while one runs. */
  private stage: ChildProcess | undefined
  private cancelling = false
  private timers: NodeJS.Timeout[] = []
  private readonly onSignal = (signal: NodeJS.Signals): void => this.receive(signal)

  /** Installs the handlers: from now on SIGINT/SIGTERM no longer end the CLI at once. */
  constructor(private readonly notify: (message: string) => void) {
    for (const signal of SIGNALS) process.on(signal, this.onSignal)
  }

  /** The first signal the CLI got, if any. */
  get received(): NodeJS.Signals | undefined {
    return this.signal
  }

  /**
   * Cancels `stage` should a signal arrive while it runs; call the result once it has exited. A
   * signal that came before the stage started does not cancel it: a runner signals the steps
   * running when the job is cancelled, and runs our `post-if: always()` post unsignalled.
   */
  guard(stage: ChildProcess): () => void {
    this.stage = stage
    this.cancelling = false
    return () => {
      this.stage = undefined
      this.clearTimers()
    }
  }

  /** Removes the handlers and any pending escalation. */
  dispose(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal)
    this.clearTimers()
  }

  private receive(signal: NodeJS.Signals): void {
    this.signal ??= signal
    const stage = this.stage
    // One cancellation per stage: a second Ctrl-C does not restart the sequence.
    if (stage === undefined || this.cancelling) return
    this.cancelling = true
    this.notify(
      `Cancelling (${signal}), as a runner cancels a step: SIGINT to the action now, SIGTERM ` +
        `after ${CANCEL_GRACE_MS / 1000} s, killed after ${(CANCEL_GRACE_MS + SIGKILL_AFTER_MS) / 1000} s.`
    )
    stage.kill('SIGINT')
    this.timers.push(
      setTimeout(() => stage.kill('SIGTERM'), CANCEL_GRACE_MS),
      setTimeout(() => stage.kill('SIGKILL'), CANCEL_GRACE_MS + SIGKILL_AFTER_MS)
    )
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers = []
  }
}
