/**
 * The summary of a list with `needs:` (beyond native, docs/needs.md): the step graph as a Mermaid
 * flowchart with nodes marked by result, a graph step's waits (N3) as a note under its name, and
 * the same graph as lines in the CLI's terminal view.
 */
import { describe, expect, it } from '@jest/globals'
import type { JobReport, StepRecord } from '../../src/engine/records.js'
import { renderSummaryForTerminal } from '../../src/local/summary-view.js'
import { renderSummary } from '../../src/report/summary.js'
import { jobReport, stepRecord } from './summary-fixtures.js'

const record = stepRecord

const report = (records: StepRecord[]): JobReport =>
  jobReport(records, { result: 'failure', durationMs: 5000 })

const graph = (over: { key: string; needs: string[] } & Partial<StepRecord>): StepRecord =>
  record({ displayName: over.key, background: true, ...over })

/** The issue's graph after a run where the build failed, so e2e was skipped. */
const ISSUE_RUN = [
  record({ key: 'deps', displayName: 'Install', endedAt: 2000 }),
  graph({
    key: 'lint',
    displayName: 'Lint',
    needs: ['deps'],
    queuedAt: 2000,
    readyAt: 2000,
    startedAt: 2100,
    endedAt: 3000
  }),
  graph({
    key: 'build',
    displayName: 'Build "app"',
    needs: ['deps'],
    queuedAt: 2000,
    readyAt: 2000,
    startedAt: 2000,
    endedAt: 2500,
    result: 'Failed',
    outcome: 'Failed'
  }),
  graph({
    key: 'e2e',
    displayName: 'E2E',
    needs: ['build'],
    queuedAt: 2000,
    readyAt: 2500,
    startedAt: undefined,
    endedAt: undefined,
    result: 'Skipped',
    outcome: 'Skipped'
  }),
  record({
    key: '__run',
    explicitId: false,
    displayName: 'Run echo go on',
    startedAt: 2000,
    endedAt: 2010
  }),
  record({
    key: '__wait-all',
    kind: 'wait-all',
    displayName: 'Wait for all',
    startedAt: 2010,
    endedAt: 3000,
    result: 'Failed',
    outcome: 'Failed'
  })
]

describe('summary: the step graph', () => {
  it('a Mermaid flowchart of the steps with needs and the steps they need, nodes marked by result', () => {
    const markdown = renderSummary(report(ISSUE_RUN))
    const section = markdown.slice(markdown.indexOf('### Step graph'))
    expect(section.slice(0, section.indexOf('```\n') + 4)).toBe(
      [
        '### Step graph',
        '',
        '```mermaid',
        'flowchart LR',
        '    n0["✅ Install"]',
        '    n1["✅ Lint"]',
        '    n2["❌ Build #34;app#34;"]',
        '    n3["⏭️ E2E"]',
        '    n0 --> n1',
        '    n0 --> n2',
        '    n2 --> n3',
        '    classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '    classDef cancelled fill:#fff8c5,stroke:#9a6700,color:#1f2328',
        '    classDef skipped fill:#f6f8fa,stroke:#8c959f,color:#59636e,stroke-dasharray:4 3',
        '    classDef notrun fill:#f6f8fa,stroke:#8c959f,color:#59636e',
        '    class n2 failed',
        '    class n3 skipped',
        '```',
        ''
      ].join('\n')
    )
    // Between the table and the timeline.
    expect(markdown.indexOf('### Step graph')).toBeGreaterThan(markdown.indexOf('| ✅ |'))
    expect(markdown.indexOf('### Step graph')).toBeLessThan(markdown.indexOf('### Timeline'))
  })

  it('labels keep to one line, and anything Mermaid would read as syntax is an entity', () => {
    const markdown = renderSummary(
      report([
        record({ key: 'a', displayName: 'Say "hi"; [x] {y} <b> # end\nsecond line' }),
        graph({ key: 'g', displayName: 'Ünïcode – ok', needs: ['a'] })
      ])
    )
    expect(markdown).toContain(
      '    n0["✅ Say #34;hi#34;#59; #91;x#93; #123;y#125; #60;b#62; #35; end second line"]'
    )
    expect(markdown).toContain('    n1["✅ Ünïcode #8211; ok"]')
    const text = renderSummaryForTerminal(markdown, false)
    expect(text).toContain('  ✅ Ünïcode – ok ⇐ ✅ Say "hi"; [x] {y} <b> # end second line')
  })

  it('no section when no step has needs', () => {
    const markdown = renderSummary(report([record({ key: 'a', displayName: 'A' })]))
    expect(markdown).not.toContain('Step graph')
    expect(markdown).not.toContain('flowchart')
  })

  it('a need that is not in the records (another matrix leg ran it) draws no edge; a step not run is marked', () => {
    const markdown = renderSummary(
      report([
        graph({
          key: 'g',
          needs: ['elsewhere'],
          result: undefined,
          outcome: undefined,
          readyAt: undefined
        })
      ])
    )
    expect(markdown).toContain('    n0["❔ g"]')
    expect(markdown).not.toContain('-->')
    expect(markdown).toContain('    class n0 notrun')
  })
})

describe('summary: N3, how long a graph step waited for its needs and for a slot', () => {
  const rowOf = (markdown: string, name: string): string =>
    markdown.split('\n').find((line) => line.startsWith('| ') && line.includes(` ${name}`)) ?? ''

  it('ran: both waits; skipped: its needs only; other steps: no note', () => {
    const markdown = renderSummary(report(ISSUE_RUN))
    expect(rowOf(markdown, 'Lint')).toContain(
      'Lint <sub>background</sub><br><sub>waited 0.0 s for its needs, 0.1 s for a slot</sub>'
    )
    expect(rowOf(markdown, 'E2E')).toContain('<br><sub>waited 0.5 s for its needs</sub>')
    expect(rowOf(markdown, 'Install')).not.toContain('waited')
  })

  it('cancelled while it waited for its needs: how long, and that it never started', () => {
    const markdown = renderSummary(
      report([
        graph({
          key: 'g',
          displayName: 'G',
          needs: [],
          queuedAt: 1000,
          readyAt: undefined,
          startedAt: undefined,
          endedAt: 3500,
          result: 'Canceled',
          outcome: 'Canceled'
        })
      ])
    )
    expect(rowOf(markdown, 'G')).toContain(
      '<br><sub>waited 2.5 s for its needs; never started</sub>'
    )
  })
})

describe('the CLI terminal view of the graph', () => {
  it('one line per step with needs, naming them, in place of the flowchart', () => {
    const text = renderSummaryForTerminal(renderSummary(report(ISSUE_RUN)), false)
    const lines = text.split('\n')
    const at = lines.indexOf('Step graph')
    expect(lines.slice(at + 1, at + 6)).toEqual([
      '',
      '  ✅ Lint ⇐ ✅ Install',
      '  ❌ Build "app" ⇐ ✅ Install',
      '  ⏭️ E2E ⇐ ❌ Build "app"',
      ''
    ])
    expect(text).not.toContain('classDef')
  })
})
