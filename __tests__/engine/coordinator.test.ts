/**
 * The coordinator on fake bodies whose completion the test controls; exact order is asserted.
 * One test per rule of docs/semantics.md §2 that the coordinator owns.
 */
import { describe, expect, it } from '@jest/globals'
import type { BackgroundEntry } from '../../src/engine/coordinator.js'
import { Coordinator } from '../../src/engine/coordinator.js'
import { fakeStep, settle } from './fakes.js'

interface Harness {
  coordinator: Coordinator
  events: string[]
  flushed: string[]
  /** The coordinator's debug lines (its scheduling decisions), in order. */
  debug: string[]
  timers: Array<{ ms: number; fire: () => void; cleared: boolean }>
}

function harness(options: { maxConcurrency?: number; failFast?: boolean } = {}): Harness {
  const events: string[] = []
  const flushed: string[] = []
  const debug: string[] = []
  const timers: Harness['timers'] = []
  const coordinator = new Coordinator({
    maxConcurrency: options.maxConcurrency ?? 10,
    failFast: options.failFast,
    onFailFast: (entry: BackgroundEntry) => events.push(`fail-fast ${entry.task.id}`),
    flush: (entry: BackgroundEntry) => {
      flushed.push(entry.task.id)
      events.push(`flush ${entry.task.id}`)
    },
    debug: (message) => debug.push(message),
    setTimer: (fire, ms) => {
      const timer = { ms, fire, cleared: false }
      timers.push(timer)
      return () => (timer.cleared = true)
    }
  })
  return { coordinator, events, flushed, debug, timers }
}

/** Waits until every body has settled (or ended queued). */
async function allFinished(entries: readonly BackgroundEntry[]): Promise<void> {
  await Promise.all(entries.map(async (entry) => entry.finished))
}

