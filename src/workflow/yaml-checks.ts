/**
 * Our own checks on the step list's YAML, before the official parser sees it
 * (docs/semantics.md §1.7): syntax errors, alias bombs and a root that is not a sequence. Each
 * one stops validation, since the parser would either repeat it or, for aliases, expand them
 * without limit. Also the YAML reading both the checks and the value reader share.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type LineCounter,
  type YAMLError
} from 'yaml'
import type { ValidationError } from './model.js'
import { errorText } from '../errors.js'

/**
 * Alias budget handed to the yaml package: an anchor may be expanded about this many times
 * (weighted by nested aliases) before we call it an alias bomb. Real step lists reuse an
 * `env` or `with` block a handful of times.
 */
export const MAX_ALIAS_COUNT = 100

const NOT_A_SEQUENCE = 'The step list must be a YAML sequence of steps'

/** Parses with the options the workflow-parser's own YAML reader uses. */
export function readYaml(text: string, lines: LineCounter): Document.Parsed {
  // keepSourceTokens as well: the parser's reader looks at them (block scalar headers).
  return parseDocument(text, { lineCounter: lines, uniqueKeys: false, keepSourceTokens: true })
}

/**
 * YAML syntax errors, alias abuse and a root that is not a sequence. Each stops validation: the
 * parser would either repeat them or, for aliases, expand them without limit.
 */
export function checkStructure(doc: Document.Parsed, lines: LineCounter): ValidationError[] {
  if (doc.errors.length > 0) return doc.errors.map(yamlSyntaxError)
  const aliasError = checkAliases(doc, lines)
  if (aliasError) return [aliasError]
  if (!isSeq(doc.contents)) {
    const found = describeNode(doc.contents)
    return [{ message: `${NOT_A_SEQUENCE} (found ${found})`, ...rangeOf(doc.contents, lines) }]
  }
  return []
}

/** The yaml message without its appended " at line L, column C:" source excerpt. */
function yamlSyntaxError(error: YAMLError): ValidationError {
  const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')
  const [start, end] = error.linePos ?? []
  if (!start) return { message }
  const stop = end ?? start
  return { message, line: start.line, column: start.col, endLine: stop.line, endColumn: stop.col }
}

/**
 * The workflow-parser's YAML reader expands every alias as it goes, so a "billion laughs"
 * document would exhaust memory there. Let the yaml package count expansions first; it also
 * catches an alias to an anchor that is not defined (the reader silently drops those).
 */
function checkAliases(doc: Document.Parsed, lines: LineCounter): ValidationError | undefined {
  let firstAlias: unknown
  visit(doc, {
    Alias(_key, node) {
      firstAlias = node
      return visit.BREAK
    }
  })
  if (firstAlias === undefined) return undefined
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    return undefined
  } catch (error) {
    const message = errorText(error)
    return { message, ...rangeOf(firstAlias, lines) }
  }
}

function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping'
  if (isScalar(node)) return node.value === null ? 'an empty value' : 'a scalar value'
  return 'nothing'
}

/** Where `node` sits in the source (1-based), or line 1, column 1 for a node without a range. */
export function rangeOf(node: unknown, lines: LineCounter): Omit<ValidationError, 'message'> {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range
  if (!range) return { line: 1, column: 1 }
  const start = lines.linePos(range[0])
  const end = lines.linePos(range[1])
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col }
}
