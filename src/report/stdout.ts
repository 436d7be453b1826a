/**
 * Our stdout, written synchronously. `process.stdout.write` is not enough, even on a blocking
 * pipe: when the reader is slow, the kernel takes part of a chunk, libuv finishes the rest
 * within the call but reports completion on a later tick, and every write until then is queued
 * by reference in the Writable stream. A caller that reuses its buffer (the spilled-log replay)
 * would then print bytes it overwrote since: a flood lost and repeated lines under load (bench
 * B4, 1 run in 5). Here a write returns only when the kernel holds every byte.
 */
import * as fs from 'node:fs'
import { errorCode } from '../errors.js'

const STDOUT = 1

/**
 * Puts our stdout descriptor in blocking mode, so a write waits for the reader instead of
 * failing with EAGAIN. Node's own handle does it for pipes and sockets (a file always blocks).
 */
export function makeStdoutBlocking(): void {
  const handle = (
    process.stdout as unknown as { _handle?: { setBlocking?: (on: boolean) => void } }
  )._handle
  handle?.setBlocking?.(true)
}

/** What writes our stdout: all of a chunk before it returns (`SynchronousStdout.write`). */
export type StdoutWrite = (chunk: string | Buffer, encoding?: BufferEncoding) => void

/** The part of `process.stdout` that printing libraries call. */
export interface WritableOut {
  write: NodeJS.WriteStream['write']
}

/**
 * Sends every `process.stdout.write` (the ones `@actions/core` and `console` make) through
 * `write`, so our process has one path to the descriptor. Mixed with the stream, a chunk the
 * stream queued (a write cut short, see above, or a pipe left non-blocking) would reach the
 * runner after later synchronous writes: an `::add-mask::` after the line it should hide, an
 * annotation lost at `process.exit`. And once the reader is gone, the stream would crash us
 * with an unhandled EPIPE where `SynchronousStdout` lets the steps go on. The entry points install
 * it, with their `SynchronousStdout`'s write, before anything is printed. Like a stream with room to spare, it returns true and calls the
 * callback on a later tick, with the error a write threw.
 */
export function routeStdoutThroughSynchronousWrites(
  stream: WritableOut,
  write: (chunk: string | Buffer, encoding: BufferEncoding) => void
): void {
  stream.write = (
    chunk: string | Uint8Array,
    encodingOrCallback?: BufferEncoding | ((error?: Error | null) => void),
    callback?: (error?: Error | null) => void
  ): boolean => {
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : 'utf8'
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback
    let failure: Error | null = null
    try {
      write(typeof chunk === 'string' ? chunk : asBuffer(chunk), encoding)
    } catch (error) {
      // With no callback to hand it to, the caller gets it, as from a direct write.
      if (!done) throw error
      failure = error instanceof Error ? error : new Error(String(error))
    }
    if (done) process.nextTick(done, failure)
    return true
  }
}

/** A view of the same bytes: no copy per write. */
function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

/**
 * Our stdout, written synchronously. The descriptor is the process's, so this is too: each entry
 * point (src/main.ts, src/post.ts) makes one before anything prints and hands its `write` to
 * everything that prints (the log, `routeStdoutThroughSynchronousWrites`).
 */
export class SynchronousStdout {
  /** Set once the reader is gone (EPIPE): nothing can be shown any more, and the steps go on. */
  private readerGone = false
  /** One millisecond of blocking sleep, for a descriptor that stayed non-blocking (EAGAIN). */
  private readonly pause = new Int32Array(new SharedArrayBuffer(4))

  /** Our stdout, or another descriptor (a test's file). */
  constructor(private readonly descriptor = STDOUT) {}

  /** Writes all of `chunk` before returning; a string is encoded with `encoding`. */
  readonly write: StdoutWrite = (chunk, encoding = 'utf8') => {
    if (this.readerGone) return
    let bytes: Buffer
    if (typeof chunk === 'string') {
      // Most writes go out whole: encoding straight into the system call spares a Buffer (and
      // the garbage collector) per write. Only a write cut short needs the bytes for the rest.
      const written = this.attempt(() => fs.writeSync(this.descriptor, chunk, null, encoding))
      if (written === undefined) return
      const length = encoding === 'latin1' ? chunk.length : Buffer.byteLength(chunk, encoding)
      if (written === length) return
      bytes = Buffer.from(chunk, encoding).subarray(written)
    } else bytes = chunk
    let offset = 0
    while (offset < bytes.length) {
      const written = this.attempt(() =>
        fs.writeSync(this.descriptor, bytes, offset, bytes.length - offset)
      )
      if (written === undefined) return
      offset += written
    }
  }

  /**
   * One write: the bytes written; 0 after waiting a millisecond on EAGAIN (a descriptor that
   * stayed non-blocking); undefined once the reader is gone (EPIPE).
   */
  private attempt(write: () => number): number | undefined {
    try {
      return write()
    } catch (error) {
      const code = errorCode(error)
      if (code === 'EAGAIN') {
        Atomics.wait(this.pause, 0, 0, 1)
        return 0
      }
      if (code === 'EPIPE') {
        this.readerGone = true
        return undefined
      }
      throw error
    }
  }
}
