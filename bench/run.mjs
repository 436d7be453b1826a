// `npm run bench`: runs the BUILT action as a stock runner would and measures it side by side with
// a bare shell and with the `concurrently` package, in one run. Prints a Markdown table of medians
// and ratios; exits non-zero when a target is missed. Not part of `npm test`.
//
//   node bench/run.mjs [--reps N] [--only B1,B3]
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
const MAIN = path.join(ROOT, 'dist', 'main', 'index.js')
const FLOOR = path.join(ROOT, 'bench', 'node-floor.mjs')
const CONCURRENTLY = path.join(
  ROOT,
  'node_modules',
  'concurrently',
  'dist',
  'bin',
  'concurrently.js'
)
const args = process.argv.slice(2)
const reps = Number(args[args.indexOf('--reps') + 1] || 5) || 5
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined

/**
 * Runs a command; resolves wall ms, peak RSS (kB, from /proc VmHWM) and the exit code. Its stdout
 * is a pipe, as under a runner; the reader does no more than copy the bytes to a file, the same
 * for every program measured, and `count` reads that file only after the clock has stopped.
 */
function measure(
  file,
  argv,
  { env = process.env, cwd = os.tmpdir(), count = () => undefined } = {}
) {
  return new Promise((resolve, reject) => {
    const capture = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-bench-out-')), 'stdout')
    const out = fs.openSync(capture, 'w')
    const started = process.hrtime.bigint()
    const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'ignore'] })
    let peakKb = 0
    const poll = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const hwm = /VmHWM:\s+(\d+)/.exec(status)
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]))
      } catch {
        // exited between polls
      }
    }, 10)
    child.stdout.on('data', (chunk) => fs.writeSync(out, chunk))
    child.on('error', reject)
    child.on('close', async (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      clearInterval(poll)
      fs.closeSync(out)
      await countLines(capture, count)
      fs.rmSync(path.dirname(capture), { recursive: true, force: true })
      resolve({ ms, peakKb, code })
    })
  })
}

/** Calls `count` for every line of a file, streaming (floods are hundreds of MB). */
async function countLines(file, count) {
  let rest = ''
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8' })) {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop()
    for (const line of lines) count(line)
  }
  if (rest) count(rest)
}

/** Each run's temp folders, removed at the end. */
const leftovers = []
process.on('exit', () => {
  for (const root of leftovers) fs.rmSync(root, { recursive: true, force: true })
})

/** A runner-like environment for one run of the action, with the step list inline. */
function actionEnv(steps, inputs = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-bench-'))
  const temp = path.join(root, 'temp')
  fs.mkdirSync(temp)
  const files = {}
  for (const name of [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
  ]) {
    files[name] = path.join(root, name.toLowerCase())
    fs.writeFileSync(files[name], '')
  }
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: temp,
    NO_COLOR: '1'
  }
  const all = {
    steps,
    'max-concurrency': '10',
    'log-mode': 'grouped',
    summary: 'true',
    matrix: 'null',
    strategy: '{}',
    job: '{}',
    ...inputs
  }
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
  // Removed when the bench ends, as a runner cleans RUNNER_TEMP after the job: deleting a
  // run's files right before the next run would have the disk's journal busy with it then.
  leftovers.push(root)
  return { env, root }
}

async function runAction(steps, inputs, count) {
  const { env, root } = actionEnv(steps, inputs)
  const result = await measure(process.execPath, [MAIN], { env, cwd: root, count })
  if (result.code !== 0) throw new Error(`the action failed (exit ${result.code})`)
  return result
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Runs `fn` `n` times (interleaved callers keep conditions alike) and returns the medians. */
async function repeat(n, fn) {
  const runs = []
  for (let i = 0; i < n; i++) runs.push(await fn(i))
  return { ms: median(runs.map((r) => r.ms)), peakKb: Math.max(...runs.map((r) => r.peakKb)), runs }
}

const list = (n, make) => Array.from({ length: n }, (_, i) => make(i)).join('')
const rows = []
const row = (id, workload, comparedWith, measured, target, pass) => {
  rows.push({ id, workload, comparedWith, measured, target, pass })
  console.error(`${pass ? 'ok  ' : 'MISS'} ${id}: ${measured}`)
}
const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`
const want = (id) => !only || only.includes(id)

// B1 — 20 background `sleep 1`, 20 slots, against bash running the same 20 with `&` and `wait`.
if (want('B1')) {
  const steps =
    list(20, (i) => `- id: s${i}\n  background: true\n  run: sleep 1\n`) + '- wait-all:\n'
  const ours = [],
    bash = []
  for (let i = 0; i < reps; i++) {
    bash.push(await measure('bash', ['-c', 'for i in $(seq 20); do sleep 1 & done; wait']))
    ours.push(await runAction(steps, { 'max-concurrency': '20' }))
  }
  const bashMs = median(bash.map((r) => r.ms))
  const ratio = median(ours.map((r) => r.ms)) / bashMs
  row(
    'B1',
    '20 background `sleep 1`, max-concurrency 20',
    `bash, the same 20 with \`&\` and \`wait\`: ${fmt(bashMs)}`,
    `${fmt(median(ours.map((r) => r.ms)))} → ratio ${ratio.toFixed(3)}`,
    '≤ 1.10',
    ratio <= 1.1
  )
}

