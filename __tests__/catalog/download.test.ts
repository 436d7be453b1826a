import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  downloadAction,
  DownloadsInFlight,
  type DownloadOptions
} from '../../src/catalog/download.js'
import { failure, redirect, startApiServer, tarball, type ApiServer } from './api-server.js'
import { ARCHIVE_COMMIT, repositoryArchive, tarGz } from './tar-writer.js'

let server: ApiServer
let sandbox: string
let options: DownloadOptions

beforeAll(async () => {
  server = await startApiServer()
})

afterAll(async () => {
  await server.close()
})

beforeEach(async () => {
  server.requests.length = 0
  server.routes.clear()
  sandbox = await fs.mkdtemp(path.join(os.tmpdir(), 'download-'))
  // No pauses between attempts here; the retry tests below set their own.
  options = {
    apiUrl: server.url,
    token: 'secret-token',
    cacheDir: path.join(sandbox, '_actions'),
    retry: { retries: 0, baseDelayMs: 0 },
    inFlight: new DownloadsInFlight()
  }
})

afterEach(async () => {
  await fs.rm(sandbox, { recursive: true, force: true })
})

const ARCHIVE = repositoryArchive('o-r-abc1234', {
  'action.yml': 'name: test\nruns:\n  using: node20\n  main: index.js\n',
  'index.js': 'console.log("hi")\n'
})

