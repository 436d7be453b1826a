/**
 * Our log relay prints command lines with formatCommand (runner/command-syntax.ts); our own
 * step's commands come from @actions/core. Both must escape alike (runner-emulation §3.3), so
 * the runner reads the same values from either.
 */
import { describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import fc from 'fast-check'
import { formatCommand, parseWorkflowCommand } from '../../src/runner/command-syntax.js'

/** What @actions/core prints for `issue`, without its line end (its stdout captured). */
function printedByCore(issue: () => void): string {
  const original = process.stdout.write
  let out = ''
  process.stdout.write = (chunk: string | Uint8Array): boolean => {
    out += chunk.toString()
    return true
  }
  try {
    issue()
  } finally {
    process.stdout.write = original
  }
  return out.replace(/\n$/, '')
}

/** Text made of what escaping is about: %, CR, LF, : and , (and escapes already written). */
const tricky = fc.string({
  unit: fc.constantFrom(
    '%',
    '\r',
    '\n',
    ':',
    ',',
    '=',
    ';',
    ']',
    ' ',
    'a',
    'Z',
    '0',
    'é',
    '%0A',
    '%25',
    '::'
  )
})

describe('formatCommand and @actions/core (our log relay escapes as the toolkit does)', () => {
  it('§3.3: the same line as core.error / core.warning for any message and properties', () => {
    fc.assert(
      fc.property(
        tricky,
        tricky,
        tricky,
        fc.integer({ min: 1, max: 99999 }),
        fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
        (message, title, file, line, col) => {
          const ours = formatCommand(
            'error',
            { title, file, line: String(line), col: col === undefined ? undefined : String(col) },
            message
          )
          const properties = { title, file, startLine: line, startColumn: col }
          expect(ours).toBe(printedByCore(() => core.error(message, properties)))
          expect(ours.replace(/^::error/, '::warning')).toBe(
            printedByCore(() => core.warning(message, properties))
          )
        }
      )
    )
  })

  it('§3.3: the same data escaping as core.setSecret and core.debug', () => {
    fc.assert(
      fc.property(tricky, (value) => {
        expect(formatCommand('add-mask', {}, value)).toBe(
          printedByCore(() => core.setSecret(value))
        )
        expect(formatCommand('debug', {}, value)).toBe(printedByCore(() => core.debug(value)))
      })
    )
  })

  it('§3.3: where every property is empty, core leaves a space the runner ignores; both parse alike', () => {
    const ours = formatCommand('error', { title: '' }, 'a%,:b')
    const theirs = printedByCore(() => core.error('a%,:b', { title: '' }))
    expect(ours).toBe('::error::a%25,:b')
    expect(theirs).toBe('::error ::a%25,:b')
    expect(parseWorkflowCommand(theirs)).toEqual(parseWorkflowCommand(ours))
  })
})
