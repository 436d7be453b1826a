/**
 * The multiplexer while the main loop waits (issue "What a user sees on a real project"): the
 * steps a wait follows stream live one at a time, the others stay buffered, groups never nest;
 * a heartbeat line after a silence; and what is printed when a step does not simply end — a
 * cancel's grace abandons it (R29.3), or the run ends with it still running (flushUnfinished).
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  ChildLogs,
  LogMultiplexer,
  type Annotation,
  type LogMode,
  type LogOptions
} from '../../src/report/log.js'

function multiplexer(
  mode: LogMode,
  options: Partial<LogOptions> = {}
): { mux: LogMultiplexer; lines: () => string[] } {
  let out = ''
  const mux = new LogMultiplexer({
    mode,
    write: (chunk) => (out += typeof chunk === 'string' ? chunk : chunk.toString('latin1')),
    spillDir: mkdtempSync(path.join(os.tmpdir(), 'bgs-log-')),
    ...options
  })
  return {
    mux,
    lines: () => {
      mux.flush()
      return out.split('\n').filter((line) => line !== '')
    }
  }
}

/** Whether `::group::`/`::endgroup::` stay balanced and never nest. */
function neverNested(lines: readonly string[]): boolean {
  let depth = 0
  for (const line of lines) {
    if (line.startsWith('::group::')) depth++
    if (line === '::endgroup::') depth--
    if (depth < 0 || depth > 1) return false
  }
  return depth === 0
}

describe('grouped mode: the steps a wait follows stream live, one at a time', () => {
  it('the first followed step with output streams (its lines so far replayed); the next one takes over when it ends', () => {
    const { mux, lines } = multiplexer('grouped')
    const a = mux.open({ title: 'A', live: false })
    const b = mux.open({ title: 'B', live: false })
    a.begin()
    b.begin()
    mux.follow([a, b])
    b.text('b1') // B prints first: it takes the group, though A comes first in the wait
    a.text('a1') // buffered while B's group is open
    b.text('b2')
    mux.event('▶ C started in the background') // held back until no group is open
    b.end('✅ B (1.0 s)')
    // A takes over at once, with what it printed so far.
    a.text('a2')
    a.end('✅ A (2.0 s)')
    mux.unfollow()
    expect(lines()).toEqual([
      '::group::B',
      'b1',
      'b2',
      '::endgroup::',
      '✅ B (1.0 s)',
      '▶ C started in the background',
      '::group::A',
      'a1',
      'a2',
      '::endgroup::',
      '✅ A (2.0 s)'
    ])
  })

  it('a step that printed only its header (or nothing) opens no group: silence shows as the heartbeat', () => {
    const { mux, lines } = multiplexer('grouped')
    const a = mux.open({ title: 'A', live: false, header: 'run' })
    a.begin()
    mux.follow([a])
    a.text('\u001b[36;1mnpm test\u001b[0m')
    a.text('shell: /usr/bin/bash -e {0}')
    a.text('env:')
    a.text('  CI: true')
    expect(lines()).toEqual([])
    a.text('PASS unit') // its own first line: the group opens, the header replayed first
    expect(lines()).toEqual([
      '::group::A',
      '\u001b[36;1mnpm test\u001b[0m',
      'shell: /usr/bin/bash -e {0}',
      'env:',
      '  CI: true',
      'PASS unit'
    ])
  })

  it('a step already printing when the wait begins streams at once; one not followed stays buffered', () => {
    const { mux, lines } = multiplexer('grouped')
    const a = mux.open({ title: 'A', live: false })
    const other = mux.open({ title: 'Other', live: false })
    a.text('a1')
    other.text('o1')
    mux.follow([a])
    other.text('o2')
    other.end('✅ Other (0.5 s)') // waits for A's group to close
    a.end('✅ A (1.0 s)')
    mux.unfollow()
    expect(lines()).toEqual([
      '::group::A',
      'a1',
      '::endgroup::',
      '✅ A (1.0 s)',
      '::group::✅ Other (0.5 s)',
      'o1',
      'o2',
      '::endgroup::'
    ])
  })

  it('the wait is over with a step still streaming: its group closes, the rest is buffered', () => {
    const { mux, lines } = multiplexer('grouped')
    const a = mux.open({ title: 'A', live: false })
    mux.follow([a])
    a.text('a1')
    mux.unfollow()
    const next = mux.open({ title: 'Next', live: true })
    next.text('n1')
    a.text('a2')
    next.end('✅ Next (0.1 s)')
    a.end('✅ A (3.0 s)')
    const out = lines()
    expect(neverNested(out)).toBe(true)
    expect(out).toEqual([
      '::group::A',
      'a1',
      '::endgroup::',
      '::group::Next',
      'n1',
      '::endgroup::',
      '✅ Next (0.1 s)',
      '::group::✅ A (3.0 s)',
      'a2',
      '::endgroup::'
    ])
  })

  it('many chatty steps, one followed: groups never nest, every line exactly once', () => {
    const { mux, lines } = multiplexer('grouped', { memoryBytes: 64 })
    const logs = ['P', 'Q', 'R', 'S', 'W'].map((title) => mux.open({ title, live: false }))
    mux.follow([logs[4]])
    for (let i = 1; i <= 50; i++) {
      for (const log of logs) log.text(`${['P', 'Q', 'R', 'S', 'W'][logs.indexOf(log)]}-${i}`)
      if (i === 20) logs[1].end('✅ Q (1.0 s)')
    }
    for (const log of logs) log.end()
    const out = lines()
    expect(neverNested(out)).toBe(true)
    for (const tag of ['P', 'Q', 'R', 'S', 'W']) {
      const own = out.filter((line) => line.startsWith(`${tag}-`))
      const count = tag === 'Q' ? 20 : 50
      expect(own).toEqual(Array.from({ length: count }, (_, i) => `${tag}-${i + 1}`))
    }
  })

  it('prefixed mode and composites follow nothing', () => {
    const { mux, lines } = multiplexer('prefixed', { labelWidth: 1 })
    const a = mux.open({ title: 'A', live: false })
    mux.follow([a])
    a.text('a1')
    expect(lines()).toEqual(['[A] a1'])
    const children = new ChildLogs(a)
    const inner = children.open({ title: 'inner', live: false })
    children.follow([inner])
    inner.text('i1')
    expect(lines()).toEqual(['[A] a1'])
  })
})

