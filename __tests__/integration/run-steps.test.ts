/**
 * `run:` steps on the built action: shells, environment, file commands, workflow commands,
 * masking, `if:` / `continue-on-error` / `timeout-minutes` (docs/runner-emulation.md §1–§3).
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { groups, runAction } from './harness.js'

const group = (run: Awaited<ReturnType<typeof runAction>>, title: string): string[] =>
  groups(run).find((g) => g.title === title)?.lines ?? []

describe('run: steps — shells (runner-emulation §2.1)', () => {
  it('no shell: bash -e {0} without pipefail; shell: bash adds --noprofile --norc -e -o pipefail', async () => {
    const run = await runAction({
      steps: `
- name: default
  run: false | true; echo "default survived a failing pipe"
- name: explicit
  run: false | true; echo "never printed"
  shell: bash
`
    })
    expect(group(run, 'default')).toContain('default survived a failing pipe')
    expect(group(run, 'default')).toContain('shell: /usr/bin/bash -e {0}')
    expect(group(run, 'explicit')).toContain(
      'shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}'
    )
    expect(group(run, 'explicit')).not.toContain('never printed')
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ kind: 'error', message: 'Process completed with exit code 1.' })
    )
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it('sh, python and a custom {0} format run the script file with the right tool', async () => {
    const run = await runAction({
      steps: `
- name: sh
  shell: sh
  run: echo "sh:$0" | sed 's#/.*/##'
- name: python
  shell: python
  run: |
    import sys
    print("python", sys.argv[0].endswith(".py"))
- name: perl
  shell: perl {0}
  run: print "perl says hi\\n";
`
    })
    expect(run.exitCode).toBe(0)
    expect(group(run, 'sh').some((l) => /^sh:[0-9a-f-]+\.sh$/.test(l))).toBe(true)
    expect(group(run, 'python')).toContain('python True')
    expect(group(run, 'perl')).toContain('perl says hi')
  })

  it('an invalid shell fails the step with the runner message', async () => {
    const run = await runAction({ steps: '- run: echo hi\n  shell: "bash -c"\n' })
    expect(run.annotations.map((a) => a.message)).toContain(
      "Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh) or a format string containing '{0}'"
    )
    expect(run.outputs.result).toBe('failure')
  })

  it('the script is a file under RUNNER_TEMP; working-directory and the defaults input apply', async () => {
    const run = await runAction({
      files: { 'sub/dir/marker.txt': 'x', 'other/marker.txt': 'y' },
      inputs: { defaults: 'run:\n  working-directory: other\n  shell: sh' },
      steps: `
- name: where
  run: echo "cwd=$(basename "$PWD") script=$0"
- name: explicit
  working-directory: sub/dir
  run: ls
`
    })
    const where = group(run, 'where')
    expect(where).toContain('shell: /usr/bin/sh -e {0}')
    const line = where.find((l) => l.startsWith('cwd='))!
    expect(line).toMatch(/^cwd=other script=/)
    expect(line.slice(line.indexOf('script=') + 7).startsWith(run.runnerTemp)).toBe(true)
    expect(group(run, 'explicit')).toContain('marker.txt')
  })
})

describe('run: steps — environment (runner-emulation §1.1, §1.5)', () => {
  it('layers job env, step env and runner variables; our INPUT_*, STATE_* and runtime token never leak', async () => {
    const run = await runAction({
      env: {
        JOB_LEVEL: 'from-job',
        OVERRIDDEN: 'job',
        STATE_secret: 'our-state',
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example'
      },
      steps: `
- id: show
  env:
    OVERRIDDEN: step
    GITHUB_SHA: user-value
  run: |
    echo "job=$JOB_LEVEL over=$OVERRIDDEN sha=$GITHUB_SHA action=$GITHUB_ACTION ci=$CI gha=$GITHUB_ACTIONS"
    echo "inputs=$(env | grep -c '^INPUT_' || true) state=\${STATE_secret:-none} runtime=\${ACTIONS_RUNTIME_TOKEN:-none} oidc=$ACTIONS_ID_TOKEN_REQUEST_URL"
    echo "files=$(basename "$GITHUB_OUTPUT") $(dirname "$GITHUB_ENV")"
