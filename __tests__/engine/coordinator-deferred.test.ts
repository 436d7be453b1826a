/**
 * The coordinator's seam for steps with `needs` (docs/needs.md): a deferred step is registered
 * now and asks for its slot only when admitted (N3); it may end without one (N4.5: skipped, which
 * counts as neither in a wait or the drain); cancel, fail-fast and job cancellation end it at once
 * (N2.1, N6); and every step's end is announced (onEnded), an abandoned one's at its mark.
 */
import { describe, expect, it } from '@jest/globals'
import type { BackgroundEntry } from '../../src/engine/coordinator.js'
import { Coordinator } from '../../src/engine/coordinator.js'
import { fakeStep, settle } from './fakes.js'

function harness(options: { maxConcurrency?: number; graceMs?: number; failFast?: boolean } = {}) {
  const events: string[] = []
  const coordinator = new Coordinator({
    maxConcurrency: options.maxConcurrency ?? 10,
    failFast: options.failFast,
    graceMs: options.graceMs,
    flush: (entry: BackgroundEntry) => events.push(`flush ${entry.task.id}`),
    onEnded: (entry: BackgroundEntry) => events.push(`ended ${entry.task.id} ${entry.result}`)
  })
  return { coordinator, events }
}

describe('coordinator: deferred steps (needs:)', () => {
  it('N3: a deferred step takes no slot until admitted; admitted, it queues behind the steps before it', async () => {
    const h = harness({ maxConcurrency: 1 })
    const g = fakeStep(h.events, 'g')
    const a = fakeStep(h.events, 'a')
    const entry = h.coordinator.start(g.task, true)
    h.coordinator.start(a.task)
    await settle()
    expect(h.events).toEqual(['start a'])
    h.coordinator.admit(entry)
    a.finish()
    await settle()
    expect(h.events).toEqual(['start a', 'end a Succeeded', 'ended a Succeeded', 'start g'])
    g.finish()
    await settle()
    expect(h.events.slice(-2)).toEqual(['end g Succeeded', 'ended g Succeeded'])
  })

  it('N4.5: a step that ends Skipped without a slot counts as neither in a wait or the drain', async () => {
    const h = harness()
    const g = fakeStep(h.events, 'g')
    const entry = h.coordinator.start(g.task, true)
    h.coordinator.endUnstarted(entry, 'Skipped')
    expect(entry.result).toBe('Skipped')
    const waited = await h.coordinator.wait(['g'])
    expect(waited.result).toBe('Succeeded')
    expect(waited.lines).toEqual([
      'Waiting for background step(s) to complete: G',
      'Finished waiting for background step(s).',
      '  G: Skipped'
    ])
    expect(await h.coordinator.drain()).toBeUndefined()
    expect(h.events).toEqual(['end g Skipped', 'ended g Skipped', 'flush g'])
    // Admitting an ended step does nothing.
    h.coordinator.admit(entry)
    await settle()
    expect(h.events).not.toContain('start g')
  })

  it('a step that fails before its start fails the wait that covers it, with its message', async () => {
    const h = harness()
    const g = fakeStep(h.events, 'g')
    let message: string | undefined
    g.task.onFinish = (_entry, text) => (message = text)
    const entry = h.coordinator.start(g.task, true)
    h.coordinator.endUnstarted(entry, 'Failed', 'The expression is not valid')
    expect((await h.coordinator.wait(['g'])).result).toBe('Failed')
    expect(message).toBe('The expression is not valid')
  })

  it('N2.1: cancel of a step not yet admitted ends it Canceled at once, never started', async () => {
    const h = harness()
    const g = fakeStep(h.events, 'g')
    const entry = h.coordinator.start(g.task, true)
    const outcome = await h.coordinator.cancel('g')
    expect(outcome.lines.at(-1)).toBe('  G: Canceled')
    h.coordinator.admit(entry)
    await settle()
    expect(h.events).toEqual(['end g Canceled', 'ended g Canceled', 'flush g'])
  })

  it('N2.1: fail-fast ends steps not yet admitted', async () => {
    const h = harness({ failFast: true })
    const bad = fakeStep(h.events, 'bad')
    const g = fakeStep(h.events, 'g')
    h.coordinator.start(bad.task)
    h.coordinator.start(g.task, true)
    await settle()
    bad.finish('Failed')
    await settle()
    expect(h.events).toContain('end g Canceled')
    expect(h.events).not.toContain('start g')
  })

  it('N6: job cancellation ends steps not yet admitted, and those registered after it', async () => {
    const h = harness()
    const g = fakeStep(h.events, 'g')
    const late = fakeStep(h.events, 'late')
    h.coordinator.start(g.task, true)
    h.coordinator.cancelAll()
    h.coordinator.start(late.task, true)
    await settle()
    expect(h.events).toEqual([
      'end g Canceled',
      'ended g Canceled',
      'end late Canceled',
      'ended late Canceled'
    ])
  })

  it('N3: a step a cancel abandoned after its grace is announced as ended when it is marked', async () => {
    const h = harness({ graceMs: 10 })
    const stubborn = fakeStep(h.events, 'stubborn', { honourCancel: false })
    h.coordinator.start(stubborn.task)
    await settle()
    await h.coordinator.cancel('stubborn')
    expect(h.events).toEqual(['start stubborn', 'ended stubborn Canceled', 'flush stubborn'])
    stubborn.finish()
    await settle()
    expect(h.events.slice(-2)).toEqual(['end stubborn Canceled', 'ended stubborn Canceled'])
  })
})
