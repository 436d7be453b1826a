import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, promises as fs, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findManifestFile, loadManifest, ManifestError } from '../../src/catalog/manifest.js'
import type { ActionManifest } from '../../src/catalog/model.js'
import type { ParsedStep } from '../../src/workflow/model.js'

let root: string

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'manifest-'))
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const yaml = (...lines: string[]): string => lines.join('\n') + '\n'

/** Writes files into a fresh action folder under the cache-like root and returns it. */
function action(files: Record<string, string>, folder = 'o/r/v1'): string {
  const directory = path.join(root, folder)
  mkdirSync(directory, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text)
  return directory
}

function load(files: Record<string, string>): ActionManifest {
  return loadManifest(action(files), 'o/r@v1', 'remote', root)
}

/** The ManifestError lines of a manifest that must fail. */
function problems(files: Record<string, string>, kind: 'local' | 'remote' = 'remote'): string[] {
  try {
    loadManifest(action(files), 'o/r@v1', kind, root)
  } catch (error) {
    expect(error).toBeInstanceOf(ManifestError)
    return (error as ManifestError).problems
  }
  throw new Error('expected the manifest to fail')
}

const FILE = path.join('o', 'r', 'v1', 'action.yml')

describe('locating the manifest (docs/runner-emulation.md §4.3)', () => {
  it('§4.3 search order: action.yml, action.yaml, Dockerfile, dockerfile', () => {
    const all = {
      'action.yml': 'x',
      'action.yaml': 'x',
      Dockerfile: 'FROM x',
      dockerfile: 'FROM x'
    }
    expect(findManifestFile(action(all, 'a'))).toBe('action.yml')
    expect(findManifestFile(action({ 'action.yaml': 'x', Dockerfile: 'x' }, 'b'))).toBe(
      'action.yaml'
    )
    expect(findManifestFile(action({ Dockerfile: 'x' }, 'c'))).toBe('Dockerfile')
    expect(findManifestFile(action({}, 'e'))).toBeUndefined()
  })

  it("§4.3 remote: Can't find … for action 'o/r@ref'", () => {
    expect(problems({ 'README.md': '' })).toEqual([
      "Can't find 'action.yml', 'action.yaml' or 'Dockerfile' for action 'o/r@v1'."
    ])
  })

  it("§4.3 local: Can't find … under '<full path>' and the actions/checkout hint", () => {
    const directory = path.join(root, 'missing')
    expect(() => loadManifest(directory, './missing', 'local')).toThrow(
      `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${directory}'. Did you forget to run actions/checkout before running your local action?`
    )
  })

  it('§4.3 a bare Dockerfile is a Docker action without metadata', () => {
    const manifest = loadManifest(action({ Dockerfile: 'FROM alpine' }), 'o/r@v1', 'remote')
    expect(manifest).toEqual({
      name: 'o/r@v1',
      inputs: {},
      outputs: {},
      runs: { using: 'docker', image: 'Dockerfile' },
      file: 'Dockerfile'
    })
  })
})

