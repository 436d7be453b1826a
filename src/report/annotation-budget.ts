/**
 * How many annotations a step record keeps for the summary. The runner shows only 10 of each
 * kind per step and our summary only a bounded table of the rest, so keeping every annotation
 * of a step that prints millions of `::warning::` lines would only exhaust memory: a record
 * keeps a bounded number and size, and counts what it dropped.
 */
import type { Annotation } from './log.js'

/** Annotations kept per step record. */
export const MAX_KEPT_ANNOTATIONS = 1000
/** Message bytes kept per step record (one `::error::` line can be megabytes long). */
export const MAX_KEPT_ANNOTATION_BYTES = 256 * 1024

interface Budget {
  bytes: number
  dropped: number
}

/** Per kept list; a WeakMap so the records' shape stays as it is. */
const budgets = new WeakMap<Annotation[], Budget>()

/** Appends `annotation` to a record's list while its budget lasts; counts it as dropped otherwise. */
export function keepAnnotation(kept: Annotation[], annotation: Annotation): void {
  let budget = budgets.get(kept)
  if (budget === undefined) {
    budget = { bytes: 0, dropped: 0 }
    budgets.set(kept, budget)
  }
  const bytes = Buffer.byteLength(annotation.message)
  if (kept.length >= MAX_KEPT_ANNOTATIONS || budget.bytes + bytes > MAX_KEPT_ANNOTATION_BYTES) {
    budget.dropped += 1
    return
  }
  budget.bytes += bytes
  kept.push(annotation)
}

/** How many annotations `keepAnnotation` did not keep in this list. */
export function droppedAnnotations(kept: Annotation[]): number {
  return budgets.get(kept)?.dropped ?? 0
}
