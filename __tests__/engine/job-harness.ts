/**
 * Runs the real main loop and coordinator on a real parsed plan, with a fake executor whose
 * steps follow a tiny script language in `run:` (evaluated at start, as R7 says):
 *   echo <text>      record "echo <id> <text>"
 *   output k=v       set an output          env K=V   set an env var      path /p  add a path
 *   fail             end Failed
 *   hold             wait until the test calls release(id) (or the step is cancelled)
 *   ignore-cancel    with hold: a cancel does not end the step
 *   say <text>       write <text> to the step's own log (what a log readiness probe reads)
 *   fail-until <n>   end Failed on attempts before the n-th (attempts counted per step id)
 *   {attempt}        anywhere in the script: the number of this attempt of the step
 * Every event is appended to one ordered list, so tests assert exact order.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import type { Executor, StepExecution, StepRequest } from '../../src/engine/executor.js'
import { runJob } from '../../src/engine/job.js'
import type { JobReport } from '../../src/engine/records.js'
import { evaluateString } from '../../src/expressions/evaluate.js'
import { LogMultiplexer } from '../../src/report/log.js'
import { parseStepList } from '../../src/workflow/parse.js'
import { buildPlan } from '../../src/workflow/plan.js'
import type { ExecutableStep } from '../../src/workflow/model.js'
import { deferred, settle } from './fakes.js'

export interface JobHarness {
  events: string[]
  /** Everything the log multiplexer printed. */
  log: string[]
  /** The scheduling decisions the list traced (`ACTIONS_STEP_DEBUG`). */
  debug: string[]
  /** Resolves when the list has finished. */
  done: Promise<JobReport>
  release(id: string): Promise<void>
  /** Aborts the job-cancellation signal (our SIGINT). */
  cancelJob(): void
  /** Waits until an event matching `pattern` was recorded. */
  until(pattern: string | RegExp): Promise<void>
}

export function startJob(
  yaml: string,
  options: { maxConcurrency?: number; failFast?: boolean; cancelGraceMs?: number } = {}
): JobHarness {
  const parsed = parseStepList({ source: yaml, fileName: 'steps', mode: 'file' })
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join('\n'))
  const events: string[] = []
  const log: string[] = []
  const debug: string[] = []
  const holds = new Map<string, () => void>()
  const attempts = new Map<string, number>()
  const cancel = new AbortController()
  const kill = new AbortController()

  // One fake for every kind of step: it runs the `run:` text as a little script language.
  const executor: Executor<ExecutableStep> = {
    async execute(request: StepRequest): Promise<StepExecution> {
      const { step } = request
      const id = step.id
      events.push(`start ${id}`)
      const attempt = (attempts.get(id) ?? 0) + 1
      attempts.set(id, attempt)
      const script = (
        step.kind === 'run' ? evaluateString(step.run, request.scope(), 'run') : ''
      ).replaceAll('{attempt}', String(attempt))
      const result: StepExecution = {
        result: 'Succeeded',
        outputs: [],
        env: [],
        path: [],
        state: [],
        summary: ''
      }
      let ignoreCancel = false
      for (const line of script
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        const [verb, ...rest] = line.split(' ')
        const arg = rest.join(' ')
        const [key, ...value] = arg.split('=')
        switch (verb) {
          case 'echo':
            events.push(`echo ${id} ${arg}`)
            break
          case 'output':
            result.outputs.push([key, value.join('=')])
            break
          case 'env':
            result.env.push([key, value.join('=')])
            break
          case 'path':
            result.path.push(arg)
            break
          case 'fail':
            result.result = 'Failed'
            break
          case 'say':
            request.log.text(arg)
            break
          case 'fail-until':
            if (attempt < Number(arg)) result.result = 'Failed'
            break
          case 'ignore-cancel':
            ignoreCancel = true
            break
          case 'hold': {
            const held = deferred<void>()
            holds.set(id, () => held.resolve())
            if (!ignoreCancel) {
              request.cancelSignal.addEventListener('abort', () => {
                events.push(`signal ${id}`)
                held.resolve()
              })
            }
            await held.promise
            if (request.cancelSignal.aborted) result.result = 'Failed'
            break
          }
        }
      }
      events.push(`end ${id}`)
      return result
    }
  }

  const mux = new LogMultiplexer({
    mode: 'grouped',
    write: (chunk) => log.push(...chunk.toString().split('\n').filter(Boolean)),
    spillDir: path.join(os.tmpdir(), 'bgs-job-harness')
  })
  const done = runJob({
    plan: buildPlan(parsed.steps),
    executors: {
      run: executor,
      uses: {
        execute: executor.execute,
        runStage: async (_stage, request) => executor.execute(request)
      }
    },
    log: mux,
    contexts: {
      github: {},
      runner: {},
      job: {},
      strategy: {},
      matrix: null,
      secrets: {},
      vars: {},
      inputs: {}
    },
    initialEnv: {},
    workspace: process.cwd(),
    maxConcurrency: options.maxConcurrency ?? 10,
    failFast: options.failFast ?? false,
    cancelSignal: cancel.signal,
    killSignal: kill.signal,
    debug: (message) => debug.push(message),
    cancelGraceMs: options.cancelGraceMs
  }).then((report) => {
    mux.flush()
    return report
  })

  // Waits for an event; real timers (probes, backoffs) may be involved, so the bound is in time
  // and generous for a loaded machine. Never a timing assertion: only "it happened at all".
  const until = async (pattern: string | RegExp): Promise<void> => {
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if (events.some((e) => (typeof pattern === 'string' ? e === pattern : pattern.test(e))))
        return
      await settle()
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    throw new Error(`event ${String(pattern)} never happened; events: ${events.join(' | ')}`)
  }

  return {
    events,
    log,
    debug,
    done,
    until,
    cancelJob: () => cancel.abort('job cancelled'),
    release: async (id: string) => {
      await until(`start ${id}`)
      for (let i = 0; i < 200 && !holds.has(id); i++) await settle()
      const release = holds.get(id)
      if (!release) throw new Error(`step ${id} is not holding`)
      release()
      await settle()
    }
  }
}

/** A group title without the result mark and duration a finished step's title carries. */
export function plainTitle(title: string): string {
  return title.replace(/^(✅|❌|⛔|⏭️|❔) (.*) \(\d+\.\d s\)$/u, '$2')
}

/** The lines of the log group with this title (mark and duration ignored). */
export function groupLines(log: readonly string[], title: string): string[] {
  const start = log.findIndex(
    (line) => line.startsWith('::group::') && plainTitle(line.slice(9)) === title
  )
  if (start < 0) return []
  const end = log.indexOf('::endgroup::', start)
  return log.slice(start + 1, end)
}
