/**
 * Small file-system helpers of the per-step path, where every step start counts (`npm run bench`,
 * B2): folders are made once per run, and best-effort operations report success instead of
 * throwing, so their caller can fall back.
 */
import { mkdirSync } from 'node:fs'

/** Folders already made this run. */
const madeFolders = new Set<string>()

/** Makes `folder` (and its parents) the first time it is asked for in this run. */
export function ensureFolder(folder: string): void {
  if (madeFolders.has(folder)) return
  mkdirSync(folder, { recursive: true })
  madeFolders.add(folder)
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
