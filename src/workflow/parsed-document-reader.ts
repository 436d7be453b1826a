/**
 * The parser's YAML reader over a document we already parsed. `YamlObjectReader` parses its text
 * itself, so every list was parsed twice with the same options — the second time about a fifth
 * of the validation time of a long list (`npm run bench`, B2/B7). This reader walks our
 * document instead, with the parser's own code: only where the document comes from differs.
 * A test reads a corpus both ways and compares every token and error.
 */
import type { Document, LineCounter } from 'yaml'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'

/** The fields the parser's reader sets up from its own parse (private in its typings). */
interface ReaderInternals {
  doc: Document.Parsed
  lineCounter: LineCounter
  _generator: unknown
  getNodes(node: unknown, aliasResolutionStack: Set<unknown>): unknown
}

/**
 * Reads `doc`, which must have been parsed with the options YamlObjectReader uses
 * (`keepSourceTokens: true`, `uniqueKeys: false`, a line counter) and have no YAML errors.
 */
export function readerForParsedDocument(
  fileId: number,
  doc: Document.Parsed,
  lineCounter: LineCounter
): YamlObjectReader {
  // An empty text costs nothing to parse; its document is then replaced by ours.
  const reader = new YamlObjectReader(fileId, '')
  const internals = reader as unknown as ReaderInternals
  internals.doc = doc
  internals.lineCounter = lineCounter
  internals._generator = internals.getNodes(doc, new Set())
  return reader
}
