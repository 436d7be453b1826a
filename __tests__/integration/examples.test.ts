/**
 * The step lists in examples/ that users copy run as they say, through the built CLI, in a
 * project made for them: a package.json whose scripts stand in for the real tools, and for the
 * database example a stand-in `docker` that listens where Postgres would.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { CLI } from './cli-harness.js'
import { ROOT } from './harness.js'

const EXAMPLES = path.join(ROOT, 'examples')

let project: string

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-example-'))
})

afterEach(() => {
  fs.rmSync(project, { recursive: true, force: true })
})

/** A project with no dependencies whose npm scripts append their name to ran.txt. */
function writeProject(scripts: Record<string, string>): void {
  const all: Record<string, string> = {}
  for (const [name, command] of Object.entries(scripts)) {
    all[name] = `echo ${name} >> ran.txt && ${command}`
  }
  const manifest = { name: 'example-project', version: '1.0.0', private: true, scripts: all }
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify(manifest, null, 2))
  fs.writeFileSync(
    path.join(project, 'package-lock.json'),
    JSON.stringify({
      name: 'example-project',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: 'example-project', version: '1.0.0' } }
    })
  )
}

/** Runs an example through the CLI in the project; resolves with its exit code and output. */
async function runExample(
  file: string,
  args: string[] = [],
  env: Record<string, string> = {}
): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [CLI, 'run', path.join(EXAMPLES, file), ...args], {
    cwd: project,
    env: {
      ...process.env,
      NO_COLOR: '1',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout }
}

const ran = (): string[] =>
  fs.readFileSync(path.join(project, 'ran.txt'), 'utf8').trim().split('\n').sort()

describe('examples/', () => {
  it('monorepo-checks.yml: install, then lint, type check, tests and build at once; the build output reaches a later step', async () => {
    writeProject({
      lint: 'true',
      typecheck: 'true',
      test: 'true',
      build: 'mkdir -p dist && touch dist/app-1.0.0.tgz'
    })
    const run = await runExample('monorepo-checks.yml', ['--max-concurrency', 'auto'])
    expect(run.code).toBe(0)
    expect(ran()).toEqual(['build', 'lint', 'test', 'typecheck'])
    expect(run.stdout).toContain('built app-1.0.0.tgz')
  }, 60_000)

  it('database-service.yml: the tests run once the database answers, and the database is stopped after', async () => {
    // A stand-in `docker`: `docker run … postgres` listens on 127.0.0.1:5432 until stopped.
    const bin = path.join(project, 'bin')
    fs.mkdirSync(bin)
    const server =
      "require('net').createServer((s) => s.end()).listen(5432, '127.0.0.1', () => console.log('database system is ready'))"
    fs.writeFileSync(
      path.join(bin, 'docker'),
      `#!/bin/sh\necho "docker $*" >> "${project}/docker.txt"\nexec "${process.execPath}" -e "${server}"\n`,
      { mode: 0o755 }
    )
    const probe =
      "require('net').connect(5432, '127.0.0.1').on('connect', function () { this.end() }).on('error', () => process.exit(1))"
    writeProject({
      'db:migrate': `node -e "${probe}"`,
      'test:integration': `node -e "${probe}"`
    })
    const run = await runExample('database-service.yml', [], {
      PATH: `${bin}${path.delimiter}${process.env.PATH}`
    })
    expect(run.code).toBe(0)
    expect(ran()).toEqual(['db:migrate', 'test:integration'])
    expect(fs.readFileSync(path.join(project, 'docker.txt'), 'utf8')).toContain(
      'run --rm --name ci-db --network host'
    )
    expect(run.stdout).toContain('Postgres: Canceled')
  }, 60_000)

  it('graph.yml (needs:): lint and build after the install, the end-to-end tests after the build with its output; the graph in the summary', async () => {
    writeProject({
      lint: 'true',
      build: 'mkdir -p dist && touch dist/app',
      // npm appends `--bin <path>`: the test fails unless that file exists.
      e2e: `node -e "require('fs').accessSync(process.argv.at(-1)); console.log('e2e against ' + process.argv.at(-1))" --`
    })
    const run = await runExample('graph.yml')
    expect(run.code).toBe(0)
    const order = fs.readFileSync(path.join(project, 'ran.txt'), 'utf8').trim().split('\n')
    expect([...order].sort()).toEqual(['build', 'e2e', 'lint'])
    expect(order.indexOf('build')).toBeLessThan(order.indexOf('e2e'))
    expect(run.stdout).toContain('e2e against dist/app')
    expect(run.stdout).toContain('✅ End-to-end tests ⇐ ✅ Build')
  }, 60_000)

  it('matrix-shard.yml: each leg runs the install and its share of the members; together, every member once', async () => {
    writeProject({
      'test:browser': 'true',
      'test:api': 'true',
      'test:unit': 'true',
      lint: 'true'
    })
    const legs: string[][] = []
    for (const leg of ['0/2', '1/2']) {
      fs.rmSync(path.join(project, 'ran.txt'), { force: true })
      const run = await runExample('matrix-shard.yml', ['--shard', leg])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/✅ Install \(/)
      legs.push(ran())
    }
    const members = legs.flat()
    expect(members.sort()).toEqual(['lint', 'test:api', 'test:browser', 'test:unit'])
    for (const leg of legs) expect(leg.length).toBeGreaterThan(0)
  }, 60_000)
})