describe('heartbeat', () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it('after a silence with no group open, one line says what still runs, for how long, how many lines', () => {
    jest.useFakeTimers()
    const { mux, lines } = multiplexer('grouped', { heartbeatMs: 30_000, now: () => Date.now() })
    const tests = mux.open({ title: 'Unit tests', live: false, header: 'run' })
    const lint = mux.open({ title: 'Lint', live: false, header: 'run' })
    const queued = mux.open({ title: 'Queued', live: false })
    tests.begin()
    lint.begin()
    tests.text('\u001b[36;1mnpm test\u001b[0m') // the header is not counted
    tests.text('shell: bash')
    tests.textBytes(Buffer.from(Array.from({ length: 8349 }, (_, i) => `t${i}`).join('\n')))
    tests.command('::warning::slow')
    lint.text('shell: bash')
    jest.advanceTimersByTime(29_000)
    expect(lines()).toEqual([])
    jest.advanceTimersByTime(2_000)
    expect(lines()).toEqual([
      '⏳ still running: Unit tests (30 s, 8,350 lines), Lint (30 s, no output)'
    ])
    // Printing anything restarts the silence; a live group open holds it back.
    mux.event('something')
    const live = mux.open({ title: 'Live', live: true })
    jest.advanceTimersByTime(120_000)
    expect(lines()).toEqual([
      '⏳ still running: Unit tests (30 s, 8,350 lines), Lint (30 s, no output)',
      'something'
    ])
    live.end()
    jest.advanceTimersByTime(40_000)
    expect(lines().at(-1)).toMatch(/^⏳ still running: Unit tests \(3m 0\ds, 8,350 lines\)/)
    // The timer stops when no step runs any more (the list has ended).
    tests.end()
    lint.end()
    queued.end()
    // (The writer's batch flush is pending; a heartbeat still ticking would schedule itself again.)
    jest.runOnlyPendingTimers()
    expect(jest.getTimerCount()).toBe(0)
  })
})

describe('a step a cancel abandoned after its grace (R29.3)', () => {
  it('grouped: its output so far is printed at once; what it prints later, when it ends', () => {
    const { mux, lines } = multiplexer('grouped')
    const log = mux.open({ title: 'Stubborn', live: false })
    log.text('stubborn: started')
    log.abandon('⛔ Stubborn (still running after the grace; killed)')
    expect(lines()).toEqual([
      '::group::⛔ Stubborn (still running after the grace; killed)',
      'stubborn: started',
      '::endgroup::'
    ])
    log.text('stubborn: got TERM')
    log.end('⛔ Stubborn — output after the grace, until it was killed (10.0 s)')
    expect(lines().slice(3)).toEqual([
      '::group::⛔ Stubborn — output after the grace, until it was killed (10.0 s)',
      'stubborn: got TERM',
      '::endgroup::'
    ])
  })

  it('grouped: nothing printed after the grace, no second group', () => {
    const { mux, lines } = multiplexer('grouped')
    const log = mux.open({ title: 'Quiet', live: false })
    log.text('one')
    log.abandon('⛔ Quiet (still running after the grace; killed)')
    log.end('⛔ Quiet — output after the grace, until it was killed (10.0 s)')
    expect(lines()).toEqual([
      '::group::⛔ Quiet (still running after the grace; killed)',
      'one',
      '::endgroup::'
    ])
  })

  it('prefixed: a labelled line at abandonment', () => {
    const { mux, lines } = multiplexer('prefixed', { labelWidth: 8 })
    const log = mux.open({ title: 'Stubborn', live: false })
    log.text('started')
    log.abandon('⛔ Stubborn (still running after the grace; killed)')
    expect(lines()).toEqual([
      '[Stubborn] started',
      '[Stubborn] ⛔ Stubborn (still running after the grace; killed)'
    ])
  })

  it('inside a composite: the same with ▶ headings', () => {
    const { mux, lines } = multiplexer('grouped')
    const outer = mux.open({ title: 'Composite', live: true })
    const inner = new ChildLogs(outer).open({ title: 'Inner', live: false })
    inner.text('inner: started')
    inner.abandon('⛔ Inner (still running after the grace; killed)')
    inner.text('inner: later')
    inner.end('⛔ Inner — output after the grace, until it was killed (9.0 s)')
    outer.end()
    expect(lines()).toEqual([
      '::group::Composite',
      '▶ ⛔ Inner (still running after the grace; killed)',
      'inner: started',
      '▶ ⛔ Inner — output after the grace, until it was killed (9.0 s)',
      'inner: later',
      '::endgroup::'
    ])
  })
})

