/**
 * The README's inputs and outputs tables are the contract a user reads first: every input and
 * output of action.yml is in them, with the same default, and nothing else is.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import YAML from 'yaml'
import { ROOT } from '../integration/harness.js'

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

/** The rows of the table under a `## <heading>`, as arrays of cells. */
function tableUnder(heading: string): string[][] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1) // the header row
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
    )
}

/** A default cell as a value: `—` is no default, `''` the empty string, else the code in backticks. */
function defaultOf(cell: string): string | undefined {
  if (cell === '—') return undefined
  if (cell === "`''`" || cell === "''") return ''
  return /^`(.*)`$/.exec(cell)?.[1] ?? cell
}

describe('README tables', () => {
  const inputs = tableUnder('Inputs')

  it('list every input of action.yml once, and no other', () => {
    const names = inputs.map(([name]) => name.replace(/`/g, ''))
    expect([...names].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it.each(Object.entries(action.inputs))(
    'give input %s the default of action.yml',
    (name, spec) => {
      const row = inputs.find(([cell]) => cell === `\`${name}\``)
      expect(row).toBeDefined()
      expect(defaultOf(row![1])).toBe(spec.default)
    }
  )

  it('list every output of action.yml, and the per-step outputs', () => {
    const names = tableUnder('Outputs').map(([name]) => name)
    for (const output of Object.keys(action.outputs)) expect(names).toContain(`\`${output}\``)
    expect(names.join(' ')).toContain('`<id>--<name>`')
  })
})
