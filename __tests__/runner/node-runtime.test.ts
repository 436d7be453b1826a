/**
 * The runner's choice of node for a JavaScript action (docs/runner-emulation.md §4.5; runner
 * `HandlerFactory.Create`, `NodeUtil.DetermineActionsNodeVersion`, `CheckNodeVersionForLinuxArm32`),
 * as a pure rule: the date, the flags, the binaries present and our own node are all given.
 */
import { describe, expect, it } from '@jest/globals'
import {
  ALLOW_UNSECURE_NODE,
  chooseNodeVersion,
  FORCE_NODE24,
  locateNode,
  NODE24_BY_DEFAULT_MESSAGE,
  NODE24_DEFAULT_DATE,
  runnerBoolean,
  selectNode,
  type NodeRuntimeHost,
  type NodeVersionQuery
} from '../../src/runner/node-runtime.js'

const BEFORE = new Date(Date.UTC(2026, 5, 15, 23, 59, 59))
const AFTER = new Date(Date.UTC(2026, 5, 16))

function query(overrides: Partial<NodeVersionQuery>): NodeVersionQuery {
  return {
    using: 'node20',
    workflowEnv: {},
    systemEnv: {},
    now: AFTER,
    platform: 'linux',
    arch: 'x64',
    ...overrides
  }
}

const EXTERNALS = '/runner/externals'

/** A runner started us as `<externals>/<started>/bin/node`, with `present` shipped beside it. */
function host(present: string[], started = 'node24', now = AFTER): NodeRuntimeHost {
  const files = new Set(present.map((name) => `${EXTERNALS}/${name}/bin/node`))
  return {
    execPath: `${EXTERNALS}/${started}/bin/node`,
    ownVersion: 'v24.19.0',
    platform: 'linux',
    arch: 'x64',
    exists: (file) => files.has(file),
    now: () => now
  }
}

