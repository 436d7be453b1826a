/**
 * Validation on the built action: every error at once, with line and column, and nothing runs
 * (docs/semantics.md §1.7 emulation note). Input errors are reported the same way.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runAction } from './harness.js'

describe('validation before anything runs', () => {
  it('reports every error of an inline list with its line and column, and runs no step', async () => {
    const run = await runAction({
      steps: `- id: first
  run: touch "$RUNNER_TEMP/ran-first"
- wait: nope
- id: bad id
  run: echo
- parallel:
    - run: echo a
      background: true
`
    })
    expect(run.exitCode).toBe(1)
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran-first'))).toBe(false)
    const errors = run.annotations.filter((a) => a.kind === 'error' && a.properties.line)
    expect(errors.map((a) => [a.message, a.properties.line, a.properties.col])).toEqual([
      ["Step references unknown step ID 'nope'", '3', '9'],
      [
        "The identifier 'bad id' is invalid. IDs may only contain alphanumeric characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than 100 characters.",
        '4',
        '7'
      ],
      [
        "'background' is not allowed inside a parallel block. Steps in a parallel block are automatically run as background steps.",
        '6',
        '3'
      ]
    ])
    expect(errors.every((a) => a.properties.file === undefined)).toBe(true)
    expect(errors[0].properties.title).toBe('steps input (Line: 3, Col: 9)')
    expect(run.annotations.at(-1)?.message).toBe(
      'The step list is invalid (3 error(s)); no step ran.'
    )
    expect(run.outputs).toEqual({})
  })

  it('a steps-file error carries file= that path', async () => {
    const run = await runAction({
      files: { '.github/steps/ci.yml': '- run: echo ok\n- cancel: [a]\n' },
      inputs: { 'steps-file': '.github/steps/ci.yml' }
    })
    const error = run.annotations.find((a) => a.message === 'A sequence was not expected')
    expect(error?.properties).toMatchObject({ file: '.github/steps/ci.yml', line: '2', col: '11' })
    expect(run.exitCode).toBe(1)
  })

  it('a YAML syntax error is reported with its position', async () => {
    const run = await runAction({ steps: '- run: echo ok\n- run: [unclosed\n' })
    const error = run.annotations.find((a) => a.properties.line !== undefined)
    expect(error?.message).toBe(
      'Flow sequence in block collection must be sufficiently indented and end with a ]'
    )
    expect(error?.properties).toMatchObject({ line: '3', col: '1' })
    expect(run.exitCode).toBe(1)
  })

  it('input errors are all reported together and nothing runs', async () => {
    const run = await runAction({
      files: { 'list.yml': '- run: touch "$RUNNER_TEMP/ran"\n' },
      steps: '- run: touch "$RUNNER_TEMP/ran"\n',
      inputs: {
        'steps-file': 'list.yml',
        'max-concurrency': '0',
        'log-mode': 'fancy',
        secrets: '{not json',
        matrix: '[1,'
      }
    })
    const messages = run.annotations.filter((a) => a.kind === 'error').map((a) => a.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        "Set exactly one of the inputs 'steps' and 'steps-file', not both.",
        "Input 'max-concurrency' must be a positive integer or 'auto', got '0'.",
        "Input 'log-mode' must be one of grouped, prefixed, got 'fancy'."
      ])
    )
    expect(messages.some((m) => m.startsWith("Input 'secrets' is not valid JSON"))).toBe(true)
    expect(messages.some((m) => m.startsWith("Input 'matrix' is not valid JSON"))).toBe(true)
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran'))).toBe(false)
    expect(run.exitCode).toBe(1)
  })

  it('neither steps nor steps-file is an error', async () => {
    const run = await runAction({})
    expect(run.annotations.map((a) => a.message)).toContain(
      "Set one of the inputs 'steps' (an inline YAML step list) or 'steps-file'."
    )
  })
})