`
    })
    const lines = group(
      run,
      'Run echo "job=$JOB_LEVEL over=$OVERRIDDEN sha=$GITHUB_SHA action=$GITHUB_ACTION ci=$CI gha=$GITHUB_ACTIONS"'
    )
    expect(lines).toContain(
      'job=from-job over=step sha=0123456789abcdef0123456789abcdef01234567 action=show ci=true gha=true'
    )
    expect(lines).toContain('inputs=0 state=none runtime=none oidc=https://oidc.example')
    const files = lines.find((l) => l.startsWith('files='))!
    expect(files).toMatch(/^files=set_output_[0-9a-f-]{36} /)
    expect(files.endsWith(path.join(run.runnerTemp, '_runner_file_commands'))).toBe(true)
  })

  it('§1.6: every step gets fresh, empty files of its own', async () => {
    const run = await runAction({
      steps: `
- id: first
  run: |
    echo "path=$GITHUB_OUTPUT" >> "$GITHUB_OUTPUT"
- id: second
  background: true
  run: |
    echo "size=$(wc -c < "$GITHUB_OUTPUT")" >> "$GITHUB_OUTPUT"
    echo "same=$([ "$GITHUB_OUTPUT" = "%{{ steps.first.outputs.path }}" ] && echo yes || echo no)" >> "$GITHUB_OUTPUT"
- wait: second
`
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['first--path']).toMatch(/set_output_[0-9a-f-]{36}$/)
    expect(run.outputs['second--size']).toBe('0')
    expect(run.outputs['second--same']).toBe('no')
  })

  it('GITHUB_ENV and GITHUB_PATH reach later nested steps and the later job steps', async () => {
    const run = await runAction({
      steps: `
- run: |
    echo "GREETING=hello" >> "$GITHUB_ENV"
    mkdir -p "$RUNNER_TEMP/tools"
    printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/tools/mytool"; chmod +x "$RUNNER_TEMP/tools/mytool"
    echo "$RUNNER_TEMP/tools" >> "$GITHUB_PATH"
- name: later
  run: echo "GREETING=$GREETING and %{{ env.GREETING }}"; mytool
`
    })
    expect(group(run, 'later')).toEqual(
      expect.arrayContaining(['GREETING=hello and hello', 'tool-ran'])
    )
    expect(run.env).toEqual({ GREETING: 'hello' })
    expect(run.path).toEqual([path.join(run.runnerTemp, 'tools')])
  })

  it("§2.5: a step's log header lists the env written to GITHUB_ENV so far, then its own env:", async () => {
    const run = await runAction({
      steps: `
- run: echo "GREETING=hello" >> "$GITHUB_ENV"
- name: later
  env: { MINE: own, GREETING: overridden }
  run: echo ok
`
    })
    const later = group(run, 'later')
    const header = later.slice(later.indexOf('env:'), later.indexOf('env:') + 3)
    expect(header).toEqual(['env:', '  GREETING: overridden', '  MINE: own'])
  })
})

describe('run: steps — file commands (runner-emulation §3.1, §3.2)', () => {
  it('GITHUB_OUTPUT with key=value and heredoc values becomes outputs', async () => {
    const run = await runAction({
      steps: `
- id: out
  run: |
    echo "plain=a=b<<c" >> "$GITHUB_OUTPUT"
    { echo "multi<<EOF"; echo "line 1"; echo "line 2"; echo "EOF"; } >> "$GITHUB_OUTPUT"
