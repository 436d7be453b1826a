/**
 * Security (issue 7; runner-emulation §1.5, §3.5, §7.6; SECURITY.md): the token reaches a nested
 * step only when the workflow passes it; secrets are masked everywhere, the summary included;
 * a malicious tarball cannot write outside its folder; a nested step changes our outputs, state,
 * env and PATH only through the documented hand-over.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { startApiServer, tarball, type ApiServer } from '../catalog/api-server.js'
import { tarGz, type TarEntry } from '../catalog/tar-writer.js'
import { readKeyValues } from '../integration/harness.js'
import { runFaulty } from './fault-harness.js'

/** Every file under `root` (symlinks listed, not followed), relative. */
function walk(root: string): string[] {
  const found: string[] = []
  const visit = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name)
      found.push(child)
      if (entry.isDirectory()) visit(child)
    }
  }
  visit('')
  return found
}

describe('the token input', () => {
  it('§1.5: never reaches a run step, a node action or a composite step, unless the workflow passes it', async () => {
    const token = `ghs_${randomUUID().replaceAll('-', '')}`
    const run = await runFaulty({
      inputs: { token, 'steps-file': 'steps.yml' },
      files: {
        'steps.yml': `
- run: env > "$RUNNER_TEMP/run.env"
- uses: ./dump
- uses: ./composite
- env:
    GIVEN: \${{ github.token }}
  run: env > "$RUNNER_TEMP/given.env"
`,
        'dump/action.yml': 'name: dump\nruns:\n  using: node20\n  main: main.cjs\n',
        'dump/main.cjs':
          'require("fs").writeFileSync(process.env.RUNNER_TEMP + "/node.env", JSON.stringify(process.env))\n',
        'composite/action.yml':
          'name: composite\nruns:\n  using: composite\n  steps:\n    - run: env > "$RUNNER_TEMP/composite.env"\n      shell: bash\n'
      }
    })
    expect(run.main.exitCode).toBe(0)
    const read = (name: string): string => fs.readFileSync(path.join(run.runnerTemp, name), 'utf8')
    for (const name of ['run.env', 'node.env', 'composite.env'])
      expect(read(name)).not.toContain(token)
    // Passed explicitly, it does arrive: the scan above would have seen it.
    expect(read('given.env')).toContain(`GIVEN=${token}`)
    // It is masked before anything else is printed.
    expect(run.stdout.indexOf(token)).toBe(run.stdout.indexOf(`::add-mask::${token}`) + 12)
  }, 30_000)
})

describe('secrets from the secrets input', () => {
  it('§3.5: masked everywhere — log lines come after their mask, the summary never holds them, also in step names, errors and nested summaries', async () => {
    const key = `sk-${randomUUID()}`
    const lines = [`first-${randomUUID()}`, `second-${randomUUID()}`]
    const nestedMask = `nested-${randomUUID()}`
    const run = await runFaulty({
      inputs: {
        'steps-file': 'steps.yml',
        secrets: JSON.stringify({ KEY: key, MULTI: lines.join('\n') })
      },
      files: {
        'steps.yml': `
- name: Deploy \${{ secrets.KEY }}
  background: true
  run: exit 1
- name: Bad directory
  if: always()
  working-directory: \${{ secrets.KEY }}
  run: echo never
- name: Noisy
  if: always()
  continue-on-error: true
  env:
    KEY: \${{ secrets.KEY }}
    MULTI: \${{ secrets.MULTI }}
  run: |
    # A secret the step itself obtains: the runner knows it only from the step's add-mask.
    nested="$(cat "$GITHUB_WORKSPACE/obtained.txt")"
    echo "::add-mask::$nested"
    for i in $(seq 1 12); do echo "::error::failed with $KEY ($i)"; done
    echo "$MULTI"
    {
      echo "key: $KEY"
      echo "$MULTI"
      echo "nested: $nested"
    } >> "$GITHUB_STEP_SUMMARY"
- wait-all:
`,
        'obtained.txt': nestedMask
      }
    })
    expect(run.main.exitCode).toBe(1)
    const secrets = [key, ...lines, nestedMask]
    for (const secret of secrets) {
      // The summary is a file: nothing masks it after us.
      expect(run.summary).not.toContain(secret)
      // In the log, the runner masks what follows the mask: the first line holding the secret
      // registers it (a multi-line secret is also registered whole, escaped, just before).
      const log = run.stdout.split('\n')
      const first = log.findIndex((line) => line.includes(secret))
      expect(log[first]).toMatch(/^::add-mask::/)
      expect(log.slice(0, first + 3)).toContain(`::add-mask::${secret}`)
    }
    // The secret did appear where it was used: in the step name, errors and the summary.
    expect(run.summary).toContain('Deploy ***')
    expect(run.summary).toContain('failed with *** (12)')
    expect(run.summary).toContain('key: ***')
    expect(run.summary).toContain('nested: ***')
    expect(
      run.annotations.some((a) =>
        a.message.includes(`working directory '${path.join(run.workspace, key)}'`)
      )
    ).toBe(true)
  }, 30_000)
})

