/**
 * The logs of a composite action's own steps, written into the composite step's log: GitHub
 * cannot nest groups, so each inner step is a `▶ <title>` heading inside the outer group. Live
 * steps stream; buffered ones (background, control) are replayed when they end — or, for one a
 * cancel's grace left running (R29.3), in two parts: what it printed until then at once, the
 * rest when it ends. The main loop of a composite waits inside the outer step's log, so nothing
 * streams here and no heartbeat runs.
 */
import { formatCommand } from '../runner/command-syntax.js'
import type { OpenedStepLog, StepLog, StepLogOptions, StepLogs } from './log-types.js'

export class ChildLogs implements StepLogs {
  constructor(private readonly parent: StepLog) {}

  open(options: StepLogOptions): OpenedStepLog {
    return options.live
      ? new ChildLiveLog(this.parent, options)
      : new ChildBufferedLog(this.parent, options)
  }

  event(line: string): void {
    this.parent.text(line)
  }

  /** Nothing streams inside the outer step's log: the composite's waits stay buffered. */
  follow(_logs: readonly OpenedStepLog[]): void {}

  unfollow(): void {}
}

/**
 * Forwards an inner step's lines to the parent log; annotations still reach the summary. The
 * `▶ <title>` heading is printed with the step's first line, so that warnings reported before
 * it come ahead of the heading, as ahead of a top-level step's group.
 */
class ChildLiveLog implements OpenedStepLog {
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

  begin(): void {}

  /** A foreground inner step is never abandoned. */
  abandon(_title: string): void {}

  /** The summary shows the composite step, not its inner steps. */
  tail(): string[] {
    return []
  }

  private start(): void {
    if (this.started) return
    this.started = true
    this.parent.text(`▶ ${this.options.title}`)
  }
}

/** An inner background or control step: kept until it ends, then written under its title. */
class ChildBufferedLog extends ChildLiveLog {
  private abandoned = false
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
    // An abandoned step's second part only if it printed anything after its grace.
    if (!this.abandoned || this.entries.length > 0) this.replay(title ?? this.options.title)
  }

  override abandon(title: string): void {
    if (this.abandoned) return
    this.abandoned = true
    this.replay(title)
  }

  private replay(title: string): void {
    for (const message of this.before) this.parent.command(formatCommand('warning', {}, message))
    this.parent.text(`▶ ${title}`)
    for (const entry of this.entries) {
      if (entry.kind === 'bytes') this.parent.textBytes(entry.value)
      else if (entry.kind === 'text') this.parent.text(entry.value)
      else this.parent.command(entry.value)
    }
    this.before = []
    this.entries = []
  }
}
