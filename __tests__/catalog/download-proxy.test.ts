/**
 * Downloads through a forward proxy (docs/runner-emulation.md §4.2), with @actions/http-client's
 * proxy rules: the API, its redirect to codeload and the github.com fallback. The APIs' host
 * names end in `.invalid` and never resolve, so only the proxy can reach them.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  downloadAction,
  DownloadsInFlight,
  type DownloadOptions
} from '../../src/catalog/download.js'
import { redirect, startApiServer, tarball, type ApiServer } from './api-server.js'
import { startForwardProxy, type ForwardProxy } from './forward-proxy.js'
import { repositoryArchive } from './tar-writer.js'

/** Read by the toolkit at request time: cleared before each test, restored after it. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']
const BYPASS_VARIABLES = ['NO_PROXY', 'no_proxy']

const ARCHIVE = repositoryArchive('o-r-abc1234', {
  'action.yml': 'name: test\nruns:\n  using: node20\n  main: index.js\n'
})
const REF = { owner: 'o', repo: 'r', ref: 'v1' }
/** The name does not resolve: the download fails before any request reaches a server. */
const UNRESOLVED =
  /Unable to download action 'o\/r@v1' from http:\/\/api\.github\.invalid:\d+\/.*(ENOTFOUND|EAI_AGAIN)/

let server: ApiServer
let proxy: ForwardProxy
let sandbox: string
let options: DownloadOptions
let saved: Map<string, string | undefined>

beforeAll(async () => {
  server = await startApiServer()
  proxy = await startForwardProxy()
})

afterAll(async () => {
  await Promise.all([server.close(), proxy.close()])
})

beforeEach(async () => {
  saved = new Map(
    [...PROXY_VARIABLES, ...BYPASS_VARIABLES].map((name) => [name, process.env[name]])
  )
  for (const name of saved.keys()) delete process.env[name]
  server.requests.length = 0
  server.routes.clear()
  proxy.forwarded.length = 0
  proxy.hosts.length = 0
  sandbox = await fs.mkdtemp(path.join(os.tmpdir(), 'download-proxy-'))
  options = {
    apiUrl: `http://api.github.invalid:${server.port}`,
    token: 'secret-token',
    cacheDir: path.join(sandbox, '_actions'),
    retry: { retries: 0, baseDelayMs: 0 },
    inFlight: new DownloadsInFlight()
  }
  // The tarball endpoint answers 302 to codeload, another host that only the proxy reaches.
  server.routes.set(
    '/repos/o/r/tarball/v1',
    redirect('/codeload/o/r/legacy.tar.gz/v1', `http://codeload.github.invalid:${server.port}`)
  )
  server.routes.set('/codeload/o/r/legacy.tar.gz/v1', tarball(ARCHIVE))
})

afterEach(async () => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await fs.rm(sandbox, { recursive: true, force: true })
})

describe('downloadAction through a proxy (docs/runner-emulation.md §4.2)', () => {
  it('§4.2 no proxy for http URLs (HTTPS_PROXY only): the API host name does not resolve', async () => {
    process.env.HTTPS_PROXY = proxy.url
    await expect(downloadAction(REF, options)).rejects.toThrow(UNRESOLVED)
    expect(proxy.hosts).toEqual([])
    expect(server.requests).toEqual([])
  })

  it.each(['HTTP_PROXY', 'http_proxy'])(
    '§4.2 %s: the API and its 302 to codeload both go through the proxy',
    async (variable) => {
      process.env[variable] = proxy.url
      const folder = await downloadAction(REF, options)
      expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
      expect(proxy.hosts).toEqual([
        `api.github.invalid:${server.port}`,
        `codeload.github.invalid:${server.port}`
      ])
      expect(server.requests.map((r) => [r.url, r.headers.host, r.headers.authorization])).toEqual([
        ['/repos/o/r/tarball/v1', `api.github.invalid:${server.port}`, 'Bearer secret-token'],
        // fetch drops the token on the cross-origin hop to codeload.
        ['/codeload/o/r/legacy.tar.gz/v1', `codeload.github.invalid:${server.port}`, undefined]
      ])
    }
  )

  it.each(['HTTPS_PROXY', 'https_proxy'])(
    '§4.2 %s carries an https API; the http proxy variable does not',
    async (variable) => {
      const httpOnly = await startForwardProxy()
      try {
        process.env.http_proxy = httpOnly.url
        process.env[variable] = proxy.url
        const apiUrl = `https://api.github.invalid:${server.port}`
        // The test API speaks plain HTTP, so TLS fails inside the tunnel: the proxy's record
        // is what this test is about.
        await expect(downloadAction(REF, { ...options, apiUrl })).rejects.toThrow(
          `Unable to download action 'o/r@v1' from ${apiUrl}/repos/o/r/tarball/v1`
        )
        expect(proxy.hosts).toEqual([`api.github.invalid:${server.port}`])
        expect(httpOnly.hosts).toEqual([])
      } finally {
        await httpOnly.close()
      }
    }
  )

  it.each(['NO_PROXY', 'no_proxy'])(
    '§4.2 %s naming the API host: the request goes direct and the proxy sees nothing',
    async (variable) => {
      process.env.HTTP_PROXY = proxy.url
      process.env[variable] = 'example.com, api.github.invalid'
      // Direct, the name does not resolve; through the proxy it would have been downloaded.
      await expect(downloadAction(REF, options)).rejects.toThrow(UNRESOLVED)
      expect(proxy.hosts).toEqual([])
    }
  )

  it('§4.2 a loopback API (127.0.0.1) is always reached directly, as the toolkit does', async () => {
    process.env.HTTP_PROXY = proxy.url
    server.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
    const folder = await downloadAction(REF, { ...options, apiUrl: server.url })
    expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
    expect(proxy.hosts).toEqual([])
  })

  it('§4.2 GHES fallback: the first API answers 404, the fallback is reached through the proxy with its own token only', async () => {
    const github = await startApiServer()
    try {
      server.routes.clear() // the first API has no such action: 404
      github.routes.set('/repos/o/r/tarball/v1', tarball(ARCHIVE))
      process.env.HTTP_PROXY = proxy.url
      const fallbackUrl = `http://github.invalid:${github.port}`
      const lines: string[] = []
      const folder = await downloadAction(REF, {
        ...options,
        fallback: { apiUrl: fallbackUrl, token: 'fallback-secret' },
        log: (line) => lines.push(line)
      })
      expect(existsSync(path.join(folder, 'action.yml'))).toBe(true)
      expect(proxy.hosts).toEqual([
        `api.github.invalid:${server.port}`,
        `github.invalid:${github.port}`
      ])
      expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer secret-token'])
      expect(github.requests.map((r) => r.headers.authorization)).toEqual([
        'Bearer fallback-secret'
      ])
      expect(lines[0]).toBe(`'o/r' is not on ${options.apiUrl}: downloaded from ${fallbackUrl}`)
    } finally {
      await github.close()
    }
  })
})
