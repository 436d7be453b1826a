/**
 * Docker action steps (the `uses:` executor and the Docker stage runner) against a recording stand-in `docker` first on PATH
 * (docs/runner-emulation.md §4.9, §1.2): the exact `docker run` line, env passing, path
 * translation both ways, args quoting, Dockerfile builds, and the no-daemon failure.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { runPostStages } from '../../src/executors/action-stages.js'
import { PostStageRegistry } from '../../src/executors/post-manifest.js'
import type { LoadedAction } from '../../src/catalog/model.js'
import {
  containerArguments,
  dockerInstanceLabel,
  isDockerfile,
  sanitizeContainerName,
  toContainerPath,
  toHostPath,
  containerMounts,
  containerPlatformProblem
} from '../../src/executors/docker-run.js'
import { locateDockerCli } from '../../src/executors/docker-cli.js'
import {
  catalogOf,
  DOCKERFILE_DIR,
  FIXTURES,
  loadFixture,
  outputsOf,
  RecordingLog,
  requestFor,
  runnersOf,
  sandbox,
  usesExecutor,
  usesStep,
  type Sandbox
} from './action-helpers.js'

interface DockerCall {
  argv: string[]
  cwd: string
  env: Record<string, string | null>
}

let box: Sandbox
let record: string
/**
 * Our process's PATH as the tests found it. io.which locates docker in our own process's PATH
 * (docker-cli.ts), as WhichUtil does in the runner's, so the tests put stand-ins there too.
 */
const PROCESS_PATH = process.env.PATH

/** A `docker` stand-in in `bin` that runs the recording fake, after an optional shell prelude. */
async function writeStandIn(bin: string, prelude = ''): Promise<void> {
  await mkdir(bin, { recursive: true })
  const standIn = path.join(bin, 'docker')
  await writeFile(
    standIn,
    `#!/bin/sh\n${prelude}exec "${process.execPath}" "${path.join(FIXTURES, 'docker/fake-docker.mjs')}" "$@"\n`
  )
  await chmod(standIn, 0o755)
}

async function dockerSandbox(extraEnv: Record<string, string> = {}): Promise<Sandbox> {
  const created = await sandbox()
  const bin = path.join(created.root, 'bin')
  await writeStandIn(bin)
  record = path.join(created.root, 'docker-calls.jsonl')
  Object.assign(created.context.baseEnv, {
    PATH: `${bin}:${PROCESS_PATH}`,
    FAKE_DOCKER_RECORD: record,
    ...extraEnv
  })
  process.env.PATH = created.context.baseEnv.PATH
  return created
}

async function calls(): Promise<DockerCall[]> {
  const text = await readFile(record, 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as DockerCall)
}

function mountArguments(): string[] {
  const rt = box.runnerTemp
  return [
    '-v',
    '/var/run/docker.sock:/var/run/docker.sock',
    '-v',
    `${rt}:/github/runner_temp`,
    '-v',
    `${rt}/_github_home:/github/home`,
    '-v',
    `${rt}/_github_workflow:/github/workflow`,
    '-v',
    `${rt}/_runner_file_commands:/github/file_commands`,
    '-v',
    `${box.workspace}:/github/workspace`
  ]
}

/** The context variables the sandbox env has, in the runner's order, then identity and files. */
const CONTEXT_NAMES = [
  'GITHUB_EVENT_PATH',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'GITHUB_WORKSPACE',
  'RUNNER_OS',
  'RUNNER_TEMP',
  'RUNNER_WORKSPACE',
  'GITHUB_ACTION',
  'GITHUB_ACTION_REPOSITORY',
  'GITHUB_ACTION_REF',
  'GITHUB_PATH',
  'GITHUB_ENV',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
  'GITHUB_OUTPUT',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RUNTIME_TOKEN'
]

