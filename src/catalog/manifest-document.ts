/**
 * An action manifest as it is being read (docs/runner-emulation.md §4.4): the parsed YAML, the
 * problems found so far, and the node access every part of the reading shares — keys compared
 * exactly and scalars turned into text as the runner's template tokens do. Positions are the
 * file's own (1-based), as the runner prints them.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Pair
} from 'yaml'
import { plainScalarText } from '../workflow/scalar-text.js'

export interface Position {
  line: number
  column: number
}

export interface Span {
  start: Position
  end: Position
}

/** A problem with its position, printed the way the template library prints its errors. */
export interface Problem {
  message: string
  position?: Position
}

/** A YAML node after alias resolution; undefined for an absent key. */
export type Node = unknown

export class ManifestDocument {
  private readonly lines = new LineCounter()
  readonly doc: Document.Parsed
  /** Everything found wrong so far; reading goes on as far as it can to report them together. */
  readonly problems: Problem[] = []

  constructor(
    readonly text: string,
    /** The file as messages name it. */
    readonly displayFile: string
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false })
  }

  report(message: string, position?: Position): void {
    this.problems.push({ message, position })
  }

  resolve(node: Node): Node {
    return isAlias(node) ? node.resolve(this.doc) : node
  }

  /** The value under `key` in a mapping (keys compared exactly, as the runner does). */
  get(node: Node, key: string): Node {
    const mapping = this.resolve(node)
    if (!isMap(mapping)) return undefined
    const pair = mapping.items.find((item) => this.keyOf(item) === key)
    return pair ? (this.resolve(pair.value) ?? null) : undefined
  }

  keyOf(pair: Pair): string {
    const key = this.resolve(pair.key)
    return isScalar(key) ? this.literalText(key) : ''
  }

  optionalText(node: Node): string | undefined {
    return isScalar(node) && node.value !== null ? this.literalText(node) : undefined
  }

  /** A scalar as the runner's string conversion gives it; null and non-scalars give ''. */
  scalarText(node: Node): string {
    return isScalar(node) ? this.literalText(node) : ''
  }

  textList(node: Node): string[] | undefined {
    if (!isSeq(node)) return undefined
    return node.items.map((item) => this.scalarText(this.resolve(item)))
  }

  textRecord(node: Node): Record<string, string> | undefined {
    if (!isMap(node)) return undefined
    const record: Record<string, string> = {}
    for (const pair of node.items) {
      defineEntry(record, this.keyOf(pair), this.scalarText(this.resolve(pair.value)))
    }
    return record
  }

  /** Plain scalars coerced like the runner's literal tokens: null → '', G15 numbers. */
  literalText(node: Node): string {
    return isScalar(node) ? plainScalarText(node.value) : ''
  }

  spanOf(node: Node): Span | undefined {
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

export function contains(span: Span, position: Position): boolean {
  const after =
    position.line > span.start.line ||
    (position.line === span.start.line && position.column >= span.start.column)
  const before =
    position.line < span.end.line ||
    (position.line === span.end.line && position.column < span.end.column)
  return after && before
}

/** defineProperty keeps an id such as `__proto__` an ordinary entry. */
export function defineEntry<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}
