/**
 * The runner-style header an executor prints in a step's log before the step's process starts
 * (`Handler.PrintActionDetails`, docs/runner-emulation.md §2.5): a `run:` step's script echoed
 * in cyan (plain under NO_COLOR), `shell: …`, then `env:` and its `  NAME: value` lines; an
 * action's `with:` and `env:` lines. Those lines are ours, not the step's output: a readiness
 * log probe must not match them, a streamed group does not open for them, the heartbeat does not
 * count them and the summary's output tail leaves them out.
 */
import type { HeaderKind } from './log-types.js'

/** How the runner colours the script echo (bold cyan). */
export const SCRIPT_ECHO = '\u001b[36;1m'
const RESET = '\u001b[0m'

/** A script line as the header echoes it: cyan, or plain when colour is off (NO_COLOR). */
export function scriptEcho(line: string, colour: boolean): string {
  return colour ? `${SCRIPT_ECHO}${line}${RESET}` : line
}

/** `shell: …`, `with:` / `env:` and their `  name: value` lines. */
const HEADER_LINE = /^(shell: .*|with:|env:| {2}[^\s:][^:]*: .*| {2}[^\s:][^:]*:)$/
/** Our retry line (retry.ts), printed before the first attempt's header. */
const ATTEMPT_LINE = /^Attempt \d+ of \d+$/

/**
 * Tells the header's lines from the output's, line by line, in order: the header is over at the
 * first line that cannot belong to it (or at the first byte block or command, which only the
 * process produces). A `run:` step's script lines come before its `shell:` line: coloured, they
 * tell themselves apart; without colour, every line up to `shell:` is the script.
 */
export class HeaderReader {
  private inHeader = true
  private scriptDone: boolean

  constructor(private readonly kind: HeaderKind) {
    this.scriptDone = kind !== 'run-no-colour'
  }

  /** Whether `line` belongs to the header. */
  isHeader(line: string): boolean {
    if (!this.inHeader) return false
    // Only in the header: a script's own "Attempt 2 of 5" is output.
    if (ATTEMPT_LINE.test(line)) return true
    if (line.startsWith(SCRIPT_ECHO)) return true
    if (!this.scriptDone) {
      if (line.startsWith('shell: ')) this.scriptDone = true
      return true
    }
    if (HEADER_LINE.test(line)) return true
    this.inHeader = false
    return false
  }

  /** Output that is not a text line (bytes, a command): the header is over. */
  outputBegan(): void {
    this.inHeader = false
  }

  /** A retry prints the header again. */
  newAttempt(): void {
    this.inHeader = true
    this.scriptDone = this.kind !== 'run-no-colour'
  }
}
