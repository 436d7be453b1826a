/**
 * The committed bundle's shape: what a `run:`-only list loads at start-up stays small, and the
 * `uses:` support (src/actions/uses-support.ts) lives in a chunk loaded on demand (bench B1/B3/B5).
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

describe('dist/main', () => {
  it.each(['src/actions/tarball.ts', 'src/executors/docker-action.ts', 'src/actions/download.ts'])(
    '%s is not in the start-up bundle but in a chunk of its own',
    (module) => {
      const marker = `CONCATENATED MODULE: ./${module}`
      expect(text('index.js')).not.toContain(marker)
      expect(chunks.some((chunk) => text(chunk).includes(marker))).toBe(true)
    }
  )

  it('tar (node-tar) is not in the start-up bundle but in a chunk loaded with the uses: support', () => {
    // A message of tar's own, which none of our modules contains.
    const tarCode = 'Cannot extract through symbolic link'
    expect(text('index.js')).not.toContain(tarCode)
    expect(chunks.some((chunk) => text(chunk).includes(tarCode))).toBe(true)
  })

  it('Octokit (@actions/github) is loaded only to download: in neither the start-up bundle nor the uses: chunk', () => {
    const octokit = 'CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js'
    const usesChunk = chunks.filter((chunk) =>
      text(chunk).includes('CONCATENATED MODULE: ./src/actions/download.ts')
    )
    expect(usesChunk).toHaveLength(1)
    expect(text('index.js')).not.toContain(octokit)
    expect(text(usesChunk[0])).not.toContain(octokit)
    expect(chunks.some((chunk) => text(chunk).includes(octokit))).toBe(true)
  })

  it('@actions/core is in the start-up bundle, the REST client and tar are not (DESIGN §4, §7)', () => {
    expect(text('index.js')).toContain(
      'CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js'
    )
    for (const library of [
      'node_modules/@octokit/',
      'node_modules/@actions/github/',
      'node_modules/tar/'
    ])
      expect(text('index.js')).not.toContain(library)
  })

  it('the start-up bundle has what every run needs', () => {
    for (const module of [
      'src/executors/run-step.ts',
      'src/workflow/parse.ts',
      'src/engine/job.ts'
    ])
      expect(text('index.js')).toContain(`CONCATENATED MODULE: ./${module}`)
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
    expect(text('index.js')).toContain("'..', 'hash-files', 'index.js'")
  })
})
