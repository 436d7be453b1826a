/**
 * The bounded annotations a step record keeps for the summary (report/annotation-budget.ts): the
 * budget lives on the record, so each record has its own.
 */
import { describe, expect, it } from '@jest/globals'
import { newStepRecord } from '../../src/engine/records.js'
import {
  droppedAnnotations,
  keepAnnotation,
  MAX_KEPT_ANNOTATION_BYTES,
  MAX_KEPT_ANNOTATIONS
} from '../../src/report/annotation-budget.js'
import type { Annotation } from '../../src/report/log.js'

const warning = (message: string): Annotation => ({ kind: 'warning', message, properties: {} })

const newRecord = (key: string) =>
  newStepRecord({ key, id: key, explicitId: false, kind: 'run', displayName: key, queuedAt: 0 })

describe('keepAnnotation', () => {
  it(`keeps ${MAX_KEPT_ANNOTATIONS} annotations of a record and counts the rest as dropped`, () => {
    const record = newRecord('noisy')
    for (let i = 0; i < MAX_KEPT_ANNOTATIONS + 5; i++) keepAnnotation(record, warning(`w${i}`))
    expect(record.annotations).toHaveLength(MAX_KEPT_ANNOTATIONS)
    expect(record.annotations.at(-1)?.message).toBe(`w${MAX_KEPT_ANNOTATIONS - 1}`)
    expect(droppedAnnotations(record)).toBe(5)
  })

  it('keeps messages up to its byte budget; a smaller one after a refused one still fits', () => {
    const record = newRecord('long')
    keepAnnotation(record, warning('x'.repeat(MAX_KEPT_ANNOTATION_BYTES - 10)))
    keepAnnotation(record, warning('y'.repeat(11)))
    keepAnnotation(record, warning('z'.repeat(10)))
    expect(record.annotations.map((a) => a.message[0])).toEqual(['x', 'z'])
    expect(droppedAnnotations(record)).toBe(1)
  })

  it('each record has its own budget', () => {
    const full = newRecord('full')
    for (let i = 0; i <= MAX_KEPT_ANNOTATIONS; i++) keepAnnotation(full, warning('w'))
    const other = newRecord('other')
    keepAnnotation(other, warning('kept'))
    expect(other.annotations).toEqual([warning('kept')])
    expect(droppedAnnotations(other)).toBe(0)
    expect(droppedAnnotations(full)).toBe(1)
    expect(droppedAnnotations(newRecord('quiet'))).toBe(0)
  })
})
