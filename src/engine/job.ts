/**
 * The main loop (runner `StepsRunner.RunAsync`): walks the plan in order, evaluates `env:` and
 * `if:` (R4), runs foreground steps, queues background steps with the coordinator, runs control
 * steps (always), tracks the job status, reacts to job cancellation (R42–R44) and ends with the
 * final drain (R40). Beyond native: `retry:` runs a step's attempts (retry.ts) and `ready:` holds
 * the loop at a background step until its readiness probe passes (readiness.ts).
 */
import type { ExpressionScope } from '../expressions/evaluate.js'
import {
  evaluateBoolean,
  evaluateIf,
  evaluateNumber,
  evaluateStepEnv,
  evaluateString
} from '../expressions/evaluate.js'
import { keepAnnotation } from '../report/annotation-budget.js'
import { finishedTitle, formatSeconds } from '../report/format.js'
import type { StepLog, StepLogs } from '../report/log.js'
import type {
  ControlStep,
  ExecutableStep,
  Plan,
  PlannedStep,
  TaskResult
} from '../workflow/model.js'
import { syntheticName, IMPLICIT_WAIT_ALL_NAME } from '../workflow/plan.js'
import type { BackgroundEntry, ControlOutcome } from './coordinator.js'
import { Coordinator } from './coordinator.js'
import type { Executor, StepExecution, StepRequest } from './executor.js'
import { createProbe, ReadinessGate, type ProbeSetup } from './readiness.js'
import type { JobReport, StepRecord } from './records.js'
import { runAttempts } from './retry.js'
import { applyContinueOnError, JobResult } from './results.js'
import { deferredEnv, JobState } from './scope.js'
import { errorText } from '../errors.js'
import { asObject, NO_STEP_FILES, stepGithubContext } from '../expressions/contexts.js'

/** The contexts that do not change while the list runs. */
export type StaticContexts = Omit<ExpressionScope['contexts'], 'env' | 'steps'>

export interface JobOptions {
  plan: Plan
  executorFor(step: ExecutableStep): Executor
  log: StepLogs
  contexts: StaticContexts
  /** The env context the list starts with (runner-emulation §1.5). */
  initialEnv: Record<string, string>
  workspace: string
  /** The hashFiles() worker; the one next to the running bundle unless given (tests). */
  hashFilesWorker?: string
  maxConcurrency: number
  failFast: boolean
  /** Job cancellation: our own step is being cancelled (SIGINT/SIGTERM from the runner). */
  cancelSignal: AbortSignal
  /** Hard stop of every process, near our own deadline (Q12). */
  killSignal: AbortSignal
  /** Milliseconds clock; injectable for tests. */
  now?: () => number
  /** Grace period of `cancel` (R29); injectable for tests. */
  cancelGraceMs?: number
  /** What ran before the first step (nested actions' `pre` stages): applied before the list. */
  prelude?: Prelude
  /** Inside a composite: the composite step's id, every embedded step's `github.action`. */
  parentAction?: string
  /**
   * Inside a composite: the env names the composite step's header listed, which its steps'
   * headers list first (their env context is the global env, the composite step's `env:`,
   * then their own: runner-emulation §4.7).
   */
  headerEnvBase?: readonly string[]
}

/** The effects of the `pre` stages, which the runner runs at job start (runner-emulation §4.6). */
export interface Prelude {
  records: StepRecord[]
  env: ReadonlyArray<readonly [string, string]>
  path: readonly string[]
  failed: boolean
}

/** Runs a validated plan to the end and reports what happened. */
export async function runJob(options: JobOptions): Promise<JobReport> {
  return new Job(options).run()
}

class Job {
  private readonly state: JobState
  private readonly job = new JobResult()
  private readonly coordinator: Coordinator
  private readonly records: StepRecord[] = []
  private readonly now: () => number
  private readonly started: number
  /** Re-evaluates the running foreground step's `if:` on job cancellation (R43). */
  private onJobCancel: (() => void) | undefined
  private readonly githubs = new WeakMap<PlannedStep, ExpressionScope['contexts']['github']>()
  /** Whether this list is a composite action's steps. */
  private readonly inComposite: boolean
  private readonly explicitKeys: Set<string>

