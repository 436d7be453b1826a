/**
 * What every module says about a caught error: its message (with its cause's), and its errno-style
 * code.
 */

/** The message of anything thrown (an Error's message, else its string form). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The `code` of a Node system error (`ENOENT`, `ESRCH`, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/**
 * The message of anything thrown, followed by its cause's when that says more: a `fetch failed`
 * TypeError names the network error only in its cause. Duck-typed, as errors from fetch may come
 * from another realm, where `instanceof Error` is false.
 */
export function errorReason(error: unknown): string {
  const message = messageOf(error)
  const cause =
    typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined
  const causeMessage = cause === undefined ? undefined : messageOf(cause)
  return causeMessage && causeMessage !== message ? `${message} (${causeMessage})` : message
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message)
  }
  return String(error)
}
