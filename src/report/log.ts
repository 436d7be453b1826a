/**
 * The log multiplexer: the only writer of our stdout while the step list runs.
 *
 * GitHub cannot nest or interleave `::group::` blocks (spec/anchors.md §0, style-anchors §4.6), and
 * everything we print is parsed by the outer runner as *our* step's workflow commands. So:
 * - `grouped`: a live step streams inside its own group; a buffered step (background, control)
 *   is printed as one contiguous group when it ends, after any open group has closed.
 * - `prefixed`: every line is printed at once with a step label.
 * - A nested line the runner could obey is wrapped in a stop-commands fence with an unguessable token.
 * - A mask is forwarded at once, before any later line of any step is printed.
 */
import { fenceLines, formatCommand, looksLikeCommand } from '../runner/workflow-commands.js'

export type LogMode = 'grouped' | 'prefixed'

/** What a step writes to the log. */
export interface StepLog {
  /** A line of the step's output: shown as text, never obeyed as a command. */
  text(line: string): void
  /** A workflow command for the outer runner (annotation, debug, matcher), kept in order with the text. */
  command(line: string): void
  /** Our own annotation for this step (e.g. `Process completed with exit code 1.`). */
  error(message: string): void
  warning(message: string): void
  /** Registers a secret at once, ahead of anything still buffered. */
  mask(value: string): void
  /** Ends the step's log; a buffered step's group is printed now (or as soon as no group is open). */
  end(title?: string): void
}

type Entry = { kind: 'text' | 'command'; line: string }

interface StepLogOptions {
  /** Group title (the step's display name). */
  title: string
  /** Stream live (foreground) or buffer until the end (background, control). */
  live: boolean
  /** Label for prefixed mode. */
  label?: string
}

/** Serialises all output; see the module comment for the rules. */
export class LogMultiplexer {
  private openGroup: BufferedLog | LiveLog | undefined
  private readonly pending: Array<{ title: string; entries: Entry[] }> = []

  constructor(
    private readonly write: (chunk: string) => void,
    readonly mode: LogMode = 'grouped'
  ) {}

  /** Opens the log of one step. */
  open(options: StepLogOptions): StepLog {
    if (this.mode === 'prefixed') return new PrefixedLog(this, options.label ?? options.title)
    if (options.live) {
      const log = new LiveLog(this, options.title)
      this.openGroup = log
      return log
    }
    return new BufferedLog(this, options.title)
  }

  /** A one-line event outside any group (progress). Held back while a live group is open. */
  event(line: string): void {
    if (this.openGroup) this.pending.push({ title: '', entries: [{ kind: 'text', line }] })
    else this.writeEntries([{ kind: 'text', line }])
  }

  /** @internal Prints entries, fencing runs of lines the runner could obey. */
  writeEntries(entries: readonly Entry[], prefix = ''): void {
    let out = ''
    let risky: string[] = []
    const flushRisky = (): void => {
      if (risky.length === 0) return
      out += fenceLines(risky).join('\n') + '\n'
      risky = []
    }
    for (const entry of entries) {
      const line = prefix + entry.line
      if (entry.kind === 'command') {
        flushRisky()
        out += entry.line + '\n'
      } else if (looksLikeCommand(line)) {
        risky.push(line)
      } else {
        flushRisky()
        out += line + '\n'
      }
    }
    flushRisky()
    if (out) this.write(out)
  }

  /** @internal */
  writeRaw(line: string): void {
    this.write(line + '\n')
  }

  /** @internal A buffered group is ready: print it now or after the open group closes. */
  groupReady(title: string, entries: Entry[]): void {
    if (this.openGroup) this.pending.push({ title, entries })
    else this.printGroup(title, entries)
  }

  /** @internal The live group closed: print whatever waited for it. */
  liveClosed(log: LiveLog): void {
    if (this.openGroup === log) this.openGroup = undefined
    while (!this.openGroup && this.pending.length > 0) {
      const next = this.pending.shift()!
      if (next.title) this.printGroup(next.title, next.entries)
      else this.writeEntries(next.entries)
    }
  }

  private printGroup(title: string, entries: Entry[]): void {
    this.writeRaw(formatCommand('group', {}, title))
    this.writeEntries(entries)
    this.writeRaw(formatCommand('endgroup', {}, ''))
  }
}

/** Shared behaviour: masks go straight out; annotations become commands. */
abstract class BaseLog implements StepLog {
  constructor(protected readonly mux: LogMultiplexer) {}
  abstract text(line: string): void
  abstract command(line: string): void
  abstract end(title?: string): void

  error(message: string): void {
    this.command(formatCommand('error', {}, message))
  }

  warning(message: string): void {
    this.command(formatCommand('warning', {}, message))
  }

  mask(value: string): void {
    this.mux.writeRaw(formatCommand('add-mask', {}, value))
  }
}

/** A foreground step: streams inside its group as lines arrive. */
class LiveLog extends BaseLog {
  private closed = false

  constructor(mux: LogMultiplexer, title: string) {
    super(mux)
    mux.writeRaw(formatCommand('group', {}, title))
  }

  text(line: string): void {
    this.mux.writeEntries([{ kind: 'text', line }])
  }

  command(line: string): void {
    this.mux.writeEntries([{ kind: 'command', line }])
  }

  end(): void {
    if (this.closed) return
    this.closed = true
    this.mux.writeRaw(formatCommand('endgroup', {}, ''))
    this.mux.liveClosed(this)
  }
}

/** A background or control step: buffered, printed as one group when it ends. */
class BufferedLog extends BaseLog {
  private entries: Entry[] = []
  private done = false

  constructor(
    mux: LogMultiplexer,
    private readonly title: string
  ) {
    super(mux)
  }

  text(line: string): void {
    if (!this.done) this.entries.push({ kind: 'text', line })
  }

  command(line: string): void {
    if (!this.done) this.entries.push({ kind: 'command', line })
  }

  end(title?: string): void {
    if (this.done) return
    this.done = true
    const entries = this.entries
    this.entries = []
    this.mux.groupReady(title ?? this.title, entries)
  }
}

/** Prefixed mode: every line at once, labelled. */
class PrefixedLog extends BaseLog {
  constructor(
    mux: LogMultiplexer,
    private readonly label: string
  ) {
    super(mux)
  }

  text(line: string): void {
    this.mux.writeEntries([{ kind: 'text', line }], `[${this.label}] `)
  }

  command(line: string): void {
    this.mux.writeEntries([{ kind: 'command', line }])
  }

  end(): void {}
}
