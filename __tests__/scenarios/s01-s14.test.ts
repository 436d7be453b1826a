/**
 * Conformance scenarios S01–S14 of docs/semantics.md §3 (basic concurrency and waiting, deferred
 * state) on the built action. Inline lists write `%{{ }}` where the nested engine evaluates; S08
 * and S13 run from a steps-file with native `${{ }}`.
 */
import { describe, expect, it } from '@jest/globals'
import {
  IMPLICIT_WAIT_ALL,
  groupLines,
  hasGroup,
  printed,
  readLines,
  runFromFile,
  runInline,
  summaryRow
} from './scenario.js'

describe('A. basic concurrency and waiting', () => {
  it('S01: a bg step overlaps with the next foreground step; wait blocks', async () => {
    const run = await runInline(`
- id: bg
  name: BG
  background: true
  run: |
    echo "bg-start" >> "$RUNNER_TEMP/order.txt"; sleep 3
    echo "bg-end" >> "$RUNNER_TEMP/order.txt"
- id: fg
  run: echo "fg" >> "$RUNNER_TEMP/order.txt"
- wait: bg
- id: after
  run: echo "after" >> "$RUNNER_TEMP/order.txt"
`)
    const order = readLines(run, 'order.txt')
    expect([...order].sort()).toEqual(['after', 'bg-end', 'bg-start', 'fg'])
    expect(order.indexOf('fg')).toBeLessThan(order.indexOf('bg-end'))
    expect(order[order.length - 1]).toBe('after')
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: BG',
      'Finished waiting for background step(s).',
      '  BG: Succeeded'
    ])
    for (const id of ['bg', 'fg', 'after']) expect(run.outputs[`${id}--conclusion`]).toBe('success')
    expect(summaryRow(run, 'Wait')?.outcome).toBe('success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
    expect(hasGroup(run, IMPLICIT_WAIT_ALL)).toBe(false)
  })

  it('S02: wait targets only the listed steps; others keep running', async () => {
    const run = await runInline(`
- id: a
  name: A
  background: true
  run: sleep 5; echo a-done >> "$RUNNER_TEMP/o.txt"
- id: b
  name: B
  background: true
  run: sleep 1; echo b-done >> "$RUNNER_TEMP/o.txt"
- wait: b
- run: echo c >> "$RUNNER_TEMP/o.txt"
`)
    expect(readLines(run, 'o.txt')).toEqual(['b-done', 'c', 'a-done'])
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: B',
      'Finished waiting for background step(s).',
      '  B: Succeeded'
    ])
    expect(groupLines(run, IMPLICIT_WAIT_ALL)).toEqual([
      'Waiting for all background step(s) to complete: A',
      'Finished waiting for all background step(s).',
      '  A: Succeeded'
    ])
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S03: wait-all waits for all earlier bg steps', async () => {
    const run = await runInline(`
- id: a
  name: A
  background: true
  run: sleep 1; echo a-end >> "$RUNNER_TEMP/order.txt"
- id: b
  name: B
  background: true
  run: sleep 2; echo b-end >> "$RUNNER_TEMP/order.txt"
- wait-all:
- id: next
  run: echo next >> "$RUNNER_TEMP/order.txt"
`)
    expect(readLines(run, 'order.txt')).toEqual(['a-end', 'b-end', 'next'])
    expect(groupLines(run, 'Wait for all')).toEqual([
      'Waiting for all background step(s) to complete: A, B',
      'Finished waiting for all background step(s).',
      '  A: Succeeded',
      '  B: Succeeded'
    ])
    expect(hasGroup(run, IMPLICIT_WAIT_ALL)).toBe(false)
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S04: wait-all with nothing outstanding', async () => {
    const run = await runInline(`
- run: "true"
- wait-all:
`)
    expect(groupLines(run, 'Wait for all')).toEqual([
      'No background steps remaining to wait for.',
      'Finished waiting for all background step(s).'
    ])
    expect(summaryRow(run, 'Wait for all')?.outcome).toBe('success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S05: wait-all skips steps already completed by an earlier wait', async () => {
    const run = await runInline(`
- id: a
  name: A
  background: true
  run: sleep 1
- id: b
  name: B
  background: true
  run: sleep 2
- wait: a
- wait-all:
`)
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: A',
      'Finished waiting for background step(s).',
      '  A: Succeeded'
    ])
    expect(groupLines(run, 'Wait for all')).toEqual([
      'Waiting for all background step(s) to complete: B',
      'Finished waiting for all background step(s).',
      '  B: Succeeded'
    ])
    expect(run.outputs.result).toBe('success')
  })

  it('S06: multiple ids in one wait; names come from display names', async () => {
    const run = await runInline(`
- id: fe
  name: Build frontend
  background: true
  run: sleep 1; echo fe-end >> "$RUNNER_TEMP/order.txt"
- id: be
  name: Build backend
  background: true
  run: sleep 2; echo be-end >> "$RUNNER_TEMP/order.txt"
- run: echo lint >> "$RUNNER_TEMP/order.txt"
- name: Wait for both builds
  wait: [fe, be]
`)
    expect(readLines(run, 'order.txt')).toEqual(['lint', 'fe-end', 'be-end'])
    expect(groupLines(run, 'Wait for both builds')).toEqual([
      'Waiting for background step(s) to complete: Build frontend, Build backend',
      'Finished waiting for background step(s).',
      '  Build frontend: Succeeded',
      '  Build backend: Succeeded'
    ])
    expect(summaryRow(run, 'Wait for both builds')).toMatchObject({
      kind: 'wait',
      outcome: 'success',
      waited: ['Build frontend: Succeeded', 'Build backend: Succeeded']
    })
    expect(run.outputs.result).toBe('success')
  })

  it('S07: wait: [] is accepted and is a no-op', async () => {
    const run = await runInline(`
- run: "true"
- wait: []
`)
    expect(groupLines(run, 'Wait')).toEqual([
      'Waiting for background step(s) to complete: (none)',
      'Finished waiting for background step(s).'
    ])
    expect(summaryRow(run, 'Wait')?.outcome).toBe('success')
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })
})

