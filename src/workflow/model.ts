/**
 * Types that cross module boundaries: the validated step list (what to run) and
 * step results. Pure data, no behaviour.
 *
 * Templates (`run`, `with`, `env`, `name`, `if`, …) are stored in *native* syntax:
 * in inline mode `%{{ … }}` has already been rewritten to `${{ … }}` and a `${{`
 * that reached us from the outer runner has been escaped so it stays literal
 * (docs/expressions.md §4.3). Executors and the engine never see `%{{`.
 */

/** 1-based position in the step-list source (the inline input or the steps-file). */
export interface SourcePosition {
  line: number
  column: number
}

/** A template string in native `${{ }}` syntax (may also be plain text). */
export type Template = string

/** Fields every kind of step has. */
interface StepBase {
  /**
   * Unique key of this step within the whole plan (ids are unique per scope only,
   * and a `parallel` group restarts generated ids: we make them unique here).
   */
  key: string
  /**
   * The step's context name: the user's `id`, or a generated one starting with `__`
   * (`__run`, `__run_2`, `__actions_checkout`, …). Generated ids never enter the
   * `steps` context (docs/semantics.md §1.3).
   */
  id: string
  /** True when `id` was written by the user. */
  explicitId: boolean
  /** The `name:` template, if any. */
  name?: Template
  /** Where the step's mapping starts in the source. */
  position: SourcePosition
  /** `continue-on-error`: a literal boolean or a template evaluating to one. */
  continueOnError: boolean | Template
}

/** Fields shared by `run:` and `uses:` steps. */
interface ExecutableStepBase extends StepBase {
  /** The raw `if:` condition as written (empty when absent); status functions are added at evaluation. */
  if: Template
  /** `env:` entries (values are templates), in source order. */
  env: Record<string, Template>
  /** `timeout-minutes`: a number, a template, or undefined (no timeout). */
  timeoutMinutes?: number | Template
  /** `background: true`, or a member of a `parallel` group. */
  background: boolean
  /** Set for members of a `parallel` group: the group's key. */
  parallelGroup?: string
  /**
   * Beyond native (`ready:`), only on `background: true` steps: the main loop moves on once this
   * probe passes; the step fails if it ends or the probe times out first. Absent when not written.
   */
  ready?: ReadinessProbe
  /** Beyond native (`retry:`): run a failed step again, up to `attempts` in all. Absent when not written. */
  retry?: RetryPolicy
  /**
   * Beyond native (`weight:`), only on members of a `parallel` group: the member's share of the
   * work when the `shard` input splits groups across matrix legs. Absent means 1.
   */
  weight?: number
  /**
   * Beyond native (`needs:`, docs/needs.md): the explicit ids of earlier `run:`/`uses:` steps this
   * step waits for (N1), in the order written, without repeats. A step with `needs` is a
   * background step (N2): `background` is true. Absent when not written.
   */
  needs?: string[]
}

/** What a readiness probe checks (literal values only; validated by the parser). */
export type ProbeKind = 'tcp' | 'http' | 'file' | 'log'

/** A `ready:` mapping: exactly one probe, how long to wait for it and how often to try. */
export interface ReadinessProbe {
  kind: ProbeKind
  /** `host:port` (tcp), a URL (http), a workspace-relative path (file) or a regular expression (log). */
  target: string
  /** How long the main loop waits for the probe, from the moment it reaches the step (default 60). */
  timeoutSeconds: number
  /** Pause between two tries (default 1). */
  intervalSeconds: number
}

/** A `retry:` mapping. */
export interface RetryPolicy {
  /** Attempts in all, the first one included (1 means no retry). */
  attempts: number
  /** Pause between a failed attempt and the next one. */
  backoffSeconds: number
}

/** The `shard` input: this matrix leg runs share `index` (0-based) of `total`. */
export interface Shard {
  index: number
  total: number
}

/** Where sharding sent one member of a `parallel` group. */
export interface ShardedMember {
  key: string
  /** What the summary calls the member (its literal name, its id, or the runner's default name). */
  label: string
  weight: number
  /** The shard (0-based) that runs it. */
  shard: number
}

/** How the `parallel` groups of a plan were split across matrix legs. */
export interface ShardPlan extends Shard {
  groups: Array<{ key: string; name: string; position: SourcePosition; members: ShardedMember[] }>
}

export interface RunStep extends ExecutableStepBase {
  kind: 'run'
  run: Template
  shell?: Template
  workingDirectory?: Template
}

export interface UsesStep extends ExecutableStepBase {
  kind: 'uses'
  uses: string
  /** `with:` inputs; plain YAML scalars already coerced to strings as the runner does. */
  with: Record<string, Template>
}

export interface WaitStep extends StepBase {
  kind: 'wait'
  /**
   * Targets in list order, duplicates kept (R14). For a user's `wait` these are user ids (always
   * explicit; the parser rejects `__` ids). For a group's wait (`parallelGroup` set) they are the
   * members' KEYS, because generated member ids restart per group and are not unique. The engine
   * resolves a target by key first, then by id.
   */
  targets: string[]
  /** Set when this wait is the implicit wait that closes a `parallel` group (R60). */
  parallelGroup?: string
}

export interface WaitAllStep extends StepBase {
  kind: 'wait-all'
  /** True for the appended "Wait for all background steps" step (R46). */
  implicit: boolean
}

export interface CancelStep extends StepBase {
  kind: 'cancel'
  target: string
}

/** A `parallel:` block as written; `plan.ts` expands it into members plus a wait (R60). */
export interface ParallelStep extends StepBase {
  kind: 'parallel'
  members: ExecutableStep[]
}

export type ExecutableStep = RunStep | UsesStep
export type ControlStep = WaitStep | WaitAllStep | CancelStep
/** A step as parsed from the source. */
export type ParsedStep = ExecutableStep | ControlStep | ParallelStep
/** A step of the flat plan the engine runs: `parallel` is expanded (R1). */
export type PlannedStep = ExecutableStep | ControlStep

/** A validation problem with its position in the source and the official message text. */
export interface ValidationError {
  message: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** The flat, validated plan the engine runs. */
export interface Plan {
  steps: PlannedStep[]
  /** Keys of `parallel` groups → their display name ("Parallel group" unless named). */
  groups: Record<string, string>
  /** Set when the `shard` input split the groups' members across matrix legs. */
  shard?: ShardPlan
}

/**
 * The runner's TaskResult names as printed in logs (R71): one "l" in Canceled.
 * `Skipped` never appears in control-step lines.
 */
export type TaskResult = 'Succeeded' | 'Failed' | 'Canceled' | 'Skipped'

/** The lower-case form used by the `steps` context and `job.status`. */
export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped'

export const toConclusion: Record<TaskResult, Conclusion> = {
  Succeeded: 'success',
  Failed: 'failure',
  Canceled: 'cancelled',
  Skipped: 'skipped'
}

/** One entry of the `steps` context. */
export interface StepContextEntry {
  outputs: Record<string, string>
  outcome: Conclusion | ''
  conclusion: Conclusion | ''
}
