/**
 * The only place that spawns step processes: each in its own process group, output cut into
 * lines the way the runner's `ProcessInvoker` reads them, and cancellation escalated
 * SIGINT → SIGTERM → SIGKILL over the whole group (runner-emulation §1.7, §1.8; R50). Every
 * process is started through a `ProcessRegistry`, which knows the groups still running: each
 * entry point (src/run.ts, src/run-nested-posts.ts) makes one, and job cancellation (and our
 * main's final sweep) signals what it holds.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import type { Readable } from 'node:stream'
import { performance } from 'node:perf_hooks'
import { errorCode } from '../errors.js'
import { FloodMemory } from './flood-memory.js'
import { CANCEL_GRACE_MS, SIGKILL_AFTER_MS } from '../constants.js'

export type OutputStream = 'stdout' | 'stderr'

export interface SpawnRequest {
  file: string
  args: string[]
  cwd: string
  env: Record<string, string>
  /** Graceful cancellation: SIGINT to the process group at once, SIGTERM after `sigtermAfterMs` (7500), SIGKILL after `sigkillAfterMs` more (2500). */
  cancelSignal?: AbortSignal
  /** Hard stop: SIGKILL the group at once (used near our own deadline on job cancellation). */
  killSignal?: AbortSignal
  sigtermAfterMs?: number
  sigkillAfterMs?: number
  /** How long to keep reading after the process exited while a grandchild still holds the pipe (runner: 5000 ms). */
  drainAfterExitMs?: number
  /** Called once per complete line, in order per stream, without its terminator. Lines end at \n, \r\n or a lone \r (.NET ReadLine). A final line without terminator is delivered at the end. Must not throw. */
  onLine: (line: string, stream: OutputStream) => void
  /**
   * Optional fast path for floods: several whole lines at once as raw bytes, joined by `\n` (no
   * `\r`, no final terminator), in order with the single lines of the same stream. When absent,
   * every line goes to `onLine`.
   */
  onBytes?: (block: Buffer, stream: OutputStream) => void
}

export interface ProcessOutcome {
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** cancelSignal or killSignal fired before exit. */
  cancelled: boolean
  /** The process never started, in the runner's words (e.g. a missing executable or working directory). */
  spawnError?: string
  durationMs: number
  /**
   * Every holder of the output pipes closed them before we settled: nothing the step started can
   * still be writing (a daemon that kept the pipes past the drain makes this false).
   */
  outputClosed: boolean
}

// ProcessInvoker's _sigintTimeout / _sigtermTimeout and the 5 s wait for streams after exit.
const DEFAULT_DRAIN_AFTER_EXIT_MS = 5000

// V8 cannot build strings much beyond 2^29 characters; a pathological line without any
// terminator is delivered in pieces of this size instead of crashing the whole action.
const MAX_LINE_LENGTH = 2 ** 27

const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d

/** What a supervised process tells the registry that started it. */
interface ProcessTracker {
  started(leader: number): void
  exited(leader: number): void
  bytesRead(length: number): void
}

/**
 * The processes of one run (or of our post): made by the entry point, handed to the cancellation
 * watch (src/cancellation.ts) and, through the run's context, to every step that starts one. It
 * knows the process groups whose leader has not exited yet, and owns the flood memory their
 * output reads share.
 */
export class ProcessRegistry {
  /** Leaders of the groups started here whose leader has not exited yet. */
  private readonly leaders = new Set<number>()
  private readonly tracker: ProcessTracker = {
    started: (leader) => this.leaders.add(leader),
    exited: (leader) => this.leaders.delete(leader),
    bytesRead: (length) => this.memory.noteBytesRead(length)
  }

  constructor(private readonly memory = new FloodMemory()) {}

  /** Spawns in its own process group (detached), stdin at EOF from the start, and settles when the process exits. */
  async run(request: SpawnRequest): Promise<ProcessOutcome> {
    if (request.cancelSignal?.aborted === true || request.killSignal?.aborted === true) {
      // Starting a process only to signal it at once would let a half-started script run its traps.
      return { exitCode: null, signal: null, cancelled: true, durationMs: 0, outputClosed: true }
    }
    return new Promise((resolve) => {
      new SupervisedProcess(request, this.tracker, resolve).start()
    })
  }

  /** The groups started here and not yet exited (their leader, as pid). */
  liveGroups(): number[] {
    return [...this.leaders]
  }

  /** Sends `signal` to every live group (ESRCH ignored). */
  signalAll(signal: NodeJS.Signals): void {
    for (const leader of this.leaders) signalGroup(leader, signal)
  }
}

/**
 * Bytes → lines, matching .NET `StreamReader.ReadLine`: `\n`, `\r\n` and a lone `\r` end a line,
 * even when a terminator or a multi-byte character is split across chunks.
 *
 * It splits bytes first, at `\n` (a byte that never occurs inside a multi-byte UTF-8 character),
 * so only whole lines are decoded. With `emitBytes`, a run of whole lines without any `\r` is
 * handed over as raw bytes — the fast path for floods, which never decodes at all.
 */
