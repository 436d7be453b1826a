/**
 * Workflow commands printed by a nested step, handled the way the runner's command manager
 * would handle them for a real step (docs/runner-emulation.md §3.4–§3.5; runner
 * `src/Runner.Worker/ActionCommandManager.cs`, `Handlers/OutputManager.cs`): one processor per
 * step run, with its echo and stop-commands state.
 *
 * Our own stdout is parsed by the OUTER runner, so nothing a nested step prints may reach it
 * unchanged if it could act on our step: commands that belong to the nested step are
 * intercepted, commands meant for the job are re-emitted in canonical form, and the caller
 * fences every printed line for which `looksLikeCommand` (command-fence.ts) is true. The line
 * syntax itself is command-syntax.ts.
 */
import {
  DEFAULT_REGISTERED,
  formatCommand,
  HANDLED_COMMANDS,
  parseCommand,
  STOP_COMMANDS,
  type HandledCommand,
  type WorkflowCommand
} from './command-syntax.js'
import { foldCase, trimWhitespace } from './dotnet-text.js'

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
      line.includes('##[') || line.includes('::') ? parseCommand(line, this.registered) : undefined
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
      case 'set-env':
        return this.setEnv(command)
      case 'add-path':
        this.addPath(command.data)
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

  /** `NODE_OPTIONS` is refused with an error annotation, the step goes on (runner-emulation §3.5). */
  private setEnv(command: WorkflowCommand): LineAction[] {
    this.requireUnsecureCommands('set-env')
    const name = requiredName(command, 'set-env')
    if (foldCase(name) === foldCase('NODE_OPTIONS')) {
      return [forward('error', [], MESSAGES.nodeOptionsRefused)]
    }
    this.options.effects.setEnv(name, command.data)
    return []
  }

  private addPath(path: string): void {
    this.requireUnsecureCommands('add-path')
    if (path === '') throw new CommandFailure(MESSAGES.valueMissing('path'))
    this.options.effects.addPath(path)
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