describe('the version rule (§4.5, DetermineActionsNodeVersion)', () => {
  it('§4.5: the node24-default date is June 16th, 2026 (UTC)', () => {
    expect(NODE24_DEFAULT_DATE.toISOString()).toBe('2026-06-16T00:00:00.000Z')
  })

  it('§4.5: node24 stays node24, whatever the flags and the date', () => {
    for (const now of [BEFORE, AFTER]) {
      for (const env of [{}, { [ALLOW_UNSECURE_NODE]: 'true' }] as Array<Record<string, string>>) {
        expect(chooseNodeVersion(query({ using: 'node24', now, workflowEnv: env }))).toEqual({
          version: 'node24',
          reasons: [],
          warnings: []
        })
      }
    }
  })

  it('§4.5 phase 1 (before the date): node20 stays node20 unless FORCE_JAVASCRIPT_ACTIONS_TO_NODE24 is true', () => {
    expect(chooseNodeVersion(query({ now: BEFORE }))).toEqual({
      version: 'node20',
      reasons: [],
      warnings: []
    })
    expect(
      chooseNodeVersion(query({ now: BEFORE, systemEnv: { [FORCE_NODE24]: 'true' } }))
    ).toEqual({ version: 'node24', reasons: [`${FORCE_NODE24} is true`], warnings: [] })
    expect(
      chooseNodeVersion(query({ now: BEFORE, workflowEnv: { [FORCE_NODE24]: '1' } })).version
    ).toBe('node24')
    // ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION changes nothing before the date.
    expect(
      chooseNodeVersion(query({ now: BEFORE, workflowEnv: { [ALLOW_UNSECURE_NODE]: 'true' } }))
        .version
    ).toBe('node20')
  })

  it("§4.5 phase 2 (from the date): node20 runs on node24 with the runner's message, unless ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION is true", () => {
    expect(chooseNodeVersion(query({ now: AFTER }))).toEqual({
      version: 'node24',
      reasons: [NODE24_BY_DEFAULT_MESSAGE],
      warnings: []
    })
    expect(NODE24_BY_DEFAULT_MESSAGE).toBe(
      'Node 20 is being deprecated. This workflow is running with Node 24 by default. If you ' +
        'need to temporarily use Node 20, you can set the ACTIONS_ALLOW_USE_UNSECURE_NODE_VERSION=true ' +
        'environment variable. For more information see: ' +
        'https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/'
    )
    expect(chooseNodeVersion(query({ systemEnv: { [ALLOW_UNSECURE_NODE]: 'true' } }))).toEqual({
      version: 'node20',
      reasons: [],
      warnings: []
    })
    // FORCE alone is the default anyway.
    expect(chooseNodeVersion(query({ workflowEnv: { [FORCE_NODE24]: 'true' } })).version).toBe(
      'node24'
    )
  })

  it('§4.5: node12 and node16 count as node20, in both phases', () => {
    expect(chooseNodeVersion(query({ using: 'node16', now: BEFORE }))).toEqual({
      version: 'node20',
      reasons: ['node16 actions run on node20 (node12 and node16 are no longer shipped)'],
      warnings: []
    })
    expect(chooseNodeVersion(query({ using: 'node12', now: AFTER }))).toEqual({
      version: 'node24',
      reasons: [
        'node12 actions run on node20 (node12 and node16 are no longer shipped)',
        NODE24_BY_DEFAULT_MESSAGE
      ],
      warnings: []
    })
    expect(
      chooseNodeVersion(
        query({ using: 'node16', now: AFTER, systemEnv: { [ALLOW_UNSECURE_NODE]: 'true' } })
      ).version
    ).toBe('node20')
  })

  it('§4.5: the step env wins over our own env for the value', () => {
    const systemTrue = { [ALLOW_UNSECURE_NODE]: 'true' }
    expect(
      chooseNodeVersion(
        query({ systemEnv: systemTrue, workflowEnv: { [ALLOW_UNSECURE_NODE]: 'false' } })
      ).version
    ).toBe('node24')
    expect(
      chooseNodeVersion(query({ systemEnv: {}, workflowEnv: { [ALLOW_UNSECURE_NODE]: 'TRUE' } }))
        .version
    ).toBe('node20')
  })

  it('§4.5: both flags true in the same source: the runner warns and uses the default of the phase', () => {
    const both = { [FORCE_NODE24]: 'true', [ALLOW_UNSECURE_NODE]: 'true' }
    const warning = (source: string, version: string): string =>
      `Both ${FORCE_NODE24} and ${ALLOW_UNSECURE_NODE} environment variables are set to true in ` +
      `the ${source} environment. This is likely a configuration error. Using the default Node ` +
      `version: ${version}.`
    expect(chooseNodeVersion(query({ now: AFTER, workflowEnv: both }))).toEqual({
      version: 'node24',
      reasons: [NODE24_BY_DEFAULT_MESSAGE],
      warnings: [warning('workflow', 'node24')]
    })
    expect(chooseNodeVersion(query({ now: BEFORE, systemEnv: both }))).toEqual({
      version: 'node20',
      reasons: [],
      warnings: [warning('system', 'node20')]
    })
    // From different sources there is no warning: ALLOW wins in phase 2, FORCE in phase 1.
    const split = {
      workflowEnv: { [FORCE_NODE24]: 'true' },
      systemEnv: { [ALLOW_UNSECURE_NODE]: 'true' }
    }
    expect(chooseNodeVersion(query({ now: AFTER, ...split }))).toEqual({
      version: 'node20',
      reasons: [],
      warnings: []
    })
    expect(chooseNodeVersion(query({ now: BEFORE, ...split })).version).toBe('node24')
  })

  it("§4.5: node24 on Linux ARM32 falls back to node20 with the runner's warning", () => {
    const arm32 = 'Node 24 is not supported on Linux ARM32 platforms. Falling back to Node 20.'
    expect(chooseNodeVersion(query({ using: 'node24', arch: 'arm' }))).toEqual({
      version: 'node20',
      reasons: [arm32],
      warnings: [arm32]
    })
    expect(
      chooseNodeVersion(query({ using: 'node24', arch: 'arm', platform: 'darwin' })).version
    ).toBe('node24')
  })

  it("runnerBoolean is the runner's StringUtil.ConvertToBoolean", () => {
    for (const value of ['1', 'true', 'TRUE', '$true', '$TRUE'])
      expect(runnerBoolean(value)).toBe(true)
    for (const value of [undefined, '', '0', 'false', 'yes', ' true']) {
      expect(runnerBoolean(value)).toBe(false)
    }
  })
})