describe('B. deferred state', () => {
  it('S08: outputs, outcome and conclusion are invisible until the wait (steps-file)', async () => {
    const run = await runFromFile(`
- id: a
  background: true
  run: echo "v=1" >> "$GITHUB_OUTPUT"
- run: sleep 2
- run: echo "before=[\${{ steps.a.outputs.v }}|\${{ steps.a.outcome }}|\${{ steps.a.conclusion }}]"
- wait: a
- run: echo "after=[\${{ steps.a.outputs.v }}|\${{ steps.a.outcome }}|\${{ steps.a.conclusion }}]"
`)
    const lines = printed(run)
    expect(lines).toContain('before=[||]')
    expect(lines).toContain('after=[1|success|success]')
    expect(lines.indexOf('before=[||]')).toBeLessThan(lines.indexOf('after=[1|success|success]'))
    expect(run.outputs.result).toBe('success')
  })

  it('S09: GITHUB_ENV and GITHUB_PATH are invisible until the wait', async () => {
    const run = await runInline(`
- id: a
  background: true
  run: |
    echo "FOO=bar" >> "$GITHUB_ENV"
    mkdir -p "$RUNNER_TEMP/bin"; printf '#!/bin/sh\\necho hi\\n' > "$RUNNER_TEMP/bin/hello"; chmod +x "$RUNNER_TEMP/bin/hello"
    echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
- run: sleep 2
- run: echo "before=[\${FOO:-}|%{{ env.FOO }}]"; command -v hello || echo no-hello
- wait: a
- run: echo "after=[$FOO|%{{ env.FOO }}]"; hello
`)
    const lines = printed(run)
    const expected = ['before=[|]', 'no-hello', 'after=[bar|bar]', 'hi']
    for (const line of expected) expect(lines).toContain(line)
    const positions = expected.map((line) => lines.indexOf(line))
    expect(positions).toEqual([...positions].sort((x, y) => x - y))
    expect(run.outputs.result).toBe('success')
  })

  it('S10: flush order follows the wait list order (wait: [b, a] → from-a)', async () => {
    const run = await runInline(flushOrder('- wait: [b, a]'))
    expect(printed(run)).toContain('X=from-a')
    expect(run.outputs.result).toBe('success')
  })

  it('S10 variant wait: [a, b] → from-b', async () => {
    const run = await runInline(flushOrder('- wait: [a, b]'))
    expect(printed(run)).toContain('X=from-b')
    expect(run.outputs.result).toBe('success')
  })

  it('S10 variant wait-all → from-b (queue order)', async () => {
    const run = await runInline(flushOrder('- wait-all:'))
    expect(printed(run)).toContain('X=from-b')
    expect(run.outputs.result).toBe('success')
  })

  it('S11: PATH precedence: the entry flushed later wins (wait: [a, b] → p2)', async () => {
    const run = await runInline(pathOrder('[a, b]'))
    expect(printed(run)).toContain('p2')
    expect(printed(run)).not.toContain('p1')
    expect(run.outputs.result).toBe('success')
  })

  it('S11 variant wait: [b, a] → p1', async () => {
    const run = await runInline(pathOrder('[b, a]'))
    expect(printed(run)).toContain('p1')
    expect(printed(run)).not.toContain('p2')
    expect(run.outputs.result).toBe('success')
  })

  it("S12: a bg step's if sees only flushed state", async () => {
    const run = await runInline(`
- id: a
  background: true
  run: echo "go=yes" >> "$GITHUB_OUTPUT"
- run: sleep 2
- id: b
  background: true
  if: steps.a.outputs.go == 'yes'
  run: echo b-ran >> "$RUNNER_TEMP/ran.txt"
- wait: a
- id: c
  if: steps.a.outputs.go == 'yes'
  run: echo c-ran >> "$RUNNER_TEMP/ran.txt"
`)
    expect(readLines(run, 'ran.txt')).toEqual(['c-ran'])
    // README "Choices" (Q-a): a bg step skipped by its if reads as skipped.
    expect(run.outputs['b--conclusion']).toBe('skipped')
    expect(run.outputs['c--conclusion']).toBe('success')
    expect(groupLines(run, IMPLICIT_WAIT_ALL)).toEqual([
      'No background steps remaining to wait for.',
      'Finished waiting for all background step(s).'
    ])
    expect(run.outputs.result).toBe('success')
    expect(run.exitCode).toBe(0)
  })

  it('S13: the env snapshot is taken when the bg step is queued (steps-file)', async () => {
    const run = await runFromFile(`
- run: echo "Y=1" >> "$GITHUB_ENV"
- id: a
  background: true
  run: sleep 1; echo "Y=[$Y] Z=[\${Z:-}]"
- run: echo "Z=2" >> "$GITHUB_ENV"
- wait: a
`)
    expect(printed(run)).toContain('Y=[1] Z=[]')
    expect(run.outputs.result).toBe('success')
  })

  it('S14: step summary from a bg step is not deferred', async () => {
    const run = await runInline(`
- id: a
  name: Summary writer
  background: true
  run: echo "# hello" >> "$GITHUB_STEP_SUMMARY"
`)
    expect(run.summary.split('\n')).toContain('# hello')
    expect(groupLines(run, IMPLICIT_WAIT_ALL)).toEqual([
      'Waiting for all background step(s) to complete: Summary writer',
      'Finished waiting for all background step(s).',
      '  Summary writer: Succeeded'
    ])
    expect(run.outputs.result).toBe('success')
  })
})

/** S10: two bg steps set the same env var; `waitStep` decides which flush comes last. */
function flushOrder(waitStep: string): string {
  return `
- id: a
  background: true
  run: echo "X=from-a" >> "$GITHUB_ENV"
- id: b
  background: true
  run: echo "X=from-b" >> "$GITHUB_ENV"
- run: sleep 2
${waitStep}
- run: echo "X=$X"
`
}

/** S11: two bg steps each prepend a directory holding a `tool` that prints the directory name. */
function pathOrder(waitList: string): string {
  const tool = (dir: string): string =>
    `mkdir -p "$RUNNER_TEMP/${dir}"; printf '#!/bin/sh\\necho ${dir}\\n' > "$RUNNER_TEMP/${dir}/tool"; chmod +x "$RUNNER_TEMP/${dir}/tool"; echo "$RUNNER_TEMP/${dir}" >> "$GITHUB_PATH"`
  return `
- id: a
  background: true
  run: |
    ${tool('p1')}
- id: b
  background: true
  run: |
    ${tool('p2')}
- wait: ${waitList}
- run: tool
`
}
