/**
 * The log multiplexer: the only writer of our stdout while the step list runs.
 *
 * GitHub cannot nest or interleave `::group::` blocks (spec/anchors.md §0, style-anchors §4.6), and
 * everything we print is parsed by the outer runner as *our* step's workflow commands. So:
 * - `grouped`: a live (foreground) step streams inside its own group; a buffered step (background,
 *   control) is printed as one contiguous group when it ends, after any open group has closed.
 *   Between groups, one-line progress events (queued, started, finished).
 * - `prefixed`: every line is printed at once with an aligned step label.
 * - Our warnings about a step reported before it printed anything go before its group (or its
 *   heading inside a composite): the runner logs ActionRunner's and HandlerFactory's warnings
 *   (unexpected or deprecated inputs, the node version) before the step's `Run …` header group.
 * - A nested line the runner could obey is fenced with an unguessable stop-commands token.
 * - A mask is written at once, before any later line of any step (buffered lines included).
 * - Buffered output spills to a temp file past a small threshold, so memory stays bounded.
 */
import {
  formatCommand,
  parseWorkflowCommand,
  textMayHoldCommand
} from '../runner/workflow-commands.js'
import { BatchedWriter, FencedText, LinePrefixer, SpillBuffer } from './log-buffers.js'

export type LogMode = 'grouped' | 'prefixed'

/** An annotation a step produced (its own or ours about it). */
export interface Annotation {
  kind: 'error' | 'warning' | 'notice'
  message: string
  properties: Record<string, string>
}

/** What a step writes to the log. */
export interface StepLog {
  /** A line of the step's output: shown as text, never obeyed as a command. */
  text(line: string): void
  /** Whole lines as bytes, joined by `\n`, that the caller checked cannot hold a command (bytesMayHoldCommand). */
  textBytes(block: Buffer): void
  /** A workflow command for the outer runner (annotation, debug, matcher), kept in order with the text. */
  command(line: string): void
  /** Our own annotation for this step (e.g. `Process completed with exit code 1.`). */
  error(message: string): void
  /**
   * Our own warning about the step. Before anything else of the step is printed, it goes ahead
   * of the step's group or heading, where the runner logs its warnings about a step it is
   * about to start (`ActionRunner`: input warnings come before `PrintActionDetails`).
   */
  warning(message: string): void
  /** Registers a secret at once, ahead of anything still buffered. */
  mask(value: string): void
  /** Ends the step's log; a buffered group is printed now (or once no live group is open). */
  end(title?: string): void
}

export interface StepLogOptions {
  /** Group title (the step's display name). */
  title: string
  /** Stream live (foreground) or buffer until the end (background, control). */
  live: boolean
  /** Called for every annotation the step produces (the summary lists those beyond the runner's cap). */
  onAnnotation?: (annotation: Annotation) => void
}

/** What the main loop needs from a log: a log per step, and one-line events between them. */
export interface StepLogs {
  open(options: StepLogOptions): StepLog
  event(line: string): void
}

export interface LogOptions {
  mode: LogMode
  /** Where our output goes (writeStdout in the action: synchronous); latin1 strings carry raw
   * bytes. It must be done with a chunk when it returns: buffers are reused. */
  write: (chunk: string | Buffer) => void
  /** Folder for spilled buffers (under RUNNER_TEMP). */
  spillDir: string
  /** Bytes a buffered step keeps in memory before spilling. */
  memoryBytes?: number
  /** Colour the prefixed-mode labels (off with NO_COLOR). */
  colour?: boolean
  /** Width labels are padded to in prefixed mode. */
  labelWidth?: number
}

const ANNOTATION_KINDS = new Set(['error', 'warning', 'notice'])
/** A regular expression beats replaceAll for this on V8 (measured: ~35 vs ~55 ms for 14 MB). */
const LABEL_COLOURS = [36, 33, 35, 32, 34, 91, 96, 93, 95, 92]
const MAX_LABEL_WIDTH = 24

