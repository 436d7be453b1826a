import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { extractTarball } from '../../src/catalog/tarball.js'
import { tar, tarGz, type TarEntry } from './tar-writer.js'

let sandbox: string
let destination: string

beforeEach(async () => {
  sandbox = await fs.mkdtemp(path.join(os.tmpdir(), 'tarball-'))
  destination = path.join(sandbox, 'cache', 'o', 'r', 'v1')
})

afterEach(async () => {
  await fs.rm(sandbox, { recursive: true, force: true })
})

const TOP = 'o-r-abc1234'

/** Every path under `root`, relative, sorted; symlinks listed, not followed. */
async function listing(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await fs.readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      found.push(child)
      if (entry.isDirectory()) await walk(child)
    }
  }
  await walk('')
  return found.sort()
}

/** Extraction must fail naming the entry, leaving nothing behind anywhere in the sandbox. */
async function expectRefused(
  entries: TarEntry[],
  entryName: string,
  reason: RegExp
): Promise<void> {
  const before = await listing(sandbox)
  const error = await extractTarball(tarGz(entries), destination).then(
    () => undefined,
    (e: unknown) => e as Error
  )
  expect(error?.message).toContain(`Refusing to extract '${entryName}'`)
  expect(error?.message).toMatch(reason)
  // The staging folder is gone and the destination was never created.
  const after = (await listing(sandbox)).filter((p) => !p.startsWith('cache'))
  expect(after).toEqual(before.filter((p) => !p.startsWith('cache')))
  expect(await listing(path.join(sandbox, 'cache'))).toEqual(['o', 'o/r'])
}

