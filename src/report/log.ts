/**
 * The log multiplexer: the only writer of our stdout while the step list runs.
 *
 * GitHub cannot nest or interleave `::group::` blocks (docs/runner-emulation.md §7.2), and
 * everything we print is parsed by the outer runner as *our* step's workflow commands. So:
 * - `grouped` (log-grouped.ts): a live (foreground) step streams inside its own group; a buffered
 *   step (background, control) is printed as one contiguous group when it ends, once no group
 *   is open. Between groups, one-line progress events (queued, started, finished).
 * - While the main loop waits for background steps (`follow`), the first of them that has
 *   output streams live: its group opens with what it printed so far and stays open until it
 *   ends; then the next one that runs and has output takes over. The others stay buffered.
 * - When nothing has been printed for a while and no group is open, a heartbeat line says what
 *   still runs (log-heartbeat.ts).
 * - `prefixed` (log-prefixed.ts): every line is printed at once behind an aligned step label.
 * - Our warnings about a step reported before it printed anything go before its group (or its
 *   heading inside a composite): the runner logs ActionRunner's and HandlerFactory's warnings
 *   (unexpected or deprecated inputs, the node version) before the step's `Run …` header group.
 * - A nested line the runner could obey is fenced with an unguessable stop-commands token.
 * - A mask is written at once, before any later line of any step (buffered lines included).
 * - Buffered output spills to a temp file past a small threshold, so memory stays bounded.
 * - When the run ends with steps still running (the cancellation backstop, a crash of ours),
 *   `flushUnfinished` prints what each of them holds: no line a step printed is lost.
 */
import { formatCommand } from '../runner/command-syntax.js'
import { BatchedWriter, FencedText, SpillBuffer } from './log-buffers.js'
import { BufferedLog, LiveLog } from './log-grouped.js'
import { Heartbeat, HEARTBEAT_MS, type RunningStep } from './log-heartbeat.js'
import { PrefixedLog, stepLabel } from './log-prefixed.js'
import type {
  GroupOwner,
  LogMode,
  LogOptions,
  LogSink,
  OpenedStepLog,
  StepLogOptions,
  StepLogs,
  Streamable,
  TrackedLog
} from './log-types.js'

export { ChildLogs } from './log-children.js'
export type {
  Annotation,
  HeaderKind,
  LogMode,
  LogOptions,
  OpenedStepLog,
  StepLog,
  StepLogOptions,
  StepLogs
} from './log-types.js'

/** Serialises all output; see the module comment for the rules. */
export class LogMultiplexer implements StepLogs, LogSink {
  readonly mode: LogMode
  readonly out: BatchedWriter
  /** Fence state of what is printed directly (live groups, events). */
  private readonly direct: FencedText
  /** The log whose group is open (a live step from its start, or a streaming one). */
  private owner: GroupOwner | undefined
  /** What waits for the open group to close, in order. */
  private readonly waiting: Array<() => void> = []
  /** The steps the main loop waits for, in its order. */
  private followed: readonly Streamable[] = []
  /** Every log opened and not ended yet. */
  private readonly tracked = new Set<TrackedLog>()
  private readonly heartbeat: Heartbeat
  private labels = 0

  constructor(private readonly options: LogOptions) {
    this.mode = options.mode
    this.out = new BatchedWriter(options.write)
    this.direct = new FencedText(this.out)
    this.heartbeat = new Heartbeat(options.heartbeatMs ?? HEARTBEAT_MS, () => this.now(), {
      printed: () => this.out.written,
      canPrint: () => this.owner === undefined && this.waiting.length === 0,
      running: () => this.running(),
      print: (line) => this.direct.text(line)
    })
  }

  /** Opens the log of one step. */
  open(options: StepLogOptions): OpenedStepLog {
    let log: LiveLog | BufferedLog | PrefixedLog
    if (this.mode === 'prefixed') {
      const width = this.options.labelWidth ?? Infinity
      const label = stepLabel(options.title, width, this.options.colour ?? false, this.labels++)
      log = new PrefixedLog(this, options, label)
    } else if (options.live) {
      // Never two groups at once: a step still streaming (none should, outside a wait) yields.
      this.interruptStream()
      // The group line itself waits for the step's first line (see LiveLog).
      log = new LiveLog(this, options)
      this.owner = log
    } else log = new BufferedLog(this, options)
    this.tracked.add(log)
    return log
  }

