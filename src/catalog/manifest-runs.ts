/**
 * An action manifest's `runs:` section converted to what the executors run, with the runner's
 * checks and messages (docs/runner-emulation.md §4.4; runner `ActionManifestManager.ConvertRuns`):
 * `using` picks docker, node or composite, each with the fields it needs.
 */
import { isMap } from 'yaml'
import type { ActionRuns, NodeVersion } from './model.js'
import { compositeSteps } from './composite-steps.js'
import type { ManifestDocument, Node, Span } from './manifest-document.js'

const NODE_VERSIONS: readonly NodeVersion[] = ['node12', 'node16', 'node20', 'node24']

/** A `runs:` field as text; undefined when absent or null. */
type Field = (key: string) => string | undefined

/**
 * Converts `runsNode`; undefined, with the problem reported, when it cannot run. `stepsNode` and
 * `checkedBySchema` serve composite actions (composite-steps.ts).
 */
export function convertRuns(
  manifest: ManifestDocument,
  runsNode: Node,
  stepsNode: Node,
  checkedBySchema: readonly Span[]
): ActionRuns | undefined {
  if (!isMap(runsNode)) return undefined // the schema has said why
  const field: Field = (key) => manifest.optionalText(manifest.get(runsNode, key))
  const using = field('using')
  if (using === undefined) {
    manifest.report(
      "Missing 'using' value. 'using' requires 'composite', 'docker', 'node12', 'node16', 'node20' or 'node24'."
    )
    return undefined
  }
  const usingLower = using.toLowerCase()
  if (usingLower === 'docker') return dockerRuns(manifest, runsNode, field)
  const nodeVersion = NODE_VERSIONS.find((version) => version === usingLower)
  if (nodeVersion) return nodeRuns(manifest, nodeVersion, field)
  if (usingLower === 'composite') {
    if (stepsNode === undefined) {
      manifest.report(
        `You are using a composite action but there are no steps provided in ${manifest.displayFile}.`
      )
      return undefined
    }
    return { using: 'composite', steps: compositeSteps(manifest, stepsNode, checkedBySchema) }
  }
  manifest.report(
    `'using: ${using}' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead.`
  )
  return undefined
}

function dockerRuns(
  manifest: ManifestDocument,
  runsNode: Node,
  field: Field
): ActionRuns | undefined {
  const image = field('image')
  if (!image) {
    manifest.report(
      `You are using a Container Action but an image is not provided in ${manifest.displayFile}.`
    )
    return undefined
  }
  return {
    using: 'docker',
    image,
    entrypoint: field('entrypoint'),
    args: manifest.textList(manifest.get(runsNode, 'args')),
    env: manifest.textRecord(manifest.get(runsNode, 'env')),
    preEntrypoint: field('pre-entrypoint'),
    preIf: field('pre-if') ?? 'always()',
    postEntrypoint: field('post-entrypoint'),
    postIf: field('post-if') ?? 'always()'
  }
}

function nodeRuns(
  manifest: ManifestDocument,
  using: NodeVersion,
  field: Field
): ActionRuns | undefined {
  const main = field('main')
  if (!main) {
    manifest.report(
      `You are using a JavaScript Action but there is not an entry JavaScript file provided in ${manifest.displayFile}.`
    )
    return undefined
  }
  return {
    using,
    main,
    pre: field('pre'),
    preIf: field('pre-if') ?? 'always()',
    post: field('post'),
    postIf: field('post-if') ?? 'always()'
  }
}
