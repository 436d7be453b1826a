/**
 * Small file-system helpers of the per-step path, where every step start counts (`npm run bench`,
 * B2): folders are made once by their owner, and best-effort operations report success instead
 * of throwing, so their caller can fall back.
 */
import { mkdirSync } from 'node:fs'

/**
 * The folders one owner (a run's file-command pool, its shell cache) has made: each is made the
 * first time it is asked for, and a later step start skips the system call.
 */
export class MadeFolders {
  private readonly made = new Set<string>()

  /** Makes `folder` (and its parents) the first time it is asked for. */
  ensure(folder: string): void {
    if (this.made.has(folder)) return
    mkdirSync(folder, { recursive: true })
    this.made.add(folder)
  }
}

/** Runs a file operation that may fail harmlessly; whether it succeeded. */
export function succeeds(operation: () => void): boolean {
  try {
    operation()
    return true
  } catch {
    return false
  }
}
