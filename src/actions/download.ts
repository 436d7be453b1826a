/**
 * Downloading a repository action the way older runners did it themselves
 * (spec/runner-emulation.md §4.2 "Our equivalent"): the REST tarball endpoint, extracted into the
 * runner's cache layout `_actions/<owner>/<repo>/<ref>` with a `<ref>.completed` watermark beside it.
 * What the runner's server does before it hands out a download is done here too: shortened
 * commit SHAs are refused, and another server's 404 falls back to github.com (GitHub Connect).
 */
import { createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
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
  /** For tests; the global `fetch` otherwise. */
  fetchImpl?: typeof fetch
  /**
   * Pauses before the 2nd, 3rd… attempt after a network error or a 5xx/429 answer (the runner
   * tries 3 times too). Not-found and token errors are never retried.
   */
  retryDelaysMs?: readonly number[]
}

const DEFAULT_RETRY_DELAYS_MS = [2000, 5000]
/** A stalled connection must not hang the job: each attempt gives up after this long. */
const ATTEMPT_TIMEOUT_MS = 5 * 60_000

export interface RepositoryRef {
  owner: string
  repo: string
  ref: string
}

const USER_AGENT = 'background-steps'

/** One download per cache folder at a time; later callers share the running one. */
const inFlight = new Map<string, Promise<string>>()

/** Downloads owner/repo@ref once per job into `${cacheDir}/${owner}/${repo}/${ref}` (watermark `${ref}.completed` beside it); concurrent callers for one ref share one download (single-flight). Returns the folder. */
export async function downloadAction(
  ref: RepositoryRef,
  options: DownloadOptions
): Promise<string> {
  const folder = cacheFolder(ref, options.cacheDir)
  const running = inFlight.get(folder)
  if (running) return running
  const download = downloadOnce(ref, folder, options).finally(() => inFlight.delete(folder))
  inFlight.set(folder, download)
  return download
}

/** The cache folder; refuses names that would step out of the cache directory. */
function cacheFolder(ref: RepositoryRef, cacheDir: string): string {
  const described = describe(ref)
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

function describe(ref: RepositoryRef): string {
  return `${ref.owner}/${ref.repo}@${ref.ref}`
}

async function downloadOnce(
  ref: RepositoryRef,
  folder: string,
  options: DownloadOptions
): Promise<string> {
  const watermark = `${folder}.completed`
  if ((await isFile(watermark)) && (await isDirectory(folder))) return folder

  const { response, source } = await fetchArchive(ref, options)
  const parent = path.dirname(folder)
  await fs.mkdir(parent, { recursive: true })
  const staging = await fs.mkdtemp(path.join(parent, `.${path.basename(folder)}.download-`))
  try {
    const archive = path.join(staging, 'archive.tar.gz')
    if (!response.body)
      throw new Error(`Unable to download action '${describe(ref)}': empty response`)
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)
    await pipeline(body, createWriteStream(archive)).catch((error: unknown) => {
      throw new Error(`Unable to download action '${describe(ref)}': ${reasonOf(error)}`, {
        cause: error
      })
    })
    // A folder without its watermark is a broken earlier attempt: start over.
    await fs.rm(folder, { recursive: true, force: true })
    const extracted = await extractTarball(archive, folder).catch((error: unknown) => {
      throw new Error(`Unable to extract action '${describe(ref)}': ${reasonOf(error)}`, {
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
    options.log?.(`Download action repository '${describe(ref)}' (SHA:${sha})`)
    return folder
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}

/**
 * The tarball's response (body not read yet) and the API that gave it: the first API, or the
 * fallback when the first answered 404. A shortened commit SHA is refused on either.
 */
async function fetchArchive(
  ref: RepositoryRef,
  options: DownloadOptions
): Promise<{ response: Response; source: ApiSource }> {
  let response: Response
  let source: ApiSource = options
  try {
    response = await request(ref, options, options)
  } catch (error) {
    if (!(error instanceof NotFoundError) || options.fallback === undefined) throw error
    source = options.fallback
    response = await request(ref, source, options).catch((fallbackError: unknown) => {
      throw new Error(
        fallbackError instanceof NotFoundError
          ? `${error.message} It is not on ${source.apiUrl} either (${fallbackError.status}).`
          : `${error.message} Looking on ${source.apiUrl} failed too: ${reasonOf(fallbackError)}`,
        { cause: fallbackError }
      )
    })
  }
  try {
    await refuseShortSha(ref, source, options)
  } catch (error) {
    await response.body?.cancel().catch(() => undefined)
    throw error
  }
  return { response, source }
}

/** A ref that could be a commit SHA cut short (a full one has 40 hex digits). */
const SHORTENED_SHA = /^[0-9a-f]{1,39}$/

/**
 * GitHub's resolver refuses a shortened commit SHA as a ref; the tarball endpoint would serve
 * it, so the check is ours (spec/runner-emulation.md §4.2 "Short SHAs"). A hex-looking ref is
 * looked up as a commit: refused when it resolves to a longer SHA it starts. A ref the lookup
 * cannot resolve, or a failed lookup, is left to the download that already found it.
 */
async function refuseShortSha(
  ref: RepositoryRef,
  source: ApiSource,
  options: DownloadOptions
): Promise<void> {
  if (!SHORTENED_SHA.test(ref.ref)) return
  let sha: string
  try {
    const response = await get(
      `${repositoryUrl(ref, source)}/commits/${ref.ref}`,
      'application/vnd.github.sha',
      source,
      options
    )
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      return
    }
    sha = (await response.text()).trim()
  } catch {
    return
  }
  if (sha.length > ref.ref.length && sha.startsWith(ref.ref)) {
    throw new Error(
      `Unable to resolve action \`${ref.owner}/${ref.repo}@${ref.ref}\`, the provided ref ` +
        `\`${ref.ref}\` is the shortened version of a commit SHA, which is not supported. ` +
        `Please use the full commit SHA \`${sha}\` instead.`
    )
  }
}

/** GET the tarball, retrying what may pass (network errors, 5xx, 429); a clear error otherwise. */
async function request(
  ref: RepositoryRef,
  source: ApiSource,
  options: DownloadOptions
): Promise<Response> {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(ref, source, options)
    } catch (error) {
      if (!(error instanceof TransientError) || attempt >= delays.length) throw error
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]))
    }
  }
}

