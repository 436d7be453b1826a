/**
 * Bounded memory under output floods. Every pipe read allocates a fresh 64 KiB Buffer, dead as
 * soon as it is relayed or spilled; V8 frees such buffers only when its young generation fills
 * (they are tiny objects there) or when external memory passes ~64 MB, so ten steps flooding at
 * once peaked at ~110 MB, half of it dead buffers. A minor collection (a scavenge, well under a
 * millisecond) after every 4 MiB read keeps that garbage to a few MiB (bench B4: ~70 MB).
 *
 * V8 offers `gc()` only behind `--expose-gc`, set here at run time through Node's documented
 * `v8.setFlagsFromString`; should that ever fail, memory is merely less tight, nothing else.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

const COLLECT_EVERY_BYTES = 4 * 1024 * 1024

type Collect = (options: { type: 'minor' }) => void

/**
 * The count of bytes read since the last collection, for all the processes of one run: its
 * process registry (process.ts) owns one and tells it of every read.
 */
export class FloodMemory {
  /** V8's `gc`, looked up at the first collection; null when it cannot be had. */
  private collect: Collect | undefined | null
  private sinceCollection = 0

  /** Counts bytes read from a nested process; past the threshold, frees the dead read buffers. */
  noteBytesRead(length: number): void {
    this.sinceCollection += length
    if (this.sinceCollection < COLLECT_EVERY_BYTES) return
    this.sinceCollection = 0
    this.collector()?.({ type: 'minor' })
  }

  private collector(): Collect | null {
    if (this.collect !== undefined) return this.collect
    try {
      v8.setFlagsFromString('--expose-gc')
      const gc: unknown = vm.runInNewContext('gc')
      this.collect = typeof gc === 'function' ? (gc as Collect) : null
    } catch {
      this.collect = null
    }
    return this.collect
  }
}