async function localDockerfileAction(): Promise<LoadedAction> {
  const directory = path.join(box.workspace, 'my-docker')
  await cp(DOCKERFILE_DIR, directory, { recursive: true })
  return loadFixture(directory, { kind: 'local', path: './my-docker' }, './my-docker')
}

beforeEach(async () => {
  box = await dockerSandbox()
})

afterEach(async () => {
  process.env.PATH = PROCESS_PATH
  await box.cleanup()
})

describe('docker://image steps (§4.9)', () => {
  it('§4.9: pulls, then runs with the runner’s exact option order, env names only, and args split by .NET rules', async () => {
    const executor = usesExecutor(box)
    const step = usesStep('docker://alpine:3', {
      id: 'container',
      env: { MY_VAR: 'mine' },
      with: { args: `--flag "two words" 'single'`, entryPoint: '/bin/sh', other: 'x' }
    })
    const request = requestFor(box, step)

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Succeeded')
    const [version, pull, run] = await calls()
    expect(version.argv).toEqual(['version', '--format', '{{.Server.Version}}'])
    expect(pull.argv).toEqual(['pull', 'alpine:3'])
    const names = [
      'WORKFLOW_VAR',
      'OUT_DIR',
      'MY_VAR',
      'INPUT_ARGS',
      'INPUT_ENTRYPOINT',
      'INPUT_OTHER',
      'HOME',
      ...CONTEXT_NAMES
    ]
    expect(run.argv).toEqual([
      'run',
      '--name',
      expect.stringMatching(/^alpine3_[0-9a-f]{6}$/),
      '--label',
      dockerInstanceLabel(box.runnerTemp),
      '--workdir',
      '/github/workspace',
      '--rm',
      ...names.flatMap((name) => ['-e', name]),
      '-e',
      'GITHUB_ACTIONS=true',
      '-e',
      'CI=true',
      '--entrypoint',
      '/bin/sh',
      ...mountArguments(),
      'alpine:3',
      '--flag',
      'two words',
      "'single'"
    ])
    // A docker:// image has no metadata, so nothing is "unexpected".
    expect(request.log.warnings).toEqual([])
  })

  it('§4.9: values travel in the CLI env, translated to container paths; unmounted host paths stay or are dropped', async () => {
    const executor = usesExecutor(box)
    const step = usesStep('docker://alpine:3', { id: 'container', env: { MY_VAR: 'mine' } })

    await executor.execute(requestFor(box, step))

    const run = (await calls()).find((call) => call.argv[0] === 'run')!
    expect(run.env).toMatchObject({
      MY_VAR: 'mine',
      WORKFLOW_VAR: 'from the workflow',
      OUT_DIR: '/github/workspace/out',
      HOME: '/github/home',
      GITHUB_WORKSPACE: '/github/workspace',
      GITHUB_EVENT_PATH: '/github/workflow/event.json',
      RUNNER_TEMP: '/github/runner_temp',
      RUNNER_WORKSPACE: path.join(box.root, 'hello'),
      GITHUB_ACTION: 'container',
      GITHUB_ACTION_REPOSITORY: '',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-123'
    })
    expect(run.env.GITHUB_OUTPUT).toMatch(/^\/github\/file_commands\/set_output_[0-9a-f-]{36}$/)
    // The worker's own environment never reaches the container, nor do our inputs and state.
    for (const name of ['PATH', 'JAVA_HOME', 'HOSTNAME', 'CI', 'INPUT_STEPS', 'STATE_ours']) {
      expect(run.argv).not.toContain(name)
    }
  })

  it('§3.6: the container’s file commands are read, and annotation paths come back as host paths', async () => {
    const executor = usesExecutor(box)
    const request = requestFor(box, usesStep('docker://alpine:3', { id: 'container' }))

    const execution = await executor.execute(request)

    expect(outputsOf(execution)).toEqual({
      'from-container': 'yes',
      workspace: '/github/workspace'
    })
    expect(request.log.commands).toEqual([
      `::error file=${box.workspace}/src/app.ts,line=3::container failure`
    ])
    expect(request.log.lines).toContain('hello from the container')
  })

  it('§4.9: a non-zero exit of the container fails the step', async () => {
    await box.cleanup()
    box = await dockerSandbox({ FAKE_DOCKER_RUN_EXIT: '2' })
    const executor = usesExecutor(box)

    const execution = await executor.execute(requestFor(box, usesStep('docker://alpine:3')))

    expect(execution.result).toBe('Failed')
  })

  it('§4.9: --network only when the job network is known', async () => {
    const executor = usesExecutor(box, { dockerNetwork: 'github_network_1' })

    await executor.execute(requestFor(box, usesStep('docker://alpine:3')))

    const run = (await calls()).find((call) => call.argv[0] === 'run')!
    const at = run.argv.indexOf('--network')
    expect(run.argv.slice(at, at + 2)).toEqual(['--network', 'github_network_1'])
    expect(run.argv[at + 2]).toBe('-v')
  })
})

