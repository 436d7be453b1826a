/**
 * What the CLI prints after the run, from the emulated runner's files: the outputs (when a nested
 * step set any), the env and PATH handed to later job steps (when there are any), and the job
 * summary.
 */
import * as fs from 'node:fs'
import { Outputs } from '../constants.js'
import { parseKeyValueFile } from '../runner/file-commands.js'
import { renderSummaryForTerminal } from './summary-view.js'
import type { TerminalRenderer } from './terminal.js'

export interface ReportFiles {
  GITHUB_OUTPUT: string
  GITHUB_ENV: string
  GITHUB_PATH: string
  GITHUB_STEP_SUMMARY: string
}

export interface ReportOptions {
  /** The user's copy of the summary, if asked for. */
  summaryFile?: string
  /** The temp folder stays: its summary file can be named. */
  keepTemp: boolean
  print: (line: string) => void
}

/** Prints the report; writes the summary copy. */
export function printReport(
  files: ReportFiles,
  renderer: TerminalRenderer,
  options: ReportOptions
): void {
  const section = (title: string, entries: Array<[string, string]>): void => {
    if (entries.length === 0) return
    options.print(`\n${title}:`)
    for (const [name, value] of entries) options.print(`  ${name} = ${renderer.mask(value)}`)
  }
  section('Outputs', shownOutputs(readKeyValues(files.GITHUB_OUTPUT)))
  section('Environment for later job steps', readKeyValues(files.GITHUB_ENV))
  const added = fs.readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean)
  section(
    'PATH additions',
    added.map((entry, index) => [String(index + 1), entry])
  )
  const summary = fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  if (summary.trim() === '') return
  if (options.summaryFile) fs.writeFileSync(options.summaryFile, summary)
  // The temp folder's copy is gone when the CLI exits, unless kept: name a file only if it stays.
  const markdown = options.summaryFile ?? (options.keepTemp ? files.GITHUB_STEP_SUMMARY : undefined)
  const colour = !process.env.NO_COLOR && process.stdout.isTTY === true
  options.print(`\nJob summary${markdown ? ` (Markdown in ${markdown})` : ''}:\n`)
  options.print(renderer.mask(renderSummaryForTerminal(summary, colour)))
}

/**
 * The action's outputs worth a section: none unless a nested step set an output of its own, as
 * `steps` and `result` are always there (the result also heads the summary and gives the exit
 * code). Then all but `steps`, which repeats the others as one long line of JSON.
 */
function shownOutputs(outputs: Array<[string, string]>): Array<[string, string]> {
  const steps = outputs.find(([name]) => name === Outputs.Steps)?.[1]
  if (steps === undefined || !anyStepOutput(steps)) return []
  return outputs.filter(([name]) => name !== Outputs.Steps)
}

/** Whether the `steps` output (JSON of the nested steps context) holds an output of some step. */
function anyStepOutput(stepsJson: string): boolean {
  let steps: unknown
  try {
    steps = JSON.parse(stepsJson)
  } catch {
    return false
  }
  if (typeof steps !== 'object' || steps === null) return false
  return Object.values(steps).some((step: unknown) => {
    if (typeof step !== 'object' || step === null) return false
    const outputs = (step as { outputs?: unknown }).outputs
    return typeof outputs === 'object' && outputs !== null && Object.keys(outputs).length > 0
  })
}

function readKeyValues(file: string): Array<[string, string]> {
  try {
    return parseKeyValueFile(fs.readFileSync(file, 'utf8'))
  } catch {
    return []
  }
}
