/**
 * Readiness probes (beyond native, `ready:` on a background step): the main loop waits at a
 * background step until its service answers — a TCP connect, an HTTP GET, a file that appears,
 * or a line of the step's own output — instead of `sleep 10` or a hand-written poll loop.
 *
 * The gate is pure timing: it tries its probe when the step starts and then every interval (one
 * try at a time, no busy loop), and settles once: ready, the step ended first, the deadline
 * passed first, or the job was cancelled. Probes and the clock are injectable so unit tests
 * control both; every timer and listener is released when the gate settles.
 */
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import type { HeaderKind, StepLog } from '../report/log-types.js'
import { HeaderReader, SCRIPT_ECHO } from '../report/step-header.js'
import type { ReadinessProbe } from '../workflow/model.js'

/** One way to tell that a service is ready. */
export interface Probe {
  /** How the log and the summary name it, e.g. `tcp 127.0.0.1:5432`. */
  description: string
  /** One try; resolves false on any failure (never rejects). `signal` aborts a try in flight. */
  check(signal: AbortSignal): Promise<boolean>
  /** For probes that learn of success by themselves (log): calls `wake` then; returns the unsubscribe. */
  watch?(wake: () => void): () => void
  /** For such probes: whether they have passed, known without a try. */
  passed?(): boolean
}

/** Time as the gate sees it; tests pass a fake. */
export interface Clock {
  now(): number
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => {
    const handle = setTimeout(callback, ms)
    return () => clearTimeout(handle)
  }
}

export type ReadinessOutcome =
  | { state: 'ready'; /** From the step's start to the passing try. */ afterMs: number }
  | { state: 'ended' | 'timed-out' | 'cancelled' }

export type ReadinessState = 'waiting' | ReadinessOutcome['state']

export interface ReadinessGateOptions {
  probe: Probe
  /** Deadline, counted from the gate's creation (when the main loop reaches the step). */
  timeoutMs: number
  /** Pause between the end of one try and the start of the next. */
  intervalMs: number
  /** Job cancellation: the wait ends at once. */
  cancelSignal: AbortSignal
  clock?: Clock
}

/** Waits for one background step to become ready; see the module comment. */
export class ReadinessGate {
  /** Settles once, with the first of ready / ended / timed-out / cancelled. */
  readonly outcome: Promise<ReadinessOutcome>
  private current: ReadinessState = 'waiting'
  private readonly clock: Clock
  private readonly releases: Array<() => void> = []
  /** Aborts a try in flight once the gate has settled. */
  private readonly tries = new AbortController()
  private resolve!: (outcome: ReadinessOutcome) => void
  private startedAt: number | undefined
  private trying = false
  private wakeWhileTrying = false
  private cancelNextTry: (() => void) | undefined

  constructor(private readonly options: ReadinessGateOptions) {
    this.clock = options.clock ?? realClock
    this.outcome = new Promise((resolve) => (this.resolve = resolve))
    if (options.cancelSignal.aborted) {
      this.settle({ state: 'cancelled' })
      return
    }
    const onCancel = (): void => this.settle({ state: 'cancelled' })
    options.cancelSignal.addEventListener('abort', onCancel, { once: true })
    this.releases.push(() => options.cancelSignal.removeEventListener('abort', onCancel))
    this.releases.push(
      this.clock.setTimer(() => this.settle({ state: 'timed-out' }), options.timeoutMs)
    )
  }

  get state(): ReadinessState {
    return this.current
  }

  /** The step got its slot and started: probing begins. */
  begin(): void {
    if (this.current !== 'waiting' || this.startedAt !== undefined) return
    this.startedAt = this.clock.now()
    const { probe } = this.options
    if (probe.watch) this.releases.push(probe.watch(() => this.wake()))
    this.tryNow()
  }

  /**
   * The step's process ended. If the gate is still waiting, it settles now: ready when a probe
   * that needs no try has already passed (a log line printed just before exiting), else `ended`.
   */
  stepEnded(): ReadinessState {
    if (this.current === 'waiting') {
      if (this.startedAt !== undefined && this.options.probe.passed?.()) this.settleReady()
      else this.settle({ state: 'ended' })
    }
    return this.current
  }

  private wake(): void {
    if (this.current !== 'waiting') return
    if (this.options.probe.passed?.()) {
      this.settleReady()
      return
    }
    if (this.trying) this.wakeWhileTrying = true
    else this.tryNow()
  }

  private tryNow(): void {
    this.cancelNextTry?.()
    this.cancelNextTry = undefined
    this.trying = true
    this.wakeWhileTrying = false
    void this.options.probe
      .check(this.tries.signal)
      .catch(() => false)
      .then((passed) => {
        this.trying = false
        if (this.current !== 'waiting') return
        if (passed) this.settleReady()
        else if (this.wakeWhileTrying) this.tryNow()
        else this.cancelNextTry = this.clock.setTimer(() => this.tryNow(), this.options.intervalMs)
      })
  }

  private settleReady(): void {
    this.settle({
      state: 'ready',
      afterMs: this.clock.now() - (this.startedAt ?? this.clock.now())
    })
  }

  private settle(outcome: ReadinessOutcome): void {
    if (this.current !== 'waiting') return
    this.current = outcome.state
    this.cancelNextTry?.()
    this.cancelNextTry = undefined
    for (const release of this.releases.splice(0)) release()
    this.tries.abort()
    this.resolve(outcome)
  }
}

