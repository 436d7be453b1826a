/**
 * The `allowed-actions` input (docs/runner-emulation.md §4.2 "Policy gap"): the policy's pattern
 * syntax, blocking with `!`, and the messages a refused action gets.
 */
import { describe, expect, it } from '@jest/globals'
import {
  parseAllowedActions,
  refusal,
  type AllowedActions
} from '../../src/catalog/allowed-actions.js'

function parsed(text: string): AllowedActions {
  const errors: string[] = []
  const allowed = parseAllowedActions(text, (message) => errors.push(message))
  expect(errors).toEqual([])
  if (!allowed) throw new Error('expected patterns')
  return allowed
}

function action(uses: string): { owner: string; repo: string; path: string; ref: string } {
  const [name, ref] = uses.split('@')
  const [owner, repo, ...rest] = name.split('/')
  return { owner, repo, path: rest.join('/'), ref }
}

const allows = (patterns: string, uses: string): boolean =>
  refusal(parsed(patterns), action(uses)) === undefined

describe('parseAllowedActions', () => {
  it('empty, blank or only separators: no list, so every action is allowed', () => {
    for (const text of ['', '  ', ',\n, ']) {
      expect(parseAllowedActions(text, () => expect(text).toBe('never called'))).toBeUndefined()
    }
  })

  it('entries are separated by commas or newlines and trimmed', () => {
    expect(parsed(' actions/*,\n  docker/login-action@v3 ,\n\n!actions/cache@*').entries).toEqual([
      'actions/*',
      'docker/login-action@v3',
      '!actions/cache@*'
    ])
  })

  it('an entry that is not owner/… (or *) is an input error naming it; the others still count', () => {
    const errors: string[] = []
    const allowed = parseAllowedActions('checkout, actions/*, a@b@c, owner/ ', (message) =>
      errors.push(message)
    )
    expect(errors).toEqual([
      "Input 'allowed-actions' has 'checkout', which is not a pattern like owner/repo@ref, owner/*, owner/repo/path@* or !owner/repo@ref.",
      "Input 'allowed-actions' has 'a@b@c', which is not a pattern like owner/repo@ref, owner/*, owner/repo/path@* or !owner/repo@ref.",
      "Input 'allowed-actions' has 'owner/', which is not a pattern like owner/repo@ref, owner/*, owner/repo/path@* or !owner/repo@ref."
    ])
    expect(allowed?.allow.map((pattern) => pattern.text)).toEqual(['actions/*'])
  })
})

describe('refusal', () => {
  it('owner/* covers every repository, folder and ref of the owner, and no other owner', () => {
    expect(allows('actions/*', 'actions/checkout@v4')).toBe(true)
    expect(allows('actions/*', 'actions/cache/restore@v4')).toBe(true)
    expect(allows('actions/*', 'actions-x/checkout@v4')).toBe(false)
    expect(allows('actions/*', 'evil/actions@v1')).toBe(false)
  })

  it('a ref in the pattern must match exactly (with * as any text); no @ means any ref', () => {
    expect(allows('docker/login-action@v3', 'docker/login-action@v3')).toBe(true)
    expect(allows('docker/login-action@v3', 'docker/login-action@v3.1')).toBe(false)
    expect(allows('docker/login-action@v3*', 'docker/login-action@v3.1')).toBe(true)
    expect(allows('docker/login-action', 'docker/login-action@main')).toBe(true)
    // Refs are case-sensitive in git; names are not on GitHub.
    expect(allows('docker/login-action@V3', 'docker/login-action@v3')).toBe(false)
    expect(allows('Docker/Login-Action@v3', 'docker/login-action@v3')).toBe(true)
  })

  it('a repository pattern covers the actions in its folders; a folder pattern only its folder', () => {
    expect(allows('octo/tools@*', 'octo/tools/lint@v1')).toBe(true)
    expect(allows('octo/tools/lint@*', 'octo/tools/lint@v1')).toBe(true)
    expect(allows('octo/tools/lint@*', 'octo/tools/test@v1')).toBe(false)
    expect(allows('octo/tools/lint@*', 'octo/tools@v1')).toBe(false)
  })

  it('* in a name is any text, and the rest of the pattern is literal (no regex)', () => {
    expect(allows('octo/deploy-*@*', 'octo/deploy-aws@v1')).toBe(true)
    expect(allows('octo/a.b@*', 'octo/axb@v1')).toBe(false)
    expect(allows('octo/a.b@*', 'octo/a.b@v1')).toBe(true)
    expect(allows('*', 'anyone/anything@v0')).toBe(true)
  })

  it('! blocks, before any allowing pattern; only ! entries allow everything else', () => {
    expect(refusal(parsed('actions/*, !actions/cache@*'), action('actions/cache@v4'))).toBe(
      'The action actions/cache@v4 is not allowed: the allowed-actions input blocks it (!actions/cache@*).'
    )
    expect(allows('actions/*, !actions/cache@*', 'actions/checkout@v4')).toBe(true)
    expect(allows('!actions/cache@*', 'someone/else@v1')).toBe(true)
    // Blocking a repository blocks the actions in its folders.
    expect(allows('!actions/cache', 'actions/cache/save@v4')).toBe(false)
  })

  it('a refused action is named with its folder and ref, and the message lists the patterns', () => {
    expect(refusal(parsed('actions/*\ndocker/*@v3'), action('evil/tools/steal@v1'))).toBe(
      'The action evil/tools/steal@v1 is not allowed: it matches none of the patterns of the ' +
        'allowed-actions input: actions/*, docker/*@v3.'
    )
  })
})
