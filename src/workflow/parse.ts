/**
 * Step-list text → validated, typed steps (spec/semantics.md §1, spec/expressions.md §2).
 *
 * Validation is GitHub's own: `@actions/workflow-parser` reads the list against the workflow
 * schema (parse phase) and `convertSteps` checks ids and targets (convert phase), so messages are
 * the official ones. Values, however, come from the `yaml` package: the parser rewrites block
 * scalars into `format()` calls built from the raw, still-indented source (expressions.md §1.6).
 *
 * With no errors, the parser's converted steps line up 1:1 with the YAML sequence items; ids and
 * wait/cancel targets are taken from the converter (it generates the ids and folds literal-only
 * expressions), everything else from the YAML nodes.
 *
 * Our keys beyond native (`ready`, `retry`, `weight`) are validated by `extensions.ts` and blanked
 * out of the text the parser validates, so a list without them is checked exactly as before.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError
} from 'yaml'
import { MAX_EXPRESSION_LENGTH } from '@actions/expressions/errors'
import { FeatureFlags } from '@actions/expressions/features'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { convertSteps } from '@actions/workflow-parser/model/converter/steps'
import type { Step as ConvertedStep } from '@actions/workflow-parser/model/workflow-template'
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context'
import type { TemplateValidationError } from '@actions/workflow-parser/templates/template-validation-error'
import { readTemplate } from '@actions/workflow-parser/templates/template-reader'
import type { TokenRange } from '@actions/workflow-parser/templates/tokens/token-range'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'
import { readerForParsedDocument } from './parsed-document-reader.js'
import { getStepsSchema } from './steps-schema.js'
import { prepareInline } from '../expressions/inline.js'
import { extractExtensions, type StepExtensions } from './extensions.js'
import type {
  ExecutableStep,
  ParsedStep,
  SourcePosition,
  Template,
  ValidationError
} from './model.js'
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
  /** The typed steps; empty whenever `errors` is not (nothing may run then, spec §1.7). */
  steps: ParsedStep[]
  /** Every problem found, sorted by position. */
  errors: ValidationError[]
}

/**
 * Alias budget handed to the yaml package: an anchor may be expanded about this many times
 * (weighted by nested aliases) before we call it an alias bomb. Real step lists reuse an
 * `env` or `with` block a handful of times.
 */
export const MAX_ALIAS_COUNT = 100

const NOT_A_SEQUENCE = 'The step list must be a YAML sequence of steps'

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
 * literal text (spec/expressions.md §4.3 step 1). One pass, so a rewritten `%{{` is not re-masked.
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

// ---------------------------------------------------------------------------------------------
// Our own checks, before the parser: YAML syntax, alias bombs, the list's shape
// ---------------------------------------------------------------------------------------------

/** Parses with the options the workflow-parser's own YAML reader uses. */
function readYaml(text: string, lines: LineCounter): Document.Parsed {
  // keepSourceTokens as well: the parser's reader looks at them (block scalar headers).
  return parseDocument(text, { lineCounter: lines, uniqueKeys: false, keepSourceTokens: true })
}

/**
 * YAML syntax errors, alias abuse and a root that is not a sequence. Each stops validation: the
 * parser would either repeat them or, for aliases, expand them without limit.
 */
function checkStructure(doc: Document.Parsed, lines: LineCounter): ValidationError[] {
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

function rangeOf(node: unknown, lines: LineCounter): Omit<ValidationError, 'message'> {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range
  if (!range) return { line: 1, column: 1 }
  const start = lines.linePos(range[0])
  const end = lines.linePos(range[1])
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col }
}

// ---------------------------------------------------------------------------------------------
// The official parser (spec/expressions.md §2.2)
// ---------------------------------------------------------------------------------------------

interface ParserValidation {
  errors: ValidationError[]
  steps: ConvertedStep[]
}

