/**
 * The two kinds of step log in grouped mode. A live (foreground) step streams inside its own
 * group. A buffered (background or control) step collects its lines in a spill buffer and is
 * printed as one group when it ends — unless the main loop waits for it: then it may stream, its
 * group opening with what it printed so far and staying open until it ends (the multiplexer
 * decides when, see log.ts). One group is open at a time, so groups never nest or interleave.
 */
import { formatCommand } from '../runner/command-syntax.js'
import { FencedText, type SpillBuffer } from './log-buffers.js'
import { BaseLog } from './log-step.js'
import { unfinishedTitle } from './log-titles.js'
import type { GroupOwner, LogSink, StepLogOptions, Streamable } from './log-types.js'

const groupLine = (title: string): string => formatCommand('group', {}, title)
const END_GROUP = formatCommand('endgroup', {}, '')

/**
 * A foreground step: streams inside its group as lines arrive. The `::group::` line is printed
 * with the step's first line, so that warnings reported before it (the runner's input warnings)
 * come ahead of the group; the multiplexer holds other output back from the moment it opened.
 */
export class LiveLog extends BaseLog implements GroupOwner {
  private groupOpen = false

  protected override firstLine(): void {
    this.sink.writeCommand(groupLine(this.options.title))
    this.groupOpen = true
  }

  protected writeText(line: string): void {
    this.sink.writeText(line)
  }

  protected writeTextBytes(block: Buffer): void {
    this.sink.writeTextBytes(block)
  }

  protected emitCommand(line: string): void {
    this.sink.writeCommand(line)
  }

  protected emitBeforeGroup(line: string): void {
    this.sink.writeCommand(line)
  }

  /** Closes the group; `title` (mark, name, duration) follows it as the "finished" event. */
  protected finish(title?: string): void {
    this.sink.writeCommand(END_GROUP)
    if (title) this.sink.writeText(title)
    this.sink.groupClosed(this)
  }

  /** Its lines are out already: a heartbeat never runs while its group is open. */
  lineCount(): undefined {
    return undefined
  }

  /** A foreground step is never abandoned: the main loop waits for it. */
  abandon(): void {}

  closeUnfinished(reason: string): void {
    if (this.over) return
    if (this.groupOpen) this.sink.writeCommand(END_GROUP)
    this.sink.writeText(unfinishedTitle(this.options.title, reason))
    this.close()
  }

  flushUnfinished(reason: string): void {
    this.closeUnfinished(reason)
  }
}

/** A background or control step: buffered (spilling to disk), printed as one group when it ends. */
export class BufferedLog extends BaseLog implements Streamable {
  private buffer: SpillBuffer
  private fence: FencedText
  /** Warnings that came before the step's first line: printed ahead of its group. */
  private before: string[] = []
  /** Its group is open and it prints live (the main loop waits for it). */
  private streaming = false
  /** A cancel's grace ended with it still running: what it held was printed then. */
  private abandoned = false
  private wroteAfterAbandon = false
  /** Lines of its own output printed at abandonment (no longer in the buffer). */
  private linesPrinted = 0

  constructor(sink: LogSink, options: StepLogOptions) {
    super(sink, options)
    this.buffer = sink.newBuffer()
    this.fence = new FencedText(this.buffer)
  }

  protected writeText(line: string): void {
    if (this.streaming) this.sink.writeText(line)
    else {
      this.wroteAfterAbandon = this.abandoned
      this.fence.text(line)
    }
  }

  protected writeTextBytes(block: Buffer): void {
    if (this.streaming) this.sink.writeTextBytes(block)
    else {
      this.wroteAfterAbandon = this.abandoned
      this.fence.textBytes(block)
    }
  }

  protected emitCommand(line: string): void {
    if (this.streaming) this.sink.writeCommand(line)
    else {
      this.wroteAfterAbandon = this.abandoned
      this.fence.command(line)
    }
  }

  protected emitBeforeGroup(line: string): void {
    this.before.push(line)
  }

  protected override firstOutput(): void {
    this.sink.outputArrived(this)
  }

  canStream(): boolean {
    return !this.over && !this.abandoned && !this.streaming && this.hasOutput
  }

  /** Opens its group with everything it printed so far; from now on its lines go out at once. */
  startStream(): void {
    this.fence.close()
    for (const line of this.before) this.sink.writeCommand(line)
    this.before = []
    this.sink.writeCommand(groupLine(this.options.title))
    this.buffer.replay(this.sink.out)
    this.streaming = true
  }

  stopStream(): void {
    if (!this.streaming) return
    this.sink.writeCommand(END_GROUP)
    this.streaming = false
  }

  protected finish(title?: string): void {
    if (this.streaming) {
      // As a foreground step's: the group closes, the finished title follows it.
      this.streaming = false
      this.sink.writeCommand(END_GROUP)
      if (title) this.sink.writeText(title)
      this.sink.groupClosed(this)
      return
    }
    this.fence.close()
    // An abandoned step's second group only if it printed anything after its grace.
    if (!this.abandoned || this.wroteAfterAbandon) this.printGroup(title ?? this.options.title)
  }

  lineCount(): number | undefined {
    if (this.streaming) return undefined
    return this.linesPrinted + this.buffer.lineFeeds() - this.fence.fenceLines - this.headerLines
  }

  /** R29.3: what it printed so far is printed now; the rest when it ends (see finish). */
  abandon(title: string): void {
    if (this.over || this.abandoned) return
    this.abandoned = true
    if (this.streaming) {
      this.streaming = false
      this.sink.writeCommand(END_GROUP)
      this.sink.writeText(title)
      this.sink.groupClosed(this)
      return
    }
    this.linesPrinted = this.lineCount() ?? 0
    this.fence.close()
    this.printGroup(title)
    this.buffer = this.sink.newBuffer()
    this.fence = new FencedText(this.buffer)
    this.headerLines = 0
  }

  closeUnfinished(reason: string): void {
    if (this.over || !this.streaming) return
    this.streaming = false
    this.sink.writeCommand(END_GROUP)
    this.sink.writeText(unfinishedTitle(this.options.title, reason))
    this.close()
  }

  flushUnfinished(reason: string): void {
    if (this.over) return
    if (this.streaming) {
      this.closeUnfinished(reason)
      return
    }
    this.fence.close()
    if (!this.abandoned) this.printGroup(unfinishedTitle(this.options.title, reason))
    else if (this.wroteAfterAbandon) {
      this.printGroup(unfinishedTitle(`${this.options.title} — output after the grace`, reason))
    }
    this.close()
  }

  /** Prints what it holds as one group, after the warnings that came before its first line. */
  private printGroup(title: string): void {
    const { buffer, before } = this
    this.before = []
    this.sink.whenNoGroup(() => {
      for (const line of before) this.sink.writeCommand(line)
      this.sink.writeCommand(groupLine(title))
      buffer.replay(this.sink.out)
      this.sink.writeCommand(END_GROUP)
    })
  }
}