export class LineDecoder {
  /** Bytes of the current unterminated line; joined once, so a huge line costs O(n). */
  private pending: Buffer[] = []
  private pendingLength = 0
  /** Some held byte is a `\r`: only then is the held line looked at again. */
  private pendingCarriageReturn = false

  constructor(
    private readonly emit: (line: string) => void,
    private readonly emitBytes?: (block: Buffer) => void
  ) {}

  /** Emits every line `chunk` completes. */
  write(chunk: Buffer): void {
    const lastLineFeed = chunk.lastIndexOf(LINE_FEED)
    if (lastLineFeed === -1) {
      this.hold(chunk)
    } else {
      let start = 0
      if (this.pendingLength > 0) {
        // Only the held line's end is joined to it: copying the whole chunk onto a few held
        // bytes would allocate and copy every chunk of a flood once more.
        const firstLineFeed = chunk.indexOf(LINE_FEED)
        this.complete(this.takePending(chunk.subarray(0, firstLineFeed)))
        start = firstLineFeed + 1
      }
      // The lines after the joined one, if any (an empty block is one empty line).
      if (start <= lastLineFeed) this.complete(chunk.subarray(start, lastLineFeed))
      if (lastLineFeed + 1 < chunk.length) this.hold(chunk.subarray(lastLineFeed + 1))
    }
    this.emitLoneCarriageReturns()
  }

  /** Emits a final line without terminator (an incomplete character decodes as U+FFFD). */
  end(): void {
    if (this.pendingLength === 0) return
    const rest = this.takePending()
    // A final `\r` is a terminator; the line before it is all there is.
    const text = rest.toString('utf8')
    this.lines(text.endsWith('\r') ? text.slice(0, -1) : text)
  }

  /** Whole lines: `block` ended at a `\n` that is not part of it. */
  private complete(block: Buffer): void {
    if (this.emitBytes !== undefined && block.indexOf(CARRIAGE_RETURN) === -1) {
      this.emitBytes(block)
      return
    }
    const text = block.toString('utf8')
    // A `\r` right before the cut `\n` was half of a `\r\n`.
    this.lines(text.endsWith('\r') ? text.slice(0, -1) : text)
  }

  /** Splits text made only of whole lines. */
  private lines(text: string): void {
    if (text.indexOf('\r') === -1) {
      for (const line of text.split('\n')) this.emit(line)
      return
    }
    for (const line of text.split(/\r\n|\r|\n/)) this.emit(line)
  }

  /** A lone `\r` (not at the very end, where a `\n` may follow) ends a line: emit at once, live. */
  private emitLoneCarriageReturns(): void {
    if (!this.pendingCarriageReturn) return
    const held = this.takePending()
    let cut = held.lastIndexOf(CARRIAGE_RETURN)
    if (cut === held.length - 1) cut = cut === 0 ? -1 : held.lastIndexOf(CARRIAGE_RETURN, cut - 1)
    if (cut === -1) {
      this.hold(held)
      return
    }
    this.lines(held.subarray(0, cut).toString('utf8'))
    if (cut + 1 < held.length) this.hold(held.subarray(cut + 1))
  }

  private hold(piece: Buffer): void {
    this.pending.push(piece)
    this.pendingLength += piece.length
    if (piece.indexOf(CARRIAGE_RETURN) !== -1) this.pendingCarriageReturn = true
    if (this.pendingLength >= MAX_LINE_LENGTH) this.lines(this.takePending().toString('utf8'))
  }

  /** The held bytes (followed by `tail`), and nothing held any more. */
  private takePending(tail?: Buffer): Buffer {
    const parts = tail === undefined ? this.pending : [...this.pending, tail]
    const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts)
    this.pending = []
    this.pendingLength = 0
    this.pendingCarriageReturn = false
    return joined
  }
}