describe('tarball extraction', () => {
  let api: ApiServer | undefined
  afterEach(async () => {
    await api?.close()
    api = undefined
  })

  it('runner-emulation §4.2: an archive that tries to write outside its folder fails the run before any step, and writes nothing outside', async () => {
    api = await startApiServer()
    const tag = randomUUID()
    const outsideDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-outside-'))
    const top = 'octo-evil-abc1234'
    const archives: Record<string, TarEntry[]> = {
      dotdot: [
        { name: `${top}/`, type: 'dir' },
        { name: `${top}/../../../../escaped-${tag}`, data: 'x' }
      ],
      absolute: [
        { name: `${top}/`, type: 'dir' },
        { name: `${outsideDir}/absolute-${tag}`, data: 'x' }
      ],
      symlink: [
        { name: `${top}/`, type: 'dir' },
        { name: `${top}/link`, type: 'symlink', linkName: outsideDir },
        { name: `${top}/link/through-link-${tag}`, data: 'x' }
      ],
      hardlink: [
        { name: `${top}/`, type: 'dir' },
        { name: `${top}/passwd`, type: 'hardlink', linkName: '/etc/passwd' }
      ]
    }
    for (const [repo, entries] of Object.entries(archives)) {
      api.routes.set(`/repos/octo/${repo}/tarball/v1`, tarball(tarGz(entries)))
    }
    const run = await runFaulty({
      env: { GITHUB_API_URL: api.url },
      steps:
        '- run: touch "$RUNNER_TEMP/ran"\n' +
        Object.keys(archives)
          .map((repo) => `- uses: octo/${repo}@v1\n`)
          .join('')
    })
    expect(run.main.exitCode).toBe(1)
    const errors = run.annotations.map((a) => a.message)
    for (const repo of Object.keys(archives)) {
      expect(
        errors.some((m) => m.includes(`octo/${repo}@v1`) && m.includes('Refusing to extract'))
      ).toBe(true)
    }
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran'))).toBe(false)
    // Nothing landed anywhere: not in the run's folders, not in the outside folder, not in tmp.
    expect(walk(run.root).filter((file) => file.includes(tag))).toEqual([])
    expect(fs.readdirSync(outsideDir)).toEqual([])
    expect(fs.readdirSync(os.tmpdir()).filter((file) => file.includes(tag))).toEqual([])
    // No half-extracted action is left in the cache either.
    expect(
      walk(path.join(run.root, '_actions')).filter((file) => !/^octo(\/\w+)?$/.test(file))
    ).toEqual([])
  }, 30_000)
})

describe('a nested step and our own files', () => {
  it('docs/reference.md: outputs, state, env and PATH reach our files only through the documented hand-over', async () => {
    const run = await runFaulty({
      steps: `
- id: liar
  run: |
    echo "result=success" >> "$GITHUB_OUTPUT"
    echo "steps={}" >> "$GITHUB_OUTPUT"
    echo "background-steps-post-manifest=/tmp/evil.json" >> "$GITHUB_STATE"
    echo "/nested/bin" >> "$GITHUB_PATH"
    echo "NESTED=1" >> "$GITHUB_ENV"
    # A common pattern that also exports this step's own file variables.
    env | grep -E '^GITHUB_(OUTPUT|PATH|STATE|STEP_SUMMARY|ENV)=' >> "$GITHUB_ENV"
    echo "::save-state name=from-stdout::1"
- run: exit 3
`
    })
    expect(run.main.exitCode).toBe(1)
    // Our result and steps outputs are ours, written once; the nested ones are namespaced.
    const entries = readKeyValues(run.files.GITHUB_OUTPUT)
    expect(entries.filter(([name]) => name === 'result')).toEqual([['result', 'failure']])
    expect(entries.filter(([name]) => name === 'steps')).toHaveLength(1)
    expect(run.outputs['liar--result']).toBe('success')
    // The nested step's state is its own; ours is untouched.
    expect(run.state).toEqual({})
    // PATH and env: the hand-over, and nothing redirected our own writes elsewhere.
    expect(run.path).toEqual(['/nested/bin'])
    expect(run.env.NESTED).toBe('1')
    expect(run.summary).toContain('## ❌ Background Steps: failure')
  }, 30_000)
})
