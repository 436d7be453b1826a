import { describe, expect, it } from '@jest/globals'
import { FeatureFlags } from '@actions/expressions/features'
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { readTemplate } from '@actions/workflow-parser/templates/template-reader'
import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'
import { LineCounter, parseDocument } from 'yaml'
import { readerForParsedDocument } from '../../src/workflow/parsed-document-reader.js'
import { getStepsSchema } from '../../src/workflow/steps-schema.js'

/** Every own field of the tokens (their toJSON would give values only), schema info left out. */
function fields(value: unknown, seen = new Set<unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value
  if (seen.has(value)) return '[seen]'
  seen.add(value)
  if (Array.isArray(value)) return value.map((item) => fields(item, seen))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value))
    if (key !== 'definitionInfo') out[key] = fields(item, seen)
  return out
}

/** Tokens (with ranges, sources and block scalar headers) and errors of `source` as a step list. */
function read(source: string, own: boolean): { errors: string[]; token: string } {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    getStepsSchema(),
    new NoOperationTraceWriter()
  )
  context.state.featureFlags = new FeatureFlags({ allowBackgroundSteps: true })
  const fileId = context.getFileId('steps')
  let reader: ObjectReader
  if (own) {
    const lines = new LineCounter()
    const doc = parseDocument(source, {
      lineCounter: lines,
      uniqueKeys: false,
      keepSourceTokens: true
    })
    expect(doc.errors).toEqual([])
    reader = readerForParsedDocument(fileId, doc, lines)
  } else {
    reader = new YamlObjectReader(fileId, source)
  }
  const token = readTemplate(context, 'steps', reader, fileId)
  return {
    errors: context.errors.getErrors().map((e) => `${JSON.stringify(e.range)} ${e.message}`),
    token: JSON.stringify(fields(token))
  }
}

const CORPUS = [
  '- run: echo hi\n',
  '- id: a\n  name: "quoted ${{ matrix.x }}"\n  if: success()\n  run: |-\n    one\n    two\n  background: true\n',
  "- run: >+\n    folded\n    text\n\n  shell: 'bash'\n  timeout-minutes: 3\n  continue-on-error: true\n",
  '- env: &common\n    A: 1\n    B: true\n    C: null\n  run: a\n- env: *common\n  run: b\n',
  '- parallel:\n    - run: a\n    - uses: ./x\n      with: { n: 0x10, f: 1.5e3 }\n',
  '- run: x\n  bogus: 1\n- wait: ""\n- cancel: [a]\n',
  '- run: x\n  run: y\n',
  '- name: 3\n  run: [1]\n- wait-all:\n'
]

describe('readerForParsedDocument', () => {
  it.each(CORPUS)('reads %j exactly as YamlObjectReader reads its text', (source) => {
    const theirs = read(source, false)
    expect(theirs.token.length).toBeGreaterThan(20)
    expect(read(source, true)).toEqual(theirs)
  })
})
