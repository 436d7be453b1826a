import * as core from '@actions/core'
import { routeStdoutThroughSynchronousWrites, SynchronousStdout } from './report/stdout.js'
import { runNestedPosts } from './run-nested-posts.js'

// Our stdout is the process's, so the entry point owns its writer and hands it on. Routed before
// anything prints: @actions/core's lines and our log relay leave in the order issued.
const stdout = new SynchronousStdout()
routeStdoutThroughSynchronousWrites(process.stdout, stdout.write)
// The entry point of our post: report the failure, then exit even if a nested daemon still holds a handle.
const failure = await runNestedPosts(stdout.write).catch((error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error)
)
if (failure !== undefined) core.setFailed(failure)
process.exit(process.exitCode ?? 0)