describe('Dockerfile actions (§4.9)', () => {
  it('§4.9: builds the Dockerfile, then runs the image with runs.entrypoint, quoted runs.args and runs.env', async () => {
    const action = await localDockerfileAction()
    const executor = usesExecutor(box, { actions: catalogOf(action) })
    const request = requestFor(box, usesStep(action.uses, { id: 'built' }))

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Succeeded')
    const [version, build, run] = await calls()
    expect(version.argv[0]).toBe('version')
    const label = dockerInstanceLabel(box.runnerTemp)
    expect(build).toMatchObject({
      argv: [
        'build',
        '-t',
        expect.stringMatching(new RegExp(`^${label}:[0-9a-f]{32}$`)),
        '-f',
        path.join(action.directory, 'Dockerfile'),
        action.directory
      ],
      cwd: box.workspace
    })
    const tag = build.argv[2]
    const names = ['WORKFLOW_VAR', 'OUT_DIR', 'INPUT_WHO', 'FROM_RUNS', 'HOME', ...CONTEXT_NAMES]
    expect(run.argv).toEqual([
      'run',
      '--name',
      expect.stringMatching(new RegExp(`^${sanitizeContainerName(tag)}_[0-9a-f]{6}$`)),
      '--label',
      label,
      '--workdir',
      '/github/workspace',
      '--rm',
      ...names.flatMap((name) => ['-e', name]),
      '-e',
      'GITHUB_ACTIONS=true',
      '-e',
      'CI=true',
      '--entrypoint',
      '/entry.sh',
      ...mountArguments(),
      tag,
      'World',
      'say "hi"',
      ''
    ])
    // runs.env never overrides the workflow's env.
    expect(run.env).toMatchObject({
      FROM_RUNS: 'World',
      WORKFLOW_VAR: 'from the workflow',
      INPUT_WHO: 'World'
    })
    expect(request.log.lines).toContain(
      `Dockerfile for action: '${path.join(action.directory, 'Dockerfile')}'.`
    )
  })

  it('§4.9: a remote action is built from its repository root', async () => {
    const action = await loadFixture(
      DOCKERFILE_DIR,
      { kind: 'remote', owner: 'octo', repo: 'fixtures', path: 'dockerfile-action', ref: 'v2' },
      'octo/fixtures/dockerfile-action@v2'
    )
    action.repositoryDirectory = path.join(FIXTURES, 'docker')
    const executor = usesExecutor(box, { actions: catalogOf(action) })

    await executor.execute(requestFor(box, usesStep(action.uses, { id: 'remote' })))

    const [, build, run] = await calls()
    expect(build.cwd).toBe(path.join(FIXTURES, 'docker'))
    expect(run.env).toMatchObject({
      GITHUB_ACTION_REPOSITORY: 'octo/fixtures',
      GITHUB_ACTION_REF: 'v2'
    })
  })

  it('§4.6: pre and post run the image with pre-entrypoint and post-entrypoint', async () => {
    const action = await localDockerfileAction()
    const remote: LoadedAction = {
      ...action,
      uses: 'octo/fixtures@v1',
      reference: { kind: 'remote', owner: 'octo', repo: 'fixtures', path: '', ref: 'v1' }
    }
    const registry = new PostStageRegistry({ runnerTemp: box.runnerTemp })
    const executor = usesExecutor(box, { actions: catalogOf(remote), postStages: registry })
    const step = usesStep(remote.uses, { id: 'staged', with: { who: 'Pre' } })

    await executor.runStage('pre', requestFor(box, step, { displayName: 'Pre Staged' }))
    await executor.execute(requestFor(box, step, { displayName: 'Staged' }))
    const log = new RecordingLog()
    const posts = await runPostStages(await registry.persist(), {
      jobStatus: 'success',
      context: box.context,
      runners: runnersOf(box),
      log: { open: () => log },
      cancelSignal: new AbortController().signal,
      killSignal: new AbortController().signal
    })

    expect(posts.stages.map((stage) => [stage.title, stage.result])).toEqual([
      ['Post Staged', 'Succeeded']
    ])
    const entrypoints = (await calls())
      .filter((call) => call.argv[0] === 'run')
      .map((call) => call.argv[call.argv.indexOf('--entrypoint') + 1])
    expect(entrypoints).toEqual(['/pre.sh', '/entry.sh', '/post.sh'])
  })

  it('§4.9: an image that is neither docker:// nor a Dockerfile fails with the runner’s message', async () => {
    const action = await localDockerfileAction()
    const runs = action.manifest.runs
    if (runs.using !== 'docker') throw new Error('fixture must be a docker action')
    const odd: LoadedAction = {
      ...action,
      manifest: { ...action.manifest, runs: { ...runs, image: 'alpine:3' } }
    }
    const executor = usesExecutor(box, { actions: catalogOf(odd) })
    const request = requestFor(box, usesStep(odd.uses))

    const execution = await executor.execute(request)

    expect(execution.result).toBe('Failed')
    expect(request.log.errors).toEqual([
      "'alpine:3' should be either '[path]/Dockerfile' or 'docker://image[:tag]'."
    ])
  })
})

