/**
 * The workflow command line as the runner reads and writes it (docs/runner-emulation.md §3.3;
 * runner `src/Runner.Common/ActionCommand.cs`): which names an ordinary step may use, the
 * `::name k=v::data` and legacy `##[name k=v]data` forms with their escapes, and the canonical
 * form @actions/core prints. Syntax only: what a command does is workflow-commands.ts.
 */
import { foldCase, trimStartWhitespace, trimWhitespace } from './dotnet-text.js'

/** A command as the runner's parser sees it. */
export interface WorkflowCommand {
  /** The name as written; names compare case-insensitively. */
  name: string
  /** Unescaped properties in first-seen order; a repeated key (any case) updates the value. */
  properties: Array<[string, string]>
  /** Unescaped data. */
  data: string
}

/** Commands with a handler, in the runner's registration order (ExtensionManager). */
export const HANDLED_COMMANDS = [
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo'
] as const
export type HandledCommand = (typeof HANDLED_COMMANDS)[number]

/** Pauses command processing until its token comes back as a command (`::<token>::`). */
export const STOP_COMMANDS = 'stop-commands'

/**
 * Every name the runner registers for an ordinary step. `internal-set-repo-path` is only
 * registered for runner plugins, so for steps it is plain text, as it is for the outer runner.
 */
export const REGISTERED_COMMANDS: readonly string[] = [...HANDLED_COMMANDS, STOP_COMMANDS]

/** REGISTERED_COMMANDS case-folded (foldCase), as `parseCommand` takes registered names. */
export const DEFAULT_REGISTERED: ReadonlySet<string> = new Set(REGISTERED_COMMANDS.map(foldCase))

/** Parses `line` as the runner would for an ordinary step: the `::` form first, then `##[`. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  return parseCommand(line, DEFAULT_REGISTERED)
}

/** Formats a command line as @actions/core would (escapeData / escapeProperty). */
export function formatCommand(
  name: string,
  properties: Record<string, string | undefined>,
  message: string
): string {
  const pairs = Object.entries(properties)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
  const info = pairs.length > 0 ? `${name} ${pairs.join(',')}` : name
  return `::${info}::${escapeData(message)}`
}

/** Unescaping tables, applied in this order like the runner's sequential `Replace` calls. */
const CURRENT_PROPERTY_ESCAPES: ReadonlyArray<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const CURRENT_DATA_ESCAPES: ReadonlyArray<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const LEGACY_ESCAPES: ReadonlyArray<[string, string]> = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]

/**
 * Parses `line` if it is a command whose name is in `registered` (folded names): the `::` form
 * first, then `##[`. A step's set changes while a stop token is active (workflow-commands.ts).
 */
export function parseCommand(
  line: string,
  registered: ReadonlySet<string>
): WorkflowCommand | undefined {
  return parseCurrentForm(line, registered) ?? parseLegacyForm(line, registered)
}

/** `::name k=v,k2=v2::data`, only at the start of the line after leading whitespace. */
function parseCurrentForm(
  line: string,
  registered: ReadonlySet<string>
): WorkflowCommand | undefined {
  const message = trimStartWhitespace(line)
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!isRegistered(name, registered)) return undefined
  const properties =
    space > 0
      ? parseProperties(trimWhitespace(info.slice(space + 1)), ',', CURRENT_PROPERTY_ESCAPES)
      : []
  return { name, properties, data: unescape(message.slice(end + 2), CURRENT_DATA_ESCAPES) }
}

/** `##[name k=v;k2=v2]data`, anywhere in the line (only the first `##[` counts). */
function parseLegacyForm(
  line: string,
  registered: ReadonlySet<string>
): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!isRegistered(name, registered)) return undefined
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', LEGACY_ESCAPES) : []
  return { name, properties, data: unescape(line.slice(close + 1), LEGACY_ESCAPES) }
}

function isRegistered(name: string, registered: ReadonlySet<string>): boolean {
  return name !== '' && registered.has(foldCase(name))
}

function parseProperties(
  text: string,
  separator: string,
  escapes: ReadonlyArray<[string, string]>
): Array<[string, string]> {
  const properties: Array<[string, string]> = []
  for (const item of text.split(separator)) {
    const pair = splitProperty(item)
    if (pair === undefined) continue
    const value = unescape(pair[1], escapes)
    const existing = properties.find(([key]) => foldCase(key) === foldCase(pair[0]))
    if (existing) existing[1] = value
    else properties.push([pair[0], value])
  }
  return properties
}

/**
 * .NET `Split('=', 2, RemoveEmptyEntries)`: the key is the first non-empty piece, the value is
 * the rest after it with leading `=` dropped; a pair lacking either is ignored.
 */
function splitProperty(item: string): [string, string] | undefined {
  let start = 0
  while (item[start] === '=') start++
  const equals = item.indexOf('=', start)
  if (equals < 0) return undefined
  let valueStart = equals + 1
  while (item[valueStart] === '=') valueStart++
  const value = item.slice(valueStart)
  return value === '' ? undefined : [item.slice(start, equals), value]
}

function unescape(text: string, escapes: ReadonlyArray<[string, string]>): string {
  return escapes.reduce((result, [escaped, plain]) => result.replaceAll(escaped, plain), text)
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
