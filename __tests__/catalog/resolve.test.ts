import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, promises as fs, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseAllowedActions } from '../../src/catalog/allowed-actions.js'
import { DownloadsInFlight } from '../../src/catalog/download.js'
import { resolveActions, type ResolveOptions } from '../../src/catalog/resolve.js'
import { usesOf } from '../../src/workflow/plan.js'
import { parseStepList } from '../../src/workflow/parse.js'
import type { ParsedStep } from '../../src/workflow/model.js'
import { startApiServer, tarball, type ApiServer } from './api-server.js'
import { repositoryArchive } from './tar-writer.js'

let server: ApiServer
let sandbox: string
let workspace: string
let options: ResolveOptions

beforeAll(async () => {
  server = await startApiServer()
})

afterAll(async () => {
  await server.close()
})

beforeEach(async () => {
  server.requests.length = 0
  server.routes.clear()
  sandbox = await fs.mkdtemp(path.join(os.tmpdir(), 'resolve-'))
  workspace = path.join(sandbox, 'workspace')
  mkdirSync(workspace)
  options = {
    apiUrl: server.url,
    token: 't',
    workspace,
    cacheDir: path.join(sandbox, '_actions'),
    inFlight: new DownloadsInFlight()
  }
})

afterEach(async () => {
  await fs.rm(sandbox, { recursive: true, force: true })
})

const yaml = (...lines: string[]): string => lines.join('\n') + '\n'

function steps(...lines: string[]): ParsedStep[] {
  const result = parseStepList({ source: yaml(...lines), fileName: 'steps', mode: 'file' })
  expect(result.errors).toEqual([])
  return result.steps
}

const NODE_ACTION = yaml('name: node', 'runs:', '  using: node20', '  main: index.js')

/** A composite action.yml whose steps use each of `uses` in turn. */
function composite(...uses: string[]): string {
  const lines = ['name: composite', 'runs:', '  using: composite', '  steps:']
  if (uses.length === 0) lines.push('    - run: echo leaf', '      shell: bash')
  for (const target of uses) lines.push(`    - uses: ${target}`)
  return yaml(...lines)
}

/** Serves owner/repo@ref with the given files. */
function serve(owner: string, repo: string, ref: string, files: Record<string, string>): void {
  server.routes.set(
    `/repos/${owner}/${repo}/tarball/${ref}`,
    tarball(repositoryArchive(`${owner}-${repo}-0123abc`, files))
  )
}

function local(folder: string, manifest: string): void {
  mkdirSync(path.join(workspace, folder), { recursive: true })
  writeFileSync(path.join(workspace, folder, 'action.yml'), manifest)
}

function tarballRequests(): string[] {
  return server.requests.map((request) => request.url).sort()
}

