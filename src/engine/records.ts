/**
 * What happened to each step, for the summary and the outputs. Written by the engine, read by
 * `report/`. Times are milliseconds since the run started.
 */
import type { AnnotationBudget } from '../report/annotation-budget.js'
import type { Annotation } from '../report/log.js'
import type { PlannedStep, ShardPlan, StepContextEntry, TaskResult } from '../workflow/model.js'

/** One line of a control step's report: a step it waited for or cancelled, and its result (R20, R27, R31). */
export interface WaitedStep {
  name: string
  result: TaskResult | 'Unknown'
}

export interface StepRecord {
  key: string
  id: string
  explicitId: boolean
  kind: PlannedStep['kind']
  displayName: string
  background: boolean
  parallelGroup?: string
  implicit: boolean
  /** Conclusion (after continue-on-error); undefined while it never ran to a result. */
  result?: TaskResult
  /** Outcome (before continue-on-error). */
  outcome?: TaskResult
  /** When the main loop reached the step (queued, for a background step). */
  queuedAt?: number
  startedAt?: number
  endedAt?: number
  /** Control steps: the steps they completed and their results. */
  waited?: WaitedStep[]
  /** The step's own GITHUB_STEP_SUMMARY. */
  summary: string
  /** Our error messages for the step (exit code, timeout, …). */
  errors: string[]
  /**
   * The step's annotations in order, as many as `keepAnnotation`'s budget keeps (it counts the
   * rest). The runner shows 10 of each kind for our whole step; the summary lists the others.
   */
  annotations: Annotation[]
  /** What the budget let into `annotations` and kept out of it; set at the first annotation. */
  annotationBudget?: AnnotationBudget
  /** Beyond native (`retry:`): attempts made, and the most allowed; absent without `retry:`. */
  attempts?: { made: number; allowed: number }
  /** Beyond native (`ready:`): the probe, and when it passed (ms after the step started). */
  readiness?: { probe: string; readyAfterMs?: number }
  /**
   * The last lines (up to 20) the step printed of its own output, raw (the summary masks them);
   * absent when it printed none.
   */
  outputTail?: string[]
  /** Beyond native (`needs:`): the keys of the steps it needs (N1), for the summary's graph. */
  needs?: string[]
  /** Beyond native (`needs:`): when its needs had all ended and it could ask for a slot (N3). */
  readyAt?: number
}

/** What a new record is given; the rest starts empty (no result, no summary, no errors). */
export type NewStepRecord = Pick<
  StepRecord,
  'key' | 'id' | 'explicitId' | 'kind' | 'displayName' | 'queuedAt'
> &
  Partial<Pick<StepRecord, 'background' | 'parallelGroup' | 'implicit' | 'startedAt'>>

/**
 * A step's record as the main loop (or a `pre` stage) opens it: a foreground, non-implicit step
 * unless told otherwise.
 */
export function newStepRecord(fields: NewStepRecord): StepRecord {
  return {
    ...fields,
    background: fields.background ?? false,
    implicit: fields.implicit ?? false,
    summary: '',
    errors: [],
    annotations: []
  }
}

/** The result of running the whole list. */
export interface JobReport {
  result: 'success' | 'failure' | 'cancelled'
  records: StepRecord[]
  steps: Record<string, StepContextEntry>
  exportedEnv: Map<string, string>
  pathPrepend: string[]
  /** Display names of the steps whose failure failed the list. */
  failedSteps: string[]
  durationMs: number
  /** Beyond native: how the `shard` input split the `parallel` groups across matrix legs. */
  shard?: ShardPlan
}
