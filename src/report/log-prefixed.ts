/**
 * A step's log in prefixed mode: every line printed at once behind the step's aligned label,
 * our own lines about it too. An annotation must start with `::` to be a command, so no label
 * can go before it: the label goes at the start of its message instead
 * (`::error::[Build] Process completed with exit code 3.`) — for our annotations and for the
 * step's own forwarded ones alike, since with every step's lines interleaved (and every
 * annotation shown on our one step in the run's annotation list) the label is the only thing
 * saying which step it belongs to. The record keeps the message as written (log-step.ts).
 */
import { textMayHoldCommand } from '../runner/command-fence.js'
import { formatCommand, parseWorkflowCommand } from '../runner/command-syntax.js'
import { LinePrefixer } from './log-buffers.js'
import { BaseLog, pieces } from './log-step.js'
import { unfinishedTitle } from './log-titles.js'
import type { LogSink, StepLogOptions } from './log-types.js'

/** Commands whose message the runner shows as a line of the log: they get the label. */
const LABELLED_COMMANDS = new Set(['error', 'warning', 'notice', 'debug'])

/** ANSI foreground colours the labels take in turn, so neighbouring steps differ. */
const LABEL_COLOURS = [36, 33, 35, 32, 34, 91, 96, 93, 95, 92]
/** Labels fit the longest step name up to this width; a longer name is cut with `…`. */
export const MAX_LABEL_WIDTH = 40

/** The `[name]` label of the `index`-th step: padded to `width`, coloured when allowed. */
export function stepLabel(title: string, width: number, colour: boolean, index: number): string {
  const fit = Math.max(1, Math.min(width, MAX_LABEL_WIDTH))
  const text = title.length > fit ? title.slice(0, fit - 1) + '…' : title.padEnd(fit)
  if (!colour) return `[${text}] `
  const code = LABEL_COLOURS[index % LABEL_COLOURS.length]
  return `\u001b[${code}m[${text}]\u001b[0m `
}

/** `line` with `[title] ` at the start of its message, if it is a command shown as a line. */
export function labelCommand(line: string, title: string): string {
  const parsed = parseWorkflowCommand(line)
  if (!parsed || !LABELLED_COMMANDS.has(parsed.name.toLowerCase())) return line
  return formatCommand(
    parsed.name,
    Object.fromEntries(parsed.properties),
    `[${title}] ${parsed.data}`
  )
}

export class PrefixedLog extends BaseLog {
  private readonly safePrefix: boolean
  private readonly prefixer: LinePrefixer
  /** Lines written as text (header included) and commands: with the prefixer's, all its lines. */
  private textLines = 0

  constructor(
    sink: LogSink,
    options: StepLogOptions,
    private readonly prefix: string
  ) {
    super(sink, options)
    this.safePrefix = !textMayHoldCommand(prefix)
    this.prefixer = new LinePrefixer(Buffer.from(prefix, 'utf8'))
  }

  protected writeText(line: string): void {
    // Every piece the runner will read as a line gets the label.
    if (line.includes('\n') || line.includes('\r')) {
      for (const piece of line.split(/\r\n|\r|\n/)) this.sink.writeText(this.prefix + piece)
    } else this.sink.writeText(this.prefix + line)
    this.textLines += pieces(line)
  }

  protected writeTextBytes(block: Buffer): void {
    // A label that could itself look like a command falls back to the checked per-line path.
    if (!this.safePrefix) {
      for (const line of block.toString('utf8').split('\n')) this.writeText(line)
      return
    }
    this.sink.writeLineBytes(this.prefixer.apply(block))
  }

  protected emitCommand(line: string): void {
    this.textLines++
    this.sink.writeCommand(labelCommand(line, this.options.title))
  }

  /** With no group, a warning before the first line is simply printed (labelled). */
  protected emitBeforeGroup(line: string): void {
    this.sink.writeCommand(labelCommand(line, this.options.title))
  }

  protected finish(title?: string): void {
    if (title) this.sink.writeText(this.prefix + title)
  }

  lineCount(): number {
    return this.textLines + this.prefixer.labelled - this.headerLines
  }

  /** R29.3: its lines are out already; one labelled line says what happened. */
  abandon(title: string): void {
    if (!this.over) this.sink.writeText(this.prefix + title)
  }

  flushUnfinished(reason: string): void {
    if (this.over) return
    this.sink.writeText(this.prefix + unfinishedTitle(this.options.title, reason))
    this.close()
  }
}