describe('resolveActions: "Prepare all required actions" (docs/runner-emulation.md §4.2)', () => {
  it('§4.2 loads every uses, recursing into composites, downloading each repo@ref once', async () => {
    serve('o', 'node', 'v1', { 'action.yml': NODE_ACTION, 'index.js': '' })
    serve('o', 'comp', 'v1', {
      'action.yml': composite('o/node@v1', 'o/tools/lint@v2', 'docker://alpine:3')
    })
    serve('o', 'tools', 'v2', {
      'lint/action.yml': NODE_ACTION,
      'format/action.yml': NODE_ACTION
    })
    local('.github/actions/mine', composite('o/node@v1', 'o/tools/format@v2'))
    const list = steps(
      '- uses: o/node@v1',
      '- uses: o/comp@v1',
      '- parallel:',
      '    - uses: ./.github/actions/mine',
      '    - run: echo hi'
    )
    const { catalog, errors } = await resolveActions(list, options)
    expect(errors).toEqual([])
    // One request per repository and ref, however many times and places it is used.
    expect(tarballRequests()).toEqual([
      '/repos/o/comp/tarball/v1',
      '/repos/o/node/tarball/v1',
      '/repos/o/tools/tarball/v2'
    ])
    const node = catalog.get('o/node@v1')
    expect(node.directory).toBe(path.join(options.cacheDir, 'o', 'node', 'v1'))
    expect(node.repositoryDirectory).toBe(node.directory)
    expect(node.manifest.runs).toMatchObject({ using: 'node20', main: 'index.js' })
    const lint = catalog.get('o/tools/lint@v2')
    expect(lint.reference).toEqual({
      kind: 'remote',
      owner: 'o',
      repo: 'tools',
      path: 'lint',
      ref: 'v2'
    })
    expect(lint.directory).toBe(path.join(options.cacheDir, 'o', 'tools', 'v2', 'lint'))
    expect(lint.repositoryDirectory).toBe(path.join(options.cacheDir, 'o', 'tools', 'v2'))
    expect(catalog.get('o/tools/format@v2').manifest.runs.using).toBe('node20')
    expect(catalog.get('./.github/actions/mine').directory).toBe(
      path.join(workspace, '.github/actions/mine')
    )
    expect(catalog.get('docker://alpine:3')).toEqual({
      uses: 'docker://alpine:3',
      reference: { kind: 'docker', image: 'alpine:3' },
      directory: '',
      manifest: {
        name: 'docker://alpine:3',
        inputs: {},
        outputs: {},
        runs: { using: 'docker', image: 'docker://alpine:3' },
        file: ''
      }
    })
  })

  it('§4.2 every problem is collected at once, each naming its action, in order of first use', async () => {
    serve('o', 'nomanifest', 'v1', { 'README.md': '' })
    serve('o', 'broken', 'v1', { 'action.yml': yaml('name: b', 'runs:', '  using: node20') })
    local('bad-local', yaml('runs:', '  using: node8', '  main: m.js'))
    const list = steps(
      '- uses: o/missing@v1',
      '- uses: o/nomanifest@v1',
      '- uses: o/broken@v1',
      '- uses: ./bad-local',
      '- uses: o/missing@v1'
    )
    const { errors } = await resolveActions(list, options)
    const file = path.join('o', 'broken', 'v1', 'action.yml')
    const localFile = path.join(workspace, 'bad-local', 'action.yml')
    expect(errors).toEqual([
      expect.stringContaining(
        "Unable to download action 'o/missing@v1': the repository or ref was not found"
      ),
      "Can't find 'action.yml', 'action.yaml' or 'Dockerfile' for action 'o/nomanifest@v1'.",
      expect.stringContaining(`${file} (Line: 3, Col: 3): There's not enough info`),
      `You are using a JavaScript Action but there is not an entry JavaScript file provided in ${file}.`,
      `Failed to load ${file}`,
      "'using: node8' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead.",
      `Failed to load ${localFile}`
    ])
  })

  it('§4.1 a malformed reference is reported with the runner message', async () => {
    // The step-list parser does not check the format of `uses:`; the resolver reports it.
    local('bad-ref', composite('not-a-reference'))
    const { errors } = await resolveActions(steps('- uses: ./bad-ref'), options)
    expect(errors).toEqual(["Expected format {org}/{repo}[/path]@ref. Actual 'not-a-reference'"])
  })

  it('refuses a path that leaves the repository, without downloading', async () => {
    local('escape', composite('o/r/../../x@v1'))
    const { errors } = await resolveActions(steps('- uses: ./escape'), options)
    expect(errors).toEqual(["Invalid path in action 'o/r/../../x@v1': it leaves the repository"])
    expect(server.requests).toEqual([])
  })
})

describe('composite depth (§4.2 step 4, §4.7)', () => {
  /** ./c0 → ./c1 → … → ./c<last>, whose steps use `leaf` (or only run steps). */
  function chain(last: number, leaf?: string): void {
    for (let i = 0; i < last; i++) local(`c${i}`, composite(`./c${i + 1}`))
    local(`c${last}`, leaf ? composite(leaf) : composite())
  }

  it('§4.7 ten levels of uses (depth 0..9) are fine', async () => {
    chain(9)
    const { catalog, errors } = await resolveActions(steps('- uses: ./c0'), options)
    expect(errors).toEqual([])
    expect(catalog.get('./c9').manifest.runs.using).toBe('composite')
  })

  it('§4.2 Composite action depth exceeded max depth 9', async () => {
    chain(9, 'docker://alpine')
    const { errors } = await resolveActions(steps('- uses: ./c0'), options)
    expect(errors).toEqual([
      "Composite action depth exceeded max depth 9 ('./c9' uses 'docker://alpine')"
    ])
  })

  it('§4.2 a composite that uses itself ends with the depth error instead of hanging', async () => {
    local('self', composite('./self'))
    const { errors } = await resolveActions(steps('- uses: ./self'), options)
    expect(errors).toEqual(["Composite action depth exceeded max depth 9 ('./self' uses './self')"])
  })

  it('§4.2 a remote composite cycle is downloaded once per repo@ref and ends the same way', async () => {
    serve('o', 'ping', 'v1', { 'action.yml': composite('o/pong@v1') })
    serve('o', 'pong', 'v1', { 'action.yml': composite('o/ping@v1') })
    const { errors } = await resolveActions(steps('- uses: o/ping@v1'), options)
    expect(errors).toEqual([
      "Composite action depth exceeded max depth 9 ('o/pong@v1' uses 'o/ping@v1')"
    ])
    expect(tarballRequests()).toEqual(['/repos/o/ping/tarball/v1', '/repos/o/pong/tarball/v1'])
  })

  it('depth option: a local composite prepared just in time starts at depth 1, as in the runner', async () => {
    chain(8, 'docker://alpine')
    const nested = steps('- uses: ./c0')
    expect((await resolveActions(nested, options)).errors).toEqual([])
    expect((await resolveActions(nested, { ...options, depth: 1 })).errors).toEqual([
      "Composite action depth exceeded max depth 9 ('./c8' uses 'docker://alpine')"
    ])
  })
})

