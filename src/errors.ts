/**
 * What every module says about a caught error: its message, and its errno-style code.
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
