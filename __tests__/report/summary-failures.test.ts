/**
 * The summary opens with the failed steps: how each ended and the tail of its output, masked,
 * fenced and within the section's share of the runner's 1 MiB summary limit.
 */
import { describe, expect, it } from '@jest/globals'
import type { JobReport, StepRecord } from '../../src/engine/records.js'
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js'
import { FAILURES_BYTES, LINE_CHARS } from '../../src/report/summary-failures.js'
import { jobReport, stepRecord } from './summary-fixtures.js'

const record = stepRecord

function failed(partial: Partial<StepRecord> & Pick<StepRecord, 'key' | 'displayName'>) {
  return record({ result: 'Failed', outcome: 'Failed', ...partial })
}

const report = (records: StepRecord[]): JobReport =>
  jobReport(records, { result: 'failure', durationMs: 2000 })

const exitCode = (code: number) => ({
  kind: 'error' as const,
  message: `Process completed with exit code ${code}.`,
  properties: {}
})

/** The failed-steps section alone (up to the table). */
const section = (markdown: string): string =>
  markdown.slice(markdown.indexOf('### ❌ Failed steps'), markdown.indexOf('| | Step |'))

describe('summary: failed steps first', () => {
  it('opens with the failed steps, after the heading and the facts line and before the table', () => {
    const markdown = renderSummary(
      report([
        record({ key: 'ok', displayName: 'Build' }),
        failed({
          key: 'test',
          displayName: 'Test',
          annotations: [exitCode(2)],
          outputTail: ['running 3 tests', 'test b ... FAILED']
        })
      ])
    )
    expect(
      markdown.startsWith('## ❌ Background Steps: failure\n\n2 steps · 2.0 s in all\n\n')
    ).toBe(true)
    expect(markdown).toContain(
      [
        '### ❌ Failed steps',
        '',
        '#### ❌ Test',
        '',
        '**Failed:** Process completed with exit code 2.',
        '',
        'Its output (2 lines):',
        '',
        '```',
        'running 3 tests',
        'test b ... FAILED',
        '```',
        '',
        '### Steps',
        '',
        '| | Step |'
      ].join('\n')
    )
    expect(section(markdown)).not.toContain('Build')
  })

  it('says how a step ended from its errors (timed out, not ready, continue-on-error)', () => {
    const markdown = renderSummary(
      report([
        failed({
          key: 'slow',
          displayName: 'Slow',
          errors: ["The action 'Slow' has timed out after 1 minutes."]
        }),
        failed({
          key: 'db',
          displayName: 'Database',
          background: true,
          readiness: { probe: 'tcp 127.0.0.1:5432' },
          errors: ['Database was not ready after 30 s.']
        }),
        record({
          key: 'lint',
          displayName: 'Lint',
          outcome: 'Failed',
          result: 'Succeeded',
          annotations: [exitCode(1)]
        }),
        failed({ key: 'bare', displayName: 'Bare' })
      ])
    )
    const failures = section(markdown)
    expect(failures).toContain(
      "#### ❌ Slow\n\n**Failed:** The action 'Slow' has timed out after 1 minutes.\n"
    )
    expect(failures).toContain(
      '#### ❌ Database <sub>background</sub>\n\n**Not ready (tcp 127.0.0.1:5432):** Database was not ready after 30 s.\n'
    )
    expect(failures).toContain(
      '#### ❌ Lint\n\n**Failed, and `continue-on-error` let the run go on:** Process completed with exit code 1.\n'
    )
    expect(failures).toContain('#### ❌ Bare\n\n**Failed.**\n')
  })

  it('escapes Markdown in an error message and a heading, and falls back to the first ::error:: annotation', () => {
    const markdown = renderSummary(
      report([
        failed({ key: 'a', displayName: 'A', errors: ['bad <input> in *file*_name_'] }),
        failed({
          key: 'b',
          displayName: 'B',
          annotations: [{ kind: 'error', message: 'lint found 3 problems', properties: {} }]
        }),
        failed({ key: 'c', displayName: 'Issue #' })
      ])
    )
    // A heading's trailing `#` is not read as its closing sequence.
    expect(section(markdown)).toContain('#### ❌ Issue \\#\n')
    expect(section(markdown)).toContain('**Failed:** bad \\<input\\> in \\*file\\*\\_name\\_\n')
    expect(section(markdown)).toContain('**Failed:** lint found 3 problems\n')
  })

  it('shows the failed members of a parallel group as members, not the group’s own wait', () => {
    const markdown = renderSummary(
      report([
        failed({ key: 'lint', displayName: 'Lint', background: true, parallelGroup: 'g' }),
        record({ key: 'unit', displayName: 'Unit', background: true, parallelGroup: 'g' }),
        failed({
          key: 'g',
          displayName: 'Parallel group',
          kind: 'wait',
          parallelGroup: 'g',
          waited: [
            { name: 'Lint', result: 'Failed' },
            { name: 'Unit', result: 'Succeeded' }
          ]
        }),
        failed({
          key: '__implicit_wait_all',
          displayName: 'Wait for all background steps',
          kind: 'wait-all',
          implicit: true,
          waited: [{ name: 'Lint', result: 'Failed' }]
        })
      ])
    )
    const failures = section(markdown)
    expect(failures).toContain('#### ❌ Lint <sub>in Parallel group</sub>')
    expect(failures).not.toContain('#### ❌ Parallel group')
    expect(failures).not.toContain('Wait for all')
    expect(failures).not.toContain('Unit')
  })

  it('lists a control step that failed with none of its steps failed (its own error)', () => {
    const markdown = renderSummary(
      report([
        failed({ key: 'w', displayName: 'Wait', kind: 'wait', errors: ['Wait broke.'], waited: [] })
      ])
    )
    expect(section(markdown)).toContain('#### ❌ Wait\n\n**Failed:** Wait broke.\n')
  })

  it('has no section when nothing failed (cancelled and skipped steps are not failures)', () => {
    const markdown = renderSummary(
      report([
        record({ key: 'a', displayName: 'A' }),
        record({ key: 'c', displayName: 'C', result: 'Canceled', outcome: 'Canceled' }),
        record({ key: 's', displayName: 'S', result: 'Skipped', outcome: 'Skipped' })
      ])
    )
    expect(markdown).not.toContain('Failed steps')
  })

  it('shows only the last 20 lines, and says when the output was all of it or its tail', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`)
    const markdown = renderSummary(
      report([failed({ key: 'a', displayName: 'A', outputTail: lines })])
    )
    expect(markdown).toContain('The last 20 lines of its output:\n\n```\nline 6\n')
    expect(markdown).toContain('line 25\n```\n')
    expect(markdown).not.toContain('line 5\n')
    const empty = renderSummary(report([failed({ key: 'b', displayName: 'B', outputTail: [] })]))
    expect(empty).toContain('<sub>It printed nothing.</sub>')
  })

  it('fences the output with more backticks than any run in it, as plain text without escapes', () => {
    const markdown = renderSummary(
      report([
        failed({
          key: 'a',
          displayName: 'A',
          outputTail: ['```', 'inline `code` and ````four````', '\u001b[31mred\u001b[0m', 'a\rb\r']
        })
      ])
    )
    expect(markdown).toContain('`````\n```\ninline `code` and ````four````\nred\nb\n`````\n')
  })

  it('masks secrets in the tail, also one split by colour codes or crossing the line cut', () => {
    const secret = 'hunter2hunter2'
    const long = 'x'.repeat(LINE_CHARS - 5) + secret
    const markdown = renderSummary(
      report([
        failed({
          key: 'a',
          displayName: `Deploy ${secret}`,
          errors: [`token ${secret} refused`],
          outputTail: [`token=${secret}`, `hunter2\u001b[0mhunter2`, long]
        })
      ]),
      { mask: (text) => text.split(secret).join('***') }
    )
    expect(markdown).not.toContain(secret)
    expect(markdown).not.toContain('hunte')
    expect(markdown).toContain('#### ❌ Deploy ***')
    expect(markdown).toContain('**Failed:** token \\*\\*\\* refused')
    expect(markdown).toContain('token=***\n***\n' + 'x'.repeat(LINE_CHARS - 5) + '***\n')
  })

  it('cuts long lines and keeps the section within its budget, naming what it left out', () => {
    const long = Array.from({ length: 20 }, (_, i) => `${i}`.repeat(200_000))
    const records = Array.from({ length: 60 }, (_, i) =>
      failed({ key: `s${i}`, displayName: `Step ${i}`, outputTail: long })
    )
    const markdown = renderSummary(report(records))
    const failures = section(markdown)
    expect(Buffer.byteLength(failures)).toBeLessThanOrEqual(FAILURES_BYTES + 200)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(failures).toContain(
      `#### ❌ Step 0\n\n**Failed.**\n\nThe last 20 lines of its output, 20 cut to ${LINE_CHARS} characters:\n\n\`\`\`\n`
    )
    expect(failures).toContain('0'.repeat(LINE_CHARS - 1) + '…\n')
    expect(failures).not.toContain('0'.repeat(LINE_CHARS))
    // Later steps are still named, without their output, until even that does not fit.
    expect(failures).toContain(
      "<sub>Its output is left out to stay within the runner's 1 MiB summary limit.</sub>"
    )
    // The table still lists every step.
    expect(markdown).toContain('| ❌ | Step 59 | run | failure |')
  })

  it('counts the failed steps that no longer fit even without their output', () => {
    const records = Array.from({ length: 3000 }, (_, i) =>
      failed({
        key: `s${i}`,
        displayName: `Step ${i}`,
        errors: ['e'.repeat(2000)],
        outputTail: ['out']
      })
    )
    const markdown = renderSummary(report(records))
    const failures = section(markdown)
    expect(Buffer.byteLength(failures)).toBeLessThanOrEqual(FAILURES_BYTES + 200)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    // Error messages are cut too (1,000 characters).
    expect(failures).toContain(`**Failed:** ${'e'.repeat(999)}…\n`)
    const shown = failures.split('\n#### ').length - 1
    expect(shown).toBeGreaterThan(100)
    expect(failures).toContain(
      `> ✂️ ${3000 - shown} more failed step(s) left out to stay within the runner's 1 MiB summary limit: see the table.`
    )
  })
})
