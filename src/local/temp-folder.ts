/**
 * Removing the CLI's temp folder (the emulated runner's files and RUNNER_TEMP) at exit. What a run
 * leaves may resist: a daemon a step started can still be writing into it (a folder not empty
 * when removed: retried), a step can leave read-only folders (made writable, then retried), a
 * container can leave files of another user. None of that is the list's failure: the CLI says in
 * one line what it could not remove and keeps its exit code.
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { errorCode, errorText } from '../errors.js'

/** Node's own retries of a removal that met EBUSY/ENOTEMPTY/EPERM (linear back-off: 0.1 … 0.5 s). */
const REMOVE_OPTIONS = { recursive: true, force: true, maxRetries: 5, retryDelay: 100 } as const

/** Removes `root` and everything in it; resolves to a warning when something stayed. */
export async function removeTempFolder(root: string): Promise<string | undefined> {
  try {
    await fs.rm(root, REMOVE_OPTIONS)
    return undefined
  } catch (error) {
    if (errorCode(error) !== 'EACCES' && errorCode(error) !== 'EPERM') return warning(root, error)
  }
  // A folder without write permission keeps its entries: we own them, so give it back and retry.
  try {
    await makeFoldersWritable(root)
    await fs.rm(root, REMOVE_OPTIONS)
    return undefined
  } catch (error) {
    return warning(root, error)
  }
}

/** Adds the owner's rwx to `folder` and every folder below it (entries that fail are left). */
async function makeFoldersWritable(folder: string): Promise<void> {
  const stat = await fs.lstat(folder)
  if (!stat.isDirectory()) return
  await fs.chmod(folder, stat.mode | 0o700).catch(() => undefined)
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.isDirectory()) await makeFoldersWritable(path.join(folder, entry.name))
  }
}

function warning(root: string, error: unknown): string {
  return (
    `Could not remove all of the temp folder ${root} (${errorText(error)}); ` +
    'a process the run started may still use it. Remove it by hand.'
  )
}
