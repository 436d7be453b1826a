/**
 * Readiness probes (beyond native): the gate's timing with a fake clock and fake probes, then the
 * real tcp / http / file / log probes against local servers and files.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  createProbe,
  fileProbe,
  httpProbe,
  LogWatch,
  ReadinessGate,
  tcpProbe,
  type Clock,
  type Probe
} from '../../src/engine/readiness.js'
import type { StepLog } from '../../src/report/log.js'
import { settle } from './fakes.js'

/** A clock whose time moves only when the test says so. */
class FakeClock implements Clock {
  time = 0
  private timers: Array<{ at: number; callback: () => void }> = []

  now(): number {
    return this.time
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, callback }
    this.timers.push(timer)
    return () => {
      this.timers = this.timers.filter((t) => t !== timer)
    }
  }

  get pending(): number {
    return this.timers.length
  }

  /** Moves time forward, firing due timers in order (and letting promise callbacks run). */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms
    for (;;) {
      await settle()
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      this.timers = this.timers.filter((t) => t !== due)
      this.time = due.at
      due.callback()
    }
    this.time = end
    await settle()
  }
}

/** A probe that passes from try `passOn` on (never, when undefined), recording each try's time. */
function scriptedProbe(clock: FakeClock, passOn?: number): Probe & { tries: number[] } {
  const tries: number[] = []
  return {
    description: 'fake',
    tries,
    check: async () => {
      await Promise.resolve()
      tries.push(clock.now())
      return passOn !== undefined && tries.length >= passOn
    }
  }
}

function gate(
  probe: Probe,
  clock: FakeClock,
  options: { timeoutMs?: number; intervalMs?: number; cancel?: AbortController } = {}
): ReadinessGate {
  return new ReadinessGate({
    probe,
    clock,
    timeoutMs: options.timeoutMs ?? 10_000,
    intervalMs: options.intervalMs ?? 1000,
    cancelSignal: (options.cancel ?? new AbortController()).signal
  })
}

