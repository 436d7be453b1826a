/**
 * The CLI's terminal rendering of the job summary follows the summary: the failed steps first
 * with their output as indented text, unfinished rows, members shown in their group, and
 * timeline labels with their text back.
 */
import { describe, expect, it } from '@jest/globals'
import type { JobReport, StepRecord } from '../../src/engine/records.js'
import { renderSummaryForTerminal } from '../../src/local/summary-view.js'
import { renderSummary } from '../../src/report/summary.js'
import { stepRecord } from './summary-fixtures.js'

/** Steps of this file take a second unless they say otherwise. */
const record = (partial: Parameters<typeof stepRecord>[0]): StepRecord =>
  stepRecord({ endedAt: 1000, ...partial })

const report: JobReport = {
  result: 'failure',
  records: [
    record({ key: 'build', displayName: 'Build: app #1; "fast"' }),
    record({
      key: 'lint',
      displayName: 'Lint',
      background: true,
      parallelGroup: 'g',
      result: 'Failed',
      outcome: 'Failed',
      annotations: [
        { kind: 'error', message: 'Process completed with exit code 1.', properties: {} }
      ],
      outputTail: ['| not a table |', '## not a heading', 'uses `code` and **stars**']
    }),
    record({ key: 'test', displayName: 'Test', background: true, parallelGroup: 'g' }),
    record({
      key: 'g',
      displayName: 'Parallel group',
      kind: 'wait',
      parallelGroup: 'g',
      result: 'Failed',
      outcome: 'Failed',
      waited: [
        { name: 'Lint', result: 'Failed' },
        { name: 'Test', result: 'Succeeded' }
      ]
    }),
    record({
      key: 'server',
      displayName: 'Server',
      background: true,
      startedAt: 1000,
      endedAt: undefined,
      result: undefined,
      outcome: undefined
    })
  ],
  steps: {},
  exportedEnv: new Map(),
  pathPrepend: [],
  failedSteps: ['Lint'],
  durationMs: 4000
}

describe('the CLI’s summary view', () => {
  const text = renderSummaryForTerminal(renderSummary(report), false)
  const lines = text.split('\n')

  it('opens with the failed steps, their output indented as it was printed', () => {
    expect(text.indexOf('❌ Failed steps')).toBeLessThan(text.indexOf('Outcome / conclusion'))
    expect(lines).toContain('❌ Lint (in Parallel group)')
    expect(lines).toContain('Failed: Process completed with exit code 1.')
    expect(text).toContain(
      '    | not a table |\n    ## not a heading\n    uses `code` and **stars**\n'
    )
  })

  it('shows unfinished rows, members in their group and the group’s tally', () => {
    expect(
      lines.some((line) =>
        /^❔ +Server \(background\) +run +unfinished .* 3\.0 s so far$/.test(line)
      )
    ).toBe(true)
    expect(lines.some((line) => /^❌ +Lint \(in Parallel group\) +run +failure /.test(line))).toBe(
      true
    )
    expect(lines.some((line) => /^ +1 of 2 succeeded; failed: Lint$/.test(line.trimEnd()))).toBe(
      true
    )
  })

  it('draws the timeline with the names’ text back and the unfinished step as still active', () => {
    expect(lines.some((line) => line.startsWith('    Build: app #1; "fast" │█'))).toBe(true)
    expect(lines.some((line) => /^ {4}Server +│ +░+│ 3\.0 s$/.test(line))).toBe(true)
  })
})