  constructor(private readonly options: JobOptions) {
    this.inComposite = options.parentAction !== undefined
    this.state = new JobState(options.initialEnv)
    this.explicitKeys = new Set(options.plan.steps.filter((s) => s.explicitId).map((s) => s.key))
    this.now = options.now ?? (() => Date.now())
    this.started = this.now()
    this.coordinator = new Coordinator({
      maxConcurrency: options.maxConcurrency,
      failFast: options.failFast,
      graceMs: options.cancelGraceMs,
      flush: (entry) => this.flush(entry),
      onFailFast: () => this.job.merge('Failed')
    })
  }

  async run(): Promise<JobReport> {
    const cancelled = (): void => {
      this.job.cancel()
      this.coordinator.cancelAll()
      this.onJobCancel?.()
    }
    if (this.options.cancelSignal.aborted) cancelled()
    else this.options.cancelSignal.addEventListener('abort', cancelled, { once: true })
    const prelude = this.options.prelude
    if (prelude) {
      this.records.push(...prelude.records)
      this.state.applyEffects({ id: '', explicitId: false }, { outputs: [], ...prelude })
      if (prelude.failed) this.job.merge('Failed')
    }
    try {
      for (const step of this.options.plan.steps) {
        if (step.kind === 'run' || step.kind === 'uses') await this.runExecutable(step)
        else await this.runControl(step)
      }
      // R40 — the final drain, then merge a non-Succeeded value into the job result.
      const drained = await this.coordinator.drain()
      if (drained !== undefined && drained !== 'Succeeded') this.job.merge(drained)
    } finally {
      this.options.cancelSignal.removeEventListener('abort', cancelled)
    }
    return this.report()
  }

  /**
   * The expression scope as of now. `env` is the given env context (R4). For a step, `github.action`
   * is that step's (R4.2): its id, or inside a composite the composite step's id.
   */
  private scope(env: Record<string, string> = this.state.env, step?: PlannedStep): ExpressionScope {
    const outerJob = asObject(this.options.contexts.job)
    // `job.status` is the status of the nested list as it is now (S21), over the outer job's
    // context; inside a composite it stays the job's (expressions §5.1), and the composite's own
    // status is `github.action_status`, which success() and failure() read there.
    const job = {
      ...outerJob,
      status: this.inComposite ? (outerJob.status ?? this.job.status) : this.job.status
    }
    const contexts = { ...this.options.contexts, job, env, steps: this.state.steps }
    if (step !== undefined) {
      contexts.github = this.inComposite
        ? { ...this.githubOf(step), action_status: this.job.status }
        : this.githubOf(step)
    }
    return {
      contexts,
      status: this.job.status === 'cancelled' ? 'success' : this.job.status,
      cancelled: this.job.cancelled,
      workspace: this.options.workspace,
      hashFilesWorker: this.options.hashFilesWorker
    }
  }

  /**
   * A step's `github` context, made once per step (scopes are built several times per step). Its
   * `env:`, `if:` and `name:` are evaluated before the step has files or an action: those keys
   * name nothing yet, never this action's own files, whose writes would skip the hand-over. The
   * executors fill them in for the step's own `run:` and `with:`. Outside a composite the
   * action path is empty too (inside, it is the composite's folder).
   */
  private githubOf(step: PlannedStep): ExpressionScope['contexts']['github'] {
    let github = this.githubs.get(step)
    if (github === undefined) {
      github = stepGithubContext(this.options.contexts.github, {
        action: this.options.parentAction ?? step.id,
        action_repository: '',
        action_ref: '',
        ...(this.inComposite ? {} : { action_path: '' }),
        ...NO_STEP_FILES
      })
      this.githubs.set(step, github)
    }
    return github
  }