describe('flushUnfinished: the run ends with steps still running', () => {
  it('closes the open group, prints what waited, then every buffered log as a ⛔ group; later lines are dropped', () => {
    const { mux, lines } = multiplexer('grouped')
    const buffered = mux.open({ title: 'Server', live: false })
    buffered.warning('deprecated input')
    buffered.text('listening')
    const done = mux.open({ title: 'Done', live: false })
    const live = mux.open({ title: 'Foreground', live: true })
    live.text('working')
    done.text('d1')
    done.end('✅ Done (0.1 s)') // waits for the live group
    mux.flushUnfinished('still running when Background Steps exited')
    buffered.text('too late')
    live.text('too late')
    expect(lines()).toEqual([
      '::group::Foreground',
      'working',
      '::endgroup::',
      '⛔ Foreground (still running when Background Steps exited)',
      '::group::✅ Done (0.1 s)',
      'd1',
      '::endgroup::',
      '::warning::deprecated input',
      '::group::⛔ Server (still running when Background Steps exited)',
      'listening',
      '::endgroup::'
    ])
  })

  it('a streaming step: its group closes with a ⛔ line; prefixed: one labelled line each', () => {
    const grouped = multiplexer('grouped')
    const a = grouped.mux.open({ title: 'A', live: false })
    grouped.mux.follow([a])
    a.text('a1')
    grouped.mux.flushUnfinished('reason')
    expect(grouped.lines()).toEqual(['::group::A', 'a1', '::endgroup::', '⛔ A (reason)'])
    const prefixed = multiplexer('prefixed', { labelWidth: 1 })
    const b = prefixed.mux.open({ title: 'B', live: false })
    b.text('b1')
    prefixed.mux.flushUnfinished('reason')
    expect(prefixed.lines()).toEqual(['[B] b1', '[B] ⛔ B (reason)'])
  })
})

describe('prefixed mode: every line of a step carries its label, our own lines too', () => {
  it('our annotations and the step’s forwarded ones carry the label in their message; the record keeps them as written', () => {
    const { mux, lines } = multiplexer('prefixed', { labelWidth: 5 })
    const annotations: Annotation[] = []
    const log = mux.open({
      title: 'Build',
      live: true,
      onAnnotation: (annotation) => annotations.push(annotation)
    })
    log.text('compiling')
    log.command('::warning file=a.ts,line=3::unused variable')
    log.command('::add-matcher::/tmp/matcher.json')
    log.error('Process completed with exit code 3.')
    log.end('❌ Build (1.0 s)')
    expect(lines()).toEqual([
      '[Build] compiling',
      '::warning file=a.ts,line=3::[Build] unused variable',
      '::add-matcher::/tmp/matcher.json',
      '::error::[Build] Process completed with exit code 3.',
      '[Build] ❌ Build (1.0 s)'
    ])
    expect(annotations.map((a) => a.message)).toEqual([
      'unused variable',
      'Process completed with exit code 3.'
    ])
  })

  it('labels fit the longest name up to 40 characters; a longer name is cut there', () => {
    const long = 'Format (prettier --check) and lint every package of the repository'
    const { mux, lines } = multiplexer('prefixed', { labelWidth: long.length })
    mux.open({ title: long, live: true }).text('x')
    mux.open({ title: 'Format (prettier --check)', live: true }).text('y')
    expect(lines()).toEqual([
      `[${long.slice(0, 39)}…] x`,
      `[${'Format (prettier --check)'.padEnd(40)}] y`
    ])
  })
})

describe('output tail (for the summary of a failed step)', () => {
  it('keeps the last 20 lines of the step’s own output: not its header, not commands', () => {
    const { mux } = multiplexer('grouped')
    const log = mux.open({ title: 'T', live: false, header: 'run' })
    log.text('\u001b[36;1mmake\u001b[0m')
    log.text('shell: bash')
    expect(log.tail()).toEqual([])
    log.text('first')
    log.textBytes(Buffer.from(Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n')))
    log.command('::error::boom')
    log.text('last')
    log.textBytes(Buffer.from(`${'x'.repeat(5000)}\r`))
    expect(log.tail()).toEqual([
      ...Array.from({ length: 18 }, (_, i) => `line ${i + 13}`),
      'last',
      `${'x'.repeat(1000)}…`
    ])
  })
})
