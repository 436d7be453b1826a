/**
 * The inputs for downloading nested actions (docs/runner-emulation.md §4.2): `fallback-api-url`
 * and `fallback-token` (GHES → github.com, as GitHub Connect), and `allowed-actions`.
 */
import { describe, expect, it } from '@jest/globals'
import { resolveOptionsFor } from '../../src/executors/prelude.js'
import type { Settings } from '../../src/settings.js'
import { settingsWith } from './with-inputs.js'

function optionsFor(apiUrl: string | undefined, inputs: Record<string, string>) {
  const { settings, errors } = settingsWith({ token: 'job-token', ...inputs })
  expect(errors).toEqual([])
  return resolveOptionsFor(
    apiUrl === undefined ? {} : { GITHUB_API_URL: apiUrl },
    settings as Settings,
    '/work/_temp',
    () => undefined
  )
}

describe('fallback-api-url and fallback-token', () => {
  it('§4.2 GHES: github.com is the fallback, with the fallback token, never the job token', () => {
    const options = optionsFor('https://ghes.example/api/v3/', {
      'fallback-api-url': 'https://api.github.com/',
      'fallback-token': 'gh-token'
    })
    expect(options.apiUrl).toBe('https://ghes.example/api/v3')
    expect(options.token).toBe('job-token')
    expect(options.fallback).toEqual({ apiUrl: 'https://api.github.com', token: 'gh-token' })
    expect(options.cacheDir).toBe('/work/_actions')
  })

  it('§4.2 on github.com itself (or without GITHUB_API_URL) there is nothing to fall back to', () => {
    expect(
      optionsFor('https://api.github.com', { 'fallback-api-url': 'https://api.github.com' })
        .fallback
    ).toBeUndefined()
    expect(
      optionsFor(undefined, { 'fallback-api-url': 'https://api.github.com' }).fallback
    ).toBeUndefined()
  })

  it('§4.2 empty turns the fallback off (a server without internet access)', () => {
    expect(optionsFor('https://ghes.example/api/v3', { 'fallback-api-url': '' }).fallback).toBe(
      undefined
    )
  })

  it('a fallback that is not an http(s) URL is an input error naming the input', () => {
    const { errors } = settingsWith({ 'fallback-api-url': 'api.github.com' })
    expect(errors).toEqual([
      { message: "Input 'fallback-api-url' must be an http(s) URL or empty, got 'api.github.com'." }
    ])
  })
})

describe('allowed-actions', () => {
  it('empty allows everything; patterns reach the download options', () => {
    expect(optionsFor(undefined, {}).allowedActions).toBeUndefined()
    expect(
      optionsFor(undefined, { 'allowed-actions': 'actions/*, !actions/cache' }).allowedActions
        ?.entries
    ).toEqual(['actions/*', '!actions/cache'])
  })

  it('a malformed pattern is an input error, reported with the other input errors', () => {
    const { settings, errors } = settingsWith({
      'allowed-actions': 'checkout',
      'max-concurrency': '0'
    })
    expect(settings).toBeUndefined()
    expect(errors.map((error) => error.message)).toEqual([
      "Input 'max-concurrency' must be a positive integer or 'auto', got '0'.",
      "Input 'allowed-actions' has 'checkout', which is not a pattern like owner/repo@ref, owner/*, owner/repo/path@* or !owner/repo@ref."
    ])
  })
})
