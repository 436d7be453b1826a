/**
 * `uses:` steps on the built action, main and post as the runner runs them: remote actions from a
 * local stand-in for the REST API, local node/composite/docker actions from the fixtures, pre/post
 * ordering and state (docs/runner-emulation.md §4–§6).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  failure,
  redirect,
  startApiServer,
  tarball,
  type ApiServer
} from '../catalog/api-server.js'
import { ARCHIVE_COMMIT, repositoryArchive } from '../catalog/tar-writer.js'
import { groups, readLines, ROOT, runAction } from './harness.js'

const STATEFUL = path.join(ROOT, '__fixtures__', 'node-actions', 'stateful')
const COMPOSITES = path.join(ROOT, '__fixtures__', 'composite')

/** The stateful fixture as a repository archive `octo-hello-abc1234/`. */
function statefulArchive(): Buffer {
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(STATEFUL))
    files[name] = fs.readFileSync(path.join(STATEFUL, name), 'utf8')
  return repositoryArchive('octo-hello-abc1234', files)
}

let api: ApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const markerLines = (file: string): Array<Record<string, string>> =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, string>)
    : []

describe('remote actions', () => {
  it('downloads owner/repo@ref once for concurrent steps, with the token, and runs pre, main and post in the runner order (R47: posts by start, newest first)', async () => {
    api = await startApiServer()
    api.routes.set('/repos/octo/hello/tarball/v1', tarball(statefulArchive()))
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-marker-')), 'posts.jsonl')
    const run = await runAction({
      env: { GITHUB_API_URL: api.url, FROM_FINAL: 'job-env' },
      post: true,
      steps: `
- id: first
  uses: octo/hello@v1
  background: true
  with: { label: first, marker: ${marker}, needed: x, delay-ms: '300' }
- id: second
  uses: octo/hello@v1
  background: true
  with: { label: second, marker: ${marker}, needed: x }
- wait-all:
`
    })
    expect(run.exitCode).toBe(0)
    const downloads = api.requests.filter((r) => r.url === '/repos/octo/hello/tarball/v1')
    expect(downloads).toHaveLength(1)
    expect(downloads[0].headers.authorization).toBe('Bearer test-token-value')
    expect(run.outputs).toMatchObject({
      'first--greeting': 'hello',
      'first--repo': 'octo/repo',
      'first--state-phase': 'pre',
      'first--action': 'first',
      'first--action-repository': 'octo/hello',
      'first--action-ref': 'v1',
      'first--action-path': '<unset>',
      'first--our-input': '<unset>',
      'second--label': 'second'
    })
    // Pre stages ran before any step, in list order; posts run in our post, newest first, with their state.
    const titles = groups(run).map((g) => g.title)
    expect(titles.slice(0, 2)).toEqual(['Pre Run octo/hello@v1', 'Pre Run octo/hello@v1'])
    expect(titles.slice(-2)).toEqual(['Post Run octo/hello@v1', 'Post Run octo/hello@v1'])
    const posts = markerLines(marker)
    expect(posts).toHaveLength(2)
    for (const post of posts)
      expect(post).toMatchObject({ phase: 'main', mainSaw: 'pre', fromFinal: 'job-env' })
    // "second" started after "first" (list order), so its post runs first.
    expect(posts.map((p) => p.label)).toEqual(['second', 'first'])
  })

  it('follows a redirect to the archive', async () => {
    api = await startApiServer()
    api.routes.set('/repos/octo/hello/tarball/v2', redirect('/codeload/octo/hello/v2'))
    api.routes.set('/codeload/octo/hello/v2', tarball(statefulArchive()))
    const run = await runAction({
      env: { GITHUB_API_URL: api.url },
      steps: '- id: hi\n  uses: octo/hello@v2\n  with: { needed: x }\n'
    })
    expect(run.exitCode).toBe(0)
    expect(api.requests.map((r) => r.url)).toEqual([
      '/repos/octo/hello/tarball/v2',
      '/codeload/octo/hello/v2'
    ])
    expect(run.outputs['hi--greeting']).toBe('hello')
  })

  it.each([
    [404, /octo\/missing@v1/, /not found/i],
    [401, /octo\/missing@v1/, /token/i]
  ])(
    'a %i fails the action before any step runs, naming the action',
    async (status, names, says) => {
      api = await startApiServer()
      api.routes.set('/repos/octo/missing/tarball/v1', failure(status, 'nope'))
      const run = await runAction({
        env: { GITHUB_API_URL: api.url },
        steps: '- run: touch "$RUNNER_TEMP/ran"\n- uses: octo/missing@v1\n'
      })
      expect(run.exitCode).toBe(1)
      const error = run.annotations.find((a) => names.test(a.message))
      expect(error?.message).toMatch(says)
      expect(readLines(run, 'ran')).toEqual([])
      expect(fs.existsSync(path.join(run.runnerTemp, 'ran'))).toBe(false)
    }
  )
})

