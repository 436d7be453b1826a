/**
 * What our main does for `uses:` steps before the first step runs, as the runner does at job
 * start: after "Prepare all required actions" (`resolve.ts`), every nested action's `pre` stage
 * in list order (runner-emulation §4.2, §4.6).
 */
import * as path from 'node:path'
import type { ActionCatalog } from '../catalog/model.js'
import { DownloadsInFlight } from '../catalog/download.js'
import type { ResolveOptions } from '../catalog/resolve.js'
import type { StepExecutors, StepRequest } from '../engine/executor.js'
import type { Prelude } from '../engine/job.js'
import { newStepRecord, type StepRecord } from '../engine/records.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import { keepAnnotation } from '../report/annotation-budget.js'
import type { StepLogs } from '../report/log.js'
import type { Settings } from '../settings.js'
import type { PlannedStep } from '../workflow/model.js'
import { runPreStages } from './action-stages.js'

/**
 * Download settings from the runner's environment and our inputs. An action that
 * `GITHUB_API_URL` answers 404 for is looked for at `fallback-api-url` (github.com by default),
 * with `fallback-token`: the runner's server of a GHES reaches github.com actions through GitHub
 * Connect, and a Gitea/Forgejo API has no tarball endpoint of this kind at all.
 */
export function resolveOptionsFor(
  env: NodeJS.ProcessEnv,
  settings: Pick<
    Settings,
    'workspace' | 'token' | 'fallbackApiUrl' | 'fallbackToken' | 'allowedActions'
  >,
  runnerTemp: string,
  log: (line: string) => void
): ResolveOptions {
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const { fallbackApiUrl, fallbackToken } = settings
  return {
    apiUrl,
    token: settings.token,
    ...(fallbackApiUrl === '' || fallbackApiUrl === apiUrl
      ? {}
      : { fallback: { apiUrl: fallbackApiUrl, token: fallbackToken } }),
    ...(settings.allowedActions ? { allowedActions: settings.allowedActions } : {}),
    log,
    workspace: settings.workspace,
    // The runner's own action cache is <work>/_actions, beside RUNNER_TEMP (<work>/_temp).
    cacheDir: path.join(path.dirname(runnerTemp), '_actions'),
    // One per run: the composites that resolve at run time get it with these options.
    inFlight: new DownloadsInFlight()
  }
}

/** Runs the `pre` stages of the top level's steps and returns their effects for the main loop. */
export async function runPrelude(
  steps: readonly PlannedStep[],
  executors: StepExecutors,
  actions: ActionCatalog,
  log: StepLogs,
  scope: () => ExpressionScope,
  signals: Pick<StepRequest, 'cancelSignal' | 'killSignal'>
): Promise<Prelude> {
  const prelude: Prelude & { env: Array<[string, string]>; path: string[] } = {
    records: [],
    env: [],
    path: [],
    failed: false
  }
  const started = Date.now()
  const records = new Map<string, StepRecord>()
  const outcomes = await runPreStages(steps, actions, {
    runStage: async (request) => executors.uses.runStage('pre', request),
    scope,
    request: (step, title, envContext) => {
      const record = newStepRecord({
        key: `pre:${step.key}`,
        id: step.id,
        explicitId: false,
        kind: 'uses',
        displayName: title,
        queuedAt: Date.now() - started,
        startedAt: Date.now() - started
      })
      records.set(step.key, record)
      return {
        step,
        displayName: title,
        scope,
        envContext,
        headerEnvNames: Object.keys(step.env),
        pathPrepend: () => prelude.path,
        ...signals,
        log: log.open({
          title,
          live: true,
          onAnnotation: (annotation) => keepAnnotation(record, annotation)
        })
      }
    }
  })
  for (const outcome of outcomes) {
    const record = records.get(outcome.step.key)
    if (!record || !outcome.execution) continue
    record.endedAt = Date.now() - started
    record.result = record.outcome = outcome.result === 'Failed' ? 'Failed' : 'Succeeded'
    record.summary = outcome.execution.summary
    prelude.records.push(record)
    prelude.env.push(...outcome.execution.env)
    prelude.path.push(...outcome.execution.path)
    if (outcome.result === 'Failed') prelude.failed = true
  }
  return prelude
}