  private record(step: PlannedStep, displayName: string): StepRecord {
    const record: StepRecord = {
      key: step.key,
      id: step.id,
      explicitId: step.explicitId,
      kind: step.kind,
      displayName,
      background: 'background' in step ? step.background : false,
      parallelGroup: 'parallelGroup' in step ? step.parallelGroup : undefined,
      implicit: step.kind === 'wait-all' && step.implicit,
      queuedAt: this.elapsed(),
      summary: '',
      errors: [],
      annotations: []
    }
    this.records.push(record)
    return record
  }

  private elapsed(): number {
    return this.now() - this.started
  }

  /** Display name: the evaluated `name:`, else the runner's default (R4.3). */
  private displayName(step: PlannedStep, scope: ExpressionScope): string {
    if (step.kind === 'wait' && step.parallelGroup !== undefined) {
      return this.options.plan.groups[step.parallelGroup] ?? 'Parallel group'
    }
    if (step.kind === 'wait-all' && step.implicit) return IMPLICIT_WAIT_ALL_NAME
    if (step.name === undefined) return syntheticName(step)
    try {
      return evaluateString(step.name, scope, 'name') || syntheticName(step)
    } catch {
      return step.name
    }
  }

  /** R4–R8 for one `run:`/`uses:` step. */
  private async runExecutable(step: ExecutableStep): Promise<void> {
    // R4.1: the env context is the job env overlaid with the step's own env (evaluated first).
    let envContext: Record<string, string>
    let displayName = this.displayName(step, this.scope(undefined, step))
    const record = this.record(step, displayName)
    let runIt: boolean
    try {
      envContext = evaluateStepEnv(step.env, this.scope(undefined, step))
      displayName = this.displayName(step, this.scope(envContext, step))
      record.displayName = displayName
      runIt = evaluateIf(step.if, this.scope(envContext, step))
    } catch (error) {
      // An `env:` or `if:` evaluation error fails the step at once, even a background one (R4).
      this.failBeforeStart(step, record, displayName, errorText(error))
      return
    }

    if (!runIt) {
      // R5 / Q-a: skipped; the emulation publishes `skipped` like a foreground step.
      record.result = record.outcome = 'Skipped'
      this.state.setResult(step, 'Skipped', 'Skipped')
      return
    }
    if (step.background) await this.startBackground(step, record, envContext)
    else await this.runForeground(step, record, envContext)
  }

  private failBeforeStart(
    step: ExecutableStep,
    record: StepRecord,
    displayName: string,
    message: string
  ): void {
    const log = this.openLog(record, false)
    log.error(message)
    log.end(finishedTitle(displayName, 'Failed', 0))
    record.errors.push(message)
    record.result = record.outcome = 'Failed'
    record.startedAt = record.endedAt = this.elapsed()
    this.state.setResult(step, 'Failed', 'Failed')
    this.job.merge('Failed')
  }

