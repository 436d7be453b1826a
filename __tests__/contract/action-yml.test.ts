/**
 * The public contract (docs/reference.md): both metadata files pass GitHub's own action schema, declare
 * every input and output with a description, and differ only in the runtime and the paths.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import YAML from 'yaml'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { ROOT } from '../integration/harness.js'

interface Metadata {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string; post: string; 'post-if': string }
}

const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8')

describe('action.yml', () => {
  it.each(['action.yml', 'node20/action.yml'])('%s passes the official action schema', (file) => {
    const result = parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([])
  })

  it('declares every input and output with a description, node24, main and post with post-if always()', () => {
    const action = YAML.parse(read('action.yml')) as Metadata
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, typeof input.description]).toEqual([name, 'string'])
    }
    expect(Object.keys(action.outputs)).toEqual(['steps', 'result'])
    for (const output of Object.values(action.outputs)) expect(output.description).toBeTruthy()
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()'
    })
    for (const name of [
      'steps',
      'steps-file',
      'max-concurrency',
      'fail-fast',
      'log-mode',
      'summary',
      'token',
      'matrix',
      'strategy',
      'job',
      'secrets',
      'vars',
      'inputs',
      'defaults'
    ]) {
      expect(action.inputs).toHaveProperty([name])
    }
  })

  it('node20/action.yml is the same contract on node20, pointing back at the root dist/', () => {
    const root = YAML.parse(read('action.yml')) as Metadata
    const node20 = YAML.parse(read('node20/action.yml')) as Metadata
    expect(node20.runs).toEqual({
      using: 'node20',
      main: '../dist/main/index.js',
      post: '../dist/post/index.js',
      'post-if': 'always()'
    })
    expect({ ...node20, runs: root.runs }).toEqual(root)
    for (const entry of [node20.runs.main, node20.runs.post]) {
      expect(fs.existsSync(path.join(ROOT, 'node20', entry))).toBe(true)
    }
  })
})