/** Serialises all output; see the module comment for the rules. */
export class LogMultiplexer implements StepLogs {
  readonly mode: LogMode
  private readonly out: BatchedWriter
  /** Fence state of what is printed directly (live groups, events). */
  private readonly direct: FencedText
  private liveOpen = false
  private readonly waiting: Array<() => void> = []
  private labels = 0

  constructor(private readonly options: LogOptions) {
    this.mode = options.mode
    this.out = new BatchedWriter(options.write)
    this.direct = new FencedText(this.out)
  }

  /** Opens the log of one step. */
  open(options: StepLogOptions): StepLog {
    if (this.mode === 'prefixed') return new PrefixedLog(this, options, this.label(options.title))
    if (options.live) {
      // The group line itself waits for the step's first line (see LiveLog).
      this.liveOpen = true
      return new LiveLog(this, options)
    }
    return new BufferedLog(this, options)
  }

  /** A one-line event outside any group (progress). Held back while a live group is open. */
  event(line: string): void {
    if (this.liveOpen) this.waiting.push(() => this.direct.text(line))
    else this.direct.text(line)
  }

  /** Writes everything collected; call before anything else writes to stdout. */
  flush(): void {
    this.direct.close()
    this.out.flush()
  }

  /** @internal */
  writeText(line: string): void {
    this.direct.text(line)
  }

  /** @internal */
  writeTextBytes(block: Buffer): void {
    this.direct.textBytes(block)
  }

  /** @internal Whole lines as bytes with their final `\n`, already checked; reusable after the call. */
  writeLineBytes(lines: Buffer): void {
    this.direct.lineBytes(lines)
  }

  /** @internal */
  writeCommand(line: string): void {
    this.direct.command(line)
  }

  /** @internal The live group closed: print whatever waited for it. */
  liveClosed(): void {
    this.liveOpen = false
    while (!this.liveOpen && this.waiting.length > 0) this.waiting.shift()!()
  }

  /**
   * @internal A buffered group is complete: print it, after the warnings that came before its
   * first line, now or once the live group closes.
   */
  groupReady(title: string, buffer: SpillBuffer, before: readonly string[]): void {
    const print = (): void => {
      for (const line of before) this.direct.command(line)
      this.direct.command(formatCommand('group', {}, title))
      buffer.replay(this.out)
      this.direct.command(formatCommand('endgroup', {}, ''))
    }
    if (this.liveOpen) this.waiting.push(print)
    else print()
  }

  /** @internal */
  newBuffer(): SpillBuffer {
    return new SpillBuffer(this.options.spillDir, this.options.memoryBytes ?? 256 * 1024)
  }

  private label(title: string): string {
    const width = Math.min(this.options.labelWidth ?? MAX_LABEL_WIDTH, MAX_LABEL_WIDTH)
    const text = title.length > width ? title.slice(0, width - 1) + '…' : title.padEnd(width)
    if (!this.options.colour) return `[${text}] `
    const colour = LABEL_COLOURS[this.labels++ % LABEL_COLOURS.length]
    return `\u001b[${colour}m[${text}]\u001b[0m `
  }
}

/**
 * Shared behaviour: annotations become commands and are reported; masks go straight out; a
 * warning before the step's first line goes before its group.
 */
abstract class BaseLog implements StepLog {
  /** Whether anything but a warning or a mask was written (the group, or its heading, is out). */
  private started = false

  constructor(
    protected readonly mux: LogMultiplexer,
    protected readonly options: StepLogOptions
  ) {}

  protected abstract writeText(line: string): void
  protected abstract writeTextBytes(block: Buffer): void
  protected abstract emitCommand(line: string): void
  /** Writes a warning that came before the step's first line, ahead of its group. */
  protected abstract emitBeforeGroup(line: string): void
  /** Called once, before the step's first line: a live group prints its `::group::` line. */
  protected begin(): void {}
  protected abstract finish(title?: string): void

