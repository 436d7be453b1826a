/**
 * Per-step file commands (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_STATE`,
 * `GITHUB_STEP_SUMMARY`): reading a nested step's files back after its process exits, with the
 * runner's exact format rules and messages (docs/runner-emulation.md §1.6, §3.1, §3.2; runner
 * `src/Runner.Worker/FileCommandManager.cs`). The files come from the run's pool
 * (file-command-pool.ts), which makes, prefetches and recycles them.
 *
 * Reading never applies anything: it returns what the caller should apply, in file order, so
 * the engine can defer it (docs/semantics.md R13) or apply it at once.
 */
import { readFileSync, statSync } from 'node:fs'
import { errorCode, errorText } from '../errors.js'

/** File-name prefix of each file command, keyed by the variable that points at the file. */
export const FILE_COMMANDS = {
  GITHUB_PATH: 'add_path_',
  GITHUB_ENV: 'set_env_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
  GITHUB_STATE: 'save_state_',
  GITHUB_OUTPUT: 'set_output_'
} as const

export type FileCommandVar = keyof typeof FILE_COMMANDS

/** Folder under `RUNNER_TEMP` the runner uses; Docker actions get exactly this folder mounted. */
export const FILE_COMMANDS_FOLDER = '_runner_file_commands'

/** The runner refuses step summaries larger than this many bytes (`AttachmentSizeLimit`). */
export const STEP_SUMMARY_SIZE_LIMIT = 1024 * 1024

/** The files of one step run. */
export interface FileCommandFiles {
  /** Absolute path of each file. */
  files: Record<FileCommandVar, string>
}

/** Everything a step asked for through its files, ready to apply in order. */
export interface FileCommandResult {
  /** `GITHUB_OUTPUT` entries in file order, duplicates kept (the later one wins when applied). */
  outputs: Array<[string, string]>
  /** `GITHUB_ENV` entries in file order, duplicates kept; `NODE_OPTIONS` already removed. */
  env: Array<[string, string]>
  /** `GITHUB_PATH` entries in file order, duplicates kept (applying one moves it to the end). */
  path: string[]
  /** `GITHUB_STATE` entries in file order, duplicates kept. */
  state: Array<[string, string]>
  /** The step summary Markdown; '' when missing, empty or refused. */
  summary: string
  /** Error annotations that FAIL the step, in the runner's order and wording. */
  errors: string[]
  /**
   * Annotations that do NOT fail the step (refused `NODE_OPTIONS`, oversized or unreadable
   * summary). The runner raises these at *error* level; forward them as `::error::` to match.
   */
  warnings: string[]
}

/** Entries parsed from a key=value/heredoc file, and the error that stopped parsing, if any. */
export interface KeyValueParseResult {
  /** Entries before the bad line; the runner has already applied these when it fails. */
  entries: Array<[string, string]>
  /** The runner's message for the first bad line; undefined when the whole file parsed. */
  error?: string
}

/** Thrown by `parseKeyValueFile`; carries the entries parsed before the bad line. */
export class KeyValueFileError extends Error {
  constructor(
    message: string,
    readonly entries: Array<[string, string]>
  ) {
    super(message)
    this.name = 'KeyValueFileError'
  }
}

/**
 * The runner's name for each file in `Unable to process file command '<name>' successfully.`,
 * listed in the order the runner processes the files (ExtensionManager registration order).
 */
const PROCESSING_ORDER: ReadonlyArray<[FileCommandVar, string]> = [
  ['GITHUB_PATH', 'path'],
  ['GITHUB_ENV', 'env'],
  ['GITHUB_STEP_SUMMARY', 'step_summary'],
  ['GITHUB_STATE', 'state'],
  ['GITHUB_OUTPUT', 'output']
]

/** The only name `GITHUB_ENV` refuses (compared case-insensitively). */
const BLOCKED_ENV_NAME = 'NODE_OPTIONS'