  /** Foreground: run now, apply effects at once, merge a failure into the job (R38). */
  private async runForeground(
    step: ExecutableStep,
    record: StepRecord,
    envContext: Record<string, string>
  ): Promise<void> {
    const log = this.openLog(record, true)
    const own = new AbortController()
    let cancelledByJob = false
    let timedOut = false
    const timeoutMinutes = this.timeoutOf(step, envContext, log)
    const timer =
      timeoutMinutes > 0
        ? setTimeout(() => {
            timedOut = true
            own.abort('timeout')
          }, timeoutMinutes * 60_000)
        : undefined
    // R43: on job cancellation the running step's `if` is evaluated again; if it is now
    // false the step is cancelled, otherwise it keeps running and gets no signal.
    this.onJobCancel = () => {
      let keep = false
      try {
        keep = evaluateIf(step.if, this.scope(envContext, step))
      } catch {
        keep = false
      }
      if (!keep) {
        cancelledByJob = true
        own.abort('job')
      }
    }
    if (this.job.cancelled) this.onJobCancel()

    record.startedAt = this.elapsed()
    let execution: StepExecution | undefined
    let crash: string | undefined
    try {
      execution = await this.attempts(step, record, log, {
        // A step kept running through job cancellation (R43) starts no new attempt.
        stop: step.retry ? AbortSignal.any([own.signal, this.options.cancelSignal]) : own.signal,
        execute: async (attemptLog) =>
          this.options.executorFor(step).execute({
            step,
            displayName: record.displayName,
            scope: () => this.scope(envContext, step),
            envContext,
            headerEnvNames: this.headerEnvNames(step),
            pathPrepend: () => this.state.pathPrepend,
            cancelSignal: own.signal,
            killSignal: this.options.killSignal,
            log: attemptLog
          })
      })
    } catch (error) {
      crash = errorText(error)
    } finally {
      clearTimeout(timer)
      this.onJobCancel = undefined
    }
    record.endedAt = this.elapsed()

    let raw: TaskResult = execution?.result ?? 'Failed'
    let message = crash
    if (cancelledByJob) {
      raw = 'Canceled'
      message = 'The operation was canceled.'
    } else if (timedOut) {
      raw = 'Failed'
      message = `The action '${record.displayName}' has timed out after ${timeoutMinutes} minutes.`
    }
    if (message !== undefined) {
      log.error(message)
      record.errors.push(message)
    }
    const verdict = applyContinueOnError(
      raw,
      raw === 'Failed' && this.continueOnError(step, envContext)
    )
    log.end(finishedTitle(record.displayName, verdict.result, record.endedAt - record.startedAt))

    if (execution) {
      this.state.applyEffects(step, execution)
      record.summary = execution.summary
    }
    record.result = verdict.result
    record.outcome = verdict.outcome
    this.state.setResult(step, verdict.outcome, verdict.result)
    if (verdict.result === 'Failed') this.job.merge('Failed')
  }

  /**
   * Runs a `run:`/`uses:` step's attempts: one, or up to `retry.attempts` (beyond native). The
   * execution returned is the last attempt's, so only a successful attempt's effects count.
   */
  private async attempts(
    step: ExecutableStep,
    record: StepRecord,
    log: StepLog,
    run: { stop: AbortSignal; execute(log: StepLog): Promise<StepExecution> }
  ): Promise<StepExecution> {
    const result = await runAttempts({
      policy: step.retry,
      log,
      signal: run.stop,
      attempt: async (_number, attemptLog) => run.execute(attemptLog),
      onRetry: (number, total) => {
        // A foreground step shows its attempts live in its own group already.
        if (step.background) {
          this.options.log.event(`↻ ${record.displayName}: attempt ${number} of ${total}`)
        }
      }
    })
    if (step.retry) record.attempts = { made: result.attempts, allowed: step.retry.attempts }
    return result.execution
  }

  /** R6: queue with the coordinator and move on at once (once ready, with `ready:`). */
  private async startBackground(
    step: ExecutableStep,
    record: StepRecord,
    envContext: Record<string, string>
  ): Promise<void> {
    const log = this.openLog(record, false)
    // R6.2 — an evaluation error of the timeout of a background step only means "no timeout".
    const timeoutMinutes = this.timeoutOf(step, envContext, undefined)
    // The readiness deadline runs from now: it bounds how long the main loop waits here.
    const readiness = step.ready ? this.readinessFor(step, record) : undefined
    const request = (cancelSignal: AbortSignal, stepLog: StepLog): StepRequest => ({
      step,
      displayName: record.displayName,
      scope: () => this.scope(envContext, step),
      envContext,
      headerEnvNames: this.headerEnvNames(step),
      pathPrepend: () => this.state.pathPrepend,
      cancelSignal,
      killSignal: this.options.killSignal,
      log: stepLog
    })
    const entry = this.coordinator.start({
      key: step.key,
      id: step.id,
      displayName: record.displayName,
      timeoutMinutes,
      body: async ({ cancelSignal }) =>
        this.attempts(step, record, log, {
          stop: cancelSignal,
          execute: async (attemptLog) => {
            // Each attempt prints the runner's header again; a log probe skips it again.
            readiness?.setup.newAttempt()
            const stepLog = readiness ? readiness.setup.wrapLog(attemptLog) : attemptLog
            return this.options.executorFor(step).execute(request(cancelSignal, stepLog))
          }
        }),
      continueOnError: () => this.continueOnError(step, envContext),
      notReadyReason: readiness?.reason,
      onQueued: () =>
        this.options.log.event(`⏳ ${record.displayName} is waiting for a background slot`),
      onStart: () => {
        record.startedAt = this.elapsed()
        this.options.log.event(`▶ ${record.displayName} started in the background`)
        readiness?.gate.begin()
      },
      onFinish: (entry, message) => {
        // A step cancelled while queued never started: it keeps no start time.
        record.endedAt = this.elapsed()
        if (message !== undefined) {
          log.error(message)
          record.errors.push(message)
        }
        // R11.4: the step's own log and conclusion are complete at once; its state is deferred.
        record.result = entry.result
        record.outcome = entry.outcome
        record.summary = entry.execution?.summary ?? ''
        log.end(
          finishedTitle(
            record.displayName,
            entry.result,
            record.endedAt - (record.startedAt ?? record.endedAt)
          )
        )
      }
    })
    if (readiness) await this.awaitReadiness(entry, record, readiness)
  }