/** One spawned process from start to settled outcome: its group, pipes, signals and timers. */
class SupervisedProcess {
  private readonly startedAt = performance.now()
  private readonly streams: Readable[] = []
  private readonly decoders: LineDecoder[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private openStreams = 0
  private leader?: number
  private exit?: { code: number | null; signal: NodeJS.Signals | null; at: number }
  private cancelled = false
  private settled = false

  constructor(
    private readonly request: SpawnRequest,
    private readonly tracker: ProcessTracker,
    private readonly resolve: (outcome: ProcessOutcome) => void
  ) {}

  start(): void {
    const { file, args, cwd, env } = this.request
    let child: ChildProcess
    try {
      // ProcessInvoker gives stdin as a pipe it closes at once: a read gets EOF. Node's 'pipe' is
      // a socketpair, and bash sources ~/.bashrc when stdin is a socket (its rshd check), so we
      // give /dev/null, which reads as EOF too.
      child = spawn(file, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      // Invalid arguments (e.g. a NUL byte) throw synchronously instead of emitting 'error'.
      this.settleWithSpawnError(error)
      return
    }
    this.read(child.stdout, 'stdout')
    this.read(child.stderr, 'stderr')
    child.on('error', (error) => {
      // After a successful start 'error' comes only from child.kill() or send(), which we never use.
      if (this.leader === undefined) this.settleWithSpawnError(error)
    })
    child.once('exit', (code, signal) => this.onExit(code, signal))
    if (child.pid === undefined) return // spawn failed; 'error' follows
    this.leader = child.pid
    this.tracker.started(child.pid)
    this.request.cancelSignal?.addEventListener('abort', this.onCancel, { once: true })
    this.request.killSignal?.addEventListener('abort', this.onKill, { once: true })
  }

  private read(stream: Readable | null, name: OutputStream): void {
    if (stream === null) return
    const { onLine, onBytes } = this.request
    const decoder = new LineDecoder(
      (line) => onLine(line, name),
      onBytes ? (block) => onBytes(block, name) : undefined
    )
    this.streams.push(stream)
    this.decoders.push(decoder)
    this.openStreams += 1
    stream.on('data', (chunk: Buffer) => {
      decoder.write(chunk)
      this.tracker.bytesRead(chunk.length)
    })
    stream.on('error', ignore) // a broken pipe ends the output like EOF does
    stream.once('close', () => {
      this.openStreams -= 1
      if (this.exit !== undefined && this.openStreams === 0) this.finish()
    })
  }

  private readonly onCancel = (): void => {
    if (this.exit !== undefined) return
    this.cancelled = true
    this.signal('SIGINT')
    // Bash starts `&` jobs with SIGINT ignored, so only the escalation reaches the whole tree.
    this.after(this.request.sigtermAfterMs ?? CANCEL_GRACE_MS, () => {
      this.signal('SIGTERM')
      this.after(this.request.sigkillAfterMs ?? SIGKILL_AFTER_MS, () => {
        this.signal('SIGKILL')
      })
    })
  }

  private readonly onKill = (): void => {
    if (this.exit !== undefined) {
      // Already exited and draining an orphan's pipe: a hard stop must not wait for it.
      this.finish()
      return
    }
    this.cancelled = true
    this.clearTimers()
    this.signal('SIGKILL')
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exit = { code, signal, at: performance.now() }
    this.request.cancelSignal?.removeEventListener('abort', this.onCancel)
    this.clearTimers()
    if (this.leader !== undefined) {
      this.tracker.exited(this.leader)
      // A cancelled step is over: what is left of its group are orphans the runner would kill at
      // job end. After a normal exit the group is left alone: daemons are meant to outlive a step.
      if (this.cancelled) signalGroup(this.leader, 'SIGKILL')
    }
    if (this.openStreams === 0) {
      this.finish()
      return
    }
    // 'exit' can precede the last output, and a grandchild may hold the pipes for ever:
    // read until both pipes close, but no longer than the runner would.
    this.after(this.request.drainAfterExitMs ?? DEFAULT_DRAIN_AFTER_EXIT_MS, () => this.finish())
  }

  private finish(): void {
    if (this.settled || this.exit === undefined) return
    this.settled = true
    this.clearTimers()
    this.request.killSignal?.removeEventListener('abort', this.onKill)
    for (const stream of this.streams) stream.destroy()
    for (const decoder of this.decoders) decoder.end()
    this.resolve({
      exitCode: this.exit.code,
      signal: this.exit.signal,
      cancelled: this.cancelled,
      durationMs: this.exit.at - this.startedAt,
      outputClosed: this.openStreams === 0
    })
  }

  private settleWithSpawnError(error: unknown): void {
    if (this.settled) return
    this.settled = true
    for (const stream of this.streams) stream.destroy()
    this.resolve({
      exitCode: null,
      signal: null,
      cancelled: false,
      spawnError: describeSpawnError(this.request, error),
      durationMs: performance.now() - this.startedAt,
      outputClosed: true
    })
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.leader !== undefined) signalGroup(this.leader, signal)
  }

  private after(delayMs: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      action()
    }, delayMs)
    this.timers.add(timer)
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }
}

/** Signals a whole process group; a group that is already gone is not an error. */
function signalGroup(leader: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-leader, signal)
  } catch (error) {
    if (errorCode(error) === 'ESRCH') return
    // EPERM for the group as a whole: still reach the leader if we may.
    try {
      process.kill(leader, signal)
    } catch {
      // Gone, or not ours to signal: nothing more we can do.
    }
  }
}

// strerror texts for the errors a start can fail with, as .NET prints them on Linux.
const START_ERROR_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  ENOTDIR: 'Not a directory',
  ENOEXEC: 'Exec format error',
  E2BIG: 'Argument list too long',
  EAGAIN: 'Resource temporarily unavailable',
  EMFILE: 'Too many open files',
  ENFILE: 'Too many open files in system',
  ENOMEM: 'Cannot allocate memory'
}

/** The runner's (.NET `Process.Start`) message for a process that could not be started. */
function describeSpawnError(request: SpawnRequest, error: unknown): string {
  const code = errorCode(error)
  const reason =
    code !== undefined && Object.hasOwn(START_ERROR_TEXT, code)
      ? START_ERROR_TEXT[code]
      : error instanceof Error
        ? error.message
        : String(error)
  return `An error occurred trying to start process '${request.file}' with working directory '${request.cwd}'. ${reason}`
}

function ignore(): void {}
