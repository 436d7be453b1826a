/**
 * The main loop's wait at a background step with `ready:` (beyond native): the step's probe and
 * gate, and what happens when the step never becomes ready. The probes and the gate's timing
 * live in readiness.ts.
 */
import { formatSeconds } from '../report/format.js'
import type { ExecutableStep } from '../workflow/model.js'
import type { BackgroundEntry } from './coordinator.js'
import type { ListRuntime } from './list-runtime.js'
import { createProbe, ReadinessGate, type ProbeSetup } from './readiness.js'
import type { StepRecord } from './records.js'

/** What `ready:` needs while a background step starts. */
export interface Readiness {
  setup: ProbeSetup
  gate: ReadinessGate
  /** For the coordinator: why the step failed for want of readiness, if it did. */
  reason: () => string | undefined
}

/** The probe and gate of a `ready:` step, and the message the step fails with when not ready. */
export function readinessFor(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord
): Readiness | undefined {
  const ready = step.ready
  if (ready === undefined) return undefined
  const setup = createProbe(ready, list.options.workspace, list.headerOf(step.kind))
  const gate = new ReadinessGate({
    probe: setup.probe,
    timeoutMs: ready.timeoutSeconds * 1000,
    intervalMs: ready.intervalSeconds * 1000,
    cancelSignal: list.options.cancelSignal
  })
  record.readiness = { probe: setup.probe.description }
  const reason = (): string | undefined => {
    const name = record.displayName
    const probe = setup.probe.description
    switch (gate.stepEnded()) {
      case 'ended':
        return `The background step '${name}' ended before it was ready (${probe}).`
      case 'timed-out':
        return `The background step '${name}' was not ready within ${ready.timeoutSeconds} s (${probe}).`
      case 'waiting':
      case 'ready':
      case 'cancelled':
        return undefined
    }
  }
  return { setup, gate, reason }
}

/**
 * Holds the main loop until the step is ready. A step that ends first or is not ready in time
 * fails like a foreground step: stopped as `cancel` would, its state published, the job failed
 * at once (so default `if:` steps skip). Job cancellation ends the wait; the loop handles it.
 */
export async function awaitReadiness(
  list: ListRuntime,
  entry: BackgroundEntry,
  record: StepRecord,
  readiness: Readiness
): Promise<void> {
  const outcome = await readiness.gate.outcome
  switch (outcome.state) {
    case 'ready':
      record.readiness = {
        probe: readiness.setup.probe.description,
        readyAfterMs: outcome.afterMs
      }
      list.options.log.event(
        `✔ ${record.displayName} is ready (${readiness.setup.probe.description}, ${formatSeconds(outcome.afterMs)})`
      )
      return
    case 'cancelled':
      return
    case 'ended':
    case 'timed-out':
      await list.coordinator.failNotReady(entry)
      // Abandoned after the grace period: its own finish, and so its record, comes later.
      record.result ??= entry.result
      record.outcome ??= entry.outcome
      if (entry.result === 'Failed') list.job.merge('Failed')
  }
}
