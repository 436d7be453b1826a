/**
 * Our main step: prepare the run (prepare-run.ts), execute it (execute-run.ts), and keep the
 * promise our step makes to the runner around both — an end with result=cancelled and a summary
 * when the job is cancelled, an exit before the runner's kill, and no nested process left behind.
 * Returns the failure message for the entry point to report (only entry points call setFailed).
 */
import * as core from '@actions/core'
import { watchForCancellation } from './cancellation.js'
import { Outputs } from './constants.js'
import { executeRun } from './execute-run.js'
import { prepareRun } from './prepare-run.js'
import type { LogMultiplexer } from './report/log.js'
import { makeStdoutBlocking, type StdoutWrite } from './report/stdout.js'
import { ProcessRegistry } from './runner/process.js'

/** What the log says of a step still running when the backstop exits (`⛔ <name> (<reason>)`). */
const BACKSTOP_REASON = 'still running when Background Steps exited after the job was cancelled'
/** … and when our main fails. */
const CRASH_REASON = 'still running when Background Steps failed'

/**
 * Runs the main stage, printing through `stdout` (the entry point's); resolves to a failure
 * message, or undefined on success.
 */
export async function runMain(stdout: StdoutWrite): Promise<string | undefined> {
  makeStdoutBlocking()
  if (process.platform === 'win32') {
    // No process groups there: cancellation reaches a step's own process only (docs/runner-compatibility.md).
    core.warning(
      'Background Steps targets Linux and macOS runners; on Windows a cancelled step may leave child processes behind.'
    )
  }
  // The handlers go in first: a job cancelled while we validate or download actions must still
  // end with result=cancelled and a summary, not with Node's default death by signal.
  let log: LogMultiplexer | undefined
  // Every process the run starts is registered here, so that none outlives us (below).
  const processes = new ProcessRegistry()
  const cancellation = watchForCancellation(processes, () => {
    // Something still hangs 8.5 s after the cancellation: report what we know and leave
    // before the runner's kill at 10 s — with what the steps still running printed so far.
    log?.flushUnfinished(BACKSTOP_REASON)
    core.setOutput(Outputs.Result, 'cancelled')
    core.error('Background Steps did not finish within its cancellation window; exiting.')
    process.exit(1)
  })
  // A crash of ours in a callback (a stream's, a timer's) ends the process without unwinding
  // to here: the monitor sees it first, and the output of the steps still running goes out.
  const onCrash = (): void => {
    try {
      log?.flushUnfinished(CRASH_REASON)
    } catch {
      // Best effort: the crash may be the log's own (a spill file that cannot be written).
    }
  }
  process.on('uncaughtExceptionMonitor', onCrash)
  try {
    const prepared = await prepareRun({
      cancellation,
      processes,
      stdout,
      logCreated: (created) => (log = created)
    })
    return typeof prepared === 'string' ? prepared : await executeRun(prepared)
  } catch (error) {
    onCrash()
    throw error
  } finally {
    process.off('uncaughtExceptionMonitor', onCrash)
    cancellation.dispose()
    // Whatever still runs now is a step a `cancel` abandoned after its grace (R29.3) or one a
    // crash left behind: its SIGTERM/SIGKILL timers die with us, so stop it before we exit.
    // Daemons of steps that ended are not in this list and are left alone.
    processes.signalAll('SIGKILL')
  }
}
