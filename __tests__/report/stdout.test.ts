/**
 * One path to our stdout descriptor: `process.stdout.write` (what @actions/core and console
 * call) routed through the synchronous writer, so nothing is queued behind later writes.
 */
import { describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  routeStdoutThroughSynchronousWrites,
  SynchronousStdout,
  type WritableOut
} from '../../src/report/stdout.js'

type Written = [string, BufferEncoding]

/** A stream routed to a recorder; `failWith` makes the next writes throw. */
function routed(): { stream: WritableOut; written: Written[]; failWith: (e?: Error) => void } {
  const written: Written[] = []
  let failure: Error | undefined
  const stream: WritableOut = { write: () => false }
  routeStdoutThroughSynchronousWrites(stream, (chunk, encoding) => {
    if (failure) throw failure
    written.push([typeof chunk === 'string' ? chunk : chunk.toString('latin1'), encoding])
  })
  return { stream, written, failWith: (e) => (failure = e) }
}

describe('routeStdoutThroughSynchronousWrites', () => {
  it('passes strings with their encoding, Buffers and Uint8Arrays through in order, and always reports room', () => {
    const { stream, written } = routed()
    expect(stream.write('one\n')).toBe(true)
    expect(stream.write('74776f0a', 'hex')).toBe(true)
    expect(stream.write(Buffer.from('three\n'))).toBe(true)
    const bytes = new Uint8Array(Buffer.from('..four\n..'))
    expect(stream.write(bytes.subarray(2, 7))).toBe(true)
    expect(written).toEqual([
      ['one\n', 'utf8'],
      ['74776f0a', 'hex'],
      ['three\n', 'utf8'],
      ['four\n', 'utf8']
    ])
  })

  it('calls the write callback on a later tick, with null, in the order of the writes', async () => {
    const { stream, written } = routed()
    const calls: string[] = []
    stream.write('a\n', (error) => calls.push(`a:${String(error)}`))
    stream.write('b\n', 'utf8', (error) => calls.push(`b:${String(error)}`))
    // The bytes are out before write returns; the callbacks come later, as from a stream.
    expect(written.map(([chunk]) => chunk)).toEqual(['a\n', 'b\n'])
    expect(calls).toEqual([])
    await new Promise((resolve) => process.nextTick(resolve))
    expect(calls).toEqual(['a:null', 'b:null'])
  })

  it('hands a failed write to the callback, or throws it when there is none', async () => {
    const { stream, failWith } = routed()
    const boom = new Error('EIO')
    failWith(boom)
    const seen = await new Promise((resolve) => stream.write('x', resolve))
    expect(seen).toBe(boom)
    expect(() => stream.write('y')).toThrow(boom)
  })

  it("carries @actions/core's commands and lines, in the order they were issued", () => {
    const original = process.stdout.write
    const written: string[] = []
    try {
      routeStdoutThroughSynchronousWrites(process.stdout, (chunk) => {
        written.push(chunk.toString())
      })
      core.setSecret('s3cret')
      core.info('uses s3cret')
      core.startGroup('g')
      core.warning('w', { title: 't' })
      core.endGroup()
    } finally {
      process.stdout.write = original
    }
    expect(written.join('')).toBe(
      '::add-mask::s3cret\nuses s3cret\n::group::g\n::warning title=t::w\n::endgroup::\n'
    )
  })
})

describe('SynchronousStdout', () => {
  it('writes every chunk whole and in order before returning: strings in their encoding, Buffers as they are', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'stdout-'))
    const file = path.join(folder, 'out')
    const descriptor = openSync(file, 'w')
    try {
      const { write } = new SynchronousStdout(descriptor)
      write('one ✓\n')
      write('\u00ff\n', 'latin1')
      write(Buffer.from('three\n'))
      expect(readFileSync(file)).toEqual(
        Buffer.concat([Buffer.from('one ✓\n'), Buffer.from([0xff, 0x0a]), Buffer.from('three\n')])
      )
    } finally {
      closeSync(descriptor)
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
