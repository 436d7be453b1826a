import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { existsSync, readFileSync, statSync, symlinkSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { FileCommandPool } from '../../src/runner/file-command-pool.js'
import { FILE_COMMANDS, readFileCommands } from '../../src/runner/file-commands.js'

let runnerTemp: string
let pool: FileCommandPool

beforeEach(async () => {
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'file-command-pool-'))
  pool = new FileCommandPool(runnerTemp)
})

afterEach(async () => {
  await rm(runnerTemp, { recursive: true, force: true })
})

/** A step whose process exited and whose pipes all closed: nothing of it can write any more. */
const FINISHED = { outputClosed: true, cancelled: false }

async function filesWith(contents: Partial<Record<keyof typeof FILE_COMMANDS, string>>) {
  const files = pool.create()
  for (const [name, content] of Object.entries(contents)) {
    await writeFile(files.files[name as keyof typeof FILE_COMMANDS], content)
  }
  return files
}

describe("FileCommandPool: one run's file-command files (§1.6)", () => {
  it('§1.6: creates empty files named <prefix><guid> in $RUNNER_TEMP/_runner_file_commands', async () => {
    const { files } = pool.create()
    const folder = path.join(runnerTemp, '_runner_file_commands')
    const suffixes = new Set<string>()
    for (const [name, prefix] of Object.entries(FILE_COMMANDS)) {
      const file = files[name as keyof typeof FILE_COMMANDS]
      expect(path.dirname(file)).toBe(folder)
      const base = path.basename(file)
      expect(base.startsWith(prefix)).toBe(true)
      const suffix = base.slice(prefix.length)
      expect(suffix).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      suffixes.add(suffix)
      expect((await stat(file)).size).toBe(0)
    }
    // One GUID per step run, shared by its five files.
    expect(suffixes.size).toBe(1)
    expect((await readdir(folder)).sort()).toEqual(
      Object.values(files)
        .map((f) => path.basename(f))
        .sort()
    )
  })

  it('§4.2: every step run gets its own files', () => {
    const first = pool.create()
    const second = pool.create()
    for (const name of Object.keys(FILE_COMMANDS) as Array<keyof typeof FILE_COMMANDS>) {
      expect(first.files[name]).not.toBe(second.files[name])
    }
  })

  it("§1.6: a finished set comes back under the next step run's new names, emptied", async () => {
    const first = await filesWith({ GITHUB_OUTPUT: 'a=1\n', GITHUB_STEP_SUMMARY: '# hi\n' })
    const inodes = Object.values(first.files).map((file) => statSync(file).ino)
    pool.release(first, FINISHED)
    const second = pool.create()
    for (const name of Object.keys(FILE_COMMANDS) as Array<keyof typeof FILE_COMMANDS>) {
      expect(second.files[name]).not.toBe(first.files[name])
      expect(existsSync(first.files[name])).toBe(false)
      expect(statSync(second.files[name]).size).toBe(0)
    }
    // Renamed, not created: the same files.
    expect(Object.values(second.files).map((file) => statSync(file).ino)).toEqual(inodes)
    expect((await readFileCommands(second)).outputs).toEqual([])
  })

  it('§1.6: prefetched sets are made in the background, once, and handed out as they are', async () => {
    const first = pool.prefetch(3)
    // Already on their way: nothing more. (Its files existing is not enough to hand a set out:
    // a set is ready only once all five were written, so the test waits for the promises.)
    const second = pool.prefetch(3)
    await Promise.all([first, second])
    const folder = path.join(runnerTemp, '_runner_file_commands')
    const made = await readdir(folder)
    expect(made).toHaveLength(15)
    const handedOut = [pool.create(), pool.create(), pool.create()]
    // No file was created for them: they are the prefetched ones, each a full empty set.
    expect((await readdir(folder)).sort()).toEqual(made.sort())
    const suffixes = new Set(
      handedOut.map((set) => path.basename(set.files.GITHUB_OUTPUT).slice('set_output_'.length))
    )
    expect(suffixes.size).toBe(3)
    for (const set of handedOut)
      for (const file of Object.values(set.files)) expect(statSync(file).size).toBe(0)
  })

  it('§1.6: a set whose file became a link is not reused, and the link target is not emptied', async () => {
    const target = path.join(runnerTemp, 'precious.txt')
    await writeFile(target, 'keep me')
    const first = pool.create()
    await rm(first.files.GITHUB_ENV)
    symlinkSync(target, first.files.GITHUB_ENV)
    await writeFile(first.files.GITHUB_OUTPUT, 'x=1\n')
    pool.release(first, FINISHED)
    const second = pool.create()
    expect(readFileSync(target, 'utf8')).toBe('keep me')
    // The set stays as the step left it; the next step got new files.
    expect(readFileSync(first.files.GITHUB_OUTPUT, 'utf8')).toBe('x=1\n')
    expect(statSync(second.files.GITHUB_OUTPUT).ino).not.toBe(
      statSync(first.files.GITHUB_OUTPUT).ino
    )
  })

  it('§1.6: a set with a deleted file is not reused', async () => {
    const first = pool.create()
    await rm(first.files.GITHUB_PATH)
    const output = statSync(first.files.GITHUB_OUTPUT).ino
    pool.release(first, FINISHED)
    const second = pool.create()
    expect(statSync(second.files.GITHUB_OUTPUT).ino).not.toBe(output)
    expect(existsSync(first.files.GITHUB_OUTPUT)).toBe(true)
  })

  it('§1.6: a fresh set of files is empty even when nothing was written', async () => {
    const result = await readFileCommands(pool.create())
    expect(result).toEqual({
      outputs: [],
      env: [],
      path: [],
      state: [],
      summary: '',
      errors: [],
      warnings: []
    })
  })
})

