/**
 * The local CLI on the built bundle: runs a step list in an emulated runner environment and
 * prints the live log, the outputs, the hand-over and the summary; leaves no temp folder behind
 * (after a cancellation too), and says how it ended in its exit code.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { CLI, cli, cliEnvironment, freshFolder, type CliRun } from './cli-harness.js'
import { ROOT } from './harness.js'

const STATEFUL = path.join(ROOT, '__fixtures__', 'node-actions', 'stateful')

/** Starts the CLI, sends it `signal` once `ready` holds, and resolves when it has exited. */
async function cliSignalled(
  args: string[],
  cwd: string,
  signal: NodeJS.Signals,
  ready: () => boolean
): Promise<CliRun & { signalledAfterMs: number }> {
  const tmp = freshFolder()
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cliEnvironment(tmp) })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  const deadline = Date.now() + 30_000
  while (!ready() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  const signalledAt = Date.now()
  child.kill(signal)
  const status = await exited
  return { status, stdout, stderr, tmp, signalledAfterMs: Date.now() - signalledAt }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const readPid = (file: string): number => Number(fs.readFileSync(file, 'utf8').trim())

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
    // The summary's Markdown is named where it stays: the user's copy, not the removed temp folder.
    expect(result.stdout).toContain(`Job summary (Markdown in ${summaryFile}):`)
    expect(fs.readdirSync(result.tmp)).toEqual([])
  })

  it('exits non-zero and shows the validation error with its position', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-cli-'))
    fs.writeFileSync(path.join(dir, 'bad.yml'), '- wait: nope\n')
    const result = cli(['run', 'bad.yml'], dir)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `Error (${path.join(dir, 'bad.yml')}:1:9): Step references unknown step ID 'nope'`
    )
    expect(fs.readdirSync(result.tmp)).toEqual([])
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

describe('CLI: the temp folder', () => {
  it('is gone after a successful run; the summary then names no Markdown file in it', () => {
    const dir = freshFolder()
    fs.writeFileSync(path.join(dir, 'list.yml'), '- run: echo hello\n')
    const result = cli(['run', 'list.yml'], dir)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('hello')
    expect(result.stdout).toContain('\nJob summary:\n')
    expect(result.stdout).not.toContain('Markdown in')
    expect(fs.readdirSync(result.tmp)).toEqual([])
  })

  it('--keep-temp keeps it and prints where it is, with the runner files in it', () => {
    const dir = freshFolder()
    fs.writeFileSync(path.join(dir, 'list.yml'), '- run: echo kept > "$RUNNER_TEMP/kept.txt"\n')
    const result = cli(['run', 'list.yml', '--keep-temp'], dir)
    expect(result.status).toBe(0)
    const left = fs.readdirSync(result.tmp)
    expect(left).toHaveLength(1)
    expect(left[0]).toMatch(/^background-steps-/)
    const root = path.join(result.tmp, left[0])
    expect(result.stdout).toContain(`Temp folder kept: ${root}`)
    expect(result.stdout).toContain(`Job summary (Markdown in ${path.join(root, 'summary.md')}):`)
    expect(fs.readFileSync(path.join(root, 'temp', 'kept.txt'), 'utf8')).toBe('kept\n')
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('a daemon a step left, still writing in it, does not keep it or fail the run', () => {
    const dir = freshFolder()
    fs.writeFileSync(
      path.join(dir, 'list.yml'),
      `- run: |
    mkdir "$RUNNER_TEMP/d"
    (cd "$RUNNER_TEMP/d" && while :; do touch "f$RANDOM" 2>/dev/null || exit 0; sleep 0.001; done) >/dev/null 2>&1 &
    echo $! > writer.pid
`
    )
    const result = cli(['run', 'list.yml'], dir)
    const writer = readPid(path.join(dir, 'writer.pid'))
    try {
      expect(result.status).toBe(0)
      expect(result.stderr).toBe('')
      expect(fs.readdirSync(result.tmp)).toEqual([])
    } finally {
      if (isAlive(writer)) process.kill(writer, 'SIGKILL')
    }
  })

  it('read-only folders a step left in RUNNER_TEMP do not keep it (as root this passes anyway)', () => {
    const dir = freshFolder()
    fs.writeFileSync(
      path.join(dir, 'list.yml'),
      `- run: |
    mkdir -p "$RUNNER_TEMP/ro/sub" && touch "$RUNNER_TEMP/ro/sub/file"
    chmod a-w "$RUNNER_TEMP/ro/sub" "$RUNNER_TEMP/ro"
`
    )
    const result = cli(['run', 'list.yml'], dir)
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(fs.readdirSync(result.tmp)).toEqual([])
  })
})

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143]
] as const)('CLI cancelled by %s (runner-emulation §1.8)', (signal, code) => {
  it(`cancels the action as a runner does, removes the temp folder and exits ${code}`, async () => {
    const dir = freshFolder()
    fs.writeFileSync(
      path.join(dir, 'list.yml'),
      `- id: bg
  background: true
  run: echo $$ > bg.pid; exec sleep 60
- run: echo $$ > fg.pid; touch started; exec sleep 60
`
    )
    const result = await cliSignalled(['run', 'list.yml'], dir, signal, () =>
      fs.existsSync(path.join(dir, 'started'))
    )
    expect(result.status).toBe(code)
    expect(result.stderr).toContain(`Cancelling (${signal}), as a runner cancels a step`)
    // The action got SIGINT and stopped its steps itself, well before the CLI's SIGTERM at 7.5 s.
    expect(result.signalledAfterMs).toBeLessThan(7500)
    expect(isAlive(readPid(path.join(dir, 'bg.pid')))).toBe(false)
    expect(isAlive(readPid(path.join(dir, 'fg.pid')))).toBe(false)
    expect(fs.readdirSync(result.tmp)).toEqual([])
  })
})

