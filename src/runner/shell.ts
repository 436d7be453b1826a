/**
 * `shell:` of a run step as the runner's `ScriptHandler` treats it on Linux (runner-emulation
 * §2.1–§2.3): pick the executable and argument format, write the script file, build argv.
 */
import { randomUUID } from 'node:crypto'
import { accessSync, constants, linkSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ensureFolder, succeeds } from './folders.js'

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

/** A script file we wrote this run, and what it looked like right after the write. */
interface WrittenScript {
  path: string
  size: number
  mtimeMs: number
}

/** Script files by folder, extension and content: an identical script is linked, not written again. */
const writtenScripts = new Map<string, WrittenScript>()

/** Resolves `shell:` (or the default), writes the script to `$RUNNER_TEMP/<uuid><ext>`, and returns argv. */
export async function prepareShell(options: ShellOptions): Promise<ShellPlan> {
  const searchPath = [...options.pathPrepend, ...options.envPath.split(path.delimiter)]
  const { shellName, command, format } = resolveShell(options.shell, searchPath)
  if (!format.includes('{0}')) throw new Error(INVALID_SHELL_MESSAGE)

  const extension = SCRIPT_EXTENSIONS.get(shellName.toLowerCase()) ?? ''
  const scriptPath = writeScript(
    options.runnerTemp,
    extension,
    fixUpScript(shellName, options.script)
  )
  const args = splitCommandLine(formatWithPath(format, scriptPath.replaceAll('"', '\\"')))
  return Promise.resolve({ command, args, scriptPath, display: `${command} ${format}` })
}

/**
 * Writes `content` to a fresh `$RUNNER_TEMP/<uuid><ext>` and returns its path. A script identical
 * to one written before in this run, whose file is still as we left it (same size and
 * modification time), gets its new name as a hard link to that file instead: loops, matrix legs
 * and generated lists then skip a file creation — which can stall for most of a millisecond on a
 * journalling disk — and every step still gets its own script path, as on the runner. Nothing
 * ever writes into an existing script, so a process still reading one is never affected.
 * Synchronous: one small file costs less than a thread-pool round trip (bench B2).
 */
function writeScript(runnerTemp: string, extension: string, content: string): string {
  ensureFolder(runnerTemp)
  const scriptPath = path.join(runnerTemp, `${randomUUID()}${extension}`)
  const key = `${runnerTemp}\0${extension}\0${content}`
  const known = writtenScripts.get(key)
  if (
    known !== undefined &&
    isUnchanged(known) &&
    succeeds(() => linkSync(known.path, scriptPath))
  ) {
    return scriptPath
  }
  // Node writes UTF-8 without a BOM, as the runner does on Linux (a BOM breaks some shells).
  writeFileSync(scriptPath, content, 'utf8')
  const info = statSync(scriptPath)
  writtenScripts.set(key, { path: scriptPath, size: info.size, mtimeMs: info.mtimeMs })
  return scriptPath
}

function isUnchanged(script: WrittenScript): boolean {
  try {
    const info = statSync(script.path)
    return info.isFile() && info.size === script.size && info.mtimeMs === script.mtimeMs
  } catch {
    return false
  }
}

/** The runner's shell name (which picks extension and fix-ups), executable and argument format. */
function resolveShell(
  shell: string | undefined,
  searchPath: readonly string[]
): { shellName: string; command: string; format: string } {
  if (shell === undefined || shell === '') {
    // No shell: named `sh` with `-e {0}`, but run by bash when there is one.
    const command = which('bash', searchPath) ?? requireCommand('sh', searchPath)
    return { shellName: 'sh', command, format: builtInFormat('sh') }
  }
  // Split on the first space only; the rest is the format string.
  const space = shell.indexOf(' ')
  const shellName = space === -1 ? shell : shell.slice(0, space)
  // An empty name (a leading space) can name no executable; the runner fails on it too.
  if (shellName === '') throw new Error(INVALID_SHELL_MESSAGE)
  const command = requireCommand(shellName, searchPath)
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

function requireCommand(command: string, searchPath: readonly string[]): string {
  const found = which(command, searchPath)
  // WhichUtil's FileNotFoundException text.
  if (found === undefined) throw new Error(`${command}: command not found`)
  return found
}

/** Found executables, by command and search path: every step would otherwise stat the PATH again. */
const found = new Map<string, string>()

/**
 * WhichUtil.Which on Linux: a fully qualified path as is, else the first match in the search path.
 * Not @actions/io's `which`: it searches only our own process's PATH, so the step's GITHUB_PATH
 * prepends would have to go into the shared process.env, which concurrent steps would race on.
 */
function which(command: string, searchPath: readonly string[]): string | undefined {
  const key = `${command}\0${searchPath.join('\0')}`
  const known = found.get(key)
  if (known !== undefined && isExecutableFile(known)) return known
  const result = search(command, searchPath)
  if (result !== undefined) found.set(key, result)
  return result
}

function search(command: string, searchPath: readonly string[]): string | undefined {
  if (path.isAbsolute(command)) return isExecutableFile(command) ? command : undefined
  for (const directory of searchPath) {
    // Empty entries are dropped, never read as "the current directory".
    if (directory === '') continue
    const candidate = path.join(directory, command)
    if (isExecutableFile(candidate)) return candidate
  }
  return undefined
}

function isExecutableFile(candidate: string): boolean {
  try {
    // statSync follows symlinks, so a dangling link is skipped as the runner skips it.
    if (!statSync(candidate).isFile()) return false
    accessSync(candidate, constants.X_OK)
    return true
  } catch {
    return false
  }
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
    let arg = ''
    let quoted = false
    while (index < line.length) {
      const char = line[index]
      if (char === '\\') {
        let count = 0
        while (line[index] === '\\') {
          count += 1
          index += 1
        }
        if (line[index] === '"') {
          // 2n backslashes + quote: n backslashes, then the quote acts as a quote.
          // 2n+1 backslashes + quote: n backslashes and a literal quote.
          arg += '\\'.repeat(count >> 1)
          if (count % 2 === 1) {
            arg += '"'
            index += 1
          }
        } else {
          arg += '\\'.repeat(count)
        }
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
    args.push(arg)
  }
  return args
}

function isSeparator(char: string): boolean {
  return char === ' ' || char === '\t'
}