// ---------------------------------------------------------------------------------------------
// The probes
// ---------------------------------------------------------------------------------------------

/** Longest single try of a tcp or http probe; the gate's deadline still applies. */
export const TRY_TIMEOUT_MS = 5000

/** A probe plus what it needs from the step: log probes read the step's own output. */
export interface ProbeSetup {
  probe: Probe
  /** The log the step's executor writes to (log probes watch it; others return it unchanged). */
  wrapLog(log: StepLog): StepLog
  /** A retry prints the runner's step header again: log probes skip it again. */
  newAttempt(): void
}

/**
 * The probe a `ready:` mapping describes; `file` paths are relative to the workspace. `header`
 * is the header the step's executor prints first (a log probe skips it).
 */
export function createProbe(
  ready: ReadinessProbe,
  workspace: string,
  header: HeaderKind | undefined = 'action'
): ProbeSetup {
  const unchanged = { wrapLog: (log: StepLog): StepLog => log, newAttempt: (): void => {} }
  switch (ready.kind) {
    case 'tcp':
      return { probe: tcpProbe(ready.target), ...unchanged }
    case 'http':
      return { probe: httpProbe(ready.target), ...unchanged }
    case 'file':
      return { probe: fileProbe(ready.target, workspace), ...unchanged }
    case 'log': {
      const watch = new LogWatch(new RegExp(ready.target), header)
      return {
        probe: watch.probe,
        wrapLog: (log) => watch.wrap(log),
        newAttempt: () => watch.newAttempt()
      }
    }
  }
}

/** Connects to `host:port` (`[::1]:5432` for IPv6); ready once a connection is accepted. */
export function tcpProbe(target: string): Probe {
  const colon = target.lastIndexOf(':')
  const host = target.slice(0, colon).replace(/^\[(.*)\]$/, '$1')
  const port = Number(target.slice(colon + 1))
  return {
    description: `tcp ${target}`,
    check: async (signal) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port })
        const done = (passed: boolean): void => {
          clearTimeout(timer)
          signal.removeEventListener('abort', onAbort)
          socket.destroy()
          resolve(passed)
        }
        const onAbort = (): void => done(false)
        const timer = setTimeout(() => done(false), TRY_TIMEOUT_MS)
        signal.addEventListener('abort', onAbort, { once: true })
        socket.once('connect', () => done(true))
        socket.once('error', () => done(false))
      })
  }
}

/** GET `url`; any 2xx or 3xx answer is ready (redirects are not followed). */
export function httpProbe(url: string): Probe {
  return {
    description: `http ${url}`,
    check: async (signal) => {
      try {
        const response = await fetch(url, {
          redirect: 'manual',
          signal: AbortSignal.any([signal, AbortSignal.timeout(TRY_TIMEOUT_MS)])
        })
        await response.body?.cancel()
        return response.status >= 200 && response.status < 400
      } catch {
        return false
      }
    }
  }
}

/** Ready once the path exists (relative to the workspace). */
export function fileProbe(target: string, workspace: string): Probe {
  const file = path.resolve(workspace, target)
  return {
    description: `file ${target}`,
    check: async () => {
      try {
        await fs.promises.access(file)
        return true
      } catch {
        return false
      }
    }
  }
}

/**
 * Matches a regular expression against the step's own output lines as they reach its log. The
 * runner's step header (the script, shell and env the executor prints before the process starts,
 * report/step-header.ts) is skipped, so a pattern that also occurs in the script does not pass
 * before the process printed it; so is a composite's inner script echo (cyan).
 */
export class LogWatch {
  readonly probe: Probe
  private matched = false
  private readonly header: HeaderReader
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly pattern: RegExp,
    header: HeaderKind | undefined = 'action'
  ) {
    this.header = new HeaderReader(header ?? 'action')
    this.probe = {
      description: `log /${pattern.source}/`,
      // eslint-disable-next-line @typescript-eslint/require-await -- nothing to wait for: lines arrive by themselves
      check: async () => this.matched,
      passed: () => this.matched,
      watch: (wake) => {
        this.listeners.add(wake)
        return () => this.listeners.delete(wake)
      }
    }
  }

  /** A retry's executor prints its header again. */
  newAttempt(): void {
    this.header.newAttempt()
  }

  /** A log that passes everything on unchanged and shows each output line to the pattern first. */
  wrap(log: StepLog): StepLog {
    return {
      text: (line) => {
        this.see(line)
        log.text(line)
      },
      textBytes: (block) => {
        // Only process output arrives as bytes, never the header. Once matched, a flood of
        // output is passed on without being decoded.
        this.header.outputBegan()
        if (!this.matched) for (const line of block.toString('utf8').split('\n')) this.see(line)
        log.textBytes(block)
      },
      command: (line) => {
        this.header.outputBegan()
        log.command(line)
      },
      error: (message) => log.error(message),
      warning: (message) => log.warning(message),
      mask: (value) => log.mask(value),
      end: (title) => log.end(title)
    }
  }

  private see(line: string): void {
    if (this.matched || line.startsWith(SCRIPT_ECHO)) return
    if (this.header.isHeader(line)) return
    if (!this.pattern.test(line)) return
    this.matched = true
    for (const wake of [...this.listeners]) wake()
  }
}
