/**
 * Evaluation of `${{ }}` templates and `if:` conditions with `@actions/expressions`
 * (Lexer → Parser → Evaluator), our host functions, and the runner's conversion rules for each
 * kind of value (docs/expressions.md §1).
 */
import { Evaluator, ExpressionError, Lexer, Parser, data } from '@actions/expressions'
import type { Expr } from '@actions/expressions/ast'
import { MAX_EXPRESSION_LENGTH } from '@actions/expressions/errors'
import type { FunctionDefinition, FunctionInfo } from '@actions/expressions/funcs/info'
import { TokenType, type Token } from '@actions/expressions/lexer'
import { truthy } from '@actions/expressions/result'
import { ensureStatusFunction } from '@actions/workflow-parser/model/converter/if-condition'
import { DefinitionInfo } from '@actions/workflow-parser/templates/schema/definition-info'
import { getStepsSchema } from '../workflow/steps-schema.js'
import { contextDictionary, fromExpressionData, type JsonObject } from './contexts.js'
import { bundledHashFilesWorker, hashFiles } from './hash-files.js'
import {
  expressionStringLiteral,
  formatExpression,
  splitTemplate,
  type Segment
} from './template.js'
import { errorText } from '../errors.js'

export type JobStatus = 'success' | 'failure' | 'cancelled'

/** Everything an evaluation can see. Plain JS values; converted to ExpressionData per evaluation. */
export interface ExpressionScope {
  contexts: {
    github: JsonObject
    runner: JsonObject
    env: Record<string, string>
    steps: Record<string, unknown>
    job: unknown
    strategy: unknown
    matrix: unknown
    secrets: Record<string, string>
    vars: unknown
    inputs: unknown
    needs?: unknown
  }
  /** Status used by success()/failure(): the action-scoped status (expressions §5.1/§5.3). */
  status: JobStatus
  /** cancelled(): true once the job (our step) was cancelled. */
  cancelled: boolean
  /** Workspace root for hashFiles(). */
  workspace: string
  /** The hashFiles() worker; the one next to the running bundle unless given (tests). */
  hashFilesWorker?: string
}

/**
 * An expression could not be parsed or evaluated. The message is the runner's (or the
 * package's) text and names the expression; `expression` holds it on its own.
 */
export class ExpressionEvaluationError extends Error {
  override readonly name = 'ExpressionEvaluationError'