describe('downloadAction (docs/runner-emulation.md §4.2)', () => {
  it('§4.2 GET /repos/{o}/{r}/tarball/{ref} with Bearer auth → _actions/o/r/ref + watermark', async () => {
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    const folder = await downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)
    expect(folder).toBe(path.join(options.cacheDir, 'o', 'r', 'v1'))
    expect((await fs.readdir(folder)).sort()).toEqual(['action.yml', 'index.js'])
    expect(existsSync(path.join(options.cacheDir, 'o', 'r', 'v1.completed'))).toBe(true)
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0].headers.authorization).toBe('Bearer secret-token')
    expect(server.requests[0].headers['user-agent']).toBeTruthy()
    // Nothing else is left beside the folder (no archive, no staging folder).
    expect((await fs.readdir(path.join(options.cacheDir, 'o', 'r'))).sort()).toEqual([
      'v1',
      'v1.completed'
    ])
  })

  it('§4.2 follows the 302 to codeload', async () => {
    server.routes.set('/repos/o/r/tarball/v2', redirect('/codeload/o/r/legacy.tar.gz/v2'))
    server.routes.set('/codeload/o/r/legacy.tar.gz/v2', tarball(ARCHIVE))
    const folder = await downloadAction({ owner: 'o', repo: 'r', ref: 'v2' }, options)
    expect(server.requests.map((r) => r.url)).toEqual([
      '/repos/o/r/tarball/v2',
      '/codeload/o/r/legacy.tar.gz/v2'
    ])
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
  })

  it('§4.2 a ref with / becomes nested folders; the watermark sits beside the last one', async () => {
    server.routes.set('/repos/o/r/tarball/release/v1', tarball(ARCHIVE))
    const folder = await downloadAction({ owner: 'o', repo: 'r', ref: 'release/v1' }, options)
    expect(folder).toBe(path.join(options.cacheDir, 'o', 'r', 'release', 'v1'))
    expect(existsSync(path.join(options.cacheDir, 'o', 'r', 'release', 'v1.completed'))).toBe(true)
  })

  it('§4.2 no Authorization header when the token is empty', async () => {
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    await downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, { ...options, token: '' })
    expect(server.requests[0].headers.authorization).toBeUndefined()
  })

  it('§4.2 single-flight: concurrent callers for one ref share one request', async () => {
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    const ref = { owner: 'o', repo: 'r', ref: 'v1' }
    const folders = await Promise.all([1, 2, 3, 4, 5].map(async () => downloadAction(ref, options)))
    expect(new Set(folders).size).toBe(1)
    expect(server.requests).toHaveLength(1)
  })

  it('§4.2 reuse: with the watermark in place there is no second request', async () => {
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    const ref = { owner: 'o', repo: 'r', ref: 'v1' }
    const lines: string[] = []
    const first = await downloadAction(ref, { ...options, log: (line) => lines.push(line) })
    const second = await downloadAction(ref, { ...options, log: (line) => lines.push(line) })
    expect(second).toBe(first)
    expect(server.requests).toHaveLength(1)
    // Only the download is told, as the runner prints its line only when it downloads.
    expect(lines).toHaveLength(1)
  })

  it("§4.2 the runner's log line names the commit the archive holds (git archive's pax comment)", async () => {
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    const lines: string[] = []
    await downloadAction(
      { owner: 'o', repo: 'r', ref: 'v1' },
      { ...options, log: (line) => lines.push(line) }
    )
    expect(lines).toEqual([`Download action repository 'o/r@v1' (SHA:${ARCHIVE_COMMIT})`])
  })

  it('§4.2 without a pax comment the log line has the short SHA of the top folder', async () => {
    const bare = repositoryArchive('o-r-1f2e3d4', { 'action.yml': 'x: 1\n' }, null)
    server.routes.set('/repos/o/r/tarball/v1', tarball(bare))
    const lines: string[] = []
    await downloadAction(
      { owner: 'o', repo: 'r', ref: 'v1' },
      { ...options, log: (line) => lines.push(line) }
    )
    expect(lines).toEqual(["Download action repository 'o/r@v1' (SHA:1f2e3d4)"])
  })

  it('§4.2 a folder without its watermark is a broken attempt and is replaced', async () => {
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    const stale = path.join(options.cacheDir, 'o', 'r', 'v1')
    await fs.mkdir(stale, { recursive: true })
    await fs.writeFile(path.join(stale, 'half-written'), '')
    await downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)
    expect((await fs.readdir(stale)).sort()).toEqual(['action.yml', 'index.js'])
    expect(server.requests).toHaveLength(1)
  })

  it('§4.2 404 → not found or no access, naming the action and the token reach', async () => {
    const error = await downloadAction({ owner: 'o', repo: 'private', ref: 'v9' }, options).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error
    )
    expect(error.message).toContain("Unable to download action 'o/private@v9'")
    expect(error.message).toContain('not found, or the token cannot read it (HTTP 404: Not Found)')
    expect(error.message).toContain('github.token reaches only the current repository')
    expect(error.message).not.toContain('secret-token')
  })

  it('§4.2 401 → the token was rejected', async () => {
    server.routes.set('/repos/o/r/tarball/v1', failure(401, 'Bad credentials'))
    await expect(downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)).rejects.toThrow(
      "Unable to download action 'o/r@v1': the token was rejected (HTTP 401: Bad credentials)"
    )
  })

  it('§4.2 403 → access denied, or the rate limit when the API says so', async () => {
    server.routes.set('/repos/o/r/tarball/v1', failure(403, 'Resource not accessible'))
    await expect(downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)).rejects.toThrow(
      "Unable to download action 'o/r@v1': access denied (HTTP 403: Resource not accessible)"
    )
    server.routes.set(
      '/repos/o/r/tarball/v2',
      failure(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' })
    )
    await expect(
      downloadAction({ owner: 'o', repo: 'r', ref: 'v2' }, { ...options, token: '' })
    ).rejects.toThrow(/rate limit is exhausted .*Pass a token/)
  })

  it('a failed download is not remembered: the next call asks again', async () => {
    server.routes.set('/repos/o/r/tarball/v1', failure(500, 'boom'))
    await expect(downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)).rejects.toThrow(
      'HTTP 500: boom'
    )
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    await downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)
    expect(server.requests).toHaveLength(2)
    // The failure left no folder or watermark behind.
    expect(existsSync(path.join(options.cacheDir, 'o', 'r', 'v1.completed'))).toBe(true)
  })

  it('§4.2 a 5xx or 429 answer is tried again (3 attempts in all); the third success is used', async () => {
    let calls = 0
    server.routes.set('/repos/o/r/tarball/v1', (response, api) => {
      calls += 1
      if (calls < 3) failure(calls === 1 ? 502 : 429, 'try later')(response, api)
      else tarball(ARCHIVE)(response, api)
    })
    const folder = await downloadAction(
      { owner: 'o', repo: 'r', ref: 'v1' },
      { ...options, retry: { retries: 2, baseDelayMs: 0 } }
    )
    expect(calls).toBe(3)
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
  })

  it('§4.2 after the last attempt the error says what happened; 404 and 401 are never retried', async () => {
    server.routes.set('/repos/o/r/tarball/v1', failure(503, 'maintenance'))
    await expect(
      downloadAction(
        { owner: 'o', repo: 'r', ref: 'v1' },
        { ...options, retry: { retries: 2, baseDelayMs: 0 } }
      )
    ).rejects.toThrow('HTTP 503: maintenance')
    expect(server.requests.filter((r) => r.url === '/repos/o/r/tarball/v1')).toHaveLength(3)
    server.routes.set('/repos/o/r/tarball/v2', failure(401, 'Bad credentials'))
    await expect(
      downloadAction(
        { owner: 'o', repo: 'r', ref: 'v2' },
        { ...options, retry: { retries: 2, baseDelayMs: 0 } }
      )
    ).rejects.toThrow('HTTP 401')
    expect(server.requests.filter((r) => r.url === '/repos/o/r/tarball/v2')).toHaveLength(1)
  })

  it('§4.2 a 404 or a 403 is never retried either', async () => {
    const retry = { retries: 2, baseDelayMs: 0 }
    await expect(
      downloadAction({ owner: 'o', repo: 'gone', ref: 'v1' }, { ...options, retry })
    ).rejects.toThrow('HTTP 404')
    server.routes.set('/repos/o/r/tarball/v1', failure(403, 'Resource not accessible'))
    await expect(
      downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, { ...options, retry })
    ).rejects.toThrow('HTTP 403')
    expect(server.requests.map((r) => r.url)).toEqual([
      '/repos/o/gone/tarball/v1',
      '/repos/o/r/tarball/v1'
    ])
  })

  it('§4.2 a network error (the connection reset) is tried again; the next answer is used', async () => {
    let calls = 0
    server.routes.set('/repos/o/r/tarball/v1', (response, api) => {
      calls += 1
      if (calls === 1) response.socket?.destroy()
      else tarball(ARCHIVE)(response, api)
    })
    const folder = await downloadAction(
      { owner: 'o', repo: 'r', ref: 'v1' },
      { ...options, retry: { retries: 2, baseDelayMs: 0 } }
    )
    expect(calls).toBe(2)
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
  })

  it('§4.2 the n-th retry waits n² × baseDelayMs (a 502, a 502, then the archive)', async () => {
    const times: number[] = []
    server.routes.set('/repos/o/r/tarball/v1', (response, api) => {
      times.push(performance.now())
      if (times.length < 3) failure(502, 'Bad Gateway')(response, api)
      else tarball(ARCHIVE)(response, api)
    })
    await downloadAction(
      { owner: 'o', repo: 'r', ref: 'v1' },
      { ...options, retry: { retries: 2, baseDelayMs: 100 } }
    )
    expect(times).toHaveLength(3)
    // Timers never fire early (a millisecond of rounding aside); a busy machine only adds.
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(99)
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(399)
  })

  it('§4.2 a network failure reports the network error and the action', async () => {
    const closed = await startApiServer()
    await closed.close()
    await expect(
      downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, { ...options, apiUrl: closed.url })
    ).rejects.toThrow(/Unable to download action 'o\/r@v1' from .*fetch failed.*ECONNREFUSED/)
  })

  it('refuses owner, repo or ref names that would leave the cache folder, without a request', async () => {
    for (const ref of [
      { owner: '..', repo: 'r', ref: 'v1' },
      { owner: 'o', repo: '.', ref: 'v1' },
      { owner: 'o', repo: 'r', ref: '../../x' },
      { owner: 'o', repo: 'r', ref: 'a\\b' }
    ]) {
      await expect(downloadAction(ref, options)).rejects.toThrow(
        /invalid (owner|repository|ref) name/
      )
    }
    expect(server.requests).toHaveLength(0)
  })

  it('§7.6 a hostile tarball is refused and nothing is written outside the cache', async () => {
    const hostile = [
      [
        { name: 'o-r-1/', type: 'dir' as const },
        { name: 'o-r-1/../../../x', data: 'escaped' }
      ],
      [{ name: '/tmp/x', data: 'escaped' }],
      [{ name: path.join(sandbox, 'absolute-x'), data: 'escaped' }],
      [
        { name: 'o-r-1/', type: 'dir' as const },
        { name: 'o-r-1/link', type: 'symlink' as const, linkName: '../../../../..' },
        { name: 'o-r-1/link/x', data: 'escaped' }
      ]
    ]
    const sandboxBefore = await fs.readdir(sandbox)
    for (const [index, entries] of hostile.entries()) {
      server.routes.set(`/repos/o/r/tarball/bad${index}`, tarball(tarGz(entries)))
      await expect(
        downloadAction({ owner: 'o', repo: 'r', ref: `bad${index}` }, options)
      ).rejects.toThrow(/Unable to extract action 'o\/r@bad\d': Refusing to extract/)
    }
    // Only the (empty) cache folders were created: no files, no watermark, nothing beside them.
    expect((await fs.readdir(sandbox)).sort()).toEqual([...sandboxBefore, '_actions'].sort())
    expect(await fs.readdir(path.join(options.cacheDir, 'o', 'r'))).toEqual([])
    expect(existsSync(path.join(sandbox, 'absolute-x'))).toBe(false)
  })
})

