/**
 * `hashFiles()`, synchronous and in-process.
 *
 * Expression host functions must return a value, not a promise (spec/expressions.md §1.4), so
 * this re-implements what the runner does by spawning its hashFiles script
 * (src/Runner.Worker/Expressions/HashFilesFunction.cs → src/Misc/expressionFunc/hashFiles):
 * an `@actions/glob` search with the glob's default options, files outside the workspace and
 * directories skipped, and the SHA-256 of the concatenated binary SHA-256 digests of the files,
 * in the order the glob yields them. The glob's traversal is reproduced exactly because that
 * order is part of the result.
 */
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'

const IS_WINDOWS = process.platform === 'win32'
const FOLLOW_SYMBOLIC_LINKS = '--follow-symbolic-links'

/**
 * `hashFiles(...args)` evaluated against `workspace`. The first argument may be
 * `--follow-symbolic-links`; every other argument is a pattern list (one pattern per line).
 * Returns '' when no file matches.
 */
export function hashFiles(workspace: string, args: readonly string[]): string {
  const { followSymbolicLinks, patterns } = readArguments(args)
  try {
    return hashMatchingFiles(workspace, patterns.join('\n'), followSymbolicLinks)
  } catch (error) {
    // The runner only sees the script's exit code, so its message never has the detail; we
    // keep the detail as the cause.
    const shown = patterns.join(', ').replaceAll("'", "''")
    throw new Error(
      `hashFiles('${shown}') failed. Fail to hash files under directory '${workspace}'`,
      { cause: error }
    )
  }
}

function readArguments(args: readonly string[]): {
  followSymbolicLinks: boolean
  patterns: string[]
} {
  const [first, ...rest] = args
  if (first === undefined || !first.startsWith('--')) {
    return { followSymbolicLinks: false, patterns: [...args] }
  }
  if (first.toLowerCase() !== FOLLOW_SYMBOLIC_LINKS) {
    throw new Error(
      `Invalid glob option ${first}, avaliable option: '${FOLLOW_SYMBOLIC_LINKS}'.` // sic, runner text
    )
  }
  return { followSymbolicLinks: true, patterns: rest }
}

function hashMatchingFiles(
  workspace: string,
  patternText: string,
  followSymbolicLinks: boolean
): string {
  // The runner's script runs with the workspace as its cwd and compares against
  // process.cwd(), which the OS reports with symbolic links resolved.
  const root = toGlobPath(fs.realpathSync(workspace))
  const combined = crypto.createHash('sha256')
  let count = 0
  for (const file of glob(patternText, root, followSymbolicLinks)) {
    if (!file.startsWith(`${root}/`)) continue
    if (fs.statSync(file).isDirectory()) continue
    combined.update(fileDigest(file))
    count++
  }
  return count > 0 ? combined.digest('hex') : ''
}

/** Binary SHA-256 of one file, read in chunks so large files do not sit in memory. */
function fileDigest(file: string): Buffer {
  const hash = crypto.createHash('sha256')
  const buffer = Buffer.allocUnsafe(64 * 1024)
  const fd = fs.openSync(file, 'r')
  try {
    let read: number
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      hash.update(buffer.subarray(0, read))
    }
  } finally {
    fs.closeSync(fd)
  }
  return hash.digest()
}

// ---------------------------------------------------------------------------------------------
// The glob. Paths are handled in "glob form": absolute, `/`-separated (also on Windows, where
// the file APIs accept `/`). Pattern semantics are minimatch's with the options @actions/glob
// passes: dot, no braces, no extglobs, no comments or negation inside minimatch, case-insensitive
// only on Windows.

const GLOBSTAR = Symbol('globstar')
type SegmentMatcher = typeof GLOBSTAR | ((segment: string) => boolean)

/** The glob's MatchKind flags. */
const MATCH_DIRECTORY = 1
const MATCH_FILE = 2
const MATCH_ALL = MATCH_DIRECTORY | MATCH_FILE

