/**
 * What the user sees in the log, on the built action: one contiguous group per step in grouped
 * mode, every line exactly once in both modes, masks ahead of any later line, awkward output
 * (CRLF, no final newline, binary, huge lines) relayed intact.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { groups, runAction, scan, type ActionRun } from './harness.js'

/** Three background steps and a foreground one, all printing numbered lines at once. */
const CHATTY = `
- id: a
  name: Chatty A
  background: true
  run: for i in $(seq 1 300); do echo "A-$i"; [ $((i % 50)) -eq 0 ] && sleep 0.05; done
- id: b
  name: Chatty B
  background: true
  run: for i in $(seq 1 300); do echo "B-$i" >&2; [ $((i % 50)) -eq 0 ] && sleep 0.05; done
- id: c
  name: Chatty C
  background: true
  run: for i in $(seq 1 300); do echo "C-$i"; done
- name: Foreground F
  run: for i in $(seq 1 300); do echo "F-$i"; [ $((i % 100)) -eq 0 ] && sleep 0.05; done
- wait-all:
`

const numbered = (prefix: string): string[] =>
  Array.from({ length: 300 }, (_, i) => `${prefix}-${i + 1}`)

describe('grouped mode', () => {
  it('R70: prints each step as one contiguous group, groups never nest, every line exactly once', async () => {
    const run = await runAction({ steps: CHATTY })
    expect(run.exitCode).toBe(0)
    const byTitle = Object.fromEntries(groups(run).map((g) => [g.title, g.lines]))
    for (const [title, prefix] of [
      ['Chatty A', 'A'],
      ['Chatty B', 'B'],
      ['Chatty C', 'C'],
      ['Foreground F', 'F']
    ]) {
      const own = byTitle[title].filter((line) => /^[ABCF]-\d+$/.test(line))
      expect(own).toEqual(numbered(prefix))
    }
    // Groups are balanced and never nested.
    let depth = 0
    for (const { line, fenced } of scan(run.stdout)) {
      if (fenced) continue
      if (line.startsWith('::group::')) depth++
      if (line === '::endgroup::') depth--
      expect(depth === 0 || depth === 1).toBe(true)
    }
    expect(depth).toBe(0)
    // Each numbered line appears once in the whole log.
    const all = scan(run.stdout)
      .map((entry) => entry.line)
      .filter((line) => /^[ABCF]-\d+$/.test(line))
    expect(all.length).toBe(1200)
    expect(new Set(all).size).toBe(1200)
  })

  it('shows progress events between groups and titles finished groups with mark and duration', async () => {
    const run = await runAction({
      inputs: { 'max-concurrency': '1' },
      steps: `
- id: one
  name: One
  background: true
  run: sleep 0.3
- id: two
  name: Two
  background: true
  run: exit 1
- wait-all:
  continue-on-error: true
`
    })
    const top = scan(run.stdout)
      .filter((entry) => !entry.fenced)
      .map((entry) => entry.line)
    expect(top).toContain('▶ One started in the background')
    expect(top).toContain('⏳ Two is waiting for a background slot')
    // The finished title: a buffered group's title, or — for a step that streamed while the
    // wait-all followed it (Two prints its exit-code error) — the line after its group.
    expect(top.some((line) => /^(::group::)?✅ One \(\d+\.\d s\)$/.test(line))).toBe(true)
    expect(top.some((line) => /^(::group::)?❌ Two \(\d+\.\d s\)$/.test(line))).toBe(true)
  })
})

