import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  BatchedWriter,
  FencedText,
  LinePrefixer,
  SpillBuffer
} from '../../src/report/log-buffers.js'

/** The obvious definition: label + line + `\n` for every line of the block. */
const reference = (label: Buffer, block: Buffer): Buffer => {
  const lines: Buffer[] = []
  let start = 0
  for (let i = 0; i <= block.length; i++) {
    if (i === block.length || block[i] === 0x0a) {
      lines.push(label, block.subarray(start, i), Buffer.from('\n'))
      start = i + 1
    }
  }
  return Buffer.concat(lines)
}

describe('LinePrefixer (prefixed mode, bench B3)', () => {
  it('labels every line of a block and ends it with a newline, bytes unchanged', () => {
    const prefixer = new LinePrefixer(Buffer.from('[build] '))
    const block = Buffer.from('one\ntwo\n\n\xff\xfe raw\nünï')
    expect(prefixer.apply(block).toString('latin1')).toBe(
      reference(Buffer.from('[build] '), block).toString('latin1')
    )
    expect(prefixer.apply(Buffer.from('')).toString()).toBe('[build] \n')
  })

  it('matches the definition for any bytes, label and sequence of calls (buffer reused and grown)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 24 }),
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 300 }),
            // Newline-dense blocks force the buffer to grow mid-block.
            fc
              .array(fc.constantFrom(0x0a, 0x41), { maxLength: 3000 })
              .map((a) => Uint8Array.from(a))
          ),
          { minLength: 1, maxLength: 8 }
        ),
        (label, blocks) => {
          const prefixer = new LinePrefixer(Buffer.from(label))
          for (const block of blocks) {
            const got = Buffer.from(prefixer.apply(Buffer.from(block)))
            expect(got.equals(reference(Buffer.from(label), Buffer.from(block)))).toBe(true)
          }
        }
      ),
      { numRuns: 300 }
    )
  })

  it('a block of only newlines (the worst case for room) and a 3 MB line', () => {
    const label = Buffer.from('[a-very-long-step-label] ')
    const prefixer = new LinePrefixer(label)
    const newlines = Buffer.alloc(100_000, 0x0a)
    expect(prefixer.apply(newlines).equals(reference(label, newlines))).toBe(true)
    const long = Buffer.alloc(3_000_000, 0x78)
    expect(prefixer.apply(long).equals(reference(label, long))).toBe(true)
    // After a huge block the next call still works (the big buffer is let go, not reused).
    expect(prefixer.apply(Buffer.from('x')).toString()).toBe('[a-very-long-step-label] x\n')
  })
})

describe('BatchedWriter', () => {
  it('hands a big buffer straight through and batches small pieces in order', () => {
    const written: string[] = []
    const writer = new BatchedWriter((chunk) => written.push(chunk.toString()))
    writer.append('a\n')
    writer.append(Buffer.from('b\n'))
    writer.append(Buffer.alloc(8192, 0x63))
    writer.flush()
    expect(written.join('')).toBe('a\nb\n' + 'c'.repeat(8192))
    // The small pieces were joined into one write before the big one.
    expect(written[0]).toBe('a\nb\n')
  })
})

describe('the counts the heartbeat reads', () => {
  it('SpillBuffer.lineFeeds counts what was appended, in memory and spilled, from where it stopped', () => {
    const buffer = new SpillBuffer(mkdtempSync(path.join(os.tmpdir(), 'bgs-spill-')), 100)
    buffer.append('one\n')
    buffer.append(Buffer.from('two\nthree'))
    buffer.append('\n')
    expect(buffer.lineFeeds()).toBe(3)
    for (let i = 0; i < 50; i++) buffer.append(`line ${i}\n`) // spills past 100 bytes
    expect(buffer.spilledBytes).toBeGreaterThan(0)
    expect(buffer.lineFeeds()).toBe(53)
    buffer.append(Buffer.from('a\nb\nc\n'))
    expect(buffer.lineFeeds()).toBe(56)
    let replayed = ''
    buffer.replay(new BatchedWriter((chunk) => (replayed += chunk.toString())))
    expect(replayed.split('\n')).toHaveLength(57)
  })

  it('LinePrefixer counts the lines it labels; FencedText counts its fence lines', () => {
    const prefixer = new LinePrefixer(Buffer.from('[x] '))
    prefixer.apply(Buffer.from('a\nb\nc'))
    prefixer.apply(Buffer.from('d'))
    expect(prefixer.labelled).toBe(4)
    const lines: string[] = []
    const fence = new FencedText({
      append: (text) => lines.push(text.toString()),
      appendLine: (block) => lines.push(`${block.toString()}\n`)
    })
    fence.text('::error::not a command')
    fence.text('::warning::nor this')
    fence.text('plain')
    expect(fence.fenceLines).toBe(2)
    expect(lines).toHaveLength(5)
  })
})