describe('remote composite actions (docs/runner-emulation.md §4.6)', () => {
  it("§4.6: the pre of an action inside a remote composite runs in the composite's pre stage, with its inputs; main and post share its state", async () => {
    api = await startApiServer()
    api.routes.set('/repos/octo/hello/tarball/v1', tarball(statefulArchive()))
    const composite = [
      'name: comp',
      "inputs: { who: { default: nobody }, marker: { default: '' } }",
      'outputs:',
      '  phase: { value: "${{ steps.s.outputs.state-phase }}" }',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - id: s',
      '      uses: octo/hello@v1',
      '      with: { label: "${{ inputs.who }}", marker: "${{ inputs.marker }}", needed: x }'
    ].join('\n')
    api.routes.set(
      '/repos/octo/comp/tarball/v1',
      tarball(repositoryArchive('octo-comp-abc1234', { 'action.yml': composite + '\n' }))
    )
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-marker-')), 'posts.jsonl')
    const run = await runAction({
      env: { GITHUB_API_URL: api.url },
      post: true,
      steps: `- id: c\n  uses: octo/comp@v1\n  with: { who: octocat, marker: ${marker} }\n`
    })
    expect(run.exitCode).toBe(0)
    const pre = groups(run).find((g) => g.title.startsWith('Pre Run octo/comp@v1'))
    expect(pre?.lines).toContain('pre ran for octocat')
    // The embedded main saw what its pre saved: one state for the embedded step.
    expect(run.outputs['c--phase']).toBe('pre')
    expect(markerLines(marker).map((post) => `${post.label}: ${post.phase}`)).toEqual([
      'octocat: main'
    ])
  })
})

describe('remote actions: where they come from (docs/runner-emulation.md §4.2)', () => {
  let github: ApiServer | undefined
  afterEach(async () => {
    await github?.close()
    github = undefined
  })

  it("§4.2 GHES: an action the server lacks comes from fallback-api-url with fallback-token, and the log shows the runner's lines", async () => {
    api = await startApiServer()
    github = await startApiServer()
    github.routes.set('/repos/octo/hello/tarball/v1', tarball(statefulArchive()))
    const run = await runAction({
      env: { GITHUB_API_URL: api.url },
      inputs: { 'fallback-api-url': github.url, 'fallback-token': 'github-com-secret' },
      steps: '- id: hi\n  uses: octo/hello@v1\n  with: { needed: x }\n'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['hi--greeting']).toBe('hello')
    expect(api.requests.map((r) => r.url)).toEqual(['/repos/octo/hello/tarball/v1'])
    expect(github.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer github-com-secret'
    ])
    const prepare = run.lines.indexOf('Prepare all required actions')
    expect(prepare).toBeGreaterThanOrEqual(0)
    expect(run.lines.slice(prepare + 1, prepare + 4)).toEqual([
      "Nested actions are downloaded by Background Steps: your organisation's allowed-actions policy does not check them. The allowed-actions input can restrict them.",
      `'octo/hello' is not on ${api.url}: downloaded from ${github.url}`,
      `Download action repository 'octo/hello@v1' (SHA:${ARCHIVE_COMMIT})`
    ])
    // Both tokens are registered as secrets before anything else is printed.
    expect(run.masks).toEqual(expect.arrayContaining(['test-token-value', 'github-com-secret']))
  })

  it('§4.2 allowed-actions: an action outside the list fails the run before any step, naming it', async () => {
    api = await startApiServer()
    api.routes.set('/repos/octo/hello/tarball/v1', tarball(statefulArchive()))
    const run = await runAction({
      env: { GITHUB_API_URL: api.url },
      inputs: { 'allowed-actions': 'actions/*' },
      steps: '- run: touch "$RUNNER_TEMP/ran"\n- uses: octo/hello@v1\n'
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message)).toContain(
      'The action octo/hello@v1 is not allowed: it matches none of the patterns of the allowed-actions input: actions/*.'
    )
    expect(api.requests).toEqual([])
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran'))).toBe(false)
  })
})