interface Pattern {
  negate: boolean
  /** The absolute pattern in glob form, without a trailing separator. */
  text: string
  /** The pattern ended with a separator: it matches directories only. */
  directoryOnly: boolean
  /** One matcher per `/`-separated part of `text` (the first part is the root). */
  matchers: SegmentMatcher[]
  /** The literal directory before the first wildcard segment: where the search starts. */
  searchPath: string
  root: string
  endsWithGlobstar: boolean
  /** Added by implicitDescendants: it does not match the directory it descends from. */
  implicit: boolean
}

function* glob(patternText: string, cwd: string, followSymbolicLinks: boolean): Generator<string> {
  const patterns: Pattern[] = []
  const lines = (IS_WINDOWS ? patternText.replace(/\r\n?/g, '\n') : patternText).split('\n')
  for (const line of lines.map((x) => x.trim())) {
    if (!line || line.startsWith('#')) continue
    const pattern = parsePattern(line, cwd)
    patterns.push(pattern)
    // implicitDescendants: a pattern that matches a directory also matches everything below it.
    if (pattern.directoryOnly || !pattern.endsWithGlobstar) {
      patterns.push(
        compilePattern(`${withTrailingSeparator(pattern.text)}**`, pattern.negate, false, true)
      )
    }
  }

  const stack: { path: string; level: number }[] = []
  for (const searchPath of searchPaths(patterns)) {
    if (!exists(searchPath)) continue
    stack.unshift({ path: searchPath, level: 1 })
  }

  const traversalChain: string[] = [] // real paths of the directories being followed (cycles)
  while (stack.length > 0) {
    const item = stack.pop()!
    const match = matchAll(patterns, item.path)
    const partial = match !== 0 || patterns.some((p) => !p.negate && partialMatch(p, item.path))
    if (!partial) continue

    const stats = statItem(item.path, item.level, followSymbolicLinks, traversalChain)
    if (stats === undefined) continue

    if (stats.isDirectory()) {
      if (match & MATCH_DIRECTORY) yield item.path
      // readdir returns names sorted (libuv), the same order the runner's glob sees; pushing
      // them reversed makes the walk depth-first in that order.
      const children = fs
        .readdirSync(item.path)
        .map((name) => ({ path: joinPath(item.path, name), level: item.level + 1 }))
      stack.push(...children.reverse())
    } else if (match & MATCH_FILE) {
      yield item.path
    }
  }
}

