/**
 * Node action steps (the `uses:` executor and the node stage runner) with real node processes and the stateful fixture action
 * (docs/runner-emulation.md §4.5, §5, §1.2, §1.4, §2.6).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { nodeFlags } from '../../src/executors/node-action.js'
import {
  ALLOW_UNSECURE_NODE,
  FORCE_NODE24,
  NODE24_BY_DEFAULT_MESSAGE,
  processNodeRuntime,
  type NodeRuntimeHost
} from '../../src/runner/node-runtime.js'
import {
  catalogOf,
  loadFixture,
  outputsOf,
  RecordingLog,
  requestFor,
  sandbox,
  STATEFUL_DIR,
  statefulRemote,
  runnersOf,
  usesExecutor,
  usesStep,
  type Sandbox
} from './action-helpers.js'
import type { LoadedAction } from '../../src/catalog/model.js'

let box: Sandbox

beforeEach(async () => {
  box = await sandbox()
})

afterEach(async () => {
  await box.cleanup()
})

describe('node actions: inputs (§5)', () => {
  it('§5.3: provided inputs win, case-insensitively; defaults fill the rest, expressions included', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const step = usesStep(action.uses, {
      id: 'greet',
      with: { Greeting: 'hi ${{ github.sha }}', needed: 'yes' }
    })
    const request = requestFor(box, step)

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Succeeded')
    const outputs = outputsOf(execution)
    expect(outputs.greeting).toBe('hi abc123')
    expect(outputs.repo).toBe('octo/hello')
    expect(outputs.label).toBe('one')
    expect(outputs.needed).toBe('yes')
    // An input without a default is still set, to ''.
    expect(outputs['old-name']).toBe('')
    // The header lists non-empty inputs, the provided spelling first.
    expect(request.log.lines.slice(0, 7)).toEqual([
      'with:',
      '  Greeting: hi abc123',
      '  needed: yes',
      '  repo: octo/hello',
      '  label: one',
      '  exit-code: 0',
      '  delay-ms: 0'
    ])
  })

  it('§5.4: deprecation and unexpected-input warnings; `required` is not enforced', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const request = requestFor(
      box,
      usesStep(action.uses, { with: { 'old-name': 'x', bogus: '1', Extra: '2' } })
    )

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Succeeded')
    expect(outputsOf(execution).needed).toBe('')
    expect(request.log.warnings).toEqual([
      "Input 'old-name' has been deprecated with message: Use greeting instead.",
      "Unexpected input(s) 'bogus', 'Extra', valid inputs are ['greeting', 'repo', 'label', " +
        "'marker', 'exit-code', 'delay-ms', 'old-name', 'needed']"
    ])
    expect(request.log.errors).toEqual([])
  })

  it('R7: `with:` is evaluated when the step starts; an evaluation error fails the step', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const request = requestFor(
      box,
      usesStep(action.uses, { with: { greeting: '${{ fromJSON(x) }}' } })
    )

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Failed')
    expect(request.log.errors).toHaveLength(1)
    expect(request.log.errors[0]).toMatch(/^with\.greeting: /)
  })
})

describe('node actions: environment (§1.2, §1.4)', () => {
  it('§1.2: runtime variables reach node actions; our own INPUT_*/STATE_* do not', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })

    const outputs = outputsOf(await executor.execute(requestFor(box, usesStep(action.uses))))

    expect(outputs['runtime-token']).toBe('runtime-token-123')
    expect(outputs['our-input']).toBe('<unset>')
    expect(outputs['our-state']).toBe('<unset>')
  })

  it('§1.4: a remote action gets its repository and ref, no GITHUB_ACTION_PATH, the workspace as cwd', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })

    const outputs = outputsOf(
      await executor.execute(requestFor(box, usesStep(action.uses, { id: 'mine' })))
    )

    expect(outputs.action).toBe('mine')
    expect(outputs['action-repository']).toBe('octo/stateful')
    expect(outputs['action-ref']).toBe('v1')
    expect(outputs['action-path']).toBe('<unset>')
    expect(outputs.cwd).toBe(box.workspace)
  })

  it("expressions §3: `with:` sees the step's own github.action, action_repository, action_ref and files", async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const step = usesStep(action.uses, {
      id: 'mine',
      with: {
        greeting: '${{ github.action }} ${{ github.action_repository }}@${{ github.action_ref }}',
        label: '${{ github.output }}'
      }
    })

    const outputs = outputsOf(await executor.execute(requestFor(box, step)))

    expect(outputs.greeting).toBe('mine octo/stateful@v1')
    expect(outputs.label).toMatch(
      new RegExp(`^${box.runnerTemp}/_runner_file_commands/set_output_[0-9a-f-]{36}$`)
    )
  })

  it('§1.4: a local action gets empty repository and ref, and a warning that its pre is not run', async () => {
    const local = path.join(box.workspace, 'local-stateful')
    await cp(STATEFUL_DIR, local, { recursive: true })
    const action = await loadFixture(
      local,
      { kind: 'local', path: './local-stateful' },
      './local-stateful'
    )
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const request = requestFor(box, usesStep('./local-stateful', { id: 'local' }))

    const outputs = outputsOf(await executor.execute(request))

    expect(outputs.action).toBe('local')
    expect(outputs['action-repository']).toBe('')
    expect(outputs['action-ref']).toBe('')
    expect(request.log.warnings).toContain(
      "`pre` execution is not supported for local action from './local-stateful'"
    )
  })
})

