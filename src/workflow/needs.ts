/**
 * Beyond native: `needs:`, a declarative step graph (docs/needs.md). This module reads and
 * validates the key (rule N1); extensions.ts finds it on each step, in list order, and blanks it
 * out before GitHub's parser sees the list, as it does for `ready:`, `retry:` and `weight:`.
 *
 * N1: `needs: <id>` or `needs: [<id>, …]` on a `run:` or `uses:` step names explicit ids of
 * EARLIER `run:`/`uses:` steps (foreground, background, other graph steps, members of an earlier
 * `parallel`), so a graph has no cycle by construction. The messages follow the official ones
 * for `wait` targets (docs/semantics.md §1.4) and for a key a step kind does not take (§1.2).
 */
import { isMap, isScalar, isSeq } from 'yaml'

/** N1.3 — on a `wait`, `wait-all`, `cancel` or `parallel` step: what the parser says of any unknown key. */
export const NEEDS_ON_CONTROL_STEP = "Unexpected value 'needs'"
/** N1.4 — members of a `parallel` block start when the block starts. */
export const NEEDS_IN_PARALLEL =
  "'needs' is not allowed inside a parallel block. Steps in a parallel block start when the block starts."
/** N1.5 — a step with `needs` is a background step (N2). */
export const NEEDS_WITH_BACKGROUND_FALSE =
  "'needs' makes a step a background step; it cannot be used with 'background: false'."
/** N1.6 — `ready:` holds the main loop at its step, and the main loop never waits at a graph step. */
export const READY_WITH_NEEDS =
  "'ready' cannot be used with 'needs': the main loop does not wait at a step with 'needs'. Start the service before the steps that use it, with 'background: true' and 'ready'."
/** N1.2 — `needs: []` would make a graph step that needs nothing. */
export const NEEDS_EMPTY = "'needs' must name at least one step ID"

/** The official messages about one id (docs/semantics.md §1.4, checked in this order). */
const reserved = (id: string): string =>
  `The identifier '${id}' is invalid. IDs starting with '__' are reserved.`
const self = (id: string): string => `Step '${id}' cannot reference itself`
const unknown = (id: string): string => `Step references unknown step ID '${id}'`

/** What reading `needs:` reports through: the scanner's error list and alias resolution. */
export interface NeedsReporter {
  fail(node: unknown, message: string): void
  resolve(node: unknown): unknown
}

/**
 * N1.1 — the ids a `needs:` may name so far: the explicit ids of the `run:`/`uses:` steps
 * scanned before, in list order, `parallel` members included. Case-sensitive, as the parser
 * matches `wait` targets.
 */
export class DeclaredIds {
  private readonly ids = new Set<string>()

  /** Declares the step's id, once its own `needs:` has been read. */
  declare(keys: ReadonlyMap<string, unknown>, resolve: (node: unknown) => unknown): void {
    if (!keys.has('run') && !keys.has('uses')) return
    const id = resolve(keys.get('id'))
    if (isScalar(id) && typeof id.value === 'string') this.ids.add(id.value)
  }

  has(id: string): boolean {
    return this.ids.has(id)
  }
}

/** Whether a step with these keys may carry `needs:` (N1.3–N1.5); the message when not. */
export function needsPlacementError(
  keys: ReadonlyMap<string, unknown>,
  member: boolean,
  resolve: (node: unknown) => unknown
): string | undefined {
  if (!keys.has('run') && !keys.has('uses')) return NEEDS_ON_CONTROL_STEP
  if (member) return NEEDS_IN_PARALLEL
  const background = resolve(keys.get('background'))
  if (isScalar(background) && background.value === false) return NEEDS_WITH_BACKGROUND_FALSE
  return undefined
}

/**
 * N1 — the ids of one `needs:` value (one id or a sequence of them), each checked as the parser
 * checks a `wait` target: reserved, then itself, then unknown or later. Repeats are kept once.
 * Every problem is reported (at the offending value); undefined when there was one.
 */
export function readNeeds(
  node: unknown,
  key: unknown,
  step: { ownId: string | undefined; declared: DeclaredIds },
  reporter: NeedsReporter
): string[] | undefined {
  const items = isSeq(node) ? node.items.map((item) => reporter.resolve(item)) : [node]
  if (isSeq(node) && items.length === 0) {
    reporter.fail(node, NEEDS_EMPTY)
    return undefined
  }
  const ids = items.map((item) => readNeedId(item, key, step, reporter))
  if (ids.some((id) => id === undefined)) return undefined
  return [...new Set(ids as string[])]
}

function readNeedId(
  node: unknown,
  key: unknown,
  step: { ownId: string | undefined; declared: DeclaredIds },
  reporter: NeedsReporter
): string | undefined {
  // The parser's own words for a value of the wrong shape (docs/semantics.md §1.7, E3–E5).
  if (isMap(node)) return failed(reporter, node, 'A mapping was not expected')
  if (isSeq(node)) return failed(reporter, node, 'A sequence was not expected')
  const value = isScalar(node) ? node.value : undefined
  // A plain scalar that YAML read as a number or boolean is an id as written (`needs: 1` is no id).
  const id =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : ''
  if (id === '') return failed(reporter, hasRange(node) ? node : key, "Unexpected value ''")
  if (id.includes('${{')) {
    return failed(reporter, node, 'A template expression is not allowed in this context')
  }
  if (id.startsWith('__')) return failed(reporter, node, reserved(id))
  // The official self-reference check ignores case (docs/semantics.md §1.4 check 2).
  if (step.ownId !== undefined && id.toLowerCase() === step.ownId.toLowerCase()) {
    return failed(reporter, node, self(step.ownId))
  }
  if (!step.declared.has(id)) return failed(reporter, node, unknown(id))
  return id
}

function failed(reporter: NeedsReporter, node: unknown, message: string): undefined {
  reporter.fail(node, message)
  return undefined
}

/** A bare `needs:` is a null scalar with no text of its own: report at the key instead. */
function hasRange(node: unknown): boolean {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range
  return range !== undefined && range[1] > range[0]
}