describe('prefixed mode', () => {
  it('prints every line live with an aligned label, each exactly once; no colour with NO_COLOR', async () => {
    const run = await runAction({
      steps: CHATTY,
      inputs: { 'log-mode': 'prefixed' },
      env: { NO_COLOR: '1' }
    })
    expect(run.exitCode).toBe(0)
    const lines = scan(run.stdout).map((entry) => entry.line)
    for (const [label, prefix] of [
      ['Chatty A', 'A'],
      ['Chatty B', 'B'],
      ['Chatty C', 'C'],
      ['Foreground F', 'F']
    ]) {
      const own = lines.filter((line) => line.startsWith(`[${label}`) && / [ABCF]-\d+$/.test(line))
      expect(own.map((line) => line.slice(line.indexOf('] ') + 2))).toEqual(numbered(prefix))
    }
    const labelled = lines.filter((line) => / [ABCF]-\d+$/.test(line))
    expect(new Set(labelled.map((line) => line.indexOf('] '))).size).toBe(1) // aligned
    expect(labelled.every((line) => line.startsWith('['))).toBe(true) // no colour codes
    expect(groups(run)).toEqual([])
  })

  it('colours the labels when colour is allowed', async () => {
    const run = await runAction({ steps: '- run: echo hi\n', inputs: { 'log-mode': 'prefixed' } })
    // eslint-disable-next-line no-control-regex -- the colour codes are what this test checks
    expect(run.stdout).toMatch(/\u001b\[\d+m\[Run echo hi\]\u001b\[0m hi/)
  })
})

describe('masking order', () => {
  it.each(['grouped', 'prefixed'])(
    '%s: a mask from any step precedes every later line that holds the secret',
    async (mode) => {
      const secret = 'tOpS3cret-value-42'
      const run = await runAction({
        inputs: { 'log-mode': mode },
        steps: `
- id: masker
  name: Masker
  background: true
  run: |
    echo "::add-mask::${secret}"
    touch "$RUNNER_TEMP/masked"
- id: leaker
  name: Leaker
  background: true
  run: |
    while [ ! -f "$RUNNER_TEMP/masked" ]; do sleep 0.05; done
    for i in 1 2 3; do echo "leak ${secret} $i"; done
- name: Foreground leak
  run: |
    while [ ! -f "$RUNNER_TEMP/masked" ]; do sleep 0.05; done
    echo "fg ${secret}"
- wait-all:
`
      })
      const lines = run.stdout.split('\n')
      const maskAt = lines.indexOf(`::add-mask::${secret}`)
      expect(maskAt).toBeGreaterThanOrEqual(0)
      // The script text in a step's header holds the secret too, as on the runner; count output only.
      const uses = lines
        .map((line, index) =>
          line.includes(secret) && !line.includes('\u001b[36;1m') ? index : -1
        )
        .filter((i) => i >= 0)
      expect(uses.length).toBe(5)
      for (const index of uses) expect(index).toBeGreaterThanOrEqual(maskAt)
    }
  )
})

/** Secrets for the `secrets` input: as many as fit in one environment variable (128 KiB on Linux). */
const manySecrets = (count: number): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const n = String(i + 1).padStart(4, '0')
      return [`S${n}`, `sec-${n}-${'x'.repeat(90)}`]
    })
  )

/** A step's own numbered lines, each starting with `tag`, in the order printed. */
const own = (lines: string[], tag: string): string[] =>
  lines.filter((line) => line.startsWith(`${tag} `))

