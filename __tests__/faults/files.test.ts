/**
 * Broken file commands and a broken RUNNER_TEMP (issue 7; runner-emulation §3.1, §3.2): the
 * runner's messages, nothing that leaks into our own files, summaries within the runner's
 * 1 MiB, and a clear error instead of a hang when RUNNER_TEMP cannot be used.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runFaulty } from './fault-harness.js'

const MIB = 1024 * 1024

describe('malformed GITHUB_OUTPUT and GITHUB_ENV', () => {
  it('§3.1: missing delimiter, delimiter inside the value and empty keys fail the step with the runner messages; entries before the bad line still apply', async () => {
    const run = await runFaulty({
      steps: `
- id: early-delimiter
  continue-on-error: true
  run: |
    printf 'kept<<EOF\\nline one\\nEOF\\nline two\\nEOF\\n' >> "$GITHUB_OUTPUT"
- id: no-delimiter
  continue-on-error: true
  run: |
    printf 'first=1\\nopen<<EOF\\nnever closed\\n' >> "$GITHUB_OUTPUT"
- id: empty-name
  continue-on-error: true
  run: |
    printf '=value\\n' >> "$GITHUB_OUTPUT"
- id: empty-heredoc-name
  continue-on-error: true
  run: |
    printf '<<EOF\\nx\\nEOF\\n' >> "$GITHUB_ENV"
- id: no-newline-before-eof
  continue-on-error: true
  run: |
    printf 'v<<EOF\\nvalue\\nEOF' >> "$GITHUB_OUTPUT"
`
    })
    expect(run.main.exitCode).toBe(0)
    const messages = run.annotations.map((a) => a.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        "Unable to process file command 'output' successfully.",
        "Invalid format 'line two'",
        "Invalid value. Matching delimiter not found 'EOF'",
        "Invalid format '=value'. Name must not be empty",
        "Unable to process file command 'env' successfully.",
        "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty"
      ])
    )
    expect(JSON.parse(run.outputs.steps)).toMatchObject({
      'early-delimiter': {
        outcome: 'failure',
        conclusion: 'success',
        outputs: { kept: 'line one' }
      },
      'no-delimiter': { outcome: 'failure', outputs: { first: '1' } },
      'empty-name': { outcome: 'failure', outputs: {} },
      'empty-heredoc-name': { outcome: 'failure' }
    })
    // Our own files hold only our hand-over: nothing of the broken entries leaked into them.
    expect(run.env).toEqual({})
    expect(run.outputs['early-delimiter--kept']).toBe('line one')
    expect(Object.keys(run.outputs).some((name) => /line two|open|never/.test(name))).toBe(false)
  }, 30_000)

  it('§3.2: NODE_OPTIONS in GITHUB_ENV (any case) is refused and never handed to the job; values that look like our delimiters stay values', async () => {
    const run = await runFaulty({
      steps: `
- id: env
  run: |
    echo "NODE_OPTIONS=--require /tmp/evil.js" >> "$GITHUB_ENV"
    echo "node_options=--inspect" >> "$GITHUB_ENV"
    echo "SAFE=kept" >> "$GITHUB_ENV"
    {
      echo "tricky<<EOF"
      echo "ghadelimiter_00000000-0000-0000-0000-000000000000"
      echo "x=y"
      echo "EOF"
    } >> "$GITHUB_OUTPUT"
- run: echo "node options seen by the next step=[$NODE_OPTIONS]"
`
    })
    expect(run.main.exitCode).toBe(0)
    const refusals = run.annotations.filter((a) =>
      a.message.startsWith("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.")
    )
    expect(refusals).toHaveLength(2)
    expect(run.env).toEqual({ SAFE: 'kept' })
    expect(run.lines).toContain('node options seen by the next step=[]')
    expect(run.outputs['env--tricky']).toBe(
      'ghadelimiter_00000000-0000-0000-0000-000000000000\nx=y'
    )
    expect(run.outputs.x).toBeUndefined()
  }, 30_000)
})

describe('huge step summaries', () => {
  it("§3.2: a summary over 1 MiB is refused with the runner's message; many summaries past 1 MiB are cut to fit, in step order, and say so", async () => {
    const many = Array.from(
      { length: 12 },
      (_, i) => `
- name: Summary ${i}
  run: head -c ${200 * 1024} /dev/zero | tr '\\0' '${String.fromCharCode(97 + i)}' >> "$GITHUB_STEP_SUMMARY"`
    ).join('')
    const run = await runFaulty({
      steps: `
- name: Too big
  run: head -c ${MIB + 1} /dev/zero | tr '\\0' 'z' >> "$GITHUB_STEP_SUMMARY"
${many}
`
    })
    expect(run.main.exitCode).toBe(0)
    expect(run.annotations.map((a) => a.message)).toContainEqual(
      expect.stringMatching(
        /^\$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k\./
      )
    )
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(MIB)
    expect(run.summary).not.toContain('zzzz')
    // Five 200 KiB summaries fit beside the table; the rest are named in the note.
    const kept = [...run.summary.matchAll(/^#### (Summary \d+)$/gm)].map((m) => m[1])
    expect(kept.length).toBeGreaterThanOrEqual(3)
    expect(kept).toEqual(kept.map((_, i) => `Summary ${i}`))
    expect(run.summary).toMatch(
      /Left out to stay within the runner's 1 MiB summary limit: the summaries of Summary \d+/
    )
    expect(run.summary).toContain('Summary 11')
  }, 30_000)

  it('a flood of annotations beyond the runner cap keeps our summary within 1 MiB', async () => {
    const run = await runFaulty({
      steps: `
- name: Noisy
  continue-on-error: true
  run: |
    awk 'BEGIN { s = sprintf("%1000s", ""); gsub(/ /, "e", s); for (i = 1; i <= 3000; i++) printf "::error::%s %04d\\n", s, i }'
`
    })
    expect(run.main.exitCode).toBe(0)
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(MIB)
    expect(run.summary).toContain('### Annotations the runner did not show')
    expect(run.summary).toMatch(/\d+ more not shown/)
  }, 30_000)
})

describe('an unusable RUNNER_TEMP', () => {
  const readOnlyDirectory = (): string => {
    // Root writes through mode bits, so as root use a folder no one may create entries in.
    if (process.getuid?.() === 0) return '/sys'
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-readonly-'))
    fs.chmodSync(dir, 0o555)
    return dir
  }

  it.each([
    ['a file in its place', 'file'],
    ['a file where our folder goes', 'subfile'],
    ['a read-only folder', 'readonly']
  ])(
    '%s: one clear error naming RUNNER_TEMP, no step runs, no hang',
    async (_, kind) => {
      let runnerTempOverride: string | undefined
      const run = await runFaulty({
        steps: `
- run: touch "$GITHUB_WORKSPACE/ran"
- background: true
  run: seq 1 100000
`,
        prepare: ({ runnerTemp }) => {
          if (kind === 'file') {
            fs.rmSync(runnerTemp, { recursive: true })
            fs.writeFileSync(runnerTemp, 'not a folder')
          } else if (kind === 'subfile') {
            fs.writeFileSync(path.join(runnerTemp, '_runner_file_commands'), 'not a folder')
          }
        },
        env: kind === 'readonly' ? { RUNNER_TEMP: (runnerTempOverride = readOnlyDirectory()) } : {},
        watchdogMs: 15_000
      })
      expect(run.main.hung).toBe(false)
      expect(run.main.exitCode).toBe(1)
      const problem = run.annotations.find((a) => a.message.startsWith('RUNNER_TEMP '))
      expect(problem?.message).toContain(runnerTempOverride ?? run.runnerTemp)
      expect(run.annotations.map((a) => a.message)).toContain(
        'RUNNER_TEMP is not usable; no step ran.'
      )
      expect(fs.existsSync(path.join(run.workspace, 'ran'))).toBe(false)
    },
    30_000
  )
})
