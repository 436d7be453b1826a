/**
 * Pre stages at start, the post registry and its manifest, and post stages newest first with
 * `post-if` (docs/runner-emulation.md §4.6, §6), with real node processes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFile, stat } from 'node:fs/promises'
import * as path from 'node:path'
import {
  evaluateStageCondition,
  runPostStages,
  runPreStages,
  type PostStagesOptions
} from '../../src/executors/action-stages.js'
import { PostStageRegistry } from '../../src/executors/post-manifest.js'
import type { LoadedAction } from '../../src/catalog/model.js'
import type { JobStatus } from '../../src/expressions/evaluate.js'
import type { StepLogOptions } from '../../src/report/log.js'
import {
  catalogOf,
  loadFixture,
  RecordingLog,
  requestFor,
  runnersOf,
  sandbox,
  scopeFor,
  STATEFUL_DIR,
  statefulRemote,
  usesExecutor,
  usesStep,
  type Sandbox
} from './action-helpers.js'

let box: Sandbox
let registry: PostStageRegistry
let marker: string

beforeEach(async () => {
  box = await sandbox()
  registry = new PostStageRegistry({ runnerTemp: box.runnerTemp })
  marker = path.join(box.root, 'marker.jsonl')
})

afterEach(async () => {
  await box.cleanup()
})

/** A log opener that records the titles of the groups it opened. */
function postLog(): {
  titles: string[]
  logs: RecordingLog[]
  open(o: StepLogOptions): RecordingLog
} {
  const titles: string[] = []
  const logs: RecordingLog[] = []
  return {
    titles,
    logs,
    open(options) {
      titles.push(options.title)
      const log = new RecordingLog()
      logs.push(log)
      return log
    }
  }
}

async function markerLines(file = marker): Promise<Array<Record<string, string>>> {
  try {
    const text = await readFile(file, 'utf8')
    return text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string>)
  } catch {
    return []
  }
}

function withPostIf(action: LoadedAction, postIf: string, uses: string): LoadedAction {
  const runs = action.manifest.runs
  if (runs.using === 'docker' || runs.using === 'composite') throw new Error('node only')
  return { ...action, uses, manifest: { ...action.manifest, runs: { ...runs, postIf } } }
}

function withPreIf(action: LoadedAction, preIf: string, uses: string): LoadedAction {
  const runs = action.manifest.runs
  if (runs.using === 'docker' || runs.using === 'composite') throw new Error('node only')
  return { ...action, uses, manifest: { ...action.manifest, runs: { ...runs, preIf } } }
}

/** How our post runs the manifest in this sandbox. */
function postOptions(jobStatus: JobStatus, log: ReturnType<typeof postLog>): PostStagesOptions {
  return {
    jobStatus,
    context: box.context,
    runners: runnersOf(box),
    log,
    cancelSignal: new AbortController().signal,
    killSignal: new AbortController().signal
  }
}

async function runPosts(jobStatus: JobStatus, log = postLog()) {
  const manifestPath = await registry.persist()
  const result = await runPostStages(manifestPath, postOptions(jobStatus, log))
  return { result, log }
}

describe('post registry (§4.6, §6.2)', () => {
  it('§4.6: a post is registered when main starts, before the action runs; once per step', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      postStages: registry
    })
    const step = usesStep(action.uses, { key: 'only', with: { marker } })

    const running = executor.execute(requestFor(box, step, { displayName: 'Stateful' }))
    // Registration is synchronous at start: visible before the process has even run.
    expect(registry.registered.map((entry) => entry.key)).toEqual(['only'])
    await running
    await executor.execute(requestFor(box, step, { displayName: 'Stateful' }))

    expect(registry.registered).toHaveLength(1)
    expect(registry.registered[0]).toMatchObject({
      displayName: 'Stateful',
      condition: 'always()',
      identity: { GITHUB_ACTION: step.id, GITHUB_ACTION_REPOSITORY: 'octo/stateful' }
    })
  })

  it('§6.2: the manifest lives under RUNNER_TEMP, readable only by us, with inputs and the latest state', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      postStages: registry
    })
    await executor.execute(requestFor(box, usesStep(action.uses, { with: { label: 'L' } })))

    const manifestPath = await registry.persist({ env: { A: '1' }, pathPrepend: ['/x'] })

    expect(path.dirname(manifestPath)).toBe(box.runnerTemp)
    expect((await stat(manifestPath)).mode & 0o777).toBe(0o600)
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
    expect(manifest.final).toEqual({ env: { A: '1' }, pathPrepend: ['/x'] })
    expect(manifest.entries[0].inputs).toMatchObject({ label: 'L', repo: 'octo/hello' })
    expect(manifest.entries[0].state).toEqual({ phase: 'main', 'main-saw': '' })
  })

  it('§4.6: under concurrency, registration order is start order', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      postStages: registry
    })
    // The first to start is the last to finish: registration must follow starts, not ends.
    const delays: Record<string, string> = { s1: '400', s2: '200', s3: '0' }
    const starts = ['s1', 's2', 's3'].map(async (key) =>
      executor.execute(
        requestFor(
          box,
          usesStep(action.uses, { key, with: { label: key, 'delay-ms': delays[key] } })
        )
      )
    )
    await Promise.all(starts)

    expect(registry.registered.map((entry) => entry.key)).toEqual(['s1', 's2', 's3'])
  })

  it('§4.6: registration comes before input evaluation, so a stage failing there still gets its post', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      postStages: registry
    })
    const request = requestFor(
      box,
      usesStep(action.uses, { with: { label: '${{ fromJSON(x) }}' } })
    )

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Failed')
    expect(registry.registered).toHaveLength(1)
  })
})

