/**
 * Which node runs a nested JavaScript action, on the built bundle started as a runner starts it:
 * from `<externals>/node24/bin/node` (docs/runner-emulation.md §4.5). The fake externals folder
 * holds a hard link of the real node as node24 (so our `process.execPath` points into it) and,
 * as node20, a script that notes its arguments in a marker file and runs the real node.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { groups, runAction, type ActionRun, type ActionRunOptions } from './harness.js'

const NODE24_BY_DEFAULT =
  'Node 20 is being deprecated. This workflow is running with Node 24 by default. If you need ' +
  'to temporarily use Node 20, you can set the ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION=true ' +
  'environment variable. For more information see: ' +
  'https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/'

let root: string

/** A runner's externals folder holding the given versions; the path of each node. */
interface Externals {
  node20: string
  node24: string
  /** What the node20 script was started with, one line per start. */
  marker: string
}

/** The real node, as a hard link (a symlink would not do: /proc/self/exe resolves it). */
function linkNode(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.linkSync(process.execPath, file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EXDEV' && code !== 'EPERM') throw error
    fs.copyFileSync(process.execPath, file)
    fs.chmodSync(file, 0o755)
  }
}

function externals(
  name: string,
  layout: { node20?: 'script' | 'link'; node24?: 'link' }
): Externals {
  const folder = path.join(root, name, 'externals')
  const found: Externals = {
    node20: path.join(folder, 'node20', 'bin', 'node'),
    node24: path.join(folder, 'node24', 'bin', 'node'),
    marker: path.join(root, name, 'node20-starts')
  }
  if (layout.node24 === 'link') linkNode(found.node24)
  if (layout.node20 === 'link') linkNode(found.node20)
  if (layout.node20 === 'script') {
    fs.mkdirSync(path.dirname(found.node20), { recursive: true })
    fs.writeFileSync(
      found.node20,
      `#!/bin/sh\necho "$*" >> '${found.marker}'\nexec '${process.execPath}' "$@"\n`,
      { mode: 0o755 }
    )
  }
  return found
}

let both: Externals
let node24Only: Externals
let node20Only: Externals

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-externals-'))
  both = externals('both', { node20: 'script', node24: 'link' })
  node24Only = externals('node24-only', { node24: 'link' })
  node20Only = externals('node20-only', { node20: 'link' })
})

