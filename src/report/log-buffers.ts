/**
 * The byte plumbing under the log multiplexer: a batching writer for our stdout, a per-step
 * buffer that spills to a temp file past a small threshold (bounded memory whatever a step
 * prints), and the stop-commands fence that turns a nested line into plain text for the runner.
 * Each keeps the cheap counts the heartbeat reads (pieces written, line feeds, fence lines): a
 * counter bump where the bytes pass anyway, or a count made only when asked (floods, bench B4).
 */
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { looksLikeCommand } from '../runner/command-fence.js'

/** Where rendered output goes: our stdout (batched) or a step's buffer. Buffers hold whole lines. */
export interface TextTarget {
  append(text: string | Buffer): void
  /** `block` and a final `\n`, as one: a buffer never holds the block without its line end. */
  appendLine(block: Buffer): void
}

/** Writes below this size are collected and written together. */
const BATCH_BYTES = 64 * 1024
/** Where the runner cuts our output into lines (.NET ReadLine). */
const LINE_BREAK = /\r\n|\r|\n/

/** How much of a spilled buffer is read back at a time. */
const REPLAY_CHUNK_BYTES = 256 * 1024
/** Byte blocks below this size are batched as text. */
const SMALL_BYTES = 4096
const LINE_FEED = 0x0a

/**
 * Batches our stdout writes (one write per ~64 KiB instead of one per line). Everything we print
 * goes through here, in order, so a mask written before a line is printed before it.
 */
export class BatchedWriter implements TextTarget {
  private pieces: string[] = []
  private size = 0
  private scheduled = false
  private count = 0

  /** `write` must be done with a chunk when it returns (SynchronousStdout.write is). */
  constructor(private readonly write: (chunk: string | Buffer) => void) {}

  /** How many pieces were written so far: the heartbeat's "has anything been printed". */
  get written(): number {
    return this.count
  }

  append(text: string | Buffer): void {
    this.count++
    if (typeof text !== 'string') {
      // Whole lines of a flood: a big piece goes out as it is, a small one joins the batch.
      if (text.length < SMALL_BYTES) {
        this.append(text.toString('utf8'))
        return
      }
      this.flush()
      this.write(text)
      return
    }
    // A big piece goes out as it is: joining it would only copy it.
    if (text.length >= BATCH_BYTES) {
      this.flush()
      this.write(text)
      return
    }
    this.pieces.push(text)
    this.size += text.length
    if (this.size >= BATCH_BYTES) this.flush()
    else if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => {
        this.scheduled = false
        this.flush()
      })
    }
  }

  appendLine(block: Buffer): void {
    this.append(block)
    this.append('\n')
  }

  /** Writes everything collected so far. */
  flush(): void {
    if (this.size === 0) return
    const chunk = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('')
    this.pieces = []
    this.size = 0
    this.write(chunk)
  }

  /** Writes raw bytes after what is collected (used to replay a spilled buffer). */
  writeThrough(chunk: Buffer): void {
    this.count++
    this.flush()
    if (chunk.length > 0) this.write(chunk)
  }
}

/** A step's buffered output: in memory up to `memoryBytes`, then in a temp file. */
export class SpillBuffer implements TextTarget {
  private pieces: Array<string | Buffer> = []
  private size = 0
  private fd: number | undefined
  private file: string | undefined
  private spilled = 0
  /** Bytes in the current temp file (a replay removes it; a later spill starts a new one). */
  private fileBytes = 0
  /** The line-feed count so far covers the file up to here and the first pieces in memory. */
  private counted = { lineFeeds: 0, fileBytes: 0, pieces: 0 }

  constructor(
    private readonly spillDir: string,
    private readonly memoryBytes: number
  ) {}

  append(text: string | Buffer): void {
    this.pieces.push(text)
    this.size += text.length
    if (this.size >= this.memoryBytes) this.spill()
  }

  /**
   * Both pieces are held before a spill is tried: should the spill fail (a crash of ours, whose
   * handler then prints this buffer), what it holds still ends with a whole line.
   */
  appendLine(block: Buffer): void {
    this.pieces.push(block, '\n')
    this.size += block.length + 1
    if (this.size >= this.memoryBytes) this.spill()
  }

  /** Bytes held on disk so far (for tests and diagnostics). */
  get spilledBytes(): number {
    return this.spilled
  }

  /**
   * Line feeds appended so far (what was replayed before it was counted excepted). Counted
   * only when asked, from where the last count stopped: a flood pays nothing unless the
   * heartbeat asks while the step runs, and then each byte is read once.
   */
  lineFeeds(): number {
    const counted = this.counted
    if (this.fd !== undefined && counted.fileBytes < this.fileBytes) {
      const chunk = Buffer.allocUnsafe(REPLAY_CHUNK_BYTES)
      while (counted.fileBytes < this.fileBytes) {
        const want = Math.min(chunk.length, this.fileBytes - counted.fileBytes)
        const read = fs.readSync(this.fd, chunk, 0, want, counted.fileBytes)
        if (read === 0) break
        counted.lineFeeds += countLineFeeds(chunk.subarray(0, read))
        counted.fileBytes += read
      }
    }
    // The file is counted first, so the counted pieces are always the first ones (see spill).
    if (counted.fileBytes >= this.fileBytes) {
      for (; counted.pieces < this.pieces.length; counted.pieces++) {
        counted.lineFeeds += countLineFeeds(this.pieces[counted.pieces])
      }
    }
    return counted.lineFeeds
  }