describe('post stages (§6.5)', () => {
  it('§6.5: posts run newest first, with the inputs and state of their own step', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      postStages: registry
    })
    for (const label of ['A', 'B', 'C']) {
      const step = usesStep(action.uses, { key: label, with: { label, marker } })
      await executor.runStage('pre', requestFor(box, step, { displayName: `Pre Step ${label}` }))
      await executor.execute(requestFor(box, step, { displayName: `Step ${label}` }))
    }

    const { result, log } = await runPosts('success')

    expect(result.failed).toBe(false)
    expect(log.titles).toEqual(['Post Step C', 'Post Step B', 'Post Step A'])
    expect(log.logs[0].lines).toEqual(['Post job cleanup.'])
    const lines = await markerLines()
    expect(lines.map((line) => line.label)).toEqual(['C', 'B', 'A'])
    expect(lines.every((line) => line.phase === 'main' && line.mainSaw === 'pre')).toBe(true)
  })

  it('§6.5: posts start from the final job env and PATH, plus the step’s own env', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      postStages: registry
    })
    const step = usesStep(action.uses, { with: { marker }, env: { STEP_ONLY: 'step value' } })
    await executor.execute(requestFor(box, step))

    const manifestPath = await registry.persist({
      env: { FROM_FINAL: 'final value' },
      pathPrepend: ['/older/bin', '/final/bin']
    })
    await runPostStages(manifestPath, postOptions('success', postLog()))

    expect(await markerLines()).toEqual([
      expect.objectContaining({
        fromFinal: 'final value',
        stepEnv: 'step value',
        firstPath: '/final/bin',
        action: step.id
      })
    ])
  })

  it('§4.6: post-if is evaluated against the job status given: failure() runs only on failure', async () => {
    const base = await statefulRemote()
    const onFailure = withPostIf(base, 'failure()', 'octo/stateful@on-failure')
    const onAlways = withPostIf(base, 'always()', 'octo/stateful@always')
    const run = async (jobStatus: JobStatus): Promise<string[]> => {
      const file = path.join(box.root, `marker-${jobStatus}.jsonl`)
      registry = new PostStageRegistry({ runnerTemp: box.runnerTemp })
      const executor = usesExecutor(box, {
        actions: catalogOf(onFailure, onAlways),
        postStages: registry
      })
      for (const action of [onFailure, onAlways]) {
        const label = action.uses.split('@')[1]
        const step = usesStep(action.uses, { key: label, with: { label, marker: file } })
        await executor.execute(requestFor(box, step))
      }
      const { result } = await runPosts(jobStatus)
      expect(result.stages.map((stage) => stage.result)).toEqual(
        jobStatus === 'failure' ? ['Succeeded', 'Succeeded'] : ['Succeeded', 'Skipped']
      )
      return (await markerLines(file)).map((line) => line.label)
    }

    expect(await run('success')).toEqual(['always'])
    expect(await run('failure')).toEqual(['always', 'on-failure'])
    expect(await run('cancelled')).toEqual(['always'])
  })

  it('§4.6: a failing post makes the job status failure for the posts after it', async () => {
    const base = await statefulRemote()
    const broken: LoadedAction = {
      ...withPostIf(base, 'always()', 'octo/broken@v1'),
      manifest: {
        ...base.manifest,
        runs: { using: 'node20', main: 'main.js', post: 'no-such-post.js' }
      }
    }
    const onSuccess = withPostIf(base, 'success()', 'octo/stateful@on-success')
    const executor = usesExecutor(box, {
      actions: catalogOf(broken, onSuccess),
      postStages: registry
    })
    // Registered first, so it runs last: after the broken post failed.
    await executor.execute(
      requestFor(box, usesStep(onSuccess.uses, { key: 'ok', with: { marker } }))
    )
    await executor.execute(requestFor(box, usesStep(broken.uses, { key: 'broken' })))

    const { result, log } = await runPosts('success')

    expect(result.failed).toBe(true)
    expect(result.stages.map((stage) => [stage.key, stage.result])).toEqual([
      ['broken', 'Failed'],
      ['ok', 'Skipped']
    ])
    expect(log.logs[0].errors).toEqual([
      `File not found: '${path.join(STATEFUL_DIR, 'no-such-post.js')}'`
    ])
  })

  it('§6.5: a missing manifest means nothing to run', async () => {
    const result = await runPostStages(
      path.join(box.runnerTemp, 'absent.json'),
      postOptions('success', postLog())
    )
    expect(result).toEqual({ failed: false, stages: [], env: [], path: [], summaries: [] })
  })
})

