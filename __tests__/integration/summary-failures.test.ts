/**
 * Failures first (docs/logs-and-summary.md), on the built bundle and through the CLI: the job
 * summary opens with the failed steps, each with how it ended and the last 20 lines of its
 * output, masked, before the table; a step that succeeded is not in that section.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { cli, freshFolder } from './cli-harness.js'
import { runAction } from './harness.js'

const SECRET = 'hunter2-very-secret'

/** A 10,000-line step that fails, printing the secret in its tail, beside one that succeeds. */
const STEPS = `
- id: flood
  name: Long failing step
  background: true
  run: |
    seq 1 10000 | sed 's/^/line-/'
    echo "token was %{{ secrets.API_TOKEN }}"
    exit 3
- id: fine
  name: Quiet step
  background: true
  run: echo all good
- wait-all:
  continue-on-error: true
`

/** The failed-steps section: from its heading to the table's header row. */
function failuresSection(summary: string): string {
  const start = summary.indexOf('### ❌ Failed steps')
  const table = summary.indexOf('| | Step |')
  expect(start).toBeGreaterThanOrEqual(0)
  expect(table).toBeGreaterThan(start)
  return summary.slice(start, table)
}

/** The section's expectations, the same whether the bundle or the CLI wrote the summary. */
function expectTailOfFloodOnly(summary: string): void {
  const section = failuresSection(summary)
  expect(section).toContain('Long failing step')
  expect(section).not.toContain('Quiet step')
  expect(section).toContain('exit code 3')
  // The last 20 lines: 9,982 … 10,000, the echo and our own exit-code line are not all output;
  // what matters is that the tail is the end of the output and nothing before it.
  expect(section).toContain('line-10000')
  expect(section).toContain('token was ***')
  expect(section).not.toContain(SECRET)
  const shown = [...section.matchAll(/^line-(\d+)$/gm)].map((m) => Number(m[1]))
  expect(shown.length).toBeGreaterThan(10)
  expect(shown.length).toBeLessThanOrEqual(20)
  expect(shown).toEqual(shown.map((_, i) => 10001 - shown.length + i))
  expect(section.split('\n').length).toBeLessThan(60)
}

describe('failures first (issue 15 item 2)', () => {
  it('the built action: the summary opens with the failed step and its last lines, masked', async () => {
    const run = await runAction({
      steps: STEPS,
      inputs: { secrets: JSON.stringify({ API_TOKEN: SECRET }) }
    })
    expect(run.exitCode).toBe(1)
    expectTailOfFloodOnly(run.summary)
    // The log still has every line of the step, once.
    const lines = run.lines.filter((line) => /^line-\d+$/.test(line))
    expect(lines).toHaveLength(10000)
    // The log is masked by the runner: its mask command comes before any line that carries it.
    const naming = run.lines.filter((line) => line.includes(SECRET))
    expect(naming[0]).toBe(`::add-mask::${SECRET}`)
  })

  it('the CLI: the same section in the --summary-file it writes', () => {
    const workspace = freshFolder()
    fs.writeFileSync(path.join(workspace, 'steps.yml'), STEPS.replaceAll('%{{', '${{'))
    const secrets = JSON.stringify({ API_TOKEN: SECRET })
    const args = [
      'run',
      'steps.yml',
      '--summary-file',
      'summary.md',
      '--input',
      `secrets=${secrets}`
    ]
    const result = cli(args, workspace)
    expect(result.stderr).not.toContain('Usage')
    expect(result.status).toBe(1)
    expectTailOfFloodOnly(fs.readFileSync(path.join(workspace, 'summary.md'), 'utf8'))
  })
})
