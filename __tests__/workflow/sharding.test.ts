/**
 * Matrix sharding in the plan (beyond native): each leg keeps its share of every `parallel`
 * group's members — deterministic, balanced by `weight:` — and every other step.
 */
import { describe, expect, it } from '@jest/globals'
import { parseStepList } from '../../src/workflow/parse.js'
import { buildPlan } from '../../src/workflow/plan.js'
import type { ParsedStep, Plan, Shard } from '../../src/workflow/model.js'

const yaml = (...lines: string[]): string => lines.join('\n') + '\n'

function parsed(source: string): ParsedStep[] {
  const result = parseStepList({ source, fileName: 'steps', mode: 'file' })
  expect(result.errors).toEqual([])
  return result.steps
}

/** A group of members `id` with optional weights, e.g. group('a:3', 'b', 'c:2'). */
const group = (...members: string[]): string[] => [
  '- parallel:',
  ...members.flatMap((member) => {
    const [id, weight] = member.split(':')
    return [
      `    - id: ${id}`,
      `      run: test ${id}`,
      ...(weight ? [`      weight: ${weight}`] : [])
    ]
  })
]

const planFor = (source: string, shard?: Shard): Plan =>
  buildPlan(parsed(source), shard ? { shard } : {})

/** The keys of the steps a leg runs. */
const keysOn = (source: string, shard: Shard): string[] =>
  planFor(source, shard).steps.map((step) => step.key)

/** Which leg runs each member, from the plan's own record. */
const assignment = (source: string, total: number): Record<string, number> =>
  Object.fromEntries(
    planFor(source, { index: 0, total })
      .shard!.groups.flatMap((g) => g.members)
      .map((member) => [member.key, member.shard])
  )

describe('shard: every leg runs its share of each group and every other step', () => {
  const source = yaml(
    '- id: build',
    '  run: make',
    ...group('a', 'b', 'c', 'd'),
    '- id: report',
    '  run: report'
  )

  it('without the shard input the plan is exactly as before (no shard record)', () => {
    const plan = planFor(source)
    expect(plan.shard).toBeUndefined()
    expect(plan.steps.map((s) => s.key)).toEqual([
      'build',
      'a',
      'b',
      'c',
      'd',
      '__parallel',
      'report'
    ])
  })

  it('two legs split four equal members 2/2; non-group steps and the group wait run on both', () => {
    expect(keysOn(source, { index: 0, total: 2 })).toEqual([
      'build',
      'a',
      'c',
      '__parallel',
      'report'
    ])
    expect(keysOn(source, { index: 1, total: 2 })).toEqual([
      'build',
      'b',
      'd',
      '__parallel',
      'report'
    ])
  })

  it("the group wait on a leg targets exactly that leg's members", () => {
    const wait = planFor(source, { index: 1, total: 2 }).steps.find((s) => s.key === '__parallel')
    expect(wait).toMatchObject({ kind: 'wait', targets: ['b', 'd'] })
  })

  it('every member runs on exactly one leg (the legs partition the group)', () => {
    for (const total of [1, 2, 3, 4, 7]) {
      const all = Array.from({ length: total }, (_, index) =>
        keysOn(source, { index, total }).filter((key) => ['a', 'b', 'c', 'd'].includes(key))
      ).flat()
      expect(all.sort()).toEqual(['a', 'b', 'c', 'd'])
    }
  })

  it('shard 0/1 runs everything', () => {
    expect(keysOn(source, { index: 0, total: 1 })).toEqual(planFor(source).steps.map((s) => s.key))
  })

  it('deterministic: the same list gives the same assignment every time, on every leg', () => {
    const first = assignment(source, 3)
    for (let i = 0; i < 5; i++) expect(assignment(source, 3)).toEqual(first)
    const fromLeg2 = planFor(source, { index: 2, total: 3 }).shard!.groups[0].members
    expect(Object.fromEntries(fromLeg2.map((m) => [m.key, m.shard]))).toEqual(first)
  })
})

describe('shard: balanced by weight', () => {
  it('heaviest first onto the lightest leg: weights 5,3,2,2 over two legs give 5+2 and 3+2', () => {
    const source = yaml(...group('a:5', 'b:3', 'c:2', 'd:2'))
    expect(assignment(source, 2)).toEqual({ a: 0, b: 1, c: 1, d: 0 })
  })

  it('one heavy member gets a leg to itself; the light ones share the other', () => {
    const source = yaml(...group('e2e:10', 'lint', 'unit', 'types'))
    expect(assignment(source, 2)).toEqual({ e2e: 0, lint: 1, unit: 1, types: 1 })
  })

  it("the plan records each member's weight (default 1) and label for the summary", () => {
    const source = yaml(
      '- parallel:',
      '    - name: Unit tests',
      '      run: test unit',
      '      weight: 2',
      '    - run: test e2e'
    )
    const shard = planFor(source, { index: 1, total: 2 }).shard!
    expect(shard).toMatchObject({ index: 1, total: 2 })
    expect(shard.groups).toEqual([
      {
        key: '__parallel',
        name: 'Parallel group',
        position: { line: 1, column: 3 },
        members: [
          { key: '__run', label: 'Unit tests', weight: 2, shard: 0 },
          { key: '__run_2', label: 'Run test e2e', weight: 1, shard: 1 }
        ]
      }
    ])
  })

  it('one-member groups spread over the legs instead of all landing on leg 0', () => {
    const source = yaml(...group('a'), ...group('b'), ...group('c'))
    expect(assignment(source, 3)).toEqual({ a: 0, b: 1, c: 2 })
  })
})

describe('shard: a leg whose share is empty', () => {
  const source = yaml(...group('only'), '- id: after', '  run: after')

  it('keeps the group wait, waiting for nothing, and still runs every other step', () => {
    const plan = planFor(source, { index: 1, total: 2 })
    expect(plan.steps.map((s) => s.key)).toEqual(['__parallel', 'after'])
    expect(plan.steps[0]).toMatchObject({ kind: 'wait', targets: [], parallelGroup: '__parallel' })
    expect(plan.groups).toEqual({ __parallel: 'Parallel group' })
  })

  it('more legs than members: the extra legs get nothing, and no implicit wait-all appears', () => {
    const plan = planFor(source, { index: 3, total: 4 })
    expect(plan.steps.some((s) => s.kind === 'wait-all')).toBe(false)
    expect(plan.steps.filter((s) => s.kind === 'run').map((s) => s.key)).toEqual(['after'])
  })
})
