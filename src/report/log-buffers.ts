/**
 * The byte plumbing under the log multiplexer: a batching writer for our stdout, a per-step
 * buffer that spills to a temp file past a small threshold (bounded memory whatever a step
 * prints), and the stop-commands fence that turns a nested line into plain text for the runner.
 */
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { looksLikeCommand } from '../runner/workflow-commands.js'

/** Where rendered text goes: our stdout (batched) or a step's buffer. */
export interface TextTarget {
  append(text: string): void
}

/**
 * Makes our stdout writes synchronous. The runner reads us through a pipe, where Node already
 * writes synchronously; through a socket (Node's own `spawn`, as in tests and the CLI) writes are
 * queued instead, so a flood would pile up in memory and `process.exit` could drop the tail.
 */
export function makeStdoutBlocking(): void {
  const handle = (
    process.stdout as unknown as { _handle?: { setBlocking?: (on: boolean) => void } }
  )._handle
  handle?.setBlocking?.(true)
}

/** Writes below this size are collected and written together. */
const BATCH_BYTES = 64 * 1024

/**
 * Batches our stdout writes (one write per ~64 KiB instead of one per line). Everything we print
 * goes through here, in order, so a mask written before a line is printed before it.
 */
export class BatchedWriter implements TextTarget {
  private pieces: string[] = []
  private size = 0
  private scheduled = false

  constructor(private readonly write: (chunk: string) => void) {}

  append(text: string): void {
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
  writeThrough(chunk: string): void {
    this.flush()
    if (chunk !== '') this.write(chunk)
  }
}

/** A step's buffered output: in memory up to `memoryBytes`, then in a temp file. */
export class SpillBuffer implements TextTarget {
  private pieces: string[] = []
  private size = 0
  private fd: number | undefined
  private file: string | undefined
  private spilled = 0

  constructor(
    private readonly spillDir: string,
    private readonly memoryBytes: number
  ) {}

  append(text: string): void {
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
      // A streaming decoder keeps a multi-byte character split across reads whole.
      const decoder = new StringDecoder('utf8')
      const chunk = Buffer.allocUnsafe(1024 * 1024)
      let position = 0
      for (;;) {
        const read = fs.readSync(this.fd, chunk, 0, chunk.length, position)
        if (read === 0) break
        position += read
        writer.writeThrough(decoder.write(chunk.subarray(0, read)))
      }
      writer.writeThrough(decoder.end())
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
    const data = this.pieces.join('')
    fs.writeSync(this.fd, data)
    this.spilled += Buffer.byteLength(data)
    this.pieces = []
    this.size = 0
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
    if (looksLikeCommand(line)) {
      if (this.token === undefined) {
        this.token = randomUUID()
        this.target.append(`::stop-commands::${this.token}\n`)
      }
    } else this.close()
    this.target.append(line + '\n')
  }

  /** Lines joined by `\n` that cannot hold a command (checked by the caller): no fence needed. */
  textBlock(block: string): void {
    this.close()
    this.target.append(block + '\n')
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
