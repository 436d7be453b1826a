/**
 * Safe extraction of a repository tarball (`GET /repos/{o}/{r}/tarball/{ref}`) without a tar
 * dependency: gunzip with node:zlib and a small streaming tar reader (ustar, GNU long names, pax).
 *
 * The archive comes from the network, so every entry is checked before anything is written:
 * absolute paths, `..`, links that leave the folder, writes through a symlink and special files
 * are refused. Extraction goes to a temporary folder beside the destination, which is renamed into
 * place only when the whole archive was read; on any error the temporary folder is removed.
 */
import { constants, createReadStream, promises as fs, type Stats } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

const BLOCK = 512
/** Long-name and pax records are metadata: a few KiB at most in a real archive. */
const MAX_METADATA_BYTES = 1024 * 1024
/** Where the host has no O_NOFOLLOW (Windows), the lstat checks before the open still apply. */
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0
const SEPARATORS = process.platform === 'win32' ? /[/\\]/ : /\//

/** What an extracted archive says about itself. */
export interface ExtractedArchive {
  /** The single top-level folder that was dropped, e.g. `owner-repo-abc1234`. */
  top: string
  /**
   * The commit the archive was made from: `git archive` (and so GitHub's tarball endpoint)
   * records it as the `comment` of the pax global header. Undefined when the archive has none.
   */
  commit?: string
}

/**
 * Extracts a `.tar.gz` (a buffer or a file path) into `destination`, which must not exist yet,
 * dropping the archive's single top-level folder (`owner-repo-sha/`). Throws, naming the entry,
 * on anything unsafe; device and FIFO entries are refused, not skipped.
 */
export async function extractTarball(
  archive: Buffer | string,
  destination: string
): Promise<ExtractedArchive> {
  const target = path.resolve(destination)
  if (await exists(target)) throw new Error(`Cannot extract into '${target}': it already exists`)
  const parent = path.dirname(target)
  await fs.mkdir(parent, { recursive: true })
  const staging = await fs.mkdtemp(path.join(parent, `.${path.basename(target)}.partial-`))
  try {
    const source =
      typeof archive === 'string' ? createReadStream(archive) : Readable.from([archive])
    let extracted: ExtractedArchive | undefined
    await pipeline(source, createGunzip(), async (data: AsyncIterable<Buffer>) => {
      extracted = await new TarExtractor(staging).extract(data)
    })
    if (extracted === undefined) throw new Error('The action archive was not read')
    // mkdtemp made the folder private (0700); give it the usual mode of an extracted directory.
    await fs.chmod(staging, 0o755)
    await fs.rename(staging, target)
    return extracted
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true })
    throw error
  }
}

async function exists(file: string): Promise<boolean> {
  return (await lstatOrUndefined(file)) !== undefined
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// Reading blocks from the decompressed stream
// ---------------------------------------------------------------------------------------------

/** Hands out exact byte counts from a stream of arbitrarily sized chunks. */
class ByteReader {
  private readonly chunks: Buffer[] = []
  private buffered = 0
  private ended = false
  private readonly iterator: AsyncIterator<Buffer>

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]()
  }

  /** Exactly `count` bytes, or undefined at a clean end of stream; throws on a short read. */
  async read(count: number): Promise<Buffer | undefined> {
    await this.fill(count)
    if (this.buffered === 0 && this.ended) return undefined
    if (this.buffered < count) throw new Error('The action archive is truncated')
    return this.take(count)
  }

  /** `count` bytes as a series of chunks, so a large file never sits in memory whole. */
  async *stream(count: number): AsyncGenerator<Buffer> {
    let remaining = count
    while (remaining > 0) {
      await this.fill(1)
      if (this.buffered === 0) throw new Error('The action archive is truncated')
      const chunk = this.take(Math.min(remaining, this.chunks[0].length))
      remaining -= chunk.length
      yield chunk
    }
  }

  /** Skips `count` bytes (data of entries we do not write, block padding). */
  async skip(count: number): Promise<void> {
    let remaining = count
    while (remaining > 0) {
      await this.fill(1)
      if (this.buffered === 0) throw new Error('The action archive is truncated')
      remaining -= this.take(Math.min(remaining, this.chunks[0].length)).length
    }
  }

  /** Reads to the end, so the gunzip stream finishes cleanly. */
  async drain(): Promise<void> {
    for (;;) {
      const next = await this.iterator.next()
      if (next.done) return
    }
  }

  private async fill(count: number): Promise<void> {
    while (this.buffered < count && !this.ended) {
      const next = await this.iterator.next()
      if (next.done) {
        this.ended = true
      } else if (next.value.length > 0) {
        this.chunks.push(next.value)
        this.buffered += next.value.length
      }
    }
  }

  private take(count: number): Buffer {
    const parts: Buffer[] = []
    let remaining = count
    while (remaining > 0) {
      const head = this.chunks[0]
      if (head.length <= remaining) {
        parts.push(head)
        this.chunks.shift()
        remaining -= head.length
      } else {
        parts.push(head.subarray(0, remaining))
        this.chunks[0] = head.subarray(remaining)
        remaining = 0
      }
    }
    this.buffered -= count
    return parts.length === 1 ? parts[0] : Buffer.concat(parts)
  }
}

