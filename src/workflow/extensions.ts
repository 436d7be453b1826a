/**
 * Our keys beyond native — `ready:`, `retry:`, `weight:` and `needs:` (read by needs.ts) — read
 * and validated here, because the official parser rejects every key it does not know
 * (`Unexpected value 'ready'`).
 *
 * Before the parser sees the list, each extension key and its value are blanked out with spaces
 * (newlines kept), so every other line and column stays where it was and the parser's messages
 * keep pointing at the user's text. We validate the blanked pairs ourselves with the same kind
 * of error (message, line, column). Values are literal only: no expressions.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Pair,
  type YAMLMap
} from 'yaml'
import type {
  ProbeKind,
  ReadinessProbe,
  RetryPolicy,
  SourcePosition,
  ValidationError
} from './model.js'
import { errorText } from '../errors.js'
import { DeclaredIds, needsPlacementError, readNeeds, READY_WITH_NEEDS } from './needs.js'

/** The keys we add to a step. */
export const EXTENSION_KEYS = ['ready', 'retry', 'weight', 'needs'] as const
type ExtensionKey = (typeof EXTENSION_KEYS)[number]

/** The extension values of one step, as the model stores them. */
export interface StepExtensions {
  ready?: ReadinessProbe
  retry?: RetryPolicy
  weight?: number
  /** N1 (docs/needs.md): the earlier steps this one needs. */
  needs?: string[]
}

export interface ExtensionScan {
  /** The text with every extension pair blanked out: same length, same line breaks. */
  text: string
  errors: ValidationError[]
  /** Valid extensions by the source offset where their step's mapping starts. */
  byStepOffset: Map<number, StepExtensions>
}

/** Defaults of `ready:` (seconds). */
export const READY_DEFAULT_TIMEOUT_SECONDS = 60
export const READY_DEFAULT_INTERVAL_SECONDS = 1

const PROBE_KINDS: readonly ProbeKind[] = ['tcp', 'http', 'file', 'log']
const READY_KEYS = [...PROBE_KINDS, 'timeout-seconds', 'interval-seconds']
const RETRY_KEYS = ['attempts', 'backoff-seconds']

/** A `ready:` mapping while its keys are read; every problem is reported, so reading goes on. */
interface ReadyDraft {
  probe?: { kind: ProbeKind; target: string }
  /** The first probe key, valid or not: a second one is an error. */
  probeKey?: unknown
  timeoutSeconds: number
  intervalSeconds: number
  valid: boolean
}

/** Where a step sits: at the top of the list or inside a `parallel` block. */
type Placement = 'top' | 'member'

/** Finds, validates and blanks out the extension keys of every step in `doc` (parsed from `text`). */
export function extractExtensions(
  doc: Document.Parsed,
  text: string,
  lines: LineCounter
): ExtensionScan {
  const scanner = new ExtensionScanner(doc, text, lines)
  scanner.scanSteps(doc.contents, 'top')
  return scanner.result()
}