describe('node actions: results (§2.6, §4.5)', () => {
  it('§2.6: a non-zero exit fails the step without an extra message; file commands are still read', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const request = requestFor(box, usesStep(action.uses, { with: { 'exit-code': '3' } }))

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Failed')
    expect(request.log.errors).toEqual([])
    expect(outputsOf(execution).greeting).toBe('hello')
    expect(request.log.commands).toEqual(['::notice::main ran'])
  })

  it('§4.5: a missing entry file fails the step, naming the file', async () => {
    const action = await statefulRemote()
    const broken = {
      ...action,
      manifest: { ...action.manifest, runs: { using: 'node20' as const, main: 'missing.js' } }
    }
    const executor = usesExecutor(box, { actions: catalogOf(broken) })
    const request = requestFor(box, usesStep(action.uses))

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Failed')
    expect(request.log.errors).toEqual([
      `File not found: '${path.join(STATEFUL_DIR, 'missing.js')}'`
    ])
  })

  it('an action that was not prepared fails the step with the catalog message', async () => {
    const executor = usesExecutor(box, { actions: catalogOf() })
    const request = requestFor(box, usesStep('octo/absent@v1'))

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Failed')
    expect(request.log.errors).toEqual(["The action 'octo/absent@v1' was not prepared."])
  })
})

describe('node actions: state (§4.6)', () => {
  it('§4.6: what pre saves reaches main as STATE_*, and main adds to the same step state', async () => {
    const action = await statefulRemote()
    const states = new Map<string, Record<string, string>>()
    const executor = usesExecutor(box, { actions: catalogOf(action), states })
    const step = usesStep(action.uses, { key: 'k1', with: { label: 'first' } })

    const pre = await executor.runStage('pre', requestFor(box, step, { displayName: 'Pre x' }))
    const main = await executor.execute(requestFor(box, step))

    expect(pre.result).toBe('Succeeded')
    expect(outputsOf(main)['state-phase']).toBe('pre')
    expect(states.get('k1')).toEqual({ phase: 'main', label: 'first', 'main-saw': 'pre' })
  })

  it('§4.6: state is kept per step: another step of the same action starts empty', async () => {
    const action = await statefulRemote()
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const first = usesStep(action.uses, { key: 'a' })
    const second = usesStep(action.uses, { key: 'b' })

    await executor.runStage('pre', requestFor(box, first))
    const other = await executor.execute(requestFor(box, second))

    expect(outputsOf(other)['state-phase']).toBe('<unset>')
  })
})