/** `n` script files holding `true`, as a runner writes a `run: "true"` step's script. */
function trueScripts(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-bench-sh-'))
  leftovers.push(dir)
  return Array.from({ length: n }, (_, i) => {
    const file = path.join(dir, `s${i}.sh`)
    fs.writeFileSync(file, 'true\n')
    return file
  })
}

/** The Node floor (bench/node-floor.mjs): an empty Node program spawning the scripts, `width` at a time. */
const nodeFloor = (scripts, width) => measure(process.execPath, [FLOOR, String(width), ...scripts])

// B2 — 300 foreground `true` against the Node floor spawning the same 300 scripts one by one
// (and, for reference, bash running them in a loop: no Node program can reach that figure).
if (want('B2')) {
  const steps = list(300, () => `- run: "true"\n`)
  const scripts = trueScripts(300)
  const loop = `for f in ${scripts.join(' ')}; do bash -e "$f"; done`
  const ours = [],
    floor = [],
    bash = []
  for (let i = 0; i < reps; i++) {
    bash.push(await measure('bash', ['-c', loop]))
    floor.push(await nodeFloor(scripts, 1))
    ours.push(await runAction(steps))
  }
  const floorMs = median(floor.map((r) => r.ms))
  const ratio = median(ours.map((r) => r.ms)) / floorMs
  const bashRatio = median(ours.map((r) => r.ms)) / median(bash.map((r) => r.ms))
  row(
    'B2',
    '300 foreground `run: "true"`',
    `Node floor, same 300 scripts one by one: ${fmt(floorMs)} (bash loop: ${fmt(median(bash.map((r) => r.ms)))})`,
    `${fmt(median(ours.map((r) => r.ms)))} → ratio ${ratio.toFixed(3)} (vs bash ${bashRatio.toFixed(3)})`,
    '≤ 1.35 × floor',
    ratio <= 1.35
  )
}

// B3 — two background steps printing 1,000,000 lines each, prefixed mode, against concurrently --raw.
if (want('B3')) {
  const steps =
    '- id: a\n  name: A\n  background: true\n  run: seq 1 1000000\n- id: b\n  name: B\n  background: true\n  run: seq 1 1000000\n- wait-all:\n'
  const ours = [],
    theirs = []
  let delivered = true
  for (let i = 0; i < Math.max(3, Math.ceil(reps / 2)); i++) {
    let n = 0
    theirs.push(
      await measure(process.execPath, [CONCURRENTLY, '--raw', 'seq 1 1000000', 'seq 1 1000000'], {
        count: () => n++
      })
    )
    let a = 0,
      b = 0
    ours.push(
      await runAction(steps, { 'log-mode': 'prefixed' }, (line) => {
        if (/^\[A\] \d+$/.test(line)) a++
        else if (/^\[B\] \d+$/.test(line)) b++
      })
    )
    delivered &&= a === 1_000_000 && b === 1_000_000
  }
  const ratio = median(ours.map((r) => r.ms)) / median(theirs.map((r) => r.ms))
  row(
    'B3',
    'two background steps × 1,000,000 lines, `prefixed`',
    `concurrently --raw: ${fmt(median(theirs.map((r) => r.ms)))}`,
    `${fmt(median(ours.map((r) => r.ms)))} → ratio ${ratio.toFixed(3)}, every line delivered: ${delivered ? 'yes' : 'NO'}`,
    '≤ 1.35, every line',
    ratio <= 1.35 && delivered
  )
}