describe('action.yml as the runner reads it (§4.4)', () => {
  it('§4.4 node: main, pre, post; pre-if/post-if default to always(); using is case-insensitive', () => {
    const manifest = load({
      'action.yml': yaml(
        'name: Node thing',
        'author: someone',
        'branding: { icon: x }',
        'runs:',
        '  using: Node20',
        '  main: dist/main.js',
        '  pre: dist/pre.js',
        '  post: dist/post.js',
        '  post-if: failure()'
      )
    })
    expect(manifest.name).toBe('Node thing')
    expect(manifest.file).toBe('action.yml')
    expect(manifest.runs).toEqual({
      using: 'node20',
      main: 'dist/main.js',
      pre: 'dist/pre.js',
      preIf: 'always()',
      post: 'dist/post.js',
      postIf: 'failure()'
    })
  })

  it('§4.4 the runner reads no `name` requirement: the action is named by its reference', () => {
    const manifest = load({ 'action.yaml': yaml('runs:', '  using: node24', '  main: m.js') })
    expect(manifest.name).toBe('o/r@v1')
    expect(manifest.file).toBe('action.yaml')
  })

  it('§4.4 docker: image, entrypoints, args and env kept as templates', () => {
    const manifest = load({
      'action.yml': yaml(
        'name: d',
        'runs:',
        '  using: docker',
        '  image: docker://alpine:3',
        '  entrypoint: /bin/sh',
        '  args: [ "-c", "${{ inputs.cmd }}", 3 ]',
        '  env: { A: "${{ inputs.a }}" }',
        '  pre-entrypoint: /pre.sh',
        '  post-entrypoint: /post.sh'
      )
    })
    expect(manifest.runs).toEqual({
      using: 'docker',
      image: 'docker://alpine:3',
      entrypoint: '/bin/sh',
      args: ['-c', '${{ inputs.cmd }}', '3'],
      env: { A: '${{ inputs.a }}' },
      preEntrypoint: '/pre.sh',
      preIf: 'always()',
      postEntrypoint: '/post.sh',
      postIf: 'always()'
    })
  })

  it('§4.4 inputs: default (raw template) and deprecationMessage, keys case-insensitive; required ignored', () => {
    const manifest = load({
      'action.yml': yaml(
        'name: i',
        'inputs:',
        '  token:',
        '    default: ${{ github.token }}',
        '    required: true',
        '  Count:',
        '    Default: 3',
        '  old:',
        '    deprecationMessage: use new',
        '  flag:',
        '    default: true',
        'runs: { using: node20, main: m.js }'
      )
    })
    expect(manifest.inputs).toEqual({
      token: { default: '${{ github.token }}' },
      Count: { default: '3' },
      old: { deprecationMessage: 'use new' },
      flag: { default: 'true' }
    })
  })

  it('§4.4 composite: outputs keep their value templates; steps are parsed', () => {
    const manifest = load({
      'action.yml': yaml(
        'name: c',
        'outputs:',
        '  result:',
        '    description: the result',
        '    value: ${{ steps.s.outputs.r }}',
        'runs:',
        '  using: composite',
        '  steps:',
        '    - id: s',
        '      run: echo r=1 >> "$GITHUB_OUTPUT"',
        '      shell: bash',
        '    - uses: ./other',
        '      with: { a: b }'
      )
    })
    expect(manifest.outputs).toEqual({ result: { value: '${{ steps.s.outputs.r }}' } })
    if (manifest.runs.using !== 'composite') throw new Error('expected a composite')
    const [run, uses] = manifest.runs.steps
    expect(run).toMatchObject({ kind: 'run', id: 's', shell: 'bash', position: { line: 9 } })
    expect(uses).toMatchObject({ kind: 'uses', uses: './other', with: { a: 'b' } })
  })

  it('§4.7 beyond native: composite steps may use background, wait, wait-all, cancel and parallel', () => {
    const manifest = load({
      'action.yml': yaml(
        'name: c',
        'runs:',
        '  using: composite',
        '  steps:',
        '  - id: server',
        '    run: sleep 10',
        '    shell: bash',
        '    background: true',
        '  - parallel:',
        '      - run: echo a',
        '        shell: bash',
        '      - uses: o/r/sub@v2',
        '  - wait: [server]',
        '  - cancel: server',
        '  - wait-all:'
      )
    })
    if (manifest.runs.using !== 'composite') throw new Error('expected a composite')
    const kinds = manifest.runs.steps.map((step: ParsedStep) => step.kind)
    expect(kinds).toEqual(['run', 'parallel', 'wait', 'cancel', 'wait-all'])
    expect(manifest.runs.steps[0]).toMatchObject({ background: true, position: { line: 5 } })
  })
})