  /** The probe and gate of a `ready:` step, and the message the step fails with when not ready. */
  private readinessFor(step: ExecutableStep, record: StepRecord): Readiness {
    const ready = step.ready!
    const setup = createProbe(ready, this.options.workspace)
    const gate = new ReadinessGate({
      probe: setup.probe,
      timeoutMs: ready.timeoutSeconds * 1000,
      intervalMs: ready.intervalSeconds * 1000,
      cancelSignal: this.options.cancelSignal
    })
    record.readiness = { probe: setup.probe.description }
    const reason = (): string | undefined => {
      const name = record.displayName
      const probe = setup.probe.description
      switch (gate.stepEnded()) {
        case 'ended':
          return `The background step '${name}' ended before it was ready (${probe}).`
        case 'timed-out':
          return `The background step '${name}' was not ready within ${ready.timeoutSeconds} s (${probe}).`
        case 'waiting':
        case 'ready':
        case 'cancelled':
          return undefined
      }
    }
    return { setup, gate, reason }
  }

  /**
   * Holds the main loop until the step is ready. A step that ends first or is not ready in time
   * fails like a foreground step: stopped as `cancel` would, its state published, the job failed
   * at once (so default `if:` steps skip). Job cancellation ends the wait; the loop handles it.
   */
  private async awaitReadiness(
    entry: BackgroundEntry,
    record: StepRecord,
    readiness: Readiness
  ): Promise<void> {
    const outcome = await readiness.gate.outcome
    switch (outcome.state) {
      case 'ready':
        record.readiness = {
          probe: readiness.setup.probe.description,
          readyAfterMs: outcome.afterMs
        }
        this.options.log.event(
          `✔ ${record.displayName} is ready (${readiness.setup.probe.description}, ${formatSeconds(outcome.afterMs)})`
        )
        return
      case 'cancelled':
        return
      case 'ended':
      case 'timed-out':
        await this.coordinator.failNotReady(entry)
        // Abandoned after the grace period: its own finish, and so its record, comes later.
        record.result ??= entry.result
        record.outcome ??= entry.outcome
        if (entry.result === 'Failed') this.job.merge('Failed')
    }
  }

  /**
   * The names a step's log header lists: a composite step's (inside one), GITHUB_ENV names
   * flushed so far, then its own `env:`.
   */
  private headerEnvNames(step: ExecutableStep): string[] {
    return [
      ...new Set([
        ...(this.options.headerEnvBase ?? []),
        ...this.state.exportedEnv.keys(),
        ...Object.keys(step.env)
      ])
    ]
  }