// B4 — ten background steps printing 1,000,000 lines each, grouped mode: peak RSS.
if (want('B4')) {
  const steps =
    list(10, (i) => `- id: f${i}\n  name: Flood ${i}\n  background: true\n  run: seq 1 1000000\n`) +
    '- wait-all:\n'
  let delivered = true
  const r = await repeat(Math.max(2, Math.ceil(reps / 3)), async () => {
    let lines = 0
    const result = await runAction(steps, {}, (line) => {
      if (/^\d+$/.test(line)) lines++
    })
    delivered &&= lines === 10_000_000
    return result
  })
  const mb = r.peakKb / 1024
  row(
    'B4',
    'ten background steps × 1,000,000 lines, `grouped`',
    '—',
    `peak RSS ${mb.toFixed(1)} MB (${fmt(r.ms)}), every line delivered: ${delivered ? 'yes' : 'NO'}`,
    '≤ 100 MB, every line',
    mb <= 100 && delivered
  )
}

// B5 — one `true` step against concurrently running `true`.
if (want('B5')) {
  const ours = [],
    theirs = []
  for (let i = 0; i < reps * 2; i++) {
    theirs.push(await measure(process.execPath, [CONCURRENTLY, 'true']))
    ours.push(await runAction('- run: "true"\n'))
  }
  const ratio = median(ours.map((r) => r.ms)) / median(theirs.map((r) => r.ms))
  row(
    'B5',
    'one `run: "true"` step',
    `concurrently running \`true\`: ${fmt(median(theirs.map((r) => r.ms)))}`,
    `${fmt(median(ours.map((r) => r.ms)))} → ratio ${ratio.toFixed(3)}`,
    '≤ 1.0',
    ratio <= 1.0
  )
}

// B6 — 10, 100, 1000 foreground steps: the per-step cost stays flat (fixed cost from an empty list).
if (want('B6')) {
  const empty = await repeat(reps, () => runAction('[]\n'))
  const cost = {}
  for (const n of [10, 100, 1000]) {
    // Explicit ids: the official parser gives up generating `__run_N` ids past 999.
    const r = await repeat(n === 1000 ? Math.max(3, Math.ceil(reps / 2)) : reps, () =>
      runAction(list(n, (i) => `- id: s${i}\n  run: "true"\n`))
    )
    cost[n] = (r.ms - empty.ms) / n
  }
  const ratio = cost[1000] / cost[10]
  row(
    'B6',
    '10 / 100 / 1000 foreground steps',
    `itself (fixed cost ${fmt(empty.ms)})`,
    `per step ${cost[10].toFixed(2)} / ${cost[100].toFixed(2)} / ${cost[1000].toFixed(2)} ms → 1000 vs 10: ${ratio.toFixed(3)}`,
    '≤ 1.2',
    ratio <= 1.2
  )
}

// B7 — 100 background `true` with 10 slots against the Node floor of the same shape (10 children
// at once until 100 have run), and, for reference, the same 100 steps in the foreground.
if (want('B7')) {
  const bg = list(100, (i) => `- id: t${i}\n  background: true\n  run: "true"\n`) + '- wait-all:\n'
  const fg = list(100, () => `- run: "true"\n`)
  const scripts = trueScripts(100)
  const ours = [],
    floor = [],
    serial = []
  for (let i = 0; i < reps; i++) {
    serial.push(await runAction(fg))
    floor.push(await nodeFloor(scripts, 10))
    ours.push(await runAction(bg))
  }
  const floorMs = median(floor.map((r) => r.ms))
  const ratio = median(ours.map((r) => r.ms)) / floorMs
  const serialRatio = median(ours.map((r) => r.ms)) / median(serial.map((r) => r.ms))
  row(
    'B7',
    '100 background `run: "true"`, max-concurrency 10',
    `Node floor, 10 at a time: ${fmt(floorMs)} (the 100 in the foreground: ${fmt(median(serial.map((r) => r.ms)))})`,
    `${fmt(median(ours.map((r) => r.ms)))} → ratio ${ratio.toFixed(3)} (vs foreground ${serialRatio.toFixed(3)})`,
    '≤ 1.15 × floor',
    ratio <= 1.15
  )
}

