/**
 * Every input of the action, read once and validated into typed Settings (the only module that
 * calls `core.getInput`). Input errors are collected, not thrown, so they are reported together
 * with the step list's own errors.
 */
import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import YAML from 'yaml'
import { parseAllowedActions, type AllowedActions } from './catalog/allowed-actions.js'
import type { RunDefaults } from './executors/context.js'
import type { LogMode } from './report/log.js'
import type { Shard, ValidationError } from './workflow/model.js'
import { errorText } from './errors.js'
import { DEFAULT_MAX_CONCURRENCY } from './constants.js'

/** Where the step list comes from. */
export interface StepSource {
  mode: 'inline' | 'file'
  text: string
  /** For `file` mode: the path as given (workspace-relative), used in annotations. */
  fileName: string
}

export interface Settings {
  source: StepSource
  maxConcurrency: number
  /** `max-concurrency: auto`: `maxConcurrency` is the machine's CPU count. */
  autoConcurrency: boolean
  failFast: boolean
  logMode: LogMode
  summary: boolean
  token: string
  /** Where remote actions that `GITHUB_API_URL` does not have are downloaded from; '' = nowhere. */
  fallbackApiUrl: string
  /** The token sent to `fallbackApiUrl` (never the `token` input); may be empty. */
  fallbackToken: string
  /** Which remote actions may be downloaded; undefined = all. */
  allowedActions?: AllowedActions
  matrix: unknown
  strategy: unknown
  job: unknown
  /**
   * `job.container.network` from the `job` input: with `services:` or `container:` the runner
   * creates a network for the job, and Docker actions join it (runner-emulation §4.9).
   */
  dockerNetwork?: string
  secrets: Record<string, string>
  vars: unknown
  inputs: unknown
  needs: unknown
  defaults: RunDefaults
  workspace: string
  /** Beyond native: this matrix leg's share of the `parallel` groups; undefined = no sharding. */
  shard?: Shard
}

export interface SettingsResult {
  settings?: Settings
  errors: ValidationError[]
}

export const Inputs = {
  Steps: 'steps',
  StepsFile: 'steps-file',
  MaxConcurrency: 'max-concurrency',
  FailFast: 'fail-fast',
  LogMode: 'log-mode',
  Summary: 'summary',
  Token: 'token',
  FallbackApiUrl: 'fallback-api-url',
  FallbackToken: 'fallback-token',
  AllowedActions: 'allowed-actions',
  Matrix: 'matrix',
  Strategy: 'strategy',
  Job: 'job',
  Secrets: 'secrets',
  Vars: 'vars',
  Inputs: 'inputs',
  Needs: 'needs',
  Defaults: 'defaults',
  Shard: 'shard'
} as const

const LOG_MODES: readonly LogMode[] = ['grouped', 'prefixed']

/** Reads and validates every input; errors are reported in the order the inputs are read. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): SettingsResult {
  const errors: ValidationError[] = []
  const fail = (message: string): void => {
    errors.push({ message })
  }
  const input = (name: string): string => core.getInput(name)
  const json = (name: string, empty: unknown): unknown => jsonInput(input(name), name, empty, fail)
  const workspace = env.GITHUB_WORKSPACE || process.cwd()

  const source = readStepSource(input, workspace, fail)
  const options = readRunOptions(input, fail)
  const secrets = json(Inputs.Secrets, {})
  const defaults = defaultsInput(input(Inputs.Defaults), fail)
  const shard = shardInput(input(Inputs.Shard), fail)
  const job = json(Inputs.Job, {})
  const dockerNetwork = containerNetwork(job)
  const allowedActions = parseAllowedActions(input(Inputs.AllowedActions), fail)

  const settings: Settings = {
    source: source ?? { mode: 'inline', text: '', fileName: 'steps' },
    ...options,
    token: input(Inputs.Token),
    fallbackApiUrl: urlInput(input(Inputs.FallbackApiUrl), Inputs.FallbackApiUrl, fail),
    fallbackToken: input(Inputs.FallbackToken),
    ...(allowedActions ? { allowedActions } : {}),
    matrix: json(Inputs.Matrix, null),
    strategy: json(Inputs.Strategy, {}),
    job,
    ...(dockerNetwork !== undefined ? { dockerNetwork } : {}),
    secrets: stringRecord(secrets),
    vars: json(Inputs.Vars, {}),
    inputs: json(Inputs.Inputs, {}),
    needs: json(Inputs.Needs, {}),
    defaults,
    workspace,
    ...(shard ? { shard } : {})
  }
  return errors.length > 0 || !source ? { errors } : { settings, errors }
}

/** `steps` or `steps-file`: exactly one of them; undefined (with the reason) otherwise. */
function readStepSource(
  input: (name: string) => string,
  workspace: string,
  fail: (message: string) => void
): StepSource | undefined {
  // The inline list keeps its whitespace so error lines and columns match the input.
  const inline = core.getInput(Inputs.Steps, { trimWhitespace: false })
  const file = input(Inputs.StepsFile)
  if (inline.trim() !== '' && file !== '') {
    fail("Set exactly one of the inputs 'steps' and 'steps-file', not both.")
  } else if (file !== '') {
    try {
      return {
        mode: 'file',
        text: fs.readFileSync(path.resolve(workspace, file), 'utf8'),
        fileName: file
      }
    } catch (error) {
      fail(`Cannot read the steps-file '${file}': ${errorText(error)}`)
    }
  } else if (inline.trim() !== '') {
    return { mode: 'inline', text: inline, fileName: 'steps' }
  } else {
    fail("Set one of the inputs 'steps' (an inline YAML step list) or 'steps-file'.")
  }
  return undefined
}

