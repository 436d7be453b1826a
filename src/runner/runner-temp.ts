/**
 * A preflight of RUNNER_TEMP, where every nested step's script and file-command files live and
 * where buffered logs spill. Checked once before the first step, so a broken folder (a file in
 * its place, a read-only mount) gives one clear error and no step runs, instead of each step
 * failing with a bare errno — or a log spill failing in the middle of a flood.
 */
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { FILE_COMMANDS_FOLDER } from './file-commands.js'
import { errorText } from '../errors.js'
import { LOG_SPILL_FOLDER } from '../constants.js'

/** The folder buffered step logs spill to, under RUNNER_TEMP. */

/** Makes our folders under `runnerTemp` and writes a probe file; returns the problem, if any. */
export function checkRunnerTemp(runnerTemp: string): string | undefined {
  try {
    for (const folder of [FILE_COMMANDS_FOLDER, LOG_SPILL_FOLDER]) {
      fs.mkdirSync(path.join(runnerTemp, folder), { recursive: true })
    }
    const probe = path.join(runnerTemp, FILE_COMMANDS_FOLDER, `probe-${randomUUID()}`)
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
    return undefined
  } catch (error) {
    const reason = errorText(error)
    return `RUNNER_TEMP '${runnerTemp}' cannot hold the nested steps' files: ${reason}`
  }
}
