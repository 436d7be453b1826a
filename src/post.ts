import * as core from '@actions/core'
import { routeStdoutThroughSynchronousWrites } from './report/stdout.js'
import { runPost } from './post-stage.js'

// Before anything prints: @actions/core's lines and our log relay leave in the order issued.
routeStdoutThroughSynchronousWrites()
// The entry point of our post: report the failure, then exit even if a nested daemon still holds a handle.
const failure = await runPost().catch((error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error)
)
if (failure !== undefined) core.setFailed(failure)
process.exit(process.exitCode ?? 0)
