/**
 * House rules of the source tree, checked (CONTRIBUTING "Layout"): no import cycle among the modules
 * of `src/` (static imports, `import type` included: a type cycle is a design cycle too), and no
 * module over 500 lines (generated data aside).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src')
const MAX_MODULE_LINES = 500
/** Generated data, not code a person reads (the official steps schema as a string). */
const GENERATED = new Set(['workflow/steps-schema-data.ts'])

function sourceFiles(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return entry.name.endsWith('.ts') ? [file] : []
  })
}

/** The `src/` modules a module imports statically: `import`, `import type`, `export … from`. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const found: string[] = []
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined
    if (specifier?.startsWith('.')) {
      found.push(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'))
    }
  }
  return found
}

/** Every cycle's modules (strongly connected components of more than one module, or a self-import). */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, staticImports(file)]))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  let next = 0
  const visit = (file: string): void => {
    index.set(file, next)
    low.set(file, next++)
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue
      if (!index.has(target)) {
        visit(target)
        low.set(file, Math.min(low.get(file)!, low.get(target)!))
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(path.relative(SRC, member))
    } while (member !== file)
    if (component.length > 1 || graph.get(file)!.includes(file)) cycles.push(component.sort())
  }
  for (const file of files) if (!index.has(file)) visit(file)
  return cycles
}

describe('the source tree', () => {
  const files = sourceFiles()

  it('has no import cycle among the modules of src/ (import type included)', () => {
    expect(importCycles(files)).toEqual([])
  })

  it(`has no module over ${MAX_MODULE_LINES} lines`, () => {
    const over = files
      .map((file) => ({
        module: path.relative(SRC, file),
        lines: readFileSync(file, 'utf8').split('\n').length - 1
      }))
      .filter(({ module, lines }) => lines > MAX_MODULE_LINES && !GENERATED.has(module))
    expect(over).toEqual([])
  })
})
