import { describe, expect, it } from '@jest/globals'
import { data } from '@actions/expressions'
import {
  baseEnvContext,
  contextDictionary,
  envContextData,
  fromExpressionData,
  githubContext,
  runnerContext,
  toExpressionData
} from '../../src/expressions/contexts.js'
import {
  evaluateIf,
  evaluateTemplate,
  type ExpressionScope
} from '../../src/expressions/evaluate.js'

const ENV: NodeJS.ProcessEnv = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_PROTECTED: 'false',
  GITHUB_RUN_ID: '123',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/repo',
  GITHUB_WORKSPACE: '/work/repo',
  GITHUB_TOKEN_SOMETHING: 'not-in-the-allow-list',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_TEMP: '/tmp/runner',
  RUNNER_TRACKING_ID: 'not-in-the-list',
  INPUT_STEPS: '- run: echo',
  STATE_X: 'state',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  PATH: '/usr/bin',
  MY_VAR: 'mine',
  lower_case: 'kept'
}

describe('githubContext (expressions §3.2)', () => {
  const github = githubContext(ENV, { head_commit: { message: 'Fix' } }, 'ghs_token')

  it('§3.2: maps the allow-listed GITHUB_* variables to lower-case keys', () => {
    expect(github).toMatchObject({
      event_name: 'push',
      ref: 'refs/heads/main',
      run_id: '123',
      repository: 'octo/repo',
      workspace: '/work/repo',
      server_url: 'https://github.com'
    })
    expect(github).not.toHaveProperty('token_something')
  })

  it('§3.2: ref_protected is a boolean, other values stay strings', () => {
    expect(github.ref_protected).toBe(false)
    expect(
      githubContext({ GITHUB_REF_PROTECTED: 'true' }, undefined, undefined).ref_protected
    ).toBe(true)
    expect(typeof github.run_id).toBe('string')
  })

  it('§3.2: adds the event, the token and repositoryUrl', () => {
    expect(github.event).toEqual({ head_commit: { message: 'Fix' } })
    expect(github.token).toBe('ghs_token')
    expect(github.repositoryUrl).toBe('git://github.com/octo/repo.git')
  })

  it('§3.2: without an event or token: event is {}, no token key', () => {
    const bare = githubContext({}, undefined, '')
    expect(bare).toEqual({ event: {} })
  })
})

describe('runnerContext (expressions §3.2)', () => {
  it('§3.2: uses the fixed RUNNER_* list only', () => {
    expect(runnerContext(ENV)).toEqual({ os: 'Linux', arch: 'X64', temp: '/tmp/runner' })
  })
})

describe('baseEnvContext (expressions §3.2)', () => {
  it("§3.2: drops INPUT_*, STATE_*, ACTIONS_* and the runner's own GITHUB_*/RUNNER_* variables, and keeps the rest", () => {
    expect(baseEnvContext(ENV)).toEqual({
      // Not a variable the runner sets: a user's own, from the workflow or job env.
      GITHUB_TOKEN_SOMETHING: 'not-in-the-allow-list',
      PATH: '/usr/bin',
      MY_VAR: 'mine',
      lower_case: 'kept'
    })
  })

  it('§3.2: a job-level GITHUB_TOKEN (a common env: entry) stays in the env context', () => {
    expect(
      baseEnvContext({ GITHUB_TOKEN: 'ghs_x', GITHUB_SHA: 'abc', GITHUB_ACTIONS: 'true' })
    ).toEqual({
      GITHUB_TOKEN: 'ghs_x'
    })
  })

  it('§3.2: prefixes and names are matched whatever their case', () => {
    expect(baseEnvContext({ input_x: '1', Actions_Y: '2', Github_Sha: '3', KEEP: '4' })).toEqual({
      KEEP: '4'
    })
  })
})

describe('§3.2 tested evaluations', () => {
  const scope: ExpressionScope = {
    contexts: {
      github: githubContext(ENV, {}, undefined),
      runner: runnerContext(ENV),
      env: baseEnvContext(ENV),
      steps: {},
      job: { status: 'success' },
      // As readSettings makes them of the JSON inputs (__tests__/settings/json-inputs.test.ts).
      strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1 },
      matrix: null,
      secrets: {},
      vars: {},
      inputs: {}
    },
    status: 'success',
    cancelled: false,
    workspace: process.cwd()
  }
  const table: [string, unknown][] = [
    ['GITHUB.Event_Name', 'push'],
    ['github.ref_protected == false', true],
    ['github.run_id == 123', true],
    ["runner.os == 'linux'", true],
    ['strategy.job-index', 0],
    ['toJSON(matrix)', 'null'],
    ['matrix.os', null],
    ["vars.anything == ''", true],
    ['inputs', {}]
  ]

  it.each(table)('§3.2: %s', (expression, expected) => {
    expect(evaluateTemplate(`\${{ ${expression} }}`, scope)).toEqual(expected)
  })

  it('§3.2: the contexts work in if: as well', () => {
    expect(evaluateIf("runner.os == 'Linux' && github.event_name == 'push'", scope)).toBe(true)
  })
})

describe('expression data conversion', () => {
  it('round-trips plain values', () => {
    const plain = { s: 'x', n: 1.5, b: false, z: null, a: [1, 'two', { deep: true }], o: {} }
    expect(fromExpressionData(toExpressionData(plain))).toEqual(plain)
  })

  it('§1.3: undefined becomes an empty object, null becomes Null', () => {
    expect(toExpressionData(undefined).kind).toBe(data.Kind.Dictionary)
    expect(toExpressionData(null).kind).toBe(data.Kind.Null)
  })

  it('§1.3: keys are case-insensitive, the first of a clash wins (Dictionary rule)', () => {
    const dictionary = toExpressionData({ Key: 'first', KEY: 'second' }) as data.Dictionary
    expect(dictionary.get('key')?.coerceString()).toBe('first')
    expect(dictionary.pairs().map((p) => p.key)).toEqual(['Key'])
  })

  it('§1.3: the env dictionary is exact-case when case-sensitive', () => {
    const sensitive = envContextData({ FOO: 'upper', foo: 'lower' }, true)
    expect(sensitive.get('FOO')?.coerceString()).toBe('upper')
    expect(sensitive.get('foo')?.coerceString()).toBe('lower')
    expect(sensitive.get('Foo')).toBeUndefined()
    expect(sensitive.pairs().map((p) => p.key)).toEqual(['FOO', 'foo'])

    const insensitive = envContextData({ FOO: 'upper', foo: 'lower' }, false)
    expect(insensitive.get('Foo')?.coerceString()).toBe('upper')
  })

  it('returns the same object for the same path within one dictionary', () => {
    const root = toExpressionData({ event: { a: 1 } }) as data.Dictionary
    expect(root.get('event')).toBe(root.get('EVENT'))
  })

  it('§1.3: contextDictionary fills every declared name', () => {
    const root = contextDictionary({ github: { a: 1 } }, ['github', 'vars', 'needs'])
    expect(root.get('vars')?.kind).toBe(data.Kind.Dictionary)
    expect(root.get('needs')?.kind).toBe(data.Kind.Dictionary)
    expect(root.get('secrets')).toBeUndefined()
  })
})
