/**
 * `run:` steps (docs/runner-emulation.md §2): shell template, script file under RUNNER_TEMP,
 * working directory, per-step file commands, workflow commands in stdout and stderr.
 */
import * as path from 'node:path'
import { constants as osConstants } from 'node:os'
import type { Executor, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { fileCommandGithub, withStepGithub } from '../expressions/contexts.js'
import { evaluateString } from '../expressions/evaluate.js'
import { buildStepEnvironment } from '../runner/environment.js'
import type { FileCommandFiles } from '../runner/file-commands.js'
import type { ProcessOutcome } from '../runner/process.js'
import { prepareShell, type ShellPlan } from '../runner/shell.js'
import { scriptEcho } from '../report/step-header.js'
import type { RunStep } from '../workflow/model.js'
import { CommandCollector } from './command-collector.js'
import type { ListScope, RunContext } from './context.js'
import { errorText } from '../errors.js'

/** The `run:` text and options, evaluated when the step starts (R7). */
interface EvaluatedRunStep {
  script: string
  shell: string | undefined
  workingDirectory: string | undefined
}

/** Runs `run:` steps. */
export class RunStepExecutor implements Executor<RunStep> {
  constructor(
    private readonly run: RunContext,
    private readonly list: ListScope
  ) {}

  async execute(request: StepRequest<RunStep>): Promise<StepExecution> {
    const { log } = request
    // Made first: the step's own files are in its `github` context (github.output …).
    const files = this.run.fileCommands.create()
    // Read once (R7): the shell is looked up, and the process started, with the same entries.
    const pathPrepend = request.pathPrepend()
    let evaluated: EvaluatedRunStep
    let shell: ShellPlan
    try {
      evaluated = this.evaluate(request, files)
      shell = await prepareShell(
        {
          shell: evaluated.shell || undefined,
          script: evaluated.script,
          runnerTemp: this.run.runnerTemp,
          pathPrepend: [...pathPrepend].reverse(),
          envPath: this.run.baseEnv.PATH ?? ''
        },
        this.run.shellCache
      )
    } catch (error) {
      log.error(errorText(error))
      return emptyExecution('Failed')
    }
    printHeader(request, evaluated.script, shell.display, this.run.colour ?? true)

    const env = buildStepEnvironment({
      base: this.run.baseEnv,
      envContext: request.envContext,
      pathPrepend,
      identity: {
        GITHUB_ACTION: this.githubAction(request.step),
        GITHUB_ACTION_PATH: this.list.caller?.directory,
        files: files.files
      },
      kind: 'run'
    })
    const collector = new CommandCollector(log, env, this.run)
    const outcome = await collector.spawn({
      file: shell.command,
      args: shell.args,
      cwd: path.resolve(this.run.workspace, evaluated.workingDirectory ?? ''),
      env,
      cancelSignal: request.cancelSignal,
      killSignal: request.killSignal
    })
    return collector.complete(files, outcome, processFailed(outcome, log))
  }

  /** Inside a composite, the composite step's id (runner PR #615); the step's own otherwise. */
  private githubAction(step: RunStep): string {
    return this.list.caller?.stepId ?? step.id
  }

  /** R7: `run:`, `shell:` and `working-directory:` against the steps context of this moment. */
  private evaluate(request: StepRequest<RunStep>, files: FileCommandFiles): EvaluatedRunStep {
    const { step } = request
    const scope = withStepGithub(request.scope(), {
      action: this.githubAction(step),
      ...fileCommandGithub(files.files)
    })
    const defaults = this.list.defaults
    return {
      script: evaluateString(step.run, scope, 'run'),
      shell: step.shell !== undefined ? evaluateString(step.shell, scope, 'shell') : defaults.shell,
      workingDirectory:
        step.workingDirectory !== undefined
          ? evaluateString(step.workingDirectory, scope, 'working-directory')
          : defaults.workingDirectory
    }
  }
}

/** Whether the process failed the step; the runner's exit-code error is logged (§2.6). */
function processFailed(outcome: ProcessOutcome, log: StepRequest['log']): boolean {
  if (outcome.spawnError !== undefined) {
    log.error(outcome.spawnError)
    return true
  }
  const code = outcome.exitCode ?? 128 + signalNumber(outcome.signal)
  if (code === 0) return false
  // R11.2: a step cancelled by us gets no exit-code error; the engine reports it Canceled.
  if (!outcome.cancelled) log.error(`Process completed with exit code ${code}.`)
  return true
}

/**
 * The runner's header for a run step (`PrintActionDetails`): the script in cyan (plain under
 * NO_COLOR), the shell, the env.
 */
function printHeader(
  request: StepRequest<RunStep>,
  script: string,
  shellDisplay: string,
  colour: boolean
): void {
  const { log } = request
  for (const line of script.replace(/\n$/, '').split('\n')) log.text(scriptEcho(line, colour))
  log.text(`shell: ${shellDisplay}`)
  if (request.headerEnvNames.length > 0) {
    log.text('env:')
    for (const name of request.headerEnvNames) {
      log.text(`  ${name}: ${request.envContext[name] ?? ''}`)
    }
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? (osConstants.signals[signal] ?? 0) : 0
}