describe('FileCommandPool.release: reuse only when nothing of the step can write (§1.6)', () => {
  /** Releases a written set with `outcome`; whether the next step got the same files back. */
  async function reused(outcome: { outputClosed: boolean; cancelled: boolean }): Promise<boolean> {
    const first = await filesWith({ GITHUB_OUTPUT: 'a=1\n' })
    const inode = statSync(first.files.GITHUB_OUTPUT).ino
    pool.release(first, outcome)
    const second = pool.create()
    expect(statSync(second.files.GITHUB_OUTPUT).size).toBe(0)
    return statSync(second.files.GITHUB_OUTPUT).ino === inode
  }

  it('after the process exited and every holder of its pipes closed them', async () => {
    expect(await reused(FINISHED)).toBe(true)
  })

  it('never while something the step started may still hold its pipes', async () => {
    expect(await reused({ outputClosed: false, cancelled: false })).toBe(false)
  })

  it('never after a cancellation (its group is being killed, not known to be gone)', async () => {
    expect(await reused({ outputClosed: true, cancelled: true })).toBe(false)
  })

  it("a pool is its run's own: another pool's prefetched or recycled sets are never handed out", async () => {
    const folder = path.join(runnerTemp, '_runner_file_commands')
    const other = new FileCommandPool(runnerTemp)
    await other.prefetch(2)
    expect(await readdir(folder)).toHaveLength(10)
    // This pool prefetched nothing: its set is made now, not taken from the other's.
    const first = pool.create()
    expect(await readdir(folder)).toHaveLength(15)
    const inode = statSync(first.files.GITHUB_OUTPUT).ino
    pool.release(first, FINISHED)
    const fromOther = [other.create(), other.create(), other.create()]
    for (const set of fromOther) expect(statSync(set.files.GITHUB_OUTPUT).ino).not.toBe(inode)
    // The recycled set is still this pool's to hand out.
    expect(statSync(pool.create().files.GITHUB_OUTPUT).ino).toBe(inode)
  })
})