  /** Replays everything, in order, into `writer`, then releases memory and the temp file. */
  replay(writer: BatchedWriter): void {
    if (this.fd === undefined) {
      for (const piece of this.pieces) writer.append(piece)
    } else {
      this.spill()
      // The bytes go out as they were written: nothing to decode, a split character is harmless.
      // One buffer is reused for every read: the writer consumes a chunk before it returns.
      const chunk = Buffer.allocUnsafe(REPLAY_CHUNK_BYTES)
      let position = 0
      for (;;) {
        const read = fs.readSync(this.fd, chunk, 0, chunk.length, position)
        if (read === 0) break
        position += read
        writer.writeThrough(chunk.subarray(0, read))
      }
      fs.closeSync(this.fd)
      fs.rmSync(this.file!, { force: true })
      this.fd = undefined
    }
    this.pieces = []
    this.size = 0
    this.fileBytes = 0
    this.counted.fileBytes = 0
    this.counted.pieces = 0
  }

  private spill(): void {
    if (this.fd === undefined) {
      fs.mkdirSync(this.spillDir, { recursive: true })
      this.file = path.join(this.spillDir, `log-${randomUUID()}.txt`)
      this.fd = fs.openSync(this.file, 'w+')
    }
    if (this.size === 0) return
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i]
      const bytes =
        typeof piece === 'string' ? fs.writeSync(this.fd, piece) : fs.writeSync(this.fd, piece)
      this.spilled += bytes
      this.fileBytes += bytes
      // Pieces already counted are counted in the file too: the count stays a prefix.
      if (i < this.counted.pieces) this.counted.fileBytes += bytes
    }
    this.counted.pieces = 0
    this.pieces = []
    this.size = 0
  }
}

/** `\n` bytes (or characters) in a piece; a plain loop, only run when a count is asked for. */
export function countLineFeeds(piece: string | Buffer): number {
  let count = 0
  if (typeof piece === 'string') {
    for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) count++
    return count
  }
  for (let i = 0; i < piece.length; i++) if (piece[i] === LINE_FEED) count++
  return count
}

/** A prefixer keeps its output buffer between calls up to this size; a bigger one is let go. */
const PREFIXER_KEEP_BYTES = 1024 * 1024

/**
 * Puts a label before every line of a block of whole lines (joined by `\n`) and a `\n` after the
 * last, in bytes. A tight loop into a reused buffer: twice as fast as a latin1 string round trip
 * with a native replace, and no garbage per chunk (bench B3). The bytes pass unchanged, never
 * decoded. The result is valid until the next call.
 */
export class LinePrefixer {
  private out = Buffer.allocUnsafe(64 * 1024)
  private lines = 0

  constructor(private readonly label: Buffer) {}

  /** Lines labelled so far (counted in the loop that labels them: free). */
  get labelled(): number {
    return this.lines
  }

  apply(block: Buffer): Buffer {
    const label = this.label
    const width = label.length
    const length = block.length
    if (this.out.length > PREFIXER_KEEP_BYTES) this.out = Buffer.allocUnsafe(64 * 1024)
    let out = this.room(0, width + length + 1)
    let at = 0
    for (let k = 0; k < width; k++) out[at++] = label[k]
    for (let i = 0; i < length; i++) {
      const byte = block[i]
      out[at++] = byte
      if (byte === LINE_FEED) {
        this.lines++
        // Room for this label, the rest of the block and the final `\n`.
        if (at + width + length - i > out.length) out = this.room(at, at + width + length - i)
        for (let k = 0; k < width; k++) out[at++] = label[k]
      }
    }
    out[at++] = LINE_FEED
    this.lines++
    return out.subarray(0, at)
  }

  /** The output buffer with room for `size` bytes, its first `used` bytes kept. */
  private room(used: number, size: number): Buffer {
    if (this.out.length < size) {
      const bigger = Buffer.allocUnsafe(Math.max(size, this.out.length * 2))
      this.out.copy(bigger, 0, 0, used)
      this.out = bigger
    }
    return this.out
  }
}

/**
 * Renders a step's lines into a target. A line the runner could obey as a command (`::x::` at the
 * start, or `##[x]` anywhere) goes inside a `::stop-commands::<random token>` fence; consecutive
 * such lines share one fence. Our own commands (annotations, groups) close the fence first.
 */
export class FencedText {
  private token: string | undefined
  private fences = 0

  constructor(private readonly target: TextTarget) {}

  /** Lines of ours the fences added (opening and closing lines): not the step's own lines. */
  get fenceLines(): number {
    return this.fences
  }

  /** A line of nested output, shown as text. */
  text(line: string): void {
    // Text we print about a step (a name, an env value, a script line) may hold line breaks,
    // and the runner reads each piece as a line of its own: each piece is checked.
    if (line.includes('\n') || line.includes('\r')) {
      for (const piece of line.split(LINE_BREAK)) this.text(piece)
      return
    }
    if (looksLikeCommand(line)) {
      if (this.token === undefined) {
        this.token = randomUUID()
        this.fences++
        this.target.append(`::stop-commands::${this.token}\n`)
      }
    } else this.close()
    this.target.append(line + '\n')
  }

  /** Whole lines as bytes with their final `\n`, checked by the caller; may be reused after the call. */
  lineBytes(lines: Buffer): void {
    this.close()
    this.target.append(lines)
  }

  /** Whole lines as bytes, joined by `\n`, that cannot hold a command (checked by the caller). */
  textBytes(block: Buffer): void {
    this.close()
    this.target.appendLine(block)
  }

  /** A command line meant for the runner. */
  command(line: string): void {
    this.close()
    this.target.append(line + '\n')
  }

  /** Ends an open fence. */
  close(): void {
    if (this.token === undefined) return
    this.fences++
    this.target.append(`::${this.token}::\n`)
    this.token = undefined
  }
}