describe('the binary (§4.5: <externals>/<version>/bin/node)', () => {
  it('§4.5: the externals folder is two folders above our own node', () => {
    expect(locateNode('node20', host(['node20', 'node24']))).toEqual({
      file: `${EXTERNALS}/node20/bin/node`,
      version: 'node20',
      reasons: [],
      own: false
    })
  })

  it('§4.5: the other shipped version when the chosen one is missing', () => {
    expect(locateNode('node20', host(['node24']))).toEqual({
      file: `${EXTERNALS}/node24/bin/node`,
      version: 'node24',
      reasons: [`this runner has no node20 (${EXTERNALS}/node20/bin/node is missing)`],
      own: false
    })
    expect(locateNode('node24', host(['node20'], 'node20')).file).toBe(
      `${EXTERNALS}/node20/bin/node`
    )
  })

  it('§4.5: our own node when neither runner node is beside it (the local CLI)', () => {
    const cli: NodeRuntimeHost = { ...host([]), execPath: '/usr/bin/node', ownVersion: 'v22.3.0' }
    expect(locateNode('node24', cli)).toEqual({
      file: '/usr/bin/node',
      version: 'node22',
      reasons: [
        'no runner node next to ours (neither /node20/bin/node nor /node24/bin/node): our own Node v22.3.0 runs it'
      ],
      own: true
    })
  })

  it('§4.5: started from an Alpine build (a container job), the siblings are Alpine builds', () => {
    const alpine: NodeRuntimeHost = {
      ...host([]),
      execPath: '/__e/node24_alpine/bin/node',
      exists: (file) => file === '/__e/node20_alpine/bin/node'
    }
    expect(locateNode('node20', alpine).file).toBe('/__e/node20_alpine/bin/node')
  })

  it('§4.5: node.exe on Windows', () => {
    const windows: NodeRuntimeHost = {
      ...host([]),
      platform: 'win32',
      exists: (file) => file.endsWith('node.exe')
    }
    expect(locateNode('node24', windows).file).toMatch(/node24[\\/]bin[\\/]node\.exe$/)
  })
})

describe('the selection and its log line', () => {
  it('no line when what runs is what runs.using names', () => {
    const selection = selectNode('node24', {}, {}, host(['node20', 'node24']))
    expect(selection).toEqual({
      file: `${EXTERNALS}/node24/bin/node`,
      version: 'node24',
      warnings: []
    })
  })

  it('a node20 action forced to node24 by the date: the line names the binary and the reason', () => {
    const selection = selectNode('node20', {}, {}, host(['node20', 'node24']))
    expect(selection.version).toBe('node24')
    expect(selection.note).toBe(
      `runs.using: node20 → node24 (${EXTERNALS}/node24/bin/node): ${NODE24_BY_DEFAULT_MESSAGE}`
    )
  })

  it('the date comes from the host clock, read when the action starts', () => {
    expect(selectNode('node20', {}, {}, host(['node20', 'node24'], 'node24', BEFORE)).version).toBe(
      'node20'
    )
  })

  it('a fallback: both reasons, the choice then the missing binary', () => {
    const selection = selectNode('node16', {}, { [ALLOW_UNSECURE_NODE]: 'true' }, host(['node24']))
    expect(selection.note).toBe(
      `runs.using: node16 → node24 (${EXTERNALS}/node24/bin/node): node16 actions run on node20 ` +
        `(node12 and node16 are no longer shipped); this runner has no node20 ` +
        `(${EXTERNALS}/node20/bin/node is missing)`
    )
  })

  it('a fallback that lands on what runs.using names prints no line', () => {
    expect(selectNode('node20', {}, {}, host(['node20'], 'node20')).note).toBeUndefined()
  })

  it('our own node: only the fallback explains it, the warnings stay', () => {
    const both = { [FORCE_NODE24]: 'true', [ALLOW_UNSECURE_NODE]: 'true' }
    const cli: NodeRuntimeHost = { ...host([]), execPath: '/usr/bin/node', ownVersion: 'v20.20.2' }
    const selection = selectNode('node24', {}, both, cli)
    expect(selection.file).toBe('/usr/bin/node')
    expect(selection.note).toBe(
      'runs.using: node24 → node20 (/usr/bin/node): no runner node next to ours (neither ' +
        '/node20/bin/node nor /node24/bin/node): our own Node v20.20.2 runs it'
    )
    expect(selectNode('node20', {}, both, cli)).toMatchObject({
      version: 'node20',
      warnings: [expect.stringContaining('likely a configuration error')]
    })
    expect(selectNode('node20', {}, {}, cli).note).toBeUndefined()
  })
})
