/**
 * Workflow commands printed by a nested step (`::name k=v::data` and legacy `##[name k=v]data`),
 * handled the way the runner's command manager would handle them for a real step
 * (spec/runner-emulation.md §3.3–§3.5; runner `src/Runner.Common/ActionCommand.cs`,
 * `src/Runner.Worker/ActionCommandManager.cs`, `Handlers/OutputManager.cs`).
 *
 * Our own stdout is parsed by the OUTER runner, so nothing a nested step prints may reach it
 * unchanged if it could act on our step: commands that belong to the nested step are
 * intercepted, commands meant for the job are re-emitted in canonical form, and the caller
 * fences every printed line for which `looksLikeCommand` is true.
 */
import { randomUUID } from 'node:crypto'

/** Commands that become annotations or debug lines on the outer runner. */
export type AnnotationKind = 'error' | 'warning' | 'notice' | 'debug'

/** Properties an annotation command understands. */
export interface AnnotationProperties {
  file?: string
  line?: string
  endLine?: string
  col?: string
  endColumn?: string
  title?: string
}

/** What a processed line asks the caller to do. */
export type LineAction =
  /** Show in the log as plain text (the caller fences it when `looksLikeCommand` says so). */
  | { kind: 'print'; text: string }
  /** A command line for the OUTER runner, already re-escaped. */
  | { kind: 'forward'; command: string }
  /** A secret to register at once: forward `::add-mask::` before printing anything else. */
  | { kind: 'mask'; value: string }

/** Effects on the nested step, applied by the caller. */
export interface CommandEffects {
  setOutput(name: string, value: string): void
  saveState(name: string, value: string): void
  setEnv(name: string, value: string): void
  addPath(path: string): void
  /** Adds an error annotation and marks the step failed. */
  fail(message: string): void
}

