import { describe, expect, it } from '@jest/globals'
import { describeRemote, parseReference } from '../../src/catalog/reference.js'

describe('parseReference (docs/runner-emulation.md §4.1)', () => {
  it('§4.1 docker://: the image is the rest of the string', () => {
    expect(parseReference('docker://alpine:3.20')).toEqual({ kind: 'docker', image: 'alpine:3.20' })
    expect(parseReference('docker://ghcr.io/o/i@sha256:abc')).toEqual({
      kind: 'docker',
      image: 'ghcr.io/o/i@sha256:abc'
    })
  })

  it('§4.1 docker:// without an image is refused before anything runs', () => {
    expect(() => parseReference('docker://')).toThrow("Actual 'docker://'")
  })

  it('§4.1 ./ and .\\ are local, the path kept as written', () => {
    expect(parseReference('./.github/actions/x')).toEqual({
      kind: 'local',
      path: './.github/actions/x'
    })
    expect(parseReference('.\\actions\\x')).toEqual({ kind: 'local', path: '.\\actions\\x' })
  })

  it('§4.1 owner/repo@ref and owner/repo/path@ref', () => {
    expect(parseReference('actions/checkout@v4')).toEqual({
      kind: 'remote',
      owner: 'actions',
      repo: 'checkout',
      path: '',
      ref: 'v4'
    })
    expect(parseReference('github/codeql-action/init@v3')).toEqual({
      kind: 'remote',
      owner: 'github',
      repo: 'codeql-action',
      path: 'init',
      ref: 'v3'
    })
  })

  it('§4.1 segments split on / or \\, empty segments dropped; the ref may hold /', () => {
    expect(parseReference('o//r\\a/b/@release/v1')).toEqual({
      kind: 'remote',
      owner: 'o',
      repo: 'r',
      path: 'a/b',
      ref: 'release/v1'
    })
  })

  it.each([
    'actions/checkout',
    'actions/checkout@',
    'checkout@v4',
    'a/b@v1@v2',
    '@v1',
    '/checkout@v4'
  ])("§4.1 '%s' → Expected format {org}/{repo}[/path]@ref", (uses) => {
    expect(() => parseReference(uses)).toThrow(
      `Expected format {org}/{repo}[/path]@ref. Actual '${uses}'`
    )
  })

  it('§4.1 the prefixes are case-sensitive, as in the runner', () => {
    expect(() => parseReference('Docker://alpine')).toThrow('Expected format')
  })

  it('describeRemote names an action the way the runner does', () => {
    const reference = parseReference('o/r/sub/dir@v2')
    if (reference.kind !== 'remote') throw new Error('expected a remote reference')
    expect(describeRemote(reference)).toBe('o/r/sub/dir@v2')
    const root = parseReference('o/r@v2')
    if (root.kind !== 'remote') throw new Error('expected a remote reference')
    expect(describeRemote(root)).toBe('o/r@v2')
  })
})
