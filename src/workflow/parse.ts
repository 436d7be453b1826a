/**
 * Step-list text → validated, typed steps (docs/semantics.md §1, docs/expressions.md §2): the
 * order of the phases, what the official parser gets to see in inline mode, and the keys that
 * make every step unique.
 *
 * Phases: our own YAML checks (yaml-checks.ts); our keys beyond native (`ready`, `retry`,
 * `weight`, `needs`), validated by extensions.ts and blanked out of the text so a list without
 * them is checked exactly as before; GitHub's parser (parser-validation.ts), so messages are the official
 * ones; then the values from the YAML nodes (step-values.ts). Any error stops before values.
 */
import { LineCounter } from 'yaml'
import { extractExtensions } from './extensions.js'
import type { ParsedStep, ValidationError } from './model.js'
import { validateWithParser } from './parser-validation.js'
import { StepValueReader } from './step-values.js'
import { checkStructure, readYaml } from './yaml-checks.js'
import { errorText } from '../errors.js'

export interface ParseOptions {
  /** The YAML text (inline `steps` input, or the contents of the steps-file). */
  source: string
  /** For messages only, e.g. 'steps' or '.github/steps/ci.yml'. */
  fileName: string
  /** inline: `%{{ }}` is ours and a surviving `${{` is literal; file: native `${{ }}`. */
  mode: 'inline' | 'file'
}

export interface ParseResult {
  /** The typed steps; empty whenever `errors` is not (nothing may run then, semantics §1.7). */
  steps: ParsedStep[]
  /** Every problem found, sorted by position. */
  errors: ValidationError[]
}

/** Validates the whole list (YAML syntax, schema, convert phase) and builds typed steps. */
export function parseStepList(options: ParseOptions): ParseResult {
  const inline = options.mode === 'inline'
  const validationText = inline ? toValidationText(options.source) : options.source
  const lines = new LineCounter()
  const doc = readYaml(validationText, lines)

  const structural = checkStructure(doc, lines)
  if (structural.length > 0) return { steps: [], errors: sortErrors(structural) }

  // Our keys beyond native are validated here and hidden from the parser, which rejects them.
  const extensions = extractExtensions(doc, validationText, lines)
  // Without our keys to hide, the parser reads the very text we parsed: it gets our document.
  const parsed = extensions.text === validationText ? { doc, lines } : undefined
  const validation = validateWithParser(extensions.text, options.fileName, parsed)
  const parserErrors = inline
    ? unmaskMessages(validation.errors, options.source)
    : validation.errors
  const errors = [...extensions.errors, ...parserErrors]
  if (errors.length > 0) return { steps: [], errors: sortErrors(errors) }

  // Values come from the text as the user wrote it (in file mode that is the same text).
  // A list without any `${{`/`%{{` was not rewritten: its document serves for both.
  const rewritten = inline && validationText !== options.source
  const valueLines = rewritten ? new LineCounter() : lines
  const valueDoc = rewritten ? readYaml(options.source, valueLines) : doc
  try {
    const reader = new StepValueReader(valueDoc, valueLines, inline, extensions.byStepOffset)
    const steps = reader.readSequence(valueDoc.contents, validation.steps)
    assignKeys(steps)
    return { steps, errors: [] }
  } catch (error) {
    // Not expected: the validated text and the original have the same shape (same-length
    // rewrites of `%{{`/`${{` only). Fail closed rather than run a misread list.
    const reason = errorText(error)
    return { steps: [], errors: [{ message: `The step list could not be read: ${reason}` }] }
  }
}

// ---------------------------------------------------------------------------------------------
// Inline mode: what the official parser gets to see
// ---------------------------------------------------------------------------------------------

/** Same length as `${{`, so columns stay right, but no longer an expression opener. */
const MASKED_NATIVE_OPEN = '$ {'

/**
 * `%{{` is ours and must be validated as an expression; a `${{` that survived the outer runner is
 * literal text (docs/expressions.md §4.3 step 1). One pass, so a rewritten `%{{` is not re-masked.
 */
function toValidationText(source: string): string {
  return source.replace(/[%$]\{\{/g, (opener) => (opener === '%{{' ? '${{' : MASKED_NATIVE_OPEN))
}

/**
 * A message quoting masked text (an unknown `wait: ${{ x }}` target) would show `$ {`; show what
 * the user wrote instead, unless `$ {` itself occurs in the source and the swap could be wrong.
 */
function unmaskMessages(errors: ValidationError[], source: string): ValidationError[] {
  if (source.includes(MASKED_NATIVE_OPEN)) return errors
  return errors.map((error) => ({
    ...error,
    message: error.message.replaceAll(MASKED_NATIVE_OPEN, '${{')
  }))
}

/** By position (line, then column); errors without one last; stable. */
function sortErrors(errors: ValidationError[]): ValidationError[] {
  const key = (error: ValidationError): [number, number] => [
    error.line ?? Number.MAX_SAFE_INTEGER,
    error.column ?? Number.MAX_SAFE_INTEGER
  ]
  return [...errors].sort((a, b) => {
    const [lineA, columnA] = key(a)
    const [lineB, columnB] = key(b)
    return lineA - lineB || columnA - columnB
  })
}

// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------

/**
 * Gives every step a key unique across the whole list. Top-level steps are keyed first and keep
 * their id (ids are unique in that scope). A `parallel` group restarts generated ids (`__run`
 * again) and its explicit ids are not checked against outer ones, so a member whose id is taken
 * gets the first free `<id>_2`, `<id>_3`, … (e.g. `__run_3`). Keys are compared case-insensitively
 * so they stay distinct where they become file names on a case-insensitive file system; the only
 * top-level ids that get a suffix are therefore ones that differ from an earlier id only in case.
 */
function assignKeys(steps: ParsedStep[]): void {
  const taken = new Set<string>()
  const claim = (base: string): string => {
    let candidate = base
    for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix++) {
      candidate = `${base}_${suffix}`
    }
    taken.add(candidate.toLowerCase())
    return candidate
  }
  for (const step of steps) step.key = claim(step.id)
  for (const step of steps) {
    if (step.kind !== 'parallel') continue
    for (const member of step.members) member.key = claim(member.id)
  }
}