/** A failure another attempt may not have. */
class TransientError extends Error {}

/** A 404: the API has no such repository or ref, or the token cannot see it. */
class NotFoundError extends Error {
  constructor(
    message: string,
    /** `HTTP 404: <GitHub's message>`. */
    readonly status: string
  ) {
    super(message)
  }
}

function repositoryUrl(ref: RepositoryRef, source: ApiSource): string {
  const api = source.apiUrl.replace(/\/+$/, '')
  return `${api}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`
}

/** One authenticated GET (fetch follows redirects, e.g. the tarball's 302 to codeload). */
async function get(
  url: string,
  accept: string,
  source: ApiSource,
  options: DownloadOptions
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: accept,
    'User-Agent': USER_AGENT,
    'X-GitHub-Api-Version': '2022-11-28'
  }
  if (source.token) headers.Authorization = `Bearer ${source.token}`
  const fetchImpl = options.fetchImpl ?? fetch
  return fetchImpl(url, {
    headers,
    redirect: 'follow',
    signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)
  })
}

/** One GET of the tarball. */
async function requestOnce(
  ref: RepositoryRef,
  source: ApiSource,
  options: DownloadOptions
): Promise<Response> {
  // Each ref segment is encoded on its own: `release/v1` keeps its slash, as in GitHub's own URLs.
  const refPath = ref.ref.split('/').map(encodeURIComponent).join('/')
  const url = `${repositoryUrl(ref, source)}/tarball/${refPath}`
  let response: Response
  try {
    response = await get(url, 'application/vnd.github+json', source, options)
  } catch (error) {
    throw new TransientError(
      `Unable to download action '${describe(ref)}' from ${url}: ${reasonOf(error)}`,
      { cause: error }
    )
  }
  if (response.ok) return response
  const detail = await gitHubMessage(response)
  await response.body?.cancel().catch(() => undefined)
  const status = `HTTP ${response.status}${detail ? `: ${detail}` : ''}`
  const message = httpFailure(ref, response, status, source.token !== '')
  if (response.status === 404) throw new NotFoundError(message, status)
  throw response.status >= 500 || response.status === 429
    ? new TransientError(message)
    : new Error(message)
}

function httpFailure(
  ref: RepositoryRef,
  response: Response,
  status: string,
  authenticated: boolean
): string {
  const prefix = `Unable to download action '${describe(ref)}'`
  switch (response.status) {
    case 404:
      return (
        `${prefix}: the repository or ref was not found, or the token cannot read it (${status}). ` +
        'github.token reaches only the current repository and public repositories; a private ' +
        'action in another repository needs a token that can read it.'
      )
    case 401:
      return authenticated
        ? `${prefix}: the token was rejected (${status}). Check that the token is valid and not expired.`
        : `${prefix}: authentication is required (${status}). Pass a token.`
    case 403:
      if (response.headers.get('x-ratelimit-remaining') === '0') {
        return `${prefix}: the API rate limit is exhausted (${status}).${authenticated ? '' : ' Pass a token: anonymous requests share a small rate limit.'}`
      }
      return `${prefix}: access denied (${status}). The token lacks permission to read this repository.`
    default:
      return `${prefix}: ${status}${response.statusText ? ` ${response.statusText}` : ''}`
  }
}

/** GitHub's JSON `message`, if the error body has one (short; it never contains the token). */
async function gitHubMessage(response: Response): Promise<string> {
  try {
    const text = await response.text()
    const parsed = JSON.parse(text) as { message?: unknown }
    return typeof parsed.message === 'string' ? parsed.message.slice(0, 300) : ''
  } catch {
    return ''
  }
}

/**
 * The error's message, with the underlying cause of a `fetch failed` TypeError. Duck-typed:
 * errors from fetch may come from another realm, where `instanceof Error` is false.
 */
function reasonOf(error: unknown): string {
  const message = messageOf(error)
  const cause =
    typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined
  const causeMessage = cause === undefined ? undefined : messageOf(cause)
  return causeMessage && causeMessage !== message ? `${message} (${causeMessage})` : message
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message)
  }
  return String(error)
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
