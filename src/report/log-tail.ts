/**
 * The last lines of a step's own output, for the job summary of a step that failed (the
 * summary masks them). Cheap under a flood: a byte block costs a few native searches from its
 * end and a copy of its last lines at most, whatever its size, and only the last blocks are kept.
 */

/** Lines kept. */
export const TAIL_LINES = 20
/** A kept line longer than this is cut (a 10 MB line has no place in a summary). */
const MAX_LINE_CHARS = 1000
/** A block's last lines longer than this together are decoded and cut at once, not kept whole. */
const MAX_KEPT_BYTES = 64 * 1024
const LINE_FEED = 0x0a
const LINE_BREAK = /\r\n|\r|\n/

/** One piece of output kept: a text line, or the last whole lines of a byte block (a copy). */
interface Kept {
  value: string | Buffer
  lines: number
}

export class OutputTail {
  private kept: Kept[] = []
  private lines = 0

  /** A line of output (it may hold line breaks: each piece counts as a line). */
  text(line: string): void {
    this.keep({ value: line, lines: 1 })
  }

  /** Whole lines as bytes, joined by `\n`. */
  bytes(block: Buffer): void {
    let start = 0
    let found = 0
    let end = block.length
    while (found < TAIL_LINES) {
      const feed = end > 0 ? block.lastIndexOf(LINE_FEED, end - 1) : -1
      found++
      if (feed === -1) {
        start = 0
        break
      }
      start = feed + 1
      end = feed
    }
    const last = block.subarray(start)
    this.keep({
      // A copy: the block's chunk can be let go.
      value: last.length > MAX_KEPT_BYTES ? cutLines(last.toString('utf8')) : Buffer.from(last),
      lines: found
    })
  }

  /** The last TAIL_LINES lines, oldest first, each cut to MAX_LINE_CHARS. */
  read(): string[] {
    const out: string[] = []
    for (const { value } of this.kept) {
      if (typeof value === 'string') out.push(...value.split(LINE_BREAK))
      else out.push(...value.toString('utf8').split('\n'))
    }
    return out.slice(-TAIL_LINES).map(cut)
  }

  private keep(piece: Kept): void {
    this.kept.push(piece)
    this.lines += piece.lines
    // Every kept piece holds a line at least: drop the oldest while the rest still make up a tail.
    while (this.kept.length > 1 && this.lines - this.kept[0].lines >= TAIL_LINES) {
      this.lines -= this.kept.shift()!.lines
    }
  }
}

function cut(line: string): string {
  const plain = line.endsWith('\r') ? line.slice(0, -1) : line
  return plain.length > MAX_LINE_CHARS ? `${plain.slice(0, MAX_LINE_CHARS)}…` : plain
}

/** Lines joined by `\n`, each cut, so that a block of huge lines is not kept whole. */
function cutLines(text: string): string {
  return text.split('\n').map(cut).join('\n')
}