/**
 * Reads and parses a step's files after its process exited (also after a failure or a cancel).
 * Asynchronous in its signature only: the reads themselves are synchronous, like the pool's file
 * creation (file-command-pool.ts), because a step's few small files cost less to read than the
 * thread-pool round trips would (`npm run bench`, B2); and most steps write none of them.
 */
export async function readFileCommands(files: FileCommandFiles): Promise<FileCommandResult> {
  const result: FileCommandResult = {
    outputs: [],
    env: [],
    path: [],
    state: [],
    summary: '',
    errors: [],
    warnings: []
  }
  for (const [variable, contextName] of PROCESSING_ORDER) {
    const file = files.files[variable]
    if (variable === 'GITHUB_STEP_SUMMARY') {
      readSummary(file, result)
      continue
    }
    // Every file is handled on its own: one bad file does not stop the others (runner try/catch).
    try {
      // Most steps write none of their files: one stat instead of open, read and close each.
      if (isEmptyFile(file)) continue
      // The runner checks `File.Exists` for GITHUB_PATH only, so a directory there is skipped.
      const content = readTextIfPresent(file, variable === 'GITHUB_PATH')
      if (content === undefined) continue
      if (variable === 'GITHUB_PATH') {
        result.path.push(...splitPathFileLines(content))
        continue
      }
      const { entries, error } = parseKeyValueEntries(content)
      addEntries(variable, entries, result)
      if (error !== undefined) failFile(contextName, error, result)
    } catch (error) {
      failFile(contextName, errorText(error), result)
    }
  }
  return Promise.resolve(result)
}

/** The runner's key=value / heredoc parser (EnvFileKeyValuePairs). Throws Error with the runner's message. */
export function parseKeyValueFile(content: string): Array<[string, string]> {
  const { entries, error } = parseKeyValueEntries(content)
  if (error !== undefined) throw new KeyValueFileError(error, entries)
  return entries
}

/** Like `parseKeyValueFile`, but returns the entries before a bad line together with its error. */
export function parseKeyValueEntries(content: string): KeyValueParseResult {
  const text = stripByteOrderMark(content)
  const entries: Array<[string, string]> = []
  let index = 0
  for (let line = readLine(text, index); line; line = readLine(text, index)) {
    index = line.next
    if (line.text === '') continue
    const equals = line.text.indexOf('=')
    const heredoc = line.text.indexOf('<<')
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.text.slice(0, equals)
      // The runner's own emptiness check looks at the line, not the name, so `=x` slips through
      // and breaks later; we report it with the message that check was meant to give.
      if (name === '')
        return { entries, error: `Invalid format '${line.text}'. Name must not be empty` }
      entries.push([name, line.text.slice(equals + 1)])
    } else if (heredoc >= 0) {
      const name = line.text.slice(0, heredoc)
      const delimiter = line.text.slice(heredoc + 2)
      if (name === '' || delimiter === '') {
        return {
          entries,
          error: `Invalid format '${line.text}'. Name must not be empty and delimiter must not be empty`
        }
      }
      const value = readHeredocValue(text, index, delimiter)
      if ('error' in value) return { entries, error: value.error }
      index = value.next
      entries.push([name, value.value])
    } else {
      return { entries, error: `Invalid format '${line.text}'` }
    }
  }
  return { entries }
}

/** One line of a file and where the next one starts. */
interface FileLine {
  text: string
  /** Index just past the line's text (where its newline starts). */
  end: number
  /** Index of the next line. */
  next: number
  /** False for a last line that has no newline. */
  terminated: boolean
}

/** Reads the line at `start`; only `\n` ends a line, as on the runner's Linux build. */
function readLine(text: string, start: number): FileLine | undefined {
  if (start >= text.length) return undefined
  const lf = text.indexOf('\n', start)
  if (lf < 0)
    return { text: text.slice(start), end: text.length, next: text.length, terminated: false }
  return { text: text.slice(start, lf), end: lf, next: lf + 1, terminated: true }
}

