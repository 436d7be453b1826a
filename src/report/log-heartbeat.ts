/**
 * The heartbeat: when nothing has reached our stdout for a while and no group is open, one line
 * between groups says which steps still run, for how long, and how many lines each has printed
 * so far — so a log is never silent while the main loop waits. It ticks only while a step runs,
 * never keeps the process alive (`unref`), and reads what it needs from its host when it ticks.
 */

/** Silence after which the heartbeat speaks, by default. */
export const HEARTBEAT_MS = 30_000

/** A step that has taken its slot and not ended, as the heartbeat line names it. */
export interface RunningStep {
  title: string
  startedAt: number
  /** Lines of its own output so far; undefined when not known (not shown). */
  lines: number | undefined
}

/** What the heartbeat reads from the multiplexer. */
export interface HeartbeatHost {
  /** Grows with every piece printed (the heartbeat compares it between ticks). */
  printed(): number
  /** No group is open and nothing waits for one to close. */
  canPrint(): boolean
  running(): RunningStep[]
  print(line: string): void
}

export class Heartbeat {
  private timer: NodeJS.Timeout | undefined
  private lastPrinted = 0
  private quietSince = 0

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number,
    private readonly host: HeartbeatHost
  ) {}

  /** Ticks while some step runs; stops when none does (the list has ended). */
  update(anyRunning: boolean): void {
    if (!anyRunning) this.stop()
    else if (this.timer === undefined && this.intervalMs > 0) {
      this.lastPrinted = this.host.printed()
      this.quietSince = this.now()
      this.schedule()
    }
  }

  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  /** A few ticks per interval: the line comes within a quarter interval of the silence's end. */
  private schedule(): void {
    this.timer = setTimeout(() => this.tick(), Math.max(1, Math.floor(this.intervalMs / 4)))
    this.timer.unref()
  }

  private tick(): void {
    const now = this.now()
    const printed = this.host.printed()
    if (printed !== this.lastPrinted) {
      this.lastPrinted = printed
      this.quietSince = now
    } else if (now - this.quietSince >= this.intervalMs && this.host.canPrint()) {
      const steps = this.host.running()
      if (steps.length > 0) this.host.print(heartbeatLine(steps, now))
      this.lastPrinted = this.host.printed()
      this.quietSince = now
    }
    this.schedule()
  }
}

/** `⏳ still running: Unit tests (1m 02s, 8,350 lines), Lint (45 s, no output)` */
export function heartbeatLine(steps: readonly RunningStep[], now: number): string {
  const parts = steps.map((step) => {
    const elapsed = formatElapsed(now - step.startedAt)
    return step.lines === undefined
      ? `${step.title} (${elapsed})`
      : `${step.title} (${elapsed}, ${formatLines(step.lines)})`
  })
  return `⏳ still running: ${parts.join(', ')}`
}

/** `45 s`, `1m 02s`, `1h 05m 03s`: whole seconds, for a line a person reads while waiting. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const seconds = total % 60
  const minutes = Math.floor(total / 60) % 60
  const hours = Math.floor(total / 3600)
  const two = (n: number): string => String(n).padStart(2, '0')
  if (hours > 0) return `${hours}h ${two(minutes)}m ${two(seconds)}s`
  if (minutes > 0) return `${minutes}m ${two(seconds)}s`
  return `${seconds} s`
}

/** `no output`, `1 line`, `8,350 lines`. */
export function formatLines(count: number): string {
  if (count === 0) return 'no output'
  if (count === 1) return '1 line'
  return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} lines`
}
