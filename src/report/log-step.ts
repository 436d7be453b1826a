/**
 * What every top-level step log does whatever the mode (log-grouped.ts, log-prefixed.ts):
 * annotations become commands and are reported to the record (unlabelled); a mask goes straight
 * out; a warning before the step's first line goes before its group; the runner-style header is
 * told apart from the step's own output (step-header.ts), which alone feeds the output tail and
 * the "has it printed anything" the streamed groups and the heartbeat go by; nothing is written
 * after the log has ended.
 */
import { formatCommand, parseWorkflowCommand } from '../runner/command-syntax.js'
import { OutputTail } from './log-tail.js'
import type { Annotation, LogSink, OpenedStepLog, StepLogOptions, TrackedLog } from './log-types.js'
import { HeaderReader } from './step-header.js'

const ANNOTATION_KINDS = new Set(['error', 'warning', 'notice'])

export abstract class BaseLog implements OpenedStepLog, TrackedLog {
  /** Whether anything but a warning or a mask was written (the group, or its heading, is out). */
  private started = false
  /** Ended (or flushed unfinished): later lines are dropped. */
  protected over = false
  private begunAt: number | undefined
  private readonly header: HeaderReader | undefined
  /** Lines of the header so far (written like output, but not the step's own). */
  protected headerLines = 0
  /** Whether the step printed a line of its own output yet. */
  protected hasOutput = false
  private readonly outputTail = new OutputTail()

  constructor(
    protected readonly sink: LogSink,
    protected readonly options: StepLogOptions
  ) {
    this.header = options.header ? new HeaderReader(options.header) : undefined
  }

  get title(): string {
    return this.options.title
  }

  get startedAt(): number | undefined {
    return this.begunAt
  }

  protected abstract writeText(line: string): void
  protected abstract writeTextBytes(block: Buffer): void
  protected abstract emitCommand(line: string): void
  /** Writes a warning that came before the step's first line, ahead of its group. */
  protected abstract emitBeforeGroup(line: string): void
  /** Called once, before the step's first line: a live group prints its `::group::` line. */
  protected firstLine(): void {}
  /** Called once, at the step's first line of output of its own (not its header). */
  protected firstOutput(): void {}
  protected abstract finish(title?: string): void
  abstract lineCount(): number | undefined
  abstract abandon(title: string): void
  abstract flushUnfinished(reason: string): void

  begin(): void {
    if (this.begunAt !== undefined || this.over) return
    this.begunAt = this.sink.now()
    this.sink.began(this)
  }

  tail(): string[] {
    return this.outputTail.read()
  }

  text(line: string): void {
    if (this.over) return
    this.start()
    if (this.header?.isHeader(line)) this.headerLines += pieces(line)
    else {
      this.outputTail.text(line)
      this.output()
    }
    this.writeText(line)
  }

  textBytes(block: Buffer): void {
    if (this.over) return
    this.start()
    this.header?.outputBegan()
    this.outputTail.bytes(block)
    this.output()
    this.writeTextBytes(block)
  }

  command(line: string): void {
    if (this.over) return
    this.start()
    this.header?.outputBegan()
    this.output()
    this.report(line)
    this.emitCommand(line)
  }

  error(message: string): void {
    this.command(formatCommand('error', {}, message))
  }

  warning(message: string): void {
    if (this.over) return
    const line = formatCommand('warning', {}, message)
    if (this.started) {
      this.command(line)
      return
    }
    this.report(line)
    this.emitBeforeGroup(line)
  }

  mask(value: string): void {
    this.sink.writeCommand(formatCommand('add-mask', {}, value))
  }

  end(title?: string): void {
    if (this.over) return
    // A step that printed nothing still shows its (empty) group.
    this.start()
    // Over before the group closes: the next followed step takes the group, not this one.
    this.over = true
    this.finish(title)
    this.sink.ended(this)
  }

  /** The log is over without `end` (the run is ending): no more lines, no more tracking. */
  protected close(): void {
    this.over = true
    this.sink.ended(this)
  }

  private start(): void {
    if (this.started) return
    this.started = true
    this.firstLine()
  }

  private output(): void {
    if (this.hasOutput) return
    this.hasOutput = true
    this.firstOutput()
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

/** How many lines the runner reads in `line` (it breaks at `\n`, `\r\n` and a lone `\r`). */
export function pieces(line: string): number {
  return line.includes('\n') || line.includes('\r') ? line.split(/\r\n|\r|\n/).length : 1
}
