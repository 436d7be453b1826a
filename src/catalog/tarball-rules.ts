/**
 * What a repository tarball may contain (runner-emulation §4.2 "Extraction"), checked entry by
 * entry on tar's listing pass, before anything is written (src/catalog/tarball.ts).
 *
 * `tar`'s own defaults strip absolute paths and skip `..`, devices and FIFOs with a warning; the
 * archive comes from the network, so instead the whole archive is refused, naming the entry.
 * The rules are lexical: they see the entries as the archive states them, in order, and keep
 * what each path will be on disk after the entries so far. The symbolic links themselves are
 * made only after `tar` has written everything else, so nothing is written through one while
 * `tar` works, and `tar` checks each parent folder on disk again (it refuses to pass a link).
 */

/** What the rules read of an entry: fields of tar's `ReadEntry`. */
export interface ArchiveEntry {
  /** The entry's path as stored, long names and pax `path` applied. */
  path: string
  /** tar's type name: `File`, `Directory`, `SymbolicLink`, `Link`, `FIFO`, `Unsupported`… */
  type: string
  linkpath?: string
}

/** The error for an entry the rules refuse; the archive as a whole is refused with it. */
export class ArchiveRefusal extends Error {
  constructor(entryPath: string, reason: string) {
    super(`Refusing to extract '${entryPath}' from the action archive: ${reason}`)
    this.name = 'ArchiveRefusal'
  }
}

type Kind = 'file' | 'directory' | 'symlink' | 'hardlink'

const KINDS: Record<string, Kind> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink'
}

const SPECIAL_FILES: Record<string, string> = {
  CharacterDevice: 'character device',
  BlockDevice: 'block device',
  FIFO: 'FIFO'
}

/** Either separator, for the checks that must hold on every host (`tar` splits on both too). */
const ANY_SEPARATOR = /[/\\]/
/** The separators of this host, for the paths an entry creates. */
const SEPARATORS = process.platform === 'win32' ? ANY_SEPARATOR : /\//

export class ArchiveRules {
  /** The archive's single top-level folder, from the first entry. */
  private top: string | undefined
  /** What each path below the top folder is after the entries so far (the last entry wins). */
  private readonly kinds = new Map<string, Kind>()
  /**
   * Every path that was ever a symbolic link, compared case-insensitively: on macOS and Windows
   * `Link/x` goes through a symlink `link`. A later entry replacing the link does not clear it.
   */
  private readonly symlinks = new Set<string>()
  /** The target of the last symbolic link entry of each path. */
  private readonly linkTargets = new Map<string, string>()

  /** The top-level folder, once an entry was accepted. */
  get topFolder(): string | undefined {
    return this.top
  }

  /**
   * The symbolic links the archive leaves once every entry is extracted (the last entry of a
   * path wins), with paths below the top folder.
   */
  get finalSymlinks(): Array<{ path: string; target: string }> {
    return [...this.linkTargets]
      .filter(([key]) => this.kinds.get(key) === 'symlink')
      .map(([key, target]) => ({ path: key, target }))
  }

  /** Throws an ArchiveRefusal when the entry is unsafe; records it otherwise. */
  check(entry: ArchiveEntry): void {
    const kind = kindOf(entry)
    const relative = this.relativePath(entry.path, kind)
    // The top folder itself is dropped (`strip: 1`).
    if (relative.length === 0) return
    this.checkParents(entry.path, relative)
    const key = relative.join('/')
    if (kind !== 'directory' && this.kinds.get(key) === 'directory') {
      throw new ArchiveRefusal(entry.path, 'it would replace a directory')
    }
    if (kind === 'symlink') {
      checkSymlinkTarget(entry.path, entry.linkpath ?? '', relative.length - 1)
      this.symlinks.add(folded(key))
      this.linkTargets.set(key, entry.linkpath ?? '')
    }
    if (kind === 'hardlink') this.checkHardlinkTarget(entry.path, entry.linkpath ?? '')
    this.kinds.set(key, kind)
  }

