/**
 * A composite action's `runs.steps` (docs/runner-emulation.md §4.7, docs/beyond-native.md): read by our
 * step-list parser, so they may use background, wait, wait-all, cancel and parallel. Steps that
 * use none of those are also checked by the action schema (manifest-schema.ts), whose messages
 * are the runner's; for the others, the composite rules the workflow schema lacks are added here.
 */
import { isMap, isSeq } from 'yaml'
import { parseStepList } from '../workflow/parse.js'
import type { ParsedStep } from '../workflow/model.js'
import { contains, type ManifestDocument, type Node, type Span } from './manifest-document.js'

/** Step keys beyond the composite schema that our parser accepts (docs/beyond-native.md; `needs`: docs/needs.md). */
const EXTENSION_KEYS = new Set(['background', 'wait', 'wait-all', 'cancel', 'parallel', 'needs'])

/** Whether a `runs.steps` item uses a key beyond the composite schema. */
export function isExtendedStep(manifest: ManifestDocument, item: Node): boolean {
  const step = manifest.resolve(item)
  return isMap(step) && step.items.some((pair) => EXTENSION_KEYS.has(manifest.keyOf(pair)))
}

/**
 * `runs.steps` through our step-list parser. It gets the file's text with everything outside
 * the sequence blanked (newlines kept), so its line/column positions are the file's own.
 * `checkedBySchema`: plain steps the action schema found fault with; its messages are the
 * runner's, so our parser's (often reworded) findings inside them are left out.
 */
export function compositeSteps(
  manifest: ManifestDocument,
  stepsNode: Node,
  checkedBySchema: readonly Span[]
): ParsedStep[] {
  const range = (stepsNode as { range?: readonly number[] } | null)?.range
  if (!isSeq(stepsNode) || !range) return [] // the schema has reported a non-sequence
  const source = blankOutside(manifest.text, range[0], range[2] ?? range[1])
  const result = parseStepList({ source, fileName: manifest.displayFile, mode: 'file' })
  for (const error of result.errors) {
    const position =
      error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : undefined
    if (position && checkedBySchema.some((span) => contains(span, position))) continue
    manifest.report(error.message, position)
  }
  checkExtensionSteps(manifest, stepsNode)
  return result.steps
}

/**
 * Composite rules the workflow schema lacks, for the steps the action schema did not see:
 * `shell` is required on run steps (`action_yaml.json`), and there is no `timeout-minutes`.
 */
function checkExtensionSteps(manifest: ManifestDocument, stepsNode: Node): void {
  if (!isSeq(stepsNode)) return
  const check = (node: Node): void => {
    const step = manifest.resolve(node)
    if (!isMap(step)) return
    const keys = step.items.map((pair) => manifest.keyOf(pair))
    if (keys.includes('run') && !keys.includes('shell')) {
      manifest.report('Required property is missing: shell', manifest.spanOf(step)?.start)
    }
    const timeout = step.items.find((pair) => manifest.keyOf(pair) === 'timeout-minutes')
    if (timeout) {
      manifest.report("Unexpected value 'timeout-minutes'", manifest.spanOf(timeout.key)?.start)
    }
    const members = manifest.resolve(manifest.get(step, 'parallel'))
    if (isSeq(members)) members.items.forEach(check)
  }
  for (const item of stepsNode.items) if (isExtendedStep(manifest, item)) check(item)
}

/** The text with every character outside [start, end) replaced by a space, newlines kept. */
function blankOutside(text: string, start: number, end: number): string {
  const blank = (part: string): string => part.replace(/[^\r\n]/g, ' ')
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end))
}
