import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { FeatureFlags } from '@actions/expressions/features'
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { readTemplate } from '@actions/workflow-parser/templates/template-reader'
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/index'
import { JSONObjectReader } from '@actions/workflow-parser/templates/json-object-reader'
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'
import { getStepsSchema } from '../../src/workflow/steps-schema.js'
import { STEPS_SCHEMA_JSON } from '../../src/workflow/steps-schema-data.js'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

/** What the parser makes of `source` as a step list under `schema`: errors and the token tree. */
function read(schema: TemplateSchema, source: string): { errors: string[]; token: string } {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    schema,
    new NoOperationTraceWriter()
  )
  context.state.featureFlags = new FeatureFlags({ allowBackgroundSteps: true })
  const fileId = context.getFileId('steps')
  const token = readTemplate(context, 'steps', new YamlObjectReader(fileId, source), fileId)
  return {
    errors: context.errors.getErrors().map((e) => `${JSON.stringify(e.range)} ${e.message}`),
    token: JSON.stringify(token)
  }
}

// Valid lists and one of each kind of mistake: every step kind, every key, wrong types,
// unknown keys, expressions in allowed and forbidden places, nesting.
const CORPUS = [
  '- run: echo hi\n',
  '- id: a\n  name: A ${{ matrix.x }}\n  if: ${{ success() }}\n  run: x\n  shell: bash\n  working-directory: w\n  env: { A: "${{ secrets.T }}" }\n  timeout-minutes: 3\n  continue-on-error: true\n  background: true\n',
  '- uses: actions/checkout@v4\n  with: { fetch-depth: 0 }\n  background: true\n- wait: a\n- wait: [a, b]\n- wait-all:\n- wait-all: true\n- cancel: a\n',
  '- parallel:\n    - run: a\n    - uses: ./x\n    - parallel:\n        - run: b\n',
  '- run: x\n  background: "yes"\n',
  '- run: x\n  bogus: 1\n',
  '- wait: ""\n',
  '- cancel: [a]\n',
  '- parallel: []\n  name: p\n',
  '- run: x\n  uses: y\n',
  '- run: ${{ secrets.T }}\n  if: secrets.T\n',
  '- run: ${{ hashFiles() }}\n',
  '- run: ${{ foo( }}\n',
  '- name: 3\n  run: [1]\n',
  '{}\n',
  '- wait-all: 3\n',
  '- run: x\n  timeout-minutes: ${{ steps.a.outputs.t }}\n  env: [1]\n'
]

describe('the steps-only schema (src/workflow/steps-schema.ts)', () => {
  it.each(CORPUS)('reads %j exactly as the full workflow schema does', (source) => {
    expect(read(getStepsSchema(), source)).toEqual(read(getWorkflowSchema(), source))
  })

  it('the corpus exercises rejections as well as valid lists', () => {
    const rejected = CORPUS.filter((source) => read(getStepsSchema(), source).errors.length > 0)
    expect(rejected.length).toBeGreaterThanOrEqual(10)
    expect(rejected.length).toBeLessThan(CORPUS.length)
  })

  it('built straight from the JSON, it has the same definitions as TemplateSchema.load makes (which also validates them)', () => {
    const loaded = TemplateSchema.load(new JSONObjectReader(undefined, STEPS_SCHEMA_JSON))
    const fast = getStepsSchema()
    // Tokens read by load carry the meta-schema's definition info; only the values matter.
    const plain = (schema: TemplateSchema): string =>
      JSON.stringify(schema.definitions, (key, value: unknown) =>
        key === 'definitionInfo' || key === 'file' || key === 'range' ? undefined : value
      )
    expect(Object.keys(fast.definitions).sort()).toEqual(Object.keys(loaded.definitions).sort())
    expect(plain(fast).length).toBeGreaterThan(5000)
    expect(plain(fast)).toEqual(plain(loaded))
  })

  it('is up to date with the installed parser package', () => {
    const check = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'generate-steps-schema.mjs'), '--check'],
      { encoding: 'utf8' }
    )
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('defines everything `if:` and templates look up for their allowed contexts', () => {
    for (const name of ['steps', 'step-if', 'string-steps-context', 'step-env', 'step-with'])
      expect(getStepsSchema().getDefinition(name)).toBeDefined()
  })
})
