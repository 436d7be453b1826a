/**
 * The summary's table rows and timeline: a step that started but has no result is unfinished
 * (never "not run"), a `parallel` member is shown in its group and the group's row tallies its
 * members, and the timeline's labels keep the step's text.
 */
import { describe, expect, it } from '@jest/globals'
import type { JobReport, StepRecord } from '../../src/engine/records.js'
import { renderSummary } from '../../src/report/summary.js'
import { jobReport, stepRecord } from './summary-fixtures.js'

const record = stepRecord

const report = (records: StepRecord[], durationMs = 5000): JobReport =>
  jobReport(records, { result: 'failure', durationMs })

const rows = (markdown: string): string[] =>
  markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| | Step'))

/** The Mermaid block's task lines. */
const tasks = (markdown: string): string[] => {
  const block = markdown.slice(markdown.indexOf('```mermaid'), markdown.lastIndexOf('```'))
  return block.split('\n').filter((line) => / :.*\d+, \d+$/.test(line))
}

describe('summary: unfinished steps', () => {
  it('a step that started and has no result is unfinished, with its duration so far; one that never started is not run', () => {
    const markdown = renderSummary(
      report([
        record({
          key: 'server',
          displayName: 'Server',
          background: true,
          queuedAt: 200,
          startedAt: 1200,
          endedAt: undefined,
          result: undefined,
          outcome: undefined
        }),
        record({
          key: 'later',
          displayName: 'Later',
          startedAt: undefined,
          endedAt: undefined,
          result: undefined,
          outcome: undefined
        })
      ])
    )
    expect(rows(markdown)).toEqual([
      '| ❔ | Server <sub>background</sub> | run | unfinished | 1.0 s | +1.2 s | 3.8 s so far |',
      '| ❔ | Later | run | not run | — | — | — |'
    ])
    expect(markdown).not.toContain('| Server <sub>background</sub> | run | not run')
  })

  it('the timeline draws every step that started, an unfinished one as active until the run ended', () => {
    const markdown = renderSummary(
      report(
        [
          record({ key: 'a', displayName: 'Build', startedAt: 0, endedAt: 900 }),
          record({
            key: 'server',
            displayName: 'Server',
            background: true,
            startedAt: 1200,
            endedAt: undefined,
            result: undefined,
            outcome: undefined
          }),
          record({
            key: 'never',
            displayName: 'Never',
            startedAt: undefined,
            endedAt: undefined,
            result: undefined,
            outcome: undefined
          })
        ],
        5000
      )
    )
    expect(tasks(markdown)).toEqual(['    Build :0, 900', '    Server :active, 1200, 5000'])
  })
})

describe('summary: parallel groups', () => {
  const group = (results: Array<['Succeeded' | 'Failed' | 'Canceled' | 'Unknown', string]>) =>
    report([
      ...results.map(([result, name]) =>
        record({
          key: name.toLowerCase(),
          displayName: name,
          background: true,
          parallelGroup: 'g1',
          ...(result === 'Unknown'
            ? { result: undefined, outcome: undefined }
            : { result, outcome: result })
        })
      ),
      record({
        key: 'g1',
        displayName: 'Parallel group',
        kind: 'wait',
        parallelGroup: 'g1',
        result: results.some(([r]) => r === 'Failed') ? 'Failed' : 'Succeeded',
        waited: results.map(([result, name]) => ({ name, result }))
      })
    ])

  it('shows a member as a member of its group, not as a background step', () => {
    const markdown = renderSummary(
      group([
        ['Succeeded', 'Lint'],
        ['Succeeded', 'Test']
      ])
    )
    expect(rows(markdown)[0]).toBe(
      '| ✅ | Lint <sub>in Parallel group</sub> | run | success | 0.0 s | +0.0 s | 0.1 s |'
    )
    expect(markdown).not.toContain('<sub>background</sub>')
  })

  it('names the group after its own wait record when the plan gave it another name', () => {
    const records = group([['Succeeded', 'Lint']]).records
    records[1].displayName = 'Checks'
    const markdown = renderSummary(report(records))
    expect(rows(markdown)[0]).toContain('| Lint <sub>in Checks</sub> |')
  })

  it('the group’s row tallies its members: "5 of 5 succeeded"', () => {
    const names = ['A', 'B', 'C', 'D', 'E']
    const markdown = renderSummary(group(names.map((name) => ['Succeeded', name])))
    expect(rows(markdown)[5]).toBe(
      '| ✅ | Parallel group<br>&nbsp;&nbsp;5 of 5 succeeded | parallel | success | — | +0.0 s | 0.1 s |'
    )
  })

  it('the group’s row names the members that failed, were cancelled or are unfinished, and repeats no result line', () => {
    const markdown = renderSummary(
      group([
        ['Succeeded', 'Build'],
        ['Failed', 'Lint'],
        ['Succeeded', 'Test'],
        ['Canceled', 'Docs'],
        ['Unknown', 'Server']
      ])
    )
    const groupRow = rows(markdown)[5]
    expect(groupRow).toContain(
      '| Parallel group<br>&nbsp;&nbsp;2 of 5 succeeded; failed: Lint; cancelled: Docs; unfinished: Server |'
    )
    expect(groupRow).not.toContain('Build')
    expect(groupRow).not.toContain(': Succeeded')
  })

  it('a plain wait still lists each step it waited for with its result', () => {
    const markdown = renderSummary(
      report([
        record({ key: 'db', displayName: 'Database', background: true }),
        record({
          key: 'w',
          displayName: 'Wait',
          kind: 'wait',
          waited: [{ name: 'Database', result: 'Succeeded' }]
        })
      ])
    )
    expect(rows(markdown)[1]).toContain('| Wait<br>&nbsp;&nbsp;✅ Database: Succeeded | wait |')
  })
})

describe('summary: timeline labels keep the step’s text', () => {
  it('writes `:`, `;`, `#` and `%` as Mermaid entity codes and keeps quotes and the rest', () => {
    const markdown = renderSummary(
      report([
        record({ key: 'a', displayName: 'Build: app #1; "fast" mode, 100% \'quiet\'' }),
        record({ key: 'b', displayName: 'Literal #35; stays' })
      ])
    )
    expect(tasks(markdown)).toEqual([
      '    Build#58; app #35;1#59; "fast" mode, 100#37; \'quiet\' :0, 100',
      '    Literal #35;35#59; stays :0, 100'
    ])
  })

  it('encodes the first character of a name that starts with a gantt keyword', () => {
    const markdown = renderSummary(
      report([
        record({ key: 'a', displayName: 'Section tests' }),
        record({ key: 'b', displayName: 'title check' }),
        record({ key: 'c', displayName: 'Click through' }),
        record({ key: 'd', displayName: '2024-01-01 release' })
      ])
    )
    expect(tasks(markdown)).toEqual([
      '    #83;ection tests :0, 100',
      '    #116;itle check :0, 100',
      '    #67;lick through :0, 100',
      '    #50;024-01-01 release :0, 100'
    ])
  })

  it('cuts a long name before encoding it, so no entity code is split', () => {
    const name = 'a'.repeat(58) + ':::'
    const markdown = renderSummary(report([record({ key: 'a', displayName: name })]))
    expect(tasks(markdown)).toEqual([`    ${'a'.repeat(58)}#58;… :0, 100`])
  })
})