// ---------------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------------

interface Header {
  name: string
  mode: number
  size: number
  type: string
  linkName: string
}

function parseHeader(block: Buffer): Header {
  const recorded = parseNumber(block.subarray(148, 156), 'checksum')
  if (recorded !== unsignedChecksum(block) && recorded !== signedChecksum(block)) {
    throw new Error('The action archive is corrupt (bad tar header checksum)')
  }
  const magic = block.subarray(257, 263).toString('latin1')
  // POSIX ustar splits long names into prefix + name; GNU tar uses that area for other fields.
  const prefix = magic === 'ustar\0' ? readString(block.subarray(345, 500)) : ''
  const name = readString(block.subarray(0, 100))
  return {
    name: prefix ? `${prefix}/${name}` : name,
    mode: parseNumber(block.subarray(100, 108), 'mode'),
    size: parseNumber(block.subarray(124, 136), 'size'),
    type: String.fromCharCode(block[156]),
    linkName: readString(block.subarray(157, 257))
  }
}

/** The checksum field counts as eight spaces. */
function unsignedChecksum(block: Buffer): number {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]
  return sum
}

/** Some old tars summed signed bytes; accept those too. */
function signedChecksum(block: Buffer): number {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] << 24) >> 24
  return sum
}

/** Octal text, or GNU base-256 when the high bit of the first byte is set. */
function parseNumber(field: Buffer, what: string): number {
  if (field[0] & 0x80) {
    if (field[0] === 0xff) throw new Error(`The action archive is corrupt (negative ${what})`)
    let value = field[0] & 0x7f
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]
    if (!Number.isSafeInteger(value)) throw new Error(`The action archive is corrupt (${what})`)
    return value
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '')
  if (text === '') return 0
  if (!/^[0-7]+$/.test(text)) throw new Error(`The action archive is corrupt (${what} '${text}')`)
  return parseInt(text, 8)
}

function readString(field: Buffer): string {
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8')
}

function isZeroBlock(block: Buffer): boolean {
  for (const byte of block) if (byte !== 0) return false
  return true
}

/** pax records: `<length> <key>=<value>\n`, the length in bytes and counting itself. */
function parsePax(data: Buffer): Map<string, string> {
  const records = new Map<string, string>()
  let offset = 0
  while (offset < data.length) {
    if (data[offset] === 0) break
    const space = data.indexOf(0x20, offset)
    const length = space === -1 ? NaN : Number(data.subarray(offset, space).toString('latin1'))
    if (!Number.isInteger(length) || length <= 0 || offset + length > data.length) {
      throw new Error('The action archive is corrupt (bad pax header)')
    }
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (equals === -1 || data[offset + length - 1] !== 0x0a) {
      throw new Error('The action archive is corrupt (bad pax record)')
    }
    records.set(record.slice(0, equals), record.slice(equals + 1))
    offset += length
  }
  return records
}

function paddingOf(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK
}

// ---------------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------------

type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink'

const ENTRY_KINDS: Record<string, EntryKind> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink'
}

const SPECIAL_FILES: Record<string, string> = {
  '3': 'character device',
  '4': 'block device',
  '6': 'FIFO'
}

class TarExtractor {
  /** The archive's single top-level folder, from the first entry. */
  private top: string | undefined
  /** Relative paths (joined with '/') verified to be real directories we created. */
  private readonly directories = new Set<string>([''])

  constructor(private readonly root: string) {}