describe('the node command line (§4.5)', () => {
  it('§4.5: --no-maglev for node24 actions when ACTIONS_RUNNER_DISABLE_NODE_MAGLEV is true', () => {
    expect(nodeFlags('node24', { ACTIONS_RUNNER_DISABLE_NODE_MAGLEV: 'true' })).toEqual([
      '--no-maglev'
    ])
    expect(nodeFlags('node24', { ACTIONS_RUNNER_DISABLE_NODE_MAGLEV: 'TRUE' })).toEqual([
      '--no-maglev'
    ])
    expect(nodeFlags('node24', { ACTIONS_RUNNER_DISABLE_NODE_MAGLEV: 'false' })).toEqual([])
    expect(nodeFlags('node24', {})).toEqual([])
    // Only node24 has the flag in the runner's handler.
    expect(nodeFlags('node20', { ACTIONS_RUNNER_DISABLE_NODE_MAGLEV: 'true' })).toEqual([])
  })

  it('§4.5: the flag reaches the node process that runs the action', async () => {
    const folder = path.join(box.workspace, 'argv-action')
    await mkdir(folder, { recursive: true })
    await writeFile(
      path.join(folder, 'action.yml'),
      'name: argv\nruns:\n  using: node24\n  main: main.js\n'
    )
    await writeFile(
      path.join(folder, 'main.js'),
      "require('fs').appendFileSync(process.env.GITHUB_OUTPUT, `flags=${process.execArgv.join(' ')}\\n`)\n"
    )
    const action = await loadFixture(
      folder,
      { kind: 'local', path: './argv-action' },
      './argv-action'
    )
    // The flag goes with the node that runs: a runner's node24, beside the one that runs us.
    const nodeRuntime = await fakeExternals(['node24'])
    const run = async (disable: string): Promise<string | undefined> => {
      const executor = usesExecutor(box, {
        actions: catalogOf(action),
        context: {
          baseEnv: { ...box.context.baseEnv, ACTIONS_RUNNER_DISABLE_NODE_MAGLEV: disable },
          nodeRuntime
        }
      })
      const execution = await executor.execute(requestFor(box, usesStep(action.uses, { id: 'a' })))
      expect(execution.result).toBe('Succeeded')
      return outputsOf(execution).flags
    }
    expect(await run('true')).toBe('--no-maglev')
    expect(await run('false')).toBe('')
  })
})

/**
 * A runner's externals folder in the sandbox: each version a link to the real node, started as
 * `node24` (our own node, as the runner starts us), on the given date.
 */
async function fakeExternals(
  versions: string[],
  now = new Date(Date.UTC(2026, 6, 1))
): Promise<NodeRuntimeHost> {
  const externals = path.join(box.root, 'externals')
  for (const version of versions) {
    await mkdir(path.join(externals, version, 'bin'), { recursive: true })
    await symlink(process.execPath, path.join(externals, version, 'bin', 'node'))
  }
  return {
    ...processNodeRuntime(),
    execPath: path.join(externals, 'node24', 'bin', 'node'),
    now: () => now
  }
}

/** A local node action that writes the node it runs on (`argv[0]`, unresolved) to its outputs. */
async function whichNodeAction(using: string): Promise<LoadedAction> {
  const folder = path.join(box.workspace, `which-${using}`)
  await mkdir(folder, { recursive: true })
  await writeFile(
    path.join(folder, 'action.yml'),
    `name: which\nruns:\n  using: ${using}\n  main: main.js\n  post: main.js\n`
  )
  await writeFile(
    path.join(folder, 'main.js'),
    "require('fs').appendFileSync(process.env.GITHUB_OUTPUT, `argv0=${process.argv0}\\n`)\n"
  )
  return loadFixture(folder, { kind: 'local', path: `./which-${using}` }, `./which-${using}`)
}

