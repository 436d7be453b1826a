/**
 * Typed steps from the YAML nodes of a list that passed validation (docs/semantics.md §1). Values
 * are read from the text as the user wrote it, not from the parser's tokens: the parser rewrites
 * block scalars into `format()` calls built from the raw, still-indented source
 * (docs/expressions.md §1.6). Ids and wait/cancel targets come from the parser's converted steps,
 * which line up 1:1 with the sequence items (the converter generates ids and folds literal-only
 * expressions).
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml'
import type { Step as ConvertedStep } from '@actions/workflow-parser/model/workflow-template'
import { prepareInline } from '../expressions/inline.js'
import type { StepExtensions } from './extensions.js'
import type { ExecutableStep, ParsedStep, SourcePosition, Template } from './model.js'
import { plainScalarText } from './scalar-text.js'
import { rangeOf } from './yaml-checks.js'

/**
 * A YAML node after alias resolution (`Scalar`, `YAMLMap`, `YAMLSeq`), null for a missing value,
 * undefined for an absent key. Narrowed with the yaml package's `isScalar`/`isMap`/`isSeq`.
 */
type YamlValue = unknown

export class StepValueReader {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    private readonly inline: boolean,
    /** Validated `ready`/`retry`/`weight`/`needs` by step offset (same offsets: same-length rewrites). */
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
      const extensions = this.extensionsOf(item)
      return {
        ...base,
        ...this.executableFields(fields, extensions),
        ...extensions,
        kind: 'run',
        run: this.template(fields.get('run')),
        shell: this.optionalTemplate(fields, 'shell'),
        workingDirectory: this.optionalTemplate(fields, 'working-directory')
      }
    }
    if ('uses' in converted) {
      const extensions = this.extensionsOf(item)
      return {
        ...base,
        ...this.executableFields(fields, extensions),
        ...extensions,
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
    fields: Map<string, YamlValue>,
    extensions: StepExtensions
  ): Pick<ExecutableStep, 'if' | 'env' | 'timeoutMinutes' | 'background'> {
    const background = fields.get('background')
    return {
      if: fields.has('if') ? this.template(fields.get('if')) : '',
      env: this.templateRecord(fields.get('env')),
      timeoutMinutes: this.timeoutMinutes(fields.get('timeout-minutes')),
      // N2 (docs/needs.md): a step with `needs` is a background step.
      background:
        (isScalar(background) && background.value === true) || extensions.needs !== undefined
    }
  }

  /** The step's `ready`/`retry`/`weight`/`needs`, only the ones written. */
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