  constructor(
    message: string,
    readonly expression: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** Evaluates a template (run, with, env, name, working-directory, shell); single-expression keeps its type. */
export function evaluateTemplate(raw: string, scope: ExpressionScope): unknown {
  return fromExpressionData(evaluateTemplateData(raw, scope))
}

/**
 * R4.1 — a step's env context: the env context of `scope` overlaid with the step's own `env:`,
 * each value evaluated against `scope` (which does not see the step's values yet). Throws the
 * first evaluation error, which fails the step.
 */
export function evaluateStepEnv(
  stepEnv: Readonly<Record<string, string>>,
  scope: ExpressionScope
): Record<string, string> {
  const envContext: Record<string, string> = { ...scope.contexts.env }
  for (const [name, value] of Object.entries(stepEnv)) {
    envContext[name] = evaluateString(value, scope, `env.${name}`)
  }
  return envContext
}

/** Same, coerced to string the way the runner converts for run/with/env (null → '', objects/arrays → error). */
export function evaluateString(raw: string, scope: ExpressionScope, what: string): string {
  return labelled(what, () => {
    const value = evaluateTemplateData(raw, scope)
    switch (value.kind) {
      case data.Kind.String:
      case data.Kind.Number:
      case data.Kind.Boolean:
        return value.coerceString()
      case data.Kind.Null:
        return ''
      case data.Kind.Dictionary:
      case data.Kind.Array:
        throw new ExpressionEvaluationError(withExpression(notExpected(value), raw), raw)
    }
  })
}

/** `if:` — wraps with success() && (…) unless a status function is used (ensureStatusFunction), truthy(). */
export function evaluateIf(condition: string, scope: ExpressionScope): boolean {
  return truthy(evaluateExpression(effectiveCondition(condition), scope, conditionProfile()))
}

/**
 * The expression an `if:` is evaluated as (R35, §1.3): `success()` when empty, wrapped in
 * `success() && (…)` when it has no status function; what a skipped step's log line quotes.
 */
export function effectiveCondition(condition: string): string {
  const profile = conditionProfile()
  const expression = conditionExpression(condition, profile)
  return expression === '' ? 'success()' : ensureStatusFunction(expression, profile.definition)
}

/** `continue-on-error`: a boolean, or a template that must evaluate to a boolean. */
export function evaluateBoolean(
  value: boolean | string,
  scope: ExpressionScope,
  what: string
): boolean {
  if (typeof value === 'boolean') return value
  return labelled(what, () => {
    const result = evaluateTemplateData(value, scope)
    // The runner's schema wants a boolean token; a string such as 'true' is rejected as is.
    if (result.kind === data.Kind.Boolean) return result.value
    throw new ExpressionEvaluationError(withExpression(unexpectedValue(result), value), value)
  })
}

/** `timeout-minutes`: a number, or a template that must evaluate to a number. */
export function evaluateNumber(
  value: number | string,
  scope: ExpressionScope,
  what: string
): number {
  if (typeof value === 'number') return value
  return labelled(what, () => {
    const result = evaluateTemplateData(value, scope)
    // As for booleans: a numeric string is not a number token (hence `fromJSON(inputs.x)`).
    if (result.kind === data.Kind.Number) return result.value
    throw new ExpressionEvaluationError(withExpression(unexpectedValue(result), value), value)
  })
}

// ---------------------------------------------------------------------------------------------
// Templates and conditions

function evaluateTemplateData(raw: string, scope: ExpressionScope): data.ExpressionData {
  const profile = templateProfile()
  const segments = split(raw)
  const parsed = segments.map((segment) =>
    'literal' in segment
      ? segment
      : { expression: segment.expression, ast: parse(segment.expression, profile) }
  )
  if (parsed.length === 1) {
    const [only] = parsed
    if ('literal' in only) return new data.StringData(only.literal)
    return run(only.expression, only.ast, scope, profile)
  }
  // The runner evaluates a mixed value as one format() expression, so its limits apply to that.
  parse(formatExpression(segments), profile)
  // Concatenating the coerced parts gives what that format() gives (expressions §1.6).
  return new data.StringData(
    parsed
      .map((part) =>
        'literal' in part
          ? part.literal
          : run(part.expression, part.ast, scope, profile).coerceString()
      )
      .join('')
  )
}

/**
 * The condition the runner evaluates for an `if:` value (TemplateReader.ParseScalar, then
 * ConvertToIfCondition): a single `${{ }}` is unwrapped, a string-literal-only one becomes that
 * text, plain text is trimmed, and a mixed value becomes a format() string — always truthy,
 * a GitHub trap we keep on purpose.
 */
function conditionExpression(condition: string, profile: Profile): string {
  const segments = split(condition)
  for (const segment of segments) {
    if ('expression' in segment) parse(segment.expression, profile)
  }
  if (segments.length > 1) return formatExpression(segments)
  const [only] = segments
  if ('literal' in only) return only.literal.trim()
  return expressionStringLiteral(only.expression)?.trim() ?? only.expression
}

function split(raw: string): Segment[] {
  try {
    return splitTemplate(raw)
  } catch (error) {
    throw new ExpressionEvaluationError(errorText(error), raw, { cause: error })
  }
}

// ---------------------------------------------------------------------------------------------
// Lexing, parsing, evaluating one expression

function evaluateExpression(
  expression: string,
  scope: ExpressionScope,
  profile: Profile
): data.ExpressionData {
  return run(expression, parse(expression, profile), scope, profile)
}

function parse(expression: string, profile: Profile): Expr {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionEvaluationError(
      withExpression(`Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`, expression),
      expression
    )
  }
  let tokens: Token[]
  try {
    tokens = lex(expression)
  } catch (error) {
    // Lexer errors already read "… Located at position N within expression: …".
    throw new ExpressionEvaluationError(errorText(error), expression, { cause: error })
  }
  let ast: Expr | undefined
  try {
    ast = new Parser(tokens, profile.contexts, profile.functions).parse()
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error
    // Runner format; positions are flat offsets because lex() rewrote the token ranges.
    const message = `${error.message}. Located at position ${error.pos.column + 1} within expression: ${expression}`
    throw new ExpressionEvaluationError(message, expression, { cause: error })
  }
  if (ast === undefined) {
    throw new ExpressionEvaluationError('An expression was expected', expression)
  }
  return ast
}

/**
 * Lexes with two fixes to 0.3.61: every `''` in a string literal is un-escaped (the package
 * replaces only the first, expressions §1.8 item 1), and token positions become flat offsets into the
 * expression, which is how the runner reports them (the package's line/column drifts after a
 * newline inside a string literal).
 */
function lex(expression: string): Token[] {
  const { tokens } = new Lexer(expression).lex()
  let cursor = 0
  for (const token of tokens) {
    if (token.type === TokenType.STRING) {
      token.value = token.lexeme.slice(1, -1).replaceAll("''", "'")
    }
    const offset =
      token.type === TokenType.EOF ? expression.length : expression.indexOf(token.lexeme, cursor)
    if (offset >= 0) {
      token.range = {
        start: { line: 0, column: offset },
        end: { line: 0, column: offset + token.lexeme.length }
      }
      cursor = offset + token.lexeme.length
    }
  }
  return tokens
}

function run(
  expression: string,
  ast: Expr,
  scope: ExpressionScope,
  profile: Profile
): data.ExpressionData {
  try {
    // A fresh dictionary every time: `steps` and `env` change between evaluations (expressions §1.3).
    const contexts = contextDictionary(scope.contexts, profile.contexts)
    return new Evaluator(ast, contexts, hostFunctions(scope)).evaluate()
  } catch (error) {
    throw new ExpressionEvaluationError(withExpression(errorText(error), expression), expression, {
      cause: error
    })
  }
}

/** Status functions (expressions §5) and hashFiles; the evaluator looks them up lower-cased. */
function hostFunctions(scope: ExpressionScope): Map<string, FunctionDefinition> {
  const definitions: FunctionDefinition[] = [
    {
      name: 'success',
      minArgs: 0,
      maxArgs: 0,
      call: () => new data.BooleanData(!scope.cancelled && scope.status === 'success')
    },
    {
      name: 'failure',
      minArgs: 0,
      maxArgs: 0,
      call: () => new data.BooleanData(!scope.cancelled && scope.status === 'failure')
    },
    {
      name: 'cancelled',
      minArgs: 0,
      maxArgs: 0,
      call: () => new data.BooleanData(scope.cancelled)
    },
    { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) },
    {
      name: 'hashFiles',
      minArgs: 1,
      maxArgs: 255,
      call: (...args) =>
        new data.StringData(
          hashFiles(
            {
              workspace: scope.workspace,
              worker: scope.hashFilesWorker ?? bundledHashFilesWorker()
            },
            args.map((arg) => arg.coerceString())
          )
        )
    }
  ]
  return new Map(definitions.map((definition) => [definition.name.toLowerCase(), definition]))
}

