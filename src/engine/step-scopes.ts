/**
 * The expression scopes of one step list: the static contexts, over the list's live state (env
 * context, `steps`, job status), and per step its own `github` context (R4, R4.2).
 */
import type { ExpressionScope } from '../expressions/evaluate.js'
import { asObject, NO_STEP_FILES, stepGithubContext } from '../expressions/contexts.js'
import type { PlannedStep } from '../workflow/model.js'
import type { JobOptions } from './job-options.js'
import type { JobResult } from './results.js'
import type { JobState } from './scope.js'

type ScopeOptions = Pick<JobOptions, 'contexts' | 'workspace' | 'hashFilesWorker' | 'parentAction'>

export class StepScopes {
  private readonly githubs = new WeakMap<PlannedStep, ExpressionScope['contexts']['github']>()
  /** Whether this list is a composite action's steps. */
  private readonly inComposite: boolean

  constructor(
    private readonly options: ScopeOptions,
    private readonly state: JobState,
    private readonly job: JobResult
  ) {
    this.inComposite = options.parentAction !== undefined
  }

  /**
   * The expression scope as of now. `env` is the given env context (R4). For a step, `github.action`
   * is that step's (R4.2): its id, or inside a composite the composite step's id.
   */
  scope(env: Record<string, string> = this.state.env, step?: PlannedStep): ExpressionScope {
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
}
