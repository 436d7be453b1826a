/**
 * Builders for the summary tests: a step record and a job report with neutral defaults (a `run`
 * step that succeeded in 100 ms; a report with no outputs, env or PATH), overridden per test.
 */
import type { JobReport, StepRecord } from '../../src/engine/records.js'

export function stepRecord(
  partial: Partial<StepRecord> & Pick<StepRecord, 'key' | 'displayName'>
): StepRecord {
  return {
    id: partial.key,
    kind: 'run',
    explicitId: true,
    background: false,
    implicit: false,
    summary: '',
    errors: [],
    annotations: [],
    queuedAt: 0,
    startedAt: 0,
    endedAt: 100,
    result: 'Succeeded',
    outcome: 'Succeeded',
    ...partial
  }
}

export function jobReport(records: StepRecord[], over: Partial<JobReport> = {}): JobReport {
  return {
    result: 'success',
    records,
    steps: {},
    exportedEnv: new Map(),
    pathPrepend: [],
    failedSteps: [],
    durationMs: 1000,
    ...over
  }
}