function exists(searchPath: string): boolean {
  try {
    fs.lstatSync(searchPath)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

function statItem(
  itemPath: string,
  level: number,
  followSymbolicLinks: boolean,
  traversalChain: string[]
): fs.Stats | undefined {
  if (!followSymbolicLinks) return fs.lstatSync(itemPath)
  let stats: fs.Stats
  try {
    stats = fs.statSync(itemPath)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined // broken symlink: omitted
    throw error
  }
  if (stats.isDirectory()) {
    const realPath = fs.realpathSync(itemPath)
    while (traversalChain.length >= level) traversalChain.pop()
    if (traversalChain.includes(realPath)) return undefined // symlink cycle
    traversalChain.push(realPath)
  }
  return stats
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
}

/**
 * The distinct search roots of the positive patterns, in pattern order, leaving out any that lie
 * below another pattern's search path.
 */
function searchPaths(patterns: readonly Pattern[]): string[] {
  const positive = patterns.filter((p) => !p.negate)
  const key = (p: string): string => (IS_WINDOWS ? p.toUpperCase() : p)
  const state = new Map<string, 'candidate' | 'included'>()
  for (const pattern of positive) state.set(key(pattern.searchPath), 'candidate')
  const result: string[] = []
  for (const pattern of positive) {
    const own = key(pattern.searchPath)
    if (state.get(own) === 'included') continue
    let hasAncestor = false
    for (let current = own, parent = dirname(own); parent !== current;) {
      if (state.has(parent)) {
        hasAncestor = true
        break
      }
      current = parent
      parent = dirname(current)
    }
    if (!hasAncestor) {
      result.push(pattern.searchPath)
      state.set(own, 'included')
    }
  }
  return result
}

/** Later patterns win: a negated pattern removes what earlier ones matched. */
function matchAll(patterns: readonly Pattern[], itemPath: string): number {
  let result = 0
  for (const pattern of patterns) {
    if (pattern.negate) result &= ~matchPattern(pattern, itemPath)
    else result |= matchPattern(pattern, itemPath)
  }
  return result
}

function matchPattern(pattern: Pattern, itemPath: string): number {
  // A written `/foo/**` matches `/foo` itself, which minimatch only does for `/foo/`.
  const subject =
    pattern.endsWithGlobstar && !pattern.implicit ? withTrailingSeparator(itemPath) : itemPath
  if (!matchSegments(subject.split('/'), pattern.matchers, false)) return 0
  return pattern.directoryOnly ? MATCH_DIRECTORY : MATCH_ALL
}

/** Could the pattern match something below `itemPath`? (Decides whether to descend.) */
function partialMatch(pattern: Pattern, itemPath: string): boolean {
  if (dirname(itemPath) === itemPath) return sameText(rootOf(itemPath), pattern.root)
  return matchSegments(itemPath.split('/'), pattern.matchers, true)
}

/**
 * minimatch's matchOne: `partial` accepts a path that runs out before the pattern does.
 */
function matchSegments(
  file: readonly string[],
  pattern: readonly SegmentMatcher[],
  partial: boolean
): boolean {
  let fi = 0
  let pi = 0
  for (; fi < file.length && pi < pattern.length; fi++, pi++) {
    const matcher = pattern[pi]
    if (matcher === GLOBSTAR) {
      if (pi === pattern.length - 1) {
        return file.slice(fi).every((s) => s !== '.' && s !== '..')
      }
      let fr = fi
      for (; fr < file.length; fr++) {
        if (matchSegments(file.slice(fr), pattern.slice(pi + 1), partial)) return true
        if (file[fr] === '.' || file[fr] === '..') break
      }
      return partial && fr === file.length
    }
    if (!matcher(file[fi])) return false
  }
  if (fi === file.length && pi === pattern.length) return true
  if (fi === file.length) return partial
  // Pattern exhausted: only a trailing separator may be left.
  return fi === file.length - 1 && file[fi] === ''
}

function parsePattern(line: string, cwd: string): Pattern {
  let text = line
  let negate = false
  while (text.startsWith('!')) {
    negate = !negate
    text = text.slice(1).trim()
  }
  if (!text) throw new Error('pattern cannot be empty')

  const normalized = normalizeSeparators(text)
  const segments = trimTrailingSeparator(normalized).split('/')
  const literals = segments.map((s) => literalOf(s))
  if (!literals.every((x, i) => (x !== '.' || i === 0) && x !== '..')) {
    throw new Error(`Invalid pattern '${text}'. Relative pathing '.' and '..' is not allowed.`)
  }

  let absolute: string
  if (normalized === '.' || normalized.startsWith('./')) {
    absolute = globEscape(cwd) + normalized.slice(1)
  } else if (normalized === '~' || normalized.startsWith('~/')) {
    absolute = globEscape(toGlobPath(os.homedir())) + normalized.slice(1)
  } else if (rootOf(normalized)) {
    absolute = normalized
  } else {
    absolute = `${withTrailingSeparator(globEscape(cwd))}${normalized}`
  }
  absolute = normalizeSeparators(absolute)
  return compilePattern(trimTrailingSeparator(absolute), negate, absolute.endsWith('/'), false)
}

function compilePattern(
  text: string,
  negate: boolean,
  directoryOnly: boolean,
  implicit: boolean
): Pattern {
  const root = rootOf(text)
  // Split like minimatch: the root becomes the first part ('' on POSIX, `C:` on Windows).
  const parts = text.split('/')
  // The search path: the root, then literal segments up to the first one with a wildcard.
  const literalParts: string[] = []
  for (const part of parts.slice(1)) {
    const literal = literalOf(part)
    if (literal === '') break
    literalParts.push(literal)
  }
  return {
    negate,
    text,
    directoryOnly,
    matchers: parts.map((part) => compileSegment(part)),
    searchPath: root + literalParts.join('/'),
    root,
    endsWithGlobstar: parts[parts.length - 1] === '**',
    implicit
  }
}

/** One pattern segment → matcher; a segment without wildcards compares as (unescaped) text. */
function compileSegment(segment: string): SegmentMatcher {
  if (segment === '**') return GLOBSTAR
  let source = ''
  let literal = ''
  let magic = false
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
      const next = segment[++i]
      source += escapeRegExp(next)
      literal += next
    } else if (c === '*') {
      magic = true
      source += '[^/]*'
    } else if (c === '?') {
      magic = true
      source += '[^/]'
    } else {
      const cls = c === '[' ? characterClass(segment, i) : undefined
      if (cls) {
        magic = true
        source += cls.source
        i = cls.end
      } else {
        source += escapeRegExp(c)
        literal += c
      }
    }
  }
  if (!magic) return (s) => sameText(s, literal)
  const regex = new RegExp(`^${source}$`, IS_WINDOWS ? 'i' : '')
  return (s) => regex.test(s)
}

