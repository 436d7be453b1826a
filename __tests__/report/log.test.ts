/**
 * Where our warnings about a step go in the log (runner `ActionRunner.RunAsync`: the input
 * warnings, then `HandlerFactory`'s node warnings, are logged before `PrintActionDetails` opens
 * the step's `Run …` group; docs/runner-emulation.md §2.5, §5.4).
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ChildLogs, LogMultiplexer, type Annotation, type LogMode } from '../../src/report/log.js'

function multiplexer(mode: LogMode): { mux: LogMultiplexer; lines: () => string[] } {
  let out = ''
  const mux = new LogMultiplexer({
    mode,
    write: (chunk) => (out += typeof chunk === 'string' ? chunk : chunk.toString('latin1')),
    spillDir: mkdtempSync(path.join(os.tmpdir(), 'bgs-log-')),
    labelWidth: 4
  })
  return {
    mux,
    lines: () => {
      mux.flush()
      return out.split('\n').filter((line) => line !== '')
    }
  }
}

describe('grouped mode: warnings before the step printed anything go before its group (§5.4)', () => {
  it('a live step: the warning, then the group with the header; a later warning stays inside', () => {
    const { mux, lines } = multiplexer('grouped')
    const annotations: Annotation[] = []
    const log = mux.open({
      title: 'Run ./c',
      live: true,
      onAnnotation: (annotation) => annotations.push(annotation)
    })
    log.warning("Unexpected input(s) 'bogus', valid inputs are ['greeting']")
    log.text('with:')
    log.text('  greeting: hi')
    log.warning('late')
    log.end('✅ Run ./c (0.0 s)')
    expect(lines()).toEqual([
      "::warning::Unexpected input(s) 'bogus', valid inputs are ['greeting']",
      '::group::Run ./c',
      'with:',
      '  greeting: hi',
      '::warning::late',
      '::endgroup::',
      '✅ Run ./c (0.0 s)'
    ])
    // Both still count for the step (the summary lists them).
    expect(annotations.map((a) => a.message)).toEqual([
      "Unexpected input(s) 'bogus', valid inputs are ['greeting']",
      'late'
    ])
  })

  it('a live step that printed nothing still shows its group; events wait for it to close', () => {
    const { mux, lines } = multiplexer('grouped')
    const log = mux.open({ title: 'Run ./a', live: true })
    log.warning('w')
    mux.event('queued: other')
    log.end()
    expect(lines()).toEqual(['::warning::w', '::group::Run ./a', '::endgroup::', 'queued: other'])
  })

  it('an error is not moved: it belongs to the step (inside its group)', () => {
    const { mux, lines } = multiplexer('grouped')
    const log = mux.open({ title: 'Run ./a', live: true })
    log.error('boom')
    log.end()
    expect(lines()).toEqual(['::group::Run ./a', '::error::boom', '::endgroup::'])
  })

  it('a buffered (background) step: the warning is printed ahead of its group when it ends', () => {
    const { mux, lines } = multiplexer('grouped')
    const log = mux.open({ title: 'Run ./b', live: false })
    log.warning("Input 'old' has been deprecated with message: use new")
    log.text('with:')
    log.warning('late')
    log.end('✅ Run ./b (0.0 s)')
    expect(lines()).toEqual([
      "::warning::Input 'old' has been deprecated with message: use new",
      '::group::✅ Run ./b (0.0 s)',
      'with:',
      '::warning::late',
      '::endgroup::'
    ])
  })
})

describe('prefixed mode', () => {
  it('the warning is printed at once, before the labelled header lines', () => {
    const { mux, lines } = multiplexer('prefixed')
    const log = mux.open({ title: 'c', live: true })
    log.warning('w')
    log.text('with:')
    log.end()
    // Our own annotation carries the step's label in its message (no label can go before `::`).
    expect(lines()).toEqual(['::warning::[c] w', '[c   ] with:'])
  })
})

describe("inside a composite: before the inner step's heading, inside the composite's group", () => {
  it('a live inner step', () => {
    const { mux, lines } = multiplexer('grouped')
    const outer = mux.open({ title: 'Run ./c', live: true })
    const inner = new ChildLogs(outer).open({ title: 'Run ./inner', live: true })
    inner.warning('w')
    inner.text('with:')
    inner.end('✅ Run ./inner (0.0 s)')
    outer.end()
    expect(lines()).toEqual([
      '::group::Run ./c',
      '::warning::w',
      '▶ Run ./inner',
      'with:',
      '✅ Run ./inner (0.0 s)',
      '::endgroup::'
    ])
  })

  it('a buffered inner step', () => {
    const { mux, lines } = multiplexer('grouped')
    const outer = mux.open({ title: 'Run ./c', live: true })
    const inner = new ChildLogs(outer).open({ title: 'Run ./inner', live: false })
    inner.warning('w')
    inner.text('with:')
    inner.warning('late')
    inner.end()
    outer.end()
    expect(lines()).toEqual([
      '::group::Run ./c',
      '::warning::w',
      '▶ Run ./inner',
      'with:',
      '::warning::late',
      '::endgroup::'
    ])
  })
})
