/**
 * Beyond native, on the built action with run processes: readiness probes (tcp, http, file,
 * log; timeout; a step dying first), retries (success on attempt 2, exhausted, outputs and env
 * of the successful attempt only) and matrix sharding (a leg with no members, legs partitioning
 * a group). Ordering is asserted from files the steps write, never from durations.
 */
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import { groups, readLines, runAction } from './harness.js'

const NODE = JSON.stringify(process.execPath)

/** A loopback port that was free a moment ago (bound to 0, then released) for a step's server. */
async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A step that exits 0 when something accepts connections on `port` now, else 1. */
const connectsNow = (port: number): string =>
  `${NODE} -e "require('net').connect(${port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"`

describe('ready: readiness probes', () => {
  it('tcp: the next step runs only once the server (started late) accepts connections', async () => {
    const port = await freePort()
    const run = await runAction({
      steps: `
- id: db
  name: Database
  background: true
  ready: { tcp: "127.0.0.1:${port}", interval-seconds: 0.1 }
  run: |
    sleep 0.5
    exec ${NODE} -e "require('net').createServer((s) => s.end()).listen(${port}, '127.0.0.1')"
- id: check
  run: |
    ${connectsNow(port)}
- cancel: db
`
    })
    expect(run.outputs['check--conclusion']).toBe('success')
    expect(run.exitCode).toBe(0)
    expect(
      run.lines.some((line) =>
        new RegExp(`^✔ Database is ready \\(tcp 127\\.0\\.0\\.1:${port}, \\d+\\.\\d s\\)$`).test(
          line
        )
      )
    ).toBe(true)
    expect(run.summary).toMatch(
      new RegExp(`<sub>✔ ready after \\d+\\.\\d s \\(tcp 127\\.0\\.0\\.1:${port}\\)</sub>`)
    )
  })

  it('http: ready on a 2xx answer; the next step gets the same answer', async () => {
    const port = await freePort()
    const server = `require('http').createServer((q, r) => r.end('ok')).listen(${port}, '127.0.0.1')`
    const run = await runAction({
      steps: `
- id: api
  background: true
  ready: { http: "http://127.0.0.1:${port}/health", interval-seconds: 0.1 }
  run: |
    sleep 0.5
    exec ${NODE} -e "${server}"
- id: check
  run: |
    ${NODE} -e "fetch('http://127.0.0.1:${port}/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
- cancel: api
`
    })
    expect(run.outputs['check--conclusion']).toBe('success')
    expect(
      run.lines.some((line) => line.includes(`is ready (http http://127.0.0.1:${port}/health,`))
    ).toBe(true)
  })

  it('file: ready once the file exists (relative to the workspace)', async () => {
    const run = await runAction({
      steps: `
- id: gen
  background: true
  ready: { file: build/ready.flag, interval-seconds: 0.1 }
  run: |
    sleep 0.5
    mkdir -p build && echo "flag written" >> "$RUNNER_TEMP/order.txt" && touch build/ready.flag
    sleep 60
- run: echo "next step" >> "$RUNNER_TEMP/order.txt"
- cancel: gen
`
    })
    expect(readLines(run, 'order.txt')).toEqual(['flag written', 'next step'])
    expect(run.exitCode).toBe(0)
  })

  it("log: ready on a line of the step's own output, not on its script text shown in the header", async () => {
    const run = await runAction({
      steps: `
- id: srv
  background: true
  ready: { log: "server listening on \\\\d+" }
  run: |
    sleep 0.5
    echo "up" >> "$RUNNER_TEMP/order.txt"
    echo "server listening on 8080"
    sleep 60
- run: echo "next step" >> "$RUNNER_TEMP/order.txt"
- cancel: srv
`
    })
    expect(readLines(run, 'order.txt')).toEqual(['up', 'next step'])
    expect(run.exitCode).toBe(0)
  })

  it('probe timeout: the step is stopped, fails; default steps skip, always() steps run', async () => {
    const port = await freePort()
    const run = await runAction({
      steps: `
- id: db
  name: Database
  background: true
  ready: { tcp: "127.0.0.1:${port}", timeout-seconds: 1, interval-seconds: 0.2 }
  run: |
    trap 'echo "stopped by the action" >> "$RUNNER_TEMP/db.txt"; exit 1' INT
    sleep 60 &
    wait
- id: after
  run: echo "after ran" >> "$RUNNER_TEMP/db.txt"
- id: cleanup
  if: always()
  run: echo "cleanup saw %{{ steps.db.outcome }}" >> "$RUNNER_TEMP/db.txt"
`
    })
    expect(readLines(run, 'db.txt')).toEqual(['stopped by the action', 'cleanup saw failure'])
    expect(run.outputs['db--conclusion']).toBe('failure')
    expect(run.outputs.result).toBe('failure')
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message)).toContain(
      `The background step 'Database' was not ready within 1 s (tcp 127.0.0.1:${port}).`
    )
    expect(run.summary).toContain(`<sub>✖ not ready (tcp 127.0.0.1:${port})</sub>`)
  })

  it('a step that dies before it is ready fails at once, and the list fails', async () => {
    const port = await freePort()
    const run = await runAction({
      steps: `
- id: db
  name: Database
  background: true
  ready: { tcp: "127.0.0.1:${port}" }
  run: echo "cannot start" && exit 3
- id: after
  run: touch "$RUNNER_TEMP/after-ran"
`
    })
    expect(fs.existsSync(path.join(run.runnerTemp, 'after-ran'))).toBe(false)
    expect(run.outputs['db--outcome']).toBe('failure')
    expect(run.outputs['after--conclusion']).toBe('skipped')
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message)).toEqual(
      expect.arrayContaining([
        'Process completed with exit code 3.',
        `The background step 'Database' ended before it was ready (tcp 127.0.0.1:${port}).`
      ])
    )
  })
})

