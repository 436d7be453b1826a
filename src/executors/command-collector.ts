/**
 * Routes one nested process's output lines through the workflow-command processor: effects on
 * the nested step are collected here, everything meant for the log goes to the step's log.
 */
import type { StepExecution } from '../engine/executor.js'
import type { StepLog } from '../report/log.js'
import { readFileCommands, type FileCommandFiles } from '../runner/file-commands.js'
import type { ProcessOutcome, SpawnRequest } from '../runner/process.js'
import { bytesMayHoldCommand } from '../runner/command-fence.js'
import type { RunContext } from './context.js'
import {
  unsecureCommandsAllowed,
  unsecureStopTokensAllowed,
  WorkflowCommandProcessor
} from '../runner/workflow-commands.js'

export class CommandCollector {
  readonly outputs: Array<[string, string]> = []
  readonly env: Array<[string, string]> = []
  readonly path: string[] = []
  readonly state: Array<[string, string]> = []
  /** Set when a command failed the step (e.g. a disabled `set-env`). */
  failed = false
  private readonly processor: WorkflowCommandProcessor

  constructor(
    private readonly log: StepLog,
    processEnv: Record<string, string>,
    /** The run's services a step's process and files go through. */
    private readonly run: Pick<RunContext, 'fileCommands' | 'processes'>
  ) {
    this.processor = new WorkflowCommandProcessor({
      // The runner reads these opt-ins from its own variables and the env context, both of
      // which reach us as the step's environment; each with the runner's own parsing (§3.4).
      allowUnsecureCommands: unsecureCommandsAllowed(
        undefined,
        processEnv.ACTIONS_ALLOW_UNSECURE_COMMANDS
      ),
      allowUnsecureStopTokens: unsecureStopTokensAllowed(
        undefined,
        processEnv.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS
      ),
      // `::echo::` starts on under step debug (§3.4), which the runner shows us as RUNNER_DEBUG=1.
      echo: processEnv.RUNNER_DEBUG === '1',
      effects: {
        setOutput: (name, value) => this.outputs.push([name, value]),
        saveState: (name, value) => this.state.push([name, value]),
        setEnv: (name, value) => this.env.push([name, value]),
        addPath: (entry) => this.path.push(entry),
        fail: (message) => {
          this.failed = true
          log.error(message)
        }
      }
    })
  }

  /** Processes whole lines joined by `\n`, as bytes; plain output skips the per-line parser. */
  bytes(block: Buffer): void {
    if (!bytesMayHoldCommand(block)) this.log.textBytes(block)
    else for (const line of block.toString('utf8').split('\n')) this.line(line)
  }

  /** Processes one line of stdout or stderr. */
  line(line: string): void {
    for (const action of this.processor.process(line)) {
      switch (action.kind) {
        case 'print':
          this.log.text(action.text)
          break
        case 'forward':
          this.log.command(action.command)
          break
        case 'mask':
          this.log.mask(action.value)
          break
      }
    }
  }

  /** Runs the step's process in the run's registry, its stdout and stderr going through this collector. */
  async spawn(request: Omit<SpawnRequest, 'onLine' | 'onBytes'>): Promise<ProcessOutcome> {
    return this.run.processes.run({
      ...request,
      onLine: (line) => this.line(line),
      onBytes: (block) => this.bytes(block)
    })
  }

  /** An action's execution: a start error is logged; a non-zero exit alone fails it (§2.6). */
  async completeAction(files: FileCommandFiles, outcome: ProcessOutcome): Promise<StepExecution> {
    if (outcome.spawnError !== undefined) this.log.error(outcome.spawnError)
    return this.complete(files, outcome, outcome.spawnError !== undefined || outcome.exitCode !== 0)
  }

  /**
   * Reads the step's file commands after its process exited (R51: also after a failure or a
   * cancel) and combines them with what its workflow commands did: the step's execution. The
   * files go back to the run's pool, which reuses them only when nothing of the step can write
   * to them any more.
   */
  async complete(
    files: FileCommandFiles,
    outcome: ProcessOutcome,
    processFailed: boolean
  ): Promise<StepExecution> {
    const commands = await readFileCommands(files)
    this.run.fileCommands.release(files, outcome)
    // Problems that do not fail the step are error annotations on the runner too.
    for (const message of [...commands.errors, ...commands.warnings]) this.log.error(message)
    const failed = processFailed || this.failed || commands.errors.length > 0
    return {
      result: failed ? 'Failed' : 'Succeeded',
      outputs: [...this.outputs, ...commands.outputs],
      env: [...this.env, ...commands.env],
      path: [...this.path, ...commands.path],
      state: [...this.state, ...commands.state],
      summary: commands.summary
    }
  }
}
