/**
 * The runner-style header an executor prints before a step's output (docs/runner-emulation.md
 * §2.5) is not the step's output, coloured or not; and how the heartbeat reads durations and counts.
 */
import { describe, expect, it } from '@jest/globals'
import { formatElapsed, formatLines, heartbeatLine } from '../../src/report/log-heartbeat.js'
import { HeaderReader, scriptEcho } from '../../src/report/step-header.js'

describe('HeaderReader', () => {
  it('a run step with a coloured script echo: the echo, shell and env lines, then output', () => {
    const reader = new HeaderReader('run')
    const header = [scriptEcho('npm test', true), 'shell: bash -e {0}', 'env:', '  CI: true']
    expect(header.map((line) => reader.isHeader(line))).toEqual([true, true, true, true])
    expect(reader.isHeader('PASS')).toBe(false)
    expect(reader.isHeader('  CI: true')).toBe(false) // after the output began, output
  })

  it('NO_COLOR: every line up to shell: is the (plain) script, whatever it looks like', () => {
    const reader = new HeaderReader('run-no-colour')
    expect(scriptEcho('echo ready', false)).toBe('echo ready')
    for (const line of ['Attempt 1 of 2', 'echo ready', 'ready', 'shell: bash -e {0}']) {
      expect(reader.isHeader(line)).toBe(true)
    }
    expect(reader.isHeader('ready')).toBe(false)
  })

  it("an action's header: with: and env: lines; bytes or a command end the header", () => {
    const reader = new HeaderReader('action')
    expect(reader.isHeader('with:')).toBe(true)
    expect(reader.isHeader('  who: me')).toBe(true)
    reader.outputBegan()
    expect(reader.isHeader('env:')).toBe(false)
    reader.newAttempt()
    expect(reader.isHeader('env:')).toBe(true)
  })
})

describe('the heartbeat line', () => {
  it('durations and counts as a person reads them', () => {
    expect(formatElapsed(45_400)).toBe('45 s')
    expect(formatElapsed(62_000)).toBe('1m 02s')
    expect(formatElapsed(3_903_000)).toBe('1h 05m 03s')
    expect([0, 1, 8350, 1_234_567].map(formatLines)).toEqual([
      'no output',
      '1 line',
      '8,350 lines',
      '1,234,567 lines'
    ])
    expect(
      heartbeatLine(
        [
          { title: 'Unit tests', startedAt: 0, lines: 8350 },
          { title: 'Lint', startedAt: 17_000, lines: 0 }
        ],
        62_000
      )
    ).toBe('⏳ still running: Unit tests (1m 02s, 8,350 lines), Lint (45 s, no output)')
  })
})
