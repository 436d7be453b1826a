// Builds the three committed bundles (DESIGN §7): dist/main, dist/post, dist/cli.
// ncc emits ESM plus dist/<entry>/package.json {"type":"module"}; both are committed.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts' }
rmSync('dist', { recursive: true, force: true })
for (const [name, source] of Object.entries(entries)) {
  execFileSync(
    'npx',
    ['ncc', 'build', source, '-o', `dist/${name}`, '--license', 'licenses.txt', '-q'],
    {
      stdio: 'inherit'
    }
  )
}