describe('no Docker daemon', () => {
  it('fails the step at once with a clear message, and asks the daemon only once per run', async () => {
    await box.cleanup()
    box = await dockerSandbox({ FAKE_DOCKER_NO_DAEMON: '1' })
    const executor = usesExecutor(box)
    const first = requestFor(box, usesStep('docker://alpine:3'))
    const second = requestFor(box, usesStep('docker://alpine:3'))

    const results = [await executor.execute(first), await executor.execute(second)]

    expect(results.map((result) => result.result)).toEqual(['Failed', 'Failed'])
    const message =
      'Docker actions need a Docker daemon, and none is reachable here (docker: Cannot connect ' +
      'to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?)'
    expect(first.log.errors).toEqual([message])
    expect(second.log.errors).toEqual([message])
    expect((await calls()).map((call) => call.argv[0])).toEqual(['version'])
  })

  it('fails with a clear message when there is no docker command at all', async () => {
    process.env.PATH = path.join(box.root, 'empty')
    const executor = usesExecutor(box, {
      context: { baseEnv: { ...box.context.baseEnv, PATH: process.env.PATH } }
    })
    const request = requestFor(box, usesStep('docker://alpine:3'))

    expect((await executor.execute(request)).result).toBe('Failed')
    expect(request.log.errors).toEqual([
      'Docker actions need a Docker daemon, and none is reachable here (docker: not found on PATH)'
    ])
  })
})

