/**
 * Our own step's side of the runner protocol — inputs, outputs, state, env/path hand-over,
 * masks, annotations and the step summary — with the formats of @actions/core.
 *
 * Why not @actions/core itself: it loads its HTTP client (undici) at import for OIDC tokens,
 * which we never use; that was ~30 ms of a ~135 ms start-up (`npm run bench`, B1/B5), and
 * start-up is the largest fixed cost of every run.
 */
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { writeStdout } from './report/stdout.js'
import { formatCommand } from './runner/workflow-commands.js'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** `INPUT_<NAME>` as the runner sets it (spaces → `_`, upper-cased). */
export function getInput(name: string, options: { trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
  return options.trimWhitespace === false ? value : value.trim()
}

/** `STATE_<name>` saved by our main for our post. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

export function setOutput(name: string, value: string): void {
  fileCommand('GITHUB_OUTPUT', name, value, 'set-output')
}

export function saveState(name: string, value: string): void {
  fileCommand('GITHUB_STATE', name, value, 'save-state')
}

/**
 * The runner's per-step file variables: the runner sets them afresh for every step, so an
 * exported value never reaches a later step, but in our own process it would redirect what we
 * still write (PATH entries, the summary, state) into someone else's file.
 */
const OWN_FILE_VARIABLES = new Set([
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
])

/** Hands an env var to the later job steps (and to our own process, but for our file variables). */
export function exportVariable(name: string, value: string): void {
  // A nested step that exports its own GITHUB_PATH (e.g. `env >> "$GITHUB_ENV"`) must not make
  // us append our hand-over and summary to its stale files.
  if (!OWN_FILE_VARIABLES.has(name)) process.env[name] = value
  fileCommand('GITHUB_ENV', name, value, 'set-env')
}

/** Prepends a directory to PATH for the later job steps (and for our own process). */
export function addPath(entry: string): void {
  const file = process.env.GITHUB_PATH
  if (file) fs.appendFileSync(file, entry + '\n', 'utf8')
  else print(formatCommand('add-path', {}, entry))
  process.env.PATH = `${entry}${path.delimiter}${process.env.PATH ?? ''}`
}

export function setSecret(value: string): void {
  print(formatCommand('add-mask', {}, value))
}

export function info(message: string): void {
  print(message)
}

export function debug(message: string): void {
  print(formatCommand('debug', {}, message))
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  print(formatCommand('error', annotationProperties(properties), message))
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  print(formatCommand('warning', annotationProperties(properties), message))
}

/** Logs the error and makes our step fail. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Appends Markdown to our step summary; false where the runner gives none. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return false
  fs.appendFileSync(file, markdown, 'utf8')
  return true
}

function annotationProperties(
  properties: AnnotationProperties
): Record<string, string | undefined> {
  const text = (n: number | undefined): string | undefined =>
    n === undefined ? undefined : String(n)
  return {
    title: properties.title,
    file: properties.file,
    line: text(properties.startLine),
    endLine: text(properties.endLine),
    col: text(properties.startColumn),
    endColumn: text(properties.endColumn)
  }
}

/** `name<<delimiter` entries as @actions/core writes them; the legacy command where there is no file. */
function fileCommand(variable: string, name: string, value: string, legacy: string): void {
  const file = process.env[variable]
  if (!file) {
    print('')
    print(formatCommand(legacy, { name }, value))
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the name or value contains the delimiter ${delimiter}`)
  }
  fs.appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`, 'utf8')
}

function print(line: string): void {
  writeStdout(line + '\n')
}
