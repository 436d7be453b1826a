/**
 * The job summary's content (renderSummary) from a report, and from real runs of the built action.
 */
import { describe, expect, it } from '@jest/globals'
import type { JobReport, StepRecord } from '../../src/engine/records.js'
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js'
import { runAction } from '../integration/harness.js'
import { jobReport, stepRecord } from './summary-fixtures.js'

const record = stepRecord

const report = (records: StepRecord[], result: JobReport['result'] = 'success'): JobReport =>
  jobReport(records, { result, durationMs: 3200 })

describe('renderSummary', () => {
  it('lists every step in list order with mark, outcome/conclusion, queued time, start offset and duration', () => {
    const markdown = renderSummary(
      report([
        record({
          key: 'db',
          displayName: 'Database',
          kind: 'run',
          background: true,
          queuedAt: 0,
          startedAt: 1500,
          endedAt: 3000
        }),
        record({
          key: 'lint',
          displayName: 'Lint',
          kind: 'run',
          result: 'Succeeded',
          outcome: 'Failed',
          startedAt: 100,
          endedAt: 700
        }),
        record({
          key: 'skip',
          displayName: 'Skipped one',
          kind: 'run',
          result: 'Skipped',
          outcome: 'Skipped',
          startedAt: undefined,
          endedAt: undefined
        }),
        record({
          key: '__implicit_wait_all',
          displayName: 'Wait for all background steps',
          kind: 'wait-all',
          implicit: true,
          result: 'Failed',
          outcome: 'Failed',
          waited: [
            { name: 'Database', result: 'Succeeded' },
            { name: 'Broken', result: 'Failed' }
          ]
        })
      ])
    )
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '))
    expect(rows[0]).toBe('| | Step | Kind | Outcome / conclusion | Queued | Start | Duration |')
    expect(rows[1]).toBe(
      '| ✅ | Database <sub>background</sub> | run | success | 1.5 s | +1.5 s | 1.5 s |'
    )
    expect(rows[2]).toBe('| ✅ | Lint | run | failure / success | — | +0.1 s | 0.6 s |')
    expect(rows[3]).toBe('| ⏭️ | Skipped one | run | skipped | — | — | — |')
    expect(rows[4]).toBe(
      '| ❌ | Wait for all background steps<br>&nbsp;&nbsp;✅ Database: Succeeded<br>&nbsp;&nbsp;❌ Broken: Failed | implicit wait-all | failure | — | +0.0 s | 0.1 s |'
    )
  })

  it('draws a Mermaid gantt timeline with the main loop and the background steps (names keep `:` and `#` as entity codes)', () => {
    const markdown = renderSummary(
      report([
        record({
          key: 'a',
          displayName: 'Build: app #1',
          kind: 'run',
          background: true,
          startedAt: 0,
          endedAt: 2000
        }),
        record({
          key: 'b',
          displayName: 'Test',
          kind: 'run',
          startedAt: 10,
          endedAt: 900,
          result: 'Failed',
          outcome: 'Failed'
        })
      ])
    )
    expect(markdown).toContain(
      [
        '```mermaid',
        'gantt',
        '    dateFormat x',
        '    axisFormat %S.%Ls',
        '    section Main loop',
        '    Test :crit, 10, 900',
        '    section Background',
        '    Build#58; app #35;1 :0, 2000',
        '```'
      ].join('\n')
    )
  })

  it('names the matrix leg', () => {
    const markdown = renderSummary(report([record({ key: 'a', displayName: 'A', kind: 'run' })]), {
      matrix: { os: 'ubuntu', node: 20 }
    })
    expect(markdown).toContain('matrix leg: os=ubuntu, node=20')
  })

  it('appends nested summaries in step order and says when one was cut to stay within 1 MiB', () => {
    const big = 'x'.repeat(SUMMARY_LIMIT_BYTES)
    const markdown = renderSummary(
      report([
        record({ key: 'a', displayName: 'First', kind: 'run', summary: '# first summary' }),
        record({ key: 'b', displayName: 'Huge', kind: 'run', summary: big }),
        record({ key: 'c', displayName: 'Third', kind: 'run', summary: '# third summary' })
      ])
    )
    expect(markdown.indexOf('# first summary')).toBeLessThan(markdown.indexOf('# third summary'))
    expect(markdown).not.toContain(big)
    expect(markdown).toContain(
      "Left out to stay within the runner's 1 MiB summary limit: the summaries of Huge."
    )
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
  })

  it('lists the annotations beyond the runner’s 10 per kind', () => {
    const where: Record<string, string> = { file: 'src/x.ts', line: '4', title: 'T' }
    const annotations = Array.from({ length: 12 }, (_, i) => ({
      kind: 'error' as const,
      message: `problem ${i + 1}`,
      properties: i === 11 ? where : {}
    }))
    const markdown = renderSummary(
      report([record({ key: 'a', displayName: 'Noisy', kind: 'run', annotations })])
    )
    expect(markdown).toContain('### Annotations the runner did not show')
    expect(markdown).toContain('| error | Noisy |  | problem 11 |')
    expect(markdown).toContain('| error | Noisy | src/x.ts:4 | **T** problem 12 |')
    expect(markdown).not.toContain('problem 10 |')
  })
})

describe('summary of real runs', () => {
  it('shows the implicit wait-all with its per-step results, the timeline and nested summaries', async () => {
    const run = await runAction({
      steps: `
- id: ok
  name: Quick
  background: true
  run: echo "## from quick" >> "$GITHUB_STEP_SUMMARY"
- id: bad
  name: Broken
  background: true
  run: exit 2
- name: Foreground
  run: sleep 0.2
`
    })
    expect(run.summary).toContain('## ❌ Background Steps: failure')
    expect(run.summary).toContain(
      '| ❌ | Wait for all background steps<br>&nbsp;&nbsp;✅ Quick: Succeeded<br>&nbsp;&nbsp;❌ Broken: Failed | implicit wait-all |'
    )
    expect(run.summary).toContain('```mermaid\ngantt')
    expect(run.summary).toContain('#### Quick\n\n## from quick')
  })

  it('is written on a cancelled run too, with the cancelled steps', async () => {
    const run = await runAction({
      steps: `
- id: svc
  name: Service
  background: true
  run: sleep 100
- name: Waiting
  run: echo ready; sleep 100
`,
      signal: { name: 'SIGINT', when: (line) => line === 'ready' }
    })
    expect(run.outputs.result).toBe('cancelled')
    expect(run.summary).toContain('## ⛔ Background Steps: cancelled')
    expect(run.summary).toMatch(/\| ⛔ \| Service <sub>background<\/sub> \| run \| cancelled \|/)
    expect(run.summary).toMatch(/\| ⛔ \| Waiting \| run \| cancelled \|/)
  }, 30_000)
})
