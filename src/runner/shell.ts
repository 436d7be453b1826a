/**
 * `shell:` of a run step as the runner's `ScriptHandler` treats it on Linux (runner-emulation
 * §2.1–§2.3): pick the executable and argument format, write the script file, build argv.
 */
import path from 'node:path'
import type { ShellCache } from './shell-cache.js'

export interface ShellPlan {
  /** Resolved executable path. */
  command: string
  args: string[]
  scriptPath: string
  /** What the runner prints after `shell: `: the resolved path and the argument format. */
  display: string
}

/** The runner's error for a `shell:` that is neither a built-in nor a format with `{0}`. */
export const INVALID_SHELL_MESSAGE =
  "Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh) or a format string containing '{0}'"

// ScriptHandlerHelpers: both tables are looked up case-insensitively.
const BUILT_IN_FORMATS = new Map<string, string>([
  ['cmd', '/D /E:ON /V:OFF /S /C "CALL "{0}""'],
  ['pwsh', `-command ". '{0}'"`],
  ['powershell', `-command ". '{0}'"`],
  ['bash', '--noprofile --norc -e -o pipefail {0}'],
  ['sh', '-e {0}'],
  ['python', '{0}']
])

const SCRIPT_EXTENSIONS = new Map<string, string>([
  ['cmd', '.cmd'],
  ['pwsh', '.ps1'],
  ['powershell', '.ps1'],
  ['bash', '.sh'],
  ['sh', '.sh'],
  ['python', '.py']
])

const POWERSHELL_PROLOGUE = "$ErrorActionPreference = 'stop'"
const POWERSHELL_EPILOGUE =
  'if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }'

export interface ShellOptions {
  /** The step's `shell:` (or the defaults'); empty or undefined means the runner's default. */
  shell?: string
  /** The script, already expression-substituted. */
  script: string
  runnerTemp: string
  /** Directories searched before `envPath`, in search order (the most recently added first). */
  pathPrepend: readonly string[]
  /** The PATH the runner itself would search (its own PATH, not the step's). */
  envPath: string
}

/**
 * Resolves `shell:` (or the default), writes the script to `$RUNNER_TEMP/<uuid><ext>`, and returns
 * argv. The lookups and the write go through the run's `cache` (shell-cache.ts).
 */
export async function prepareShell(options: ShellOptions, cache: ShellCache): Promise<ShellPlan> {
  const searchPath = [...options.pathPrepend, ...options.envPath.split(path.delimiter)]
  const { shellName, command, format } = resolveShell(options.shell, searchPath, cache)
  if (!format.includes('{0}')) throw new Error(INVALID_SHELL_MESSAGE)

  const extension = SCRIPT_EXTENSIONS.get(shellName.toLowerCase()) ?? ''
  const scriptPath = cache.writeScript(
    options.runnerTemp,
    extension,
    fixUpScript(shellName, options.script)
  )
  const args = splitCommandLine(formatWithPath(format, scriptPath.replaceAll('"', '\\"')))
  return Promise.resolve({ command, args, scriptPath, display: `${command} ${format}` })
}

/** The runner's shell name (which picks extension and fix-ups), executable and argument format. */
function resolveShell(
  shell: string | undefined,
  searchPath: readonly string[],
  cache: ShellCache
): { shellName: string; command: string; format: string } {
  if (shell === undefined || shell === '') {
    // No shell: named `sh` with `-e {0}`, but run by bash when there is one.
    const command = cache.which('bash', searchPath) ?? requireCommand('sh', searchPath, cache)
    return { shellName: 'sh', command, format: builtInFormat('sh') }
  }
  // Split on the first space only; the rest is the format string.
  const space = shell.indexOf(' ')
  const shellName = space === -1 ? shell : shell.slice(0, space)
  // An empty name (a leading space) can name no executable; the runner fails on it too.
  if (shellName === '') throw new Error(INVALID_SHELL_MESSAGE)
  const command = requireCommand(shellName, searchPath, cache)
  const given = space === -1 ? '' : shell.slice(space + 1).trimStart()
  return { shellName, command, format: given === '' ? builtInFormat(shellName) : given }
}

function builtInFormat(shellName: string): string {
  return BUILT_IN_FORMATS.get(shellName.toLowerCase()) ?? ''
}

/** ScriptHandlerHelpers.FixUpScriptContents on Linux (its switch is case-sensitive). */
function fixUpScript(shellName: string, script: string): string {
  switch (shellName) {
    case 'cmd':
      return `@echo off\n${script}`
    case 'pwsh':
    case 'powershell':
      return `${POWERSHELL_PROLOGUE}\n${script}\n${POWERSHELL_EPILOGUE}`
    default:
      return script
  }
}

function requireCommand(command: string, searchPath: readonly string[], cache: ShellCache): string {
  const found = cache.which(command, searchPath)
  // WhichUtil's FileNotFoundException text.
  if (found === undefined) throw new Error(`${command}: command not found`)
  return found
}

/**
 * .NET `string.Format(format, value)` for the one argument the runner passes: `{0}` is replaced,
 * `{{` and `}}` are literal braces, anything else in braces is a format error as in .NET.
 */
function formatWithPath(format: string, value: string): string {
  return format.replace(/\{\{|\}\}|\{0\}|[{}]/g, (token: string, offset: number) => {
    if (token === '{{') return '{'
    if (token === '}}') return '}'
    if (token === '{0}') return value
    throw new Error(
      `Input string was not in a correct format. Failure to parse near offset ${offset}.`
    )
  })
}

/** .NET / CommandLineToArgvW-compatible argument splitting (whitespace separates, " groups, backslashes literal except before "). */
export function splitCommandLine(line: string): string[] {
  const args: string[] = []
  let index = 0
  while (index < line.length) {
    while (index < line.length && isSeparator(line[index])) index += 1
    if (index === line.length) break
    const [arg, end] = readArgument(line, index)
    args.push(arg)
    index = end
  }
  return args
}

/** One argument from `start` up to a separator outside quotes: the argument and where it ended. */
function readArgument(line: string, start: number): [string, number] {
  let arg = ''
  let quoted = false
  let index = start
  while (index < line.length) {
    const char = line[index]
    if (char === '\\') {
      const [text, next] = readBackslashes(line, index)
      arg += text
      index = next
      continue
    }
    if (char === '"') {
      if (quoted && line[index + 1] === '"') {
        // A doubled quote inside quotes is a literal quote and stays inside (CRT compatible).
        arg += '"'
        index += 2
      } else {
        quoted = !quoted
        index += 1
      }
      continue
    }
    if (!quoted && isSeparator(char)) break
    arg += char
    index += 1
  }
  return [arg, index]
}

/**
 * A run of backslashes from `start`: literal unless a quote follows. 2n backslashes + quote:
 * n backslashes, then the quote acts as a quote. 2n+1 backslashes + quote: n backslashes and a
 * literal quote.
 */
function readBackslashes(line: string, start: number): [string, number] {
  let index = start
  while (line[index] === '\\') index += 1
  const count = index - start
  if (line[index] !== '"') return ['\\'.repeat(count), index]
  if (count % 2 === 1) return ['\\'.repeat(count >> 1) + '"', index + 1]
  return ['\\'.repeat(count >> 1), index]
}

function isSeparator(char: string): boolean {
  return char === ' ' || char === '\t'
}