/** Per-step settings of a `WorkflowCommandProcessor`. */
export interface CommandProcessorOptions {
  /** `ACTIONS_ALLOW_UNSECURE_COMMANDS` (see `unsecureCommandsAllowed`): enables set-env/add-path. */
  allowUnsecureCommands: boolean
  /** `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` (see `unsecureStopTokensAllowed`). */
  allowUnsecureStopTokens: boolean
  effects: CommandEffects
  /** Initial `::echo::` state; the runner starts with it on only when ACTIONS_STEP_DEBUG is true. */
  echo?: boolean
}

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
const HANDLED_COMMANDS = [
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
type HandledCommand = (typeof HANDLED_COMMANDS)[number]

const STOP_COMMANDS = 'stop-commands'

/**
 * Every name the runner registers for an ordinary step. `internal-set-repo-path` is only
 * registered for runner plugins, so for steps it is plain text, as it is for the outer runner.
 */
export const REGISTERED_COMMANDS: readonly string[] = [...HANDLED_COMMANDS, STOP_COMMANDS]

/** Handlers whose line is never echoed (`OmitEcho`), and whose failures name only the command. */
const OMIT_ECHO: ReadonlySet<HandledCommand> = new Set([
  'add-mask',
  'warning',
  'error',
  'notice',
  'debug'
])

const HANDLERS_BY_FOLDED_NAME: ReadonlyMap<string, HandledCommand> = new Map(
  HANDLED_COMMANDS.map((name) => [foldCase(name), name])
)

const DEFAULT_REGISTERED: ReadonlySet<string> = new Set(REGISTERED_COMMANDS.map(foldCase))

/** Runner texts (`src/Runner.Common/Constants.cs` and the command extensions). */
const MESSAGES = {
  commandDisabled: (command: string): string =>
    `The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt ` +
    `into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` ` +
    `environment variable to \`true\`. For more information see: ` +
    `https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`,
  stopTokenRefused:
    `You cannot use a endToken that is an empty string, the string 'pause-logging', or another ` +
    `workflow command. For more information see: https://docs.github.com/actions/learn-github-` +
    `actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands ` +
    `or opt into insecure command execution by setting the ` +
    `\`ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS\` environment variable to \`true\`.`,
  nameMissing: (command: string): string =>
    `Required field 'name' is missing in ##[${command}] command.`,
  // .NET's ArgumentNullException text, thrown by ArgUtil.NotNullOrEmpty.
  valueMissing: (parameter: string): string => `Value cannot be null. (Parameter '${parameter}')`,
  nodeOptionsRefused: "Can't update NODE_OPTIONS environment variable using ::set-env:: command.",
  emptyMask: "Can't add secret mask for empty string in ##[add-mask] command.",
  invalidEcho: (value: string): string =>
    `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${value}'.`,
  unknownCommand: (command: string): string =>
    `Can't find command extension for ##[${command}.command].`,
  processingFailed: (command: string): string =>
    `Unable to process command '${command}' successfully.`
} as const

/** A command handler's refusal; becomes two error annotations and a failed step, as in the runner. */
class CommandFailure extends Error {}

/** Processes one nested step's stdout and stderr lines; keep one instance per step run. */
export class WorkflowCommandProcessor {
  /** Per step, because a stop token is registered while active and removed on resume. */
  private readonly registered = new Set(DEFAULT_REGISTERED)
  private echo: boolean
  /** The active stop token; undefined while commands are processed. */
  private stopToken: string | undefined

  constructor(private readonly options: CommandProcessorOptions) {
    this.echo = options.echo ?? false
  }

  /** Processes one line (without its line terminator) and returns what to do, in order. */
  process(line: string): LineAction[] {
    // OutputManager only consults the command parser for lines containing one of the markers.
    const command =
      line.includes('##[') || line.includes('::') ? parseWith(line, this.registered) : undefined
    if (command === undefined) return [print(line)]
    if (this.stopToken !== undefined) return this.processWhileStopped(line, command)
    if (foldCase(command.name) === foldCase(STOP_COMMANDS)) return this.stopCommands(line, command)

    const handler = HANDLERS_BY_FOLDED_NAME.get(foldCase(command.name))
    if (handler === undefined) {
      return [forward('warning', [], MESSAGES.unknownCommand(command.name))]
    }
    const actions: LineAction[] = []
    if (this.echo && !OMIT_ECHO.has(handler)) actions.push(print(line))
    try {
      actions.push(...this.runHandler(handler, command, line, actions.length > 0))
    } catch (error) {
      if (!(error instanceof CommandFailure)) throw error
      this.options.effects.fail(MESSAGES.processingFailed(OMIT_ECHO.has(handler) ? handler : line))
      this.options.effects.fail(error.message)
    }
    return actions
  }

  private processWhileStopped(line: string, command: WorkflowCommand): LineAction[] {
    const token = this.stopToken ?? ''
    // An empty token (only possible with unsecure tokens allowed) can never resume.
    if (token !== '' && foldCase(command.name) === foldCase(token)) {
      this.registered.delete(foldCase(token))
      this.stopToken = undefined
    }
    return [print(line)]
  }

  private stopCommands(line: string, command: WorkflowCommand): LineAction[] {
    const token = command.data
    const refused =
      token === '' ||
      foldCase(token) === foldCase('pause-logging') ||
      this.registered.has(foldCase(token))
    if (refused && !this.options.allowUnsecureStopTokens) {
      // The runner throws here, out of its output loop: the step fails and the line is not shown.
      this.options.effects.fail(MESSAGES.stopTokenRefused)
      return []
    }
    this.stopToken = token
    this.registered.add(foldCase(token))
    const actions: LineAction[] = token.length > 6 ? [{ kind: 'mask', value: token }] : []
    actions.push(print(line))
    return actions
  }

  private runHandler(
    handler: HandledCommand,
    command: WorkflowCommand,
    line: string,
    echoed: boolean
  ): LineAction[] {
    const { effects } = this.options
    switch (handler) {
      case 'set-output':
        effects.setOutput(requiredName(command, handler), command.data)
        return []
      case 'save-state':
        effects.saveState(requiredName(command, handler), command.data)
        return []
      case 'set-env': {
        this.requireUnsecureCommands(handler)
        const name = requiredName(command, handler)
        if (foldCase(name) === foldCase('NODE_OPTIONS')) {
          return [forward('error', [], MESSAGES.nodeOptionsRefused)]
        }
        effects.setEnv(name, command.data)
        return []
      }
      case 'add-path':
        this.requireUnsecureCommands(handler)
        if (command.data === '') throw new CommandFailure(MESSAGES.valueMissing('path'))
        effects.addPath(command.data)
        return []
      case 'add-mask':
        return this.addMask(command.data)
      case 'add-matcher':
      case 'remove-matcher':
      case 'error':
      case 'warning':
      case 'notice':
      case 'debug':
        return [forward(handler, command.properties, command.data)]
      case 'group':
      case 'endgroup':
        // Our log layer owns groups, so the line stays text; echo has already shown it.
        return echoed ? [] : [print(line)]
      case 'echo':
        this.setEcho(command.data)
        return []
    }
  }

  private requireUnsecureCommands(handler: HandledCommand): void {
    if (!this.options.allowUnsecureCommands) {
      throw new CommandFailure(MESSAGES.commandDisabled(handler))
    }
  }

  private addMask(value: string): LineAction[] {
    if (trimWhitespace(value) === '') return [forward('warning', [], MESSAGES.emptyMask)]
    const actions: LineAction[] = [{ kind: 'mask', value }]
    // The runner also masks every trimmed line, since child output arrives line by line.
    const lines = new Set(value.split(/[\r\n]/).map(trimWhitespace))
    for (const part of lines) {
      if (part !== '' && part !== value) actions.push({ kind: 'mask', value: part })
    }
    if (this.echo) actions.push(print('::add-mask::***'))
    return actions
  }

  private setEcho(value: string): void {
    if (value === '') throw new CommandFailure(MESSAGES.valueMissing('value'))
    switch (trimWhitespace(value).toUpperCase()) {
      case 'ON':
        this.echo = true
        return
      case 'OFF':
        this.echo = false
        return
      default:
        throw new CommandFailure(MESSAGES.invalidEcho(value))
    }
  }
}

/** Parses `line` as the runner would for an ordinary step: the `::` form first, then `##[`. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  return parseWith(line, DEFAULT_REGISTERED)
}

/**
 * True when the outer runner would parse `line` as a command (`::` form after leading
 * whitespace, or `##[` anywhere). Errs towards true: the runner matches `::` and `##[` with
 * culture-sensitive search, which skips invisible characters, so we also test the line with
 * control and format characters removed.
 */
export function looksLikeCommand(line: string): boolean {
  // Cheap exit for the common case; removing invisible characters cannot create `:` or `#`.
  if (!line.includes(':') && !line.includes('#')) return false
  if (parseWith(line, DEFAULT_REGISTERED) !== undefined) return true
  const visible = line.replace(/[\p{Cc}\p{Cf}]/gu, '')
  return visible !== line && parseWith(visible, DEFAULT_REGISTERED) !== undefined
}

/**
 * A cheap, sound pre-check for whole lines as raw bytes: false means no line in it can be a
 * workflow command, neither for the nested step's parser (it looks at lines with `::` or `##[`)
 * nor for the outer runner after invisible characters are dropped (`:` or `#` followed by a
 * control byte or by any non-ASCII byte, which covers every format character). Used to relay
 * floods of plain output without decoding or looking at each line.
 */
export function bytesMayHoldCommand(block: Buffer): boolean {
  // Cheap exit for the common case of floods (two native byte searches, no copy): every match
  // of the pattern starts with `:` or `#`.
  if (block.indexOf(COLON) === -1 && block.indexOf(HASH) === -1) return false
  // latin1 maps each byte to one character: a native copy, no UTF-8 decoding.
  return MAY_HOLD_COMMAND.test(block.toString('latin1'))
}

const COLON = 0x3a
const HASH = 0x23

/** The same check for text already decoded (labels, names). */
export function textMayHoldCommand(text: string): boolean {
  return MAY_HOLD_COMMAND.test(Buffer.from(text, 'utf8').toString('latin1'))
}

// eslint-disable-next-line no-control-regex -- control bytes are exactly what is looked for
const MAY_HOLD_COMMAND = /::|##\[|[:#][\x00-\x09\x0b-\x1f\x7f-\xff]/

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

/** Wraps lines in a `::stop-commands::<token>` … `::<token>::` fence so the outer runner shows them as text. Token: crypto.randomUUID() per call unless given. */
export function fenceLines(lines: string[], token: string = randomUUID()): string[] {
  if (lines.length === 0) return []
  return [`::${STOP_COMMANDS}::${token}`, ...lines, `::${token}::`]
}

/** Whether set-env/add-path are enabled: the worker's variable first, then the env context (`bool.TryParse`). */
export function unsecureCommandsAllowed(
  workerValue: string | undefined,
  envContextValue: string | undefined
): boolean {
  const isTrue = (value: string | undefined): boolean =>
    value !== undefined && trimWhitespace(value).toLowerCase() === 'true'
  return isTrue(workerValue) || isTrue(envContextValue)
}

/** Whether refused stop tokens are allowed anyway: worker variable, then env context (`StringUtil.ConvertToBoolean`). */
export function unsecureStopTokensAllowed(
  workerValue: string | undefined,
  envContextValue: string | undefined
): boolean {
  const isTrue = (value: string | undefined): boolean =>
    value !== undefined && ['1', 'true', '$true'].includes(value.toLowerCase())
  return isTrue(workerValue) || isTrue(envContextValue)
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

function parseWith(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
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

/** A print action, with the runner's own log markers defused (OutputManager). */
function print(text: string): LineAction {
  const defused = text
    .replaceAll('##[start-action', '##[\\start-action')
    .replaceAll('##[end-action', '##[\\end-action')
  return { kind: 'print', text: defused }
}

/** A command for the outer runner; keys that could not survive re-parsing are dropped. */
function forward(name: string, properties: Array<[string, string]>, message: string): LineAction {
  const safe = properties.filter(([key]) => /^[^\s,:]+$/.test(key))
  return { kind: 'forward', command: formatCommand(name, Object.fromEntries(safe), message) }
}

function requiredName(command: WorkflowCommand, handler: HandledCommand): string {
  const name = command.properties.find(([key]) => foldCase(key) === 'NAME')?.[1] ?? ''
  if (name === '') throw new CommandFailure(MESSAGES.nameMissing(handler))
  return name
}

/**
 * Case folding for .NET `OrdinalIgnoreCase`: per-character simple upper-casing, so `ſ`
 * matches `S` as it does for the runner (full mappings such as `ß` → `SS` are not applied).
 */
function foldCase(text: string): string {
  let folded = ''
  for (const char of text) {
    const upper = char.toUpperCase()
    folded += upper.length === char.length ? upper : char
  }
  return folded
}

/** `char.IsWhiteSpace` as .NET's Trim uses it (differs from JS: U+0085 and U+001C–U+001F count, U+FEFF does not). */
function isWhitespace(char: string): boolean {
  const code = char.charCodeAt(0)
  return (
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x1c && code <= 0x20) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

// Index loops rather than regular expressions: a long run of blanks must not cost quadratic time.
function trimStartWhitespace(text: string): string {
  let start = 0
  while (start < text.length && isWhitespace(text[start])) start++
  return text.slice(start)
}

function trimWhitespace(text: string): string {
  let end = text.length
  while (end > 0 && isWhitespace(text[end - 1])) end--
  return trimStartWhitespace(text.slice(0, end))
}
