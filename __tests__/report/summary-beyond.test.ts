/**
 * The summary's notes beyond native: attempts (`retry:`), readiness (`ready:`) and the matrix
 * shard assignment (`shard` input).
 */
import { describe, expect, it } from '@jest/globals'
import type { JobReport, StepRecord } from '../../src/engine/records.js'
import { renderSummary } from '../../src/report/summary.js'
import type { ShardPlan } from '../../src/workflow/model.js'
import { jobReport, stepRecord } from './summary-fixtures.js'

const record = stepRecord

const report = (records: StepRecord[], shard?: ShardPlan): JobReport =>
  jobReport(records, { durationMs: 1000, ...(shard ? { shard } : {}) })

/** The table row of the step with this name. */
const rowOf = (markdown: string, name: string): string =>
  markdown.split('\n').find((line) => line.startsWith('| ') && line.includes(` ${name}`)) ?? ''

describe('summary: retry and ready notes', () => {
  it('retry: the attempt count under the step name', () => {
    const markdown = renderSummary(
      report([record({ key: 'flaky', displayName: 'Flaky', attempts: { made: 2, allowed: 3 } })])
    )
    expect(rowOf(markdown, 'Flaky')).toContain('Flaky<br><sub>attempt 2 of 3</sub>')
  })

  it('retry: {attempts: 1} adds no note', () => {
    const markdown = renderSummary(
      report([record({ key: 'once', displayName: 'Once', attempts: { made: 1, allowed: 1 } })])
    )
    expect(rowOf(markdown, 'Once')).not.toContain('attempt')
  })

  it('ready: when the probe passed, or that it never did', () => {
    const markdown = renderSummary(
      report([
        record({
          key: 'db',
          displayName: 'Database',
          background: true,
          readiness: { probe: 'tcp 127.0.0.1:5432', readyAfterMs: 1300 }
        }),
        record({
          key: 'api',
          displayName: 'API',
          background: true,
          result: 'Failed',
          outcome: 'Failed',
          readiness: { probe: 'http http://localhost:8080/health' }
        })
      ])
    )
    expect(rowOf(markdown, 'Database')).toContain(
      '<sub>✔ ready after 1.3 s (tcp 127.0.0.1:5432)</sub>'
    )
    expect(rowOf(markdown, 'API')).toContain(
      '<sub>✖ not ready (http http://localhost:8080/health)</sub>'
    )
  })
})

describe('summary: shard', () => {
  const shard: ShardPlan = {
    index: 1,
    total: 2,
    groups: [
      {
        key: '__parallel',
        name: 'Parallel group',
        position: { line: 3, column: 3 },
        members: [
          { key: 'e2e', label: 'E2E tests', weight: 5, shard: 0 },
          { key: 'unit', label: 'Unit tests', weight: 1, shard: 1 },
          { key: 'lint', label: 'Lint', weight: 1, shard: 1 }
        ]
      }
    ]
  }

  it('says which leg this is and which member ran where (▶ marks this leg)', () => {
    const markdown = renderSummary(report([record({ key: 'a', displayName: 'A' })], shard))
    expect(markdown).toContain('shard 1/2 · ')
    expect(markdown).toContain('### Shard 1/2')
    expect(markdown).toContain('| Parallel group (line 3) | E2E tests | 5 | 0/2 |')
    expect(markdown).toContain('| Parallel group (line 3) | Unit tests | 1 | ▶ 1/2 |')
    expect(markdown).toContain('| Parallel group (line 3) | Lint | 1 | ▶ 1/2 |')
  })

  it('no shard section without the shard input', () => {
    const markdown = renderSummary(report([record({ key: 'a', displayName: 'A' })]))
    expect(markdown).not.toContain('Shard')
  })
})