describe('local actions', () => {
  it('a node action: main fails, its post still runs (post-if defaults to always()), and a failure() post runs because the job failed', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-marker-')), 'posts.jsonl')
    const failurePost = fs
      .readFileSync(path.join(STATEFUL, 'action.yml'), 'utf8')
      .replace('  post: post.js', '  post: post.js\n  post-if: failure()')
    const run = await runAction({
      copy: { 'actions/stateful': STATEFUL, 'actions/on-failure': STATEFUL },
      files: { 'actions/on-failure/action.yml': failurePost },
      post: true,
      steps: `
- id: ok
  uses: ./actions/on-failure
  with: { label: on-failure, marker: ${marker}, needed: x }
- id: broken
  uses: ./actions/stateful
  with: { label: broken, marker: ${marker}, needed: x, exit-code: '3' }
`
    })
    expect(run.outputs['broken--outcome']).toBe('failure')
    // Local actions have no pre (the runner warns); posts newest first: broken, then on-failure.
    expect(run.annotations.map((a) => a.message)).toContain(
      "`pre` execution is not supported for local action from './actions/on-failure'"
    )
    // Our main failed, so in our post the job status is failure: both posts run, newest first.
    expect(markerLines(marker).map((p) => p.label)).toEqual(['broken', 'on-failure'])
  })

  it('a composite action with inputs, outputs, env hand-over and a nested node action', async () => {
    const run = await runAction({
      copy: { 'actions/stateful': STATEFUL, 'actions/greeter': path.join(COMPOSITES, 'greeter') },
      steps: `
- id: greet
  uses: ./actions/greeter
  with: { who: octocat }
- run: echo "after=$COMPOSITE_SET"
`
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['greet--text']).toBe('hello octocat')
    expect(run.outputs['greet--node-greeting']).toBe('from-composite-octocat')
    // §1.4: the composite handler gives every embedded step, a node action too, its own folder.
    expect(run.outputs['greet--node-action-path']).toBe(
      path.join(run.workspace, 'actions', 'greeter')
    )
    expect(readLines(run, 'composite.txt')).toEqual([
      `action=greet path=${path.join(run.workspace, 'actions', 'greeter')}`
    ])
    expect(groups(run).flatMap((g) => g.lines)).toContain('after=yes')
    expect(run.env.COMPOSITE_SET).toBe('yes')
  })

  it('§4.6 one post per embedded step of the job: the same composite twice and a top-level step with the same plan key keep their own state and post', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-marker-')), 'posts.jsonl')
    const composite = [
      'name: comp',
      'inputs: { label: { default: x } }',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - uses: ./actions/stateful',
      `      with: { label: "\${{ inputs.label }}", marker: ${marker}, needed: x }`
    ].join('\n')
    const run = await runAction({
      copy: { 'actions/stateful': STATEFUL },
      files: { 'actions/comp/action.yml': composite + '\n' },
      post: true,
      steps: `
- id: top
  uses: ./actions/stateful
  with: { label: TOP, marker: ${marker}, needed: x }
- parallel:
    - id: a
      uses: ./actions/comp
      with: { label: A }
    - id: b
      uses: ./actions/comp
      with: { label: B }
`
    })
    expect(run.exitCode).toBe(0)
    const posts = markerLines(marker).map(
      (post) => `${post.label} as ${post.action}: ${post.phase}`
    )
    expect(posts.sort()).toEqual(['A as a: main', 'B as b: main', 'TOP as top: main'])
  })

  it("expressions §3.1/§5.1: inside a composite, job.status is the job's, github.action_status the composite's, and there are no secrets or vars", async () => {
    const composite = [
      'name: ctx',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - background: true',
      '      shell: bash',
      '      run: echo "secret=[${{ secrets.S }}] var=[${{ vars.V }}]" >> "$RUNNER_TEMP/ctx.txt"',
      '    - wait-all:',
      '    - shell: bash',
      '      run: echo "job=${{ job.status }} action=${{ github.action_status }}" >> "$RUNNER_TEMP/ctx.txt"',
      '    - shell: bash',
      '      run: exit 1',
      '    - if: always()',
      '      shell: bash',
      '      run: echo "job=${{ job.status }} action=${{ github.action_status }}" >> "$RUNNER_TEMP/ctx.txt"'
    ].join('\n')
    const run = await runAction({
      files: { 'actions/ctx/action.yml': composite + '\n' },
      inputs: { secrets: '{"S":"topsecret"}', vars: '{"V":"vv"}' },
      steps: `
- run: exit 1
- id: c
  if: always()
  uses: ./actions/ctx
`
    })
    expect(readLines(run, 'ctx.txt')).toEqual([
      'secret=[] var=[]',
      'job=failure action=success',
      'job=failure action=failure'
    ])
  })

  it('R43: job cancellation reaches the steps of a composite that keeps running (if: always()): they re-evaluate their if:', async () => {
    const composite = [
      'name: long',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - shell: bash',
      '      run: echo started >> "$RUNNER_TEMP/c.txt"; echo sleeping; sleep 30; echo slept >> "$RUNNER_TEMP/c.txt"',
      '    - shell: bash',
      '      run: echo default-if >> "$RUNNER_TEMP/c.txt"',
      '    - if: cancelled()',
      '      shell: bash',
      '      run: echo cancelled-ran >> "$RUNNER_TEMP/c.txt"'
    ].join('\n')
    const run = await runAction({
      files: { 'actions/long/action.yml': composite + '\n' },
      steps: '- if: always()\n  uses: ./actions/long\n',
      // Signalled on a line the script prints itself, after it wrote `started` (the header line
      // with the script text comes before the script runs).
      signal: { name: 'SIGINT', when: (line) => line === 'sleeping' }
    })
    expect(run.signalledAtMs).toBeDefined()
    expect(readLines(run, 'c.txt')).toEqual(['started', 'cancelled-ran'])
    expect(run.outputs.result).toBe('cancelled')
  })

  it('beyond native: parallel inside a composite runs the members at once, then waits for them', async () => {
    const run = await runAction({
      copy: { 'actions/par': path.join(COMPOSITES, 'parallel-inside') },
      steps: '- id: par\n  uses: ./actions/par\n'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['par--both']).toBe('A+B')
    const at = Object.fromEntries(
      readLines(run, 'par.txt')
        .map((l) => l.split(' ') as [string, string])
        .map(([k, v]) => [k, BigInt(v)])
    )
    expect(at['a-start'] < at['b-end'] && at['b-start'] < at['a-end']).toBe(true) // overlapped
    expect(at['after-group'] > at['a-end'] && at['after-group'] > at['b-end']).toBe(true)
  })

  it('a docker action runs `docker run` as the runner builds it; without a daemon the step fails fast and clearly', async () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-docker-'))
    const record = path.join(bin, 'record.jsonl')
    fs.writeFileSync(
      path.join(bin, 'docker'),
      `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, '__fixtures__', 'docker', 'fake-docker.mjs')}" "$@"\n`,
      { mode: 0o755 }
    )
    const env = { PATH: `${bin}:${process.env.PATH}`, FAKE_DOCKER_RECORD: record }
    const run = await runAction({
      env,
      steps: '- id: alp\n  uses: docker://alpine:3\n  with: { args: echo hi }\n'
    })
    expect(run.exitCode).toBe(0)
    // Each `docker run` the fake CLI was called with, oldest first.
    const dockerRuns = (): string[][] =>
      fs
        .readFileSync(record, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
        .filter((argv) => argv[0] === 'run')
    const dockerRun = dockerRuns()[0]
    expect(dockerRun.slice(0, 1)).toEqual(['run'])
    expect(dockerRun).toEqual(
      expect.arrayContaining(['--workdir', '/github/workspace', '--rm', 'alpine:3', 'echo', 'hi'])
    )
    expect(dockerRun).toContain(`${run.workspace}:/github/workspace`)
    // No job container or services: no network to join.
    expect(dockerRun).not.toContain('--network')

    // §4.9: with `services:` or `container:` the job has a network, and the action joins it.
    const withServices = await runAction({
      env,
      inputs: {
        job: JSON.stringify({
          status: 'success',
          container: { id: '', network: 'github_network_1a2b' }
        })
      },
      steps: '- id: alp\n  uses: docker://alpine:3\n  with: { args: echo hi }\n'
    })
    expect(withServices.exitCode).toBe(0)
    const joined = dockerRuns().at(-1)!
    expect(joined.join(' ')).toContain('--network github_network_1a2b')

    const noDaemon = await runAction({
      env: { ...env, FAKE_DOCKER_NO_DAEMON: '1' },
      steps: '- id: alp\n  uses: docker://alpine:3\n'
    })
    expect(noDaemon.outputs['alp--outcome']).toBe('failure')
    expect(noDaemon.annotations.some((a) => /Docker daemon/i.test(a.message))).toBe(true)
  })
})