  text(line: string): void {
    this.start()
    this.writeText(line)
  }

  textBytes(block: Buffer): void {
    this.start()
    this.writeTextBytes(block)
  }

  command(line: string): void {
    this.start()
    this.report(line)
    this.emitCommand(line)
  }

  error(message: string): void {
    this.command(formatCommand('error', {}, message))
  }

  warning(message: string): void {
    const line = formatCommand('warning', {}, message)
    if (this.started) {
      this.command(line)
      return
    }
    this.report(line)
    this.emitBeforeGroup(line)
  }

  mask(value: string): void {
    this.mux.writeCommand(formatCommand('add-mask', {}, value))
  }

  end(title?: string): void {
    // A step that printed nothing still shows its (empty) group.
    this.start()
    this.finish(title)
  }

  private start(): void {
    if (this.started) return
    this.started = true
    this.begin()
  }

  private report(line: string): void {
    if (!this.options.onAnnotation) return
    const parsed = parseWorkflowCommand(line)
    const kind = parsed?.name.toLowerCase()
    if (parsed && kind && ANNOTATION_KINDS.has(kind)) {
      this.options.onAnnotation({
        kind: kind as Annotation['kind'],
        message: parsed.data,
        properties: Object.fromEntries(parsed.properties)
      })
    }
  }
}

/**
 * A foreground step: streams inside its group as lines arrive. The `::group::` line is printed
 * with the step's first line, so that warnings reported before it (the runner's input warnings)
 * come ahead of the group; the multiplexer holds other output back from the moment it opened.
 */
class LiveLog extends BaseLog {
  private closed = false

  protected override begin(): void {
    this.mux.writeCommand(formatCommand('group', {}, this.options.title))
  }

  protected writeText(line: string): void {
    this.mux.writeText(line)
  }

  protected writeTextBytes(block: Buffer): void {
    this.mux.writeTextBytes(block)
  }

  protected emitCommand(line: string): void {
    this.mux.writeCommand(line)
  }

  protected emitBeforeGroup(line: string): void {
    this.mux.writeCommand(line)
  }

  /** Closes the group; `title` (mark, name, duration) follows it as the "finished" event. */
  protected finish(title?: string): void {
    if (this.closed) return
    this.closed = true
    this.mux.writeCommand(formatCommand('endgroup', {}, ''))
    if (title) this.mux.writeText(title)
    this.mux.liveClosed()
  }
}

/** A background or control step: buffered (spilling to disk), printed as one group when it ends. */
class BufferedLog extends BaseLog {
  private readonly buffer: SpillBuffer
  private readonly fence: FencedText
  /** Warnings that came before the step's first line: printed ahead of its group. */
  private readonly before: string[] = []
  private done = false

  constructor(mux: LogMultiplexer, options: StepLogOptions) {
    super(mux, options)
    this.buffer = mux.newBuffer()
    this.fence = new FencedText(this.buffer)
  }

  protected writeText(line: string): void {
    if (!this.done) this.fence.text(line)
  }

  protected writeTextBytes(block: Buffer): void {
    if (!this.done) this.fence.textBytes(block)
  }

  protected emitCommand(line: string): void {
    if (!this.done) this.fence.command(line)
  }

  protected emitBeforeGroup(line: string): void {
    if (!this.done) this.before.push(line)
  }

  protected finish(title?: string): void {
    if (this.done) return
    this.done = true
    this.fence.close()
    this.mux.groupReady(title ?? this.options.title, this.buffer, this.before)
  }
}

/** Prefixed mode: every line at once, labelled; with no group, a warning is simply printed. */
class PrefixedLog extends BaseLog {
  constructor(
    mux: LogMultiplexer,
    options: StepLogOptions,
    private readonly prefix: string
  ) {
    super(mux, options)
    this.safePrefix = !textMayHoldCommand(prefix)
    this.prefixer = new LinePrefixer(Buffer.from(prefix, 'utf8'))
  }