/** `[...]`, `[!...]`, `[^...]` starting at `start`; undefined when unclosed or invalid (literal `[`). */
function characterClass(
  segment: string,
  start: number
): { source: string; end: number } | undefined {
  let i = start + 1
  let negated = false
  if (segment[i] === '!' || segment[i] === '^') {
    negated = true
    i++
  }
  let body = ''
  for (let first = true; i < segment.length; i++, first = false) {
    const c = segment[i]
    if (c === ']' && !first) {
      const source = `[${negated ? '^' : ''}${body}]`
      try {
        new RegExp(source)
      } catch {
        return undefined // e.g. a reversed range: minimatch then takes the `[` literally
      }
      return { source, end: i }
    }
    if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
      body += escapeClassChar(segment[++i])
    } else {
      body += c === '-' ? c : escapeClassChar(c)
    }
  }
  return undefined
}

/**
 * The literal path segment a pattern segment stands for, or '' when it contains a wildcard
 * (a one-character class such as `[*]` is a literal: that is how the glob escapes).
 */
function literalOf(segment: string): string {
  let literal = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\\' && !IS_WINDOWS && i + 1 < segment.length) {
      literal += segment[++i]
      continue
    }
    if (c === '*' || c === '?') return ''
    if (c === '[' && i + 1 < segment.length) {
      let set = ''
      let closed = -1
      for (let j = i + 1; j < segment.length; j++) {
        const d = segment[j]
        if (d === '\\' && !IS_WINDOWS && j + 1 < segment.length) {
          set += segment[++j]
        } else if (d === ']') {
          closed = j
          break
        } else {
          set += d
        }
      }
      if (closed >= 0) {
        if (set.length > 1) return ''
        if (set) {
          literal += set
          i = closed
          continue
        }
      }
    }
    literal += c
  }
  return literal
}

/** Escapes wildcard characters in a real path so it can prefix a pattern. */
function globEscape(p: string): string {
  return (IS_WINDOWS ? p : p.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]')
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function escapeClassChar(c: string): string {
  return /[\\\]^[-]/.test(c) ? `\\${c}` : c
}

function sameText(a: string, b: string): boolean {
  return IS_WINDOWS ? a.toLowerCase() === b.toLowerCase() : a === b
}

/** Native path → glob form. */
function toGlobPath(p: string): string {
  return IS_WINDOWS ? p.replace(/\\/g, '/') : p
}

/** Collapses repeated separators (and converts `\` on Windows). */
function normalizeSeparators(p: string): string {
  return toGlobPath(p).replace(/\/\/+/g, '/')
}

/** The root of an absolute glob-form path (`/`, or `C:/` on Windows), '' when relative. */
function rootOf(p: string): string {
  if (IS_WINDOWS) {
    const drive = /^[A-Za-z]:\//.exec(p)
    return drive ? drive[0] : ''
  }
  return p.startsWith('/') ? '/' : ''
}

function trimTrailingSeparator(p: string): string {
  return p.endsWith('/') && p !== rootOf(p) ? p.slice(0, -1) : p
}

function withTrailingSeparator(p: string): string {
  return p.endsWith('/') ? p : `${p}/`
}

function dirname(p: string): string {
  const trimmed = trimTrailingSeparator(p)
  const root = rootOf(trimmed)
  const index = trimmed.lastIndexOf('/')
  if (index < root.length) return root || trimmed
  return trimmed.slice(0, index)
}

function joinPath(directory: string, name: string): string {
  return `${withTrailingSeparator(directory)}${name}`
}