  /** R14 — publish a background step's deferred state. */
  private flush(entry: BackgroundEntry): void {
    const step = { id: entry.task.id, explicitId: this.isExplicit(entry.task.key) }
    if (entry.execution) {
      this.state.applyEffects(step, { ...entry.execution, env: deferredEnv(entry.execution.env) })
    }
    if (entry.result !== undefined) {
      this.state.setResult(step, entry.outcome ?? entry.result, entry.result)
    }
  }

  private isExplicit(key: string): boolean {
    return this.explicitKeys.has(key)
  }

  /** wait / wait-all / cancel: always run (R3), their own log group, R21/R39 job effect. */
  private async runControl(step: ControlStep): Promise<void> {
    const displayName = this.displayName(step, this.scope(undefined, step))
    const record = this.record(step, displayName)
    record.startedAt = this.elapsed()
    let outcome: ControlOutcome
    switch (step.kind) {
      case 'wait':
        outcome = await this.coordinator.wait(step.targets, step.parallelGroup !== undefined)
        break
      case 'wait-all':
        outcome = await this.coordinator.waitAll()
        break
      case 'cancel':
        outcome = await this.coordinator.cancel(step.target)
        break
    }
    record.endedAt = this.elapsed()
    record.waited = outcome.waited

    // Q1 (recommended emulation): continue-on-error on a control step only softens its own
    // displayed conclusion; the final drain (R40) still counts the failure.
    const soft = outcome.result === 'Failed' && this.continueOnError(step, this.state.env)
    const verdict = applyContinueOnError(outcome.result, soft)
    record.result = verdict.result
    record.outcome = verdict.outcome
    this.state.setResult(step, verdict.outcome, verdict.result)
    if (verdict.result === 'Failed') this.job.merge('Failed')

    const log = this.openLog(record, false)
    for (const line of outcome.lines) log.text(line)
    log.end(finishedTitle(displayName, verdict.result, record.endedAt - record.startedAt))
  }

  /** Opens a step's log; its annotations are kept on the record for the summary. */
  private openLog(record: StepRecord, live: boolean): StepLog {
    return this.options.log.open({
      title: record.displayName,
      live,
      // Bounded: a flood of `::warning::` lines must not exhaust memory.
      onAnnotation: (annotation) => keepAnnotation(record.annotations, annotation)
    })
  }

  private timeoutOf(
    step: ExecutableStep,
    envContext: Record<string, string>,
    log: StepLog | undefined
  ): number {
    if (step.timeoutMinutes === undefined) return 0
    try {
      return evaluateNumber(step.timeoutMinutes, this.scope(envContext, step), 'timeout-minutes')
    } catch {
      log?.error('An error occurred when attempting to determine the step timeout.')
      return 0
    }
  }

  private continueOnError(step: PlannedStep, envContext: Record<string, string>): boolean {
    try {
      return evaluateBoolean(
        step.continueOnError,
        this.scope(envContext, step),
        'continue-on-error'
      )
    } catch {
      return false
    }
  }

  private report(): JobReport {
    const result = this.job.cancelled
      ? 'cancelled'
      : this.job.taskResult === 'Failed'
        ? 'failure'
        : this.job.taskResult === 'Canceled'
          ? 'cancelled'
          : 'success'
    const failedSteps = this.records
      .filter((record) => record.result === 'Failed' && !record.implicit)
      .map((record) => record.displayName)
    // A failure only surfaced by the final drain names the background step itself.
    for (const entry of this.coordinator.registered) {
      if (entry.result === 'Failed' && !failedSteps.includes(entry.task.displayName)) {
        failedSteps.push(entry.task.displayName)
      }
    }
    return {
      result,
      records: this.records,
      steps: this.state.steps,
      exportedEnv: this.state.exportedEnv,
      pathPrepend: this.state.pathPrepend,
      failedSteps,
      durationMs: this.elapsed(),
      ...(this.options.plan.shard ? { shard: this.options.plan.shard } : {})
    }
  }
}

/** What `ready:` needs while a background step starts. */
interface Readiness {
  setup: ProbeSetup
  gate: ReadinessGate
  /** For the coordinator: why the step failed for want of readiness, if it did. */
  reason: () => string | undefined
}
