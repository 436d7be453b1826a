/**
 * `run:` steps (spec/runner-emulation.md §2): shell template, script file under RUNNER_TEMP,
 * working directory, per-step file commands, workflow commands in stdout and stderr.
 */
import * as path from 'node:path'
import { constants as osConstants } from 'node:os'
import type { Executor, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { fileCommandGithub, withStepGithub } from '../expressions/contexts.js'
import { evaluateString } from '../expressions/evaluate.js'
import { buildStepEnvironment } from '../runner/environment.js'
import { createFileCommandFiles } from '../runner/file-commands.js'
import { prepareShell } from '../runner/shell.js'
import type { RunStep } from '../workflow/model.js'
import { CommandCollector } from './command-collector.js'
import type { HostContext } from './host.js'
import { errorText } from '../errors.js'

/** Runs `run:` steps. */
export class RunStepExecutor implements Executor {
  constructor(private readonly host: HostContext) {}

  async execute(request: StepRequest): Promise<StepExecution> {
    const step = request.step as RunStep
    const { log } = request
    let script: string
    let shellOption: string | undefined
    let workingDirectory: string | undefined
    // Made first: the step's own files are in its `github` context (github.output …).
    const files = createFileCommandFiles(this.host.runnerTemp)
    const githubAction = this.host.parentAction ?? step.id
    try {
      // R7: `run:` is evaluated when the step starts, against the steps context of that moment.
      const scope = withStepGithub(request.scope(), {
        action: githubAction,
        ...fileCommandGithub(files.files)
      })
      script = evaluateString(step.run, scope, 'run')
      shellOption =
        step.shell !== undefined
          ? evaluateString(step.shell, scope, 'shell')
          : this.host.defaults.shell
      workingDirectory =
        step.workingDirectory !== undefined
          ? evaluateString(step.workingDirectory, scope, 'working-directory')
          : this.host.defaults.workingDirectory
    } catch (error) {
      log.error(errorText(error))
      return emptyExecution('Failed')
    }

    const pathPrepend = request.pathPrepend()
    let shell
    try {
      shell = await prepareShell({
        shell: shellOption || undefined,
        script,
        runnerTemp: this.host.runnerTemp,
        pathPrepend: [...pathPrepend].reverse(),
        envPath: this.host.baseEnv.PATH ?? ''
      })
    } catch (error) {
      log.error(errorText(error))
      return emptyExecution('Failed')
    }

    printHeader(request, script, shell.display)

    const env = buildStepEnvironment({
      base: this.host.baseEnv,
      envContext: request.envContext,
      pathPrepend,
      identity: {
        GITHUB_ACTION: githubAction,
        GITHUB_ACTION_PATH: this.host.actionPath,
        files: files.files
      },
      kind: 'run'
    })
    const collector = new CommandCollector(log, env)
    const outcome = await collector.spawn({
      file: shell.command,
      args: shell.args,
      cwd: path.resolve(this.host.workspace, workingDirectory ?? ''),
      env,
      cancelSignal: request.cancelSignal,
      killSignal: request.killSignal
    })

    let failed = false
    if (outcome.spawnError !== undefined) {
      log.error(outcome.spawnError)
      failed = true
    } else {
      const code = outcome.exitCode ?? 128 + signalNumber(outcome.signal)
      if (code !== 0) {
        failed = true
        // R11.2: a step cancelled by us gets no exit-code error; the engine reports it Canceled.
        if (!outcome.cancelled) log.error(`Process completed with exit code ${code}.`)
      }
    }
    return collector.complete(files, outcome, failed)
  }
}

/** The runner's header for a run step (`PrintActionDetails`): the script in cyan, the shell, the env. */
function printHeader(request: StepRequest, script: string, shellDisplay: string): void {
  const { log, step } = request
  for (const line of script.replace(/\n$/, '').split('\n')) log.text(`\u001b[36;1m${line}\u001b[0m`)
  log.text(`shell: ${shellDisplay}`)
  const names = request.headerEnvNames ?? Object.keys(step.env)
  if (names.length > 0) {
    log.text('env:')
    for (const name of names) log.text(`  ${name}: ${request.envContext[name] ?? ''}`)
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? (osConstants.signals[signal] ?? 0) : 0
}
