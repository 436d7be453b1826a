/**
 * Safe extraction of a repository tarball (`GET /repos/{o}/{r}/tarball/{ref}`) with `tar`, the
 * npm project's own (runner-emulation §4.2 "Extraction"): file modes, symlinks and hard links
 * are kept as `tar -xzf` keeps them, and the single top-level folder is dropped.
 *
 * Two passes over the archive, because that is the smallest design that is obviously safe:
 * 1. a listing pass (tar's `Parser`, nothing written) runs every entry through ArchiveRules
 *    (tarball-rules.ts) and reads the commit; an unsafe entry refuses the whole archive;
 * 2. only then `tar`'s `Unpack` extracts, in strict mode (any warning is an error), all but
 *    the symbolic links, which are made last, from the listing: while tar writes there is no
 *    link to write through. (tar itself would also refuse a link whose target goes through an
 *    earlier link, e.g. `alias2 -> alias -> file`, which `tar -xzf` keeps.)
 * Refusing from `Unpack`'s own hooks would have to stop an extraction half done: `tar` keeps
 * going after an error and offers no way to wait for its pending writes. Reading twice costs a
 * second gunzip of a few megabytes; the archive is our own download, so both passes see the
 * same bytes.
 *
 * Extraction goes to a temporary folder beside the destination, which is renamed into place
 * only when the whole archive was read; on any error the temporary folder is removed.
 */
import { createReadStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { Parser, Unpack, type ReadEntry } from 'tar'
import { ArchiveRefusal, ArchiveRules } from './tarball-rules.js'

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
  const { extracted, symlinks } = await inspect(archive).catch(rethrowReadable)
  const staging = await fs.mkdtemp(path.join(parent, `.${path.basename(target)}.partial-`))
  try {
    await unpack(archive, staging).catch(rethrowReadable)
    await makeSymlinks(staging, symlinks)
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
  try {
    await fs.lstat(file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

interface Symlink {
  /** Below the top folder, `/`-separated. */
  path: string
  target: string
}

/** The listing pass: every entry checked, nothing written. */
async function inspect(
  archive: Buffer | string
): Promise<{ extracted: ExtractedArchive; symlinks: Symlink[] }> {
  const rules = new ArchiveRules()
  let comment: string | undefined
  const parser: Parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      try {
        rules.check(entry)
        comment = entry.globalExtended?.comment
      } catch (error) {
        parser.abort(error as Error)
      }
      entry.resume()
    }
  })
  // Entries tar would skip: types it does not know, and oversized pax or long-name records.
  parser.on('ignoredEntry', (entry: ReadEntry) => {
    const reason = entry.meta
      ? `its ${entry.size}-byte ${entry.type} record is too large`
      : `unsupported entry type '${entry.type}'`
    parser.abort(new ArchiveRefusal(entry.path, reason))
  })
  await new Promise<void>((resolve, reject) => {
    parser.on('error', reject)
    parser.on('end', resolve)
    feed(archive, parser, reject)
  })
  const top = rules.topFolder
  if (top === undefined) throw new Error('The action archive is empty')
  // A SHA-1 or SHA-256 object name; anything else is not a commit we could name.
  const commit =
    comment !== undefined && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(comment) ? comment : undefined
  const extracted = commit === undefined ? { top } : { top, commit }
  return { extracted, symlinks: rules.finalSymlinks }
}

/** The extraction pass, into `folder`, of an archive the listing pass accepted. */
async function unpack(archive: Buffer | string, folder: string): Promise<void> {
  const unpacker = new Unpack({
    cwd: folder,
    strip: 1,
    strict: true,
    // Files belong to whoever runs the action, also as root (tar's default there is the
    // archive's owner: root for `git archive`).
    preserveOwner: false,
    filter: (_path, entry) => keep(entry as ReadEntry)
  })
  let failure: Error | undefined
  await new Promise<void>((resolve, reject) => {
    // In strict mode tar reports an error and goes on with the next entry; 'close' comes when
    // every write has settled, so the caller removes a folder nothing writes into any more.
    unpacker.on('error', (error: Error) => (failure ??= namingTheEntry(error)))
    unpacker.on('close', () => (failure === undefined ? resolve() : reject(failure)))
    // Stopped reading (a read or gunzip error): no 'close' will come.
    unpacker.on('abort', reject)
    feed(archive, unpacker, reject)
  })
}

/** tar names the entry it failed on in the error's data, not in its message. */
function namingTheEntry(error: Error): Error {
  const entry = (error as { entry?: ReadEntry }).entry
  if (entry === undefined) return error
  return new Error(
    `Could not extract '${entry.header.path ?? entry.path}' from the action archive: ${error.message}`,
    { cause: error }
  )
}

/**
 * Adjusts an entry before tar extracts it; false skips it. Permission bits only (no setuid,
 * setgid or sticky bit; the umask applies, as with `tar -x`). Symbolic links are made later
 * (makeSymlinks). A hard link to itself (seen in some archivers' output) leaves the file as it
 * is; tar would remove the file first.
 */
function keep(entry: ReadEntry): boolean {
  if (entry.mode !== undefined) entry.mode &= 0o777
  if (entry.type === 'SymbolicLink') return false
  return !(entry.type === 'Link' && entry.linkpath === entry.path)
}

/**
 * The archive's symbolic links, once everything else is written. ArchiveRules saw to it that
 * no link lies below another, so their parent folders are real directories.
 */
async function makeSymlinks(folder: string, symlinks: Symlink[]): Promise<void> {
  for (const link of symlinks) {
    const full = path.join(folder, ...link.path.split('/'))
    // tar made the parents of entries it wrote; a link may be the only entry of its folder.
    await fs.mkdir(path.dirname(full), { recursive: true })
    // A file an earlier entry of the same path left gives way: the last entry wins.
    await fs.rm(full, { force: true })
    await fs.symlink(link.target, full)
  }
}

/** Writes the archive into tar's parser, which detects and undoes the gzip compression. */
function feed(archive: Buffer | string, sink: Parser, onReadError: (error: Error) => void): void {
  if (typeof archive !== 'string') {
    sink.end(archive)
    return
  }
  const source = createReadStream(archive)
  source.on('error', onReadError)
  source.pipe(sink)
}

/** tar's codes for an archive that cannot be read (`TAR_ABORT`: gunzip failed). */
const DAMAGED = new Set(['TAR_BAD_ARCHIVE', 'TAR_ENTRY_INVALID', 'TAR_ABORT'])

/**
 * tar's errors about a damaged archive name no archive; say which one, and whether it is
 * damaged or cut short. Refusals and file-system errors pass unchanged.
 */
function rethrowReadable(error: unknown): never {
  const code = (error as { tarCode?: unknown } | undefined)?.tarCode
  if (error instanceof ArchiveRefusal || !(error instanceof Error) || !DAMAGED.has(String(code))) {
    throw error
  }
  const text = error.message
  const what = /truncated|unexpected end/i.test(text)
    ? 'truncated'
    : /unrecognized archive format/i.test(text)
      ? 'empty or not a tar archive'
      : /decompression ratio/.test(text)
        ? 'refused as a decompression bomb'
        : 'corrupt'
  throw new Error(`The action archive is ${what} (${text})`, { cause: error })
}
