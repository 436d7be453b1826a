/**
 * Retries (beyond native): `runAttempts` on its own, with fake attempts and a fake pause.
 */
import { describe, expect, it } from '@jest/globals'
import type { StepExecution } from '../../src/engine/executor.js'
import { abortableSleep, runAttempts, type RetryRun } from '../../src/engine/retry.js'
import type { StepLog } from '../../src/report/log.js'
import { execution } from './fakes.js'

function recordingLog(): StepLog & { seen: string[] } {
  const seen: string[] = []
  return {
    seen,
    text: (line) => seen.push(line),
    textBytes: (block) => seen.push(block.toString()),
    command: (line) => seen.push(line),
    error: (message) => seen.push(`error: ${message}`),
    warning: (message) => seen.push(`warning: ${message}`),
    mask: () => {},
    end: () => {}
  }
}

/** Attempts that fail until attempt `passOn` (never, when undefined); each logs an error when it fails. */
function attempts(passOn?: number): {
  ran: number[]
  attempt: RetryRun['attempt']
} {
  const ran: number[] = []
  return {
    ran,
    attempt: async (number, log): Promise<StepExecution> => {
      await Promise.resolve()
      ran.push(number)
      const passed = passOn !== undefined && number >= passOn
      if (!passed) log.error('Process completed with exit code 1.')
      return execution(passed ? 'Succeeded' : 'Failed', { outputs: [['attempt', String(number)]] })
    }
  }
}

describe('runAttempts', () => {
  it('without retry: exactly one attempt and no attempt lines (native behaviour)', async () => {
    const log = recordingLog()
    const { ran, attempt } = attempts()
    const result = await runAttempts({
      policy: undefined,
      log,
      signal: new AbortController().signal,
      attempt
    })
    expect(ran).toEqual([1])
    expect(result.attempts).toBe(1)
    expect(result.execution.result).toBe('Failed')
    expect(log.seen).toEqual(['error: Process completed with exit code 1.'])
  })

  it('retries a failed attempt after the backoff and returns the successful attempt', async () => {
    const log = recordingLog()
    const pauses: number[] = []
    const retries: string[] = []
    const { ran, attempt } = attempts(2)
    const result = await runAttempts({
      policy: { attempts: 3, backoffSeconds: 2.5 },
      log,
      signal: new AbortController().signal,
      attempt,
      onRetry: (number, total) => retries.push(`${number}/${total}`),
      sleep: async (ms) => {
        await Promise.resolve()
        pauses.push(ms)
      }
    })
    expect(ran).toEqual([1, 2])
    expect(pauses).toEqual([2500])
    expect(retries).toEqual(['2/3'])
    expect(result).toEqual({
      attempts: 2,
      execution: execution('Succeeded', { outputs: [['attempt', '2']] })
    })
    expect(log.seen).toEqual([
      'Attempt 1 of 3',
      'warning: Attempt 1 of 3: Process completed with exit code 1.',
      'Attempt 1 of 3 failed; retrying in 2.5 s.',
      'Attempt 2 of 3'
    ])
  })

  it('retries exhausted: every attempt ran; the last failure is an error, the earlier ones warnings', async () => {
    const log = recordingLog()
    const { ran, attempt } = attempts()
    const result = await runAttempts({
      policy: { attempts: 3, backoffSeconds: 0 },
      log,
      signal: new AbortController().signal,
      attempt
    })
    expect(ran).toEqual([1, 2, 3])
    expect(result.attempts).toBe(3)
    expect(result.execution.result).toBe('Failed')
    expect(log.seen.filter((line) => line.startsWith('error: '))).toEqual([
      'error: Process completed with exit code 1.'
    ])
    expect(log.seen.filter((line) => line.startsWith('warning: '))).toHaveLength(2)
    expect(log.seen).toContain('Attempt 2 of 3 failed; retrying now.')
  })

  it('a cancelled or timed-out attempt is never retried', async () => {
    const stop = new AbortController()
    const ran: number[] = []
    const result = await runAttempts({
      policy: { attempts: 5, backoffSeconds: 0 },
      log: recordingLog(),
      signal: stop.signal,
      attempt: async (number) => {
        await Promise.resolve()
        ran.push(number)
        stop.abort('cancel')
        return execution('Failed')
      }
    })
    expect(ran).toEqual([1])
    expect(result.attempts).toBe(1)
  })

  it('cancellation during the backoff ends the pause and starts no further attempt', async () => {
    const stop = new AbortController()
    const { ran, attempt } = attempts()
    const result = await runAttempts({
      policy: { attempts: 3, backoffSeconds: 3600 },
      log: recordingLog(),
      signal: stop.signal,
      attempt,
      sleep: async (ms, signal) => {
        stop.abort('job')
        await abortableSleep(ms, signal)
      }
    })
    expect(ran).toEqual([1])
    expect(result.execution.result).toBe('Failed')
  })

  it('abortableSleep resolves at once when aborted, and at once when already aborted', async () => {
    const stop = new AbortController()
    const pause = abortableSleep(3_600_000, stop.signal)
    stop.abort()
    await pause
    await abortableSleep(3_600_000, stop.signal)
    expect(stop.signal.aborted).toBe(true)
  })
})