describe('the catalog', () => {
  it('§4.3 a local action missing at the start is loaded when its step asks (checkout may come first)', async () => {
    const { catalog, errors } = await resolveActions(steps('- uses: ./later'), options)
    expect(errors).toEqual([])
    expect(() => catalog.get('./later')).toThrow(
      `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${path.join(workspace, 'later')}'. Did you forget to run actions/checkout before running your local action?`
    )
    local('later', NODE_ACTION)
    expect(catalog.get('./later').manifest.runs).toMatchObject({ using: 'node20' })
  })

  it('get() throws for a uses that was not prepared', async () => {
    const { catalog } = await resolveActions(steps('- run: echo'), options)
    expect(() => catalog.get('o/r@v1')).toThrow("The action 'o/r@v1' was not prepared")
  })

  it('usesOf lists uses in first-use order, parallel members included, without duplicates', () => {
    const list = steps(
      '- uses: a/b@v1',
      '- parallel:',
      '    - uses: c/d@v1',
      '    - uses: a/b@v1',
      '- uses: ./x'
    )
    expect(usesOf(list)).toEqual(['a/b@v1', 'c/d@v1', './x'])
  })
})

describe('resolveActions: the allowed-actions input (docs/runner-emulation.md §4.2 "Policy gap")', () => {
  it('§4.2 an action outside the list is refused before any request, at every composite level', async () => {
    serve('o', 'comp', 'v1', { 'action.yml': composite('o/node@v1', 'evil/inner@v1') })
    serve('o', 'node', 'v1', { 'action.yml': NODE_ACTION, 'index.js': '' })
    local('.github/actions/mine', composite('o/node@v1'))
    const allowedActions = parseAllowedActions('o/*', () => {
      throw new Error('valid patterns')
    })
    const list = steps(
      '- uses: o/comp@v1',
      '- uses: evil/outer@v2',
      '- uses: ./.github/actions/mine',
      '- uses: docker://alpine:3'
    )
    const { errors } = await resolveActions(list, { ...options, allowedActions })
    expect(errors).toEqual([
      'The action evil/outer@v2 is not allowed: it matches none of the patterns of the allowed-actions input: o/*.',
      'The action evil/inner@v1 is not allowed: it matches none of the patterns of the allowed-actions input: o/*.'
    ])
    // Local actions and docker:// images are not repository actions: never refused.
    expect(tarballRequests()).toEqual(['/repos/o/comp/tarball/v1', '/repos/o/node/tarball/v1'])
  })

  it('§4.2 without the input, the log says once that the policy does not check nested actions', async () => {
    serve('o', 'node', 'v1', { 'action.yml': NODE_ACTION, 'index.js': '' })
    serve('o', 'other', 'v1', { 'action.yml': NODE_ACTION, 'index.js': '' })
    local('.github/actions/mine', composite())
    const note = expect.stringContaining('allowed-actions policy does not check them')
    const logged = async (extra: Partial<ResolveOptions>, ...list: string[]): Promise<string[]> => {
      const lines: string[] = []
      const { errors } = await resolveActions(steps(...list), {
        ...options,
        ...extra,
        log: (line) => lines.push(line)
      })
      expect(errors).toEqual([])
      return lines
    }
    const remote = await logged({}, '- uses: o/node@v1', '- uses: o/other@v1')
    expect(remote.filter((line) => line.includes('allowed-actions'))).toEqual([note])
    expect(remote).toHaveLength(3) // the note and two download lines
    // Only local actions and images: nothing was downloaded, so there is nothing to say.
    expect(await logged({}, '- uses: ./.github/actions/mine', '- uses: docker://alpine:3')).toEqual(
      []
    )
    // With the input set, the list is the user's: no note.
    const allowedActions = parseAllowedActions('o/*', () => undefined)
    const restricted = await logged({ allowedActions }, '- uses: o/node@v1', '- uses: o/other@v1')
    expect(restricted.some((line) => line.includes('allowed-actions'))).toBe(false)
  })
})
