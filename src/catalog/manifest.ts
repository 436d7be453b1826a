/**
 * Locating and loading an action's metadata (docs/runner-emulation.md §4.3, §4.4, §4.7), with the
 * runner's messages (`ActionManager.LoadAction`, `ActionManifestManager.Load`): which file the
 * runner reads, the order of the checks (manifest-schema.ts) and conversions (`runs:` in
 * manifest-runs.ts; name, inputs and outputs here), and every problem reported together the way
 * the runner prints them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { isMap, isScalar } from 'yaml'
import type { ActionInputDefinition, ActionManifest } from './model.js'
import { defineEntry, ManifestDocument, type Node, type Problem } from './manifest-document.js'
import { convertRuns } from './manifest-runs.js'
import { checkAliases, validateWithSchema } from './manifest-schema.js'

/** Manifest file names in the runner's search order. */
const MANIFEST_FILES = ['action.yml', 'action.yaml'] as const
const DOCKERFILES = ['Dockerfile', 'dockerfile'] as const

/** A manifest that could not be loaded; `problems` are the runner's messages, one per line. */
export class ManifestError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'ManifestError'
  }
}

/** The manifest file the runner would read in `directory` (action.yml, action.yaml, Dockerfile, dockerfile), if any. */
export function findManifestFile(directory: string): string | undefined {
  for (const name of [...MANIFEST_FILES, ...DOCKERFILES]) {
    if (isFile(path.join(directory, name))) return name
  }
  return undefined
}

/**
 * Loads the action in `directory`. `describe` names it in messages (`owner/repo[/path]@ref` or the
 * local `uses:`); `displayRoot`, when given, shortens file paths in messages the way the runner
 * shows them relative to its `_actions` folder. Throws a ManifestError.
 */
export function loadManifest(
  directory: string,
  describe: string,
  kind: 'local' | 'remote',
  displayRoot?: string
): ActionManifest {
  const found = findManifestFile(directory)
  if (found === undefined) throw new ManifestError([notFoundMessage(directory, describe, kind)])
  if ((DOCKERFILES as readonly string[]).includes(found)) {
    return {
      name: describe,
      inputs: {},
      outputs: {},
      runs: { using: 'docker', image: found },
      file: found
    }
  }
  const file = path.join(directory, found)
  const displayFile = displayRoot ? path.relative(displayRoot, file) : file
  return readManifest(
    new ManifestDocument(readFileSync(file, 'utf8'), displayFile),
    describe,
    found
  )
}

function notFoundMessage(directory: string, describe: string, kind: 'local' | 'remote'): string {
  if (kind === 'remote') {
    return `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' for action '${describe}'.`
  }
  return (
    `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${path.resolve(directory)}'. ` +
    'Did you forget to run actions/checkout before running your local action?'
  )
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile()
}

/** Checks, then converts; throws a ManifestError with every problem found. */
function readManifest(
  manifest: ManifestDocument,
  describe: string,
  fileName: string
): ActionManifest {
  if (!checkAliases(manifest)) fail(manifest)
  const root = manifest.doc.contents
  const stepsNode = manifest.get(manifest.get(root, 'runs'), 'steps')
  const schema = validateWithSchema(manifest, stepsNode)
  if (!schema.readable || (manifest.problems.length > 0 && !isMap(root))) fail(manifest)

  const runsNode = manifest.get(root, 'runs')
  const runs =
    runsNode === undefined
      ? undefined
      : convertRuns(manifest, runsNode, stepsNode, schema.checkedBySchema)
  if (manifest.problems.length > 0) fail(manifest)
  if (runs === undefined) {
    throw new ManifestError([`Top level 'runs:' section is required for ${manifest.displayFile}`])
  }
  const name = manifest.get(root, 'name')
  return {
    name: isScalar(name) && name.value !== null ? manifest.literalText(name) : describe,
    inputs: readInputs(manifest, manifest.get(root, 'inputs')),
    outputs: readOutputs(manifest, manifest.get(root, 'outputs')),
    runs,
    file: fileName
  }
}

/** Throws everything found, closed by the runner's `Failed to load <file>`. */
function fail(manifest: ManifestDocument): never {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const problem of sortedProblems(manifest.problems)) {
    const line = format(problem, manifest.displayFile)
    if (!seen.has(line)) lines.push(line)
    seen.add(line)
  }
  throw new ManifestError([...lines, `Failed to load ${manifest.displayFile}`])
}

/** By position (line, then column); the runner's unpositioned messages last; stable. */
function sortedProblems(problems: readonly Problem[]): Problem[] {
  const key = (problem: Problem): [number, number] => [
    problem.position?.line ?? Number.MAX_SAFE_INTEGER,
    problem.position?.column ?? Number.MAX_SAFE_INTEGER
  ]
  return [...problems].sort((a, b) => {
    const [lineA, columnA] = key(a)
    const [lineB, columnB] = key(b)
    return lineA - lineB || columnA - columnB
  })
}

/** Positioned problems as the template library prints them; the runner's own texts as they are. */
function format(problem: Problem, displayFile: string): string {
  if (!problem.position) return problem.message
  const { line, column } = problem.position
  return `${displayFile} (Line: ${line}, Col: ${column}): ${problem.message}`
}

// ---------------------------------------------------------------------------------------------
// inputs and outputs (raw templates; evaluated by the executors)
// ---------------------------------------------------------------------------------------------

/** Only `default` and `deprecationMessage` are read, compared case-insensitively (runner). */
function readInputs(manifest: ManifestDocument, node: Node): Record<string, ActionInputDefinition> {
  const inputs: Record<string, ActionInputDefinition> = {}
  if (!isMap(node)) return inputs
  for (const pair of node.items) {
    const definition: ActionInputDefinition = {}
    const metadata = manifest.resolve(pair.value)
    if (isMap(metadata)) {
      for (const entry of metadata.items) {
        const key = manifest.keyOf(entry).toLowerCase()
        const value = manifest.resolve(entry.value)
        if (key === 'default') definition.default = manifest.scalarText(value)
        if (key === 'deprecationmessage') definition.deprecationMessage = manifest.scalarText(value)
      }
    }
    defineEntry(inputs, manifest.keyOf(pair), definition)
  }
  return inputs
}

function readOutputs(manifest: ManifestDocument, node: Node): Record<string, { value?: string }> {
  const outputs: Record<string, { value?: string }> = {}
  if (!isMap(node)) return outputs
  for (const pair of node.items) {
    const definition = manifest.resolve(pair.value)
    const value = isMap(definition) ? manifest.get(definition, 'value') : undefined
    defineEntry(
      outputs,
      manifest.keyOf(pair),
      value === undefined ? {} : { value: manifest.scalarText(value) }
    )
  }
  return outputs
}