describe('ReadinessGate: timing (fake clock, fake probes)', () => {
  it('tries at start, then once per interval after each failed try; ready on the third try', async () => {
    const clock = new FakeClock()
    const probe = scriptedProbe(clock, 3)
    const readiness = gate(probe, clock)
    clock.time = 500
    readiness.begin()
    await clock.advance(5000)
    expect(probe.tries).toEqual([500, 1500, 2500])
    expect(await readiness.outcome).toEqual({ state: 'ready', afterMs: 2000 })
    expect(readiness.state).toBe('ready')
    expect(clock.pending).toBe(0)
  })

  it('never tries before the step has started (queued for a slot)', async () => {
    const clock = new FakeClock()
    const probe = scriptedProbe(clock, 1)
    const readiness = gate(probe, clock)
    await clock.advance(3000)
    expect(probe.tries).toEqual([])
    expect(readiness.state).toBe('waiting')
  })

  it('times out at the deadline, counted from creation (when the main loop reached the step)', async () => {
    const clock = new FakeClock()
    const probe = scriptedProbe(clock)
    const readiness = gate(probe, clock, { timeoutMs: 3000 })
    await clock.advance(1000)
    readiness.begin()
    await clock.advance(10_000)
    expect(await readiness.outcome).toEqual({ state: 'timed-out' })
    expect(probe.tries).toEqual([1000, 2000])
    expect(clock.pending).toBe(0)
  })

  it('the step ending first settles the gate as ended', async () => {
    const clock = new FakeClock()
    const readiness = gate(scriptedProbe(clock), clock)
    readiness.begin()
    await clock.advance(1500)
    expect(readiness.stepEnded()).toBe('ended')
    expect(await readiness.outcome).toEqual({ state: 'ended' })
    expect(clock.pending).toBe(0)
  })

  it('once settled, the step ending changes nothing', async () => {
    const clock = new FakeClock()
    const readiness = gate(scriptedProbe(clock, 1), clock)
    readiness.begin()
    await clock.advance(0)
    expect(readiness.stepEnded()).toBe('ready')
  })

  it('job cancellation ends the wait at once, and a gate made after it never waits', async () => {
    const clock = new FakeClock()
    const cancel = new AbortController()
    const readiness = gate(scriptedProbe(clock), clock, { cancel })
    readiness.begin()
    cancel.abort()
    expect(await readiness.outcome).toEqual({ state: 'cancelled' })
    expect(clock.pending).toBe(0)
    const late = gate(scriptedProbe(clock), clock, { cancel })
    expect(late.state).toBe('cancelled')
  })

  it('one try at a time: a slow try is not overlapped, and its signal aborts when the gate settles', async () => {
    const clock = new FakeClock()
    let started = 0
    let aborted = false
    const probe: Probe = {
      description: 'slow',
      check: async (signal) =>
        new Promise<boolean>((resolve) => {
          started++
          signal.addEventListener('abort', () => {
            aborted = true
            resolve(false)
          })
        })
    }
    const readiness = gate(probe, clock, { timeoutMs: 5000, intervalMs: 100 })
    readiness.begin()
    await clock.advance(4000)
    expect(started).toBe(1)
    await clock.advance(2000)
    expect(await readiness.outcome).toEqual({ state: 'timed-out' })
    expect(aborted).toBe(true)
  })

  it('a watching probe wakes the gate at once, without waiting for the interval', async () => {
    const clock = new FakeClock()
    let passed = false
    let wake: (() => void) | undefined
    const probe: Probe = {
      description: 'watching',
      check: async () => {
        await Promise.resolve()
        return passed
      },
      passed: () => passed,
      watch: (callback) => {
        wake = callback
        return () => (wake = undefined)
      }
    }
    const readiness = gate(probe, clock, { intervalMs: 60_000 })
    readiness.begin()
    await clock.advance(250)
    passed = true
    wake?.()
    expect(await readiness.outcome).toEqual({ state: 'ready', afterMs: 250 })
    expect(wake).toBeUndefined()
  })

  it('a probe that passed just before the step ended counts as ready (a last log line)', async () => {
    const clock = new FakeClock()
    let passed = false
    const probe: Probe = {
      description: 'log',
      check: async () => {
        await Promise.resolve()
        return false
      },
      passed: () => passed
    }
    const readiness = gate(probe, clock)
    readiness.begin()
    await clock.advance(10)
    passed = true
    expect(readiness.stepEnded()).toBe('ready')
  })

  it('a probe that throws counts as not ready yet', async () => {
    const clock = new FakeClock()
    let tries = 0
    const probe: Probe = {
      description: 'throws',
      check: async () => {
        await Promise.resolve()
        tries++
        if (tries < 2) throw new Error('boom')
        return true
      }
    }
    const readiness = gate(probe, clock)
    readiness.begin()
    await clock.advance(2000)
    expect(await readiness.outcome).toEqual({ state: 'ready', afterMs: 1000 })
  })
})

/** A server on a free loopback port; `handler` answers HTTP when given. */
async function listen(
  handler?: http.RequestListener
): Promise<{ port: number; close(): Promise<void> }> {
  const server = handler ? http.createServer(handler) : net.createServer((socket) => socket.end())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    port,
    close: async () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = await listen()
  await server.close()
  return server.port
}

const never = new AbortController().signal

