/**
 * One stage of the bundled action (main or post), started as a runner starts it: our node, the
 * stage's environment, stdout rendered for the terminal as it comes, stderr passed through.
 */
import { spawn } from 'node:child_process'
import * as readline from 'node:readline'
import type { Interruption } from './interruption.js'
import type { TerminalRenderer } from './terminal.js'

/**
 * How long to keep reading after the stage exited while something it started still holds its
 * output (runner-emulation §1.7: the runner waits 5 s); then the CLI goes on without it.
 */
const DRAIN_AFTER_EXIT_MS = 5000

/** Runs one stage; resolves to its exit code (1 when it could not start or a signal ended it). */
export async function runStage(
  entry: string,
  env: NodeJS.ProcessEnv,
  renderer: TerminalRenderer,
  interruption: Interruption
): Promise<number> {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const release = interruption.guard(child)
  const lines = readline.createInterface({ input: child.stdout, crlfDelay: Infinity })
  lines.on('line', (line) => renderer.line(line))
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  const code = await new Promise<number>((resolve) => {
    let drain: NodeJS.Timeout | undefined
    child.on('error', () => resolve(1))
    child.on('exit', (exitCode) => {
      drain = setTimeout(() => {
        // A daemon of a nested step holds the pipes: stop reading, or the CLI never exits.
        child.stdout.destroy()
        child.stderr.destroy()
        resolve(exitCode ?? 1)
      }, DRAIN_AFTER_EXIT_MS)
    })
    child.on('close', (exitCode) => {
      clearTimeout(drain)
      resolve(exitCode ?? 1)
    })
  })
  release()
  return code
}
