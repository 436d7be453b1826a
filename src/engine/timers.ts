/**
 * The coordinator's timers (timeouts R10, the cancel grace R29), injectable so that unit tests
 * control time: a timer is a function that starts one and returns how to clear it.
 */

/** Starts a timer; returns a function that clears it. */
export type SetTimer = (callback: () => void, ms: number) => () => void

export const defaultSetTimer: SetTimer = (callback, ms) => {
  const handle = setTimeout(callback, ms)
  return () => clearTimeout(handle)
}

/** Whether `promise` settles within `ms` (the timer is cleared either way). */
export async function settlesWithin(
  promise: Promise<void>,
  ms: number,
  setTimer: SetTimer
): Promise<boolean> {
  let cancelTimer: (() => void) | undefined
  const timedOut = new Promise<boolean>((resolve) => {
    cancelTimer = setTimer(() => resolve(false), ms)
  })
  const result = await Promise.race([promise.then(() => true), timedOut])
  cancelTimer?.()
  return result
}
