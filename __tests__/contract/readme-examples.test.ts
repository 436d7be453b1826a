/**
 * Every complete step list in the README and the docs (an inline `steps: |` of the action, in any
 * YAML example) passes the action's validation, so the examples a user copies are valid.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { parseStepList } from '../../src/workflow/parse.js'

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const PAGES = [
  'README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`)
]

/** The `steps` strings of every mapping in a YAML value (`with: { steps: | … }`, or a bare `steps: |`). */
function inlineLists(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) inlineLists(item, found)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'steps' && typeof item === 'string') found.push(item)
      else inlineLists(item, found)
    }
  }
  return found
}

const examples = PAGES.flatMap((page) =>
  [...fs.readFileSync(path.join(ROOT, page), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap(
    (match, index) =>
      inlineLists(YAML.parse(match[1]) as unknown).map((list) => ({ page, index, list }))
  )
)

describe('README and docs examples', () => {
  it('has complete step lists to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8)
  })

  it.each(examples)('$page, YAML block $index: the inline step list is valid', ({ list }) => {
    const result = parseStepList({ source: list, fileName: 'steps', mode: 'inline' })
    expect(result.errors).toEqual([])
    expect(result.steps.length).toBeGreaterThan(0)
  })
})
