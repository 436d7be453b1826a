/**
 * Expressions on the built action (docs/expressions.md §3–§5): `%{{ }}` inline, literal `${{`,
 * native `${{ }}` in a steps-file, contexts from inputs, secrets masked; and the hand-over of
 * outputs (docs/reference.md).
 */
import { describe, expect, it } from '@jest/globals'
import * as crypto from 'node:crypto'
import { groups, runAction } from './harness.js'

const outputLines = (run: Awaited<ReturnType<typeof runAction>>): string[] =>
  groups(run).flatMap((g) =>
    g.lines.filter((l) => !l.startsWith('\u001b[36;1m') && !l.startsWith('shell: '))
  )

describe('expressions', () => {
  it('inline: %{{ }} is evaluated by us, a ${{ that reaches us stays literal', async () => {
    const run = await runAction({
      steps: `
- id: a
  run: echo "v=42" >> "$GITHUB_OUTPUT"
- name: use %{{ steps.a.outputs.v }}
  env:
    FROM_STEP: v%{{ steps.a.outputs.v }}
  run: |
    echo "deferred=%{{ steps.a.outputs.v }} env=$FROM_STEP"
    echo 'literal=\${{ steps.a.outputs.v }}'
`
    })
    expect(groups(run).map((g) => g.title)).toContain('use 42')
    expect(outputLines(run)).toEqual(
      expect.arrayContaining(['deferred=42 env=v42', 'literal=${{ steps.a.outputs.v }}'])
    )
  })

  it('steps-file: native ${{ }} is evaluated, with github, runner, matrix, strategy, job, vars, inputs and secrets', async () => {
    const run = await runAction({
      files: {
        'steps.yml': `
- id: ctx
  env:
    TOKEN: \${{ secrets.API_TOKEN }}
  run: |
    echo "event=\${{ github.event_name }} repo=\${{ github.repository }} ref=\${{ github.event.ref }} os=\${{ runner.os }}"
    echo "matrix=\${{ matrix.node }} index=\${{ strategy.job-index }} var=\${{ vars.REGION }} input=\${{ inputs.level }}"
    echo "token is $TOKEN"
    echo "literal percent %{{ not evaluated }}"
`
      },
      inputs: {
        'steps-file': 'steps.yml',
        matrix: '{"node":20}',
        vars: '{"REGION":"eu"}',
        inputs: '{"level":"debug"}',
        secrets: '{"API_TOKEN":"tok-123456"}'
      }
    })
    expect(run.exitCode).toBe(0)
    expect(outputLines(run)).toEqual(
      expect.arrayContaining([
        'event=push repo=octo/repo ref=refs/heads/main os=Linux',
        'matrix=20 index=0 var=eu input=debug',
        'literal percent %{{ not evaluated }}'
      ])
    )
    // The secret is registered as a mask before any nested output is printed.
    const maskAt = run.stdout.indexOf('::add-mask::tok-123456')
    expect(maskAt).toBeGreaterThanOrEqual(0)
    expect(maskAt).toBeLessThan(run.stdout.indexOf('::group::'))
  })

  it('R4.2/expressions §3: each nested step has its own github.action and file-command files in the github context', async () => {
    const run = await runAction({
      files: {
        'steps.yml': `
- id: own
  if: github.action == 'own'
  env:
    SEEN: \${{ github.action }}
  run: |
    echo "action=\${{ github.action }} env=$SEEN" >> "\${{ github.output }}"
    [ "\${{ github.output }}" = "$GITHUB_OUTPUT" ] && [ "\${{ github.env }}" = "$GITHUB_ENV" ] && echo "same=yes" >> "$GITHUB_OUTPUT"
    [ "\${{ github.step_summary }}" = "$GITHUB_STEP_SUMMARY" ] && [ "\${{ github.path }}" = "$GITHUB_PATH" ] && [ "\${{ github.state }}" = "$GITHUB_STATE" ] && echo "all=yes" >> "$GITHUB_OUTPUT"
    echo "# from the nested step" >> "\${{ github.step_summary }}"
- id: bg
  background: true
  run: echo "action=\${{ github.action }}" >> "\${{ github.output }}"
- wait: bg
`
      },
      inputs: { 'steps-file': 'steps.yml' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'own--action': 'own env=own',
      'own--same': 'yes',
      'own--all': 'yes',
      'bg--action': 'bg'
    })
    // Nothing was written to our own GITHUB_OUTPUT outside the namespaced hand-over.
    expect(run.outputs.action).toBeUndefined()
    expect(run.summary).toContain('# from the nested step')
  })

  it('expressions §3.2: before a step has files (its env:, if:, name:) github.output names nothing, never our own file; a run: step has no action repository, ref or path', async () => {
    const run = await runAction({
      env: {
        GITHUB_ACTION_PATH: '/ours/action',
        GITHUB_ACTION_REPOSITORY: 'background-steps/background-steps',
        GITHUB_ACTION_REF: 'v1'
      },
      files: {
        'steps.yml': `
- id: early
  if: github.output == ''
  env:
    OUT: \${{ github.output }}
    SUMMARY: \${{ github.step_summary }}
  run: |
    echo "out=[$OUT] summary=[$SUMMARY]" >> "$GITHUB_OUTPUT"
    echo "repo=[\${{ github.action_repository }}] ref=[\${{ github.action_ref }}] path=[\${{ github.action_path }}]" >> "$GITHUB_OUTPUT"
`
      },
      inputs: { 'steps-file': 'steps.yml' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['early--out']).toBe('[] summary=[]')
    expect(run.outputs['early--repo']).toBe('[] ref=[] path=[]')
  })

  it('expressions §3.2: the needs context comes from the needs input, like secrets, vars and inputs', async () => {
    const run = await runAction({
      files: {
        'steps.yml': `
- id: n
  if: needs.build.result == 'success'
  run: echo "x=\${{ needs.build.outputs.x }}" >> "$GITHUB_OUTPUT"
`
      },
      inputs: {
        'steps-file': 'steps.yml',
        needs: '{"build":{"result":"success","outputs":{"x":"from-build"}}}'
      }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['n--x']).toBe('from-build')
  })

  it('if: without braces, with status functions and the steps context', async () => {
    const run = await runAction({
      steps: `
- id: a
  run: echo "go=yes" >> "$GITHUB_OUTPUT"
- if: steps.a.outputs.go == 'yes'
  run: echo "condition held"
- if: steps.a.outputs.go == 'no'
  run: echo "must not run"
- if: "%{{ success() && steps.a.outcome == 'success' }}"
  run: echo "deferred condition held"
`
    })
    const lines = outputLines(run)
    expect(lines).toContain('condition held')
    expect(lines).toContain('deferred condition held')
    expect(lines).not.toContain('must not run')
  })

  it('an expression error fails the step with a message naming the problem', async () => {
    const run = await runAction({
      steps: `
- id: bad
  run: echo "%{{ fromJSON('') }}"
`
    })
    expect(run.outputs['bad--outcome']).toBe('failure')
    expect(
      run.annotations.some((a) => a.kind === 'error' && /empty input|fromJSON/i.test(a.message))
    ).toBe(true)
  })

  it('hashFiles() hashes workspace files', async () => {
    const run = await runAction({
      files: { 'a.txt': 'x' },
      steps: `
- run: echo "hash=%{{ hashFiles('*.txt') }} none=[%{{ hashFiles('*.nothing') }}]"
`
    })
    // The runner's digest: SHA-256 over each file's binary SHA-256 (runner-emulation §4.4).
    const inner = crypto.createHash('sha256').update('x').digest()
    const digest = crypto.createHash('sha256').update(inner).digest('hex')
    expect(outputLines(run)).toContain(`hash=${digest} none=[]`)
  })
})

describe('outputs and hand-over (docs/reference.md)', () => {
  it('steps, result and <id>--<name> / --outcome / --conclusion; id-less steps publish nothing', async () => {
    const run = await runAction({
      steps: `
- id: build
  run: echo "artifact=app.tgz" >> "$GITHUB_OUTPUT"
- run: echo "anon=1" >> "$GITHUB_OUTPUT"
`
    })
    expect(run.outputs).toEqual({
      steps: JSON.stringify({
        build: { outputs: { artifact: 'app.tgz' }, outcome: 'success', conclusion: 'success' }
      }),
      result: 'success',
      'build--artifact': 'app.tgz',
      'build--outcome': 'success',
      'build--conclusion': 'success'
    })
    expect(run.exitCode).toBe(0)
  })

  it('a failed list fails the action with an error naming the failing steps', async () => {
    const run = await runAction({
      steps: `
- name: Compile
  run: exit 2
- name: Package
  if: always()
  run: exit 3
`
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('failure')
    expect(run.annotations.at(-1)?.message).toBe('Nested step(s) failed: Compile, Package')
  })
})