`
    })
    expect(run.outputs['out--plain']).toBe('a=b<<c')
    expect(run.outputs['out--multi']).toBe('line 1\nline 2')
    expect(JSON.parse(run.outputs.steps)).toEqual({
      out: {
        outputs: { plain: 'a=b<<c', multi: 'line 1\nline 2' },
        outcome: 'success',
        conclusion: 'success'
      }
    })
  })

  it('a heredoc without its delimiter fails the step with the runner messages; earlier entries still apply', async () => {
    const run = await runAction({
      steps: `
- id: bad
  run: |
    echo "first=kept" >> "$GITHUB_OUTPUT"
    { echo "broken<<EOF"; echo "value"; } >> "$GITHUB_OUTPUT"
`
    })
    const messages = run.annotations.map((a) => a.message)
    expect(messages).toContain("Unable to process file command 'output' successfully.")
    expect(messages).toContain("Invalid value. Matching delimiter not found 'EOF'")
    expect(run.outputs['bad--first']).toBe('kept')
    expect(run.outputs['bad--outcome']).toBe('failure')
    expect(run.exitCode).toBe(1)
  })

  it('NODE_OPTIONS in GITHUB_ENV is refused with an error but does not fail the step', async () => {
    const run = await runAction({
      steps: `
- id: env
  run: |
    echo "NODE_OPTIONS=--require /tmp/evil.js" >> "$GITHUB_ENV"
    echo "SAFE=1" >> "$GITHUB_ENV"
`
    })
    expect(run.annotations.map((a) => a.message)).toContain(
      "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command."
    )
    expect(run.env).toEqual({ SAFE: '1' })
    expect(run.outputs['env--conclusion']).toBe('success')
  })

  it('a nested step summary is appended to the job summary', async () => {
    const run = await runAction({
      steps: '- run: echo "## nested hello" >> "$GITHUB_STEP_SUMMARY"\n'
    })
    expect(run.summary).toContain('## nested hello')
  })
})

describe('run: steps — workflow commands (runner-emulation §3.3–§3.5)', () => {
  it('set-output and save-state (both syntaxes, stdout and stderr) act on the nested step, never on ours', async () => {
    const run = await runAction({
      steps: `
- id: cmds
  run: |
    echo "::set-output name=fromstdout::one"
    echo "::set-output name=fromstderr::two" >&2
    echo "prefix ##[set-output name=legacy;]three"
    echo "::save-state name=isPost::true"
`
    })
    expect(run.outputs['cmds--fromstdout']).toBe('one')
    expect(run.outputs['cmds--fromstderr']).toBe('two')
    expect(run.outputs['cmds--legacy']).toBe('three')
    // None of the raw commands reached the outer runner unfenced.
    const raw = run.stdout.split('\n')
    expect(raw.filter((l) => /^::(set-output|save-state)/.test(l))).toEqual([])
    expect(fs.existsSync(run.runnerTemp)).toBe(true)
    expect(run.outputs.fromstdout).toBeUndefined()
    expect(run.outputs.isPost).toBeUndefined()
  })

  it('add-mask is forwarded before any later line; the secret never appears in clear', async () => {
    const run = await runAction({
      steps: `
- run: |
    echo "::add-mask::s3cr3t-value"
    echo "the value is s3cr3t-value"
`
    })
    const maskLine = run.stdout.indexOf('::add-mask::s3cr3t-value')
    const printed = run.stdout.indexOf('the value is s3cr3t-value')
    expect(maskLine).toBeGreaterThanOrEqual(0)
    expect(printed).toBeGreaterThan(maskLine)
    expect(run.masks).toContain('s3cr3t-value')
  })

  it('error/warning/notice are forwarded as annotations with their properties', async () => {
    const run = await runAction({
      steps: `
- run: |
    echo "::error file=src/a.ts,line=3,col=7,title=Bad thing::it broke"
    echo "::warning::careful" >&2
    echo "::notice title=FYI::note"