describe('downloadAction: short SHAs (docs/runner-emulation.md §4.2 "Short SHAs")', () => {
  const FULL = 'abc1234' + '5'.repeat(33)

  it("§4.2 a shortened commit SHA is refused with GitHub's message naming the full SHA", async () => {
    server.routes.set('/repos/o/r/tarball/abc1234', tarball(ARCHIVE))
    server.routes.set('/repos/o/r/commits/abc1234', (response) => {
      response.writeHead(200, { 'Content-Type': 'application/vnd.github.sha' })
      response.end(FULL)
    })
    await expect(
      downloadAction({ owner: 'o', repo: 'r', ref: 'abc1234' }, options)
    ).rejects.toThrow(
      'Unable to resolve action `o/r@abc1234`, the provided ref `abc1234` is the shortened ' +
        'version of a commit SHA, which is not supported. Please use the full commit SHA ' +
        `\`${FULL}\` instead.`
    )
    const lookup = server.requests.find((r) => r.url === '/repos/o/r/commits/abc1234')
    expect(lookup?.headers.accept).toBe('application/vnd.github.sha')
    expect(lookup?.headers.authorization).toBe('Bearer secret-token')
    // Nothing was extracted or marked as done.
    expect(existsSync(path.join(options.cacheDir, 'o', 'r', 'abc1234.completed'))).toBe(false)
    expect(existsSync(path.join(options.cacheDir, 'o', 'r', 'abc1234'))).toBe(false)
  })

  it('§4.2 a hex-looking tag or branch that is not a prefix of its commit is downloaded', async () => {
    server.routes.set('/repos/o/r/tarball/beef', tarball(ARCHIVE))
    server.routes.set('/repos/o/r/commits/beef', (response) => {
      response.writeHead(200)
      response.end(FULL)
    })
    const folder = await downloadAction({ owner: 'o', repo: 'r', ref: 'beef' }, options)
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
  })

  it('§4.2 a hex-looking ref the commit lookup does not know (404) is downloaded', async () => {
    server.routes.set('/repos/o/r/tarball/2024', tarball(ARCHIVE))
    const folder = await downloadAction({ owner: 'o', repo: 'r', ref: '2024' }, options)
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
    expect(server.requests.map((r) => r.url)).toEqual([
      '/repos/o/r/tarball/2024',
      '/repos/o/r/commits/2024'
    ])
  })

  it('§4.2 a full SHA, and a ref that is not hex, need no lookup', async () => {
    server.routes.set(`/repos/o/r/tarball/${FULL}`, tarball(ARCHIVE))
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    await downloadAction({ owner: 'o', repo: 'r', ref: FULL }, options)
    await downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)
    expect(server.requests.map((r) => r.url)).toEqual([
      `/repos/o/r/tarball/${FULL}`,
      '/repos/o/r/tarball/v1'
    ])
  })
})

