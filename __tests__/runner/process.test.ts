import fc from 'fast-check'
import { describe, it, expect, afterEach } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  LineDecoder,
  ProcessRegistry,
  type OutputStream,
  type ProcessOutcome,
  type SpawnRequest
} from '../../src/runner/process.js'

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' }
/** Where the tests' processes are started, as a run's are. */
const processes = new ProcessRegistry()

/** Pids to SIGKILL after each test, so a failing test leaves nothing behind. */
const leftovers: number[] = []
afterEach(() => {
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})

interface Run {
  outcome: ProcessOutcome
  stdout: string[]
  stderr: string[]
}

async function run(
  file: string,
  args: string[],
  options: Partial<SpawnRequest> & {
    onEachLine?: (line: string, stream: OutputStream) => void
  } = {}
): Promise<Run> {
  const stdout: string[] = []
  const stderr: string[] = []
  const { onEachLine, ...rest } = options
  const outcome = await processes.run({
    file,
    args,
    cwd: os.tmpdir(),
    env,
    ...rest,
    onLine: (line, stream) => {
      ;(stream === 'stdout' ? stdout : stderr).push(line)
      onEachLine?.(line, stream)
    }
  })
  return { outcome, stdout, stderr }
}

async function bash(script: string, options: Parameters<typeof run>[2] = {}): Promise<Run> {
  return run('bash', ['-c', script], options)
}

/** A node child running `code`; `ready` is printed once its signal handlers are installed. */
async function node(code: string, options: Parameters<typeof run>[2] = {}): Promise<Run> {
  return run(process.execPath, ['-e', code], options)
}

/** Live (non-zombie) processes of a process group. PID 1 here may never reap zombies. */
function liveMembers(pgid: number): number[] {
  const members: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue
    }
    // Fields after the parenthesised command name: state ppid pgrp …
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') members.push(Number(entry))
  }
  return members
}

function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
    return state !== 'Z' && state !== 'X'
  } catch {
    return false
  }
}

/** Polls until `condition` holds; a generous deadline only guards against a hang. */
async function eventually(condition: () => boolean, deadlineMs = 10000): Promise<boolean> {
  const stopAt = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() > stopAt) return false
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return true
}

function decodeLines(chunks: Buffer[]): string[] {
  const lines: string[] = []
  const decoder = new LineDecoder((line) => lines.push(line))
  for (const chunk of chunks) decoder.write(chunk)
  decoder.end()
  return lines
}

