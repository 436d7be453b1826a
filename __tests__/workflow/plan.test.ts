import { describe, expect, it } from '@jest/globals'
import { parseStepList } from '../../src/workflow/parse.js'
import { buildPlan, IMPLICIT_WAIT_ALL_NAME, syntheticName } from '../../src/workflow/plan.js'
import type { ParsedStep, Plan } from '../../src/workflow/model.js'

const yaml = (...lines: string[]): string => lines.join('\n') + '\n'

function parsed(source: string): ParsedStep[] {
  const result = parseStepList({ source, fileName: 'steps', mode: 'file' })
  expect(result.errors).toEqual([])
  return result.steps
}

const planOf = (...lines: string[]): Plan => buildPlan(parsed(yaml(...lines)))

const bg = (id: string): string[] => [`- id: ${id}`, `  run: serve ${id}`, '  background: true']

const hasImplicitWaitAll = (plan: Plan): boolean =>
  plan.steps.some((step) => step.kind === 'wait-all' && step.implicit)

describe('R46: static coverage and the implicit wait-all', () => {
  it('R46: an uncovered background step gets "Wait for all background steps" appended last', () => {
    const plan = planOf(...bg('srv'), '- run: test')
    expect(plan.steps.map((s) => s.key)).toEqual(['srv', '__run', '__implicit_wait_all'])
    expect(plan.steps[2]).toEqual({
      kind: 'wait-all',
      key: '__implicit_wait_all',
      id: '__implicit_wait_all',
      explicitId: false,
      name: undefined,
      position: { line: 1, column: 3 },
      continueOnError: false,
      implicit: true
    })
    expect(syntheticName(plan.steps[2])).toBe(IMPLICIT_WAIT_ALL_NAME)
    expect(IMPLICIT_WAIT_ALL_NAME).toBe('Wait for all background steps')
  })

  it('R46: covered by a wait anywhere in the list', () => {
    expect(hasImplicitWaitAll(planOf(...bg('srv'), '- run: test', '- wait: srv'))).toBe(false)
  })

  it('R46: covered by a cancel', () => {
    expect(hasImplicitWaitAll(planOf(...bg('srv'), '- cancel: srv'))).toBe(false)
  })

  it('R46: covered by a later wait-all, but not by an earlier one', () => {
    expect(hasImplicitWaitAll(planOf(...bg('srv'), '- wait-all:'))).toBe(false)
    expect(hasImplicitWaitAll(planOf('- wait-all:', ...bg('srv')))).toBe(true)
  })

  it('R46: the id match is case-insensitive', () => {
    // The parser matches targets case-sensitively, so the only way a case variant reaches us is a
    // second step: `Srv` is waited for, `srv` is covered by that wait too (the runner's static map).
    const plan = planOf(...bg('Srv'), ...bg('srv'), '- wait: Srv')
    expect(hasImplicitWaitAll(plan)).toBe(false)
  })

  it('R46: one uncovered step is enough; the step points at the first uncovered one', () => {
    const plan = planOf(...bg('a'), ...bg('b'), '- wait: a', '- run: bg2', '  background: true')
    const last = plan.steps[plan.steps.length - 1]
    expect(last).toMatchObject({
      kind: 'wait-all',
      implicit: true,
      position: { line: 4, column: 3 }
    })
    expect(plan.steps.filter((s) => s.kind === 'wait-all')).toHaveLength(1)
  })

  it('R46: the decision is static — a step with if: false still counts', () => {
    expect(hasImplicitWaitAll(planOf(...bg('srv'), '  if: false'))).toBe(true)
  })

  it('R46: foreground steps alone need no implicit wait-all', () => {
    expect(hasImplicitWaitAll(planOf('- run: a', '- uses: actions/checkout@v4'))).toBe(false)
  })

  it('R46: parallel groups are covered by their own wait', () => {
    expect(hasImplicitWaitAll(planOf('- parallel:', '    - run: a', '    - run: b'))).toBe(false)
  })
})