describe('CLI exit codes (documented in --help)', () => {
  /** A workspace with a list that leaves ran.txt when it runs. */
  const workspace = (): string => {
    const dir = freshFolder()
    fs.writeFileSync(path.join(dir, 'list.yml'), '- run: touch ran.txt\n')
    return dir
  }

  it('0: the list succeeded', () => {
    const dir = workspace()
    expect(cli(['run', 'list.yml'], dir).status).toBe(0)
    expect(fs.existsSync(path.join(dir, 'ran.txt'))).toBe(true)
  })

  it('1: the list failed', () => {
    const dir = workspace()
    fs.writeFileSync(path.join(dir, 'fail.yml'), '- run: exit 3\n')
    const result = cli(['run', 'fail.yml'], dir)
    expect(result.status).toBe(1)
    expect(fs.readdirSync(result.tmp)).toEqual([])
  })

  it('1: an invalid input value', () => {
    const result = cli(['run', 'list.yml', '--max-concurrency', 'abc'], workspace())
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      "Input 'max-concurrency' must be a positive integer or 'auto', got 'abc'."
    )
  })

  it.each([
    [[], 'No command given.'],
    [['run'], 'Missing <steps-file>.'],
    [['run', 'missing.yml'], "Cannot read the steps file '"],
    [['run', 'list.yml', '--bogus'], "Unknown option '--bogus'."],
    [['run', 'list.yml', '--log-mode'], '--log-mode needs a value.'],
    [['run', 'list.yml', '--input', 'x'], "--input takes name=value, got 'x'."],
    [['run', 'list.yml', 'other.yml'], "Unexpected argument 'other.yml'"],
    [['run', 'list.yml', '--summary-file', '/no-such-folder/s.md'], "No folder '/no-such-folder'"]
  ])('2: usage error %j: says why, shows the usage, runs nothing', (args, message) => {
    const dir = workspace()
    const result = cli(args, dir)
    expect(result.status).toBe(2)
    expect(result.stdout).toContain(message)
    expect(result.stdout).toContain('Usage: background-steps run <steps-file>')
    expect(fs.existsSync(path.join(dir, 'ran.txt'))).toBe(false)
    expect(fs.readdirSync(result.tmp)).toEqual([])
  })

  it.each([[['--help']], [['run', 'list.yml', '-h']]])(
    '0: %j prints the help, with the exit codes and --keep-temp, and runs nothing',
    (args) => {
      const dir = workspace()
      const result = cli(args, dir)
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('--keep-temp')
      expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*usage error/)
      expect(result.stdout).toContain('130   cancelled by Ctrl-C (SIGINT); 143 by SIGTERM')
      expect(fs.existsSync(path.join(dir, 'ran.txt'))).toBe(false)
    }
  )
})

describe('CLI report: sections only when there is something to show', () => {
  it('no Outputs, env or PATH section when no step set any (step ids alone do not count)', () => {
    const dir = freshFolder()
    fs.writeFileSync(path.join(dir, 'list.yml'), '- id: quiet\n  run: echo hi\n')
    const result = cli(['run', 'list.yml'], dir)
    expect(result.status).toBe(0)
    expect(result.stdout).not.toContain('Outputs:')
    expect(result.stdout).not.toContain('quiet--outcome')
    expect(result.stdout).not.toContain('Environment for later job steps:')
    expect(result.stdout).not.toContain('PATH additions:')
  })

  it('an Outputs section when a step set one: its outputs and the result, without the steps JSON', () => {
    const dir = freshFolder()
    fs.writeFileSync(
      path.join(dir, 'list.yml'),
      `- id: a
  run: echo "v=1" >> "$GITHUB_OUTPUT"; echo /opt/tool >> "$GITHUB_PATH"
`
    )
    const result = cli(['run', 'list.yml'], dir)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '\nOutputs:\n  result = success\n  a--v = 1\n  a--outcome = success\n  a--conclusion = success\n'
    )
    expect(result.stdout).not.toContain('  steps = ')
    expect(result.stdout).toContain('\nPATH additions:\n  1 = /opt/tool\n')
    expect(result.stdout).not.toContain('Environment for later job steps:')
  })
})