describe('the located docker CLI (§4.9, DockerCommandManager)', () => {
  it('the daemon probe goes through the docker located on our PATH, and reports an unreachable daemon as before', async () => {
    // The stand-in first on the step environment's PATH answers; the located one has no daemon.
    const located = path.join(box.root, 'located')
    await writeStandIn(located, 'FAKE_DOCKER_NO_DAEMON=1 ')
    process.env.PATH = `${located}:${PROCESS_PATH}`
    const executor = usesExecutor(box)
    const request = requestFor(box, usesStep('docker://alpine:3'))

    expect((await executor.execute(request)).result).toBe('Failed')
    expect(request.log.errors).toEqual([
      'Docker actions need a Docker daemon, and none is reachable here (docker: Cannot connect ' +
        'to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?)'
    ])
    expect((await calls()).map((call) => call.argv[0])).toEqual(['version'])
  })

  it('pull and run go through the same located docker, which the echoed command lines name', async () => {
    const located = path.join(box.root, 'located')
    await writeStandIn(located, `echo "$1" >> "${path.join(box.root, 'located.txt')}"\n`)
    process.env.PATH = `${located}:${PROCESS_PATH}`
    const executor = usesExecutor(box)
    const request = requestFor(box, usesStep('docker://alpine:3'))

    expect((await executor.execute(request)).result).toBe('Succeeded')
    const viaLocated = await readFile(path.join(box.root, 'located.txt'), 'utf8')
    expect(viaLocated.split('\n').filter(Boolean)).toEqual(['version', 'pull', 'run'])
    const echoed = request.log.lines.filter((line) => line.startsWith('##[command]'))
    expect(echoed.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      `##[command]${path.join(located, 'docker')} pull`,
      `##[command]${path.join(located, 'docker')} run`
    ])
  })
})

describe('the daemon probe timeout', () => {
  it('a daemon that does not answer in time is reported as unreachable, without waiting for the probe', async () => {
    // @actions/exec cannot stop the probe: it is left to end by itself (here after 2 s).
    const slow = path.join(box.root, 'slow')
    await writeStandIn(slow, 'sleep 2\n')
    process.env.PATH = `${slow}:${PROCESS_PATH}`
    const started = Date.now()

    const cli = await locateDockerCli(
      box.context.baseEnv as Record<string, string>,
      box.workspace,
      200
    )

    expect(cli).toEqual({
      problem:
        'Docker actions need a Docker daemon, and none is reachable here (docker: no answer within 0.2 s)'
    })
    expect(Date.now() - started).toBeLessThan(1800)
    await sleep(2200) // the abandoned probe ends before the test does
  })
})

describe('docker helpers', () => {
  it('TranslateToContainerPath / TranslateToHostPath: equal or inside a mount, most specific first', () => {
    const mounts = containerMounts('/w/_temp', '/w/repo/repo')
    expect(toContainerPath('/w/repo/repo', mounts)).toBe('/github/workspace')
    expect(toContainerPath('/w/repo/repo/a/b', mounts)).toBe('/github/workspace/a/b')
    expect(toContainerPath('/w/_temp/_runner_file_commands/set_env_1', mounts)).toBe(
      '/github/file_commands/set_env_1'
    )
    expect(toContainerPath('/w/_temp/other', mounts)).toBe('/github/runner_temp/other')
    expect(toContainerPath('/w/repo/repository', mounts)).toBe('/w/repo/repository')
    expect(toHostPath('/github/workspace/src/x.ts', mounts)).toBe('/w/repo/repo/src/x.ts')
    expect(toHostPath('/github/home', mounts)).toBe('/w/_temp/_github_home')
    expect(toHostPath('/elsewhere/x', mounts)).toBe('/elsewhere/x')
  })

  it('§4.9: Dockerfile detection and container-name sanitising', () => {
    expect(
      ['Dockerfile', 'build/Dockerfile', 'x/Dockerfile.ci', 'my.dockerfile'].map(isDockerfile)
    ).toEqual([true, true, true, true])
    expect(['docker://alpine', 'alpine:3', 'Dockerfiles/x'].map(isDockerfile)).toEqual([
      false,
      false,
      false
    ])
    expect(sanitizeContainerName('ghcr.io/owner/img:1.2')).toBe('ghcrioownerimg12')
    expect(sanitizeContainerName('3abc:4')).toBe('abc4')
  })

  it('§4.9: runs.args are quoted as the runner does, quirks included; with.args is split verbatim', async () => {
    const action = await localDockerfileAction()
    const runs = action.manifest.runs
    if (runs.using !== 'docker') throw new Error('fixture must be a docker action')
    const withArgs = (args: string[] | undefined): LoadedAction => ({
      ...action,
      manifest: { ...action.manifest, runs: { ...runs, args } }
    })
    expect(
      containerArguments(withArgs(['${{ inputs.WHO }}', 'a b', '']), { who: 'x' }, '/w')
    ).toEqual(['x', 'a b', ''])
    // `a\"b` becomes `"a\\"b"`, which .NET reads back as `a\b`: the runner's own result.
    expect(containerArguments(withArgs(['a\\"b']), {}, '/w')).toEqual(['a\\b'])
    expect(
      containerArguments(withArgs(undefined), { Args: `one "two three" 'four'` }, '/w')
    ).toEqual(['one', 'two three', "'four'"])
    expect(containerArguments(withArgs([]), { args: 'ignored' }, '/w')).toEqual([])
  })
})