class ExtensionScanner {
  private readonly errors: ValidationError[] = []
  private readonly blanks: Array<[number, number]> = []
  private readonly byStepOffset = new Map<number, StepExtensions>()
  /** N1: the ids a later `needs:` may name, as the scan goes down the list. */
  private readonly declared = new DeclaredIds()

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly lines: LineCounter
  ) {}

  result(): ExtensionScan {
    if (this.blanks.length === 0) {
      return { text: this.text, errors: this.errors, byStepOffset: this.byStepOffset }
    }
    const chars = this.text.split('')
    for (const [start, end] of this.blanks) {
      for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' '
    }
    return { text: chars.join(''), errors: this.errors, byStepOffset: this.byStepOffset }
  }

  scanSteps(node: unknown, placement: Placement): void {
    const sequence = this.resolve(node)
    if (!isSeq(sequence)) return
    for (const item of sequence.items) {
      const step = this.resolve(item)
      if (isMap(step)) this.scanStep(step, placement)
    }
  }

  private scanStep(step: YAMLMap, placement: Placement): void {
    const keys = new Map<string, unknown>()
    for (const pair of step.items) {
      const key = this.resolve(pair.key)
      if (isScalar(key) && typeof key.value === 'string') keys.set(key.value, pair.value)
    }
    const found: StepExtensions = {}
    const seen = new Set<string>()
    for (const pair of step.items) {
      const key = this.resolve(pair.key)
      if (!isScalar(key) || !isExtensionKey(key.value)) continue
      this.blank(step, pair)
      const name = key.value
      if (seen.has(name)) {
        this.fail(key, `'${name}' is already defined`)
        continue
      }
      seen.add(name)
      const misplaced = this.placementError(name, keys, placement)
      if (misplaced) {
        this.fail(key, misplaced)
        continue
      }
      const value = this.resolve(pair.value)
      switch (name) {
        case 'ready':
          found.ready = this.readReady(value, key)
          break
        case 'retry':
          found.retry = this.readRetry(value, key)
          break
        case 'weight':
          found.weight = this.positiveNumber(value, key, "'weight'")
          break
        case 'needs':
          found.needs = this.readNeeds(value, key, keys)
          break
      }
    }
    const start = step.range?.[0]
    if (start !== undefined && seen.size > 0) this.byStepOffset.set(start, dropUndefined(found))
    // N1: only steps after this one may need it.
    this.declared.declare(keys, (node) => this.resolve(node))
    // A `parallel` block's members are steps too.
    if (keys.has('parallel')) this.scanSteps(keys.get('parallel'), 'member')
  }

  /** Which steps may carry which key; undefined when this one may. */
  private placementError(
    name: ExtensionKey,
    keys: Map<string, unknown>,
    placement: Placement
  ): string | undefined {
    const executable = keys.has('run') || keys.has('uses')
    switch (name) {
      case 'ready': {
        if (keys.has('needs')) return READY_WITH_NEEDS
        if (placement === 'member') {
          return "'ready' is not allowed on a member of a 'parallel' group (the group waits for its members to finish); start the service as a step with 'background: true'"
        }
        const background = this.resolve(keys.get('background'))
        const isBackground = isScalar(background) && background.value === true
        return executable && isBackground
          ? undefined
          : "'ready' is only allowed on a run or uses step with 'background: true'"
      }
      case 'retry':
        return executable ? undefined : "'retry' is only allowed on run and uses steps"
      case 'weight':
        return placement === 'member' && executable
          ? undefined
          : "'weight' is only allowed on the members of a 'parallel' group"
      case 'needs':
        return needsPlacementError(keys, placement === 'member', (node) => this.resolve(node))
    }
  }

  /** N1: `needs:` through needs.ts, against the ids declared so far and the step's own id. */
  private readNeeds(
    value: unknown,
    key: unknown,
    keys: Map<string, unknown>
  ): string[] | undefined {
    const id = this.resolve(keys.get('id'))
    const ownId = isScalar(id) && typeof id.value === 'string' ? id.value : undefined
    return readNeeds(
      value,
      key,
      { ownId, declared: this.declared },
      { fail: (node, message) => this.fail(node, message), resolve: (node) => this.resolve(node) }
    )
  }

  private readReady(node: unknown, key: unknown): ReadinessProbe | undefined {
    if (!isMap(node)) {
      this.fail(
        node ?? key,
        "'ready' must be a mapping with one probe (tcp, http, file or log), for example { tcp: 127.0.0.1:5432 }"
      )
      return undefined
    }
    const draft: ReadyDraft = {
      timeoutSeconds: READY_DEFAULT_TIMEOUT_SECONDS,
      intervalSeconds: READY_DEFAULT_INTERVAL_SECONDS,
      valid: true
    }
    for (const pair of node.items) {
      this.readReadyKey(draft, this.resolve(pair.key), this.resolve(pair.value))
    }
    if (draft.probeKey === undefined) {
      this.fail(key, "'ready' needs one probe: tcp, http, file or log")
      return undefined
    }
    const { probe, timeoutSeconds, intervalSeconds } = draft
    return draft.valid && probe ? { ...probe, timeoutSeconds, intervalSeconds } : undefined
  }

  /** One key of `ready:` (`field: value`): the probe, of which there is one, or a timing. */
  private readReadyKey(draft: ReadyDraft, field: unknown, value: unknown): void {
    const name = isScalar(field) ? String(field.value) : ''
    if (!READY_KEYS.includes(name)) {
      this.fail(
        field,
        `Unexpected value '${name}' in 'ready' (expected one of ${READY_KEYS.join(', ')})`
      )
      draft.valid = false
    } else if (name === 'timeout-seconds') {
      const seconds = this.positiveNumber(value, field, "'timeout-seconds'")
      if (seconds === undefined) draft.valid = false
      else draft.timeoutSeconds = seconds
    } else if (name === 'interval-seconds') {
      const seconds = this.positiveNumber(value, field, "'interval-seconds'")
      if (seconds === undefined) draft.valid = false
      else draft.intervalSeconds = seconds
    } else if (draft.probeKey !== undefined) {
      const first = isScalar(draft.probeKey) ? String(draft.probeKey.value) : ''
      this.fail(field, `'ready' takes exactly one probe, found '${first}' and '${name}'`)
      draft.valid = false
    } else {
      draft.probeKey = field
      const kind = name as ProbeKind
      const target = this.probeTarget(kind, value, field)
      if (target === undefined) draft.valid = false
      else draft.probe = { kind, target }
    }
  }

  private probeTarget(kind: ProbeKind, node: unknown, key: unknown): string | undefined {
    const text = this.literalString(node, key, `'${kind}'`)
    if (text === undefined) return undefined
    switch (kind) {
      case 'tcp': {
        const match = /^(\[[0-9A-Fa-f:.]+\]|[^\s:/[\]]+):(\d{1,5})$/.exec(text)
        const port = match ? Number(match[2]) : 0
        if (port < 1 || port > 65535) {
          this.fail(node, `'tcp' must be host:port, for example 127.0.0.1:5432 (got '${text}')`)
          return undefined
        }
        return text
      }
      case 'http': {
        let url: URL | undefined
        try {
          url = new URL(text)
        } catch {
          url = undefined
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
          this.fail(node, `'http' must be an http:// or https:// URL (got '${text}')`)
          return undefined
        }
        return text
      }
      case 'file':
        return text
      case 'log':
        try {
          new RegExp(text)
        } catch (error) {
          const reason = errorText(error)
          this.fail(node, `'log' is not a valid regular expression: ${reason}`)
          return undefined
        }
        return text
    }
  }

  private readRetry(node: unknown, key: unknown): RetryPolicy | undefined {
    if (!isMap(node)) {
      this.fail(node ?? key, "'retry' must be a mapping like { attempts: 3, backoff-seconds: 10 }")
      return undefined
    }
    let attempts: number | undefined
    let backoffSeconds = 0
    let valid = true
    for (const pair of node.items) {
      const field = this.resolve(pair.key)
      const name = isScalar(field) ? String(field.value) : ''
      const value = this.resolve(pair.value)
      if (name === 'attempts') {
        attempts = this.literalNumber(
          value,
          field,
          (n) => Number.isInteger(n) && n >= 1,
          "'attempts' must be a whole number, 1 or more"
        )
        if (attempts === undefined) valid = false
      } else if (name === 'backoff-seconds') {
        const seconds = this.literalNumber(
          value,
          field,
          (n) => n >= 0,
          "'backoff-seconds' must be a number of seconds, 0 or more"
        )
        if (seconds === undefined) valid = false
        else backoffSeconds = seconds
      } else {
        this.fail(
          field,
          `Unexpected value '${name}' in 'retry' (expected one of ${RETRY_KEYS.join(', ')})`
        )
        valid = false
      }
    }
    if (attempts === undefined && valid) {
      this.fail(key, "'retry' needs 'attempts' (how many attempts in all, 1 or more)")
      return undefined
    }
    return valid && attempts !== undefined ? { attempts, backoffSeconds } : undefined
  }

  private positiveNumber(node: unknown, key: unknown, what: string): number | undefined {
    return this.literalNumber(node, key, (n) => n > 0, `${what} must be a positive number`)
  }

  /** A literal, finite YAML number that passes `accept`; anything else is reported once. */
  private literalNumber(
    node: unknown,
    key: unknown,
    accept: (value: number) => boolean,
    message: string
  ): number | undefined {
    if (this.holdsExpression(node, key)) return undefined
    const value = isScalar(node) ? node.value : undefined
    if (typeof value === 'number' && Number.isFinite(value) && accept(value)) return value
    this.fail(node ?? key, message)
    return undefined
  }

  private literalString(node: unknown, key: unknown, what: string): string | undefined {
    if (this.holdsExpression(node, key)) return undefined
    const value = isScalar(node) ? node.value : undefined
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : ''
    if (text.trim() === '') {
      this.fail(node ?? key, `${what} must be a non-empty string`)
      return undefined
    }
    return text
  }

  /** Extension values are literal: reports `${{ }}` (and, inline, `%{{ }}`) once, at the value. */
  private holdsExpression(node: unknown, key: unknown): boolean {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('${{')) {
      return false
    }
    this.fail(
      node ?? key,
      'Expressions are not allowed in ready, retry and weight: write a literal value'
    )
    return true
  }

  /** Marks the pair (and, in a flow mapping, the comma after it) to be blanked out. */
  private blank(map: YAMLMap, pair: Pair): void {
    const keyRange = (pair.key as { range?: number[] } | null)?.range
    const valueRange = (pair.value as { range?: number[] } | null)?.range
    if (!keyRange) return
    let end = valueRange ? valueRange[1] : keyRange[1]
    if (map.flow) {
      // `{ ready: {…}, run: x }` must not become `{ , run: x }`.
      let next = end
      while (next < this.text.length && /\s/.test(this.text[next])) next++
      if (this.text[next] === ',') end = next + 1
    }
    this.blanks.push([keyRange[0], end])
  }

  private fail(node: unknown, message: string): void {
    this.errors.push({ message, ...this.rangeOf(node) })
  }

  private rangeOf(node: unknown): Omit<ValidationError, 'message'> {
    const range = (node as { range?: readonly number[] } | null | undefined)?.range
    if (!range) return {}
    const start: SourcePosition = toPosition(this.lines.linePos(range[0]))
    const end: SourcePosition = toPosition(this.lines.linePos(range[1]))
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
  }

  private resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node
  }
}

function isExtensionKey(value: unknown): value is ExtensionKey {
  return typeof value === 'string' && (EXTENSION_KEYS as readonly string[]).includes(value)
}

function toPosition(position: { line: number; col: number }): SourcePosition {
  return { line: position.line, column: position.col }
}

/** Keeps absent extensions absent (no `ready: undefined` keys on the model). */
function dropUndefined(found: StepExtensions): StepExtensions {
  const out: StepExtensions = {}
  if (found.ready) out.ready = found.ready
  if (found.retry) out.retry = found.retry
  if (found.weight !== undefined) out.weight = found.weight
  if (found.needs) out.needs = found.needs
  return out
}
