/**
 * Orchestration of our main step: settings → validation → plan → job → outputs and summary.
 * Returns the failure message for the entry point to report (only entry points call setFailed).
 */
import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runJob } from './engine/job.js'
import type { JobReport } from './engine/records.js'
import { POST_MANIFEST_STATE } from './catalog/model.js'
import type { HostContext } from './executors/host.js'
import { createExecutors } from './executors/index.js'
import { baseEnvContext, githubContext, runnerContext } from './expressions/contexts.js'
import { LogMultiplexer } from './report/log.js'
import { makeStdoutBlocking, writeStdout } from './report/stdout.js'
import { recordingMasks, SecretMasker } from './report/masker.js'
import { handOver } from './report/outputs.js'
import { writeSummary } from './report/summary.js'
import { watchForCancellation, type Cancellation } from './cancellation.js'
import { signalAllProcessGroups } from './runner/process.js'
import { prefetchFileCommandFiles } from './runner/file-commands.js'
import { checkRunnerTemp, LOG_SPILL_FOLDER } from './runner/runner-temp.js'
import { readSettings } from './settings.js'
import type { Settings } from './settings.js'
import type { ValidationError } from './workflow/model.js'
import { parseStepList } from './workflow/parse.js'
import { buildPlan, syntheticName, usesOf } from './workflow/plan.js'

/** Runs the main stage; resolves to a failure message, or undefined on success. */
export async function runMain(): Promise<string | undefined> {
  makeStdoutBlocking()
  if (process.platform === 'win32') {
    // No process groups there: cancellation reaches a step's own process only (DESIGN §2).
    core.warning(
      'Background Steps targets Linux and macOS runners; on Windows a cancelled step may leave child processes behind.'
    )
  }
  // The handlers go in first: a job cancelled while we validate or download actions must still
  // end with result=cancelled and a summary, not with Node's default death by signal.
  let log: LogMultiplexer | undefined
  const cancellation = watchForCancellation(() => {
    // Something still hangs 8.5 s after the cancellation: report what we know and leave
    // before the runner's kill at 10 s.
    log?.flush()
    core.setOutput('result', 'cancelled')
    core.error('Background Steps did not finish within its cancellation window; exiting.')
    process.exit(1)
  })
  try {
    return await runCancellable(cancellation, (created) => (log = created))
  } finally {
    cancellation.dispose()
    // Whatever still runs now is a step a `cancel` abandoned after its grace (R29.3) or one a
    // crash left behind: its SIGTERM/SIGKILL timers die with us, so stop it before we exit.
    // Daemons of steps that ended are not in this list and are left alone.
    signalAllProcessGroups('SIGKILL')
  }
}