beforeEach(() => {
  for (const found of [both, node24Only, node20Only]) fs.rmSync(found.marker, { force: true })
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

/** A local action `./<using>` that reports the node it runs on, in main and in post. */
function nodeAction(using: string): Record<string, string> {
  const report = (stage: string): string =>
    "const fs = require('fs')\n" +
    `fs.appendFileSync(process.env.GITHUB_OUTPUT, \`exec=\${process.execPath}\\nflags=\${process.execArgv.join(' ')}\\n\`)\n` +
    `console.log(\`${stage} ran on \${process.execPath} \${process.version}\`)\n`
  return {
    [`${using}/action.yml`]: `name: ${using}\nruns:\n  using: ${using}\n  main: main.js\n  post: post.js\n`,
    [`${using}/main.js`]: report('main'),
    [`${using}/post.js`]: report('post')
  }
}

const ACTIONS = { ...nodeAction('node16'), ...nodeAction('node20'), ...nodeAction('node24') }
const STEPS = `
- { id: a16, uses: ./node16 }
- { id: a20, uses: ./node20 }
- { id: a24, uses: ./node24 }
`

async function run(options: ActionRunOptions): Promise<ActionRun> {
  const result = await runAction({ steps: STEPS, files: ACTIONS, ...options })
  expect(result.exitCode).toBe(0)
  return result
}

function starts(found: Externals): string[] {
  return fs.existsSync(found.marker)
    ? fs.readFileSync(found.marker, 'utf8').split('\n').filter(Boolean)
    : []
}

function groupLines(result: ActionRun, title: string): string[] {
  return groups(result).find((group) => group.title === title)?.lines ?? []
}

describe('§4.5 on a runner (started as <externals>/node24/bin/node)', () => {
  it('from the node24-default date, node16 and node20 actions run on node24, with the line that says why', async () => {
    const result = await run({ node: both.node24 })
    expect(result.outputs['a16--exec']).toBe(both.node24)
    expect(result.outputs['a20--exec']).toBe(both.node24)
    expect(result.outputs['a24--exec']).toBe(both.node24)
    expect(starts(both)).toEqual([])
    expect(groupLines(result, 'Run ./node20')).toContain(
      `runs.using: node20 → node24 (${both.node24}): ${NODE24_BY_DEFAULT}`
    )
    expect(groupLines(result, 'Run ./node16')).toContain(
      `runs.using: node16 → node24 (${both.node24}): node16 actions run on node20 (node12 and ` +
        `node16 are no longer shipped); ${NODE24_BY_DEFAULT}`
    )
    // What runs.using names: no line.
    expect(groupLines(result, 'Run ./node24').some((l) => l.startsWith('runs.using:'))).toBe(false)
  })

  it("ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION=true in the job env: node16 and node20 actions run on the runner's node20", async () => {
    const result = await run({
      node: both.node24,
      env: { ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION: 'true' }
    })
    // The node20 script ran them (and exec'd the real node); node24 stays node24.
    expect(result.outputs['a16--exec']).toBe(process.execPath)
    expect(result.outputs['a20--exec']).toBe(process.execPath)
    expect(result.outputs['a24--exec']).toBe(both.node24)
    expect(starts(both)).toEqual([
      path.join(result.workspace, 'node16', 'main.js'),
      path.join(result.workspace, 'node20', 'main.js')
    ])
    expect(groupLines(result, 'Run ./node20').some((l) => l.startsWith('runs.using:'))).toBe(false)
    expect(groupLines(result, 'Run ./node16')).toContain(
      `runs.using: node16 → node20 (${both.node20}): node16 actions run on node20 (node12 and ` +
        'node16 are no longer shipped)'
    )
  })

  it("the step's own env: decides for that step only", async () => {
    const result = await runAction({
      node: both.node24,
      files: ACTIONS,
      steps: `
- id: allowed
  uses: ./node20
  env: { ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION: 'true' }
- { id: other, uses: ./node20 }
`
    })
    expect(result.outputs['allowed--exec']).toBe(process.execPath)
    expect(result.outputs['other--exec']).toBe(both.node24)
  })

  it("both flags true in the job env: the runner's warning, before the step's group, and node24 (the default)", async () => {
    const result = await run({
      node: both.node24,
      env: {
        FORCE_JAVASCRIPT_ACTIONS_TO_NODE24: 'true',
        ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION: 'true'
      }
    })
    expect(result.outputs['a20--exec']).toBe(both.node24)
    const warning =
      '::warning::Both FORCE_JAVASCRIPT_ACTIONS_TO_NODE24 and ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION ' +
      'environment variables are set to true in the system environment. This is likely a ' +
      'configuration error. Using the default Node version: node24.'
    const at = result.lines.indexOf(warning)
    expect(at).toBeGreaterThan(-1)
    expect(result.lines[at + 1]).toBe('::group::Run ./node16')
  })

  it('--no-maglev follows the binary that runs: a node20 action forced to node24 gets it, one on node20 does not', async () => {
    const forced = await run({
      node: both.node24,
      env: { ACTIONS_RUNNER_DISABLE_NODE_MAGLEV: 'true' }
    })
    expect(forced.outputs['a20--flags']).toBe('--no-maglev')
    const allowed = await run({
      node: both.node24,
      env: {
        ACTIONS_RUNNER_DISABLE_NODE_MAGLEV: 'true',
        ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION: 'true'
      }
    })
    expect(allowed.outputs['a20--flags']).toBe('')
    expect(allowed.outputs['a24--flags']).toBe('--no-maglev')
  })

  it('the post stage picks its node at post time, in our post', async () => {
    // Main without the flag (node24), post with it (node20): each stage chose for itself.
    const result = await runAction({
      node: both.node24,
      files: ACTIONS,
      steps: '- { id: a20, uses: ./node20 }\n',
      post: true,
      postEnv: { ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION: 'true' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['a20--exec']).toBe(both.node24)
    expect(starts(both)).toEqual([path.join(result.workspace, 'node20', 'post.js')])
    expect(groupLines(result, 'Post Run ./node20')).toEqual(
      expect.arrayContaining([
        'Post job cleanup.',
        `post ran on ${process.execPath} ${process.version}`
      ])
    )
  })
})

describe('§4.5 the other shipped version when the chosen one is missing', () => {
  it('no node20 in the externals: a node20 action allowed node20 runs on node24, saying so', async () => {
    const result = await run({
      node: node24Only.node24,
      env: { ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION: 'true' }
    })
    expect(result.outputs['a20--exec']).toBe(node24Only.node24)
    expect(groupLines(result, 'Run ./node20')).toContain(
      `runs.using: node20 → node24 (${node24Only.node24}): this runner has no node20 ` +
        `(${node24Only.node20} is missing)`
    )
  })

  it('started from node20 (node20/action.yml) with no node24: a node24 action runs on node20', async () => {
    const result = await run({ node: node20Only.node20 })
    expect(result.outputs['a24--exec']).toBe(node20Only.node20)
    expect(result.outputs['a20--exec']).toBe(node20Only.node20)
    expect(groupLines(result, 'Run ./node24')).toContain(
      `runs.using: node24 → node20 (${node20Only.node20}): this runner has no node24 ` +
        `(${node20Only.node24} is missing)`
    )
    // node20 was asked for node24 by the date, and landed back on node20: nothing to say.
    expect(groupLines(result, 'Run ./node20').some((l) => l.startsWith('runs.using:'))).toBe(false)
  })
})

describe('§4.5 not started by a runner (no externals: the local CLI, tests)', () => {
  it('our own node runs every action, and the line says so when runs.using names another', async () => {
    const result = await run({})
    expect(result.outputs['a16--exec']).toBe(process.execPath)
    expect(result.outputs['a24--exec']).toBe(process.execPath)
    const externalsDir = path.resolve(path.dirname(process.execPath), '..', '..')
    const major = /^v(\d+)/.exec(process.version)![1]
    expect(groupLines(result, 'Run ./node16')).toContain(
      `runs.using: node16 → node${major} (${process.execPath}): no runner node next to ours ` +
        `(neither ${path.join(externalsDir, 'node20', 'bin', 'node')} nor ` +
        `${path.join(externalsDir, 'node24', 'bin', 'node')}): our own Node ${process.version} runs it`
    )
  })
})
