/**
 * The committed bundle's shape: what a `run:`-only list loads at start-up stays small, and the
 * `uses:` support (src/actions/uses-support.ts) lives in a chunk loaded on demand (bench B1/B3/B5).
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
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
