/**
 * Which node binary runs a JavaScript action, picked as the runner picks it (runner-emulation
 * §4.5; runner `HandlerFactory.Create`, `NodeUtil.DetermineActionsNodeVersion` and
 * `CheckNodeVersionForLinuxArm32`, `NodeScriptActionHandler`):
 *
 * - `node12` and `node16` run as `node20`; `node24` stays `node24`;
 * - `node20` runs on node24 from the node24-default date on, unless
 *   `ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION` is true; before it, only when
 *   `FORCE_JAVASCRIPT_ACTIONS_TO_NODE24` is true; both true in the same source is "likely a
 *   configuration error": a warning, and the default of the phase;
 * - node24 on Linux ARM32 falls back to node20, with the runner's warning;
 * - the binary is `<externals>/<version>/bin/node`, `<externals>` being two folders above our own
 *   node (the runner starts us with one of its own; `/__e` in a container job);
 * - the other shipped version when the chosen one is missing, our own node when neither is there.
 *
 * The runner decides the phase with server flags we cannot see; the date stands in for
 * `UseNode24ByDefault`. The rule itself is pure: the clock, the file system and our own node are
 * passed in (`NodeRuntimeHost`).
 */
import { existsSync } from 'node:fs'
import * as path from 'node:path'

/** The node versions the runner ships in its externals folder. */
export type RunnerNode = 'node20' | 'node24'

/** "Actions will be forced to run with Node.js 24 by default starting June 16th, 2026" (runner `Constants`). */
export const NODE24_DEFAULT_DATE = new Date(Date.UTC(2026, 5, 16))

export const FORCE_NODE24 = 'FORCE_JAVASCRIPT_ACTIONS_TO_NODE24'
export const ALLOW_UNSECURE_NODE = 'ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION'
const DEPRECATION_URL =
  'https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/'

/** The line the runner prints in the step when a node20 action runs on node24 by default (phase 2). */
export const NODE24_BY_DEFAULT_MESSAGE =
  'Node 20 is being deprecated. This workflow is running with Node 24 by default. ' +
  `If you need to temporarily use Node 20, you can set the ${ALLOW_UNSECURE_NODE}=true ` +
  `environment variable. For more information see: ${DEPRECATION_URL}`

const ARM32_MESSAGE = 'Node 24 is not supported on Linux ARM32 platforms. Falling back to Node 20.'

export interface NodeVersionQuery {
  /** The action's `runs.using`. */
  using: string
  /** The step's env context: the runner's "workflow environment" (it wins for the value). */
  workflowEnv: Readonly<Record<string, string>>
  /**
   * Our own process environment: the runner's "system environment". The worker's environment
   * reaches us through it (mixed with our own step's env, which we cannot tell apart).
   */
  systemEnv: NodeJS.ProcessEnv
  now: Date
  platform: NodeJS.Platform
  arch: string
}

export interface NodeVersionChoice {
  version: RunnerNode
  /** Why `version` is not what `runs.using` names, in order; empty when it is. */
  reasons: string[]
  /** Warnings the runner logs for the step before its header. */
  warnings: string[]
}

/** StringUtil.ConvertToBoolean: `1`, `true`, `$true` (any case), nothing trimmed. */
export function runnerBoolean(value: string | undefined): boolean {
  const lower = (value ?? '').toLowerCase()
  return lower === '1' || lower === 'true' || lower === '$true'
}

/** The runner's version for an action's `runs.using` (see the module comment). */
export function chooseNodeVersion(query: NodeVersionQuery): NodeVersionChoice {
  const reasons: string[] = []
  const warnings: string[] = []
  let version: RunnerNode = query.using === 'node24' ? 'node24' : 'node20'
  if (query.using === 'node12' || query.using === 'node16') {
    reasons.push(`${query.using} actions run on node20 (node12 and node16 are no longer shipped)`)
  }
  if (version === 'node20') {
    const decided = node20Decision(query)
    version = decided.version
    warnings.push(...decided.warnings)
    if (decided.reason !== undefined) reasons.push(decided.reason)
  }
  if (version === 'node24' && query.platform === 'linux' && query.arch === 'arm') {
    version = 'node20'
    warnings.push(ARM32_MESSAGE)
    reasons.push(ARM32_MESSAGE)
  }
  return { version, reasons: version === query.using ? [] : reasons, warnings }
}

