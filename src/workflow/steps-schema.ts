/**
 * The schema a step list is read with: the official workflow schema cut down to what `steps`
 * reaches (src/workflow/steps-schema-data.ts, generated from the parser package). Same
 * definitions, same validation and messages, at a fraction of the start-up cost of the whole
 * schema, which the parser would otherwise load for every run (`npm run bench`, B1/B3/B5).
 *
 * It is built straight from the JSON: `TemplateSchema.load` would first read the JSON as a
 * template validated against the meta-schema (itself built for the occasion) and then check
 * the definitions' references — both only ever find problems in a hand-edited schema, and ours
 * is generated from the official one, whose load a test compares this with.
 */
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/index'
import {
  BooleanToken,
  MappingToken,
  NullToken,
  NumberToken,
  SequenceToken,
  StringToken,
  type TemplateToken
} from '@actions/workflow-parser/templates/tokens/index'
import { STEPS_SCHEMA_JSON } from './steps-schema-data.js'

/**
 * Built when the module loads: every bundle that loads this module reads a step list or evaluates
 * an expression right after (our main parses the list at once; our post loads it only to
 * evaluate `post-if`), so building it on first use instead saves nothing (`npm run bench`, B1).
 */
const STEPS_SCHEMA = new TemplateSchema(toToken(JSON.parse(STEPS_SCHEMA_JSON)) as MappingToken)

/** The schema (read-only: the parser only looks definitions up in it). */
export function getStepsSchema(): TemplateSchema {
  return STEPS_SCHEMA
}

/** A JSON value as the tokens the parser's JSONObjectReader would make of it. */
function toToken(value: unknown): TemplateToken {
  if (typeof value === 'boolean') return new BooleanToken(undefined, undefined, value, undefined)
  if (typeof value === 'number') return new NumberToken(undefined, undefined, value, undefined)
  if (typeof value === 'string') return new StringToken(undefined, undefined, value, undefined)
  if (value === null || value === undefined) return new NullToken(undefined, undefined, undefined)
  if (Array.isArray(value)) {
    const sequence = new SequenceToken(undefined, undefined, undefined)
    for (const item of value) sequence.add(toToken(item))
    return sequence
  }
  const mapping = new MappingToken(undefined, undefined, undefined)
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    mapping.add(new StringToken(undefined, undefined, key, undefined), toToken(item))
  }
  return mapping
}