describe('the real probes', () => {
  it('tcp: ready when a connection is accepted, not ready when refused', async () => {
    const server = await listen()
    try {
      expect(await tcpProbe(`127.0.0.1:${server.port}`).check(never)).toBe(true)
    } finally {
      await server.close()
    }
    expect(await tcpProbe(`127.0.0.1:${await closedPort()}`).check(never)).toBe(false)
    expect(tcpProbe('[::1]:5432').description).toBe('tcp [::1]:5432')
  })

  it('http: 2xx and 3xx are ready (redirects not followed); 5xx and refused are not', async () => {
    const server = await listen((request, response) => {
      const status = Number(request.url?.slice(1))
      if (status === 302) response.setHeader('location', 'http://127.0.0.1:1/nowhere')
      response.writeHead(status)
      response.end('body')
    })
    const url = (status: number): string => `http://127.0.0.1:${server.port}/${status}`
    try {
      expect(await httpProbe(url(200)).check(never)).toBe(true)
      expect(await httpProbe(url(204)).check(never)).toBe(true)
      expect(await httpProbe(url(302)).check(never)).toBe(true)
      expect(await httpProbe(url(404)).check(never)).toBe(false)
      expect(await httpProbe(url(503)).check(never)).toBe(false)
    } finally {
      await server.close()
    }
    expect(await httpProbe(`http://127.0.0.1:${await closedPort()}/`).check(never)).toBe(false)
  })

  it('file: ready once the path exists, relative to the workspace', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-ready-'))
    const probe = fileProbe('out/ready.flag', workspace)
    expect(await probe.check(never)).toBe(false)
    fs.mkdirSync(path.join(workspace, 'out'))
    fs.writeFileSync(path.join(workspace, 'out', 'ready.flag'), '')
    expect(await probe.check(never)).toBe(true)
    expect(probe.description).toBe('file out/ready.flag')
  })

  it('createProbe: the kind and description of each ready: mapping', () => {
    const of = (kind: 'tcp' | 'http' | 'file' | 'log', target: string): string =>
      createProbe({ kind, target, timeoutSeconds: 1, intervalSeconds: 1 }, '/ws').probe.description
    expect(of('tcp', 'db:5432')).toBe('tcp db:5432')
    expect(of('http', 'http://x/health')).toBe('http http://x/health')
    expect(of('file', 'ready')).toBe('file ready')
    expect(of('log', 'listening on \\d+')).toBe('log /listening on \\d+/')
  })
})

/** A StepLog that records what reaches it. */
function recordingLog(): StepLog & { seen: string[] } {
  const seen: string[] = []
  return {
    seen,
    text: (line) => seen.push(`text ${line}`),
    textBytes: (block) => seen.push(`bytes ${block.toString()}`),
    command: (line) => seen.push(`command ${line}`),
    error: (message) => seen.push(`error ${message}`),
    warning: (message) => seen.push(`warning ${message}`),
    mask: (value) => seen.push(`mask ${value}`),
    end: (title) => seen.push(`end ${title}`)
  }
}

describe("log probe: the step's own output lines", () => {
  it("skips the runner's header (script echo, shell, env) that may contain the pattern", () => {
    const watch = new LogWatch(/server listening/)
    const log = watch.wrap(recordingLog())
    log.text('\u001b[36;1mnode server.js && echo "server listening"\u001b[0m')
    log.text('shell: /usr/bin/bash -e {0}')
    log.text('env:')
    log.text('  MESSAGE: server listening')
    expect(watch.probe.passed?.()).toBe(false)
    log.text('booting')
    log.text('server listening on 8080')
    expect(watch.probe.passed?.()).toBe(true)
  })

  it('matches lines inside byte blocks, and wakes its watchers once', () => {
    const watch = new LogWatch(/^ready$/)
    let wakes = 0
    watch.probe.watch?.(() => wakes++)
    const log = watch.wrap(recordingLog())
    log.textBytes(Buffer.from('starting\nready\nserving'))
    log.text('ready')
    expect(watch.probe.passed?.()).toBe(true)
    expect(wakes).toBe(1)
  })

  it("a header-shaped line after the output began is output, and a retry's header is skipped again", () => {
    const watch = new LogWatch(/ {2}PORT: 80/)
    const log = watch.wrap(recordingLog())
    log.text('shell: bash')
    log.text('starting')
    watch.newAttempt()
    log.text('shell: bash')
    log.text('env:')
    log.text('  PORT: 80')
    expect(watch.probe.passed?.()).toBe(false)
    log.text('listening')
    log.text('  PORT: 80')
    expect(watch.probe.passed?.()).toBe(true)
  })

  it("passes everything on to the step's log unchanged", () => {
    const inner = recordingLog()
    const log = new LogWatch(/x/).wrap(inner)
    log.text('a')
    log.textBytes(Buffer.from('b\nc'))
    log.command('::notice::n')
    log.error('e')
    log.warning('w')
    log.mask('m')
    log.end('t')
    expect(inner.seen).toEqual([
      'text a',
      'bytes b\nc',
      'command ::notice::n',
      'error e',
      'warning w',
      'mask m',
      'end t'
    ])
  })
})
