/**
 * Our own step's cancellation (docs/semantics.md Q12). When the runner cancels the job it sends
 * us SIGINT, SIGTERM 7.5 s later and kills us at 10 s — too short for each nested step's own
 * 7.5 s + 2.5 s sequence. So: every nested process gets SIGINT at once (through cancelSignal),
 * SIGTERM after CANCEL_TERM_MS, SIGKILL (killSignal) after CANCEL_KILL_MS; the loop then runs
 * what the rules still run and exits well before the runner's kill.
 */
import { setMaxListeners } from 'node:events'
import type { ProcessRegistry } from './runner/process.js'

export const CANCEL_TERM_MS = 2500
export const CANCEL_KILL_MS = 5000
/** Last resort before the runner's kill at 10 s, should anything of ours still hang. */
export const CANCEL_BACKSTOP_MS = 8500

export interface Cancellation {
  cancelSignal: AbortSignal
  killSignal: AbortSignal
  dispose(): void
}

/**
 * Installs SIGINT/SIGTERM handlers that drive the two signals and SIGTERM the live groups of
 * `processes` at CANCEL_TERM_MS; `backstop` runs at CANCEL_BACKSTOP_MS.
 */
export function watchForCancellation(
  processes: Pick<ProcessRegistry, 'signalAll'>,
  backstop: () => void
): Cancellation {
  const cancel = new AbortController()
  const kill = new AbortController()
  // Every running nested process listens to both: no listener limit (Node warns past 10).
  setMaxListeners(0, cancel.signal, kill.signal)
  const timers: NodeJS.Timeout[] = []
  const onSignal = (): void => {
    if (cancel.signal.aborted) return
    cancel.abort('job cancelled')
    timers.push(setTimeout(() => processes.signalAll('SIGTERM'), CANCEL_TERM_MS))
    timers.push(setTimeout(() => kill.abort('deadline'), CANCEL_KILL_MS))
    timers.push(setTimeout(backstop, CANCEL_BACKSTOP_MS).unref())
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    cancelSignal: cancel.signal,
    killSignal: kill.signal,
    dispose: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      for (const timer of timers) clearTimeout(timer)
    }
  }
}
