/**
 * Names and numbers more than one module needs, each defined once: our outputs and state keys, and
 * the runner's timings and limits we reproduce (docs/semantics.md gives the rules they come from).
 */

/** Our action's outputs (action.yml); nested steps' outputs are `<id>--<name>` beside them. */
export const Outputs = { Steps: 'steps', Result: 'result' } as const

/** The state key under which our main saves the path of the post-stage manifest for our post. */
export const POST_MANIFEST_STATE = 'background-steps-post-manifest'

/**
 * The runner's grace after SIGINT (R29, R50): a `cancel` waits this long for its target before it
 * abandons it, and a cancelled process gets SIGTERM after it.
 */
export const CANCEL_GRACE_MS = 7500

/** After SIGTERM, the runner waits this long before it kills the process (R50). */
export const SIGKILL_AFTER_MS = 2500

/** The runner's nesting limit for composite actions (runner-emulation §4.7). */
export const MAX_COMPOSITE_DEPTH = 9

/** The runner's default background slot count (R9); our `max-concurrency` input's default. */
export const DEFAULT_MAX_CONCURRENCY = 10

/** Under RUNNER_TEMP: buffered step output spilled to disk (report/log-buffers.ts). */
export const LOG_SPILL_FOLDER = '_background_steps_logs'