  async extract(source: AsyncIterable<Buffer>): Promise<ExtractedArchive> {
    const reader = new ByteReader(source)
    let globalPax = new Map<string, string>()
    let localPax = new Map<string, string>()
    let longName: string | undefined
    let longLink: string | undefined
    for (;;) {
      const block = await reader.read(BLOCK)
      if (block === undefined || isZeroBlock(block)) break
      const header = parseHeader(block)
      const size = Number(localPax.get('size') ?? globalPax.get('size') ?? header.size)
      if (!Number.isSafeInteger(size) || size < 0) {
        throw new Error(`The action archive is corrupt (size of '${header.name}')`)
      }

      if (['x', 'g', 'L', 'K'].includes(header.type)) {
        const data = await this.readMetadata(reader, header)
        if (header.type === 'x') localPax = parsePax(data)
        if (header.type === 'g') globalPax = new Map([...globalPax, ...parsePax(data)])
        if (header.type === 'L') longName = readString(data)
        if (header.type === 'K') longLink = readString(data)
        continue
      }

      const name = localPax.get('path') ?? longName ?? globalPax.get('path') ?? header.name
      const linkName =
        localPax.get('linkpath') ?? longLink ?? globalPax.get('linkpath') ?? header.linkName
      localPax = new Map()
      longName = undefined
      longLink = undefined

      const entry = { ...header, name, linkName, size }
      const kind = this.kindOf(entry)
      const relative = this.relativePath(entry.name, kind)
      if (relative === undefined || kind !== 'file') {
        // The top folder itself, directories and links carry no data we write.
        await reader.skip(size + paddingOf(size))
        if (relative !== undefined) await this.writeNonFile(entry, kind, relative)
        continue
      }
      await this.writeFile(entry, relative, reader.stream(size))
      await reader.skip(paddingOf(size))
    }
    await reader.drain()
    if (this.top === undefined) throw new Error('The action archive is empty')
    const comment = globalPax.get('comment')
    // A SHA-1 or SHA-256 object name; anything else is not a commit we could name.
    const commit =
      comment !== undefined && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(comment) ? comment : undefined
    return commit === undefined ? { top: this.top } : { top: this.top, commit }
  }

  private async readMetadata(reader: ByteReader, header: Header): Promise<Buffer> {
    if (header.size > MAX_METADATA_BYTES) {
      throw new Error(`The action archive is corrupt (${header.size}-byte metadata entry)`)
    }
    const data = header.size === 0 ? Buffer.alloc(0) : await reader.read(header.size)
    if (data === undefined) throw new Error('The action archive is truncated')
    await reader.skip(paddingOf(header.size))
    return data
  }

  private kindOf(entry: Header): EntryKind {
    const kind = ENTRY_KINDS[entry.type]
    if (kind) return kind
    const special = SPECIAL_FILES[entry.type]
    if (special) throw refusal(entry.name, `it is a ${special}`)
    throw refusal(entry.name, `unsupported entry type '${entry.type}'`)
  }

  /**
   * The entry's path below the top folder as safe segments; undefined for the top folder itself.
   * Enforces the runner's rule of exactly one top-level directory.
   */
  private relativePath(name: string, kind: EntryKind): string[] | undefined {
    const segments = safeSegments(name)
    const [top, ...rest] = segments
    if (this.top === undefined) this.top = top
    if (top !== this.top || (rest.length === 0 && kind !== 'directory')) {
      throw refusal(
        name,
        `the archive must contain exactly one top-level directory ('${this.top}/')`
      )
    }
    return rest.length === 0 ? undefined : rest
  }

  private async writeFile(
    entry: Header,
    relative: string[],
    data: AsyncIterable<Buffer>
  ): Promise<void> {
    const file = await this.prepareSlot(entry.name, relative)
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW
    // Permission bits only (no setuid/setgid/sticky); the umask applies, as with `tar -x`.
    const handle = await fs.open(file, flags, entry.mode & 0o777)
    try {
      for await (const chunk of data) await handle.write(chunk)
    } finally {
      await handle.close()
    }
  }

  private async writeNonFile(entry: Header, kind: EntryKind, relative: string[]): Promise<void> {
    switch (kind) {
      case 'directory':
        return this.makeDirectory(entry.name, relative, (entry.mode & 0o777) | 0o700)
      case 'symlink':
        return this.makeSymlink(entry, relative)
      case 'hardlink':
        return this.makeHardlink(entry, relative)
      case 'file':
        throw new Error('unreachable: files carry data')
    }
  }

  private async makeDirectory(entryName: string, relative: string[], mode: number): Promise<void> {
    await this.ensureParents(entryName, relative)
    const key = relative.join('/')
    if (this.directories.has(key)) return
    const full = path.join(this.root, ...relative)
    const existing = await lstatOrUndefined(full)
    if (existing?.isDirectory()) {
      this.directories.add(key)
      return
    }
    if (existing) await fs.unlink(full)
    await fs.mkdir(full, { mode })
    this.directories.add(key)
  }

  private async makeSymlink(entry: Header, relative: string[]): Promise<void> {
    checkSymlinkTarget(entry.name, entry.linkName, relative.length - 1)
    const link = await this.prepareSlot(entry.name, relative)
    await fs.symlink(entry.linkName, link)
  }