describe('pre stages (§4.6)', () => {
  it('§4.6: pre runs in list order as `Pre <name>`, honours pre-if, skips local actions, and registers the post', async () => {
    const remote = await statefulRemote()
    const skipped = withPreIf(remote, "github.repository == 'someone/else'", 'octo/stateful@skip')
    const local = await loadFixture(STATEFUL_DIR, { kind: 'local', path: './here' }, './here')
    const catalog = catalogOf(remote, skipped, local)
    const states = new Map<string, Record<string, string>>()
    const executor = usesExecutor(box, {
      actions: catalog,
      postStages: registry,
      states
    })
    const steps = [
      usesStep(local.uses, { key: 'local' }),
      usesStep(remote.uses, {
        key: 'first',
        name: 'First ${{ github.repository }}',
        with: { label: 'one' }
      }),
      usesStep(skipped.uses, { key: 'skipped' }),
      usesStep(remote.uses, { key: 'second', with: { label: 'two' } })
    ]
    const requests: Array<{ key: string; title: string; log: RecordingLog }> = []

    const outcomes = await runPreStages(steps, catalog, {
      runStage: async (request) => executor.runStage('pre', request),
      scope: () => scopeFor(box),
      request: (step, title) => {
        const request = requestFor(box, step, { displayName: title })
        requests.push({ key: step.key, title, log: request.log })
        return request
      }
    })

    expect(outcomes.map((outcome) => [outcome.title, outcome.result])).toEqual([
      ['Pre First octo/hello', 'Succeeded'],
      ['Pre Run octo/stateful@skip', 'Skipped'],
      ['Pre Run octo/stateful@v1', 'Succeeded']
    ])
    expect(requests.map((request) => request.key)).toEqual(['first', 'second'])
    expect(requests[0].log.lines).toContain('pre ran for one')
    expect(requests[0].log.ended).toMatch(/Pre First octo\/hello/)
    expect(states.get('first')).toEqual({ phase: 'pre', label: 'one' })
    expect(states.get('second')).toEqual({ phase: 'pre', label: 'two' })
    // Registered from pre, the post is named after the step, not `Post Pre …`.
    expect(registry.registered.map((entry) => [entry.key, entry.displayName])).toEqual([
      ['first', 'First octo/hello'],
      ['second', 'Run octo/stateful@v1']
    ])
  })
})

describe('pre stages: the step env (§4.6, R4.1)', () => {
  it("§4.6: pre gets the step's evaluated env:, pre-if reads it, and an env error fails the pre", async () => {
    const remote = await statefulRemote()
    const guarded = withPreIf(remote, "env.STEP_ONLY == 'octo/hello-x'", 'octo/stateful@guarded')
    const catalog = catalogOf(remote, guarded)
    const executor = usesExecutor(box, { actions: catalog, postStages: registry })
    const steps = [
      usesStep(guarded.uses, { key: 'ok', env: { STEP_ONLY: '${{ github.repository }}-x' } }),
      usesStep(remote.uses, { key: 'broken', env: { STEP_ONLY: "${{ fromJSON('{') }}" } })
    ]
    const seen: Array<[string, string | undefined]> = []
    const outcomes = await runPreStages(steps, catalog, {
      runStage: async (request) => executor.runStage('pre', request),
      scope: () => scopeFor(box),
      request: (step, title, envContext) => {
        seen.push([step.key, envContext.STEP_ONLY])
        return { ...requestFor(box, step, { displayName: title }), envContext }
      }
    })
    expect(outcomes.map((outcome) => [outcome.title, outcome.result])).toEqual([
      ['Pre Run octo/stateful@guarded', 'Succeeded'],
      ['Pre Run octo/stateful@v1', 'Failed']
    ])
    expect(seen[0]).toEqual(['ok', 'octo/hello-x'])
    // The post registered from pre restores the step's own env value.
    expect(registry.registered.find((entry) => entry.key === 'ok')?.stepEnv).toEqual({
      STEP_ONLY: 'octo/hello-x'
    })
  })
})

describe('stage conditions', () => {
  it('PR #293: pre-if/post-if are not wrapped in success(): a plain condition holds after a failure', () => {
    const scope = { ...scopeFor(box), status: 'failure' as const }
    expect(evaluateStageCondition("github.repository == 'octo/hello'", scope)).toBe(true)
    expect(evaluateStageCondition("${{ github.repository == 'octo/hello' }}", scope)).toBe(true)
    expect(evaluateStageCondition('success()', scope)).toBe(false)
    expect(evaluateStageCondition('failure()', scope)).toBe(true)
    expect(evaluateStageCondition('', scope)).toBe(true)
  })
})
