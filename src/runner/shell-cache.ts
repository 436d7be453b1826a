/**
 * What one run remembers to start its `run:` steps' shells faster (runner-emulation §2.1, §2.2):
 * the script files it wrote, so that an identical script is linked instead of written again, and
 * the executables `which` found, so that every step does not stat the PATH again. Each memory is
 * checked against the file system before it is used, so a step sees what the runner would give it.
 *
 * One cache per run, made by the run (src/prepare-run.ts, our post in src/run-nested-posts.ts) and
 * reached through its `RunContext`: nothing of it outlives the run.
 */
import { randomUUID } from 'node:crypto'
import { accessSync, constants, linkSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MadeFolders, succeeds } from './folders.js'

/** A script file written this run, and what it looked like right after the write. */
interface WrittenScript {
  path: string
  size: number
  mtimeMs: number
}

export class ShellCache {
  /** Script files by folder, extension and content. */
  private readonly scripts = new Map<string, WrittenScript>()
  /** Found executables, by command and search path. */
  private readonly executables = new Map<string, string>()
  private readonly folders = new MadeFolders()

  /**
   * Writes `content` to a fresh `<folder>/<uuid><ext>` and returns its path. A script identical
   * to one written before in this run, whose file is still as we left it (same size and
   * modification time), gets its new name as a hard link to that file instead: loops, matrix legs
   * and generated lists then skip a file creation — which can stall for most of a millisecond on
   * a journalling disk — and every step still gets its own script path, as on the runner. Nothing
   * ever writes into an existing script, so a process still reading one is never affected.
   * Synchronous: one small file costs less than a thread-pool round trip (bench B2).
   */
  writeScript(folder: string, extension: string, content: string): string {
    this.folders.ensure(folder)
    const scriptPath = path.join(folder, `${randomUUID()}${extension}`)
    const key = `${folder}\0${extension}\0${content}`
    const known = this.scripts.get(key)
    if (
      known !== undefined &&
      isUnchanged(known) &&
      succeeds(() => linkSync(known.path, scriptPath))
    ) {
      return scriptPath
    }
    // Node writes UTF-8 without a BOM, as the runner does on Linux (a BOM breaks some shells).
    writeFileSync(scriptPath, content, 'utf8')
    const info = statSync(scriptPath)
    this.scripts.set(key, { path: scriptPath, size: info.size, mtimeMs: info.mtimeMs })
    return scriptPath
  }

  /**
   * WhichUtil.Which on Linux: a fully qualified path as is, else the first match in the search
   * path. Not @actions/io's `which`: it searches only our own process's PATH, so the step's
   * GITHUB_PATH prepends would have to go into the shared process.env, which concurrent steps
   * would race on. A remembered match is used while it is still an executable file.
   */
  which(command: string, searchPath: readonly string[]): string | undefined {
    const key = `${command}\0${searchPath.join('\0')}`
    const known = this.executables.get(key)
    if (known !== undefined && isExecutableFile(known)) return known
    const result = search(command, searchPath)
    if (result !== undefined) this.executables.set(key, result)
    return result
  }
}

function isUnchanged(script: WrittenScript): boolean {
  try {
    const info = statSync(script.path)
    return info.isFile() && info.size === script.size && info.mtimeMs === script.mtimeMs
  } catch {
    return false
  }
}

function search(command: string, searchPath: readonly string[]): string | undefined {
  if (path.isAbsolute(command)) return isExecutableFile(command) ? command : undefined
  for (const directory of searchPath) {
    // Empty entries are dropped, never read as "the current directory".
    if (directory === '') continue
    const candidate = path.join(directory, command)
    if (isExecutableFile(candidate)) return candidate
  }
  return undefined
}

function isExecutableFile(candidate: string): boolean {
  try {
    // statSync follows symlinks, so a dangling link is skipped as the runner skips it.
    if (!statSync(candidate).isFile()) return false
    accessSync(candidate, constants.X_OK)
    return true
  } catch {
    return false
  }
}
