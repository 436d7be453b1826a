// The floor of any Node program that runs steps as processes: an otherwise empty Node program that
// spawns `bash -e <script>` for each script given, with stdin, stdout and stderr on pipes as a runner
// gives a step (stdin closed at once, output read to the end), `concurrency` at a time, in order.
// `npm run bench` times it beside the action to tell our own cost from the platform's (B2, B7).
//
//   node bench/node-floor.mjs <concurrency> <script>...
import { spawn } from 'node:child_process'

const [concurrency, ...scripts] = process.argv.slice(2)

function runOne(script) {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', script], { stdio: ['pipe', 'pipe', 'pipe'] })
    child.stdin.end()
    child.stdout.resume()
    child.stderr.resume()
    child.on('error', reject)
    child.on('exit', resolve)
  })
}

let next = 0
async function lane() {
  while (next < scripts.length) await runOne(scripts[next++])
}
await Promise.all(Array.from({ length: Number(concurrency) }, lane))
