/**
 * Checking an action manifest before anything is converted (docs/runner-emulation.md §4.4):
 * alias bombs first, then GitHub's action schema from `@actions/workflow-parser`, read from the
 * runner's own root `action-root` (`parseAction` uses the stricter editor root
 * `action-root-strict`, which rejects manifests the runner runs: no `name`, extra keys,
 * `using: Node20`). Problems go to the document; the messages are the runner's.
 */
import { isSeq, visit } from 'yaml'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { getActionSchema } from '@actions/workflow-parser/actions/action-schema'
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context'
import { readTemplate } from '@actions/workflow-parser/templates/template-reader'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'
import { MAX_ALIAS_COUNT } from '../workflow/yaml-checks.js'
import { errorText } from '../errors.js'
import { isExtendedStep } from './composite-steps.js'
import { contains, type ManifestDocument, type Node, type Span } from './manifest-document.js'

export interface SchemaVerdict {
  /** False when the text is not even YAML: nothing more can be read. */
  readable: boolean
  /** Plain composite steps the schema found fault with (their messages are the runner's). */
  checkedBySchema: Span[]
}

/**
 * The schema reader expands every alias as it goes; a "billion laughs" manifest from a remote
 * repository must not exhaust memory, so the yaml package counts expansions first.
 */
export function checkAliases(manifest: ManifestDocument): boolean {
  if (manifest.doc.errors.length > 0) return true // reported by the schema reader
  let alias: Node
  visit(manifest.doc, {
    Alias(_key, node) {
      alias = node
      return visit.BREAK
    }
  })
  if (alias === undefined) return true
  try {
    manifest.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    return true
  } catch (error) {
    const message = errorText(error)
    manifest.report(message, manifest.spanOf(alias)?.start)
    return false
  }
}

/**
 * GitHub's action schema over the whole file. Inside `runs.steps`, its verdict is kept for
 * steps written in plain composite syntax; steps using our extensions are checked by our
 * parser instead (composite-steps.ts), since the schema knows none of those keys.
 */
export function validateWithSchema(manifest: ManifestDocument, stepsNode: Node): SchemaVerdict {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    getActionSchema(),
    new NoOperationTraceWriter()
  )
  const fileId = context.getFileId(manifest.displayFile)
  const reader = new YamlObjectReader(fileId, manifest.text)
  if (reader.errors.length > 0) {
    for (const error of reader.errors) {
      // Without the yaml package's " at line L, column C:" source excerpt; the prefix says where.
      const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')
      manifest.report(message, error.range?.start)
    }
    return { readable: false, checkedBySchema: [] }
  }
  try {
    readTemplate(context, 'action-root', reader, fileId)
  } catch (error) {
    const message = errorText(error)
    manifest.report(`The action metadata could not be validated: ${message}`)
  }
  const items = stepItems(manifest, stepsNode)
  const checkedBySchema: Span[] = []
  for (const error of context.errors.getErrors()) {
    const start = error.range?.start
    const item = start && items.find((candidate) => contains(candidate.span, start))
    if (item && item.extended) continue
    if (item) checkedBySchema.push(item.span)
    manifest.report(error.rawMessage, start)
  }
  return { readable: true, checkedBySchema }
}

/** The `runs.steps` items, and whether each uses a key beyond the composite schema. */
function stepItems(
  manifest: ManifestDocument,
  stepsNode: Node
): { span: Span; extended: boolean }[] {
  if (!isSeq(stepsNode)) return []
  const items: { span: Span; extended: boolean }[] = []
  for (const item of stepsNode.items) {
    const span = manifest.spanOf(item)
    if (span) items.push({ span, extended: isExtendedStep(manifest, item) })
  }
  return items
}
