/**
 * What the log is to the rest of the action: the interfaces the engine and the executors write
 * to (a log per step, one-line events, the steps the main loop waits for), the multiplexer's
 * options, and the narrow sink the per-step log classes write through (so that they need not
 * know the multiplexer, and no module imports the one that imports it).
 */
import type { BatchedWriter, SpillBuffer } from './log-buffers.js'

export type LogMode = 'grouped' | 'prefixed'

/** An annotation a step produced (its own or ours about it). */
export interface Annotation {
  kind: 'error' | 'warning' | 'notice'
  message: string
  properties: Record<string, string>
}

/** What a step writes to the log (executors write here, through any wrapper). */
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

/** A step's log as `open` returns it: what the executors write, and what only the engine calls. */
export interface OpenedStepLog extends StepLog {
  /** The step took its slot (a foreground step: it starts): the heartbeat counts its time from now. */
  begin(): void
  /**
   * A cancel's grace ended and the step still runs (R29.3): what it printed so far is printed
   * now under `title`; what it prints later is printed when it ends, under the title `end` gets.
   */
  abandon(title: string): void
  /** The last lines of the step's own output (up to 20, raw, the runner-style header left out). */
  tail(): string[]
}

/**
 * What the executor prints before the step's own output (not output: see step-header.ts): a
 * `run:` step's script echo, coloured or (NO_COLOR) plain, or an action's inputs.
 */
export type HeaderKind = 'run' | 'run-no-colour' | 'action'

export interface StepLogOptions {
  /** Group title (the step's display name). */
  title: string
  /** Stream live (foreground) or buffer until the end (background, control). */
  live: boolean
  /** The runner-style header the step's executor prints first, if any. */
  header?: HeaderKind
  /** Called for every annotation the step produces (the summary lists those beyond the runner's cap). */
  onAnnotation?: (annotation: Annotation) => void
}

/** What the main loop needs from a log: a log per step, and one-line events between them. */
export interface StepLogs {
  open(options: StepLogOptions): OpenedStepLog
  event(line: string): void
  /**
   * The main loop waits for these steps (a wait, wait-all, parallel group), in this order: the
   * first that has output streams live in its group (grouped mode) until it ends.
   */
  follow(logs: readonly OpenedStepLog[]): void
  /** The wait is over. */
  unfollow(): void
}

export interface LogOptions {
  mode: LogMode
  /** Where our output goes (the entry point's SynchronousStdout in the action); latin1 strings
   * carry raw bytes. It must be done with a chunk when it returns: buffers are reused. */
  write: (chunk: string | Buffer) => void
  /** Folder for spilled buffers (under RUNNER_TEMP). */
  spillDir: string
  /** Bytes a buffered step keeps in memory before spilling. */
  memoryBytes?: number
  /** Colour the prefixed-mode labels (off with NO_COLOR). */
  colour?: boolean
  /** Width labels are padded to in prefixed mode (at most 40). */
  labelWidth?: number
  /** Silence (ms, nothing printed, no group open) after which a heartbeat line says what still runs; 0: none. */
  heartbeatMs?: number
  /** Milliseconds clock (the heartbeat's durations); injectable for tests. */
  now?: () => number
}

/** A step's log as the multiplexer keeps track of it until it ends. */
export interface TrackedLog {
  readonly title: string
  /** When the step took its slot (undefined before `begin`). */
  readonly startedAt: number | undefined
  /** Lines of its own output so far; undefined for a live group (never listed by a heartbeat). */
  lineCount(): number | undefined
  /** The run is ending with the step still running: print what it holds, under `⛔ <title> (<reason>)`. */
  flushUnfinished(reason: string): void
}

/** A step log that can own the one open group (a live step, or a buffered step streaming). */
export interface GroupOwner {
  /** The run is ending with the group open: close it, saying why. */
  closeUnfinished(reason: string): void
  /** The group must close before the step ends (the wait is over): the rest is buffered again. */
  stopStream?(): void
}

/** A buffered log the main loop can follow: it may start streaming. */
export interface Streamable extends TrackedLog, GroupOwner {
  /** Running, with output of its own, not abandoned: it may take the open group. */
  canStream(): boolean
  /** Opens its group now with what it printed so far; it prints live from now on. */
  startStream(): void
}

/** What the per-step log classes write through: the multiplexer's side of them. */
export interface LogSink {
  readonly mode: LogMode
  /** Everything we print goes through here, in order (replays included). */
  readonly out: BatchedWriter
  now(): number
  writeText(line: string): void
  writeTextBytes(block: Buffer): void
  /** Whole lines as bytes with their final `\n`, already checked; reusable after the call. */
  writeLineBytes(lines: Buffer): void
  writeCommand(line: string): void
  newBuffer(): SpillBuffer
  /** Prints now, or once the open group has closed. */
  whenNoGroup(print: () => void): void
  /** The group `owner` held has closed: print what waited, then hand the stream on. */
  groupClosed(owner: GroupOwner): void
  /** A buffered log has its first output line: if it is followed and no group is open, it streams. */
  outputArrived(log: Streamable): void
  began(log: TrackedLog): void
  ended(log: TrackedLog): void
}
