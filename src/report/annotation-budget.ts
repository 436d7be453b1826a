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

/** What a record's budget has let in, and what it kept out. */
export interface AnnotationBudget {
  /** Message bytes of the kept annotations. */
  bytes: number
  /** Annotations not kept. */
  dropped: number
}

/** The part of a step record (engine/records.ts) the budget keeps: the list and its budget. */
export interface KeptAnnotations {
  annotations: Annotation[]
  /** Set at the first annotation. */
  annotationBudget?: AnnotationBudget
}

/** Appends `annotation` to a record's list while its budget lasts; counts it as dropped otherwise. */
export function keepAnnotation(record: KeptAnnotations, annotation: Annotation): void {
  const budget = (record.annotationBudget ??= { bytes: 0, dropped: 0 })
  const bytes = Buffer.byteLength(annotation.message)
  if (
    record.annotations.length >= MAX_KEPT_ANNOTATIONS ||
    budget.bytes + bytes > MAX_KEPT_ANNOTATION_BYTES
  ) {
    budget.dropped += 1
    return
  }
  budget.bytes += bytes
  record.annotations.push(annotation)
}

/** How many annotations `keepAnnotation` did not keep in this record. */
export function droppedAnnotations(record: KeptAnnotations): number {
  return record.annotationBudget?.dropped ?? 0
}