describe('downloadAction: the github.com fallback of another API (docs/runner-emulation.md §4.2 "GHES")', () => {
  let github: ApiServer
  let lines: string[]

  beforeEach(async () => {
    github = await startApiServer()
    lines = []
    options = {
      ...options,
      fallback: { apiUrl: github.url, token: 'fallback-secret' },
      log: (line) => lines.push(line)
    }
  })

  afterEach(async () => {
    await github.close()
  })

  it('§4.2 an action the first API answers 404 for comes from the fallback, with its own token', async () => {
    github.routes.set('/repos/actions/setup-node/tarball/v4', tarball(ARCHIVE))
    const folder = await downloadAction(
      { owner: 'actions', repo: 'setup-node', ref: 'v4' },
      options
    )
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
    expect(server.requests.map((r) => r.url)).toEqual(['/repos/actions/setup-node/tarball/v4'])
    expect(github.requests).toHaveLength(1)
    // The first API's token never reaches the other server.
    expect(github.requests[0].headers.authorization).toBe('Bearer fallback-secret')
    expect(lines).toEqual([
      `'actions/setup-node' is not on ${server.url}: downloaded from ${github.url}`,
      `Download action repository 'actions/setup-node@v4' (SHA:${ARCHIVE_COMMIT})`
    ])
  })

  it('§4.2 an action the first API has is not looked for elsewhere', async () => {
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    await downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)
    expect(github.requests).toHaveLength(0)
    expect(lines).toEqual([`Download action repository 'o/r@v1' (SHA:${ARCHIVE_COMMIT})`])
  })

  it('§4.2 only a 404 falls back: a token problem on the first API is reported as it is', async () => {
    server.routes.set('/repos/o/r/tarball/v1', failure(401, 'Bad credentials'))
    await expect(downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, options)).rejects.toThrow(
      'the token was rejected (HTTP 401: Bad credentials)'
    )
    expect(github.requests).toHaveLength(0)
  })

  it('§4.2 not on either: the error names both answers', async () => {
    await expect(downloadAction({ owner: 'o', repo: 'gone', ref: 'v1' }, options)).rejects.toThrow(
      new RegExp(
        `^Unable to download action 'o/gone@v1': the repository or ref was not found.*` +
          `It is not on ${github.url} either \\(HTTP 404: Not Found\\)\\.$`
      )
    )
  })

  it('§4.2 a fallback that cannot be reached (a server without internet) says so', async () => {
    await github.close()
    github = await startApiServer() // closed again in afterEach; this one is never asked
    const closed = await startApiServer()
    await closed.close()
    await expect(
      downloadAction(
        { owner: 'o', repo: 'r', ref: 'v1' },
        { ...options, fallback: { apiUrl: closed.url, token: '' } }
      )
    ).rejects.toThrow(new RegExp(`not found.*Looking on ${closed.url} failed too: .*ECONNREFUSED`))
  })

  it('§4.2 a shortened SHA is refused on the fallback too', async () => {
    const full = 'abc1234' + '0'.repeat(33)
    github.routes.set('/repos/o/r/tarball/abc1234', tarball(ARCHIVE))
    github.routes.set('/repos/o/r/commits/abc1234', (response) => {
      response.writeHead(200)
      response.end(full)
    })
    await expect(
      downloadAction({ owner: 'o', repo: 'r', ref: 'abc1234' }, options)
    ).rejects.toThrow('is the shortened version of a commit SHA')
    expect(github.requests.map((r) => r.url)).toContain('/repos/o/r/commits/abc1234')
  })
})