describe('the node that runs the action (§4.5)', () => {
  it("§4.5: a node20 action runs on the runner's node24 from the node24-default date, with a line saying why", async () => {
    const nodeRuntime = await fakeExternals(['node20', 'node24'])
    const action = await whichNodeAction('node20')
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      context: { nodeRuntime }
    })
    const request = requestFor(box, usesStep(action.uses, { id: 'a' }))

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Succeeded')
    const node24 = path.join(box.root, 'externals', 'node24', 'bin', 'node')
    expect(outputsOf(execution).argv0).toBe(node24)
    expect(request.log.lines).toContain(
      `runs.using: node20 → node24 (${node24}): ${NODE24_BY_DEFAULT_MESSAGE}`
    )
  })

  it('§4.5: before the date, or with ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION in the step env, a node20 action runs on node20', async () => {
    const action = await whichNodeAction('node20')
    const node20 = path.join(box.root, 'externals', 'node20', 'bin', 'node')
    const before = await fakeExternals(['node20', 'node24'], new Date(Date.UTC(2026, 0, 1)))
    const after = { ...before, now: () => new Date(Date.UTC(2026, 6, 1)) }
    const run = async (
      nodeRuntime: NodeRuntimeHost,
      env: Record<string, string>
    ): Promise<string | undefined> => {
      const executor = usesExecutor(box, {
        actions: catalogOf(action),
        context: { nodeRuntime }
      })
      const request = requestFor(box, usesStep(action.uses, { id: 'a' }))
      const execution = await executor.execute({
        ...request,
        envContext: { ...request.envContext, ...env }
      })
      expect(request.log.lines.some((line) => line.startsWith('runs.using:'))).toBe(false)
      return outputsOf(execution).argv0
    }
    expect(await run(before, {})).toBe(node20)
    expect(await run(after, { [ALLOW_UNSECURE_NODE]: 'true' })).toBe(node20)
  })

  it("§4.5: both flags true in the step env: the runner's warning, and the default of the phase runs", async () => {
    const nodeRuntime = await fakeExternals(['node20', 'node24'])
    const action = await whichNodeAction('node20')
    const executor = usesExecutor(box, {
      actions: catalogOf(action),
      context: { nodeRuntime }
    })
    const request = requestFor(box, usesStep(action.uses, { id: 'a' }))
    const execution = await executor.execute({
      ...request,
      envContext: { ...request.envContext, [FORCE_NODE24]: 'true', [ALLOW_UNSECURE_NODE]: 'true' }
    })
    expect(outputsOf(execution).argv0).toBe(
      path.join(box.root, 'externals', 'node24', 'bin', 'node')
    )
    expect(request.log.warnings).toEqual([
      `Both ${FORCE_NODE24} and ${ALLOW_UNSECURE_NODE} environment variables are set to true in ` +
        'the workflow environment. This is likely a configuration error. Using the default Node ' +
        'version: node24.'
    ])
  })

  it('§4.5: the post stage picks its node too, at post time', async () => {
    const action = await whichNodeAction('node20')
    const nodeRuntime = await fakeExternals(['node20', 'node24'])
    const runners = runnersOf(box, { context: { nodeRuntime } })
    const log = new RecordingLog()
    const execution = await runners.node({
      stage: 'post',
      action,
      inputs: {},
      identity: { GITHUB_ACTION: 'a', GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' },
      envContext: { [ALLOW_UNSECURE_NODE]: 'true' },
      stepEnvNames: [],
      headerEnvNames: [],
      pathPrepend: [],
      state: {},
      files: box.context.fileCommands.create(),
      log,
      cancelSignal: new AbortController().signal,
      killSignal: new AbortController().signal
    })
    expect(outputsOf(execution).argv0).toBe(
      path.join(box.root, 'externals', 'node20', 'bin', 'node')
    )
    expect(log.lines[0]).toBe('Post job cleanup.')
  })
})
