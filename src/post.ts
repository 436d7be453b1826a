import * as core from './toolkit.js'
import { runPost } from './post-stage.js'

// The entry point of our post: report the failure, then exit even if a nested daemon still holds a handle.
const failure = await runPost().catch((error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error)
)
if (failure !== undefined) core.setFailed(failure)
process.exit(process.exitCode ?? 0)