`
    })
    expect(run.annotations).toEqual(
      expect.arrayContaining([
        {
          kind: 'error',
          properties: { file: 'src/a.ts', line: '3', col: '7', title: 'Bad thing' },
          message: 'it broke'
        },
        { kind: 'warning', properties: {}, message: 'careful' },
        { kind: 'notice', properties: { title: 'FYI' }, message: 'note' }
      ])
    )
  })

  it('set-env and add-path are disabled as on the runner and fail the step', async () => {
    const run = await runAction({ steps: '- id: e\n  run: echo "::set-env name=X::1"\n' })
    expect(
      run.annotations.some((a) => a.message.startsWith('The `set-env` command is disabled.'))
    ).toBe(true)
    expect(run.outputs['e--outcome']).toBe('failure')
    expect(run.env).toEqual({})
  })

  it('command-looking text is fenced with an unguessable stop-commands token; nested groups and stop-commands stay text', async () => {
    const run = await runAction({
      steps: `
- name: tricky
  run: |
    echo "::group::fake group"
    echo "::stop-commands::pause"
    echo "::error::not an annotation while stopped"
    echo "::pause::"
    echo "::endgroup::"
`
    })
    // Every fence the outer runner sees opens with a random UUID token and closes with it.
    let token: string | undefined
    let fences = 0
    for (const line of run.stdout.split('\n')) {
      if (token === undefined && line.startsWith('::stop-commands::')) {
        token = line.slice('::stop-commands::'.length)
        expect(token).toMatch(/^[0-9a-f-]{36}$/)
        fences++
      } else if (token !== undefined && line === `::${token}::`) token = undefined
    }
    expect(fences).toBeGreaterThan(0)
    expect(token).toBeUndefined()
    expect(group(run, 'tricky')).toEqual(
      expect.arrayContaining([
        '::group::fake group',
        '::error::not an annotation while stopped',
        '::endgroup::'
      ])
    )
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([])
    expect(groups(run).map((g) => g.title)).toEqual(['tricky'])
  })
})

describe('run: steps — if, continue-on-error, timeout-minutes (R35, R38, ADR 0274)', () => {
  it('a failure skips default-if steps, runs failure() and always() steps; continue-on-error keeps the job green', async () => {
    const run = await runAction({
      steps: `
- id: soft
  continue-on-error: true
  run: exit 3
- id: after-soft
  run: echo "status=%{{ job.status }} soft=%{{ steps.soft.outcome }}/%{{ steps.soft.conclusion }}"
- id: hard
  run: exit 1
- id: skipped
  run: echo should-not-run
- id: on-failure
  if: failure()
  run: echo "failure() ran"
- id: always
  if: always()
  run: echo "always() ran, status=%{{ job.status }}"
`
    })
    expect(run.stdout).toContain('status=success soft=failure/success')
    expect(run.stdout).not.toContain('should-not-run\n')
    expect(run.stdout).toContain('failure() ran')
    expect(run.stdout).toContain('always() ran, status=failure')
    expect(JSON.parse(run.outputs.steps)).toMatchObject({
      soft: { outcome: 'failure', conclusion: 'success' },
      hard: { outcome: 'failure', conclusion: 'failure' },
      skipped: { outcome: 'skipped', conclusion: 'skipped' },
      'on-failure': { conclusion: 'success' }
    })
    expect(run.outputs.result).toBe('failure')
    expect(run.annotations.map((a) => a.message)).toContain('Nested step(s) failed: Run exit 1')
  })

  it('timeout-minutes stops a foreground step with the runner message (fractional minutes allowed)', async () => {
    const run = await runAction({
      steps: `
- id: slow
  name: Slow
  timeout-minutes: 0.02
  run: sleep 30
- if: always()
  run: echo "slow=%{{ steps.slow.outcome }}"
`
    })
    expect(run.annotations.map((a) => a.message)).toContain(
      "The action 'Slow' has timed out after 0.02 minutes."
    )
    expect(run.stdout).toContain('slow=failure')
  })
})