async function runCancellable(
  cancellation: Cancellation,
  logCreated: (log: LogMultiplexer) => void
): Promise<string | undefined> {
  const { settings, errors } = readSettings()
  // Secrets are masked before anything else is printed: our secrets input, each line of a
  // multi-line one (output reaches the runner line by line), and the token.
  const masker = new SecretMasker()
  if (settings) {
    const tokens = [settings.token, settings.fallbackToken]
    for (const value of [...Object.values(settings.secrets), ...tokens]) {
      if (value) masker.add(value)
    }
    for (const value of masker.secrets) core.setSecret(value)
  }
  if (!settings) {
    for (const error of errors) core.error(error.message, { title: 'Background Steps input' })
    return `Invalid input: ${errors.length} error(s).`
  }

  const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir()
  // The first steps' file-command files get made on another core while we validate: as many
  // as the list may start at once, guessed from its `- ` items (the plan corrects it below).
  const items = settings.source.text.match(/^\s*- /gm)?.length ?? 0
  void prefetchFileCommandFiles(runnerTemp, Math.min(settings.maxConcurrency, items) + 1)
  const parsed = parseStepList({
    source: settings.source.text,
    fileName: settings.source.fileName,
    mode: settings.source.mode
  })
  if (parsed.errors.length > 0) {
    for (const error of parsed.errors) annotate(error, settings)
    return `The step list is invalid (${parsed.errors.length} error(s)); no step ran.`
  }

  const tempProblem = checkRunnerTemp(runnerTemp)
  if (tempProblem !== undefined) {
    core.error(tempProblem, { title: 'Background Steps' })
    return 'RUNNER_TEMP is not usable; no step ran.'
  }
  const plan = buildPlan(parsed.steps, { shard: settings.shard })
  // As many sets as can be in use at once: the background steps a slot can hold, and one more.
  const background = plan.steps.filter((step) => 'background' in step && step.background).length
  void prefetchFileCommandFiles(runnerTemp, Math.min(settings.maxConcurrency, background) + 1)
  const log = new LogMultiplexer({
    mode: settings.logMode,
    write: writeStdout,
    spillDir: path.join(runnerTemp, LOG_SPILL_FOLDER),
    colour: !process.env.NO_COLOR,
    // Labels belong to run/uses steps only; control steps print inside their own group.
    labelWidth: Math.max(
      1,
      ...plan.steps
        .filter((step) => step.kind === 'run' || step.kind === 'uses')
        .map((step) => (step.name ?? syntheticName(step)).length)
    )
  })
  logCreated(log)
  // Nested masks are recorded too: the summary is a file the runner's masker never sees.
  const logs = recordingMasks(log, masker)
  // A plain copy, read from here on: every step's environment is built from it, and each read
  // of process.env goes through the C++ environment (0.1 ms per step for ~100 variables).
  const runnerEnv: NodeJS.ProcessEnv = { ...process.env }
  const host: HostContext = {
    baseEnv: runnerEnv,
    runnerTemp,
    workspace: settings.workspace,
    defaults: settings.defaults,
    states: new Map(),
    maxConcurrency: settings.maxConcurrency,
    jobCancelSignal: cancellation.cancelSignal,
    ...(settings.dockerNetwork !== undefined ? { dockerNetwork: settings.dockerNetwork } : {})
  }
  // Only a list with a `uses:` step loads what actions need (start-up of `run:`-only lists).
  const uses =
    usesOf(parsed.steps).length > 0 ? await import('./executors/uses-support.js') : undefined
  if (uses) {
    host.postStages = new uses.PostStageRegistry({ runnerTemp })
    // Saved now, not at the end: if our main is killed (the runner's SIGKILL, our own backstop
    // exit), the nested posts still run from the manifest, which every registration rewrites.
    core.saveState(POST_MANIFEST_STATE, host.postStages.manifestPath)
    host.resolveOptions = uses.resolveOptionsFor(runnerEnv, settings, runnerTemp, core.info)
    // "Prepare all required actions": every `uses:` resolved, downloaded and loaded first.
    core.info('Prepare all required actions')
    const resolution = await uses.resolveActions(parsed.steps, host.resolveOptions)
    if (resolution.errors.length > 0) {
      for (const message of resolution.errors) {
        core.error(message, { title: 'Background Steps: action' })
      }
      return `${resolution.errors.length} action(s) could not be prepared; no step ran.`
    }
    host.actions = resolution.catalog
  }

  const initialEnv = baseEnvContext(runnerEnv)
  const contexts = {
    github: githubContext(runnerEnv, readEvent(runnerEnv), settings.token),
    runner: runnerContext(runnerEnv),
    job: settings.job,
    strategy: settings.strategy,
    matrix: settings.matrix,
    secrets: settings.secrets,
    vars: settings.vars,
    inputs: settings.inputs,
    needs: settings.needs
  }
  const prelude = await uses?.runPrelude(
    plan.steps,
    host,
    logs,
    () => ({
      contexts: { ...contexts, env: initialEnv, steps: {} },
      status: 'success',
      cancelled: cancellation.cancelSignal.aborted,
      workspace: settings.workspace
    }),
    cancellation
  )
  const report = await runJob({
    plan,
    executorFor: createExecutors(host, uses?.createActionExecutors),
    log: logs,
    contexts,
    initialEnv,
    workspace: settings.workspace,
    maxConcurrency: settings.maxConcurrency,
    failFast: settings.failFast,
    cancelSignal: cancellation.cancelSignal,
    killSignal: cancellation.killSignal,
    prelude
  })
  log.flush()
  await finish(report, settings, host, initialEnv, masker)
  return failureMessage(report)
}

async function finish(
  report: JobReport,
  settings: Settings,
  host: HostContext,
  initialEnv: Record<string, string>,
  masker: SecretMasker
): Promise<void> {
  handOver(report)
  // Nested actions' post stages run in our own post; they find what they need through our state.
  if (host.postStages && host.postStages.registered.length > 0) {
    const env = { ...initialEnv, ...Object.fromEntries(report.exportedEnv) }
    const manifest = await host.postStages.persist({ env, pathPrepend: report.pathPrepend })
    core.saveState(POST_MANIFEST_STATE, manifest)
  }
  if (settings.summary) {
    try {
      await writeSummary(report, { matrix: settings.matrix, mask: (text) => masker.mask(text) })
    } catch (error) {
      core.warning(`The job summary could not be written: ${(error as Error).message}`)
    }
  }
}

function failureMessage(report: JobReport): string | undefined {
  switch (report.result) {
    case 'success':
      return undefined
    case 'cancelled':
      return 'The step list was cancelled.'
    case 'failure':
      return report.failedSteps.length > 0
        ? `Nested step(s) failed: ${report.failedSteps.join(', ')}`
        : 'The step list failed.'
  }
}

/** A validation error as an annotation with line and column (and the file for steps-file). */
function annotate(error: ValidationError, settings: Settings): void {
  const inline = settings.source.mode === 'inline'
  core.error(error.message, {
    title:
      inline && error.line !== undefined
        ? `steps input (Line: ${error.line}, Col: ${error.column})`
        : undefined,
    file: inline ? undefined : settings.source.fileName,
    startLine: error.line,
    startColumn: error.column,
    endLine: error.endLine,
    endColumn: error.endLine === error.line ? error.endColumn : undefined
  })
}

/** The event payload the runner wrote for this job (github.event). */
function readEvent(env: NodeJS.ProcessEnv): unknown {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
  } catch {
    return {}
  }
}
