import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { hashFiles } from '../../src/expressions/hash-files.js'
import { evaluateTemplate, type ExpressionScope } from '../../src/expressions/evaluate.js'

let workspace: string
let outside: string

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

function write(relative: string, content: string | Buffer): void {
  const file = path.join(workspace, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
}

beforeAll(() => {
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
})

describe('hashFiles (runner hashFiles.ts over @actions/glob)', () => {
  it('hashFiles: ** walks depth-first in sorted order, a directory before a same-prefix file', () => {
    // `a` sorts before `a-b.txt`, so a/x.txt comes first although "a-" < "a/" as strings.
    expect(hashFiles(workspace, ['**/*.txt'])).toBe(
      expectedDigest(['.hidden/h.txt', 'a/x.txt', 'a-b.txt', 'b.txt', 'filelink.txt', 'sub/e.txt'])
    )
  })

  it('hashFiles: directory symlinks are not followed by default, file symlinks hash their target', () => {
    const digest = hashFiles(workspace, ['filelink.txt'])
    expect(digest).toBe(expectedDigest(['b.txt']))
    expect(hashFiles(workspace, ['dirlink/**'])).toBe('')
  })

  it('hashFiles: --follow-symbolic-links descends into directory symlinks', () => {
    expect(hashFiles(workspace, ['--follow-symbolic-links', '**/*.txt'])).toBe(
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
    expect(hashFiles(workspace, ['--FOLLOW-SYMBOLIC-LINKS', 'dirlink/**'])).toBe(
      expectedDigest(['dirlink/deep/d.js', 'dirlink/e.txt'])
    )
  })

  it('hashFiles: several arguments equal one newline-separated list', () => {
    const viaArgs = hashFiles(workspace, ['b.txt', 'c.js'])
    expect(viaArgs).toBe(hashFiles(workspace, ['b.txt\nc.js']))
    expect(viaArgs).toBe(expectedDigest(['b.txt', 'c.js']))
  })

  it('hashFiles: search roots are visited in pattern order', () => {
    expect(hashFiles(workspace, ['c.js', 'b.txt'])).toBe(expectedDigest(['c.js', 'b.txt']))
  })

  it('hashFiles: ! excludes, a matched directory includes its descendants', () => {
    expect(hashFiles(workspace, ['**\n!**/*.js\n!.hidden\n!big.bin'])).toBe(
      expectedDigest(['a/x.txt', 'a-b.txt', 'b.txt', 'filelink.txt', 'sub/e.txt'])
    )
    expect(hashFiles(workspace, ['sub'])).toBe(expectedDigest(['sub/deep/d.js', 'sub/e.txt']))
    expect(hashFiles(workspace, ['sub/'])).toBe(expectedDigest(['sub/deep/d.js', 'sub/e.txt']))
  })

  it('hashFiles: * and ? stay within one path segment', () => {
    expect(hashFiles(workspace, ['*.js'])).toBe(expectedDigest(['c.js']))
    expect(hashFiles(workspace, ['?.txt'])).toBe(expectedDigest(['b.txt']))
    expect(hashFiles(workspace, ['sub/*'])).toBe(expectedDigest(['sub/deep/d.js', 'sub/e.txt']))
    expect(hashFiles(workspace, ['**/d.js'])).toBe(expectedDigest(['sub/deep/d.js']))
  })

  it('hashFiles: large files hash the same as a one-shot digest', () => {
    expect(hashFiles(workspace, ['big.bin'])).toBe(expectedDigest(['big.bin']))
  })

  it('hashFiles: comments, blank lines and ./ prefixes are handled like the glob', () => {
    expect(hashFiles(workspace, ['# comment\n\n  ./b.txt  \n'])).toBe(expectedDigest(['b.txt']))
  })

  it("hashFiles: '' when nothing matches", () => {
    expect(hashFiles(workspace, ['**/*.nothing'])).toBe('')
    expect(hashFiles(workspace, ['missing/dir/**'])).toBe('')
  })

  it('hashFiles: files outside the workspace are skipped', () => {
    expect(hashFiles(workspace, [path.join(outside, '*.txt')])).toBe('')
    expect(hashFiles(workspace, [path.join(outside, 'o.txt'), 'c.js'])).toBe(
      expectedDigest(['c.js'])
    )
  })

  it('hashFiles: a trailing separator matches directories only', () => {
    // The implicit `b.txt/**` must not match `b.txt` itself (glob isImplicitPattern).
    expect(hashFiles(workspace, ['b.txt/'])).toBe('')
  })

  it('hashFiles: a directory matched by name is skipped, not hashed', () => {
    expect(hashFiles(workspace, ['sub/deep/'])).toBe(expectedDigest(['sub/deep/d.js']))
  })

  it('hashFiles: relative pathing fails with the runner message', () => {
    expect(() => hashFiles(workspace, ['../x'])).toThrow(
      `hashFiles('../x') failed. Fail to hash files under directory '${workspace}'`
    )
  })

  it('hashFiles: an unknown option is rejected', () => {
    expect(() => hashFiles(workspace, ['--nope', '*'])).toThrow(
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
      workspace
    }
    expect(evaluateTemplate("key-${{ hashFiles('**/*.js', 'b.txt') }}", scope)).toBe(
      `key-${expectedDigest(['b.txt', 'c.js', 'sub/deep/d.js'])}`
    )
    expect(evaluateTemplate("${{ hashFiles('nothing') == '' }}", scope)).toBe(true)
  })
})