  private readonly safePrefix: boolean
  private readonly prefixer: LinePrefixer

  protected writeText(line: string): void {
    // Every piece the runner will read as a line gets the label.
    if (line.includes('\n') || line.includes('\r')) {
      for (const piece of line.split(/\r\n|\r|\n/)) this.mux.writeText(this.prefix + piece)
      return
    }
    this.mux.writeText(this.prefix + line)
  }

  protected writeTextBytes(block: Buffer): void {
    // A label that could itself look like a command falls back to the checked per-line path.
    if (!this.safePrefix) {
      for (const line of block.toString('utf8').split('\n')) this.writeText(line)
      return
    }
    this.mux.writeLineBytes(this.prefixer.apply(block))
  }

  protected emitCommand(line: string): void {
    this.mux.writeCommand(line)
  }

  protected emitBeforeGroup(line: string): void {
    this.mux.writeCommand(line)
  }

  protected finish(title?: string): void {
    if (title) this.mux.writeText(this.prefix + title)
  }
}

/**
 * The logs of a composite action's own steps, written into the composite step's log: GitHub
 * cannot nest groups, so each inner step is a `▶ <title>` heading inside the outer group. Live
 * steps stream; buffered ones (background, control) are replayed when they end.
 */
export class ChildLogs implements StepLogs {
  constructor(private readonly parent: StepLog) {}

  open(options: StepLogOptions): StepLog {
    return options.live
      ? new ChildLiveLog(this.parent, options)
      : new ChildBufferedLog(this.parent, options)
  }

  event(line: string): void {
    this.parent.text(line)
  }
}

/**
 * Forwards an inner step's lines to the parent log; annotations still reach the summary. The
 * `▶ <title>` heading is printed with the step's first line, so that warnings reported before
 * it come ahead of the heading, as ahead of a top-level step's group.
 */
class ChildLiveLog implements StepLog {
  private started = false

  constructor(
    protected readonly parent: StepLog,
    protected readonly options: StepLogOptions
  ) {}

  text(line: string): void {
    this.start()
    this.parent.text(line)
  }

  textBytes(block: Buffer): void {
    this.start()
    this.parent.textBytes(block)
  }

  command(line: string): void {
    this.start()
    this.parent.command(line)
  }

  error(message: string): void {
    this.command(formatCommand('error', {}, message))
  }

  warning(message: string): void {
    // Before this step's first line the heading is not out yet: the warning comes ahead of it.
    this.parent.command(formatCommand('warning', {}, message))
  }

  mask(value: string): void {
    this.parent.mask(value)
  }

  end(title?: string): void {
    this.start()
    if (title) this.parent.text(title)
  }

  private start(): void {
    if (this.started) return
    this.started = true
    this.parent.text(`▶ ${this.options.title}`)
  }
}

/** An inner background or control step: kept until it ends, then written under its title. */
class ChildBufferedLog extends ChildLiveLog {
  private before: string[] = []
  private entries: Array<
    { kind: 'text' | 'command'; value: string } | { kind: 'bytes'; value: Buffer }
  > = []

  override text(line: string): void {
    this.entries.push({ kind: 'text', value: line })
  }

  override textBytes(block: Buffer): void {
    this.entries.push({ kind: 'bytes', value: block })
  }

  override command(line: string): void {
    this.entries.push({ kind: 'command', value: line })
  }

  override warning(message: string): void {
    if (this.entries.length > 0) this.command(formatCommand('warning', {}, message))
    else this.before.push(message)
  }

  override end(title?: string): void {
    for (const message of this.before) this.parent.command(formatCommand('warning', {}, message))
    this.parent.text(`▶ ${title ?? this.options.title}`)
    for (const entry of this.entries) {
      if (entry.kind === 'bytes') this.parent.textBytes(entry.value)
      else if (entry.kind === 'text') this.parent.text(entry.value)
      else this.parent.command(entry.value)
    }
    this.before = []
    this.entries = []
  }
}
