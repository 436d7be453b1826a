/**
 * The committed bundle's shape: what a `run:`-only list loads at start-up stays small, and the
 * `uses:` support (src/executors/uses-support.ts) lives in a chunk loaded on demand (bench B1/B3/B5).
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ROOT } from '../integration/harness.js'

const MAIN = path.join(ROOT, 'dist', 'main')
const chunks = fs.readdirSync(MAIN).filter((name) => /^\d+\.index\.js$/.test(name))
const text = (name: string): string => fs.readFileSync(path.join(MAIN, name), 'utf8')

/**
 * The bundles are minified (scripts/build.mjs), so a module is recognised by a message of its
 * own that minification keeps: a string literal no other module holds.
 */
const MARKERS = {
  tarball: 'Refusing to extract',
  dockerAction: 'Container action is only supported on Linux',
  download: 'Download action repository',
  tar: 'Cannot extract through symbolic link',
  octokit: 'octokit-core.js',
  core: 'Input required and not supplied',
  runStep: 'Invalid shell option',
  parse: 'Expected one of uses, run',
  job: 'has timed out after'
}
const holding = (marker: string): string[] =>
  ['index.js', ...chunks].filter((name) => text(name).includes(marker))

describe('dist/main', () => {
  it.each([
    ['src/catalog/tarball.ts', MARKERS.tarball],
    ['src/executors/docker-action.ts', MARKERS.dockerAction],
    ['src/catalog/download.ts', MARKERS.download]
  ])('%s is not in the start-up bundle but in a chunk', (_module, marker) => {
    expect(holding(marker)).toHaveLength(1)
    expect(holding(marker)).not.toContain('index.js')
  })

  it('tar (node-tar) is not in the start-up bundle but in a chunk loaded with the uses: support', () => {
    expect(holding(MARKERS.tar)).toHaveLength(1)
    expect(holding(MARKERS.tar)).not.toContain('index.js')
  })

  it('Octokit (@actions/github) is loaded only to download: in neither the start-up bundle nor the uses: chunk', () => {
    const [usesChunk] = holding(MARKERS.download)
    expect(holding(MARKERS.octokit)).toHaveLength(1)
    expect(holding(MARKERS.octokit)).not.toContain('index.js')
    expect(holding(MARKERS.octokit)).not.toContain(usesChunk)
  })

  it('@actions/core is in the start-up bundle (docs/architecture.md)', () => {
    expect(holding(MARKERS.core)).toEqual(['index.js'])
  })

  it('the start-up bundle has what every run needs', () => {
    for (const marker of [MARKERS.runStep, MARKERS.parse, MARKERS.job]) {
      expect(holding(marker)).toContain('index.js')
    }
  })

  it('is minified, keeping function names for stack traces', () => {
    expect(text('index.js').split('\n').length).toBeLessThan(50)
    expect(text('index.js')).toContain('prepareRun')
  })
})

describe('dist/hash-files', () => {
  it('is a self-contained hashFiles() worker with the runner protocol (runner-emulation §4.4)', () => {
    // Copied away from node_modules: the bundle must carry @actions/glob itself.
    const away = fs.mkdtempSync(path.join(os.tmpdir(), 'hash-files-bundle-'))
    try {
      for (const name of ['index.js', 'package.json']) {
        fs.copyFileSync(path.join(ROOT, 'dist', 'hash-files', name), path.join(away, name))
      }
      fs.writeFileSync(path.join(away, 'a.txt'), 'a')
      const result = spawnSync(process.execPath, [path.join(away, 'index.js')], {
        cwd: away,
        env: { ...process.env, patterns: 'a.txt' },
        encoding: 'utf8'
      })
      const inner = crypto.createHash('sha256').update('a').digest()
      const digest = crypto.createHash('sha256').update(inner).digest('hex')
      expect({ status: result.status, stderr: result.stderr }).toEqual({
        status: 0,
        stderr: `__OUTPUT__${digest}__OUTPUT__\n`
      })
    } finally {
      fs.rmSync(away, { recursive: true, force: true })
    }
  })

  it('sits beside the bundles that start it', () => {
    // The main bundle (and its chunks) look for it at ../hash-files/index.js.
    expect(text('index.js')).toContain('"..","hash-files","index.js"')
  })
})
