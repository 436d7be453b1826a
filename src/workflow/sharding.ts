/**
 * Matrix sharding (beyond native): the `shard` input `i/n` makes each matrix leg run only its
 * share of every `parallel` group's members. Every leg computes the same assignment from the same
 * list, so the legs agree without talking to each other.
 *
 * Per group, members are placed heaviest first (by `weight:`, default 1; ties in list order) on
 * the shard with the least weight in that group so far (longest-processing-time first). Ties
 * between shards go to the one with the least weight over all groups so far, then the lowest
 * index, so a run of one-member groups spreads over the legs instead of piling onto leg 0.
 */
import type { ExecutableStep, ParallelStep, Shard, ShardedMember, ShardPlan } from './model.js'

/** The weight of a member without `weight:`. */
export const DEFAULT_WEIGHT = 1

/** How the summary names groups and members. */
export interface ShardNaming {
  group: string
  member(member: ExecutableStep): string
}

/** Assigns every member of every group to a shard. */
export function assignShards(
  groups: readonly ParallelStep[],
  shard: Shard,
  naming: ShardNaming
): ShardPlan {
  const overall = new Array<number>(shard.total).fill(0)
  return {
    ...shard,
    groups: groups.map((group) => {
      const inGroup = new Array<number>(shard.total).fill(0)
      const byWeight = group.members
        .map((member, index) => ({ member, index, weight: member.weight ?? DEFAULT_WEIGHT }))
        .sort((a, b) => b.weight - a.weight || a.index - b.index)
      const placed = new Map<string, number>()
      for (const { member, weight } of byWeight) {
        const target = lightest(inGroup, overall)
        inGroup[target] += weight
        overall[target] += weight
        placed.set(member.key, target)
      }
      const members: ShardedMember[] = group.members.map((member) => ({
        key: member.key,
        label: naming.member(member),
        weight: member.weight ?? DEFAULT_WEIGHT,
        shard: placed.get(member.key) ?? 0
      }))
      return { key: group.key, name: naming.group, position: group.position, members }
    })
  }
}

/** The shard with the least weight in the group, then over all groups, then the lowest index. */
function lightest(inGroup: readonly number[], overall: readonly number[]): number {
  let best = 0
  for (let i = 1; i < inGroup.length; i++) {
    if (
      inGroup[i] < inGroup[best] ||
      (inGroup[i] === inGroup[best] && overall[i] < overall[best])
    ) {
      best = i
    }
  }
  return best
}
