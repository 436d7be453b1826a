/**
 * The CLI's command line: what it accepts, its help text (with the exit codes), and the checks of
 * the paths it names that can be made before any runner is set up.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { errorText } from '../errors.js'

/**
 * What the CLI exits with. A cancelled run (Ctrl-C, SIGTERM) exits 128 + the signal's number, as
 * a shell reports a program the signal ended, so a script around the CLI can tell "stopped" from
 * "failed" (`interruptedExitCode`).
 */
export const ExitCode = {
  Success: 0,
  /** The list failed, or its input is invalid: a validation error of the list, a bad input value. */
  Failure: 1,
  /** The command line itself is wrong: nothing ran. */
  Usage: 2
} as const

export const USAGE = `Usage: background-steps run <steps-file> [options]

Runs a step list outside GitHub, with the same engine the action uses, in an emulated runner
environment under a temp folder that is removed at exit.

Options:
  --max-concurrency <n>   background slots (default 10)
  --log-mode <mode>       grouped (default) or prefixed
  --fail-fast             cancel the other background steps on the first failure
  --shard <i/n>           run only leg i (0-based) of n of the parallel groups' members
  --input <name=value>    any other action input (repeatable), e.g. --input 'secrets={"A":"x"}'
  --summary-file <path>   also copy the job summary (Markdown) to this file
  --keep-temp             keep the temp folder (the runner's files, RUNNER_TEMP) and print its path
  -h, --help              this text

Ctrl-C or SIGTERM cancels the run as a runner cancels a step: the action gets SIGINT, SIGTERM
after 7.5 s and is killed after 10 s; the CLI then reports, removes its temp folder and exits.

Exit codes:
  0     the list succeeded
  1     the list failed, or its input is invalid (a validation error, a bad input value)
  2     usage error: unknown option or command, missing option value, missing or unreadable
        <steps-file>, no folder for --summary-file
  130   cancelled by Ctrl-C (SIGINT); 143 by SIGTERM`

export interface CliOptions {
  file: string
  inputs: Record<string, string>
  summaryFile?: string
  keepTemp: boolean
}

export type CommandLine =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string }

/** Options that set an action input of the same meaning. */
const INPUT_OPTIONS: Readonly<Record<string, string>> = {
  '--max-concurrency': 'max-concurrency',
  '--log-mode': 'log-mode',
  '--shard': 'shard'
}

/** Parses the command line; `-h`/`--help` anywhere asks for the help text. */
export function parseArguments(argv: readonly string[]): CommandLine {
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return { kind: 'help' }
  const [command, ...rest] = argv
  if (command === undefined) return usageError('No command given.')
  if (command !== 'run') return usageError(`Unknown command '${command}'.`)
  const options: CliOptions = { file: '', inputs: {}, keepTemp: false }
  const queue = [...rest]
  for (let arg = queue.shift(); arg !== undefined; arg = queue.shift()) {
    const problem = arg.startsWith('-') ? applyOption(options, arg, queue) : applyFile(options, arg)
    if (problem !== undefined) return usageError(problem)
  }
  if (!options.file) return usageError('Missing <steps-file>.')
  return { kind: 'run', options }
}

/** Applies one option, taking its value from `queue`; a usage problem, or undefined. */
function applyOption(options: CliOptions, flag: string, queue: string[]): string | undefined {
  if (flag === '--fail-fast') options.inputs['fail-fast'] = 'true'
  else if (flag === '--keep-temp') options.keepTemp = true
  else {
    const known = flag in INPUT_OPTIONS || flag === '--summary-file' || flag === '--input'
    if (!known) return `Unknown option '${flag}'.`
    const value = queue.shift()
    if (value === undefined) return `${flag} needs a value.`
    if (flag === '--summary-file') options.summaryFile = value
    else if (flag in INPUT_OPTIONS) options.inputs[INPUT_OPTIONS[flag]] = value
    else {
      const eq = value.indexOf('=')
      if (eq <= 0) return `--input takes name=value, got '${value}'.`
      options.inputs[value.slice(0, eq)] = value.slice(eq + 1)
    }
  }
  return undefined
}

function applyFile(options: CliOptions, arg: string): string | undefined {
  if (options.file) return `Unexpected argument '${arg}': one <steps-file> only.`
  options.file = arg
  return undefined
}

function usageError(message: string): CommandLine {
  return { kind: 'usage-error', message }
}

/**
 * The paths the command line names, checked before the run: a steps file that cannot be read and
 * a summary file with no folder to go in are the command line's fault, not the list's (exit 2).
 */
export function checkPaths(options: CliOptions): string | undefined {
  const file = path.resolve(options.file)
  try {
    if (!fs.statSync(file).isFile()) return `The steps file '${file}' is not a file.`
    fs.accessSync(file, fs.constants.R_OK)
  } catch (error) {
    return `Cannot read the steps file '${file}': ${errorText(error)}`
  }
  if (options.summaryFile !== undefined) {
    const folder = path.dirname(path.resolve(options.summaryFile))
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      return `No folder '${folder}' for --summary-file.`
    }
  }
  return undefined
}

/** 128 + the signal's number, as a shell reports a program a signal ended (SIGINT: 130). */
export function interruptedExitCode(signal: NodeJS.Signals): number {
  return 128 + (os.constants.signals[signal] ?? 0)
}