  /**
   * The entry's path below the top folder as segments (empty for the top folder itself).
   * Enforces the runner's rule of exactly one top-level directory.
   */
  private relativePath(name: string, kind: Kind): string[] {
    const [top, ...rest] = safeSegments(name)
    this.top ??= top
    if (top !== this.top || (rest.length === 0 && kind !== 'directory')) {
      throw new ArchiveRefusal(
        name,
        `the archive must contain exactly one top-level directory ('${this.top}/')`
      )
    }
    return rest
  }

  /** Parents must be directories (made on the way) and never a symbolic link. */
  private checkParents(name: string, relative: string[]): void {
    for (let depth = 1; depth < relative.length; depth++) {
      const key = relative.slice(0, depth).join('/')
      if (this.symlinks.has(folded(key))) {
        throw new ArchiveRefusal(name, `it would be written through the symbolic link '${key}'`)
      }
      const kind = this.kinds.get(key)
      if (kind === undefined) this.kinds.set(key, 'directory')
      else if (kind !== 'directory') throw new ArchiveRefusal(name, `'${key}' is not a directory`)
    }
  }

  /** A hard link may only name a regular file of this archive, extracted before it. */
  private checkHardlinkTarget(name: string, target: string): void {
    const outside = new ArchiveRefusal(
      name,
      `its hard link target '${target}' is outside the folder`
    )
    let segments: string[]
    try {
      segments = safeSegments(target)
    } catch {
      throw outside
    }
    const [top, ...rest] = segments
    if (top !== this.top || rest.length === 0) throw outside
    // A file recorded at the target has real directories above it (a directory is never
    // replaced), unless one of them is a case alias of a symbolic link.
    for (let depth = 1; depth < rest.length; depth++) {
      const key = rest.slice(0, depth).join('/')
      if (this.symlinks.has(folded(key))) {
        throw new ArchiveRefusal(
          name,
          `its hard link target '${target}' goes through the symbolic link '${key}'`
        )
      }
    }
    const kind = this.kinds.get(rest.join('/'))
    if (kind !== 'file' && kind !== 'hardlink') {
      throw new ArchiveRefusal(
        name,
        `its hard link target '${target}' is not a file extracted before it`
      )
    }
  }
}

function kindOf(entry: ArchiveEntry): Kind {
  const kind = KINDS[entry.type]
  if (kind) return kind
  const special = SPECIAL_FILES[entry.type]
  if (special) throw new ArchiveRefusal(entry.path, `it is a ${special}`)
  throw new ArchiveRefusal(entry.path, `unsupported entry type '${entry.type}'`)
}

/** How a case-insensitive, Unicode-normalising file system (macOS, Windows) compares names. */
function folded(key: string): string {
  return key.normalize('NFC').toLowerCase()
}

function isAbsolute(name: string): boolean {
  return name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)
}

/** An archive path as segments, without empty and `.` segments; refuses absolute paths and `..`. */
function safeSegments(name: string): string[] {
  if (isAbsolute(name)) throw new ArchiveRefusal(name, 'it has an absolute path')
  if (name.split(ANY_SEPARATOR).includes('..')) {
    throw new ArchiveRefusal(name, "its path contains '..'")
  }
  const segments = name.split(SEPARATORS).filter((segment) => segment !== '' && segment !== '.')
  if (segments.length === 0) throw new ArchiveRefusal(name, 'it has an empty path')
  return segments
}

/**
 * A symlink may point only inside the folder. `..` is allowed only as a leading run that climbs
 * no higher than the folder root: the link's parents are real directories (checkParents), so
 * that climb is physical, while a `..` after a name could climb out of whatever that name links to.
 */
function checkSymlinkTarget(name: string, target: string, parentDepth: number): void {
  const outside = (): ArchiveRefusal =>
    new ArchiveRefusal(name, `its symbolic link target '${target}' is outside the folder`)
  if (target === '' || isAbsolute(target)) throw outside()
  const segments = target
    .split(ANY_SEPARATOR)
    .filter((segment) => segment !== '' && segment !== '.')
  let climbs = 0
  let seenName = false
  for (const segment of segments) {
    if (segment !== '..') seenName = true
    else if (seenName) throw outside()
    else climbs++
  }
  if (climbs > parentDepth) throw outside()
}