/** How the list runs: concurrency, fail-fast, how the log is laid out, the job summary. */
function readRunOptions(
  input: (name: string) => string,
  fail: (message: string) => void
): Pick<Settings, 'maxConcurrency' | 'autoConcurrency' | 'failFast' | 'logMode' | 'summary'> {
  const maxText = input(Inputs.MaxConcurrency) || String(DEFAULT_MAX_CONCURRENCY)
  // Beyond native: `auto` is one slot per CPU, for CPU-bound checks on small runners.
  const auto = maxText.toLowerCase() === 'auto'
  const maxConcurrency = auto
    ? os.availableParallelism()
    : /^\d+$/.test(maxText)
      ? Number(maxText)
      : NaN
  if (!Number.isSafeInteger(maxConcurrency) || maxConcurrency < 1) {
    fail(`Input 'max-concurrency' must be a positive integer or 'auto', got '${maxText}'.`)
  }

  const logMode = (input(Inputs.LogMode) || 'grouped') as LogMode
  if (!LOG_MODES.includes(logMode)) {
    fail(`Input 'log-mode' must be one of ${LOG_MODES.join(', ')}, got '${logMode}'.`)
  }

  const failFast = booleanInput(input(Inputs.FailFast), Inputs.FailFast, false, fail)
  const summary = booleanInput(input(Inputs.Summary), Inputs.Summary, true, fail)
  return { maxConcurrency, autoConcurrency: auto, failFast, logMode, summary }
}

/** The job's container network, named in the `job` context when it has one. */
function containerNetwork(job: unknown): string | undefined {
  const network = (job as { container?: { network?: unknown } } | null)?.container?.network
  return typeof network === 'string' && network !== '' ? network : undefined
}

function booleanInput(
  value: string,
  name: string,
  fallback: boolean,
  fail: (message: string) => void
): boolean {
  if (value === '') return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  fail(`Input '${name}' must be true or false, got '${value}'.`)
  return fallback
}

/** An http(s) URL without trailing slashes, or '' for none. */
function urlInput(value: string, name: string, fail: (message: string) => void): string {
  if (value === '') return ''
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(value)) {
    fail(`Input '${name}' must be an http(s) URL or empty, got '${value}'.`)
    return ''
  }
  return value.replace(/\/+$/, '')
}

function jsonInput(
  value: string,
  name: string,
  empty: unknown,
  fail: (message: string) => void
): unknown {
  if (value.trim() === '') return empty
  try {
    return JSON.parse(value) as unknown
  } catch (error) {
    fail(`Input '${name}' is not valid JSON: ${errorText(error)}`)
    return empty
  }
}

/** Secrets as name → string; every value is registered as a mask by the caller. */
function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      out[key] = typeof item === 'string' ? item : JSON.stringify(item)
    }
  }
  return out
}

/**
 * `shard` as `i/n` (0-based index i of n legs), e.g. `${{ strategy.job-index }}/${{
 * strategy.job-total }}`; empty means no sharding.
 */
function shardInput(value: string, fail: (message: string) => void): Shard | undefined {
  if (value === '') return undefined
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value)
  if (!match) {
    fail(`Input 'shard' must be 'index/total' in whole numbers, for example '0/3', got '${value}'.`)
    return undefined
  }
  const index = Number(match[1])
  const total = Number(match[2])
  if (!Number.isSafeInteger(total) || total < 1) {
    fail(`Input 'shard' needs a total of 1 or more, got '${value}'.`)
    return undefined
  }
  if (!Number.isSafeInteger(index) || index >= total) {
    fail(
      `Input 'shard' must have an index from 0 to ${total - 1} (0-based, like strategy.job-index), got '${value}'.`
    )
    return undefined
  }
  return { index, total }
}

/** `defaults` like workflow `defaults:` — `run: { shell, working-directory }`, as YAML or JSON. */
function defaultsInput(value: string, fail: (message: string) => void): RunDefaults {
  if (value.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = YAML.parse(value)
  } catch (error) {
    fail(`Input 'defaults' is not valid YAML or JSON: ${errorText(error)}`)
    return {}
  }
  const run = (parsed as { run?: Record<string, unknown> } | null)?.run
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    (run !== undefined && typeof run !== 'object')
  ) {
    fail(
      "Input 'defaults' must be a mapping like { run: { shell: bash, working-directory: dir } }."
    )
    return {}
  }
  const unknownKeys = Object.keys(run ?? {}).filter(
    (k) => k !== 'shell' && k !== 'working-directory'
  )
  if (unknownKeys.length > 0) {
    fail(`Input 'defaults' has unexpected key(s) under run: ${unknownKeys.join(', ')}.`)
  }
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined
  return { shell: text(run?.shell), workingDirectory: text(run?.['working-directory']) }
}

/** What our post stage needs: the job status now (the runner re-evaluates our `job` input). */
export interface PostSettings {
  jobStatus: 'success' | 'failure' | 'cancelled'
  workspace: string
}

export function readPostSettings(env: NodeJS.ProcessEnv = process.env): PostSettings {
  let status: unknown
  try {
    status = (JSON.parse(core.getInput(Inputs.Job) || '{}') as { status?: unknown }).status
  } catch {
    status = undefined
  }
  return {
    jobStatus: status === 'failure' || status === 'cancelled' ? status : 'success',
    workspace: env.GITHUB_WORKSPACE || process.cwd()
  }
}
