/**
 * The local "runner" behind the CLI: an emulated runner environment in a temp folder, the bundled
 * action started exactly as a stock runner starts it (main, then post), a readable report, and
 * nothing left behind: the temp folder goes at exit, after a cancellation too, unless kept.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorText } from '../errors.js'
import { parseKeyValueFile } from '../runner/file-commands.js'
import {
  checkPaths,
  ExitCode,
  interruptedExitCode,
  parseArguments,
  USAGE,
  type CliOptions
} from './command-line.js'
import { Interruption } from './interruption.js'
import { printReport } from './report.js'
import { runStage } from './stage.js'
import { removeTempFolder } from './temp-folder.js'
import { TerminalRenderer } from './terminal.js'

/** Runs the CLI; resolves to the process exit code (see USAGE). */
export async function runCli(argv: readonly string[]): Promise<number> {
  const commandLine = parseArguments(argv)
  if (commandLine.kind === 'help') {
    console.log(USAGE)
    return ExitCode.Success
  }
  const problem =
    commandLine.kind === 'usage-error' ? commandLine.message : checkPaths(commandLine.options)
  if (commandLine.kind === 'usage-error' || problem !== undefined) {
    console.log(`${problem}\n\n${USAGE}`)
    return ExitCode.Usage
  }
  const options = commandLine.options
  const interruption = new Interruption((message) => console.error(message))
  let root: string | undefined
  try {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'background-steps-'))
    const code = await runJob(emulateRunner(root, options), options, interruption)
    return interruption.received ? interruptedExitCode(interruption.received) : code
  } catch (error) {
    console.error(`Error: ${errorText(error)}`)
    return ExitCode.Failure
  } finally {
    if (root !== undefined) await leaveTempFolder(root, options.keepTemp)
    interruption.dispose()
  }
}

/** Main, then post (which a runner runs after a failed or cancelled main too), then the report. */
async function runJob(
  runner: EmulatedRunner,
  options: CliOptions,
  interruption: Interruption
): Promise<number> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const renderer = new TerminalRenderer((line) => process.stdout.write(line + '\n'))
  const main = path.join(here, '..', 'main', 'index.js')
  const mainCode = await runStage(main, runner.env, renderer, interruption)
  const status = interruption.received ? 'cancelled' : mainCode === 0 ? 'success' : 'failure'
  const postEnv = postStageEnvironment(runner, options, status)
  const post = path.join(here, '..', 'post', 'index.js')
  const postCode = await runStage(post, postEnv, renderer, interruption)
  printReport(runner.files, renderer, {
    summaryFile: options.summaryFile,
    keepTemp: options.keepTemp,
    print: (line) => console.log(line)
  })
  return mainCode === 0 && postCode === 0 ? ExitCode.Success : ExitCode.Failure
}

/** Removes the temp folder, or says where it is kept; a removal that fails only warns. */
async function leaveTempFolder(root: string, keep: boolean): Promise<void> {
  if (keep) {
    console.log(`\nTemp folder kept: ${root}`)
    return
  }
  const warning = await removeTempFolder(root)
  if (warning !== undefined) console.error(`Warning: ${warning}`)
}

/** The runner's side of one job, as the bundled action sees it. */
interface EmulatedRunner {
  /** Our temp folder for this run. */
  root: string
  /** The job's file-command files, by the variable that names each. */
  files: Record<RunnerFile, string>
  env: NodeJS.ProcessEnv
}

type RunnerFile =
  | 'GITHUB_OUTPUT'
  | 'GITHUB_ENV'
  | 'GITHUB_PATH'
  | 'GITHUB_STATE'
  | 'GITHUB_STEP_SUMMARY'
  | 'GITHUB_EVENT_PATH'

/** The files and variables a runner sets up for a step, in the fresh folder `root`; inputs as INPUT_*. */
function emulateRunner(root: string, options: CliOptions): EmulatedRunner {
  const files: Record<RunnerFile, string> = {
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
  for (const [name, value] of Object.entries(actionInputs(options))) {
    env[inputVariable(name)] = value
  }
  return { root, files, env }
}

/** The inputs a workflow would give the action: the steps file, empty contexts, the flags. */
function actionInputs(options: CliOptions): Record<string, string> {
  return {
    'steps-file': path.resolve(options.file),
    matrix: 'null',
    strategy: '{}',
    job: '{"status":"success"}',
    ...options.inputs
  }
}

function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Our post stage gets the state main saved, as STATE_* (runner-emulation §6), a fresh state file,
 * and the `job` input evaluated again, as the runner does for a post: `job.status` is now the
 * job's status after main (nested posts' `post-if` reads it), unless the user gave `job` itself.
 */
function postStageEnvironment(
  runner: EmulatedRunner,
  options: CliOptions,
  status: 'success' | 'failure' | 'cancelled'
): NodeJS.ProcessEnv {
  const state = safeParse(fs.readFileSync(runner.files.GITHUB_STATE, 'utf8'))
  const stateFile = path.join(runner.root, 'post-state')
  fs.writeFileSync(stateFile, '')
  const postEnv: NodeJS.ProcessEnv = { ...runner.env, GITHUB_STATE: stateFile }
  if (options.inputs.job === undefined) postEnv[inputVariable('job')] = JSON.stringify({ status })
  for (const [name, value] of state) postEnv[`STATE_${name}`] = value
  return postEnv
}

function safeParse(content: string): Array<[string, string]> {
  try {
    return parseKeyValueFile(content)
  } catch {
    return []
  }
}
