/**
 * Locating and loading an action's metadata (spec/runner-emulation.md §4.3, §4.4, §4.7), with the
 * runner's messages (`ActionManager.LoadAction`, `ActionManifestManager.Load`/`ConvertRuns`).
 *
 * Validation is GitHub's action schema from `@actions/workflow-parser`, read from the runner's
 * own root `action-root` (`parseAction` uses the stricter editor root `action-root-strict`, which
 * rejects manifests the runner runs: no `name`, extra keys, `using: Node20`). Composite
 * `runs.steps` are read by our step-list parser, so they may use background, wait, wait-all,
 * cancel and parallel; steps that use none of those also keep the action schema's exact checks.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Pair
} from 'yaml'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { getActionSchema } from '@actions/workflow-parser/actions/action-schema'
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context'
import { readTemplate } from '@actions/workflow-parser/templates/template-reader'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'
import { formatNumberG15, MAX_ALIAS_COUNT, parseStepList } from '../workflow/parse.js'
import type { ParsedStep } from '../workflow/model.js'
import type { ActionInputDefinition, ActionManifest, ActionRuns, NodeVersion } from './model.js'
import { errorText } from '../errors.js'

/** Manifest file names in the runner's search order. */
const MANIFEST_FILES = ['action.yml', 'action.yaml'] as const
const DOCKERFILES = ['Dockerfile', 'dockerfile'] as const
const NODE_VERSIONS: readonly NodeVersion[] = ['node12', 'node16', 'node20', 'node24']
/** Step keys beyond the composite schema that our parser accepts (DESIGN §1). */
const EXTENSION_KEYS = new Set(['background', 'wait', 'wait-all', 'cancel', 'parallel'])

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
  return new ManifestReader(readFileSync(file, 'utf8'), displayFile, describe, found).read()
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

// ---------------------------------------------------------------------------------------------

interface Position {
  line: number
  column: number
}

interface Span {
  start: Position
  end: Position
}

/** A problem with its position, printed the way the template library prints its errors. */
interface Problem {
  message: string
  position?: Position
}

/** A YAML node after alias resolution; undefined for an absent key. */
type Node = unknown

class ManifestReader {
  private readonly lines = new LineCounter()
  private readonly doc: Document.Parsed
  private readonly problems: Problem[] = []
  /**
   * Plain composite steps the action schema found fault with: its messages are the runner's, so
   * our parser's (often reworded) findings inside them are left out.
   */
  private readonly checkedBySchema: Span[] = []

