/**
 * What the main loop and its step runners (foreground, background, control) share while one step
 * list runs: its state, job result, coordinator, expression scopes, records and clock. The loop
 * creates it; the runners get it passed in, so none of them holds state of its own.
 */
import type { ExpressionScope } from '../expressions/evaluate.js'
import { keepAnnotation } from '../report/annotation-budget.js'
import type { HeaderKind, OpenedStepLog } from '../report/log.js'
import type { PlannedStep } from '../workflow/model.js'
import { IMPLICIT_WAIT_ALL_NAME, PARALLEL_GROUP_NAME } from '../workflow/plan.js'
import { Coordinator, type BackgroundEntry } from './coordinator.js'
import { stepDisplayName } from './display-name.js'
import { StepGraph } from './graph.js'
import type { JobOptions } from './job-options.js'
import { newStepRecord, type StepRecord } from './records.js'
import { JobResult } from './results.js'
import { deferredEnv, JobState } from './scope.js'
import { StepScopes } from './step-scopes.js'

export class ListRuntime {
  readonly state: JobState
  readonly job = new JobResult()
  readonly coordinator: Coordinator
  /** Beyond native (`needs:`): the steps with needs, and what each sees once they ended. */
  readonly graph: StepGraph
  private readonly scopes: StepScopes
  /** Every step the loop reached, in order (the `pre` stages' first). */
  readonly records: StepRecord[] = []
  /** Background steps' logs by step key: a control step follows those it waits for. */
  readonly backgroundLogs = new Map<string, OpenedStepLog>()
  /** Re-evaluates the running foreground step's `if:` on job cancellation (R43). */
  onJobCancel: (() => void) | undefined
  private readonly now: () => number
  private readonly started: number
  private readonly explicitKeys: Set<string>
  /** The records by step key: what a need the main loop concluded itself ended with (N3). */
  private readonly recordsByKey = new Map<string, StepRecord>()

  constructor(readonly options: JobOptions) {
    this.state = new JobState(options.initialEnv)
    this.scopes = new StepScopes(options, this.state, this.job)
    this.explicitKeys = new Set(options.plan.steps.filter((s) => s.explicitId).map((s) => s.key))
    this.now = options.now ?? (() => Date.now())
    this.started = this.now()
    this.graph = new StepGraph({
      steps: options.plan.steps,
      scopes: options,
      state: this.state,
      job: this.job,
      entries: () => this.coordinator.registered,
      resultOf: (key) => this.recordsByKey.get(key)?.result
    })
    this.coordinator = new Coordinator({
      maxConcurrency: options.maxConcurrency,
      failFast: options.failFast,
      graceMs: options.cancelGraceMs,
      flush: (entry) => this.flush(entry),
      onFailFast: () => this.job.merge('Failed'),
      onEnded: () => this.graph.ended(),
      debug: options.debug
    })
  }

  /** Milliseconds since the list started: the records' times. */
  elapsed(): number {
    return this.now() - this.started
  }

  /** The expression scope as of now (see StepScopes.scope); a graph step's own (N4, N5). */
  scope(env?: Record<string, string>, step?: PlannedStep): ExpressionScope {
    return (step && this.graph.scope(env, step)) ?? this.scopes.scope(env, step)
  }

  /** The state a step reads: the list's, or a graph step's own view of it (N5). */
  stateFor(step: PlannedStep): JobState {
    return this.graph.stateOf(step) ?? this.state
  }

  /** Opens the record of a step the loop has reached, queued now. */
  record(step: PlannedStep, displayName: string): StepRecord {
    const record = newStepRecord({
      key: step.key,
      id: step.id,
      explicitId: step.explicitId,
      kind: step.kind,
      displayName,
      background: 'background' in step ? step.background : false,
      parallelGroup: 'parallelGroup' in step ? step.parallelGroup : undefined,
      implicit: step.kind === 'wait-all' && step.implicit,
      queuedAt: this.elapsed()
    })
    this.records.push(record)
    this.recordsByKey.set(step.key, record)
    return record
  }

  /**
   * A step's display name (R4.3). A parallel group's own wait is named after its group, and the
   * implicit wait-all has the runner's fixed name; neither has a `name:` of its own.
   */
  displayName(step: PlannedStep, scope: ExpressionScope): string {
    if (step.kind === 'wait' && step.parallelGroup !== undefined) {
      return this.options.plan.groups[step.parallelGroup] ?? PARALLEL_GROUP_NAME
    }
    if (step.kind === 'wait-all' && step.implicit) return IMPLICIT_WAIT_ALL_NAME
    return stepDisplayName(step, scope)
  }

  /** Opens a step's log; its annotations are kept on the record for the summary. */
  openLog(record: StepRecord, live: boolean): OpenedStepLog {
    return this.options.log.open({
      title: record.displayName,
      live,
      // What the executor prints before the step's own output (report/step-header.ts).
      header: this.headerOf(record.kind),
      // Bounded: a flood of `::warning::` lines must not exhaust memory.
      onAnnotation: (annotation) => keepAnnotation(record, annotation)
    })
  }

  /** The header a step's executor prints before its output (report/step-header.ts). */
  headerOf(kind: PlannedStep['kind']): HeaderKind | undefined {
    if (kind === 'uses') return 'action'
    if (kind !== 'run') return undefined
    return this.options.colour === false ? 'run-no-colour' : 'run'
  }

  /** R14 — publish a background step's deferred state. */
  private flush(entry: BackgroundEntry): void {
    const step = { id: entry.task.id, explicitId: this.explicitKeys.has(entry.task.key) }
    if (entry.execution) {
      this.state.applyEffects(step, { ...entry.execution, env: deferredEnv(entry.execution.env) })
    }
    if (entry.result !== undefined) {
      this.state.setResult(step, entry.outcome ?? entry.result, entry.result)
    }
  }
}