describe('order of output with a slow reader (a security property)', () => {
  it("runner-emulation §3.5: @actions/core's masks and a nested step's masks precede every line carrying their value; every line arrives once and whole; groups open and close in order", async () => {
    const secrets = manySecrets(1000)
    const values = Object.values(secrets)
    const run = await runAction({
      harshReader: true,
      inputs: { secrets: JSON.stringify(secrets) },
      files: { 'secrets.txt': [...values, 'test-token-value'].map((v) => `tell ${v}`).join('\n') },
      steps: `
- name: Tell the secrets
  run: |
    echo "script %{{ github.token }} %{{ secrets.S1000 }}"
    cat secrets.txt; echo
- id: nested
  name: Nested masks
  run: |
    for i in $(seq 1 300); do v="nested-secret-$i-x"; echo "::add-mask::$v"; echo "uses $v"; done
- id: b1
  name: Background 1
  background: true
  run: for i in $(seq 1 400); do echo "b1 $i"; [ $((i % 40)) -eq 0 ] && echo "::warning::b1 warns $i"; done
- id: b2
  name: Background 2
  background: true
  run: for i in $(seq 1 400); do echo "b2 $i"; done; echo "::error::b2 fails"; exit 1
- name: Foreground
  run: for i in $(seq 1 400); do echo "fg $i"; done
- wait-all:
`
    })
    expect(run.exitCode).toBe(1)
    const lines = run.stdout.split('\n')
    // Where each value was registered: our inputs through core.setSecret, the nested ones relayed.
    const maskAt = new Map<string, number>()
    lines.forEach((line, index) => {
      if (!line.startsWith('::add-mask::')) return
      const value = line.slice('::add-mask::'.length)
      expect(maskAt.has(value)).toBe(false) // each mask once
      maskAt.set(value, index)
    })
    const nested = Array.from({ length: 300 }, (_, i) => `nested-secret-${i + 1}-x`)
    for (const value of [...values, 'test-token-value', ...nested]) {
      expect(maskAt.has(value)).toBe(true)
    }
    // Every line carrying a value comes after that value's mask.
    const carried = /sec-\d{4}-x{90}|nested-secret-\d+-x|test-token-value/g
    const early: string[] = []
    lines.forEach((line, index) => {
      if (line.startsWith('::add-mask::')) return
      for (const [value] of line.matchAll(carried)) {
        if (!((maskAt.get(value) ?? Infinity) < index)) early.push(`line ${index}: ${value}`)
      }
    })
    expect(early).toEqual([])
    // Every line exactly once and whole.
    const texts = scan(run.stdout).map((entry) => entry.line)
    expect(own(texts, 'tell')).toEqual([...values, 'test-token-value'].map((v) => `tell ${v}`))
    expect(own(texts, 'uses')).toEqual(nested.map((v) => `uses ${v}`))
    for (const tag of ['b1', 'b2', 'fg']) {
      expect(own(texts, tag)).toEqual(Array.from({ length: 400 }, (_, i) => `${tag} ${i + 1}`))
    }
    // Groups open and close in order, never nested; each holds its own step's lines.
    let depth = 0
    for (const { line, fenced } of scan(run.stdout)) {
      if (fenced) continue
      if (line.startsWith('::group::')) depth++
      if (line === '::endgroup::') depth--
      expect(depth === 0 || depth === 1).toBe(true)
    }
    expect(depth).toBe(0)
    const byTitle = Object.fromEntries(groups(run).map((g) => [g.title, g.lines]))
    expect(own(byTitle['Background 1'], 'b1')).toHaveLength(400)
    expect(own(byTitle['Background 2'], 'b2')).toHaveLength(400)
    expect(own(byTitle.Foreground, 'fg')).toHaveLength(400)
    // Annotations: the nested ones relayed once each, our own failure last, after every group.
    const warnings = run.annotations.filter((a) => a.kind === 'warning').map((a) => a.message)
    expect(warnings).toEqual(Array.from({ length: 10 }, (_, i) => `b1 warns ${(i + 1) * 40}`))
    const errors = run.annotations.filter((a) => a.kind === 'error').map((a) => a.message)
    expect(errors).toEqual([
      'b2 fails',
      'Process completed with exit code 1.',
      'Nested step(s) failed: Background 2, Wait for all'
    ])
    const lastLine = lines.filter((line) => line !== '').pop()
    expect(lastLine).toBe('::error::Nested step(s) failed: Background 2, Wait for all')
  }, 60_000)
})

describe('one path to our stdout', () => {
  it("stdout.ts: with the log reader gone (EPIPE), @actions/core's lines are dropped like ours, and the steps still run and hand over", async () => {
    const run = await runAction({
      readerGone: true,
      // No summary file: the notice about it is printed through @actions/core after the steps.
      env: { GITHUB_STEP_SUMMARY: '' },
      steps: `
- id: one
  run: |
    for i in $(seq 1 2000); do echo "line $i"; done
    echo "::warning::into the void"
    echo "done=yes" >> "$GITHUB_OUTPUT"
- id: two
  background: true
  run: echo "bg=1" >> "$GITHUB_OUTPUT"
`
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'success', 'one--done': 'yes', 'two--bg': '1' })
  })
})

describe('awkward output', () => {
  it('relays CRLF, a missing final newline, invalid UTF-8 and a multi-megabyte line intact from a buffered step', async () => {
    const run = await runAction({
      steps: `
- id: odd
  name: Odd output
  background: true
  run: |
    printf 'crlf one\\r\\ncrlf two\\r\\n'
    printf 'bin \\xff\\xfe end\\n'
    head -c 3000000 /dev/zero | tr '\\0' 'x'; echo
    printf 'no final newline'
- wait: odd
`
    })
    const lines = groups(run).find((g) => g.title === 'Odd output')!.lines
    const output = lines.slice(lines.findIndex((l) => l.startsWith('shell: ')) + 1)
    expect(output).toEqual([
      'crlf one',
      'crlf two',
      'bin \ufffd\ufffd end',
      'x'.repeat(3_000_000),
      'no final newline'
    ])
  })

  it.each([
    ['a fast reader', false],
    ['a slow reader and writes cut short by signals', true]
  ])(
    'relays 200,000 lines from each of three buffered steps (spilled to disk) to %s without losing or duplicating one',
    async (_reader, harshReader) => {
      const run = await runAction({
        harshReader,
        steps: `
- id: f1
  name: Flood 1
  background: true
  run: seq 1 200000
- id: f2
  name: Flood 2
  background: true
  run: seq 1 200000
- id: f3
  name: Flood 3
  background: true
  run: seq 1 200000
- wait-all:
`
      })
      const expected = Array.from({ length: 200000 }, (_, i) => String(i + 1))
      for (const title of ['Flood 1', 'Flood 2', 'Flood 3']) {
        const lines = groups(run)
          .find((g) => g.title === title)!
          .lines.filter((l) => /^\d+$/.test(l))
        expect(lines).toEqual(expected)
      }
    },
    60_000
  )
})