/** `DetermineActionsNodeVersion` for a node20 action, the date standing in for the phase flag. */
function node20Decision(query: NodeVersionQuery): {
  version: RunnerNode
  reason?: string
  warnings: string[]
} {
  const byDefault = query.now.getTime() >= NODE24_DEFAULT_DATE.getTime()
  const force = variableDetails(FORCE_NODE24, query)
  const allow = variableDetails(ALLOW_UNSECURE_NODE, query)
  const bothTrue = force.isTrue && allow.isTrue
  const sameSource =
    bothTrue &&
    ((force.fromWorkflow && allow.fromWorkflow) || (force.fromSystem && allow.fromSystem))
  const node24 = { version: 'node24' as const, reason: NODE24_BY_DEFAULT_MESSAGE, warnings: [] }
  if (sameSource) {
    const source = force.fromWorkflow && allow.fromWorkflow ? 'workflow' : 'system'
    const fallback: RunnerNode = byDefault ? 'node24' : 'node20'
    const warning =
      `Both ${FORCE_NODE24} and ${ALLOW_UNSECURE_NODE} environment variables are set to true in ` +
      `the ${source} environment. This is likely a configuration error. Using the default Node ` +
      `version: ${fallback}.`
    return byDefault
      ? { ...node24, warnings: [warning] }
      : { version: 'node20', warnings: [warning] }
  }
  if (byDefault) return allow.isTrue ? { version: 'node20', warnings: [] } : node24
  if (force.isTrue) {
    return { version: 'node24', reason: `${FORCE_NODE24} is true`, warnings: [] }
  }
  return { version: 'node20', warnings: [] }
}

/**
 * `GetEnvironmentVariableDetails`: the workflow value decides when the workflow env has the
 * name at all; "from system" means a non-empty system value, whichever decided.
 */
function variableDetails(
  name: string,
  query: NodeVersionQuery
): { isTrue: boolean; fromWorkflow: boolean; fromSystem: boolean } {
  const fromWorkflow = Object.hasOwn(query.workflowEnv, name)
  const system = query.systemEnv[name]
  return {
    isTrue: runnerBoolean(fromWorkflow ? query.workflowEnv[name] : system),
    fromWorkflow,
    fromSystem: system !== undefined && system !== ''
  }
}

/** Our own node and the machine, as the binary lookup needs them; injectable for tests. */
export interface NodeRuntimeHost {
  /** Our own node binary (`process.execPath`). */
  execPath: string
  /** Our own node's version (`process.version`). */
  ownVersion: string
  platform: NodeJS.Platform
  arch: string
  exists(file: string): boolean
  now(): Date
}

/** The host of this process. */
export function processNodeRuntime(): NodeRuntimeHost {
  return {
    execPath: process.execPath,
    ownVersion: process.version,
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
    now: () => new Date()
  }
}

export interface NodeBinary {
  /** The node binary that runs the action. */
  file: string
  /** `node20`/`node24` from the externals, or our own node's major (`node22`) without them. */
  version: string
  /** Why it is not the chosen version; empty when it is. */
  reasons: string[]
  /** Our own node: no runner externals next to it. */
  own: boolean
}

/**
 * `<externals>/<version>/bin/node`, or the other shipped version when that one is missing, or
 * our own node when the folder two above it holds neither (not started by a runner: the CLI).
 * Started as `<externals>/node24_alpine/bin/node` (an Alpine container job), the siblings are
 * the `_alpine` builds too.
 */
export function locateNode(version: RunnerNode, host: NodeRuntimeHost): NodeBinary {
  const ownFolder = path.dirname(path.dirname(host.execPath))
  const externals = path.dirname(ownFolder)
  const flavour = /^node\d+(_alpine)$/.exec(path.basename(ownFolder))?.[1] ?? ''
  const binary = (which: RunnerNode): string =>
    path.join(
      externals,
      `${which}${flavour}`,
      'bin',
      host.platform === 'win32' ? 'node.exe' : 'node'
    )
  const other: RunnerNode = version === 'node24' ? 'node20' : 'node24'
  if (host.exists(binary(version))) {
    return { file: binary(version), version, reasons: [], own: false }
  }
  if (host.exists(binary(other))) {
    return {
      file: binary(other),
      version: other,
      reasons: [`this runner has no ${version} (${binary(version)} is missing)`],
      own: false
    }
  }
  const own = `node${/^v?(\d+)/.exec(host.ownVersion)?.[1] ?? ''}`
  return {
    file: host.execPath,
    version: own,
    reasons: [
      `no runner node next to ours (neither ${binary('node20')} nor ${binary('node24')}): ` +
        `our own Node ${host.ownVersion} runs it`
    ],
    own: true
  }
}

export interface NodeSelection {
  file: string
  /** What runs: `node20`/`node24`, or our own node's major. */
  version: string
  /** Warnings the runner logs for the step before its header. */
  warnings: string[]
  /** One line for the step's log when what runs is not what `runs.using` names. */
  note?: string
}

/** The runner's choice for an action, located on this machine, with the line that explains it. */
export function selectNode(
  using: string,
  workflowEnv: Readonly<Record<string, string>>,
  systemEnv: NodeJS.ProcessEnv,
  host: NodeRuntimeHost
): NodeSelection {
  const choice = chooseNodeVersion({
    using,
    workflowEnv,
    systemEnv,
    now: host.now(),
    platform: host.platform,
    arch: host.arch
  })
  const binary = locateNode(choice.version, host)
  const selection: NodeSelection = {
    file: binary.file,
    version: binary.version,
    warnings: choice.warnings
  }
  if (binary.version === using) return selection
  // Our own node makes the runner's reasons moot: only the fallback explains what ran.
  const reasons = binary.own ? binary.reasons : [...choice.reasons, ...binary.reasons]
  selection.note = `runs.using: ${using} → ${binary.version} (${binary.file}): ${reasons.join('; ')}`
  return selection
}
