/**
 * Where one run's file-command files come from (docs/runner-emulation.md §1.6): a fresh set
 * `$RUNNER_TEMP/_runner_file_commands/<prefix><guid>` for every step run, as the runner's
 * InitializeFiles makes them. Two speed tricks live here, with the rule that makes them safe:
 * sets made ahead of need on another core (prefetch), and a finished step's set emptied and
 * renamed for a later step (recycling) once nothing of that step can write to it any more.
 * `file-commands.ts` only reads and parses what the step wrote.
 *
 * One pool per run, made by the run (src/prepare-run.ts, our post in src/run-nested-posts.ts)
 * and reached through its `RunContext`: nothing of it outlives the run.
 */
import { randomUUID } from 'node:crypto'
import {
  closeSync,
  constants as fsConstants,
  lstatSync,
  openSync,
  renameSync,
  writeFileSync
} from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  FILE_COMMANDS,
  FILE_COMMANDS_FOLDER,
  type FileCommandFiles,
  type FileCommandVar
} from './file-commands.js'
import { MadeFolders, succeeds } from './folders.js'
import type { ProcessOutcome } from './process.js'

/** What `release` needs to know of the step's process. */
export type ReleasedProcess = Pick<ProcessOutcome, 'outputClosed' | 'cancelled'>

export class FileCommandPool {
  /** Every set of this pool is made in this folder. */
  readonly folder: string
  private readonly folders = new MadeFolders()
  /** Prefetched sets, made in the background and not handed out yet. */
  private readonly fresh: FileCommandFiles[] = []
  /** Finished steps' sets, emptied, to be renamed for the next step. */
  private readonly spent: FileCommandFiles[] = []
  /** Prefetched sets still being made. */
  private inFlight = 0

  constructor(runnerTemp: string) {
    this.folder = path.join(runnerTemp, FILE_COMMANDS_FOLDER)
  }

  /**
   * Fresh empty files for one step run, one GUID shared by its files. A prefetched set is taken
   * as it is; otherwise a finished step's emptied set is renamed to the new names instead of
   * creating files: the step sees what the runner gives it, but a rename stays cheap where a file
   * creation can stall for most of a millisecond on a journalling disk busy with deletions (ext4
   * with `discard`, five per step). Synchronous on purpose: five tiny operations through the
   * thread pool cost more in round trips than the operations themselves, on every step
   * (`npm run bench`, B2); and an action step evaluates its inputs against these files and
   * registers its post at once.
   */
  create(): FileCommandFiles {
    const fresh = this.fresh.pop()
    if (fresh !== undefined) return fresh
    const spent = this.spent.pop()
    this.folders.ensure(this.folder)
    const files = this.newNames()
    for (const name of Object.keys(files) as FileCommandVar[]) {
      if (spent === undefined || !succeeds(() => renameSync(spent.files[name], files[name]))) {
        writeFileSync(files[name], '')
      }
    }
    return { files }
  }

  /**
   * Makes up to `count` sets (less those idle or on their way) in the thread pool, in the
   * background: while the main thread validates the list, the first steps' files get made on
   * another core. A failure only means that steps make their own files, as without it. The
   * promise settles (never rejects) once this call's sets are ready to hand out; a run does not
   * wait for it, a test does.
   */
  async prefetch(count: number): Promise<void> {
    const missing = count - this.fresh.length - this.inFlight
    if (missing <= 0) return
    this.inFlight += missing
    const makeSet = async (): Promise<void> => {
      try {
        const files = this.newNames()
        await Promise.all(Object.values(files).map(async (file) => writeFile(file, '')))
        this.fresh.push({ files })
      } finally {
        this.inFlight -= 1
      }
    }
    await mkdir(this.folder, { recursive: true })
      .then(async () => Promise.all(Array.from({ length: missing }, makeSet)))
      .catch(() => undefined)
  }

  /**
   * Takes a finished step's files back, once they have been read, for a later step's `create`.
   * Only when nothing the step started can still write to them: its process exited and every
   * holder of its output pipes closed them (`outputClosed`), and it was not cancelled (its group
   * is being killed, not known to be gone). Anything else is left as the runner leaves every set.
   */
  release(files: FileCommandFiles, outcome: ReleasedProcess): void {
    if (!outcome.outputClosed || outcome.cancelled) return
    // A set from another folder would be renamed across folders: not one of ours.
    if (path.dirname(files.files.GITHUB_OUTPUT) !== this.folder) return
    if (emptied(files)) this.spent.push(files)
  }

  /** `<prefix><one new GUID>` for each file command, in the pool's folder. */
  private newNames(): Record<FileCommandVar, string> {
    const suffix = randomUUID()
    const files = {} as Record<FileCommandVar, string>
    for (const [name, prefix] of Object.entries(FILE_COMMANDS) as Array<[FileCommandVar, string]>) {
      files[name] = path.join(this.folder, `${prefix}${suffix}`)
    }
    return files
  }
}

/**
 * Empties every file of a set; false, leaving the set alone, when a file is gone or was replaced
 * (a link, a folder, a second name).
 */
function emptied(files: FileCommandFiles): boolean {
  try {
    for (const file of Object.values(files.files)) {
      const info = lstatSync(file)
      if (!info.isFile() || info.nlink !== 1) return false
      // O_NOFOLLOW: a link swapped in after the check cannot make us empty its target.
      if (info.size > 0) {
        closeSync(
          openSync(file, fsConstants.O_WRONLY | fsConstants.O_TRUNC | fsConstants.O_NOFOLLOW)
        )
      }
    }
    return true
  } catch {
    return false
  }
}