  constructor(
    private readonly text: string,
    private readonly displayFile: string,
    private readonly describe: string,
    private readonly fileName: string
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false })
  }

  read(): ActionManifest {
    if (!this.checkAliases()) this.fail()
    const stepsNode = this.get(this.get(this.doc.contents, 'runs'), 'steps')
    const readable = this.validateWithSchema(stepsNode)
    if (!readable || (this.problems.length > 0 && !isMap(this.doc.contents))) this.fail()

    const root = this.doc.contents
    const runsNode = this.get(root, 'runs')
    const runs = runsNode === undefined ? undefined : this.convertRuns(runsNode, stepsNode)
    if (this.problems.length > 0) this.fail()
    if (runs === undefined) {
      throw new ManifestError([`Top level 'runs:' section is required for ${this.displayFile}`])
    }
    const name = this.get(root, 'name')
    return {
      name: isScalar(name) && name.value !== null ? this.literalText(name) : this.describe,
      inputs: this.inputs(this.get(root, 'inputs')),
      outputs: this.outputs(this.get(root, 'outputs')),
      runs,
      file: this.fileName
    }
  }

  /** Throws everything found, closed by the runner's `Failed to load <file>`. */
  private fail(): never {
    const seen = new Set<string>()
    const lines: string[] = []
    for (const problem of this.sortedProblems()) {
      const line = this.format(problem)
      if (!seen.has(line)) lines.push(line)
      seen.add(line)
    }
    throw new ManifestError([...lines, `Failed to load ${this.displayFile}`])
  }

  /** By position (line, then column); the runner's unpositioned messages last; stable. */
  private sortedProblems(): Problem[] {
    const key = (problem: Problem): [number, number] => [
      problem.position?.line ?? Number.MAX_SAFE_INTEGER,
      problem.position?.column ?? Number.MAX_SAFE_INTEGER
    ]
    return [...this.problems].sort((a, b) => {
      const [lineA, columnA] = key(a)
      const [lineB, columnB] = key(b)
      return lineA - lineB || columnA - columnB
    })
  }

  /** Positioned problems as the template library prints them; the runner's own texts as they are. */
  private format(problem: Problem): string {
    if (!problem.position) return problem.message
    const { line, column } = problem.position
    return `${this.displayFile} (Line: ${line}, Col: ${column}): ${problem.message}`
  }

  /**
   * The schema reader expands every alias as it goes; a "billion laughs" manifest from a remote
   * repository must not exhaust memory, so the yaml package counts expansions first.
   */
  private checkAliases(): boolean {
    if (this.doc.errors.length > 0) return true // reported by the schema reader
    let alias: Node
    visit(this.doc, {
      Alias(_key, node) {
        alias = node
        return visit.BREAK
      }
    })
    if (alias === undefined) return true
    try {
      this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
      return true
    } catch (error) {
      const message = errorText(error)
      this.problems.push({ message, position: this.spanOf(alias)?.start })
      return false
    }
  }

  /**
   * GitHub's action schema over the whole file. Inside `runs.steps`, its verdict is kept for
   * steps written in plain composite syntax; steps using our extensions are checked by our
   * parser instead (convertRuns), since the schema knows none of those keys. False when the
   * text is not even YAML.
   */
  private validateWithSchema(stepsNode: Node): boolean {
    const context = new TemplateContext(
      new TemplateValidationErrors(),
      getActionSchema(),
      new NoOperationTraceWriter()
    )
    const fileId = context.getFileId(this.displayFile)
    const reader = new YamlObjectReader(fileId, this.text)
    if (reader.errors.length > 0) {
      for (const error of reader.errors) {
        // Without the yaml package's " at line L, column C:" source excerpt; the prefix says where.
        const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')
        this.problems.push({ message, position: error.range?.start })
      }
      return false // not YAML: nothing more can be read
    }
    try {
      readTemplate(context, 'action-root', reader, fileId)
    } catch (error) {
      const message = errorText(error)
      this.problems.push({ message: `The action metadata could not be validated: ${message}` })
    }
    const items = this.stepItems(stepsNode)
    for (const error of context.errors.getErrors()) {
      const start = error.range?.start
      const item = start && items.find((candidate) => contains(candidate.span, start))
      if (item && item.extended) continue
      if (item) this.checkedBySchema.push(item.span)
      this.problems.push({ message: error.rawMessage, position: start })
    }
    return true
  }

  /** The `runs.steps` items, and whether each uses a key beyond the composite schema. */
  private stepItems(stepsNode: Node): { span: Span; extended: boolean }[] {
    if (!isSeq(stepsNode)) return []
    const items: { span: Span; extended: boolean }[] = []
    for (const item of stepsNode.items) {
      const span = this.spanOf(item)
      if (span) items.push({ span, extended: this.isExtended(item) })
    }
    return items
  }

  private isExtended(item: Node): boolean {
    const step = this.resolve(item)
    return isMap(step) && step.items.some((pair) => EXTENSION_KEYS.has(this.keyOf(pair)))
  }

  // -------------------------------------------------------------------------------------------
  // runs (ActionManifestManager.ConvertRuns)
  // -------------------------------------------------------------------------------------------

  private convertRuns(runsNode: Node, stepsNode: Node): ActionRuns | undefined {
    if (!isMap(runsNode)) return undefined // the schema has said why
    const field = (key: string): string | undefined => this.optionalText(this.get(runsNode, key))
    const using = field('using')
    if (using === undefined) {
      this.problems.push({
        message:
          "Missing 'using' value. 'using' requires 'composite', 'docker', 'node12', 'node16', 'node20' or 'node24'."
      })
      return undefined
    }
    const usingLower = using.toLowerCase()
    if (usingLower === 'docker') {
      const image = field('image')
      if (!image) {
        this.problems.push({
          message: `You are using a Container Action but an image is not provided in ${this.displayFile}.`
        })
        return undefined
      }
      return {
        using: 'docker',
        image,
        entrypoint: field('entrypoint'),
        args: this.textList(this.get(runsNode, 'args')),
        env: this.textRecord(this.get(runsNode, 'env')),
        preEntrypoint: field('pre-entrypoint'),
        preIf: field('pre-if') ?? 'always()',
        postEntrypoint: field('post-entrypoint'),
        postIf: field('post-if') ?? 'always()'
      }
    }
    const nodeVersion = NODE_VERSIONS.find((version) => version === usingLower)
    if (nodeVersion) {
      const main = field('main')
      if (!main) {
        this.problems.push({
          message: `You are using a JavaScript Action but there is not an entry JavaScript file provided in ${this.displayFile}.`
        })
        return undefined
      }
      return {
        using: nodeVersion,
        main,
        pre: field('pre'),
        preIf: field('pre-if') ?? 'always()',
        post: field('post'),
        postIf: field('post-if') ?? 'always()'
      }
    }
    if (usingLower === 'composite') {
      if (stepsNode === undefined) {
        this.problems.push({
          message: `You are using a composite action but there are no steps provided in ${this.displayFile}.`
        })
        return undefined
      }
      return { using: 'composite', steps: this.compositeSteps(stepsNode) }
    }
    this.problems.push({
      message: `'using: ${using}' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead.`
    })
    return undefined
  }

  /**
   * `runs.steps` through our step-list parser. It gets the file's text with everything outside
   * the sequence blanked (newlines kept), so its line/column positions are the file's own.
   */
  private compositeSteps(stepsNode: Node): ParsedStep[] {
    const range = (stepsNode as { range?: readonly number[] } | null)?.range
    if (!isSeq(stepsNode) || !range) return [] // the schema has reported a non-sequence
    const source = blankOutside(this.text, range[0], range[2] ?? range[1])
    const result = parseStepList({ source, fileName: this.displayFile, mode: 'file' })
    for (const error of result.errors) {
      const position =
        error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : undefined
      if (position && this.checkedBySchema.some((span) => contains(span, position))) continue
      this.problems.push({ message: error.message, position })
    }
    this.checkExtensionSteps(stepsNode)
    return result.steps
  }

  /**
   * Composite rules the workflow schema lacks, for the steps the action schema did not see:
   * `shell` is required on run steps (`action_yaml.json`), and there is no `timeout-minutes`.
   */
  private checkExtensionSteps(stepsNode: Node): void {
    if (!isSeq(stepsNode)) return
    const check = (node: Node): void => {
      const step = this.resolve(node)
      if (!isMap(step)) return
      const keys = step.items.map((pair) => this.keyOf(pair))
      if (keys.includes('run') && !keys.includes('shell')) {
        this.problems.push({
          message: 'Required property is missing: shell',
          position: this.spanOf(step)?.start
        })
      }
      const timeout = step.items.find((pair) => this.keyOf(pair) === 'timeout-minutes')
      if (timeout) {
        this.problems.push({
          message: "Unexpected value 'timeout-minutes'",
          position: this.spanOf(timeout.key)?.start
        })
      }
      const members = this.resolve(this.get(step, 'parallel'))
      if (isSeq(members)) members.items.forEach(check)
    }
    for (const item of stepsNode.items) if (this.isExtended(item)) check(item)
  }

  // -------------------------------------------------------------------------------------------
  // inputs and outputs (raw templates; evaluated by the executors)
  // -------------------------------------------------------------------------------------------

  /** Only `default` and `deprecationMessage` are read, compared case-insensitively (runner). */
  private inputs(node: Node): Record<string, ActionInputDefinition> {
    const inputs: Record<string, ActionInputDefinition> = {}
    if (!isMap(node)) return inputs
    for (const pair of node.items) {
      const definition: ActionInputDefinition = {}
      const metadata = this.resolve(pair.value)
      if (isMap(metadata)) {
        for (const entry of metadata.items) {
          const key = this.keyOf(entry).toLowerCase()
          const value = this.resolve(entry.value)
          if (key === 'default') definition.default = this.scalarText(value)
          if (key === 'deprecationmessage') definition.deprecationMessage = this.scalarText(value)
        }
      }
      defineEntry(inputs, this.keyOf(pair), definition)
    }
    return inputs
  }

  private outputs(node: Node): Record<string, { value?: string }> {
    const outputs: Record<string, { value?: string }> = {}
    if (!isMap(node)) return outputs
    for (const pair of node.items) {
      const definition = this.resolve(pair.value)
      const value = isMap(definition) ? this.get(definition, 'value') : undefined
      defineEntry(
        outputs,
        this.keyOf(pair),
        value === undefined ? {} : { value: this.scalarText(value) }
      )
    }
    return outputs
  }

  // -------------------------------------------------------------------------------------------
  // YAML helpers
  // -------------------------------------------------------------------------------------------

  private resolve(node: Node): Node {
    return isAlias(node) ? node.resolve(this.doc) : node
  }

  /** The value under `key` in a mapping (keys compared exactly, as the runner does). */
  private get(node: Node, key: string): Node {
    const mapping = this.resolve(node)
    if (!isMap(mapping)) return undefined
    const pair = mapping.items.find((item) => this.keyOf(item) === key)
    return pair ? (this.resolve(pair.value) ?? null) : undefined
  }

  private keyOf(pair: Pair): string {
    const key = this.resolve(pair.key)
    return isScalar(key) ? this.literalText(key) : ''
  }

  private optionalText(node: Node): string | undefined {
    return isScalar(node) && node.value !== null ? this.literalText(node) : undefined
  }

  /** A scalar as the runner's string conversion gives it; null and non-scalars give ''. */
  private scalarText(node: Node): string {
    return isScalar(node) ? this.literalText(node) : ''
  }

  private textList(node: Node): string[] | undefined {
    if (!isSeq(node)) return undefined
    return node.items.map((item) => this.scalarText(this.resolve(item)))
  }

  private textRecord(node: Node): Record<string, string> | undefined {
    if (!isMap(node)) return undefined
    const record: Record<string, string> = {}
    for (const pair of node.items) {
      defineEntry(record, this.keyOf(pair), this.scalarText(this.resolve(pair.value)))
    }
    return record
  }

  /** Plain scalars coerced like the runner's literal tokens: null → '', G15 numbers. */
  private literalText(node: Node): string {
    if (!isScalar(node)) return ''
    const value = node.value
    if (value === null || value === undefined) return ''
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    if (typeof value === 'number') return formatNumberG15(value)
    if (typeof value === 'string') return value
    // The YAML core schema yields nothing else for a scalar; never print '[object Object]'.
    return JSON.stringify(value) ?? ''
  }

  private spanOf(node: Node): Span | undefined {
    const range = (node as { range?: readonly number[] } | null | undefined)?.range
    if (!range) return undefined
    const start = this.lines.linePos(range[0])
    const end = this.lines.linePos(range[2] ?? range[1])
    return {
      start: { line: start.line, column: start.col },
      end: { line: end.line, column: end.col }
    }
  }
}

function contains(span: Span, position: Position): boolean {
  const after =
    position.line > span.start.line ||
    (position.line === span.start.line && position.column >= span.start.column)
  const before =
    position.line < span.end.line ||
    (position.line === span.end.line && position.column < span.end.column)
  return after && before
}

/** The text with every character outside [start, end) replaced by a space, newlines kept. */
function blankOutside(text: string, start: number, end: number): string {
  const blank = (part: string): string => part.replace(/[^\r\n]/g, ' ')
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end))
}

/** defineProperty keeps an id such as `__proto__` an ordinary entry. */
function defineEntry<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}