describe('skipped steps', () => {
  const LIST = `
- name: Build
  run: exit 3
- name: Deploy the preview
  run: echo deploy
- name: Only on tags
  if: startsWith(github.ref, 'refs/tags/')
  run: echo tag
- name: Report
  if: failure()
  run: echo report
- name: Background tidy-up
  background: true
  run: echo tidy
`

  it.each(['grouped', 'prefixed'])(
    'each skipped step gets one line saying why, between groups (%s mode)',
    async (mode) => {
      const run = await runAction({ steps: LIST, inputs: { 'log-mode': mode } })
      expect(run.exitCode).toBe(1)
      const lines = run.stdout.split('\n').filter((line) => line.startsWith('⏭ '))
      expect(lines).toEqual([
        '⏭ Deploy the preview (skipped: success() was false)',
        "⏭ Only on tags (skipped: success() && (startsWith(github.ref, 'refs/tags/')) was false)",
        '⏭ Background tidy-up (skipped: success() was false)'
      ])
      if (mode === 'grouped') {
        // Never inside a group: each skip line stands between groups.
        let open = false
        for (const { line } of scan(run.stdout)) {
          if (line.startsWith('::group::')) open = true
          else if (line === '::endgroup::') open = false
          else if (line.startsWith('⏭ ')) expect(open).toBe(false)
        }
      }
    }
  )
})

/** Lines of a group of `run` by plain title (without mark and duration). */
const groupOf = (run: ActionRun, title: string): string[] | undefined =>
  groups(run).find((g) => g.title === title)?.lines

/** Whether the groups of a run are balanced and never nested. */
function neverNested(stdout: string): boolean {
  let depth = 0
  for (const { line, fenced } of scan(stdout)) {
    if (fenced) continue
    if (line.startsWith('::group::')) depth++
    if (line === '::endgroup::') depth--
    if (depth < 0 || depth > 1) return false
  }
  return depth === 0
}