describe('CLI post stage', () => {
  it('gets the job status after main, as the runner evaluates `job` again: a success() post is skipped after a failure, an always() one runs', () => {
    const dir = freshFolder()
    fs.cpSync(STATEFUL, path.join(dir, 'actions', 'always'), { recursive: true })
    fs.cpSync(STATEFUL, path.join(dir, 'actions', 'on-success'), { recursive: true })
    const manifest = path.join(dir, 'actions', 'on-success', 'action.yml')
    fs.writeFileSync(
      manifest,
      fs
        .readFileSync(manifest, 'utf8')
        .replace('  post: post.js', '  post: post.js\n  post-if: success()')
    )
    const marker = path.join(dir, 'posts.jsonl')
    fs.writeFileSync(
      path.join(dir, 'list.yml'),
      `- uses: ./actions/always
  with: { label: always, marker: ${marker}, needed: x }
- uses: ./actions/on-success
  with: { label: on-success, marker: ${marker}, needed: x }
- run: exit 3
`
    )
    const result = cli(['run', 'list.yml'], dir)
    expect(result.status).toBe(1)
    const posts = fs
      .readFileSync(marker, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { label: string }).label)
    expect(posts).toEqual(['always'])
  })
})

describe('CLI: what the log and the summary show (issue 14 items 2, 3, 4 and 6)', () => {
  const LONG_NAME = 'A step whose name is long enough to need a wide label, longer than forty'
  const LIST = `
- name: 'Build: app #1; "fast" mode'
  run: echo building
- name: ${LONG_NAME}
  run: |
    echo first line
    exit 3
- name: Deploy the preview
  run: echo deploying
`
  const ESC = String.fromCharCode(27)
  /** The log part of the CLI's output: everything before its job summary. */
  const logOf = (stdout: string): string[] =>
    stdout.slice(0, stdout.indexOf('Job summary')).split('\n')

  const run = (args: string[], colour = false): CliRun & { summary: string } => {
    const dir = freshFolder()
    fs.writeFileSync(path.join(dir, 'list.yml'), LIST)
    const result = cli(['run', 'list.yml', '--summary-file', 'summary.md', ...args], dir, {
      colour
    })
    return { ...result, summary: fs.readFileSync(path.join(dir, 'summary.md'), 'utf8') }
  }

  it('item 2: one line per skipped step, naming the condition that was false, in both log modes', () => {
    for (const mode of ['grouped', 'prefixed']) {
      const result = run(['--log-mode', mode])
      expect(result.status).toBe(1)
      const skipped = logOf(result.stdout).filter((line) => line.includes('⏭'))
      expect(skipped).toEqual(['⏭ Deploy the preview (skipped: success() was false)'])
    }
  })

  it("item 3: prefixed mode labels every line of a step, our error line too, at the longest name's width up to 40", () => {
    const result = run(['--log-mode', 'prefixed'])
    const label = `[${LONG_NAME.slice(0, 39)}…]`
    expect(label).toHaveLength(42)
    const lines = logOf(result.stdout)
    const printed = lines.filter((line) => line.includes('first line') || line.includes('exit 3'))
    expect(printed.length).toBeGreaterThanOrEqual(2)
    for (const line of printed) expect(line.startsWith(label)).toBe(true)
    // Our error line is an annotation: its message names the step in full.
    expect(lines).toContain(`Error: [${LONG_NAME}] Process completed with exit code 3.`)
    // The shorter name's label is padded to the same width.
    const build = lines.find((line) => line.endsWith('] building'))
    expect(build).toBe(`[${'Build: app #1; "fast" mode'.padEnd(40)}] building`)
  })

  it('item 4: NO_COLOR turns off every colour, the script echo included; colour is the default', () => {
    for (const mode of ['grouped', 'prefixed']) {
      const plain = run(['--log-mode', mode])
      expect(plain.stdout).not.toContain(ESC)
      expect(logOf(plain.stdout)).toContain(
        mode === 'grouped'
          ? '│ echo building'
          : `[${'Build: app #1; "fast" mode'.padEnd(40)}] echo building`
      )
      const coloured = run(['--log-mode', mode], true)
      expect(coloured.stdout).toContain(`${ESC}[36;1mecho building${ESC}[0m`)
    }
  })

  it("item 6: the timeline keeps the step's text, Mermaid's special characters escaped", () => {
    const { summary } = run([])
    const chart = summary.slice(summary.indexOf('```mermaid'))
    expect(chart).toContain('Build#58; app #35;1#59; "fast" mode :')
    expect(chart).not.toContain('Build  app')
  })
})
