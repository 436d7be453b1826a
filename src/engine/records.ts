/**
 * What happened to each step, for the summary and the outputs. Written by the engine, read by
 * `report/`. Times are milliseconds since the run started.
 */
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
  /** Every annotation the step produced, in order (the runner shows only 10 per type). */
  annotations: Annotation[]
  /** Beyond native (`retry:`): attempts made, and the most allowed; absent without `retry:`. */
  attempts?: { made: number; allowed: number }
  /** Beyond native (`ready:`): the probe, and when it passed (ms after the step started). */
  readiness?: { probe: string; readyAfterMs?: number }
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
