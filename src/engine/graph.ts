/**
 * Beyond native (`needs:`, docs/needs.md): the step graph of one list. It knows which steps a
 * graph step needs (N1), says when they have all ended (N3), and keeps what the step sees from
 * that moment on (N4, N5): the list's state as it was then, with the deferred effects of its needs
 * and of their needs applied in list order, and status functions relative to its needs. The
 * coordinator runs the step like any background step (N2); graph-step.ts hands it over.
 */
import type { ExpressionScope, JobStatus } from '../expressions/evaluate.js'
import type { PlannedStep, TaskResult } from '../workflow/model.js'
import type { BackgroundEntry } from './coordinator.js'
import type { JobResult } from './results.js'
import { deferredEnv, JobState } from './scope.js'
import { StepScopes } from './step-scopes.js'

/** One need of a graph step: the id written, and the key of the step it names in this plan. */
interface Need {
  id: string
  /** Undefined when the step is not in this plan: a `parallel` member another matrix leg runs. */
  key: string | undefined
}

/** What a need ended with, for the step that needs it. */
export interface NeedResult {
  id: string
  result: TaskResult
}

export interface GraphOptions {
  steps: readonly PlannedStep[]
  /** What every expression scope of the list is built from. */
  scopes: ConstructorParameters<typeof StepScopes>[0]
  /** The list's state, as the main loop sees it. */
  state: JobState
  job: JobResult
  /** The coordinator's entries, in the order they were registered (list order). */
  entries(): readonly BackgroundEntry[]
  /** The result of a step the main loop concluded itself (foreground, skipped, failed early). */
  resultOf(key: string): TaskResult | undefined
  /** Runs a function after the current turn (default `setImmediate`). */
  defer?: (run: () => void) => void
}

/** What a graph step sees from the moment its needs ended (N4, N5). */
interface View {
  state: JobState
  scopes: StepScopes
  status: JobStatus
}

/** A graph step registered by the main loop, waiting for its needs. */
interface Waiting {
  step: PlannedStep
  entry: BackgroundEntry
  ready: (needs: NeedResult[]) => void
}

export class StepGraph {
  /** N1: each graph step's needs, resolved once, by step key. */
  private readonly needs: Map<string, Need[]>
  /** Keys of steps with a user-given id: only those publish to the `steps` context (§1.3). */
  private readonly explicit: Set<string>
  /** In list order: the order in which steps that become ready at once are admitted (N3). */
  private readonly waiting: Waiting[] = []
  private readonly views = new Map<string, View>()
  private readonly byKey = new Map<string, BackgroundEntry>()
  private indexed = 0
  private checkScheduled = false
  private readonly defer: (run: () => void) => void

  constructor(private readonly options: GraphOptions) {
    this.needs = resolveNeeds(options.steps)
    this.explicit = new Set(options.steps.filter((s) => s.explicitId).map((s) => s.key))
    this.defer = options.defer ?? ((run) => void setImmediate(run))
  }

  /** N1: the keys of the steps `step` needs that are in this plan (for its record). */
  needKeysOf(step: PlannedStep): string[] {
    return (this.needs.get(step.key) ?? []).flatMap((need) => (need.key ? [need.key] : []))
  }

  /**
   * N3: `ready` is called once every step `step` needs has ended — never if the step ends first
   * (cancelled while it waits: N2.1, N6). Steps found ready by the same check are called in list
   * order, and each asks for its slot at once, so slots go first-in, first-out by readiness.
   */
  await(step: PlannedStep, entry: BackgroundEntry, ready: Waiting['ready']): void {
    this.waiting.push({ step, entry, ready })
    this.schedule()
  }

  /** The coordinator's word that a step has its result: the steps that need it may be ready. */
  ended(): void {
    this.schedule()
  }

  /** N4/N5: a graph step's scope once its needs have ended; undefined for any other step. */
  scope(env: Record<string, string> | undefined, step: PlannedStep): ExpressionScope | undefined {
    const view = this.views.get(step.key)
    if (view === undefined) return undefined
    // The status its success() and failure() read is its needs'; `job.status` stays the list's.
    return { ...view.scopes.scope(env, step), status: view.status }
  }

  /** N5: the state a graph step reads (its PATH prepends, the env names in its header). */
  stateOf(step: PlannedStep): JobState | undefined {
    return this.views.get(step.key)?.state
  }

  /**
   * Checks after the current turn: one check sees every step that ended in it (ties in list
   * order), and a check never runs inside the coordinator's own bookkeeping.
   */
  private schedule(): void {
    if (this.checkScheduled) return
    this.checkScheduled = true
    this.defer(() => {
      this.checkScheduled = false
      this.check()
    })
  }

