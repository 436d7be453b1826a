/**
 * Parsed steps → the flat plan the engine runs: `parallel` groups expanded (R60), list order
 * kept, and the implicit "Wait for all background steps" appended when the static coverage check
 * finds a background step nothing waits for (R46). With the `shard` input (beyond native), each
 * group keeps only this matrix leg's share of its members (`sharding.ts`).
 */
import { ESCAPED_NATIVE_OPEN } from '../expressions/inline.js'
import { assignShards } from './sharding.js'
import type {
  CancelStep,
  ExecutableStep,
  ParallelStep,
  ParsedStep,
  Plan,
  PlannedStep,
  Shard,
  ShardPlan,
  SourcePosition,
  WaitAllStep,
  WaitStep
} from './model.js'

/** Name of the step the runner appends when a background step is left uncovered (R46). */
export const IMPLICIT_WAIT_ALL_NAME = 'Wait for all background steps'
/** Id and key of that step; `__` keeps it out of the `steps` context. */
export const IMPLICIT_WAIT_ALL_ID = '__implicit_wait_all'
/** Display name of a `parallel` group and of the wait that closes it (R62). */
export const PARALLEL_GROUP_NAME = 'Parallel group'

export interface PlanOptions {
  /** The `shard` input: keep only this leg's share of each group's members. */
  shard?: Shard
}

/** Expands `parallel` groups (R60), keeps list order, appends the implicit wait-all when needed (R46). */
export function buildPlan(steps: ParsedStep[], options: PlanOptions = {}): Plan {
  const planned: PlannedStep[] = []
  const groups: Record<string, string> = {}
  const nonEmpty = steps.filter(
    (step): step is ParallelStep => step.kind === 'parallel' && step.members.length > 0
  )
  const shardPlan = options.shard
    ? assignShards(nonEmpty, options.shard, { group: PARALLEL_GROUP_NAME, member: memberLabel })
    : undefined
  for (const step of steps) {
    if (step.kind !== 'parallel') {
      planned.push(step)
    } else if (step.members.length > 0) {
      // R61: `parallel: []` is a no-op, so an empty group leaves no trace at all.
      groups[step.key] = PARALLEL_GROUP_NAME
      planned.push(...expandGroup(onThisShard(step, shardPlan)))
    }
  }
  const uncovered = uncoveredBackgroundSteps(planned)
  if (uncovered.length > 0) planned.push(implicitWaitAll(uncovered[0].position))
  return shardPlan ? { steps: planned, groups, shard: shardPlan } : { steps: planned, groups }
}

/**
 * The group with only the members sharding gave this leg. A group left with none still keeps its
 * wait, which then waits for nothing ("(none)"), so every leg shows every group.
 */
function onThisShard(group: ParallelStep, shard: ShardPlan | undefined): ParallelStep {
  if (!shard) return group
  const mine = new Set(
    shard.groups
      .find((entry) => entry.key === group.key)
      ?.members.filter((member) => member.shard === shard.index)
      .map((member) => member.key)
  )
  return { ...group, members: group.members.filter((member) => mine.has(member.key)) }
}

/**
 * What the summary calls a member before it ran (it may not run on this leg at all): a literal
 * `name:`, else the user's id, else the runner's default name.
 */
function memberLabel(step: ExecutableStep): string {
  if (step.name !== undefined && step.name.trim() !== '' && !step.name.includes('${{')) {
    return step.name
  }
  return step.explicitId ? step.id : syntheticName(step)
}

/** Every `uses:` of a step list, `parallel` members included, first occurrence first. */
export function usesOf(steps: readonly ParsedStep[]): string[] {
  const found = new Set<string>()
  const walk = (list: readonly ParsedStep[]): void => {
    for (const step of list) {
      if (step.kind === 'uses') found.add(step.uses)
      if (step.kind === 'parallel') walk(step.members)
    }
  }
  walk(steps)
  return [...found]
}

/**
 * The runner's display name for a step without `name:`: "Run <first line>" for `run:`,
 * "Run <uses>" for `uses:`, and the parser's synthetic names for control steps (§1.3).
 */
export function syntheticName(step: ParsedStep | PlannedStep): string {
  switch (step.kind) {
    case 'run':
      return `Run ${firstNonBlankLine(step.run)}`.trim()
    case 'uses':
      return `Run ${step.uses}`
    case 'wait':
      return step.parallelGroup === undefined ? 'Wait' : PARALLEL_GROUP_NAME
    case 'wait-all':
      return step.implicit ? IMPLICIT_WAIT_ALL_NAME : 'Wait for all'
    case 'cancel':
      return 'Cancel'
    case 'parallel':
      return PARALLEL_GROUP_NAME
  }
}

/** The first non-blank line, shown as written (an inline literal `${{` is shown as `${{`). */
function firstNonBlankLine(text: string): string {
  return (
    text
      .replaceAll(ESCAPED_NATIVE_OPEN, '${{')
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? ''
  )
}

/**
 * R60: the members run as background steps, then one wait on exactly them. Generated member ids
 * restart per group (`__run` again), so the wait targets the members' unique keys; it takes the
 * group's key and id, standing in for the group in the plan.
 */
function expandGroup(group: ParallelStep): PlannedStep[] {
  const members: ExecutableStep[] = group.members.map((member) => ({
    ...member,
    background: true,
    parallelGroup: group.key
  }))
  const wait: WaitStep = {
    kind: 'wait',
    key: group.key,
    id: group.id,
    explicitId: false,
    name: undefined,
    position: group.position,
    continueOnError: false,
    targets: members.map((member) => member.key),
    parallelGroup: group.key
  }
  return [...members, wait]
}

/**
 * R46: a background step outside a group is covered when a `wait` or `cancel` anywhere names its
 * id (case-insensitively, as the runner's static map does) or any `wait-all` comes after it.
 * Static: a step that `if:` will skip still counts. Groups are covered by their own wait.
 */
function uncoveredBackgroundSteps(steps: PlannedStep[]): ExecutableStep[] {
  const targeted = new Set(
    steps
      .filter((step): step is WaitStep | CancelStep => isUserTargeting(step))
      .flatMap((step) => (step.kind === 'wait' ? step.targets : [step.target]))
      .map((target) => target.toLowerCase())
  )
  const lastWaitAll = steps.map((step) => step.kind).lastIndexOf('wait-all')
  return steps.filter(
    (step, index): step is ExecutableStep =>
      (step.kind === 'run' || step.kind === 'uses') &&
      step.background &&
      step.parallelGroup === undefined &&
      !targeted.has(step.id.toLowerCase()) &&
      index > lastWaitAll
  )
}

/** A user's `wait`/`cancel` (a group's own wait targets member keys, not ids). */
function isUserTargeting(step: PlannedStep): boolean {
  return step.kind === 'cancel' || (step.kind === 'wait' && step.parallelGroup === undefined)
}

/**
 * The appended step has no source of its own; it carries the position of the first background
 * step that made it necessary, so a message about it can point somewhere useful.
 */
function implicitWaitAll(position: SourcePosition): WaitAllStep {
  return {
    kind: 'wait-all',
    key: IMPLICIT_WAIT_ALL_ID,
    id: IMPLICIT_WAIT_ALL_ID,
    explicitId: false,
    name: undefined,
    position,
    continueOnError: false,
    implicit: true
  }
}