  /** A one-line event outside any group (progress). Held back while a group is open. */
  event(line: string): void {
    this.whenNoGroup(() => this.direct.text(line))
  }

  follow(logs: readonly OpenedStepLog[]): void {
    if (this.mode !== 'grouped') return
    this.followed = logs.filter((log): log is BufferedLog => log instanceof BufferedLog)
    if (this.owner === undefined) this.streamNext()
  }

  unfollow(): void {
    this.followed = []
    this.interruptStream()
  }

  /**
   * Our own debug line (`::debug::`, shown with step debug), in order with everything else we
   * print: a line `core.debug` wrote straight to stdout could land inside a group still batched.
   * Held back, as an event is, while a group is open: a waited step that streams keeps its group
   * open until it ends, and the coordinator's "finished" decision comes before the group closes.
   */
  debug(message: string): void {
    this.whenNoGroup(() => this.direct.command(formatCommand('debug', {}, message)))
  }

  /** Writes everything collected; call before anything else writes to stdout. */
  flush(): void {
    this.direct.close()
    this.out.flush()
  }

  /**
   * The run ends with steps still running (the cancellation backstop, a crash of ours): an open
   * group is closed, and every log not ended is printed now — a buffered one as a group titled
   * `⛔ <title> (<reason>)` — then everything is written out.
   */
  flushUnfinished(reason: string): void {
    const owner = this.owner
    this.owner = undefined
    owner?.closeUnfinished(reason)
    this.drainWaiting()
    for (const log of [...this.tracked]) log.flushUnfinished(reason)
    this.followed = []
    this.heartbeat.stop()
    this.flush()
  }

  // ------------------------------------------------------------------------------------------
  // The sink the step logs write through (LogSink)

  now(): number {
    return (this.options.now ?? Date.now)()
  }

  writeText(line: string): void {
    this.direct.text(line)
  }

  writeTextBytes(block: Buffer): void {
    this.direct.textBytes(block)
  }

  writeLineBytes(lines: Buffer): void {
    this.direct.lineBytes(lines)
  }

  writeCommand(line: string): void {
    this.direct.command(line)
  }

  newBuffer(): SpillBuffer {
    return new SpillBuffer(this.options.spillDir, this.options.memoryBytes ?? 256 * 1024)
  }

  whenNoGroup(print: () => void): void {
    if (this.owner !== undefined) this.waiting.push(print)
    else print()
  }

  groupClosed(owner: GroupOwner): void {
    if (this.owner !== owner) return
    this.owner = undefined
    this.drainWaiting()
    this.streamNext()
  }

  outputArrived(log: Streamable): void {
    if (this.owner === undefined && this.followed.includes(log)) this.stream(log)
  }

  began(): void {
    this.heartbeat.update(true)
  }

  ended(log: TrackedLog): void {
    this.tracked.delete(log)
    this.heartbeat.update([...this.tracked].some((other) => other.startedAt !== undefined))
  }

  // ------------------------------------------------------------------------------------------

  /** Prints what waited for the open group, in order, until a group opens again. */
  private drainWaiting(): void {
    while (this.owner === undefined && this.waiting.length > 0) this.waiting.shift()!()
  }

  /** The first followed step that runs and has output takes the group. */
  private streamNext(): void {
    const next = this.followed.find((log) => log.canStream())
    if (next) this.stream(next)
  }

  private stream(log: Streamable): void {
    this.owner = log
    log.startStream()
  }

  /** Closes a streaming group early (its step goes on buffered) and prints what waited. */
  private interruptStream(): void {
    const owner = this.owner
    if (owner?.stopStream === undefined) return
    owner.stopStream()
    this.owner = undefined
    this.drainWaiting()
  }

  private running(): RunningStep[] {
    const steps: RunningStep[] = []
    for (const log of this.tracked) {
      if (log.startedAt === undefined) continue
      steps.push({ title: log.title, startedAt: log.startedAt, lines: log.lineCount() })
    }
    return steps
  }
}