  private check(): void {
    const ready: Waiting[] = []
    const still: Waiting[] = []
    for (const waiting of this.waiting) {
      // Cancelled while it waited (a cancel, fail-fast, the job): it never starts (N2.1, N6).
      if (waiting.entry.state === 'finished') continue
      const needs = this.needs.get(waiting.step.key) ?? []
      if (needs.every((need) => this.resultOf(need) !== undefined)) ready.push(waiting)
      else still.push(waiting)
    }
    this.waiting.splice(0, this.waiting.length, ...still)
    for (const { step, ready: call } of ready) {
      const needs = (this.needs.get(step.key) ?? []).map((need) => ({
        id: need.id,
        result: this.resultOf(need) ?? 'Skipped'
      }))
      this.views.set(step.key, this.viewOf(step, needs))
      call(needs)
    }
  }

  /** A need's result once it has one (after continue-on-error); a step not in the plan never ran. */
  private resultOf(need: Need): TaskResult | undefined {
    if (need.key === undefined) return 'Skipped'
    const entry = this.entryOf(need.key)
    if (entry !== undefined) return entry.result
    return this.options.resultOf(need.key) ?? 'Skipped'
  }

  /**
   * N5: the list's state now, plus — in list order — what the step's needs, and theirs, left for
   * a flush that has not happened yet, published as the flush would publish it (R13, R14).
   * What a wait already published is part of the list's state.
   */
  private viewOf(step: PlannedStep, needs: readonly NeedResult[]): View {
    const state = copyState(this.options.state)
    const closure = this.closureOf(step.key)
    for (const entry of this.options.entries()) {
      if (!closure.has(entry.task.key) || entry.completed) continue
      const publishing = { id: entry.task.id, explicitId: this.explicit.has(entry.task.key) }
      const { execution } = entry
      if (execution) {
        state.applyEffects(publishing, { ...execution, env: deferredEnv(execution.env) })
      }
      if (entry.result !== undefined) {
        state.setResult(publishing, entry.outcome ?? entry.result, entry.result)
      }
    }
    const scopes = new StepScopes(this.options.scopes, state, this.options.job)
    return { state, scopes, status: statusOf(needs.map((need) => need.result)) }
  }

  /** The keys of the steps `key` needs, and of the steps those need, and so on. */
  private closureOf(key: string): Set<string> {
    const found = new Set<string>()
    const visit = (from: string): void => {
      for (const need of this.needs.get(from) ?? []) {
        if (need.key === undefined || found.has(need.key)) continue
        found.add(need.key)
        visit(need.key)
      }
    }
    visit(key)
    return found
  }

  /** The coordinator's entry of a step, indexed as entries are registered. */
  private entryOf(key: string): BackgroundEntry | undefined {
    const entries = this.options.entries()
    for (; this.indexed < entries.length; this.indexed++) {
      this.byKey.set(entries[this.indexed].task.key, entries[this.indexed])
    }
    return this.byKey.get(key)
  }
}

/**
 * N4 — the status a graph step's success() and failure() read, as a job's with `needs`:
 * `failure` when a need failed, `success` when every need succeeded (after continue-on-error),
 * and otherwise — a need cancelled or skipped — neither, which `cancelled` stands for here
 * (cancelled() itself reads the job's cancellation only).
 */
export function statusOf(results: readonly TaskResult[]): JobStatus {
  if (results.includes('Failed')) return 'failure'
  return results.every((result) => result === 'Succeeded') ? 'success' : 'cancelled'
}

/**
 * N1: each graph step's needs, by step key. An id names the latest earlier `run:`/`uses:` step
 * with that explicit id (the plan is in list order, `parallel` members in place).
 */
function resolveNeeds(steps: readonly PlannedStep[]): Map<string, Need[]> {
  const latest = new Map<string, string>()
  const needs = new Map<string, Need[]>()
  for (const step of steps) {
    if (step.kind !== 'run' && step.kind !== 'uses') continue
    if (step.needs)
      needs.set(
        step.key,
        step.needs.map((id) => ({ id, key: latest.get(id) }))
      )
    if (step.explicitId) latest.set(step.id, step.key)
  }
  return needs
}

/** A copy of the list's state that can take a graph step's own additions. */
function copyState(state: JobState): JobState {
  const copy = new JobState(state.env)
  for (const [id, entry] of Object.entries(state.steps)) {
    copy.steps[id] = { ...entry, outputs: { ...entry.outputs } }
  }
  for (const [name, value] of state.exportedEnv) copy.exportedEnv.set(name, value)
  copy.pathPrepend.push(...state.pathPrepend)
  return copy
}
