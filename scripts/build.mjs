// `npm run build`: the four committed bundles (CONTRIBUTING "Rebuilding dist/"): dist/main, dist/post, dist/cli, and
// dist/hash-files, the worker every hashFiles() call starts (src/expressions/hash-files.ts).
// ncc emits ESM plus dist/<entry>/package.json {"type":"module"}; both are committed.
// It builds into a scratch folder and swaps it in, so tests running meanwhile never see a half dist/.
// Minified (`-m`; function and class names are kept, so stack traces still name them): every run
// and every hashFiles() call starts by parsing its bundle, and @actions/core brings ~1 MB of HTTP
// client we never call. Measured with `npm run bench` (B5, one `run: "true"` step): 0.27 s → 0.24 s,
// ratio to concurrently 1.00 → 0.88 on a slow phase of the two-core machine.
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'

const entries = {
  main: 'src/main.ts',
  post: 'src/post.ts',
  cli: 'src/cli.ts',
  'hash-files': 'src/hash-files-worker.ts'
}
// A folder of its own per build, so two builds at once cannot mix their output.
const scratch = `.dist-build-${process.pid}`
rmSync(scratch, { recursive: true, force: true })
for (const [name, source] of Object.entries(entries)) {
  execFileSync(
    'npx',
    ['ncc', 'build', source, '-o', `${scratch}/${name}`, '-m', '--license', 'licenses.txt', '-q'],
    {
      stdio: 'inherit'
    }
  )
}
rmSync('dist', { recursive: true, force: true })
renameSync(scratch, 'dist')
