/**
 * The post-stage manifest (docs/runner-emulation.md §4.6, §6): a step registers its action's post
 * the moment its pre or main starts; the registry keeps the registrations in start order and
 * persists everything the post needs to a JSON file under RUNNER_TEMP, because our post runs in
 * another process, which reads it back (`readPostManifest`).
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { LoadedAction } from '../catalog/model.js'
import type { ActionIdentity } from '../runner/environment.js'
import { errorText } from '../errors.js'

/** Everything one post stage needs, as persisted in the manifest. */
export interface PostStageEntry {
  /** The step's plan key, scoped by composite use: one registration per step of the job (the runner ignores duplicates). */
  key: string
  /** The step's display name; the stage is shown as `Post <displayName>`. */
  displayName: string
  /** `post-if` as written, `always()` by default. */
  condition: string
  action: LoadedAction
  /** Inputs as evaluated by the step's latest stage (not re-evaluated: runner#3514). */
  inputs: Record<string, string>
  identity: ActionIdentity
  /** The step's env context when its latest stage started (used when no final env was saved). */
  envContext: Record<string, string>
  /** The step's own `env:` values; they override the job env in post, as the runner re-applies them. */
  stepEnv: Record<string, string>
  pathPrepend: string[]
  /** The step's intra-action state; the live record, so the manifest holds its latest values. */
  state: Record<string, string>
}

/** The job's env context and PATH prepends at the end of our main; posts start from them (§6.5). */
export interface FinalJobState {
  env: Record<string, string>
  pathPrepend: string[]
}

export interface PostManifest {
  version: 1
  entries: PostStageEntry[]
  final?: FinalJobState
}

/**
 * Post registrations of one run, in start order. Every change is written to the manifest at
 * once, synchronously: our main can be killed at any moment after (the runner's SIGKILL, our own
 * cancellation backstop), and the post stage must find every registration and the latest state.
 * A write is a few KiB, once per start or end of an action's stage, next to a process spawn.
 */
export class PostStageRegistry {
  /** Where the manifest is written; our main saves this path in our own state. */
  readonly manifestPath: string
  private readonly entries: PostStageEntry[] = []
  private final: FinalJobState | undefined
  /** The message of the last failed write; cleared by the next successful one. */
  private writeError: string | undefined

  constructor(options: { runnerTemp: string; manifestPath?: string }) {
    // The file holds evaluated inputs and env (possibly secrets): RUNNER_TEMP is emptied at
    // job end, and the file is only readable by us.
    this.manifestPath =
      options.manifestPath ??
      path.join(options.runnerTemp, `background-steps-post-${randomUUID()}.json`)
  }

  /** Registers a post stage; a second registration for the same step returns the first one. */
  register(entry: PostStageEntry): PostStageEntry {
    const existing = this.entries.find((registered) => registered.key === entry.key)
    if (existing !== undefined) return existing
    this.entries.push(entry)
    this.changed()
    return entry
  }

  /** The registrations, oldest first. */
  get registered(): readonly PostStageEntry[] {
    return this.entries
  }

  /** Writes the manifest (after a registration, or when a stage's state changed). */
  changed(): void {
    try {
      this.write()
      this.writeError = undefined
    } catch (error) {
      this.writeError = errorText(error)
    }
  }

  /** Writes the manifest, with the job's final env and PATH when given; resolves to its path. */
  async persist(final?: FinalJobState): Promise<string> {
    if (final !== undefined) {
      this.final = { env: { ...final.env }, pathPrepend: [...final.pathPrepend] }
    }
    this.changed()
    if (this.writeError !== undefined) {
      throw new Error(`The post-stage manifest could not be written: ${this.writeError}`)
    }
    return Promise.resolve(this.manifestPath)
  }

  private write(): void {
    const manifest: PostManifest = { version: 1, entries: this.entries, final: this.final }
    const temporary = `${this.manifestPath}.${randomUUID()}.tmp`
    mkdirSync(path.dirname(this.manifestPath), { recursive: true })
    writeFileSync(temporary, JSON.stringify(manifest), { mode: 0o600 })
    // Rename is atomic: a post stage never reads a half-written manifest.
    renameSync(temporary, this.manifestPath)
  }
}

/** The manifest our main wrote; undefined when there is none (nothing registered a post). */
export async function readPostManifest(manifestPath: string): Promise<PostManifest | undefined> {
  let text: string
  try {
    text = await readFile(manifestPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  return JSON.parse(text) as PostManifest
}
