/**
 * The byte plumbing under the log multiplexer: a batching writer for our stdout, a per-step
 * buffer that spills to a temp file past a small threshold (bounded memory whatever a step
 * prints), and the stop-commands fence that turns a nested line into plain text for the runner.
 */
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { looksLikeCommand } from '../runner/workflow-commands.js'

/** Where rendered output goes: our stdout (batched) or a step's buffer. Buffers hold whole lines. */
export interface TextTarget {
  append(text: string | Buffer): void
}

/** Writes below this size are collected and written together. */
const BATCH_BYTES = 64 * 1024
/** Where the runner cuts our output into lines (.NET ReadLine). */
const LINE_BREAK = /\r\n|\r|\n/

/** How much of a spilled buffer is read back at a time. */
const REPLAY_CHUNK_BYTES = 256 * 1024
/** Byte blocks below this size are batched as text. */
const SMALL_BYTES = 4096

/**
 * Batches our stdout writes (one write per ~64 KiB instead of one per line). Everything we print
 * goes through here, in order, so a mask written before a line is printed before it.
 */
export class BatchedWriter implements TextTarget {
  private pieces: string[] = []
  private size = 0
  private scheduled = false

  /** `write` must be done with a chunk when it returns (writeStdout is synchronous). */
  constructor(private readonly write: (chunk: string | Buffer) => void) {}

  append(text: string | Buffer): void {
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

  constructor(
    private readonly spillDir: string,
    private readonly memoryBytes: number
  ) {}

  append(text: string | Buffer): void {
    this.pieces.push(text)
    this.size += text.length
    if (this.size >= this.memoryBytes) this.spill()
  }

  /** Bytes held on disk so far (for tests and diagnostics). */
  get spilledBytes(): number {
    return this.spilled
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
  }

  private spill(): void {
    if (this.fd === undefined) {
      fs.mkdirSync(this.spillDir, { recursive: true })
      this.file = path.join(this.spillDir, `log-${randomUUID()}.txt`)
      this.fd = fs.openSync(this.file, 'w+')
    }
    if (this.size === 0) return
    for (const piece of this.pieces) {
      if (typeof piece === 'string') fs.writeSync(this.fd, piece)
      else fs.writeSync(this.fd, piece)
      this.spilled += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length
    }
    this.pieces = []
    this.size = 0
  }
}

const LINE_FEED = 0x0a
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

  constructor(private readonly label: Buffer) {}

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
        // Room for this label, the rest of the block and the final `\n`.
        if (at + width + length - i > out.length) out = this.room(at, at + width + length - i)
        for (let k = 0; k < width; k++) out[at++] = label[k]
      }
    }
    out[at++] = LINE_FEED
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

  constructor(private readonly target: TextTarget) {}

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
    this.target.append(block)
    this.target.append('\n')
  }

  /** A command line meant for the runner. */
  command(line: string): void {
    this.close()
    this.target.append(line + '\n')
  }

  /** Ends an open fence. */
  close(): void {
    if (this.token === undefined) return
    this.target.append(`::${this.token}::\n`)
    this.token = undefined
  }
}
