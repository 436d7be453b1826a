import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { downloadAction, type DownloadOptions } from '../../src/actions/download.js'
import { failure, redirect, startApiServer, tarball, type ApiServer } from './api-server.js'
import { repositoryArchive, tarGz } from './tar-writer.js'

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
    retryDelaysMs: []
  }
})

afterEach(async () => {
  await fs.rm(sandbox, { recursive: true, force: true })
})

const ARCHIVE = repositoryArchive('o-r-abc1234', {
  'action.yml': 'name: test\nruns:\n  using: node20\n  main: index.js\n',
  'index.js': 'console.log("hi")\n'
})

describe('downloadAction (spec/runner-emulation.md §4.2)', () => {
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
    const first = await downloadAction(ref, options)
    const second = await downloadAction(ref, options)
    expect(second).toBe(first)
    expect(server.requests).toHaveLength(1)
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
      { ...options, retryDelaysMs: [0, 0] }
    )
    expect(calls).toBe(3)
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
  })

  it('§4.2 after the last attempt the error says what happened; 404 and 401 are never retried', async () => {
    server.routes.set('/repos/o/r/tarball/v1', failure(503, 'maintenance'))
    await expect(
      downloadAction({ owner: 'o', repo: 'r', ref: 'v1' }, { ...options, retryDelaysMs: [0, 0] })
    ).rejects.toThrow('HTTP 503: maintenance')
    expect(server.requests.filter((r) => r.url === '/repos/o/r/tarball/v1')).toHaveLength(3)
    server.routes.set('/repos/o/r/tarball/v2', failure(401, 'Bad credentials'))
    await expect(
      downloadAction({ owner: 'o', repo: 'r', ref: 'v2' }, { ...options, retryDelaysMs: [0, 0] })
    ).rejects.toThrow('HTTP 401')
    expect(server.requests.filter((r) => r.url === '/repos/o/r/tarball/v2')).toHaveLength(1)
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
