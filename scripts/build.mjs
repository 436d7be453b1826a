// `npm run build`: the four committed bundles (CONTRIBUTING "Rebuilding dist/"): dist/main, dist/post, dist/cli, and
// dist/hash-files, the worker every hashFiles() call starts (src/expressions/hash-files.ts).
// ncc emits ESM plus dist/<entry>/package.json {"type":"module"}; both are committed.
// It builds into a scratch folder and swaps it in, so tests running meanwhile never see a half dist/.
// Minified (`-m`; function and class names are kept, so stack traces still name them): every run
// and every hashFiles() call starts by parsing its bundle, and @actions/core brings ~1 MB of HTTP
// client we never call. Measured with `npm run bench` (B5, one `run: "true"` step): 0.27 s → 0.24 s,
// ratio to concurrently 1.00 → 0.88 on a slow phase of the two-core machine.
import { spawn } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'

const entries = {
  main: 'src/main.ts',
  post: 'src/post.ts',
  cli: 'src/cli.ts',
  'hash-files': 'src/hash-files-worker.ts'
}

/** One ncc build; resolves when it succeeded, rejects with its exit code. */
function bundle(name, source) {
  const args = [
    'ncc',
    'build',
    source,
    '-o',
    `${scratch}/${name}`,
    '-m',
    '-t',
    '--license',
    'licenses.txt',
    '-q'
  ]
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc ${source} exited ${code}`))
    )
  })
}

// A folder of its own per build, so two builds at once cannot mix their output.
const scratch = `.dist-build-${process.pid}`
rmSync(scratch, { recursive: true, force: true })
// The four bundles at once, each without a type check (`-t`, see src/tsconfig.json): CI runs
// `npm run typecheck` first, and checking the same program four times made the build take 72 s.
try {
  await Promise.all(Object.entries(entries).map(([name, source]) => bundle(name, source)))
} catch (error) {
  rmSync(scratch, { recursive: true, force: true })
  console.error(error.message)
  process.exit(1)
}
rmSync('dist', { recursive: true, force: true })
renameSync(scratch, 'dist')
