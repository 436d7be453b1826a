/**
 * The local CLI on the built bundle: runs a step list in an emulated runner environment and
 * prints the live log, the outputs, the hand-over and the summary.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ROOT } from './harness.js'

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')

function cli(args: string[], cwd: string): { status: number | null; stdout: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  for (const name of Object.keys(env))
    if (name.startsWith('GITHUB_') || name.startsWith('INPUT_')) delete env[name]
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout }
}

describe('CLI', () => {
  it('runs a step list, renders groups and annotations, masks secrets, prints outputs and the summary', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-cli-'))
    fs.writeFileSync(
      path.join(dir, 'list.yml'),
      `- id: bg
  name: Background
  background: true
  run: echo "v=\${{ secrets.TOKEN }}-done" >> "$GITHUB_OUTPUT"
- name: Foreground
  run: echo "::warning::look out"; echo "secret is \${{ secrets.TOKEN }}"
- wait: bg
- run: echo "SHARED=yes" >> "$GITHUB_ENV"
`
    )
    const summaryFile = path.join(dir, 'summary.md')
    const result = cli(
      [
        'run',
        'list.yml',
        '--input',
        'secrets={"TOKEN":"hunter2hunter2"}',
        '--summary-file',
        summaryFile
      ],
      dir
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('┌─ Foreground')
    expect(result.stdout).toContain('Warning: look out')
    expect(result.stdout).toContain('secret is ***')
    expect(result.stdout).not.toContain('hunter2hunter2')
    expect(result.stdout).toContain('  bg--v = ***-done')
    expect(result.stdout).toContain('  result = success')
    expect(result.stdout).toContain('  SHARED = yes')
    expect(fs.readFileSync(summaryFile, 'utf8')).toContain(
      '| ✅ | Wait<br>&nbsp;&nbsp;✅ Background: Succeeded | wait |'
    )
  })

  it('exits non-zero and shows the validation error with its position', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-cli-'))
    fs.writeFileSync(path.join(dir, 'bad.yml'), '- wait: nope\n')
    const result = cli(['run', 'bad.yml'], dir)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `Error (${path.join(dir, 'bad.yml')}:1:9): Step references unknown step ID 'nope'`
    )
  })

  it("--shard i/n runs that leg's share of a parallel group, like the shard input", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-cli-'))
    fs.writeFileSync(
      path.join(dir, 'list.yml'),
      `- parallel:
    - run: echo "ran one" >> ran.txt
    - run: echo "ran two" >> ran.txt
`
    )
    const ran = (leg: string): string[] => {
      fs.rmSync(path.join(dir, 'ran.txt'), { force: true })
      expect(cli(['run', 'list.yml', '--shard', leg], dir).status).toBe(0)
      return fs.readFileSync(path.join(dir, 'ran.txt'), 'utf8').trim().split('\n')
    }
    const first = ran('0/2')
    const second = ran('1/2')
    expect(first).toHaveLength(1)
    expect(second).toHaveLength(1)
    expect([...first, ...second].sort()).toEqual(['ran one', 'ran two'])
  })

  it('prints usage for bad arguments', () => {
    const result = cli(['frobnicate'], os.tmpdir())
    expect(result.status).toBe(2)
    expect(result.stdout).toContain('Usage: background-steps run <steps-file>')
  })
})
