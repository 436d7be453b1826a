/**
 * Hands the nested results over to the job: action outputs (DESIGN §2) and the nested
 * GITHUB_ENV / GITHUB_PATH changes, which reach later job steps as a composite action's would.
 */
import * as core from '../toolkit.js'
import type { JobReport } from '../engine/records.js'

export const Outputs = { Steps: 'steps', Result: 'result' } as const

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
  for (const [name, value] of report.exportedEnv) core.exportVariable(name, value)
  // Oldest first, so the entry added last by a nested step ends up first in PATH.
  for (const entry of report.pathPrepend) core.addPath(entry)
}
