/**
 * An action's inputs (docs/runner-emulation.md §5; runner `ActionRunner.RunAsync`,
 * `Handler.AddInputsToEnvironment`): `with:` evaluated at the start of every stage, declared
 * defaults merged, the runner's input warnings, and the `INPUT_*`/`STATE_*` variable names.
 */
import type { LoadedAction } from '../catalog/model.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import { evaluateString } from '../expressions/evaluate.js'

export interface ActionInputsResult {
  inputs: Record<string, string>
  /** Warning annotations, in the runner's order: deprecations, then unexpected inputs. */
  warnings: string[]
}

/** Docker actions always accept these two inputs (runner: "container action always accept …"). */
const DOCKER_IMPLICIT_INPUTS = ['entryPoint', 'args']

/**
 * Provided inputs (keys case-insensitive, the first spelling kept) plus each declared input not
 * provided, its `default` evaluated only then. Defaults see only the input-default contexts
 * (github, strategy, matrix, job, runner, hashFiles): the others are passed empty, so a reference
 * to them reads '' instead of failing as the runner's schema check would. `required` is not
 * enforced, as in the runner.
 */
export function actionInputs(
  action: LoadedAction,
  provided: Record<string, string>,
  scope: ExpressionScope
): ActionInputsResult {
  const inputs: Record<string, string> = {}
  const spelling = new Map<string, string>()
  for (const [name, value] of Object.entries(provided)) {
    const folded = name.toLowerCase()
    const key = spelling.get(folded) ?? name
    spelling.set(folded, key)
    inputs[key] = value
  }

  const declared = action.manifest.inputs
  const warnings: string[] = []
  for (const name of spelling.values()) {
    // The runner's deprecation table is keyed by the declared name, compared exactly.
    const message = Object.hasOwn(declared, name) ? declared[name].deprecationMessage : undefined
    if (message !== undefined) {
      warnings.push(`Input '${name}' has been deprecated with message: ${message}`)
    }
  }

  const defaultsScope = inputDefaultScope(scope)
  for (const [name, definition] of Object.entries(declared)) {
    if (spelling.has(name.toLowerCase())) continue
    spelling.set(name.toLowerCase(), name)
    inputs[name] =
      definition.default === undefined
        ? ''
        : evaluateString(definition.default, defaultsScope, `inputs.${name}.default`)
  }

  // Only actions with metadata (repository and local) are checked, not `docker://` images.
  if (action.reference.kind !== 'docker') {
    const unexpected = unexpectedInputs(action, provided)
    if (unexpected.invalid.length > 0) {
      warnings.push(
        `Unexpected input(s) '${unexpected.invalid.join("', '")}', valid inputs are ['${unexpected.valid.join("', '")}']`
      )
    }
  }
  return { inputs, warnings }
}

/** `INPUT_<NAME>`: spaces become `_`, then upper-cased; hyphens and dots are kept (§5.5). */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs)) {
    variables[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] = value
  }
  return variables
}

/** `STATE_<name>`: the name keeps its case (runner-emulation §1.1 step 2). */
export function stateVariables(state: Record<string, string>): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const [name, value] of Object.entries(state)) variables[`STATE_${name}`] = value
  return variables
}

/** Evaluates a step's `with:` values as templates, in source order (R7: when the stage starts). */
export function evaluateWith(
  templates: Record<string, string>,
  scope: ExpressionScope
): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, template] of Object.entries(templates)) {
    values[name] = evaluateString(template, scope, `with.${name}`)
  }
  return values
}

function unexpectedInputs(
  action: LoadedAction,
  provided: Record<string, string>
): { invalid: string[]; valid: string[] } {
  const valid: string[] = []
  const known = new Set<string>()
  const accept = (name: string): void => {
    if (known.has(name.toLowerCase())) return
    known.add(name.toLowerCase())
    valid.push(name)
  }
  if (action.manifest.runs.using === 'docker') DOCKER_IMPLICIT_INPUTS.forEach(accept)
  Object.keys(action.manifest.inputs).forEach(accept)

  const invalid: string[] = []
  const seen = new Set<string>()
  for (const name of Object.keys(provided)) {
    const folded = name.toLowerCase()
    if (seen.has(folded)) continue
    seen.add(folded)
    if (!known.has(folded)) invalid.push(name)
  }
  return { invalid, valid }
}

/** The contexts an input default may use (expressions.md §3.1); the rest are empty. */
function inputDefaultScope(scope: ExpressionScope): ExpressionScope {
  const { github, runner, job, strategy, matrix } = scope.contexts
  return {
    ...scope,
    contexts: {
      github,
      runner,
      job,
      strategy,
      matrix,
      env: {},
      steps: {},
      secrets: {},
      vars: {},
      inputs: {}
    }
  }
}
