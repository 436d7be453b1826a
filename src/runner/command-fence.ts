/**
 * Keeping a nested step's lines from acting on OUR step (docs/runner-emulation.md §3.5): our
 * stdout is parsed by the outer runner, so a printed line it would take for a command is shown
 * inside a `::stop-commands::` fence. Here: which lines need one (erring towards yes), cheap
 * pre-checks that let floods of plain output through unexamined, and the fence itself.
 */
import { randomUUID } from 'node:crypto'
import { DEFAULT_REGISTERED, parseCommand, STOP_COMMANDS } from './command-syntax.js'

/**
 * True when the outer runner would parse `line` as a command (`::` form after leading
 * whitespace, or `##[` anywhere). Errs towards true: the runner matches `::` and `##[` with
 * culture-sensitive search, which skips invisible characters, so we also test the line with
 * control and format characters removed.
 */
export function looksLikeCommand(line: string): boolean {
  // Cheap exit for the common case; removing invisible characters cannot create `:` or `#`.
  if (!line.includes(':') && !line.includes('#')) return false
  if (parseCommand(line, DEFAULT_REGISTERED) !== undefined) return true
  const visible = line.replace(/[\p{Cc}\p{Cf}]/gu, '')
  return visible !== line && parseCommand(visible, DEFAULT_REGISTERED) !== undefined
}

/**
 * A cheap, sound pre-check for whole lines as raw bytes: false means no line in it can be a
 * workflow command, neither for the nested step's parser (it looks at lines with `::` or `##[`)
 * nor for the outer runner after invisible characters are dropped (`:` or `#` followed by a
 * control byte or by any non-ASCII byte, which covers every format character). Used to relay
 * floods of plain output without decoding or looking at each line.
 */
export function bytesMayHoldCommand(block: Buffer): boolean {
  // Cheap exit for the common case of floods (two native byte searches, no copy): every match
  // of the pattern starts with `:` or `#`.
  if (block.indexOf(COLON) === -1 && block.indexOf(HASH) === -1) return false
  // latin1 maps each byte to one character: a native copy, no UTF-8 decoding.
  return MAY_HOLD_COMMAND.test(block.toString('latin1'))
}

const COLON = 0x3a
const HASH = 0x23

/** The same check for text already decoded (labels, names). */
export function textMayHoldCommand(text: string): boolean {
  return MAY_HOLD_COMMAND.test(Buffer.from(text, 'utf8').toString('latin1'))
}

// eslint-disable-next-line no-control-regex -- control bytes are exactly what is looked for
const MAY_HOLD_COMMAND = /::|##\[|[:#][\x00-\x09\x0b-\x1f\x7f-\xff]/

/** Wraps lines in a `::stop-commands::<token>` … `::<token>::` fence so the outer runner shows them as text. Token: crypto.randomUUID() per call unless given. */
export function fenceLines(lines: string[], token: string = randomUUID()): string[] {
  if (lines.length === 0) return []
  return [`::${STOP_COMMANDS}::${token}`, ...lines, `::${token}::`]
}