function validateWithParser(
  text: string,
  fileName: string,
  parsed?: { doc: Document.Parsed; lines: LineCounter }
): ParserValidation {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    getStepsSchema(),
    new NoOperationTraceWriter()
  )
  // The template reader consults the flag while reading; set it before anything is read.
  context.state.featureFlags = new FeatureFlags({ allowBackgroundSteps: true })
  const fileId = context.getFileId(fileName)
  let steps: ConvertedStep[] = []
  let parseErrorCount = 0
  try {
    const reader = parsed
      ? readerForParsedDocument(fileId, parsed.doc, parsed.lines)
      : new YamlObjectReader(fileId, text)
    const token = readTemplate(context, 'steps', reader, fileId)
    parseErrorCount = context.errors.count
    steps = token ? convertSteps(context, token) : []
  } catch (error) {
    // The parser is not expected to throw; if it does, say so instead of crashing.
    const message = errorText(error)
    context.error(fileId, `The step list could not be validated: ${message}`)
  }
  const all = context.errors.getErrors()
  const parseErrors = all.slice(0, parseErrorCount)
  const convertErrors = all
    .slice(parseErrorCount)
    .filter((error) => !repeatsParseError(error, parseErrors))
  return { errors: [...parseErrors, ...convertErrors].map(toValidationError), steps }
}

/**
 * After the schema rejects a value, the converter trips over the same token and adds an internal
 * "Unexpected type 'StringToken' encountered while reading …" at the same place. It says nothing
 * new in parser jargon, and the spec's catalogue (§1.7) lists only the schema message.
 */
function repeatsParseError(
  error: TemplateValidationError,
  parseErrors: TemplateValidationError[]
): boolean {
  if (!/^Unexpected type '\w+' encountered while reading /.test(error.rawMessage)) return false
  const start = error.range?.start
  if (!start) return false
  return parseErrors.some(
    (other) => other.range?.start.line === start.line && other.range.start.column === start.column
  )
}

function toValidationError(error: TemplateValidationError): ValidationError {
  const range: TokenRange | undefined = error.range
  const message = readableMessage(error.rawMessage)
  if (!range) return { message }
  return {
    message,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column
  }
}

/**
 * The expressions lexer (0.3.61) throws a bare `ErrorExceededMaxLength` for an expression over
 * the limit, and the parser passes it on as the message; say it as the runner does.
 */
