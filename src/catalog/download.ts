/**
 * Downloading a repository action the way older runners did it themselves
 * (docs/runner-emulation.md §4.2 "Our equivalent"): the REST tarball endpoint, extracted into the
 * runner's cache layout `_actions/<owner>/<repo>/<ref>` with a `<ref>.completed` watermark beside it.
 * The requests themselves (proxies, redirects, retries, the short-SHA check and the github.com
 * fallback) are archive-api.ts, loaded only when something must be downloaded.
 */
import { createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { errorReason } from '../errors.js'
import { extractTarball } from './tarball.js'

/** An API to download from, and the token it gets (omitted when empty; never logged). */
export interface ApiSource {
  /** E.g. `https://api.github.com`, `https://HOST/api/v3`. */
  apiUrl: string
  /** Sent as `Authorization: Bearer <token>`. */
  token: string
}

export interface DownloadOptions extends ApiSource {
  /**
   * Where an action the first API answers 404 for is looked for next: github.com, when
   * `GITHUB_API_URL` is a GHES, GHE.com or Gitea/Forgejo API (the runner's server reaches
   * github.com actions through GitHub Connect). It never gets the first API's token.
   */
  fallback?: ApiSource
  /** Told of every download made (not of a reuse), with the runner's log line. */
  log?: (line: string) => void
  /** Usually `path.join(path.dirname(RUNNER_TEMP), '_actions')`. */
  cacheDir: string
  /**
   * Attempts after the first on a network error or a 5xx/429 answer (the runner makes 3 in all),
   * and their pause; not-found and token errors are never retried. 2 retries, 2 s base otherwise.
   */
  retry?: RetryPolicy
  /** The run's downloads under way: a second caller for a ref shares the running one. */
  inFlight: DownloadsInFlight
}

/** @octokit/plugin-retry's settings: the n-th retry waits n² × `baseDelayMs`. */
export interface RetryPolicy {
  retries: number
  baseDelayMs: number
}

export interface RepositoryRef {
  owner: string
  repo: string
  ref: string
}

/**
 * One download per cache folder at a time: later callers share the running one. One per run,
 * made with the run's resolve options (`resolveOptionsFor`, src/executors/prelude.ts) and shared
 * through them by the top level and by the composites that prepare their actions when they run.
 */
export class DownloadsInFlight {
  private readonly running = new Map<string, Promise<string>>()

  /** The running download into `folder`, or the one `start` begins, forgotten once it settles. */
  async share(folder: string, start: () => Promise<string>): Promise<string> {
    const running = this.running.get(folder)
    if (running) return running
    const download = start().finally(() => this.running.delete(folder))
    this.running.set(folder, download)
    return download
  }
}

/** Downloads owner/repo@ref once per job into `${cacheDir}/${owner}/${repo}/${ref}` (watermark `${ref}.completed` beside it); concurrent callers for one ref share one download (single-flight, `options.inFlight`). Returns the folder. */
export async function downloadAction(
  ref: RepositoryRef,
  options: DownloadOptions
): Promise<string> {
  const folder = cacheFolder(ref, options.cacheDir)
  return options.inFlight.share(folder, async () => downloadOnce(ref, folder, options))
}

/** The cache folder; refuses names that would step out of the cache directory. */
function cacheFolder(ref: RepositoryRef, cacheDir: string): string {
  const described = describeRef(ref)
  const refSegments = ref.ref.split('/')
  for (const [what, segments] of [
    ['owner', [ref.owner]],
    ['repository', [ref.repo]],
    ['ref', refSegments]
  ] as const) {
    if (segments.some((segment) => ['', '.', '..'].includes(segment) || /[\\\0]/.test(segment))) {
      throw new Error(`Unable to download action '${described}': invalid ${what} name`)
    }
  }
  return path.join(path.resolve(cacheDir), ref.owner, ref.repo, ...refSegments)
}

/** `owner/repo@ref`, as the runner's log line and our messages name a download. */
export function describeRef(ref: RepositoryRef): string {
  return `${ref.owner}/${ref.repo}@${ref.ref}`
}

async function downloadOnce(
  ref: RepositoryRef,
  folder: string,
  options: DownloadOptions
): Promise<string> {
  const watermark = `${folder}.completed`
  if ((await isFile(watermark)) && (await isDirectory(folder))) return folder

  const { fetchArchive } = await import('./archive-api.js')
  const { body, source } = await fetchArchive(ref, options)
  const parent = path.dirname(folder)
  await fs.mkdir(parent, { recursive: true })
  const staging = await fs.mkdtemp(path.join(parent, `.${path.basename(folder)}.download-`))
  try {
    // Streamed to a file: an action's archive need not fit in memory.
    const archive = path.join(staging, 'archive.tar.gz')
    const bytes = Readable.fromWeb(body)
    await pipeline(bytes, createWriteStream(archive)).catch((error: unknown) => {
      throw new Error(`Unable to download action '${describeRef(ref)}': ${errorReason(error)}`, {
        cause: error
      })
    })
    // A folder without its watermark is a broken earlier attempt: start over.
    await fs.rm(folder, { recursive: true, force: true })
    const extracted = await extractTarball(archive, folder).catch((error: unknown) => {
      throw new Error(`Unable to extract action '${describeRef(ref)}': ${errorReason(error)}`, {
        cause: error
      })
    })
    await fs.writeFile(watermark, new Date().toISOString())
    if (source !== options) {
      options.log?.(
        `'${ref.owner}/${ref.repo}' is not on ${options.apiUrl}: downloaded from ${source.apiUrl}`
      )
    }
    // The archive's own top folder (`owner-repo-<short sha>`) names the commit when it has no
    // pax comment; the runner prints the full SHA its server resolved.
    const sha = extracted.commit ?? /-([0-9a-f]+)$/.exec(extracted.top)?.[1] ?? 'unknown'
    options.log?.(`Download action repository '${describeRef(ref)}' (SHA:${sha})`)
    return folder
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false
  )
}

async function isDirectory(folder: string): Promise<boolean> {
  return fs.stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false
  )
}
