/**
 * The job's shared state that steps read through expressions and their environment: the `steps`
 * context, the env context and the PATH prepends. Foreground steps apply their effects at once;
 * background steps' effects are deferred and applied here by the flush (R13–R15).
 */
import type { StepContextEntry, TaskResult } from '../workflow/model.js'
import { toConclusion } from '../workflow/model.js'

/** What a step produced that later steps can observe. */
export interface StepEffects {
  outputs: ReadonlyArray<readonly [string, string]>
  env: ReadonlyArray<readonly [string, string]>
  path: readonly string[]
}

/** The identity a step publishes under. */
export interface PublishingStep {
  id: string
  explicitId: boolean
}

export class JobState {
  /** The `steps` context: only user-given ids (generated `__` ids never enter it, §1.3 / Q-h). */
  readonly steps: Record<string, StepContextEntry> = {}
  /** The job's env context: what we started with plus every applied GITHUB_ENV write. */
  readonly env: Record<string, string>
  /** GITHUB_ENV writes to hand over to the later job steps, last write wins. */
  readonly exportedEnv = new Map<string, string>()
  /** GITHUB_PATH entries, oldest first; a re-add moves the entry to the end (R13). */
  readonly pathPrepend: string[] = []

  constructor(initialEnv: Record<string, string>) {
    this.env = { ...initialEnv }
  }

  /** Applies outputs, env and path of a step (immediately for foreground, at the flush for background). */
  applyEffects(step: PublishingStep, effects: StepEffects): void {
    if (step.explicitId) {
      const entry = this.entry(step.id)
      for (const [name, value] of effects.outputs) entry.outputs[name] = value
    }
    for (const [name, value] of effects.env) {
      this.env[name] = value
      this.exportedEnv.set(name, value)
    }
    for (const entry of effects.path) {
      const existing = this.pathPrepend.indexOf(entry)
      if (existing >= 0) this.pathPrepend.splice(existing, 1)
      this.pathPrepend.push(entry)
    }
  }

  /** Publishes `steps.<id>.outcome` / `conclusion` (R14.4). */
  setResult(step: PublishingStep, outcome: TaskResult, conclusion: TaskResult): void {
    if (!step.explicitId) return
    const entry = this.entry(step.id)
    entry.outcome = toConclusion[outcome]
    entry.conclusion = toConclusion[conclusion]
  }

  private entry(id: string): StepContextEntry {
    this.steps[id] ??= { outputs: {}, outcome: '', conclusion: '' }
    return this.steps[id]
  }
}

/**
 * R13 — a background step buffers its env writes in a case-insensitive map where the last write
 * wins: `foo=1` then `FOO=2` publishes one variable, spelled as first written, with `2`. (A
 * foreground step writes straight to the job env, where Linux names are case-sensitive.)
 */
export function deferredEnv(
  env: ReadonlyArray<readonly [string, string]>
): Array<[string, string]> {
  const byFolded = new Map<string, [string, string]>()
  for (const [name, value] of env) {
    const folded = name.toLowerCase()
    const entry = byFolded.get(folded)
    if (entry) entry[1] = value
    else byFolded.set(folded, [name, value])
  }
  return [...byFolded.values()]
}