// B8 — a step graph (`needs:`, docs/needs.md) of 20 `sleep` steps with fixed, varied durations,
// max-concurrency above its width, against its critical path (the longest chain of sleeps) run
// as one bash: the graph should cost little more than its longest chain.
if (want('B8')) {
  // [id, seconds, needs]: a chain s0…s7 with branches that fan out and join it again.
  const graph = [
    ['s0', 0.6, []],
    ['s1', 0.5, ['s0']],
    ['b0', 0.3, ['s0']],
    ['b1', 0.4, ['s0']],
    ['b2', 0.2, ['s0']],
    ['s2', 0.6, ['s1', 'b1']],
    ['b3', 0.5, ['b0']],
    ['b4', 0.1, ['b2']],
    ['s3', 0.5, ['s2', 'b3']],
    ['b5', 0.4, ['s2']],
    ['b6', 0.3, ['b4', 'b3']],
    ['s4', 0.6, ['s3']],
    ['b7', 0.2, ['s3', 'b6']],
    ['b8', 0.6, ['b5']],
    ['s5', 0.5, ['s4', 'b8']],
    ['b9', 0.3, ['s4']],
    ['s6', 0.6, ['s5', 'b7']],
    ['b10', 0.4, ['s5', 'b9']],
    ['s7', 0.5, ['s6', 'b10']],
    ['b11', 0.2, ['s6']]
  ]
  const { chain, width } = criticalPath(graph)
  const steps =
    graph
      .map(([id, seconds, needs]) =>
        needs.length === 0
          ? `- id: ${id}\n  background: true\n  run: sleep ${seconds}\n`
          : `- id: ${id}\n  needs: [${needs.join(', ')}]\n  run: sleep ${seconds}\n`
      )
      .join('') + '- wait-all:\n'
  const sum = chain.reduce((total, [, seconds]) => total + seconds, 0)
  const script = chain.map(([, seconds]) => `sleep ${seconds}`).join('; ')
  // For reference: the critical path alone as foreground steps, what the action costs without a graph.
  const foreground = chain.map(([id, seconds]) => `- id: ${id}\n  run: sleep ${seconds}\n`).join('')
  const ours = [],
    bash = [],
    serial = []
  for (let i = 0; i < reps; i++) {
    bash.push(await measure('bash', ['-c', script]))
    serial.push(await runAction(foreground))
    ours.push(await runAction(steps, { 'max-concurrency': '10' }))
  }
  const bashMs = median(bash.map((r) => r.ms))
  const ratio = median(ours.map((r) => r.ms)) / bashMs
  const serialMs = median(serial.map((r) => r.ms))
  row(
    'B8',
    `a graph of 20 \`sleep\` steps (0.1–0.6 s, \`needs:\`), width ${width}, max-concurrency 10`,
    `its critical path (${chain.length} steps, ${sum.toFixed(1)} s of sleep) in one bash: ${fmt(bashMs)} (as ${chain.length} foreground steps of the action: ${fmt(serialMs)})`,
    `${fmt(median(ours.map((r) => r.ms)))} → ratio ${ratio.toFixed(3)} (vs the foreground chain ${(median(ours.map((r) => r.ms)) / serialMs).toFixed(3)})`,
    '≤ 1.10',
    ratio <= 1.1
  )
}

/**
 * The longest chain of a graph listed in dependency order ([id, seconds, needs]), and its width:
 * the most steps running at once when each starts as soon as its needs have ended.
 */
function criticalPath(graph) {
  const end = new Map()
  const via = new Map()
  for (const [id, seconds, needs] of graph) {
    const from = needs.reduce(
      (best, need) => (best && end.get(best) >= end.get(need) ? best : need),
      undefined
    )
    end.set(id, (from ? end.get(from) : 0) + seconds)
    via.set(id, from)
  }
  let last = graph.reduce(
    (best, [id]) => (best && end.get(best) >= end.get(id) ? best : id),
    undefined
  )
  const chain = []
  for (; last; last = via.get(last)) chain.unshift(graph.find(([id]) => id === last))
  const events = graph.flatMap(([id, seconds]) => [
    [end.get(id) - seconds, 1],
    [end.get(id), -1]
  ])
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let running = 0
  let width = 0
  for (const [, change] of events) width = Math.max(width, (running += change))
  return { chain, width }
}

console.log(
  `\nBackground Steps benchmark — ${os.cpus().length} cores, Node ${process.version}, ${reps} repetitions (medians)\n`
)
console.log('| id | workload | compared with | measured | target | met |')
console.log('|---|---|---|---|---|---|')
for (const r of rows)
  console.log(
    `| ${r.id} | ${r.workload} | ${r.comparedWith} | ${r.measured} | ${r.target} | ${r.pass ? '✅' : '❌'} |`
  )
process.exitCode = rows.every((r) => r.pass) ? 0 : 1
