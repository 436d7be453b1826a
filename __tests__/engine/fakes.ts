/**
 * Fake background bodies whose completion the test controls (the runner's BackgroundStepsL0
 * style): each records into a shared ordered event list.
 */
import type { BackgroundTask, BodySignals } from '../../src/engine/coordinator.js'
import type { StepExecution } from '../../src/engine/executor.js'

export interface Deferred<T> {
  promise: Promise<T>
  resolve(value: T): void
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

export function execution(
  result: 'Succeeded' | 'Failed' = 'Succeeded',
  extra: Partial<StepExecution> = {}
): StepExecution {
  return { result, outputs: [], env: [], path: [], state: [], summary: '', ...extra }
}

/** Lets every pending promise callback run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r))
}

export interface FakeStep {
  task: BackgroundTask
  /** Finishes the body with this execution. */
  finish(result?: 'Succeeded' | 'Failed', extra?: Partial<StepExecution>): void
  /** The signals the body received once started. */
  signals?: BodySignals
  started: boolean
}

/** A background task whose body waits for `finish()` or, when `honourCancel`, for its cancel signal. */
export function fakeStep(
  events: string[],
  id: string,
  options: {
    name?: string
    honourCancel?: boolean
    continueOnError?: boolean
    timeoutMinutes?: number
  } = {}
): FakeStep {
  const done = deferred<StepExecution>()
  const step: FakeStep = {
    started: false,
    finish: (result = 'Succeeded', extra = {}) => done.resolve(execution(result, extra)),
    task: {
      key: id,
      id,
      displayName: options.name ?? id.toUpperCase(),
      timeoutMinutes: options.timeoutMinutes ?? 0,
      continueOnError: () => options.continueOnError ?? false,
      onStart: () => {
        step.started = true
        events.push(`start ${id}`)
      },
      onFinish: (entry) => events.push(`end ${id} ${entry.result}`),
      body: async (signals) => {
        step.signals = signals
        if (options.honourCancel !== false) {
          signals.cancelSignal.addEventListener('abort', () => done.resolve(execution('Failed')))
        }
        return done.promise
      }
    }
  }
  return step
}
