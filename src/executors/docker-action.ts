/**
 * Docker actions: `uses: docker://image` and `runs.using: docker` with a `docker://` image or a
 * Dockerfile (docs/runner-emulation.md §4.9; runner `Handlers/ContainerActionHandler.cs`).
 *
 * The `docker run` line is the runner's, option for option (docker-run.ts). Every docker command
 * runs through the CLI located once per run; without it, or without a reachable daemon, the step
 * fails at once with a clear message instead of hanging (docker-cli.ts). Pull and build run on our
 * own process layer, not @actions/exec: a cancelled step must stop them, which exec cannot.
 */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { StepExecution } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import type { StepLog } from '../report/log.js'
import { printActionHeader, stageEntry, type ActionStageRun } from './action-stage.js'
import { CommandCollector } from './command-collector.js'
import type { RunContext } from './context.js'
import { locateDockerCli, type DockerCli } from './docker-cli.js'
import {
  commandLine,
  containerArguments,
  containerEnvironment,
  containerMounts,
  ContainerPathsLog,
  containerPlatformProblem,
  dockerInstanceLabel,
  dockerRunArguments,
  evaluateRunsEnv,
  exitCodeOf,
  inputValue,
  isDockerfile,
  sanitizeContainerName
} from './docker-run.js'
import { errorText } from '../errors.js'

/**
 * Runs the stages of Docker actions, pre, main and post alike. One per run: it keeps the located
 * CLI and its daemon probe, and the pulls (an image is pulled once per run, as the runner pulls at
 * job setup).
 */
export class DockerStageRunner {
  private cli: Promise<DockerCli> | undefined
  private readonly pulls = new Map<string, Promise<number>>()
  private readonly retryDelayMs: () => number

  constructor(
    private readonly context: RunContext,
    /** `job.container.network`, when known: containers then join it (`--network`). */
    private readonly network: string | undefined,
    /** The pause before another pull or build attempt; the runner's random 1–10 s by default. */
    options: { retryDelayMs?: () => number } = {}
  ) {
    this.retryDelayMs = options.retryDelayMs ?? (() => 1000 + Math.random() * 9000)
  }

  /** Runs one stage of a docker action: daemon check, image, `docker run`, file commands. */
  async runStage(run: ActionStageRun): Promise<StepExecution> {
    const { log, action } = run
    const runs = action.manifest.runs
    if (runs.using !== 'docker') {
      log.error(`'${action.uses}' is not a Docker container action.`)
      return emptyExecution('Failed')
    }
    printActionHeader(run)
    const cli = await this.usableCli()
    if ('problem' in cli) {
      log.error(cli.problem)
      return emptyExecution('Failed')
    }
    const mounts = containerMounts(this.context.runnerTemp, this.context.workspace)
    let container: { image: string; args: string[]; runsEnv: Record<string, string> }
    try {
      container = {
        image: await this.prepareImage(run, runs.image, cli.path),
        args: containerArguments(action, run.inputs, this.context.workspace),
        runsEnv: evaluateRunsEnv(runs.env ?? {}, run.inputs, this.context.workspace)
      }
    } catch (error) {
      log.error(errorText(error))
      return emptyExecution('Failed')
    }
    // The runner creates the home folder and expects the workflow folder; we make sure of both.
    await mkdir(path.join(this.context.runnerTemp, '_github_home'), { recursive: true })
    await mkdir(path.join(this.context.runnerTemp, '_github_workflow'), { recursive: true })
    const env = containerEnvironment(run, container.runsEnv, run.files.files, mounts, this.context)
    const cliEnv = { ...this.helperEnvironment(), ...env }
    const collector = new CommandCollector(new ContainerPathsLog(log, mounts), cliEnv, this.context)
    const runArguments = dockerRunArguments({
      name: `${sanitizeContainerName(container.image)}_${randomUUID().replaceAll('-', '').slice(0, 6)}`,
      label: dockerInstanceLabel(this.context.runnerTemp),
      env,
      // main: runs.entrypoint, else the `entryPoint` input; pre/post: their own entrypoints.
      entrypoint:
        stageEntry(action, run.stage) ??
        (run.stage === 'main' ? inputValue(run.inputs, 'entryPoint') : undefined),
      network: this.network,
      mounts,
      image: container.image,
      args: container.args
    })
    log.text(commandLine(cli.path, runArguments))
    const outcome = await collector.spawn({
      file: cli.path,
      args: runArguments,
      cwd: this.context.workspace,
      env: cliEnv,
      cancelSignal: run.cancelSignal,
      killSignal: run.killSignal
    })
    return collector.completeAction(run.files, outcome)
  }