describe('post-if against the job status', () => {
  it('a failure() post is skipped when the job succeeded', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-marker-')), 'posts.jsonl')
    const failurePost = fs
      .readFileSync(path.join(STATEFUL, 'action.yml'), 'utf8')
      .replace('  post: post.js', '  post: post.js\n  post-if: failure()')
    const run = await runAction({
      copy: { 'actions/stateful': STATEFUL, 'actions/on-failure': STATEFUL },
      files: { 'actions/on-failure/action.yml': failurePost },
      post: true,
      steps: `
- uses: ./actions/on-failure
  with: { label: on-failure, marker: ${marker}, needed: x }
- uses: ./actions/stateful
  with: { label: always, marker: ${marker}, needed: x }
`
    })
    expect(run.exitCode).toBe(0)
    expect(markerLines(marker).map((p) => p.label)).toEqual(['always'])
  })
})

describe('post stages after our main was killed', () => {
  it('§6.1/§4.6: a post registered before the runner killed our main (SIGKILL) still runs in our post', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-marker-')), 'posts.jsonl')
    const run = await runAction({
      copy: { 'actions/stateful': STATEFUL },
      post: true,
      steps: `
- id: first
  uses: ./actions/stateful
  with: { label: killed-run, marker: ${marker}, needed: x }
- run: sleep 3
`,
      signal: { name: 'SIGKILL', when: (line) => line.includes('sleep 3') }
    })
    expect(run.signalledAtMs).toBeDefined()
    expect(markerLines(marker).map((post) => `${post.label}: ${post.phase}`)).toEqual([
      'killed-run: main'
    ])
  })
})

describe('post stages: what they leave', () => {
  it("§6.5: a nested post's step summary is appended to the job summary", async () => {
    const run = await runAction({
      files: {
        'actions/summing/action.yml':
          'name: summing\nruns:\n  using: node20\n  main: main.js\n  post: post.js\n',
        'actions/summing/main.js': '',
        'actions/summing/post.js':
          "require('fs').appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### written by the post\\n')\n"
      },
      post: true,
      steps: '- uses: ./actions/summing\n'
    })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('### written by the post\n')
  })
})

describe('post stages run only in our post', () => {
  it('nothing of a post stage runs during main', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-marker-')), 'posts.jsonl')
    const run = await runAction({
      copy: { 'actions/stateful': STATEFUL },
      steps: `- uses: ./actions/stateful\n  with: { label: main-only, marker: ${marker}, needed: x }\n`
    })
    expect(run.exitCode).toBe(0)
    expect(markerLines(marker)).toEqual([])
    expect(groups(run).some((g) => g.title.startsWith('Post '))).toBe(false)
  })
})
