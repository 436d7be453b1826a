import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { statSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { CommandCollector } from '../../src/executors/command-collector.js'
import type { StepLog } from '../../src/report/log.js'
import { FileCommandPool } from '../../src/runner/file-command-pool.js'
import { ProcessRegistry, type ProcessOutcome } from '../../src/runner/process.js'

let runnerTemp: string
/** The run's services a collector goes through: the pool its step files come from, its processes. */
let run: { fileCommands: FileCommandPool; processes: ProcessRegistry }

beforeEach(async () => {
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'command-collector-'))
  run = { fileCommands: new FileCommandPool(runnerTemp), processes: new ProcessRegistry() }
})

afterEach(async () => {
  await rm(runnerTemp, { recursive: true, force: true })
})

const silentLog: StepLog = {
  text: () => {},
  textBytes: () => {},
  command: () => {},
  error: () => {},
  warning: () => {},
  mask: () => {},
  end: () => {}
}

const exited = (overrides: Partial<ProcessOutcome>): ProcessOutcome => ({
  exitCode: 0,
  signal: null,
  cancelled: false,
  durationMs: 1,
  outputClosed: true,
  ...overrides
})

/** Completes a step that wrote an output, then reports whether the next step got the same files back. */
async function nextStepReusesFiles(outcome: ProcessOutcome): Promise<boolean> {
  const files = run.fileCommands.create()
  await writeFile(files.files.GITHUB_OUTPUT, 'answer=42\n')
  const inode = statSync(files.files.GITHUB_OUTPUT).ino
  const execution = await new CommandCollector(silentLog, {}, run).completeAction(files, outcome)
  // R51: the outputs are read in every case, reused files or not.
  expect(execution.outputs).toEqual([['answer', '42']])
  const next = run.fileCommands.create()
  expect(statSync(next.files.GITHUB_OUTPUT).size).toBe(0)
  return statSync(next.files.GITHUB_OUTPUT).ino === inode
}

describe("CommandCollector: reusing a finished step's file-command files (§1.6)", () => {
  it('reuses them once the process exited and its pipes closed', async () => {
    expect(await nextStepReusesFiles(exited({}))).toBe(true)
    expect(await nextStepReusesFiles(exited({ exitCode: 1 }))).toBe(true)
  })

  it('never while something the step started may still hold its pipes and write', async () => {
    expect(await nextStepReusesFiles(exited({ outputClosed: false }))).toBe(false)
  })

  it('never after a cancellation (its group is being killed, not known to be gone)', async () => {
    expect(await nextStepReusesFiles(exited({ cancelled: true, exitCode: null }))).toBe(false)
  })
})

describe('CommandCollector: the unsecure opt-ins read from the step environment (§3.4)', () => {
  async function envAfterSetEnv(
    processEnv: Record<string, string>
  ): Promise<Array<[string, string]>> {
    const collector = new CommandCollector(silentLog, processEnv, run)
    collector.bytes(Buffer.from('::set-env name=A::1\n'))
    const files = run.fileCommands.create()
    return (await collector.completeAction(files, exited({}))).env
  }

  it('ACTIONS_ALLOW_UNSECURE_COMMANDS is parsed as bool.TryParse: any case, surrounding spaces', async () => {
    for (const value of ['true', 'True', 'TRUE', ' true ']) {
      expect(await envAfterSetEnv({ ACTIONS_ALLOW_UNSECURE_COMMANDS: value })).toEqual([['A', '1']])
    }
    for (const value of ['1', 'yes', '']) {
      expect(await envAfterSetEnv({ ACTIONS_ALLOW_UNSECURE_COMMANDS: value })).toEqual([])
    }
  })

  it('ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS accepts 1, true and $true, in any case', async () => {
    const printed: string[] = []
    const log: StepLog = { ...silentLog, text: (line) => printed.push(line) }
    for (const value of ['1', 'True', '$TRUE']) {
      const collector = new CommandCollector(
        log,
        {
          ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS: value
        },
        run
      )
      // `pause-logging` is a token the runner refuses unless the opt-in is on.
      collector.bytes(Buffer.from('::stop-commands::pause-logging\n::set-output name=x::1\n'))
      const files = run.fileCommands.create()
      expect((await collector.completeAction(files, exited({}))).outputs).toEqual([])
    }
  })
})

describe('CommandCollector: ::echo:: under step debug (§3.4)', () => {
  function printedFor(processEnv: Record<string, string>): string[] {
    const printed: string[] = []
    const log: StepLog = { ...silentLog, text: (line) => printed.push(line) }
    new CommandCollector(log, processEnv, run).bytes(Buffer.from('::set-output name=x::1'))
    return printed
  }

  it('§3.4: echo starts on when step debug is on (RUNNER_DEBUG=1), off otherwise', () => {
    expect(printedFor({ RUNNER_DEBUG: '1' })).toEqual(['::set-output name=x::1'])
    expect(printedFor({})).toEqual([])
  })
})
