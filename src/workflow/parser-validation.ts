/**
 * The step list through GitHub's own `@actions/workflow-parser` (docs/expressions.md §2.2): the
 * schema check (parse phase) and `convertSteps` (convert phase: ids, wait/cancel targets), so
 * validation messages are the official ones. Its converted steps are handed on: the value reader
 * takes ids and targets from them.
 */
import type { Document, LineCounter } from 'yaml'
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
import type { ValidationError } from './model.js'
import { errorText } from '../errors.js'

export interface ParserValidation {
  errors: ValidationError[]
  /** The converter's steps, 1:1 with the sequence items when there are no errors. */
  steps: ConvertedStep[]
}

/**
 * Validates `text`. `parsed` is our own document of that very text, when we have one: the
 * parser then reads it instead of parsing the text a second time.
 */
export function validateWithParser(
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