const HOST_FUNCTION_NAMES = new Set(['success', 'failure', 'cancelled', 'always', 'hashfiles'])

// ---------------------------------------------------------------------------------------------
// What each kind of value may use, read from the official workflow schema so that we accept
// exactly what GitHub accepts: `if:` has the status functions but no `secrets`; templates have
// `secrets` and hashFiles only.

interface Profile {
  definition: DefinitionInfo
  contexts: string[]
  functions: FunctionInfo[]
}

// Built when the module loads, from the schema (itself built then): a fraction of a millisecond,
// needed by the first step anyway (its `if:` is always evaluated, its `run:` is a template).
const TEMPLATE_PROFILE = profileOf('string-steps-context')
const CONDITION_PROFILE = profileOf('step-if')

function templateProfile(): Profile {
  return TEMPLATE_PROFILE
}

function conditionProfile(): Profile {
  return CONDITION_PROFILE
}

/** Context names and functions allowed by one schema definition (e.g. `hashFiles(1,255)`). */
function profileOf(definitionName: string): Profile {
  const definition = new DefinitionInfo(getStepsSchema(), definitionName)
  const contexts: string[] = []
  const functions: FunctionInfo[] = []
  for (const entry of definition.allowedContext) {
    const call = /^(\w+)\((\d+),(\d+|MAX)\)$/.exec(entry)
    if (!call) {
      contexts.push(entry)
      continue
    }
    const [, name, min, max] = call
    if (!HOST_FUNCTION_NAMES.has(name.toLowerCase())) {
      throw new Error(`No implementation for the expression function '${name}'`)
    }
    functions.push({
      name,
      minArgs: Number(min),
      maxArgs: max === 'MAX' ? Number.MAX_SAFE_INTEGER : Number(max)
    })
  }
  return { definition, contexts, functions }
}

// ---------------------------------------------------------------------------------------------
// Messages

/** Wraps errors of one field so the message says which (`env.FOO: …`), as the runner's line/column would. */
function labelled<T>(what: string, evaluate: () => T): T {
  try {
    return evaluate()
  } catch (error) {
    if (!(error instanceof ExpressionEvaluationError)) throw error
    throw new ExpressionEvaluationError(`${what}: ${error.message}`, error.expression, {
      cause: error.cause ?? error
    })
  }
}

function withExpression(message: string, expression: string): string {
  const shown = expression.length > 200 ? `${expression.slice(0, 200)}…` : expression
  return `${message} (expression: ${shown})`
}

function notExpected(value: data.ExpressionData): string {
  return value.kind === data.Kind.Array
    ? 'A sequence was not expected'
    : 'A mapping was not expected'
}

/** The runner's schema error for a scalar of the wrong type ("Unexpected value 'x'"). */
function unexpectedValue(value: data.ExpressionData): string {
  switch (value.kind) {
    case data.Kind.Dictionary:
    case data.Kind.Array:
      return notExpected(value)
    case data.Kind.Null:
      return "Unexpected value ''"
    case data.Kind.String:
    case data.Kind.Number:
    case data.Kind.Boolean:
      return `Unexpected value '${value.coerceString()}'`
  }
}
