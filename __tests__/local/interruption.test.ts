/**
 * The CLI's cancellation of a running stage, as a runner cancels a step (runner-emulation §1.8):
 * SIGINT at once, SIGTERM at 7.5 s, SIGKILL at 10 s; once per stage; only the stage running when
 * the signal came.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { Interruption } from '../../src/local/interruption.js'

/** A stand-in stage that records the signals it is sent. */
function fakeStage(): { stage: ChildProcess; sent: string[] } {
  const sent: string[] = []
  const stage = { kill: (signal: string) => sent.push(signal) > 0 } as unknown as ChildProcess
  return { stage, sent }
}

describe('Interruption', () => {
  let interruption: Interruption
  let notes: string[]

  beforeEach(() => {
    jest.useFakeTimers()
    notes = []
    interruption = new Interruption((message) => notes.push(message))
  })

  afterEach(() => {
    interruption.dispose()
    jest.useRealTimers()
  })

  it('§1.8: SIGINT to the running stage at once, SIGTERM at 7.5 s, SIGKILL at 10 s', () => {
    const { stage, sent } = fakeStage()
    interruption.guard(stage)
    process.emit('SIGINT', 'SIGINT')
    expect(interruption.received).toBe('SIGINT')
    expect(sent).toEqual(['SIGINT'])
    expect(notes).toHaveLength(1)
    jest.advanceTimersByTime(7499)
    expect(sent).toEqual(['SIGINT'])
    jest.advanceTimersByTime(1)
    expect(sent).toEqual(['SIGINT', 'SIGTERM'])
    jest.advanceTimersByTime(2500)
    expect(sent).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL'])
  })

  it('a SIGTERM to the CLI cancels the same way (SIGINT first), and is the signal it reports', () => {
    const { stage, sent } = fakeStage()
    interruption.guard(stage)
    process.emit('SIGTERM', 'SIGTERM')
    expect(interruption.received).toBe('SIGTERM')
    expect(sent).toEqual(['SIGINT'])
  })

  it('a second signal does not restart the sequence', () => {
    const { stage, sent } = fakeStage()
    interruption.guard(stage)
    process.emit('SIGINT', 'SIGINT')
    jest.advanceTimersByTime(5000)
    process.emit('SIGINT', 'SIGINT')
    jest.advanceTimersByTime(2500)
    expect(sent).toEqual(['SIGINT', 'SIGTERM'])
    expect(notes).toHaveLength(1)
  })

  it('a stage that exited is sent nothing more', () => {
    const { stage, sent } = fakeStage()
    const release = interruption.guard(stage)
    process.emit('SIGINT', 'SIGINT')
    release()
    jest.advanceTimersByTime(20_000)
    expect(sent).toEqual(['SIGINT'])
  })

  it('a signal between stages is recorded; the next stage (our post) starts unsignalled, a later signal cancels it', () => {
    process.emit('SIGINT', 'SIGINT')
    const { stage, sent } = fakeStage()
    interruption.guard(stage)
    expect(interruption.received).toBe('SIGINT')
    expect(sent).toEqual([])
    process.emit('SIGTERM', 'SIGTERM')
    expect(sent).toEqual(['SIGINT'])
    expect(interruption.received).toBe('SIGINT')
  })

  it('dispose removes its handlers', () => {
    const before = process.listenerCount('SIGINT')
    interruption.dispose()
    expect(process.listenerCount('SIGINT')).toBe(before - 1)
  })
})
