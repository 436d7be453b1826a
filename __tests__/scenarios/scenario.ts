/**
 * Shared helpers for the conformance scenarios of docs/semantics.md §3: run a step list inline or
 * from a steps-file, and read back control-step logs, printed lines, the job summary table and
 * the nested `steps` context.
 */
import * as fs from 'node:fs'
import { groups, runAction, type ActionRun } from '../integration/harness.js'

export type { ActionRun }
export { readLines } from '../integration/harness.js'

/** Title of the step the runner appends when a bg step is not covered (R46). */
export const IMPLICIT_WAIT_ALL = 'Wait for all background steps'

/** Where steps-file scenarios put their list, relative to the workspace. */
const STEPS_FILE = '.github/steps/scenario.yml'

/** Runs a step list given inline (`steps` input): `%{{ }}` is evaluated by the action. */
export async function runInline(steps: string): Promise<ActionRun> {
  return runAction({ steps })
}

/** Runs a step list from a steps-file: native `${{ }}` is evaluated by the action. */
export async function runFromFile(steps: string): Promise<ActionRun> {
  return runAction({ files: { [STEPS_FILE]: steps }, inputs: { 'steps-file': STEPS_FILE } })
}

/** Lines of the `occurrence`-th group titled `title`, or undefined when there is none. */
export function groupLines(run: ActionRun, title: string, occurrence = 0): string[] | undefined {
  return groups(run).filter((g) => g.title === title)[occurrence]?.lines
}

/** Whether any group carries this title. */
export function hasGroup(run: ActionRun, title: string): boolean {
  return groups(run).some((g) => g.title === title)
}

/**
 * What the nested steps printed, in log order, without the runner's own decoration (the coloured
 * echo of the script and the `shell:` line), so scenarios can look for their `echo` output.
 */
export function printed(run: ActionRun): string[] {
  return groups(run).flatMap((g) =>
    g.lines.filter((line) => !line.startsWith('\u001b[') && !line.startsWith('shell: '))
  )
}

/** One row of the job summary's step table. */
export interface SummaryRow {
  name: string
  /** The `<name>: <Result>` lines a wait/wait-all/cancel row lists under its name. */
  waited: string[]
  kind: string
  /** `success`, `failure / success`, … as the table shows it. */
  outcome: string
}

/** The step table of the job summary, one row per step in list order. */
export function summaryRows(run: ActionRun): SummaryRow[] {
  return run.summary
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| | Step'))
    .map((line) => {
      // Cells are separated by `|` that the summary did not escape as `\|`.
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
      const [name, ...waited] = cells[1].split('<br>')
      // Each waited line starts with a status mark and a space.
      return {
        name: name.replace(/\\\|/g, '|'),
        waited: waited.map((w) => w.slice(w.indexOf(' ') + 1)),
        kind: cells[2],
        outcome: cells[3]
      }
    })
}

/** The summary row of the first step with this display name. */
export function summaryRow(run: ActionRun, name: string): SummaryRow | undefined {
  return summaryRows(run).find((row) => row.name === name)
}

/** The nested `steps` context the action hands over as its `steps` output. */
export function stepsContext(
  run: ActionRun
): Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> {
  return JSON.parse(run.outputs.steps) as ReturnType<typeof stepsContext>
}

/** Pids of live (non-zombie) processes whose environment holds `NAME=value`. */
export function processesWithEnv(name: string, value: string): number[] {
  const needle = `${name}=${value}`
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const environ = fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0')
      if (environ.includes(needle) && !isZombie(Number(entry))) found.push(Number(entry))
    } catch {
      // The process ended while we looked, or is not ours to read: it is not one of the step's.
    }
  }
  return found
}

/** Whether a pid no longer names a running process (gone, or a zombie awaiting its parent). */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
  return isZombie(pid)
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The state follows the parenthesised command name, which may itself contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return true
  }
}