  private async makeHardlink(entry: Header, relative: string[]): Promise<void> {
    const [top, ...source] = safeSegmentsOfLink(entry.name, entry.linkName)
    if (top !== this.top || source.length === 0) {
      throw refusal(entry.name, `its hard link target '${entry.linkName}' is outside the folder`)
    }
    // A link to itself (seen in some archivers' output) leaves the file as it is.
    if (source.join('/') === relative.join('/')) return
    await this.checkParents(entry.name, source)
    const sourcePath = path.join(this.root, ...source)
    const stats = await lstatOrUndefined(sourcePath)
    if (!stats?.isFile()) {
      throw refusal(
        entry.name,
        `its hard link target '${entry.linkName}' is not a file extracted before it`
      )
    }
    const link = await this.prepareSlot(entry.name, relative)
    await fs.link(sourcePath, link)
  }

  /**
   * Makes room for a non-directory entry: parents exist as real directories, and whatever an
   * earlier entry left at this path is removed (a later entry wins, as with `tar -x`), unless
   * it is a directory.
   */
  private async prepareSlot(entryName: string, relative: string[]): Promise<string> {
    await this.ensureParents(entryName, relative)
    const full = path.join(this.root, ...relative)
    const existing = await lstatOrUndefined(full)
    if (existing?.isDirectory()) throw refusal(entryName, 'it would replace a directory')
    // Parents are real directories, so this removes the earlier entry itself (never a link target).
    if (existing) await fs.unlink(full)
    return full
  }

  /** Creates missing parent folders one level at a time, refusing to pass through a symlink. */
  private async ensureParents(entryName: string, relative: string[]): Promise<void> {
    await this.walkParents(entryName, relative, true)
  }

  /** Like ensureParents, without creating anything. */
  private async checkParents(entryName: string, relative: string[]): Promise<void> {
    await this.walkParents(entryName, relative, false)
  }

  private async walkParents(entryName: string, relative: string[], create: boolean): Promise<void> {
    for (let depth = 1; depth < relative.length; depth++) {
      const parts = relative.slice(0, depth)
      const key = parts.join('/')
      if (this.directories.has(key)) continue
      const full = path.join(this.root, ...parts)
      // lstat asks the file system itself, so case-insensitive aliases of a symlink are caught too.
      const stats = await lstatOrUndefined(full)
      if (stats?.isSymbolicLink()) {
        throw refusal(entryName, `it would be written through the symbolic link '${key}'`)
      }
      if (stats && !stats.isDirectory()) throw refusal(entryName, `'${key}' is not a directory`)
      if (!stats) {
        if (!create) throw refusal(entryName, `'${key}' does not exist`)
        await fs.mkdir(full, { mode: 0o755 })
      }
      this.directories.add(key)
    }
  }
}

function refusal(entryName: string, reason: string): Error {
  return new Error(`Refusing to extract '${entryName}' from the action archive: ${reason}`)
}

function isAbsolute(name: string): boolean {
  return name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)
}

/** An archive path as segments, without empty and `.` segments; refuses absolute paths and `..`. */
function safeSegments(name: string): string[] {
  if (name.includes('\0')) throw refusal(name, 'its name contains a NUL character')
  if (isAbsolute(name)) throw refusal(name, 'it has an absolute path')
  const segments = name.split(SEPARATORS).filter((segment) => segment !== '' && segment !== '.')
  if (segments.includes('..')) throw refusal(name, "its path contains '..'")
  if (segments.length === 0) throw refusal(name, 'it has an empty path')
  return segments
}

function safeSegmentsOfLink(entryName: string, linkName: string): string[] {
  try {
    return safeSegments(linkName)
  } catch {
    throw refusal(entryName, `its hard link target '${linkName}' is outside the folder`)
  }
}

/**
 * A symlink may point only inside the folder. `..` is allowed only as a leading run that climbs
 * no higher than the folder root: the link's parents are real directories, so that climb is
 * physical, while a `..` after a name could climb out of whatever that name links to.
 */
function checkSymlinkTarget(entryName: string, target: string, parentDepth: number): void {
  const outside = (): Error =>
    refusal(entryName, `its symbolic link target '${target}' is outside the folder`)
  if (target === '' || target.includes('\0') || isAbsolute(target)) throw outside()
  const segments = target.split(SEPARATORS).filter((segment) => segment !== '' && segment !== '.')
  let climbs = 0
  let seenName = false
  for (const segment of segments) {
    if (segment !== '..') {
      seenName = true
    } else if (seenName) {
      throw outside()
    } else {
      climbs++
    }
  }
  if (climbs > parentDepth) throw outside()
}
