/**
 * `needs:` (beyond native, docs/needs.md) on the built action with real processes: validation with
 * line and column (N1), then each rule N2–N6 by name. Order is read from files the steps write,
 * never from durations; where a rule is about time (N3's timeout from the slot), the margins are
 * whole seconds.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { groups, readLines, runAction } from './harness.js'

/** Appends a line to $RUNNER_TEMP/order.txt. */
const note = (text: string): string => `echo "${text}" >> "$RUNNER_TEMP/order.txt"`

/** Waits (at most 20 s) until $RUNNER_TEMP/<flag> exists: a step that ends only once another began. */
const waitFor = (flag: string): string =>
  `for i in $(seq 400); do [ -f "$RUNNER_TEMP/${flag}" ] && break; sleep 0.05; done; [ -f "$RUNNER_TEMP/${flag}" ]`

describe('N1: validation before anything runs', () => {
  it('every needs error with its line and column; no step runs', async () => {
    const run = await runAction({
      steps: `- id: first
  run: touch "$RUNNER_TEMP/ran-first"
- id: g
  needs: [first, later]
  run: echo g
- wait: first
  needs: first
- parallel:
    - needs: first
      run: echo member
- background: false
  needs: first
  run: echo fg
- id: later
  needs: g
  run: echo later
`
    })
    expect(run.exitCode).toBe(1)
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran-first'))).toBe(false)
    const errors = run.annotations.filter((a) => a.kind === 'error' && a.properties.line)
    expect(errors.map((a) => [a.message, a.properties.line, a.properties.col])).toEqual([
      ["Step references unknown step ID 'later'", '4', '18'],
      ["Unexpected value 'needs'", '7', '3'],
      [
        "'needs' is not allowed inside a parallel block. Steps in a parallel block start when the block starts.",
        '9',
        '7'
      ],
      [
        "'needs' makes a step a background step; it cannot be used with 'background: false'.",
        '12',
        '3'
      ]
    ])
    expect(run.annotations.at(-1)?.message).toBe(
      'The step list is invalid (4 error(s)); no step ran.'
    )
  })

  it('a steps-file: the official messages for itself and a reserved id, at the value', async () => {
    const run = await runAction({
      files: {
        'graph.yml': '- id: a\n  needs: a\n  run: x\n- id: b\n  needs: [__run]\n  run: y\n'
      },
      inputs: { 'steps-file': 'graph.yml' }
    })
    const errors = run.annotations.filter((a) => a.properties.file === 'graph.yml')
    expect(errors.map((a) => [a.message, a.properties.line, a.properties.col])).toEqual([
      ["Step 'a' cannot reference itself", '2', '10'],
      ["The identifier '__run' is invalid. IDs starting with '__' are reserved.", '5', '11']
    ])
    expect(run.exitCode).toBe(1)
  })
})