function readableMessage(message: string): string {
  return message === 'ErrorExceededMaxLength'
    ? `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`
    : message
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
// Values: typed steps from the YAML nodes
// ---------------------------------------------------------------------------------------------

/**
 * A YAML node after alias resolution (`Scalar`, `YAMLMap`, `YAMLSeq`), null for a missing value,
 * undefined for an absent key. Narrowed with the yaml package's `isScalar`/`isMap`/`isSeq`.
 */
type YamlValue = unknown

class StepValueReader {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    private readonly inline: boolean,
    /** Validated `ready`/`retry`/`weight` by step offset (same offsets: same-length rewrites). */
    private readonly extensions: ReadonlyMap<number, StepExtensions>
  ) {}

  /** Reads the sequence `node`, item i aligned with converted step i. */
  readSequence(node: unknown, converted: ConvertedStep[]): ParsedStep[] {
    const sequence = this.resolve(node)
    if (!isSeq(sequence)) throw new Error('expected a sequence of steps')
    if (sequence.items.length !== converted.length) {
      throw new Error(`${sequence.items.length} items but ${converted.length} validated steps`)
    }
    return sequence.items.map((item, index) => this.readStep(item, converted[index]))
  }

  private readStep(item: unknown, converted: ConvertedStep): ParsedStep {
    const fields = this.fieldsOf(item)
    const base = {
      key: converted.id,
      id: converted.id,
      explicitId: fields.has('id'),
      name: fields.has('name') ? this.template(fields.get('name')) : undefined,
      position: this.positionOf(item),
      continueOnError: this.continueOnError(fields.get('continue-on-error'))
    }
    if ('run' in converted) {
      return {
        ...base,
        ...this.executableFields(fields),
        ...this.extensionsOf(item),
        kind: 'run',
        run: this.template(fields.get('run')),
        shell: this.optionalTemplate(fields, 'shell'),
        workingDirectory: this.optionalTemplate(fields, 'working-directory')
      }
    }
    if ('uses' in converted) {
      return {
        ...base,
        ...this.executableFields(fields),
        ...this.extensionsOf(item),
        kind: 'uses',
        // `uses` admits no expressions (schema), so it is never rewritten.
        uses: this.text(fields.get('uses')),
        with: this.templateRecord(fields.get('with'))
      }
    }
    if ('wait' in converted) {
      return { ...base, kind: 'wait', targets: converted.wait.map((target) => target.value) }
    }
    if ('wait-all' in converted) return { ...base, kind: 'wait-all', implicit: false }
    if ('cancel' in converted) return { ...base, kind: 'cancel', target: converted.cancel.value }
    const members = this.readSequence(fields.get('parallel'), converted.parallel)
    return { ...base, kind: 'parallel', members: members.filter(isExecutable) }
  }

  private executableFields(
    fields: Map<string, YamlValue>
  ): Pick<ExecutableStep, 'if' | 'env' | 'timeoutMinutes' | 'background'> {
    const background = fields.get('background')
    return {
      if: fields.has('if') ? this.template(fields.get('if')) : '',
      env: this.templateRecord(fields.get('env')),
      timeoutMinutes: this.timeoutMinutes(fields.get('timeout-minutes')),
      background: isScalar(background) && background.value === true
    }
  }

  /** The step's `ready`/`retry`/`weight`, only the ones written. */
  private extensionsOf(item: unknown): StepExtensions {
    const start = (this.resolve(item) as { range?: readonly number[] } | null)?.range?.[0]
    return (start !== undefined && this.extensions.get(start)) || {}
  }

  private continueOnError(node: YamlValue): boolean | Template {
    if (node === undefined) return false
    if (isScalar(node) && typeof node.value === 'boolean') return node.value
    return this.template(node)
  }

  private timeoutMinutes(node: YamlValue): number | Template | undefined {
    if (node === undefined) return undefined
    if (isScalar(node) && typeof node.value === 'number') return node.value
    return this.template(node)
  }

  /** A step mapping's keys and (alias-resolved) values, in source order. */
  private fieldsOf(item: unknown): Map<string, YamlValue> {
    const mapping = this.resolve(item)
    if (!isMap(mapping)) throw new Error('expected a step mapping')
    const fields = new Map<string, YamlValue>()
    for (const pair of mapping.items) {
      fields.set(this.text(this.resolve(pair.key)), this.resolve(pair.value) ?? null)
    }
    return fields
  }

  private templateRecord(node: YamlValue): Record<string, Template> {
    const record: Record<string, Template> = {}
    if (node === null || node === undefined) return record
    if (!isMap(node)) throw new Error('expected a mapping of inputs or variables')
    for (const pair of node.items) {
      // defineProperty keeps a key such as `__proto__` an ordinary entry.
      Object.defineProperty(record, this.text(this.resolve(pair.key)), {
        value: this.template(this.resolve(pair.value) ?? null),
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
    return record
  }

  private optionalTemplate(fields: Map<string, YamlValue>, key: string): Template | undefined {
    return fields.has(key) ? this.template(fields.get(key)) : undefined
  }

  /** A template value: in inline mode `%{{` becomes ours and a surviving `${{` literal (§4.3). */
  private template(node: YamlValue): Template {
    const text = this.text(node)
    return this.inline ? prepareInline(text) : text
  }

  /** A scalar's text, with plain scalars coerced the way the runner does (runner-emulation §5.2). */
  private text(node: YamlValue): string {
    if (node === null || node === undefined) return ''
    if (!isScalar(node)) throw new Error('expected a scalar value')
    if (node.type !== 'PLAIN') return String(node.value)
    return plainScalarText(node.value)
  }

  private positionOf(item: unknown): SourcePosition {
    const { line, column } = rangeOf(item, this.lines)
    return { line: line ?? 1, column: column ?? 1 }
  }

  private resolve(node: unknown): YamlValue {
    return isAlias(node) ? node.resolve(this.doc) : node
  }
}

function isExecutable(step: ParsedStep): step is ExecutableStep {
  return step.kind === 'run' || step.kind === 'uses'
}

/** null/~/empty → "", booleans → "true"/"false", numbers → .NET "G15" text (`1.10` → "1.1"). */
function plainScalarText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return formatNumberG15(value)
  if (typeof value === 'string') return value
  // The YAML core schema yields nothing else for a plain scalar; never print '[object Object]'.
  return JSON.stringify(value) ?? ''
}

/**
 * The runner prints YAML numbers with .NET `ToString("G15")`: 15 significant digits, trailing
 * zeros dropped, scientific notation (`1.5E+16`, `1E-05`) unless -5 < exponent < 15.
 */
export function formatNumberG15(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  if (value === 0) return Object.is(value, -0) ? '-0' : '0'
  const [mantissa, exponentText] = value.toExponential(14).split('e')
  const exponent = Number(exponentText)
  if (exponent >= 15 || exponent <= -5) {
    const digits = String(Math.abs(exponent)).padStart(2, '0')
    return `${dropTrailingZeros(mantissa)}E${exponent < 0 ? '-' : '+'}${digits}`
  }
  return dropTrailingZeros(value.toPrecision(15))
}

function dropTrailingZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal
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
