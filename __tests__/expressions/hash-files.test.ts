/**
 * hashFiles() as the runner computes it (runner-emulation §4.4): the built worker
 * (dist/hash-files/index.js, so `npm run build` first) started with spawnSync.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as glob from '@actions/glob'
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { hashFiles, type HashFilesTarget } from '../../src/expressions/hash-files.js'
import { evaluateTemplate, type ExpressionScope } from '../../src/expressions/evaluate.js'
import { ROOT } from '../integration/harness.js'

const WORKER = path.join(ROOT, 'dist', 'hash-files', 'index.js')

let workspace: string
let outside: string
/** Fake workers and scratch trees, removed after all tests. */
let scratch: string

function target(overrides: Partial<HashFilesTarget> = {}): HashFilesTarget {
  return { workspace, worker: WORKER, ...overrides }
}

/** What the runner computes: SHA-256 over the binary SHA-256 digests of the files, in order. */
function expectedDigest(relativeFiles: string[]): string {
  const combined = crypto.createHash('sha256')
  for (const file of relativeFiles) {
    combined.update(
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(workspace, file)))
        .digest()
    )
  }
  return combined.digest('hex')
}

function write(relative: string, content: string | Buffer, root = workspace): void {
  const file = path.join(root, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
}

/** A stand-in worker (an .mjs script) for the failure paths. */
function fakeWorker(name: string, source: string): string {
  const file = path.join(scratch, `${name}.mjs`)
  fs.writeFileSync(file, source)
  return file
}

beforeAll(() => {
  // The tests run the built worker, as the integration tests run the built bundles.
  expect(fs.existsSync(WORKER)).toBe(true)
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hashfiles-scratch-'))
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hashfiles-ws-'))
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hashfiles-out-'))
  write('a/x.txt', 'x')
  write('a-b.txt', 'a-b')
  write('b.txt', 'b')
  write('c.js', 'c')
  write('sub/deep/d.js', 'd')
  write('sub/e.txt', 'e')
  write('.hidden/h.txt', 'h')
  write('big.bin', crypto.randomBytes(300 * 1024)) // several read chunks
  fs.symlinkSync(path.join(workspace, 'sub'), path.join(workspace, 'dirlink'))
  fs.symlinkSync(path.join(workspace, 'b.txt'), path.join(workspace, 'filelink.txt'))
  fs.writeFileSync(path.join(outside, 'o.txt'), 'outside')
})

afterAll(() => {
  fs.rmSync(workspace, { recursive: true, force: true })
  fs.rmSync(outside, { recursive: true, force: true })
  fs.rmSync(scratch, { recursive: true, force: true })
})

describe('hashFiles (runner hashFiles.ts over @actions/glob)', () => {
  it('hashFiles: ** walks depth-first in sorted order, a directory before a same-prefix file', () => {
    // `a` sorts before `a-b.txt`, so a/x.txt comes first although "a-" < "a/" as strings.
    expect(hashFiles(target(), ['**/*.txt'])).toBe(
      expectedDigest(['.hidden/h.txt', 'a/x.txt', 'a-b.txt', 'b.txt', 'filelink.txt', 'sub/e.txt'])
    )
  })

  it('hashFiles: directory symlinks are not followed by default, file symlinks hash their target', () => {
    const digest = hashFiles(target(), ['filelink.txt'])
    expect(digest).toBe(expectedDigest(['b.txt']))
    expect(hashFiles(target(), ['dirlink/**'])).toBe('')
  })

  it('hashFiles: --follow-symbolic-links descends into directory symlinks', () => {
    expect(hashFiles(target(), ['--follow-symbolic-links', '**/*.txt'])).toBe(
      expectedDigest([
        '.hidden/h.txt',
        'a/x.txt',
        'a-b.txt',
        'b.txt',
        'dirlink/e.txt',
        'filelink.txt',
        'sub/e.txt'
      ])
    )
    expect(hashFiles(target(), ['--FOLLOW-SYMBOLIC-LINKS', 'dirlink/**'])).toBe(
      expectedDigest(['dirlink/deep/d.js', 'dirlink/e.txt'])
    )
  })

  it('hashFiles: several arguments equal one newline-separated list', () => {
    const viaArgs = hashFiles(target(), ['b.txt', 'c.js'])
    expect(viaArgs).toBe(hashFiles(target(), ['b.txt\nc.js']))
    expect(viaArgs).toBe(expectedDigest(['b.txt', 'c.js']))
  })

  it('hashFiles: search roots are visited in pattern order', () => {
    expect(hashFiles(target(), ['c.js', 'b.txt'])).toBe(expectedDigest(['c.js', 'b.txt']))
  })

  it('hashFiles: ! excludes, a matched directory includes its descendants', () => {
    expect(hashFiles(target(), ['**\n!**/*.js\n!.hidden\n!big.bin'])).toBe(
      expectedDigest(['a/x.txt', 'a-b.txt', 'b.txt', 'filelink.txt', 'sub/e.txt'])
    )
    expect(hashFiles(target(), ['sub'])).toBe(expectedDigest(['sub/deep/d.js', 'sub/e.txt']))
    expect(hashFiles(target(), ['sub/'])).toBe(expectedDigest(['sub/deep/d.js', 'sub/e.txt']))
  })

  it('hashFiles: * and ? stay within one path segment', () => {
    expect(hashFiles(target(), ['*.js'])).toBe(expectedDigest(['c.js']))
    expect(hashFiles(target(), ['?.txt'])).toBe(expectedDigest(['b.txt']))
    expect(hashFiles(target(), ['sub/*'])).toBe(expectedDigest(['sub/deep/d.js', 'sub/e.txt']))
    expect(hashFiles(target(), ['**/d.js'])).toBe(expectedDigest(['sub/deep/d.js']))
  })

  it('hashFiles: large files hash the same as a one-shot digest', () => {
    expect(hashFiles(target(), ['big.bin'])).toBe(expectedDigest(['big.bin']))
  })

  it('hashFiles: comments, blank lines and ./ prefixes are handled like the glob', () => {
    expect(hashFiles(target(), ['# comment\n\n  ./b.txt  \n'])).toBe(expectedDigest(['b.txt']))
  })

  it("hashFiles: '' when nothing matches", () => {
    expect(hashFiles(target(), ['**/*.nothing'])).toBe('')
    expect(hashFiles(target(), ['missing/dir/**'])).toBe('')
  })

  it('hashFiles: files outside the workspace are skipped', () => {
    expect(hashFiles(target(), [path.join(outside, '*.txt')])).toBe('')
    expect(hashFiles(target(), [path.join(outside, 'o.txt'), 'c.js'])).toBe(
      expectedDigest(['c.js'])
    )
  })

  it('hashFiles: a trailing separator matches directories only', () => {
    // The implicit `b.txt/**` must not match `b.txt` itself (glob isImplicitPattern).
    expect(hashFiles(target(), ['b.txt/'])).toBe('')
  })

  it('hashFiles: a directory matched by name is skipped, not hashed', () => {
    expect(hashFiles(target(), ['sub/deep/'])).toBe(expectedDigest(['sub/deep/d.js']))
  })

  it('hashFiles: relative pathing fails with the runner message', () => {
    expect(() => hashFiles(target(), ['../x'])).toThrow(
      `hashFiles('../x') failed. Fail to hash files under directory '${workspace}'`
    )
  })

  it('hashFiles: an unknown option is rejected', () => {
    expect(() => hashFiles(target(), ['--nope', '*'])).toThrow(
      "Invalid glob option --nope, avaliable option: '--follow-symbolic-links'."
    )
  })

  it('hashFiles() in an expression uses the scope workspace', () => {
    const scope: ExpressionScope = {
      contexts: {
        github: {},
        runner: {},
        env: {},
        steps: {},
        job: {},
        strategy: {},
        matrix: null,
        secrets: {},
        vars: {},
        inputs: {}
      },
      status: 'success',
      cancelled: false,
      workspace,
      hashFilesWorker: WORKER
    }
    expect(evaluateTemplate("key-${{ hashFiles('**/*.js', 'b.txt') }}", scope)).toBe(
      `key-${expectedDigest(['b.txt', 'c.js', 'sub/deep/d.js'])}`
    )
    expect(evaluateTemplate("${{ hashFiles('nothing') == '' }}", scope)).toBe(true)
  })
  it('hashFiles: the variable followSymbolicLinks of our own environment does not reach the worker', () => {
    // Our environment holds the workflow's env:, which never reaches the runner's worker.
    process.env.followSymbolicLinks = 'true'
    try {
      expect(hashFiles(target(), ['dirlink/**'])).toBe('')
    } finally {
      delete process.env.followSymbolicLinks
    }
  })

  it('hashFiles: a broken symbolic link that is not followed fails, as the runner script does', () => {
    // The glob lists the link itself (lstat); the script's stat of it then throws.
    fs.symlinkSync(path.join(workspace, 'nowhere'), path.join(workspace, 'broken'))
    try {
      expect(() => hashFiles(target(), ['broken'])).toThrow(
        `hashFiles('broken') failed. Fail to hash files under directory '${workspace}'`
      )
      // Followed, a broken link is left out (the glob's omitBrokenSymbolicLinks).
      expect(hashFiles(target(), ['--follow-symbolic-links', 'broken', 'b.txt'])).toBe(
        expectedDigest(['b.txt'])
      )
    } finally {
      fs.unlinkSync(path.join(workspace, 'broken'))
    }
  })

  it('hashFiles: a failing worker gives the runner message, with the worker error as cause', () => {
    const worker = fakeWorker('fails', "console.error('glob exploded'); process.exit(1)\n")
    let thrown: unknown
    try {
      hashFiles(target({ worker }), ["it's", '*.txt'])
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    expect((thrown as Error).message).toBe(
      `hashFiles('it''s, *.txt') failed. Fail to hash files under directory '${workspace}'`
    )
    expect(String((thrown as Error).cause)).toContain('glob exploded')
  })

  it('hashFiles: a missing worker fails with the runner message', () => {
    expect(() => hashFiles(target({ worker: path.join(scratch, 'absent.js') }), ['*'])).toThrow(
      `hashFiles('*') failed. Fail to hash files under directory '${workspace}'`
    )
  })

  it("hashFiles: a worker past the timeout is stopped with the runner's timeout message", () => {
    const worker = fakeWorker('hangs', 'setTimeout(() => {}, 60_000)\n')
    const started = Date.now()
    expect(() => hashFiles(target({ worker, timeoutMs: 300 }), ['*'])).toThrow(
      "hashFiles('*') couldn't finish within 0.3 seconds."
    )
    expect(Date.now() - started).toBeLessThan(30_000)
  })
})

describe('hashFiles equals @actions/glob run in-process (runner-emulation §4.4)', () => {
  /** A small deterministic PRNG, so a failing tree can be rebuilt. */
  function prng(seed: number): () => number {
    let state = seed
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
  }

  /** A tree of files, dot folders, nested folders, and links to folders, files, nowhere and outside. */
  function randomTree(seed: number): string {
    const root = fs.mkdtempSync(path.join(scratch, `tree-${seed}-`))
    const random = prng(seed)
    const names = ['a', 'b', '.dot', 'lib', 'x.txt', 'y.js', 'package-lock.json', 'Z.md']
    const pick = (): string => names[Math.floor(random() * names.length)]
    const folders = ['']
    for (let i = 0; i < 40; i++) {
      const parent = folders[Math.floor(random() * folders.length)]
      const relative = path.join(parent, `${pick()}${i % 3 === 0 ? '' : `-${i}`}`)
      if (fs.existsSync(path.join(root, relative))) continue
      if (random() < 0.3) {
        fs.mkdirSync(path.join(root, relative), { recursive: true })
        folders.push(relative)
      } else {
        write(relative, `content ${seed} ${i}`, root)
      }
    }
    fs.symlinkSync(path.join(root, folders[folders.length - 1]), path.join(root, 'dirlink'))
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'broken'))
    fs.symlinkSync(outside, path.join(root, 'outlink'))
    write('z-last.txt', 'z', root)
    fs.symlinkSync(path.join(root, 'z-last.txt'), path.join(root, 'filelink.txt'))
    return root
  }

  const patternSets = [
    ['**'],
    ['**/*.txt', '**/*.js'],
    ['**/package-lock.json'],
    ['*\n!*.md'],
    ['dirlink/**', 'outlink/**'],
    ['**/.dot*/**', 'a*/**/*'],
    ['broken', 'filelink.txt', 'b*']
  ]

  /**
   * The digest, or `failed`: a broken link that is not followed fails the runner's script too.
   * The worker runs in the workspace; here the patterns are rooted there instead of chdir-ing
   * the test process.
   */
  async function inProcess(root: string, patterns: string[], follow: boolean): Promise<string> {
    const real = fs.realpathSync(root)
    const rooted = patterns
      .flatMap((list) => list.split('\n'))
      .map((line) => (line.startsWith('!') ? `!${real}/${line.slice(1)}` : `${real}/${line}`))
    // The glob logs through core.debug (stdout): kept off this test's output.
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      return await glob.hashFiles(rooted.join('\n'), real, { followSymbolicLinks: follow })
    } catch {
      return 'failed'
    } finally {
      stdout.mockRestore()
    }
  }

  function viaWorker(root: string, patterns: string[], follow: boolean): string {
    const args = follow ? ['--follow-symbolic-links', ...patterns] : patterns
    try {
      return hashFiles(target({ workspace: root }), args)
    } catch {
      return 'failed'
    }
  }

  it.each([1, 2])('tree %i: every pattern set, with and without following links', async (seed) => {
    const root = randomTree(seed)
    const outcomes = new Set<string>()
    for (const patterns of patternSets) {
      for (const follow of [false, true]) {
        const expected = { patterns, follow, digest: await inProcess(root, patterns, follow) }
        expect({ patterns, follow, digest: viaWorker(root, patterns, follow) }).toEqual(expected)
        outcomes.add(
          expected.digest === '' || expected.digest === 'failed' ? expected.digest : 'digest'
        )
      }
    }
    // The sets cover a match, no match and a failure.
    expect([...outcomes].sort()).toEqual(['', 'digest', 'failed'])
  })
})
