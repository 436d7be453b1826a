/**
 * Runs the built CLI (dist/cli/index.js) as a user would from a workspace: a fresh TMPDIR of its
 * own, no runner variables, NO_COLOR unless a test asks for colour.
 */
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ROOT } from './harness.js'

export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')
export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
  /** The TMPDIR the CLI got, fresh and empty before the run: the CLI makes its temp folder there. */
  tmp: string
}

/** A fresh folder, e.g. a list's workspace or the CLI's TMPDIR. */
export const freshFolder = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-cli-'))

/** The CLI's environment: no runner variables, NO_COLOR unless `colour` asks for colour. */
export function cliEnvironment(tmp: string, colour = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TMPDIR: tmp }
  if (colour) delete env.NO_COLOR
  for (const name of Object.keys(env))
    if (name.startsWith('GITHUB_') || name.startsWith('INPUT_')) delete env[name]
  return env
}

export function cli(args: string[], cwd: string, options: { colour?: boolean } = {}): CliRun {
  const tmp = freshFolder()
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: cliEnvironment(tmp, options.colour),
    encoding: 'utf8'
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, tmp }
}