describe('coordinator', () => {
  it('R6/R7: start returns at once; the body starts in its slot without blocking the caller', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    h.coordinator.start(a.task)
    h.events.push('main loop continues')
    await settle()
    expect(h.events).toEqual(['main loop continues', 'start a'])
    a.finish()
    await settle()
    expect(h.events).toEqual(['main loop continues', 'start a', 'end a Succeeded'])
  })

  it('R9: at most N run at once; queued steps start first-in-first-out as slots free', async () => {
    const h = harness({ maxConcurrency: 2 })
    const steps = ['a', 'b', 'c', 'd'].map((id) => fakeStep(h.events, id))
    for (const step of steps) h.coordinator.start(step.task)
    await settle()
    expect(h.events).toEqual(['start a', 'start b'])
    steps[1].finish()
    await settle()
    expect(h.events).toEqual(['start a', 'start b', 'end b Succeeded', 'start c'])
    steps[0].finish()
    await settle()
    expect(h.events.slice(4)).toEqual(['end a Succeeded', 'start d'])
  })

  it('R10: the timeout clock starts at slot acquisition, and a timeout is Failed with the runner message', async () => {
    const h = harness({ maxConcurrency: 1 })
    const first = fakeStep(h.events, 'first')
    const slow = fakeStep(h.events, 'slow', { name: 'Slow', timeoutMinutes: 1 })
    let message: string | undefined
    const onFinish = slow.task.onFinish!
    slow.task.onFinish = (entry, msg) => {
      message = msg
      onFinish(entry, msg)
    }
    h.coordinator.start(first.task)
    h.coordinator.start(slow.task)
    await settle()
    expect(h.timers).toHaveLength(0) // still queued: no clock yet
    first.finish()
    await settle()
    expect(h.timers.map((t) => t.ms)).toEqual([60_000])
    h.timers[0].fire()
    await settle()
    expect(h.events).toContain('end slow Failed')
    expect(message).toBe("The background step 'Slow' has timed out after 1 minutes.")
  })

  it('R11/R12: completion sets the result but publishes nothing until a control step flushes it', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    h.coordinator.start(a.task)
    await settle()
    a.finish('Failed')
    await settle()
    expect(h.flushed).toEqual([])
    const outcome = await h.coordinator.wait(['a'])
    expect(h.flushed).toEqual(['a'])
    expect(outcome.result).toBe('Failed')
  })

  it('R11.3/R37: continue-on-error makes the conclusion Succeeded and the outcome Failed', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a', { name: 'Soft', continueOnError: true })
    const entry = h.coordinator.start(a.task)
    a.finish('Failed')
    const outcome = await h.coordinator.wait(['a'])
    expect(entry.result).toBe('Succeeded')
    expect(entry.outcome).toBe('Failed')
    expect(outcome.lines).toEqual([
      'Waiting for background step(s) to complete: Soft',
      'Finished waiting for background step(s).',
      '  Soft: Succeeded'
    ])
    expect(outcome.result).toBe('Succeeded')
  })

  it('R14/R18/R71: a wait flushes in the order of its id list, duplicates included (once per step: R2 keeps a completed set, Q-b)', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    const b = fakeStep(h.events, 'b')
    h.coordinator.start(a.task)
    h.coordinator.start(b.task)
    a.finish()
    b.finish()
    const outcome = await h.coordinator.wait(['b', 'a', 'b'])
    expect(h.flushed).toEqual(['b', 'a'])
    expect(outcome.lines.slice(1)).toEqual([
      'Finished waiting for background step(s).',
      '  B: Succeeded',
      '  A: Succeeded',
      '  B: Succeeded'
    ])
  })

  it('R14: wait-all flushes in queue order', async () => {
    const h = harness()
    const steps = ['x', 'y', 'z'].map((id) => fakeStep(h.events, id))
    for (const step of steps) h.coordinator.start(step.task)
    steps[2].finish()
    steps[0].finish()
    steps[1].finish()
    await h.coordinator.waitAll()
    expect(h.flushed).toEqual(['x', 'y', 'z'])
  })

  it('R17/R20: wait blocks until its targets finish; other steps keep running', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    const b = fakeStep(h.events, 'b')
    h.coordinator.start(a.task)
    h.coordinator.start(b.task)
    let returned = false
    const waiting = h.coordinator.wait(['b']).then((outcome) => {
      returned = true
      h.events.push('wait returned')
      return outcome
    })
    await settle()
    expect(returned).toBe(false)
    b.finish()
    const outcome = await waiting
    expect(h.events).toEqual(['start a', 'start b', 'end b Succeeded', 'flush b', 'wait returned'])
    expect(outcome.lines[0]).toBe('Waiting for background step(s) to complete: B')
    expect(h.coordinator.registered[0].state).toBe('running')
    a.finish()
  })

  it('R19/R36: the wait result is Canceled if any is Canceled, else Failed if any Failed', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    const b = fakeStep(h.events, 'b')
    const c = fakeStep(h.events, 'c')
    for (const s of [a, b, c]) h.coordinator.start(s.task)
    a.finish('Failed')
    b.finish()
    c.finish()
    expect((await h.coordinator.wait(['a', 'b'])).result).toBe('Failed')
    const d = fakeStep(h.events, 'd')
    h.coordinator.start(d.task)
    await settle()
    const cancelling = h.coordinator.cancel('d')
    await cancelling
    // d is now completed as Canceled; a later wait re-merges it (R23).
    expect((await h.coordinator.wait(['c', 'd'])).result).toBe('Canceled')
  })

  it('R22: a wait on an id that is not a registered background step is a no-op with no report line', async () => {
    const h = harness()
    const outcome = await h.coordinator.wait(['fg'])
    expect(outcome).toEqual({
      result: 'Succeeded',
      lines: [
        'Waiting for background step(s) to complete: fg',
        'Finished waiting for background step(s).'
      ],
      waited: []
    })
  })

  it('S07: wait on an empty list prints (none)', async () => {
    const h = harness()
    expect((await h.coordinator.wait([])).lines[0]).toBe(
      'Waiting for background step(s) to complete: (none)'
    )
  })

  it('R23: a wait on an already-completed step does not block and does not flush again', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    h.coordinator.start(a.task)
    a.finish()
    await h.coordinator.wait(['a'])
    const again = await h.coordinator.wait(['a'])
    expect(h.flushed).toEqual(['a'])
    expect(again.lines[2]).toBe('  A: Succeeded')
  })

  it('R26/R71: wait-all with nothing outstanding', async () => {
    const h = harness()
    expect((await h.coordinator.waitAll()).lines).toEqual([
      'No background steps remaining to wait for.',
      'Finished waiting for all background step(s).'
    ])
  })

  it('R2/R26/R27: wait-all covers queued steps and skips those completed by an earlier wait (S05)', async () => {
    const h = harness({ maxConcurrency: 1 })
    const a = fakeStep(h.events, 'a')
    const b = fakeStep(h.events, 'b')
    const c = fakeStep(h.events, 'c')
    for (const s of [a, b, c]) h.coordinator.start(s.task)
    a.finish()
    await h.coordinator.wait(['a'])
    const all = h.coordinator.waitAll()
    await settle()
    b.finish()
    await settle()
    c.finish()
    const outcome = await all
    expect(outcome.lines).toEqual([
      'Waiting for all background step(s) to complete: B, C',
      'Finished waiting for all background step(s).',
      '  B: Succeeded',
      '  C: Succeeded'
    ])
  })

  it('R28/R29/R31: cancel signals a running step and completes it as Canceled; the cancel succeeds', async () => {
    const h = harness()
    const server = fakeStep(h.events, 'server', { name: 'Start server' })
    h.coordinator.start(server.task)
    await settle()
    const outcome = await h.coordinator.cancel('server')
    expect(server.signals?.cancelSignal.aborted).toBe(true)
    expect(outcome).toEqual({
      result: 'Succeeded',
      lines: [
        'Cancelling background step(s): Start server',
        'Finished cancelling background step(s).',
        '  Start server: Canceled'
      ],
      waited: [{ name: 'Start server', result: 'Canceled' }]
    })
    expect(h.flushed).toEqual(['server'])
  })

  it('R29.3: a step that outlives the grace is force-marked Canceled and the cancel returns', async () => {
    const h = harness()
    const stubborn = fakeStep(h.events, 'stubborn', { honourCancel: false })
    const entry = h.coordinator.start(stubborn.task)
    await settle()
    const cancelling = h.coordinator.cancel('stubborn')
    await settle()
    const grace = h.timers.find((t) => t.ms === 7500)
    expect(grace).toBeDefined()
    grace!.fire()
    const outcome = await cancelling
    expect(outcome.lines[2]).toBe('  STUBBORN: Canceled')
    expect(entry.state).toBe('running')
    stubborn.finish()
    await settle()
    expect(entry.result).toBe('Canceled') // the abandoned body's completion rewrites it: Canceled
  })

  it('R30/S25: cancel of a step that already succeeded keeps its real result and publishes it', async () => {
    const h = harness()
    const quick = fakeStep(h.events, 'quick', { name: 'Quick' })
    h.coordinator.start(quick.task)
    quick.finish()
    await settle()
    const outcome = await h.coordinator.cancel('quick')
    expect(outcome.lines[2]).toBe('  Quick: Succeeded')
    expect(h.flushed).toEqual(['quick'])
  })

  it('R32/S26: a step that failed before its cancel still fails the job, at the drain only', async () => {
    const h = harness()
    const broken = fakeStep(h.events, 'broken', { name: 'Broken' })
    h.coordinator.start(broken.task)
    broken.finish('Failed')
    await settle()
    const outcome = await h.coordinator.cancel('broken')
    expect(outcome.result).toBe('Succeeded')
    expect(outcome.lines[2]).toBe('  Broken: Failed')
    expect(await h.coordinator.drain()).toBe('Failed')
  })

  it('R32: an explicitly cancelled step that ended Canceled does not count at the drain (CanceledBackgroundStepDoesNotAffectJobResult)', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    h.coordinator.start(a.task)
    await settle()
    await h.coordinator.cancel('a')
    expect(await h.coordinator.drain()).toBeUndefined()
  })

  it('R33/Q-d: cancelling a queued step marks it Canceled, never starts it, and the cancel succeeds', async () => {
    const h = harness({ maxConcurrency: 1 })
    const busy = fakeStep(h.events, 'busy')
    const queued = fakeStep(h.events, 'queued', { name: 'Queued' })
    h.coordinator.start(busy.task)
    h.coordinator.start(queued.task)
    await settle()
    const cancelling = h.coordinator.cancel('queued')
    busy.finish()
    const outcome = await cancelling
    expect(queued.started).toBe(false)
    expect(outcome.result).toBe('Succeeded')
    expect(outcome.lines[2]).toBe('  Queued: Canceled')
  })

  it('R33/R29/Q-d: a queued step stops waiting for its slot at once: the cancel returns without the grace while the slot stays busy', async () => {
    const h = harness({ maxConcurrency: 1 })
    const busy = fakeStep(h.events, 'busy')
    const queued = fakeStep(h.events, 'queued', { name: 'Queued' })
    h.coordinator.start(busy.task)
    const entry = h.coordinator.start(queued.task)
    await settle()
    let outcome: Awaited<ReturnType<Coordinator['cancel']>> | undefined
    void h.coordinator.cancel('queued').then((value) => (outcome = value))
    await settle()
    // Returned though no timer was fired (the fake grace never ends) and the slot is still busy.
    expect(outcome?.lines).toEqual([
      'Cancelling background step(s): Queued',
      'Finished cancelling background step(s).',
      '  Queued: Canceled'
    ])
    expect(entry.result).toBe('Canceled')
    expect(h.events).toEqual(['start busy', 'end queued Canceled', 'flush queued'])
    // When the slot frees, the cancelled step is not started after all.
    busy.finish()
    await settle()
    expect(queued.started).toBe(false)
    expect(h.events).toEqual([
      'start busy',
      'end queued Canceled',
      'flush queued',
      'end busy Succeeded'
    ])
  })

  it('R42/Q-e: job cancellation ends queued steps Canceled at once; they never start', async () => {
    const h = harness({ maxConcurrency: 1 })
    const busy = fakeStep(h.events, 'busy', { honourCancel: false })
    const queued = fakeStep(h.events, 'queued')
    h.coordinator.start(busy.task)
    const entry = h.coordinator.start(queued.task)
    await settle()
    h.coordinator.cancelAll()
    let queuedSettled = false
    void entry.finished.then(() => (queuedSettled = true))
    await settle()
    expect(queuedSettled).toBe(true)
    expect(entry.result).toBe('Canceled')
    busy.finish()
    await settle()
    expect(queued.started).toBe(false)
  })

  it('R11: a timeout followed by a cancel of the background source ends Canceled (the timeout message is still printed)', async () => {
    for (const how of ['cancel', 'job'] as const) {
      const h = harness()
      const slow = fakeStep(h.events, 'slow', {
        name: 'Slow',
        timeoutMinutes: 1,
        honourCancel: false
      })
      let message: string | undefined
      const onFinish = slow.task.onFinish!
      slow.task.onFinish = (entry, text) => {
        message = text
        onFinish(entry, text)
      }
      const entry = h.coordinator.start(slow.task)
      await settle()
      h.timers[0].fire() // the step's own token: the process is being stopped
      await settle()
      if (how === 'cancel') void h.coordinator.cancel('slow')
      else h.coordinator.cancelAll()
      await settle()
      slow.finish('Failed') // it ends only now, after the cancel
      await settle()
      expect(entry.result).toBe('Canceled')
      expect(message).toBe("The background step 'Slow' has timed out after 1 minutes.")
      // An explicitly cancelled step that ended Canceled does not fail the job (R32).
      if (how === 'cancel') expect(await h.coordinator.drain()).toBeUndefined()
    }
  })

  it('R11: a timeout alone stays Failed even when a wait comes first', async () => {
    const h = harness()
    const slow = fakeStep(h.events, 'slow', { timeoutMinutes: 1, honourCancel: false })
    const entry = h.coordinator.start(slow.task)
    await settle()
    h.timers[0].fire()
    const waiting = h.coordinator.wait(['slow'])
    slow.finish('Succeeded')
    expect((await waiting).result).toBe('Failed')
    expect(entry.result).toBe('Failed')
  })

  it('R23/R29.3: a wait on a step a cancel already completed but abandoned does not block', async () => {
    const h = harness()
    const stubborn = fakeStep(h.events, 'stubborn', { name: 'Stubborn', honourCancel: false })
    h.coordinator.start(stubborn.task)
    await settle()
    const cancelling = h.coordinator.cancel('stubborn')
    await settle()
    h.timers.at(-1)!.fire() // the grace period ends: abandoned, force-marked Canceled
    await cancelling
    let waited: Awaited<ReturnType<Coordinator['wait']>> | undefined
    void h.coordinator.wait(['stubborn']).then((value) => (waited = value))
    await settle()
    expect(stubborn.started).toBe(true)
    expect(waited?.lines).toEqual([
      'Waiting for background step(s) to complete: Stubborn',
      'Finished waiting for background step(s).',
      '  Stubborn: Canceled'
    ])
  })

  it('R34/S27: cancel of an id that is not a registered background step prints no per-step line', async () => {
    const h = harness()
    expect((await h.coordinator.cancel('fg')).lines).toEqual([
      'Cancelling background step(s): fg',
      'Finished cancelling background step(s).'
    ])
  })

  it('R40: the drain waits for and flushes the rest in queue order and merges all results', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    const b = fakeStep(h.events, 'b')
    h.coordinator.start(a.task)
    h.coordinator.start(b.task)
    a.finish()
    await h.coordinator.wait(['a'])
    const draining = h.coordinator.drain()
    await settle()
    b.finish('Failed')
    expect(await draining).toBe('Failed')
    expect(h.flushed).toEqual(['a', 'b'])
  })

  it('R40: a Canceled result without an explicit cancel makes the drain Canceled', async () => {
    const h = harness()
    const a = fakeStep(h.events, 'a')
    const b = fakeStep(h.events, 'b')
    h.coordinator.start(a.task)
    h.coordinator.start(b.task)
    b.finish('Failed')
    await settle()
    h.coordinator.cancelAll()
    expect(await h.coordinator.drain()).toBe('Canceled')
  })

  it('R42/Q-e: job cancellation cancels running and queued steps at once; later ones never start', async () => {
    const h = harness({ maxConcurrency: 1 })
    const running = fakeStep(h.events, 'running')
    const queued = fakeStep(h.events, 'queued')
    const runningEntry = h.coordinator.start(running.task)
    const queuedEntry = h.coordinator.start(queued.task)
    await settle()
    h.coordinator.cancelAll()
    const late = fakeStep(h.events, 'late')
    const lateEntry = h.coordinator.start(late.task)
    await allFinished([runningEntry, queuedEntry, lateEntry])
    expect(runningEntry.result).toBe('Canceled')
    expect(queuedEntry.result).toBe('Canceled')
    expect(lateEntry.result).toBe('Canceled')
    expect(queued.started).toBe(false)
    expect(late.started).toBe(false)
  })

  it('fail-fast: the first failure cancels the running and queued steps and is reported at once', async () => {
    const h = harness({ maxConcurrency: 2, failFast: true })
    const a = fakeStep(h.events, 'a')
    const b = fakeStep(h.events, 'b')
    const c = fakeStep(h.events, 'c')
    const entries = [a, b, c].map((s) => h.coordinator.start(s.task))
    await settle()
    a.finish('Failed')
    await allFinished(entries)
    expect(h.events).toContain('fail-fast a')
    expect(entries.map((e) => e.result)).toEqual(['Failed', 'Canceled', 'Canceled'])
    expect(c.started).toBe(false)
    // The cancelled ones count as explicitly cancelled: only the failure reaches the drain.
    expect(await h.coordinator.drain()).toBe('Failed')
  })

  it('fail-fast: a failure softened by continue-on-error does not trigger it', async () => {
    const h = harness({ failFast: true })
    const soft = fakeStep(h.events, 'soft', { continueOnError: true })
    const other = fakeStep(h.events, 'other')
    h.coordinator.start(soft.task)
    const otherEntry = h.coordinator.start(other.task)
    soft.finish('Failed')
    await settle()
    expect(otherEntry.state).toBe('running')
    expect(h.events).not.toContain('fail-fast soft')
    other.finish()
  })

  describe('debug lines of the scheduling decisions (ACTIONS_STEP_DEBUG)', () => {
    it('R9/R7/R11.3/R27: queued (waiting for a slot or not), slot taken, finished with its result, flushed', async () => {
      const h = harness({ maxConcurrency: 1 })
      const build = fakeStep(h.events, 'build', { name: 'Build' })
      const lint = fakeStep(h.events, 'lint', { name: 'Lint', continueOnError: true })
      h.coordinator.start(build.task)
      h.coordinator.start(lint.task)
      await settle()
      build.finish()
      await settle()
      lint.finish('Failed')
      await settle()
      await h.coordinator.waitAll()
      expect(h.debug).toEqual([
        "Background step 'Build' (build) queued: 0 of 1 slots in use, a slot is free",
        "Background step 'Lint' (lint) queued: 1 of 1 slots in use, waiting for a slot",
        "Background step 'Build' (build) took a slot: 1 of 1 slots in use",
        "Background step 'Build' (build) finished: Succeeded",
        "Background step 'Lint' (lint) took a slot: 1 of 1 slots in use",
        "Background step 'Lint' (lint) finished: Succeeded (outcome Failed)",
        "Background step 'Build' (build) flushed by wait-all: Succeeded",
        "Background step 'Lint' (lint) flushed by wait-all: Succeeded"
      ])
    })

    it('R29.3: a cancel that outlives the grace abandons the step, which is flushed as Canceled', async () => {
      const h = harness()
      const server = fakeStep(h.events, 'server', { name: 'Server', honourCancel: false })
      h.coordinator.start(server.task)
      await settle()
      const cancelling = h.coordinator.cancel('server')
      await settle()
      h.timers.find((t) => t.ms === 7500)!.fire()
      await cancelling
      expect(h.debug.slice(2)).toEqual([
        "Background step 'Server' (server) cancelled while running (reason: cancel)",
        "Background step 'Server' (server) abandoned: still running after the 7.5 s grace period; left running, marked Canceled",
        "Background step 'Server' (server) flushed by cancel: Canceled"
      ])
      server.finish()
    })

    it('fail-fast: the failure, then each other step cancelled (running or queued) with its reason', async () => {
      const h = harness({ maxConcurrency: 2, failFast: true })
      const steps = ['a', 'b', 'c'].map((id) => fakeStep(h.events, id))
      const entries = steps.map((step) => h.coordinator.start(step.task))
      await settle()
      steps[0].finish('Failed')
      await allFinished(entries)
      expect(h.debug).toEqual([
        "Background step 'A' (a) queued: 0 of 2 slots in use, a slot is free",
        "Background step 'B' (b) queued: 1 of 2 slots in use, a slot is free",
        "Background step 'C' (c) queued: 2 of 2 slots in use, waiting for a slot",
        "Background step 'A' (a) took a slot: 2 of 2 slots in use",
        "Background step 'B' (b) took a slot: 2 of 2 slots in use",
        "Background step 'A' (a) finished: Failed",
        "Background step 'A' (a) failed: fail-fast cancels 2 other step(s)",
        "Background step 'B' (b) cancelled while running (reason: fail-fast)",
        "Background step 'C' (c) cancelled while queued (reason: fail-fast)",
        "Background step 'C' (c) finished: Canceled, never started",
        "Background step 'B' (b) finished: Canceled"
      ])
    })

    it('R10/R11/R42/R22: timeout, a job cancellation replacing it, an unknown wait target', async () => {
      const h = harness()
      const slow = fakeStep(h.events, 'slow', {
        name: 'Slow',
        timeoutMinutes: 1,
        honourCancel: false
      })
      h.coordinator.start(slow.task)
      await settle()
      h.timers[0].fire()
      h.coordinator.cancelAll()
      slow.finish()
      await h.coordinator.wait(['slow', 'fg'])
      expect(h.debug.slice(2)).toEqual([
        "Background step 'Slow' (slow) cancelled while running (reason: timeout)",
        "Background step 'Slow' (slow) cancelled again (reason: job, replacing timeout)",
        'Wait references unknown background step: fg',
        "Background step 'Slow' (slow) finished: Canceled",
        "Background step 'Slow' (slow) flushed by wait: Canceled"
      ])
    })
  })
})
