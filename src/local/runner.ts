/**
 * The local "runner" behind the CLI: an emulated runner environment in temp folders, the bundled
 * action started exactly as a stock runner starts it (main, then post), and a readable report.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseKeyValueFile } from '../runner/file-commands.js'
import { renderSummaryForTerminal } from './summary-view.js'
import { TerminalRenderer } from './terminal.js'

const USAGE = `Usage: background-steps run <steps-file> [options]

Runs a step list outside GitHub, with the same engine the action uses.

Options:
  --max-concurrency <n>   background slots (default 10)
  --log-mode <mode>       grouped (default) or prefixed
  --fail-fast             cancel the other background steps on the first failure
  --shard <i/n>           run only leg i (0-based) of n of the parallel groups' members
  --input <name=value>    any other action input (repeatable), e.g. --input 'secrets={"A":"x"}'
  --summary-file <path>   also copy the job summary (Markdown) to this file
  -h, --help              this text`

interface CliOptions {
  file: string
  inputs: Record<string, string>
  summaryFile?: string
}

/** Parses the command line; returns a usage error as a string. */
export function parseArguments(argv: readonly string[]): CliOptions | string {
  const [command, file, ...rest] = argv
  if (command === '-h' || command === '--help' || command === undefined) return USAGE
  if (command !== 'run' || !file) return USAGE
  const options: CliOptions = { file, inputs: {} }
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]
    const value = (): string => {
      const next = rest[++i]
      if (next === undefined) throw new Error(`${flag} needs a value`)
      return next
    }
    switch (flag) {
      case '--max-concurrency':
        options.inputs['max-concurrency'] = value()
        break
      case '--log-mode':
        options.inputs['log-mode'] = value()
        break
      case '--fail-fast':
        options.inputs['fail-fast'] = 'true'
        break
      case '--shard':
        options.inputs.shard = value()
        break
      case '--summary-file':
        options.summaryFile = value()
        break
      case '--input': {
        const pair = value()
        const eq = pair.indexOf('=')
        if (eq <= 0) return `--input takes name=value, got '${pair}'`
        options.inputs[pair.slice(0, eq)] = pair.slice(eq + 1)
        break
      }
      default:
        return `Unknown option '${flag}'\n\n${USAGE}`
    }
  }
  return options
}

/** Runs the CLI; resolves to the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  let options: CliOptions | string
  try {
    options = parseArguments(argv)
  } catch (error) {
    options = (error as Error).message
  }
  if (typeof options === 'string') {
    console.log(options)
    return options === USAGE && (argv[0] === '-h' || argv[0] === '--help') ? 0 : 2
  }

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'background-steps-'))
  const files = {
    GITHUB_OUTPUT: path.join(root, 'output'),
    GITHUB_ENV: path.join(root, 'env'),
    GITHUB_PATH: path.join(root, 'path'),
    GITHUB_STATE: path.join(root, 'state'),
    GITHUB_STEP_SUMMARY: path.join(root, 'summary.md'),
    GITHUB_EVENT_PATH: path.join(root, 'event.json')
  }
  for (const file of Object.values(files)) fs.writeFileSync(file, '')
  fs.writeFileSync(files.GITHUB_EVENT_PATH, '{}')
  const runnerTemp = path.join(root, 'temp')
  fs.mkdirSync(runnerTemp)

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_EVENT_NAME: process.env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    GITHUB_JOB: process.env.GITHUB_JOB ?? 'local',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: process.env.RUNNER_OS ?? (os.platform() === 'darwin' ? 'macOS' : 'Linux'),
    RUNNER_ARCH: process.env.RUNNER_ARCH ?? (os.arch() === 'arm64' ? 'ARM64' : 'X64'),
    RUNNER_NAME: process.env.RUNNER_NAME ?? 'local'
  }
  const inputs: Record<string, string> = {
    'steps-file': path.resolve(options.file),
    matrix: 'null',
    strategy: '{}',
    job: '{"status":"success"}',
    ...options.inputs
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  const here = path.dirname(fileURLToPath(import.meta.url))
  const renderer = new TerminalRenderer((line) => process.stdout.write(line + '\n'))
  const mainCode = await runStage(path.join(here, '..', 'main', 'index.js'), env, renderer)

  // Our post stage gets the state main saved, as STATE_* (runner-emulation §6).
  const state = safeParse(fs.readFileSync(files.GITHUB_STATE, 'utf8'))
  const postEnv: NodeJS.ProcessEnv = { ...env, GITHUB_STATE: path.join(root, 'post-state') }
  fs.writeFileSync(postEnv.GITHUB_STATE!, '')
  for (const [name, value] of state) postEnv[`STATE_${name}`] = value
  const postCode = await runStage(path.join(here, '..', 'post', 'index.js'), postEnv, renderer)

  report(files, renderer, options.summaryFile)
  return mainCode !== 0 ? mainCode : postCode
}

/** Starts one stage of the bundled action and renders its output; resolves to its exit code. */
async function runStage(
  entry: string,
  env: NodeJS.ProcessEnv,
  renderer: TerminalRenderer
): Promise<number> {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  // Like the runner, pass a cancellation on to the action and stay alive to report.
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  const lines = readline.createInterface({ input: child.stdout, crlfDelay: Infinity })
  lines.on('line', (line) => renderer.line(line))
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  const code = await new Promise<number>((resolve) => {
    child.on('error', () => resolve(1))
    child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
  })
  process.off('SIGINT', forward)
  process.off('SIGTERM', forward)
  return code
}

function report(
  files: Record<string, string>,
  renderer: TerminalRenderer,
  summaryFile: string | undefined
): void {
  const section = (title: string, entries: Array<[string, string]>): void => {
    if (entries.length === 0) return
    console.log(`\n${title}:`)
    for (const [name, value] of entries) console.log(`  ${name} = ${renderer.mask(value)}`)
  }
  section('Outputs', safeParse(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')))
  section('Environment for later job steps', safeParse(fs.readFileSync(files.GITHUB_ENV, 'utf8')))
  const added = fs.readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean)
  section(
    'PATH additions',
    added.map((entry, index) => [String(index + 1), entry])
  )
  const summary = fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  if (summary.trim() !== '') {
    if (summaryFile) fs.writeFileSync(summaryFile, summary)
    const colour = !process.env.NO_COLOR && process.stdout.isTTY === true
    console.log(`\nJob summary (Markdown in ${summaryFile ?? files.GITHUB_STEP_SUMMARY}):\n`)
    console.log(renderer.mask(renderSummaryForTerminal(summary, colour)))
  }
}

function safeParse(content: string): Array<[string, string]> {
  try {
    return parseKeyValueFile(content)
  } catch {
    return []
  }
}