describe('never silent while waiting (grouped mode)', () => {
  it("a waited step's first line reaches the log while the step still runs", async () => {
    // The step prints `first`, then waits for a file the test creates only once it has read
    // `first` from our stdout: had we held the line until the step ended, it would give up.
    const run = await runAction({
      onLine: (line, { runnerTemp }) => {
        if (line === 'first') fs.writeFileSync(path.join(runnerTemp, 'go'), '')
      },
      steps: `
- id: live
  name: Live
  background: true
  run: |
    echo first
    for i in $(seq 1 400); do [ -f "$RUNNER_TEMP/go" ] && break; sleep 0.05; done
    if [ -f "$RUNNER_TEMP/go" ]; then echo second; else echo gave-up; fi
- wait: live
`
    })
    expect(run.exitCode).toBe(0)
    const lines = groupOf(run, 'Live')!
    expect(lines).toEqual(expect.arrayContaining(['first', 'second']))
    expect(run.lines).not.toContain('gave-up')
    // It streamed: its group is titled with its name, its finished title follows the group.
    expect(run.lines).toContain('::group::Live')
    expect(run.lines.some((line) => /^✅ Live \(\d+\.\d s\)$/.test(line))).toBe(true)
  }, 60_000)

  it('four chatty background steps and one waited step: groups never nest or interleave, every line once', async () => {
    const chatty = (tag: string): string => `
- id: ${tag.toLowerCase()}
  name: Chatty ${tag}
  background: true
  run: for i in $(seq 1 300); do echo "${tag}-$i"; [ $((i % 50)) -eq 0 ] && sleep 0.05; done`
    const run = await runAction({
      steps: `${['A', 'B', 'C', 'D'].map(chatty).join('')}
- id: w
  name: Waited W
  background: true
  run: for i in $(seq 1 300); do echo "W-$i"; [ $((i % 30)) -eq 0 ] && sleep 0.05; done
- wait: w
- wait-all:
`
    })
    expect(run.exitCode).toBe(0)
    expect(neverNested(run.stdout)).toBe(true)
    for (const tag of ['A', 'B', 'C', 'D', 'W']) {
      const title = tag === 'W' ? 'Waited W' : `Chatty ${tag}`
      const own = groupOf(run, title)!.filter((line) => /^[A-DW]-\d+$/.test(line))
      expect(own).toEqual(numbered(tag))
    }
    const all = scan(run.stdout)
      .map((entry) => entry.line)
      .filter((line) => /^[A-DW]-\d+$/.test(line))
    expect(all.length).toBe(1500)
    expect(new Set(all).size).toBe(1500)
  }, 60_000)

  it('a heartbeat line between groups after a silence says what still runs (interval injected)', async () => {
    const run = await runAction({
      env: { BACKGROUND_STEPS_TEST_HEARTBEAT_MS: '300' },
      steps: `
- id: quiet
  name: Quiet
  background: true
  run: sleep 2
- wait: quiet
`
    })
    expect(run.exitCode).toBe(0)
    const top = scan(run.stdout).filter((entry) => !entry.fenced)
    let open = false
    const beats: string[] = []
    for (const { line } of top) {
      if (line.startsWith('::group::')) open = true
      else if (line === '::endgroup::') open = false
      else if (line.startsWith('⏳ still running:')) {
        expect(open).toBe(false)
        beats.push(line)
      }
    }
    expect(beats.length).toBeGreaterThan(0)
    for (const beat of beats) expect(beat).toMatch(/^⏳ still running: Quiet \(\d+ s, no output\)$/)
  }, 60_000)
})

describe('prefixed mode labels every line of a step', () => {
  it('a failing step: every line carries its label, our exit-code error too (in its message); labels fit names up to 40', async () => {
    const name = 'Build every package of the monorepo, then test it'
    const run = await runAction({
      inputs: { 'log-mode': 'prefixed' },
      env: { NO_COLOR: '1' },
      steps: `
- name: ${name}
  run: |
    echo one
    echo two
    exit 3
- name: Short
  if: always()
  run: echo short
`
    })
    expect(run.exitCode).toBe(1)
    const label = `[${name.slice(0, 39)}…] `
    const mine = run.lines.filter((line) => /one|two|exit code 3|Build every/.test(line))
    expect(mine.filter((line) => !line.startsWith('::'))).toEqual([
      `${label}echo one`,
      `${label}echo two`,
      `${label}exit 3`,
      expect.stringMatching(new RegExp(`^${escape(label)}shell: \\S*bash -e \\{0\\}$`)),
      `${label}one`,
      `${label}two`,
      expect.stringMatching(new RegExp(`^${escape(label)}❌ ${escape(name)} \\(\\d+\\.\\d s\\)$`))
    ])
    expect(mine).toContain(`::error::[${name}] Process completed with exit code 3.`)
    expect(run.lines).toContain(`[${'Short'.padEnd(40)}] short`)
  }, 60_000)
})

describe('NO_COLOR', () => {
  const STEPS = `
- id: bg
  background: true
  run: echo background
- run: echo foreground
- wait-all:
`
  it.each(['grouped', 'prefixed'])(
    '%s: with NO_COLOR no colour code anywhere; without it, the cyan script echo',
    async (mode) => {
      const plain = await runAction({
        steps: STEPS,
        inputs: { 'log-mode': mode },
        env: { NO_COLOR: '1' }
      })
      expect(plain.exitCode).toBe(0)
      expect(plain.stdout).not.toContain('\u001b[')
      expect(plain.lines.some((line) => line.endsWith('echo background'))).toBe(true)
      const coloured = await runAction({
        steps: STEPS,
        inputs: { 'log-mode': mode },
        env: { NO_COLOR: '' }
      })
      expect(coloured.stdout).toContain('\u001b[36;1mecho foreground\u001b[0m')
      expect(coloured.stdout).toContain('\u001b[36;1mecho background\u001b[0m')
    },
    60_000
  )
})

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