/** Bumps a counter file in RUNNER_TEMP and sets it as $n. */
const COUNT = `n=$(cat "$RUNNER_TEMP/count" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "$RUNNER_TEMP/count"`

describe('retry', () => {
  it("succeeds on attempt 2: outputs and env are the successful attempt's only; log and summary show the attempts", async () => {
    const run = await runAction({
      steps: `
- id: flaky
  name: Flaky download
  retry: { attempts: 3, backoff-seconds: 0.2 }
  run: |
    ${COUNT}
    echo "attempt=$n" >> "$GITHUB_OUTPUT"
    echo "FROM_ATTEMPT_$n=yes" >> "$GITHUB_ENV"
    test "$n" -ge 2
- id: show
  run: echo "saw=%{{ steps.flaky.outputs.attempt }}" >> "$GITHUB_OUTPUT"
`
    })
    expect(run.exitCode).toBe(0)
    expect(readLines(run, 'count')).toEqual(['2'])
    expect(run.outputs['flaky--attempt']).toBe('2')
    expect(run.outputs['show--saw']).toBe('2')
    expect(run.env.FROM_ATTEMPT_2).toBe('yes')
    expect(run.env.FROM_ATTEMPT_1).toBeUndefined()
    const lines = groups(run).find((g) => g.title === 'Flaky download')?.lines ?? []
    expect(lines.filter((line) => line.startsWith('Attempt '))).toEqual([
      'Attempt 1 of 3',
      'Attempt 1 of 3 failed; retrying in 0.2 s.',
      'Attempt 2 of 3'
    ])
    // The retried failure is a warning that names its attempt, not an error.
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([])
    expect(run.annotations.map((a) => a.message)).toContain(
      'Attempt 1 of 3: Process completed with exit code 1.'
    )
    expect(run.summary).toContain('Flaky download<br><sub>attempt 2 of 3</sub>')
  })

  it('retries exhausted: every attempt ran, the step and the list fail', async () => {
    const run = await runAction({
      steps: `
- id: broken
  background: true
  retry: { attempts: 2 }
  run: |
    ${COUNT}
    exit 1
- wait: broken
`
    })
    expect(readLines(run, 'count')).toEqual(['2'])
    expect(run.outputs['broken--conclusion']).toBe('failure')
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('<sub>attempt 2 of 2</sub>')
  })
})

describe('shard', () => {
  const steps = `
- run: echo "setup" >> "$RUNNER_TEMP/ran.txt"
- parallel:
    - id: e2e
      weight: 3
      run: echo "e2e" >> "$RUNNER_TEMP/ran.txt"
    - id: unit
      run: echo "unit" >> "$RUNNER_TEMP/ran.txt"
    - id: lint
      run: echo "lint" >> "$RUNNER_TEMP/ran.txt"
- parallel:
    - id: only
      run: echo "only" >> "$RUNNER_TEMP/ran.txt"
- run: echo "report" >> "$RUNNER_TEMP/ran.txt"
`

  it('two legs partition each group; every other step runs on both; the summary says who ran where', async () => {
    const [leg0, leg1] = await Promise.all([
      runAction({ steps, inputs: { shard: '0/2' } }),
      runAction({ steps, inputs: { shard: '1/2' } })
    ])
    // Leg 0 gets e2e (weight 3), leg 1 unit and lint; the one-member group then goes to the leg
    // with less weight so far (leg 1), which balances the legs 3 : 3.
    expect(readLines(leg0, 'ran.txt').sort()).toEqual(['e2e', 'report', 'setup'])
    expect(readLines(leg1, 'ran.txt').sort()).toEqual(['lint', 'only', 'report', 'setup', 'unit'])
    expect(leg0.exitCode).toBe(0)
    expect(leg1.exitCode).toBe(0)
    expect(leg1.summary).toContain('### Shard 1/2')
    expect(leg1.summary).toContain('| Parallel group (line 3) | e2e | 3 | 0/2 |')
    expect(leg1.summary).toContain('| Parallel group (line 3) | unit | 1 | ▶ 1/2 |')
  })

  it('a leg that gets no members of a group runs none of them and waits for nothing', async () => {
    const run = await runAction({ steps, inputs: { shard: '0/2' } })
    expect(readLines(run, 'ran.txt')).toEqual(['setup', 'e2e', 'report'])
    const waits = groups(run).filter((g) => g.title === 'Parallel group')
    expect(waits[1].lines[0]).toBe('Waiting for background step(s) to complete: (none)')
    expect(run.outputs.result).toBe('success')
  })

  it('a bad shard input is reported before anything runs', async () => {
    const run = await runAction({ steps, inputs: { shard: '2/2' } })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message)).toContain(
      "Input 'shard' must have an index from 0 to 1 (0-based, like strategy.job-index), got '2/2'."
    )
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran.txt'))).toBe(false)
  })
})

describe('validation of the keys beyond native on the built action', () => {
  it('reports a misplaced key with its line and column, and runs nothing', async () => {
    const run = await runAction({
      steps: `- id: first
  run: touch "$RUNNER_TEMP/ran-first"
  ready: { tcp: "127.0.0.1:5432" }
`
    })
    expect(run.exitCode).toBe(1)
    expect(fs.existsSync(path.join(run.runnerTemp, 'ran-first'))).toBe(false)
    const error = run.annotations.find((a) => a.properties.line !== undefined)
    expect(error?.message).toBe(
      "'ready' is only allowed on a run or uses step with 'background: true'"
    )
    expect(error?.properties.title).toBe('steps input (Line: 3, Col: 3)')
  })
})