describe('N2: a step with needs is a background step', () => {
  it('N2: the main loop moves on at once — the next foreground step writes before the graph step starts', async () => {
    const run = await runAction({
      steps: `
- id: a
  background: true
  run: |
    ${waitFor('main-went-on')}
    ${note('a')}
- id: g
  needs: a
  run: ${note('g')}
- id: main
  run: |
    ${note('main')}
    touch "$RUNNER_TEMP/main-went-on"
- wait-all:
`
    })
    expect(readLines(run, 'order.txt')).toEqual(['main', 'a', 'g'])
    expect(run.exitCode).toBe(0)
  })

  it('N2: wait on a graph step; cancel of one still waiting for its needs; the implicit wait-all covers the rest', async () => {
    const run = await runAction({
      steps: `
- id: slow
  background: true
  run: |
    ${waitFor('release')}
    echo "v=1" >> "$GITHUB_OUTPUT"
- id: g
  needs: slow
  run: echo "w=%{{ steps.slow.outputs.v }}2" >> "$GITHUB_OUTPUT"
- id: h
  name: H
  needs: slow
  run: ${note('h ran')}
- cancel: h
- run: touch "$RUNNER_TEMP/release"
- wait: g
- id: after
  run: echo "g=%{{ steps.g.outputs.w }} h=%{{ steps.h.conclusion }}" >> "$GITHUB_OUTPUT"
- id: late
  needs: g
  run: ${note('late ran')}
`
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['after--g']).toBe('12 h=cancelled')
    expect(readLines(run, 'order.txt')).toEqual(['late ran'])
    expect(groups(run).find((g) => g.title === 'Cancel')?.lines).toEqual([
      'Cancelling background step(s): H',
      'Finished cancelling background step(s).',
      '  H: Canceled'
    ])
    expect(groups(run).some((g) => g.title === 'Wait for all background steps')).toBe(true)
  })

  it('N2: fail-fast cancels a graph step waiting for its needs; it never starts', async () => {
    const run = await runAction({
      inputs: { 'fail-fast': 'true' },
      steps: `
- id: slow
  background: true
  run: sleep 30
- id: bad
  background: true
  run: exit 1
- id: g
  needs: slow
  if: always()
  run: ${note('g ran')}
- wait-all:
`
    })
    expect(readLines(run, 'order.txt')).toEqual([])
    expect(run.outputs['g--conclusion']).toBe('cancelled')
    expect(run.exitCode).toBe(1)
  })
})

describe('N3: a slot once every need has ended', () => {
  it('N3: starts only after all its needs ended', async () => {
    const run = await runAction({
      steps: `
- id: a
  background: true
  run: |
    sleep 0.5
    ${note('a ended')}
- id: b
  background: true
  run: ${note('b ended')}
- id: g
  needs: [a, b]
  run: ${note('g started')}
- wait-all:
`
    })
    expect(readLines(run, 'order.txt').at(-1)).toBe('g started')
    expect(readLines(run, 'order.txt').sort()).toEqual(['a ended', 'b ended', 'g started'])
  })

  it('N3: first-in, first-out by readiness, ties in list order (max-concurrency 1)', async () => {
    const run = await runAction({
      inputs: { 'max-concurrency': '1' },
      steps: `
- id: p
  background: true
  run: ${note('p')}
- id: q
  background: true
  run: ${note('q')}
- id: g1
  needs: q
  run: ${note('g1')}
- id: g2
  needs: p
  run: ${note('g2')}
- id: g3
  needs: p
  run: ${note('g3')}
- wait-all:
`
    })
    // g1 is listed first but became ready last (when q ended); g2 and g3 tie: list order.
    expect(readLines(run, 'order.txt')).toEqual(['p', 'q', 'g2', 'g3', 'g1'])
  })

  it('N3: timeout-minutes counts from the slot, not from the moment the main loop reached the step', async () => {
    const run = await runAction({
      steps: `
- id: need
  background: true
  run: sleep 3
- id: g
  needs: need
  timeout-minutes: 0.025
  run: sleep 0.2
- id: h
  name: H
  needs: need
  timeout-minutes: 0.01
  run: exec sleep 10
- wait-all:
  continue-on-error: true
`
    })
    // From registration, g's 1.5 s would have run out during need's 3 s.
    expect(run.outputs['g--conclusion']).toBe('success')
    expect(run.outputs['h--conclusion']).toBe('failure')
    expect(run.annotations.map((a) => a.message)).toContain(
      "The background step 'H' has timed out after 0.01 minutes."
    )
  })
})

describe('N4: if: when the needs have ended, relative to them', () => {
  it('N4: default skipped after a failed need, failure() runs, always() runs after a cancelled need, the skip propagates', async () => {
    const run = await runAction({
      steps: `
- id: bad
  background: true
  run: exit 1
- id: svc
  background: true
  run: sleep 30
- id: dflt
  needs: bad
  run: ${note('dflt')}
- id: onfail
  needs: bad
  if: failure()
  run: ${note('onfail')}
- id: chain
  needs: dflt
  run: ${note('chain')}
- id: cleanup
  needs: svc
  if: always()
  run: ${note('cleanup saw %{{ steps.svc.conclusion }}')}
- id: aftersvc
  needs: svc
  run: ${note('aftersvc')}
- cancel: svc
- wait-all:
`
    })
    expect(readLines(run, 'order.txt').sort()).toEqual(['cleanup saw cancelled', 'onfail'])
    expect(
      ['dflt', 'onfail', 'chain', 'cleanup', 'aftersvc'].map(
        (id) => `${id}=${run.outputs[`${id}--conclusion`]}`
      )
    ).toEqual([
      'dflt=skipped',
      'onfail=success',
      'chain=skipped',
      'cleanup=success',
      'aftersvc=skipped'
    ])
    expect(run.lines).toContain(
      '⏭ Run echo "dflt" >> "$RUNNER_TEMP/order.txt" (skipped: success() was false)'
    )
    expect(run.outputs.result).toBe('failure')
  })
})

describe('N5: it sees its needs as if it ran right after them', () => {
  it('N5: outputs, env and PATH of its needs, transitively; the main loop only after a wait (S08-style before/after)', async () => {
    const run = await runAction({
      steps: `
- id: a
  background: true
  run: |
    mkdir -p "$RUNNER_TEMP/bin-a"
    printf '#!/bin/sh\\necho tool-a\\n' > "$RUNNER_TEMP/bin-a/tool-a"
    chmod +x "$RUNNER_TEMP/bin-a/tool-a"
    echo "$RUNNER_TEMP/bin-a" >> "$GITHUB_PATH"
    echo "FROM_A=env-a" >> "$GITHUB_ENV"
    echo "v=out-a" >> "$GITHUB_OUTPUT"
- id: b
  needs: a
  run: |
    echo "FROM_B=env-b" >> "$GITHUB_ENV"
    echo "w=%{{ steps.a.outputs.v }}+b" >> "$GITHUB_OUTPUT"
- id: c
  needs: b
  run: |
    ${note('c: %{{ steps.a.outputs.v }} %{{ steps.b.outputs.w }} %{{ steps.a.conclusion }} $FROM_A $FROM_B %{{ env.FROM_B }} $(tool-a)')}
- id: before
  run: |
    ${note('before: [%{{ steps.a.outputs.v }}] [$FROM_A] [%{{ env.FROM_B }}]')}
    command -v tool-a >/dev/null || ${note('before: no tool-a')}
- wait-all:
- id: after
  run: |
    ${note('after: %{{ steps.a.outputs.v }} %{{ steps.b.outputs.w }} $FROM_A $FROM_B $(tool-a)')}
`
    })
    expect(run.exitCode).toBe(0)
    const lines = readLines(run, 'order.txt')
    expect(lines).toContain('c: out-a out-a+b success env-a env-b env-b tool-a')
    expect(lines).toContain('before: [] [] []')
    expect(lines).toContain('before: no tool-a')
    expect(lines.at(-1)).toBe('after: out-a out-a+b env-a env-b tool-a')
  })
})

describe('N6: job cancellation', () => {
  it('N6: a graph step that has not started never starts', async () => {
    const run = await runAction({
      signal: { name: 'SIGINT', when: (line) => line === 'fg-started' },
      steps: `
- id: need
  background: true
  run: exec sleep 30
- id: g
  needs: need
  if: always()
  run: ${note('g ran')}
- id: fg
  run: |
    echo fg-started
    sleep 30
- wait-all:
`
    })
    expect(readLines(run, 'order.txt')).toEqual([])
    expect(run.outputs.result).toBe('cancelled')
    expect(run.outputs['g--conclusion']).toBe('cancelled')
  })
})

describe('with the shard input', () => {
  it('a member another matrix leg runs is a skipped need on this leg', async () => {
    const steps = `
- parallel:
    - id: m1
      run: ${note('m1')}
    - id: m2
      run: ${note('m2')}
- id: both
  needs: [m1, m2]
  run: ${note('both')}
- id: report
  needs: [m1, m2]
  if: always()
  run: ${note('report m1=%{{ steps.m1.conclusion }} m2=%{{ steps.m2.conclusion }}')}
`
    const legs = []
    for (const shard of ['0/2', '1/2']) {
      const run = await runAction({ steps, inputs: { shard } })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['both--conclusion']).toBe('skipped')
      legs.push(readLines(run, 'order.txt'))
    }
    // Each leg ran one member; the other is a need that never ran here.
    expect(legs.map((lines) => lines.at(-1)).sort()).toEqual([
      'report m1= m2=success',
      'report m1=success m2='
    ])
    expect(legs.flatMap((lines) => lines.slice(0, -1)).sort()).toEqual(['m1', 'm2'])
  })
})

