/**
 * Hands the nested results over to the job: action outputs (docs/reference.md) and the nested
 * GITHUB_ENV / GITHUB_PATH changes, which reach later job steps as a composite action's would.
 */
import * as core from '@actions/core'
import type { JobReport } from '../engine/records.js'
import { Outputs } from '../constants.js'

/** Writes `steps`, `result`, `<id>--<output>`, `<id>--outcome`, `<id>--conclusion`, env and path. */
export function handOver(report: JobReport): void {
  core.setOutput(Outputs.Steps, JSON.stringify(report.steps))
  core.setOutput(Outputs.Result, report.result)
  for (const [id, entry] of Object.entries(report.steps)) {
    for (const [name, value] of Object.entries(entry.outputs))
      core.setOutput(`${id}--${name}`, value)
    core.setOutput(`${id}--outcome`, entry.outcome)
    core.setOutput(`${id}--conclusion`, entry.conclusion)
  }
  handOverEnvAndPath(report.exportedEnv, report.pathPrepend)
}

/**
 * Env vars and PATH entries for the later job steps (our main's hand-over and our post's).
 * PATH entries oldest first, so the entry added last by a nested step ends up first in PATH.
 */
export function handOverEnvAndPath(
  env: Iterable<readonly [string, string]>,
  pathPrepend: readonly string[]
): void {
  for (const [name, value] of env) exportVariable(name, value)
  for (const entry of pathPrepend) core.addPath(entry)
}

/**
 * The runner's per-step file variables. It sets them afresh for every step, so a handed-over
 * value never redirects a later step; but `core.exportVariable` also sets `process.env[name]`,
 * and `core.addPath`, `core.setOutput`, `core.saveState` and `core.summary` read these at call
 * time: a nested step that exported its own (a common `env >> "$GITHUB_ENV"`) would make us
 * write our hand-over, state and summary into its stale files.
 */
const OWN_FILE_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
] as const

/** `core.exportVariable`, with our own file variables still pointing at our files afterwards. */
function exportVariable(name: string, value: string): void {
  // `core.exportVariable` sets process.env[name] before it reads GITHUB_ENV for the file to
  // write to, so this entry would land in the nested step's stale file. Left out instead: the
  // runner gives every later step its own GITHUB_ENV, so no step's process would see it.
  if (sameVariable(name, 'GITHUB_ENV')) return
  const own = OWN_FILE_VARIABLES.map((variable) => [variable, process.env[variable]] as const)
  try {
    core.exportVariable(name, value)
  } finally {
    for (const [variable, ours] of own) {
      if (ours === undefined) delete process.env[variable]
      else process.env[variable] = ours
    }
  }
}

/** Env var names compare case-insensitively on Windows (`github_env` is GITHUB_ENV there). */
function sameVariable(name: string, variable: string): boolean {
  return process.platform === 'win32' ? name.toUpperCase() === variable : name === variable
}
