/**
 * The `hashFiles()` worker: the fourth bundle (`dist/hash-files/index.js`), started once per
 * `hashFiles()` call by src/expressions/hash-files.ts, as the runner starts its own hashFiles
 * script (runner-emulation §4.4; actions/runner src/Misc/expressionFunc/hashFiles).
 *
 * The protocol is the runner's: the workspace is the working directory, the patterns come in
 * the `patterns` variable (one per line), `followSymbolicLinks=true` follows symbolic links, the
 * digest goes to stderr as one `__OUTPUT__<hex>__OUTPUT__` line, and a failure exits 1.
 * `@actions/glob`'s own `hashFiles` is the runner script's loop line for line (files outside the
 * workspace and directories skipped, SHA-256 of the files' binary SHA-256 digests, '' when
 * nothing matches), so we call it rather than restate it. Its log lines (`::debug::` on stdout)
 * are dropped by the caller, as the runner keeps its script's stdout to its own trace.
 */
import * as glob from '@actions/glob'

try {
  // process.cwd() rather than GITHUB_WORKSPACE: the runner's script compares against it, and the
  // OS reports it with symbolic links resolved, as the glob reports the paths it finds.
  const digest = await glob.hashFiles(process.env.patterns ?? '', process.cwd(), {
    // Stated every time: glob.hashFiles would follow links by default, the runner does not.
    followSymbolicLinks: process.env.followSymbolicLinks === 'true'
  })
  process.stderr.write(`__OUTPUT__${digest}__OUTPUT__\n`)
  process.exitCode = 0
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exitCode = 1
}