/** Reads heredoc content from `start` up to a line that is exactly `delimiter`. */
function readHeredocValue(
  text: string,
  start: number,
  delimiter: string
): { value: string; next: number } | { error: string } {
  let index = start
  let end = start
  for (;;) {
    const line = readLine(text, index)
    if (!line) return { error: `Invalid value. Matching delimiter not found '${delimiter}'` }
    if (line.text === delimiter) return { value: text.slice(start, end), next: line.next }
    if (!line.terminated) return { error: 'Invalid value. EOF marker missing new line.' }
    // The value stops before the newline of its last content line.
    end = line.end
    index = line.next
  }
}

/** `File.ReadAllLines` semantics: `\n`, `\r\n` and `\r` all end a line; blank lines are skipped. */
function splitPathFileLines(content: string): string[] {
  return stripByteOrderMark(content)
    .split(/\r\n|\r|\n/)
    .filter((line) => line !== '')
}

/** Files the result's lists with parsed entries, refusing `NODE_OPTIONS` in GITHUB_ENV. */
function addEntries(
  variable: FileCommandVar,
  entries: Array<[string, string]>,
  result: FileCommandResult
): void {
  switch (variable) {
    case 'GITHUB_OUTPUT':
      result.outputs.push(...entries)
      return
    case 'GITHUB_STATE':
      result.state.push(...entries)
      return
    case 'GITHUB_ENV':
      for (const entry of entries) {
        if (entry[0].toUpperCase() === BLOCKED_ENV_NAME) {
          result.warnings.push(
            `Can't store ${BLOCKED_ENV_NAME} output parameter using '$GITHUB_ENV' command.`
          )
        } else {
          result.env.push(entry)
        }
      }
      return
    case 'GITHUB_PATH':
    case 'GITHUB_STEP_SUMMARY':
      return
  }
}

/** Reads the summary with the runner's size rule; problems never fail the step. */
function readSummary(file: string, result: FileCommandResult): void {
  try {
    const size = sizeIfPresent(file)
    if (size === undefined || size === 0) return
    if (size > STEP_SUMMARY_SIZE_LIMIT) {
      result.warnings.push(
        `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ` +
          `${STEP_SUMMARY_SIZE_LIMIT / 1024}k, got ${Math.floor(size / 1024)}k. For more ` +
          `information see: https://docs.github.com/actions/using-workflows/` +
          `workflow-commands-for-github-actions#adding-a-markdown-summary`
      )
      return
    }
    result.summary = stripByteOrderMark(readFileSync(file, 'utf8'))
  } catch (error) {
    result.warnings.push(
      `Failed to create step summary using 'GITHUB_STEP_SUMMARY': ${errorText(error)}`
    )
  }
}

/** Records a file that could not be processed the way the runner reports it (two errors). */
function failFile(contextName: string, detail: string, result: FileCommandResult): void {
  result.errors.push(`Unable to process file command '${contextName}' successfully.`, detail)
}

/** Reads a UTF-8 file; undefined when it does not exist (the runner silently skips those). */
function readTextIfPresent(file: string, directoryCountsAsMissing: boolean): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    if (code === 'EISDIR' && directoryCountsAsMissing) return undefined
    throw error
  }
}

/** True for an existing regular file of 0 bytes (reading it would give no entries). */
function isEmptyFile(file: string): boolean {
  try {
    const info = statSync(file, { throwIfNoEntry: false })
    return info !== undefined && info.isFile() && info.size === 0
  } catch {
    return false // let the read report what is wrong
  }
}

/** A regular file's size in bytes; undefined when there is no such file (`File.Exists` false). */
function sizeIfPresent(file: string): number | undefined {
  try {
    const info = statSync(file)
    return info.isFile() ? info.size : undefined
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}

/** .NET's readers drop a UTF-8 byte order mark; Node's do not. */
function stripByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}