describe('the summary and composites', () => {
  it('the summary draws the graph and notes each graph step’s waits', async () => {
    const run = await runAction({
      steps: `
- id: deps
  name: Install
  run: "true"
- id: build
  name: Build
  needs: deps
  run: "true"
- id: e2e
  name: E2E
  needs: [build]
  run: "true"
`
    })
    expect(run.summary).toContain('### Step graph')
    expect(run.summary).toContain('    n1 --> n2')
    expect(run.summary).toMatch(
      /E2E <sub>background<\/sub><br><sub>waited \d+\.\d s for its needs, \d+\.\d s for a slot<\/sub>/
    )
  })

  it('inside a composite action a graph works the same way (its steps run through the same engine)', async () => {
    const composite = [
      'name: graph',
      'outputs: { seen: { value: "${{ steps.second.outputs.seen }}" } }',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - id: first',
      '      background: true',
      '      shell: bash',
      '      run: echo "v=from-first" >> "$GITHUB_OUTPUT"',
      '    - id: second',
      '      needs: first',
      '      shell: bash',
      '      run: echo "seen=${{ steps.first.outputs.v }}" >> "$GITHUB_OUTPUT"',
      '    - wait-all:'
    ].join('\n')
    const run = await runAction({
      files: { 'actions/graph/action.yml': composite + '\n' },
      steps: `
- id: comp
  uses: ./actions/graph
`
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['comp--seen']).toBe('from-first')
  })
})