describe('extractTarball: a well-formed repository archive', () => {
  it('strips the single top-level folder and keeps contents and executable bits', async () => {
    await extractTarball(
      tarGz(
        [
          { name: `${TOP}/`, type: 'dir' },
          { name: `${TOP}/action.yml`, data: 'name: x\n' },
          { name: `${TOP}/dist/`, type: 'dir' },
          { name: `${TOP}/dist/index.js`, data: 'console.log(1)\n' },
          { name: `${TOP}/run.sh`, data: '#!/bin/sh\n', mode: 0o755 }
        ],
        { comment: 'abc1234def' }
      ),
      destination
    )
    expect(await listing(destination)).toEqual(['action.yml', 'dist', 'dist/index.js', 'run.sh'])
    expect(await fs.readFile(path.join(destination, 'dist/index.js'), 'utf8')).toBe(
      'console.log(1)\n'
    )
    expect((await fs.stat(path.join(destination, 'run.sh'))).mode & 0o100).toBe(0o100)
    expect((await fs.stat(path.join(destination, 'action.yml'))).mode & 0o111).toBe(0)
    // Only the destination is left beside it: no staging folder.
    expect(await fs.readdir(path.dirname(destination))).toEqual(['v1'])
  })

  it('reads a file path as well as a buffer, and large files across many chunks', async () => {
    const big = Buffer.alloc(300_000, 'abcdefghij')
    const archive = path.join(sandbox, 'a.tar.gz')
    await fs.writeFile(
      archive,
      tarGz([
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/big.bin`, data: big }
      ])
    )
    await extractTarball(archive, destination)
    expect((await fs.readFile(path.join(destination, 'big.bin'))).equals(big)).toBe(true)
  })

  it('reads long names: ustar prefix, GNU ././@LongLink and pax path/linkpath', async () => {
    const deep = `${'d'.repeat(60)}/${'e'.repeat(60)}/${'f'.repeat(40)}.txt`
    const paxName = `${'p'.repeat(120)}.txt`
    const gnuName = `${'g'.repeat(130)}.txt`
    await extractTarball(
      tarGz([
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/${deep}`, data: 'ustar', long: 'ustar-prefix' },
        { name: `${TOP}/${paxName}`, data: 'pax', long: 'pax' },
        { name: `${TOP}/${gnuName}`, data: 'gnu', long: 'gnu' },
        { name: `${TOP}/${'l'.repeat(110)}`, type: 'symlink', linkName: paxName, long: 'pax' }
      ]),
      destination
    )
    expect(await fs.readFile(path.join(destination, deep), 'utf8')).toBe('ustar')
    expect(await fs.readFile(path.join(destination, paxName), 'utf8')).toBe('pax')
    expect(await fs.readFile(path.join(destination, gnuName), 'utf8')).toBe('gnu')
    expect(await fs.readlink(path.join(destination, 'l'.repeat(110)))).toBe(paxName)
  })

  it('keeps symlinks and hard links that stay inside the folder', async () => {
    await extractTarball(
      tarGz([
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/lib/`, type: 'dir' },
        { name: `${TOP}/lib/real.js`, data: 'real' },
        { name: `${TOP}/lib/alias.js`, type: 'symlink', linkName: 'real.js' },
        { name: `${TOP}/lib/up.js`, type: 'symlink', linkName: '../top.js' },
        { name: `${TOP}/top.js`, data: 'top' },
        { name: `${TOP}/hard.js`, type: 'hardlink', linkName: `${TOP}/lib/real.js` }
      ]),
      destination
    )
    expect(await fs.readFile(path.join(destination, 'lib/alias.js'), 'utf8')).toBe('real')
    expect(await fs.readFile(path.join(destination, 'lib/up.js'), 'utf8')).toBe('top')
    expect(await fs.readFile(path.join(destination, 'hard.js'), 'utf8')).toBe('real')
    expect((await fs.lstat(path.join(destination, 'lib/alias.js'))).isSymbolicLink()).toBe(true)
  })

  it('a later entry for the same path wins', async () => {
    await extractTarball(
      tarGz([
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/a`, data: 'first' },
        { name: `${TOP}/a`, data: 'second' }
      ]),
      destination
    )
    expect(await fs.readFile(path.join(destination, 'a'), 'utf8')).toBe('second')
  })

  it('the runner needs exactly one top-level directory', async () => {
    await expect(
      extractTarball(
        tarGz([
          { name: 'one/', type: 'dir' },
          { name: 'one/a', data: 'a' },
          { name: 'two/b', data: 'b' }
        ]),
        destination
      )
    ).rejects.toThrow(/'two\/b'.*exactly one top-level directory/)
    await expect(
      extractTarball(tarGz([{ name: 'loose-file', data: 'x' }]), destination)
    ).rejects.toThrow(/'loose-file'.*exactly one top-level directory/)
    await expect(extractTarball(tarGz([]), destination)).rejects.toThrow('empty')
    expect(await listing(path.join(sandbox, 'cache'))).toEqual(['o', 'o/r'])
  })

  it('§4.2 a `git archive` tarball, as GitHub serves it: modes, links, and the commit from its pax comment', async () => {
    const repository = path.join(sandbox, 'repository')
    await fs.mkdir(path.join(repository, 'dist'), { recursive: true })
    await fs.writeFile(path.join(repository, 'action.yml'), 'runs: {using: node20, main: x}\n')
    await fs.writeFile(path.join(repository, 'dist/index.js'), 'console.log(1)\n')
    await fs.writeFile(path.join(repository, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 })
    await fs.symlink('dist/index.js', path.join(repository, 'main.js'))
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', repository, ...args], { encoding: 'utf8' }).trim()
    git('init', '-q')
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x')
    const commit = git('rev-parse', 'HEAD')
    const archive = path.join(sandbox, 'archive.tar.gz')
    git('archive', '--format=tar.gz', '--prefix=o-r-abc1234/', '-o', archive, 'HEAD')

    expect(await extractTarball(archive, destination)).toEqual({ top: 'o-r-abc1234', commit })
    expect(await listing(destination)).toEqual([
      'action.yml',
      'dist',
      'dist/index.js',
      'main.js',
      'run.sh'
    ])
    expect((await fs.stat(path.join(destination, 'run.sh'))).mode & 0o100).toBe(0o100)
    expect(await fs.readlink(path.join(destination, 'main.js'))).toBe('dist/index.js')

    // An archive of a tree names no commit: its pax global header is left out.
    const treeArchive = path.join(sandbox, 'tree.tar.gz')
    git('archive', '--format=tar.gz', '--prefix=o-r-tree/', '-o', treeArchive, 'HEAD^{tree}')
    expect(await extractTarball(treeArchive, path.join(sandbox, 'tree'))).toEqual({
      top: 'o-r-tree'
    })
  })

  it('§4.2 symbolic links are made last, so chains and links through a linked folder are kept, as tar -xzf keeps them', async () => {
    await extractTarball(
      tarGz([
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/real.js`, data: 'real' },
        { name: `${TOP}/alias`, type: 'symlink', linkName: 'real.js' },
        { name: `${TOP}/alias2`, type: 'symlink', linkName: 'alias' },
        // A pnpm-style node_modules: the package folder is a link, .bin points through it.
        { name: `${TOP}/store/pkg/bin.js`, data: 'bin' },
        { name: `${TOP}/node_modules/pkg`, type: 'symlink', linkName: '../store/pkg' },
        { name: `${TOP}/node_modules/.bin/tool`, type: 'symlink', linkName: '../pkg/bin.js' }
      ]),
      destination
    )
    expect(await fs.readFile(path.join(destination, 'alias2'), 'utf8')).toBe('real')
    expect(await fs.readlink(path.join(destination, 'alias2'))).toBe('alias')
    expect(await fs.readFile(path.join(destination, 'node_modules/.bin/tool'), 'utf8')).toBe('bin')
  })

  it('the last entry of a path wins between files and symbolic links too', async () => {
    await extractTarball(
      tarGz([
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/target`, data: 'target' },
        { name: `${TOP}/becomes-link`, data: 'file' },
        { name: `${TOP}/becomes-link`, type: 'symlink', linkName: 'target' },
        { name: `${TOP}/becomes-file`, type: 'symlink', linkName: 'target' },
        { name: `${TOP}/becomes-file`, data: 'file' }
      ]),
      destination
    )
    expect(await fs.readlink(path.join(destination, 'becomes-link'))).toBe('target')
    expect((await fs.lstat(path.join(destination, 'becomes-file'))).isFile()).toBe(true)
    expect(await fs.readFile(path.join(destination, 'becomes-file'), 'utf8')).toBe('file')
  })

  it('refuses to overwrite an existing destination', async () => {
    await fs.mkdir(destination, { recursive: true })
    await expect(
      extractTarball(tarGz([{ name: `${TOP}/a`, data: 'a' }]), destination)
    ).rejects.toThrow('already exists')
  })

  it('rejects corrupt and truncated archives', async () => {
    const good = tar([
      { name: `${TOP}/`, type: 'dir' },
      { name: `${TOP}/a`, data: 'x'.repeat(2000) }
    ])
    const badChecksum = Buffer.from(good)
    badChecksum[0] ^= 0xff
    await expect(extractTarball(gzipSync(badChecksum), destination)).rejects.toThrow('checksum')
    await expect(extractTarball(gzipSync(good.subarray(0, 1536)), destination)).rejects.toThrow(
      'truncated'
    )
    await expect(extractTarball(Buffer.from('not gzip'), destination)).rejects.toThrow()
    expect(await listing(path.join(sandbox, 'cache'))).toEqual(['o', 'o/r'])
  })

  it("refuses a decompression bomb (tar's ratio guard)", async () => {
    const bomb = tarGz([
      { name: `${TOP}/`, type: 'dir' },
      { name: `${TOP}/zeros`, data: Buffer.alloc(5_000_000) }
    ])
    await expect(extractTarball(bomb, destination)).rejects.toThrow(/decompression bomb/)
    expect(await listing(path.join(sandbox, 'cache'))).toEqual(['o', 'o/r'])
  })

  it('an error tar meets while writing leaves nothing behind and names the entry', async () => {
    // Deeper than tar's limit of 1024 folders: the listing accepts it, the extraction fails.
    const deep = `${TOP}/${Array.from({ length: 1100 }, () => 'd').join('/')}/f`
    const error = await extractTarball(
      tarGz([
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/a`, data: 'a' },
        { name: deep, data: 'deep', long: 'pax' },
        { name: `${TOP}/z`, data: 'z' }
      ]),
      destination
    ).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.message).toContain(`Could not extract '${deep}' from the action archive`)
    expect(await listing(path.join(sandbox, 'cache'))).toEqual(['o', 'o/r'])
  })
})

describe('extractTarball: hostile archives are refused and nothing is written outside', () => {
  it('§7.6 an entry with ../ is refused', async () => {
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/../../../x`, data: 'escaped' }
      ],
      `${TOP}/../../../x`,
      /'\.\.'/
    )
  })

  it('§7.6 an absolute path is refused', async () => {
    const outside = path.join(sandbox, 'absolute-target')
    await expectRefused([{ name: outside, data: 'escaped' }], outside, /absolute path/)
    await expectRefused([{ name: '/tmp/x', data: 'escaped' }], '/tmp/x', /absolute path/)
  })

  it('§7.6 a symlink that leaves the folder is refused, and so is a file written through it', async () => {
    // Relative escape.
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/evil`, type: 'symlink', linkName: '../../../..' },
        { name: `${TOP}/evil/x`, data: 'escaped' }
      ],
      `${TOP}/evil`,
      /symbolic link target '\.\.\/\.\.\/\.\.\/\.\.' is outside the folder/
    )
    // Absolute escape.
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/evil`, type: 'symlink', linkName: sandbox },
        { name: `${TOP}/evil/x`, data: 'escaped' }
      ],
      `${TOP}/evil`,
      /is outside the folder/
    )
    // A name, then `..`, can climb out of whatever that name links to.
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/here`, type: 'symlink', linkName: '.' },
        { name: `${TOP}/sneaky`, type: 'symlink', linkName: 'here/..' },
        { name: `${TOP}/sneaky/x`, data: 'escaped' }
      ],
      `${TOP}/sneaky`,
      /is outside the folder/
    )
  })

  it('§7.6 no entry is written through a symlink, even one that points inside', async () => {
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/sub/`, type: 'dir' },
        { name: `${TOP}/link`, type: 'symlink', linkName: 'sub' },
        { name: `${TOP}/link/x`, data: 'through' }
      ],
      `${TOP}/link/x`,
      /written through the symbolic link 'link'/
    )
  })

  it('§7.6 nothing is written through a case alias of a symlink (macOS and Windows file systems)', async () => {
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/sub/`, type: 'dir' },
        { name: `${TOP}/Link`, type: 'symlink', linkName: 'sub' },
        { name: `${TOP}/link/x`, data: 'through' }
      ],
      `${TOP}/link/x`,
      /written through the symbolic link 'link'/
    )
  })

  it('§7.6 a hard link to a path outside the folder is refused', async () => {
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/passwd`, type: 'hardlink', linkName: '/etc/passwd' }
      ],
      `${TOP}/passwd`,
      /hard link target '\/etc\/passwd' is outside the folder/
    )
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/x`, type: 'hardlink', linkName: `${TOP}/../../x` }
      ],
      `${TOP}/x`,
      /outside the folder/
    )
  })

  it('§7.6 device and FIFO entries are refused (not skipped)', async () => {
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/pipe`, type: 'fifo' }
      ],
      `${TOP}/pipe`,
      /FIFO/
    )
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/null`, type: 'chardev' }
      ],
      `${TOP}/null`,
      /character device/
    )
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/disk`, type: 'blockdev' }
      ],
      `${TOP}/disk`,
      /block device/
    )
  })

  it('§7.6 entry types tar would skip are refused too', async () => {
    await expectRefused(
      [
        { name: `${TOP}/`, type: 'dir' },
        { name: `${TOP}/sparse`, type: 'sparse' }
      ],
      `${TOP}/sparse`,
      /unsupported entry type 'SparseFile'/
    )
  })
})