describe('Linux only (§4.8)', () => {
  it("§4.8: on macOS and Windows a container action fails with the runner's message", () => {
    expect(containerPlatformProblem('linux')).toBeUndefined()
    expect(containerPlatformProblem('darwin')).toBe('Container action is only supported on Linux')
    expect(containerPlatformProblem('win32')).toBe('Container action is only supported on Linux')
  })
})

describe('pull and build retries (§4.9)', () => {
  const attempts = async (command: string): Promise<number> =>
    (await calls()).filter((call) => call.argv[0] === command).length

  it('§4.9: a failed pull is tried again, up to 3 attempts, with the runner’s back-off line', async () => {
    Object.assign(box.context.baseEnv, { FAKE_DOCKER_PULL_FAILURES: '2' })
    const executor = usesExecutor(box, { retryDelayMs: () => 0 })
    const request = requestFor(box, usesStep('docker://alpine:3', { id: 'c' }))

    expect((await executor.execute(request)).result).toBe('Succeeded')
    expect(await attempts('pull')).toBe(3)
    expect(
      request.log.lines.filter((line) => line.startsWith('Docker pull failed with exit code 1'))
    ).toEqual([
      'Docker pull failed with exit code 1, back off 0.000 seconds before retry.',
      'Docker pull failed with exit code 1, back off 0.000 seconds before retry.'
    ])
  })

  it('§4.9: after the third failed pull the step fails, and docker run is never called', async () => {
    Object.assign(box.context.baseEnv, { FAKE_DOCKER_PULL_FAILURES: '3' })
    const executor = usesExecutor(box, { retryDelayMs: () => 0 })
    const request = requestFor(box, usesStep('docker://alpine:3', { id: 'c' }))

    expect((await executor.execute(request)).result).toBe('Failed')
    expect(await attempts('pull')).toBe(3)
    expect(await attempts('run')).toBe(0)
    expect(request.log.errors).toContain('Docker pull failed with exit code 1')
  })

  it('§4.9: a failed build is tried again too', async () => {
    Object.assign(box.context.baseEnv, { FAKE_DOCKER_BUILD_FAILURES: '1' })
    const action = await localDockerfileAction()
    const executor = usesExecutor(box, { actions: catalogOf(action), retryDelayMs: () => 0 })
    const request = requestFor(box, usesStep(action.uses, { id: 'built' }))

    expect((await executor.execute(request)).result).toBe('Succeeded')
    expect(await attempts('build')).toBe(2)
  })
})