describe('LineDecoder (.NET ReadLine semantics, §1.7)', () => {
  it('§1.7: \\n, \\r\\n and a lone \\r end a line; empty lines are kept; a final unterminated line is delivered', () => {
    expect(decodeLines([Buffer.from('a\nb\r\nc\rd\n\ne\r\r\nf')])).toEqual([
      'a',
      'b',
      'c',
      'd',
      '',
      'e',
      '',
      'f'
    ])
  })

  it('§1.7: no extra empty line after a final terminator, none at all for no output', () => {
    expect(decodeLines([Buffer.from('a\n')])).toEqual(['a'])
    expect(decodeLines([Buffer.from('a\r')])).toEqual(['a'])
    expect(decodeLines([Buffer.from('a\r\n')])).toEqual(['a'])
    expect(decodeLines([])).toEqual([])
    expect(decodeLines([Buffer.from('\n')])).toEqual([''])
  })

  it('§1.7: any split of the bytes into chunks gives the same lines (\\r\\n and multi-byte characters across chunks)', () => {
    const bytes = Buffer.from('x€y\r\nä\r\r\n😀z\n\rq', 'utf8')
    const expected = ['x€y', 'ä', '', '😀z', '', 'q']
    for (let first = 0; first <= bytes.length; first++) {
      for (let second = first; second <= bytes.length; second++) {
        const chunks = [
          bytes.subarray(0, first),
          bytes.subarray(first, second),
          bytes.subarray(second)
        ]
        expect(decodeLines(chunks)).toEqual(expected)
      }
    }
  })

  it('§1.7: any bytes, any chunking: the same lines, and the byte fast path passes exactly those lines', () => {
    const byteArb = fc.constantFrom(0x0a, 0x0d, 0x61, 0x62, 0xc3, 0xa4, 0xff)
    fc.assert(
      fc.property(
        fc.array(byteArb, { maxLength: 80 }),
        fc.array(fc.nat(80), { maxLength: 6 }),
        (bytes, cuts) => {
          const all = Buffer.from(bytes)
          const points = [...new Set(cuts.map((cut) => Math.min(cut, all.length)))].sort(
            (a, b) => a - b
          )
          const chunks: Buffer[] = []
          let previous = 0
          for (const point of [...points, all.length]) {
            chunks.push(all.subarray(previous, point))
            previous = point
          }
          const expected = decodeLines([all])
          expect(decodeLines(chunks)).toEqual(expected)
          // With the fast path: blocks of whole lines arrive as bytes; together with the
          // decoded lines they are the same lines, in order.
          const mixed: string[] = []
          const decoder = new LineDecoder(
            (line) => mixed.push(line),
            (block) => mixed.push(...block.toString('utf8').split('\n'))
          )
          for (const chunk of chunks) decoder.write(Buffer.from(chunk))
          decoder.end()
          expect(mixed).toEqual(expected)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('§1.7: one byte at a time', () => {
    const bytes = Buffer.from('héllo\r\nwörld\r😀', 'utf8')
    expect(decodeLines([...bytes].map((byte) => Buffer.from([byte])))).toEqual([
      'héllo',
      'wörld',
      '😀'
    ])
  })

  it('§1.7: invalid UTF-8 becomes U+FFFD, also a truncated character at the end', () => {
    expect(decodeLines([Buffer.from([0x61, 0xff, 0x62, 0x0a, 0xe2, 0x82])])).toEqual([
      'a\uFFFDb',
      '\uFFFD'
    ])
  })

  it('§1.7: a line made of many chunks is joined exactly once and intact', () => {
    const piece = 'abc€'.repeat(1000)
    const chunks = Array.from({ length: 200 }, () => Buffer.from(piece))
    chunks.push(Buffer.from('\nnext'))
    const lines = decodeLines(chunks)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(piece.repeat(200))
    expect(lines[1]).toBe('next')
  })
})

describe('runProcess: exit and output (§1.7, §2.6)', () => {
  it('§2.6: reports the exit code', async () => {
    const { outcome } = await bash('exit 3')
    expect(outcome).toMatchObject({
      exitCode: 3,
      signal: null,
      cancelled: false,
      outputClosed: true
    })
    expect(outcome.spawnError).toBeUndefined()
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('§1.7: stdout and stderr are read separately, each in order', async () => {
    const { outcome, stdout, stderr } = await bash(
      'for i in 1 2 3; do echo out$i; echo err$i >&2; done'
    )
    expect(outcome.exitCode).toBe(0)
    expect(stdout).toEqual(['out1', 'out2', 'out3'])
    expect(stderr).toEqual(['err1', 'err2', 'err3'])
  })

  it('§1.7: line ends \\n, \\r\\n, lone \\r, and a last line without terminator', async () => {
    const { stdout } = await bash("printf 'a\\nb\\r\\nc\\rd\\n\\nlast'")
    expect(stdout).toEqual(['a', 'b', 'c', 'd', '', 'last'])
  })

  it('§1.7: a multi-byte character and a \\r\\n split across separate writes stay intact', async () => {
    const { stdout } = await node(`
      const parts = [[0x41, 0xe2], [0x82], [0xac, 0x42, 0x0d], [0x0a, 0xf0, 0x9f], [0x98, 0x80, 0x0d], [0x0a]]
      let i = 0
      const next = () => { if (i < parts.length) process.stdout.write(Buffer.from(parts[i++]), () => setTimeout(next, 15)) }
      next()`)
    expect(stdout).toEqual(['A€B', '😀'])
  })

  it('§1.7: invalid UTF-8 from a process becomes U+FFFD', async () => {
    const { stdout } = await node(
      `process.stdout.write(Buffer.from([0x6f, 0x6b, 0xc3, 0x28, 0x0a, 0xff]))`
    )
    expect(stdout).toEqual(['ok\uFFFD(', '\uFFFD'])
  })

  it('§1.7: a 10 MB line arrives as one line', async () => {
    const size = 10 * 1024 * 1024
    const { outcome, stdout } = await node(
      `process.stdout.write('x'.repeat(${size / 2}) + 'é' + 'y'.repeat(${size / 2}) + '\\nafter\\n')`
    )
    expect(outcome.exitCode).toBe(0)
    expect(stdout).toHaveLength(2)
    expect(stdout[0]).toHaveLength(size + 1)
    expect(stdout[0]).toBe('x'.repeat(size / 2) + 'é' + 'y'.repeat(size / 2))
    expect(stdout[1]).toBe('after')
  })

  it('§1.7: stdin is closed at once (a reader gets EOF instead of hanging)', async () => {
    const { outcome, stdout } = await bash('cat; echo "stdin was closed"')
    expect(outcome.exitCode).toBe(0)
    expect(stdout).toEqual(['stdin was closed'])
  })

  it('§1.7: stdin is not a socket, so bash does not take us for rshd and source ~/.bashrc', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'process-home-'))
    try {
      writeFileSync(path.join(home, '.bashrc'), 'echo sourced-bashrc\n')
      // No SHLVL: bash only applies its rshd check at shell level 1.
      const { stdout, stderr } = await run('bash', ['-c', 'echo body'], {
        env: { PATH: env.PATH, HOME: home }
      })
      expect(stdout).toEqual(['body'])
      expect(stderr).toEqual([])
    } finally {
      await rm(home, { recursive: true, force: true })
    }
  })

  it('§1.7: an orphan holding the pipe does not keep us waiting, and a normal exit leaves it running', async () => {
    const { outcome, stdout } = await bash('sleep 300 & echo $!', { drainAfterExitMs: 200 })
    const orphan = Number(stdout[0])
    leftovers.push(orphan)
    // The orphan may still write: the step's file-command files must not be reused.
    expect(outcome).toMatchObject({ exitCode: 0, cancelled: false, outputClosed: false })
    // Had we waited for the pipe to close, the orphan would be dead by now; had we killed
    // the group after a normal exit, too. Daemons a step starts must outlive it.
    expect(isAlive(orphan)).toBe(true)
  })

  it('§1.7: the working directory and environment are the ones requested', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'process-cwd-'))
    try {
      const { stdout } = await run('bash', ['-c', 'pwd; echo "$ONLY_THIS"'], {
        cwd: dir,
        env: { PATH: env.PATH, ONLY_THIS: 'value' }
      })
      expect(stdout).toEqual([dir, 'value'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('runProcess: process groups', () => {
  it('a running process is a live group led by its pid; once it exits it is not', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'process-groups-'))
    const release = path.join(dir, 'release')
    let seenWhileRunning: number[] = []
    try {
      // The script waits until the test has looked, so the observation is not a race.
      const { stdout } = await bash(`echo $$; until [ -e '${release}' ]; do sleep 0.02; done`, {
        onEachLine: () => {
          seenWhileRunning = processes.liveGroups()
          writeFileSync(release, '')
        }
      })
      const pid = Number(stdout[0])
      expect(seenWhileRunning).toContain(pid)
      expect(processes.liveGroups()).not.toContain(pid)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('signalAll reaches every live group, including background children', async () => {
    let child = 0
    const { outcome } = await bash('sleep 300 & echo $!; wait', {
      onEachLine: (line) => {
        child = Number(line)
        leftovers.push(child)
        processes.signalAll('SIGTERM')
      }
    })
    expect(outcome.signal).toBe('SIGTERM')
    expect(await eventually(() => !isAlive(child))).toBe(true)
  })

  it("a registry is its run's own: another one neither lists nor signals its groups", async () => {
    const other = new ProcessRegistry()
    let seen: number[] = []
    const { outcome, stdout } = await bash('echo $$; sleep 0.3', {
      onEachLine: () => {
        seen = other.liveGroups()
        other.signalAll('SIGTERM')
      }
    })
    expect(seen).not.toContain(Number(stdout[0]))
    expect(outcome).toMatchObject({ exitCode: 0, signal: null })
  })
})

describe('runProcess: cancellation (R50, §1.8)', () => {
  it('R50: SIGINT first — a script trapping INT exits on it without further signals', async () => {
    const controller = new AbortController()
    const { outcome, stdout } = await node(
      `process.on('SIGINT', () => { console.log('got SIGINT'); process.exit(7) })
       console.log('ready'); setInterval(() => {}, 1000)`,
      {
        cancelSignal: controller.signal,
        sigtermAfterMs: 60000,
        onEachLine: (line) => line === 'ready' && controller.abort()
      }
    )
    expect(outcome).toMatchObject({ exitCode: 7, signal: null, cancelled: true })
    expect(stdout).toEqual(['ready', 'got SIGINT'])
  })

  it('R50: SIGTERM after sigtermAfterMs when INT is ignored', async () => {
    const controller = new AbortController()
    const { outcome, stdout } = await node(
      `process.on('SIGINT', () => console.log('ignored SIGINT'))
       process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(8) })
       console.log('ready'); setInterval(() => {}, 1000)`,
      {
        cancelSignal: controller.signal,
        sigtermAfterMs: 300,
        sigkillAfterMs: 60000,
        onEachLine: (line) => line === 'ready' && controller.abort()
      }
    )
    expect(outcome).toMatchObject({ exitCode: 8, cancelled: true })
    expect(stdout).toEqual(['ready', 'ignored SIGINT', 'got SIGTERM'])
  })

  it('R50: SIGKILL after sigkillAfterMs more when INT and TERM are ignored', async () => {
    const controller = new AbortController()
    const { outcome, stdout } = await node(
      `process.on('SIGINT', () => console.log('ignored SIGINT'))
       process.on('SIGTERM', () => console.log('ignored SIGTERM'))
       console.log('ready'); setInterval(() => {}, 1000)`,
      {
        cancelSignal: controller.signal,
        sigtermAfterMs: 300,
        sigkillAfterMs: 300,
        onEachLine: (line) => line === 'ready' && controller.abort()
      }
    )
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGKILL', cancelled: true })
    expect(stdout).toEqual(['ready', 'ignored SIGINT', 'ignored SIGTERM'])
  })

  it('R50: a bash step with a background child (SIGINT ignored by bash for & jobs) leaves no process of its group', async () => {
    const controller = new AbortController()
    let leader = 0
    let child = 0
    const { outcome } = await bash('echo $$; sleep 300 & echo $!; wait', {
      cancelSignal: controller.signal,
      sigtermAfterMs: 300,
      sigkillAfterMs: 300,
      onEachLine: (line) => {
        if (leader === 0) {
          leader = Number(line)
          return
        }
        child = Number(line)
        leftovers.push(child)
        controller.abort()
      }
    })
    expect(outcome.cancelled).toBe(true)
    expect(await eventually(() => liveMembers(leader).length === 0)).toBe(true)
    expect(isAlive(child)).toBe(false)
  })

  it('R50: the same when bash itself ignores INT, so the group needs SIGTERM', async () => {
    const controller = new AbortController()
    let leader = 0
    let child = 0
    const { outcome } = await bash(`trap '' INT; echo $$; sleep 300 & echo $!; wait`, {
      cancelSignal: controller.signal,
      sigtermAfterMs: 300,
      sigkillAfterMs: 300,
      onEachLine: (line) => {
        if (leader === 0) {
          leader = Number(line)
          return
        }
        child = Number(line)
        leftovers.push(child)
        controller.abort()
      }
    })
    expect(outcome).toMatchObject({ signal: 'SIGTERM', cancelled: true })
    expect(await eventually(() => liveMembers(leader).length === 0)).toBe(true)
    expect(isAlive(child)).toBe(false)
  })

  it('killSignal: SIGKILL of the group at once', async () => {
    const controller = new AbortController()
    const { outcome, stdout } = await node(
      `process.on('SIGINT', () => console.log('ignored SIGINT'))
       console.log('ready'); setInterval(() => {}, 1000)`,
      {
        killSignal: controller.signal,
        onEachLine: (line) => line === 'ready' && controller.abort()
      }
    )
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGKILL', cancelled: true })
    // No SIGINT was sent first.
    expect(stdout).toEqual(['ready'])
  })

  it('killSignal while draining an orphan-held pipe ends the wait without killing the orphan', async () => {
    const controller = new AbortController()
    let leader = 0
    let orphan = 0
    const pending = bash('echo $$; sleep 300 & echo $!', {
      killSignal: controller.signal,
      drainAfterExitMs: 600000,
      onEachLine: (line) => {
        if (leader === 0) leader = Number(line)
        else orphan = Number(line)
      }
    })
    // The leader has exited once its group is no longer live; only then fire the hard stop.
    expect(await eventually(() => leader !== 0 && !processes.liveGroups().includes(leader))).toBe(
      true
    )
    controller.abort()
    const { outcome } = await pending
    leftovers.push(orphan)
    expect(outcome).toMatchObject({ exitCode: 0, cancelled: false })
    expect(isAlive(orphan)).toBe(true)
  })

  it('a signal aborted before the start starts nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'process-aborted-'))
    try {
      const marker = path.join(dir, 'started')
      const { outcome } = await bash(`touch '${marker}'`, { cancelSignal: AbortSignal.abort() })
      expect(outcome).toMatchObject({ exitCode: null, signal: null, cancelled: true })
      expect(existsSync(marker)).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('no abort listener is left on long-lived signals', async () => {
    const cancel = new AbortController()
    const kill = new AbortController()
    for (let i = 0; i < 3; i++) {
      await bash('true', { cancelSignal: cancel.signal, killSignal: kill.signal })
    }
    expect(getEventListeners(cancel.signal, 'abort')).toHaveLength(0)
    expect(getEventListeners(kill.signal, 'abort')).toHaveLength(0)
  })

  it('cancellation after exit changes nothing', async () => {
    const controller = new AbortController()
    const { outcome } = await bash('exit 0', { cancelSignal: controller.signal })
    controller.abort()
    expect(outcome).toMatchObject({ exitCode: 0, cancelled: false })
  })
})

describe('runProcess: start failures (§2.4)', () => {
  it('spawn ENOENT: the runner\'s "could not start" message, no exit code', async () => {
    const before = processes.liveGroups()
    const { outcome } = await run('/nonexistent/definitely-not-a-shell', [])
    expect(outcome.exitCode).toBeNull()
    expect(outcome.cancelled).toBe(false)
    expect(outcome.spawnError).toBe(
      `An error occurred trying to start process '/nonexistent/definitely-not-a-shell' with working directory '${os.tmpdir()}'. No such file or directory`
    )
    expect(processes.liveGroups()).toEqual(before)
  })

  it('§2.4: a missing working directory fails at process start', async () => {
    const missing = path.join(os.tmpdir(), 'process-missing-dir-does-not-exist', 'x')
    const { outcome } = await run('bash', ['-c', 'true'], { cwd: missing })
    expect(outcome.spawnError).toContain(`with working directory '${missing}'`)
    expect(outcome.spawnError).toContain('No such file or directory')
  })
})