describe("the runner's load errors (§4.4)", () => {
  it('§4.4 JavaScript action without main', () => {
    expect(problems({ 'action.yml': yaml('name: x', 'runs:', '  using: node20') })).toEqual([
      `${FILE} (Line: 3, Col: 3): There's not enough info to determine what you meant. Add one of these properties: args, entrypoint, env, image, main, post, post-entrypoint, pre, pre-entrypoint, steps`,
      `You are using a JavaScript Action but there is not an entry JavaScript file provided in ${FILE}.`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.4 container action without image', () => {
    expect(problems({ 'action.yml': yaml('name: x', 'runs:', '  using: docker') })).toEqual([
      `${FILE} (Line: 3, Col: 3): There's not enough info to determine what you meant. Add one of these properties: args, entrypoint, env, image, main, post, post-entrypoint, pre, pre-entrypoint, steps`,
      `You are using a Container Action but an image is not provided in ${FILE}.`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.4 composite action without steps', () => {
    expect(problems({ 'action.yml': yaml('name: x', 'runs:', '  using: composite') })).toEqual([
      `${FILE} (Line: 3, Col: 3): There's not enough info to determine what you meant. Add one of these properties: args, entrypoint, env, image, main, post, post-entrypoint, pre, pre-entrypoint, steps`,
      `You are using a composite action but there are no steps provided in ${FILE}.`,
      `Failed to load ${FILE}`
    ])
  })

  it("§4.4 'using: X' is not supported", () => {
    expect(
      problems({ 'action.yml': yaml('name: x', 'runs:', '  using: node8', '  main: m.js') })
    ).toEqual([
      "'using: node8' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead.",
      `Failed to load ${FILE}`
    ])
  })

  it("§4.4 missing 'using'", () => {
    expect(problems({ 'action.yml': yaml('name: x', 'runs:', '  main: m.js') })).toEqual([
      "Missing 'using' value. 'using' requires 'composite', 'docker', 'node12', 'node16', 'node20' or 'node24'.",
      `Failed to load ${FILE}`
    ])
  })

  it("§4.4 no runs: → Top level 'runs:' section is required", () => {
    expect(problems({ 'action.yml': yaml('name: x', 'description: y') })).toEqual([
      `Top level 'runs:' section is required for ${FILE}`
    ])
  })

  it('schema errors carry the file, line and column; all are reported at once', () => {
    expect(
      problems({
        'action.yml': yaml(
          'name: [not, a, string]',
          'inputs:',
          '  x:',
          '    default: ${{ secrets.nope }}',
          'runs: { using: node20, main: m.js }'
        )
      })
    ).toEqual([
      `${FILE} (Line: 1, Col: 7): A sequence was not expected`,
      `${FILE} (Line: 4, Col: 14): Unrecognized named-value: 'secrets'`,
      `Failed to load ${FILE}`
    ])
  })

  it('YAML syntax errors carry the position too', () => {
    const lines = problems({ 'action.yml': yaml('name: x', 'runs:', '  using: "node20', '') })
    expect(lines).toEqual([
      `${FILE} (Line: 5, Col: 1): Missing closing "quote`,
      `Failed to load ${FILE}`
    ])
  })

  it('an alias bomb is refused before the schema reader expands it', () => {
    const bomb = yaml(
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'runs: { using: node20, main: m.js }'
    )
    const lines = problems({ 'action.yml': bomb })
    expect(lines[0]).toMatch(/Excessive alias count/)
    expect(lines.at(-1)).toBe(`Failed to load ${FILE}`)
  })
})

describe('composite steps (§4.7)', () => {
  it('§4.7 shell is required on run steps, with the step position in the file', () => {
    expect(
      problems({
        'action.yml': yaml(
          'name: c',
          'runs:',
          '  using: composite',
          '  steps:',
          '    - run: echo fine',
          '      shell: bash',
          '    - run: echo no shell'
        )
      })
    ).toEqual([
      `${FILE} (Line: 7, Col: 7): Required property is missing: shell`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.7 shell is required on steps using our extensions too (including parallel members)', () => {
    expect(
      problems({
        'action.yml': yaml(
          'name: c',
          'runs:',
          '  using: composite',
          '  steps:',
          '    - run: sleep 1',
          '      background: true',
          '    - parallel:',
          '        - run: echo a',
          '          shell: bash',
          '        - run: echo b'
        )
      })
    ).toEqual([
      `${FILE} (Line: 5, Col: 7): Required property is missing: shell`,
      `${FILE} (Line: 10, Col: 11): Required property is missing: shell`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.7 no timeout-minutes in composite steps', () => {
    expect(
      problems({
        'action.yml': yaml(
          'name: c',
          'runs:',
          '  using: composite',
          '  steps:',
          '    - run: sleep 1',
          '      shell: bash',
          '      timeout-minutes: 1',
          '    - run: sleep 1',
          '      shell: bash',
          '      background: true',
          '      timeout-minutes: 1'
        )
      })
    ).toEqual([
      `${FILE} (Line: 7, Col: 7): Unexpected value 'timeout-minutes'`,
      `${FILE} (Line: 11, Col: 7): Unexpected value 'timeout-minutes'`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.7 step errors from our parser keep the line and column of the action file', () => {
    expect(
      problems({
        'action.yml': yaml(
          'name: c',
          '# a comment to move things down',
          'runs:',
          '  using: composite',
          '  steps:',
          '    - id: a',
          '      run: sleep 1',
          '      shell: bash',
          '      background: true',
          '    - wait: [nope]'
        )
      })
    ).toEqual([
      `${FILE} (Line: 10, Col: 14): Step references unknown step ID 'nope'`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.7 plain composite steps keep the action schema checks (contexts)', () => {
    expect(
      problems({
        'action.yml': yaml(
          'name: c',
          'runs:',
          '  using: composite',
          '  steps:',
          '    - run: echo ${{ secrets.X }}',
          '      shell: bash'
        )
      })
    ).toEqual([
      `${FILE} (Line: 5, Col: 17): Unrecognized named-value: 'secrets'`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.7 a faulty plain step gets the action schema messages only, not a reworded second set', () => {
    expect(
      problems({
        'action.yml': yaml('name: c', 'runs:', '  using: composite', '  steps:', '    - foo: bar')
      })
    ).toEqual([
      `${FILE} (Line: 5, Col: 7): Unexpected value 'foo'`,
      `${FILE} (Line: 5, Col: 7): There's not enough info to determine what you meant. Add one of these properties: run, shell, uses, with, working-directory`,
      `Failed to load ${FILE}`
    ])
  })

  it('§4.7 ids are unique within the composite (convert-phase check)', () => {
    expect(
      problems({
        'action.yml': yaml(
          'name: c',
          'runs:',
          '  using: composite',
          '  steps:',
          '    - id: x',
          '      run: a',
          '      shell: bash',
          '    - id: x',
          '      run: b',
          '      shell: bash'
        )
      })
    ).toEqual([
      `${FILE} (Line: 8, Col: 11): The identifier 'x' may not be used more than once within the same scope.`,
      `Failed to load ${FILE}`
    ])
  })
})