  /** The located docker CLI with a reachable daemon, on a platform that runs containers (§4.8). */
  private async usableCli(): Promise<DockerCli> {
    const unsupported = containerPlatformProblem(process.platform)
    if (unsupported !== undefined) return { problem: unsupported }
    return this.dockerCli()
  }

  /**
   * The image to run: a `docker://` image (pulled once per run, as the runner pulls at job setup;
   * a local action's image is left to `docker run`), or a Dockerfile built for this stage.
   */
  private async prepareImage(run: ActionStageRun, image: string, cli: string): Promise<string> {
    const { action, log } = run
    if (/^docker:\/\//i.test(image)) {
      const name = image.slice('docker://'.length)
      if (action.reference.kind !== 'local') {
        let pull = this.pulls.get(name)
        if (pull === undefined) {
          pull = this.withRetries('pull', run, async () =>
            this.docker(cli, ['pull', name], this.context.workspace, log, run)
          )
          this.pulls.set(name, pull)
        }
        const code = await pull
        if (code !== 0) throw new Error(`Docker pull failed with exit code ${code}`)
      }
      return name
    }
    if (!isDockerfile(image)) {
      throw new Error(`'${image}' should be either '[path]/Dockerfile' or 'docker://image[:tag]'.`)
    }
    const dockerfile = path.join(action.directory, image)
    if (!existsSync(dockerfile)) throw new Error(`File not found: '${dockerfile}'`)
    const tag = `${dockerInstanceLabel(this.context.runnerTemp)}:${randomUUID().replaceAll('-', '')}`
    log.text('Building docker image')
    log.text(`Dockerfile for action: '${dockerfile}'.`)
    const code = await this.withRetries('build', run, async () =>
      this.docker(
        cli,
        ['build', '-t', tag, '-f', dockerfile, path.dirname(dockerfile)],
        action.repositoryDirectory ?? this.context.workspace,
        log,
        run
      )
    )
    if (code !== 0) throw new Error(`Docker build failed with exit code ${code}`)
    return tag
  }

  /**
   * §4.9 — the runner tries a pull or a build up to 3 times, with a random 1–10 s pause and its
   * log line between attempts; a cancelled step is not tried again.
   */
  private async withRetries(
    what: 'pull' | 'build',
    run: ActionStageRun,
    attempt: () => Promise<number>
  ): Promise<number> {
    for (let made = 1; ; made++) {
      const code = await attempt()
      if (code === 0 || made === 3 || run.cancelSignal?.aborted) return code
      const delayMs = this.retryDelayMs()
      run.log.text(
        `Docker ${what} failed with exit code ${code}, back off ${(delayMs / 1000).toFixed(3)} seconds before retry.`
      )
      await sleep(delayMs, undefined, { signal: run.cancelSignal }).catch(() => undefined)
      if (run.cancelSignal?.aborted) return code
    }
  }

  /**
   * `docker pull` or `docker build`, its output to the step log as plain text. Our own process
   * layer, not @actions/exec: a cancelled step must stop it (signals), which exec cannot.
   */
  private async docker(
    file: string,
    args: string[],
    cwd: string,
    log: StepLog,
    signals: Pick<ActionStageRun, 'cancelSignal' | 'killSignal'>
  ): Promise<number> {
    log.text(commandLine(file, args))
    const outcome = await this.context.processes.run({
      file,
      args,
      cwd,
      env: this.helperEnvironment(),
      cancelSignal: signals.cancelSignal,
      killSignal: signals.killSignal,
      onLine: (line) => log.text(line)
    })
    if (outcome.spawnError !== undefined) log.error(outcome.spawnError)
    return exitCodeOf(outcome)
  }

  private async dockerCli(): Promise<DockerCli> {
    this.cli ??= locateDockerCli(this.helperEnvironment(), this.context.workspace)
    return this.cli
  }

  /** Our process env without our own inputs and state: the docker CLI's base environment. */
  private helperEnvironment(): Record<string, string> {
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(this.context.baseEnv)) {
      if (value !== undefined && !name.startsWith('INPUT_') && !name.startsWith('STATE_')) {
        env[name] = value
      }
    }
    return env
  }
}
