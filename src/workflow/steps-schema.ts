/**
 * The schema a step list is read with: the official workflow schema cut down to what `steps`
 * reaches (src/workflow/steps-schema-data.ts, generated from the parser package). Same
 * definitions, same validation and messages; a third of the start-up cost of the whole schema,
 * which the parser would otherwise load for every run (`npm run bench`, B1/B5).
 */
import { JSONObjectReader } from '@actions/workflow-parser/templates/json-object-reader'
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/index'
import { STEPS_SCHEMA_JSON } from './steps-schema-data.js'

let schema: TemplateSchema | undefined

/** The schema, loaded on first use. */
export function getStepsSchema(): TemplateSchema {
  return (schema ??= TemplateSchema.load(new JSONObjectReader(undefined, STEPS_SCHEMA_JSON)))
}