describe('R60–R62: parallel groups', () => {
  it('R1/R60: members become background steps followed by a wait on exactly their keys, in list order (parallel: is flattened)', () => {
    const plan = planOf(
      '- run: before',
      '- parallel:',
      '    - run: a',
      '    - id: lint',
      '      run: b',
      '      if: always()',
      '- run: after'
    )
    expect(plan.steps.map((s) => [s.kind, s.key])).toEqual([
      ['run', '__run'],
      ['run', '__run_3'],
      ['run', 'lint'],
      ['wait', '__parallel'],
      ['run', '__run_2']
    ])
    const [, first, second, wait] = plan.steps
    for (const member of [first, second]) {
      expect(member).toMatchObject({ background: true, parallelGroup: '__parallel' })
    }
    // R60: each member keeps its own if.
    expect(second).toMatchObject({ id: 'lint', if: 'always()' })
    expect(wait).toEqual({
      kind: 'wait',
      key: '__parallel',
      id: '__parallel',
      explicitId: false,
      name: undefined,
      position: { line: 2, column: 3 },
      continueOnError: false,
      targets: ['__run_3', 'lint'],
      parallelGroup: '__parallel'
    })
    expect(plan.groups).toEqual({ __parallel: 'Parallel group' })
  })

  it('R60: an earlier background step stays uncovered by the group wait (R61) and gets the implicit wait-all', () => {
    const plan = planOf(...bg('srv'), '- parallel:', '    - run: a')
    expect(plan.steps.map((s) => s.key)).toEqual([
      'srv',
      '__run',
      '__parallel',
      '__implicit_wait_all'
    ])
  })

  it('R61: parallel: [] is a no-op — no steps, no wait, no group', () => {
    const plan = planOf('- run: a', '- parallel: []', '- run: b')
    expect(plan.steps.map((s) => s.key)).toEqual(['__run', '__run_2'])
    expect(plan.groups).toEqual({})
  })

  it('R62: a group and its wait are named "Parallel group"', () => {
    const steps = parsed(yaml('- parallel:', '    - run: a'))
    expect(syntheticName(steps[0])).toBe('Parallel group')
    const wait = buildPlan(steps).steps[1]
    expect(syntheticName(wait)).toBe('Parallel group')
  })

  it('keys stay unique across the plan, including members that restart generated ids', () => {
    const plan = planOf(
      '- run: a',
      '- parallel:',
      '    - run: b',
      '    - run: c',
      '- parallel:',
      '    - run: d',
      ...bg('x'),
      '- parallel:',
      '    - id: x',
      '      run: e'
    )
    const keys = plan.steps.map((s) => s.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toContain('__implicit_wait_all')
    expect(Object.keys(plan.groups)).toEqual(['__parallel', '__parallel_2', '__parallel_3'])
  })

  it('does not change the parsed steps', () => {
    const steps = parsed(yaml('- parallel:', '    - run: a'))
    buildPlan(steps)
    expect(steps[0].kind === 'parallel' && steps[0].members[0].background).toBe(false)
  })
})

describe('syntheticName (§1.3 synthetic names, runner default display names)', () => {
  it('names control steps as the parser does', () => {
    const steps = parsed(yaml(...bg('a'), '- wait: a', '- wait-all:', '- cancel: a'))
    expect(steps.slice(1).map(syntheticName)).toEqual(['Wait', 'Wait for all', 'Cancel'])
  })

  it('names run steps "Run <first non-blank line>" and uses steps "Run <uses>"', () => {
    const steps = parsed(
      yaml(
        '- run: |',
        '',
        '    npm ci   ',
        '    npm test',
        '- run: ""',
        '- uses: actions/checkout@v4',
        '- uses: docker://alpine:3'
      )
    )
    expect(steps.map(syntheticName)).toEqual([
      'Run npm ci',
      'Run',
      'Run actions/checkout@v4',
      'Run docker://alpine:3'
    ])
  })
})
