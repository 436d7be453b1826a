/**
 * Our keys beyond native (`ready`, `retry`, `weight`): read onto the model, hidden from the
 * official parser without moving its positions, and validated with line, column and clear text.
 */
import { describe, expect, it } from '@jest/globals'
import { parseStepList } from '../../src/workflow/parse.js'
import type { ExecutableStep, ParsedStep, RunStep } from '../../src/workflow/model.js'

type Mode = 'inline' | 'file'

const yaml = (...lines: string[]): string => lines.join('\n') + '\n'

/** Errors as "line:column-endLine:endColumn message", in reported order. */
function errorsOf(source: string, mode: Mode = 'file'): string[] {
  return parseStepList({ source, fileName: 'steps', mode }).errors.map(
    (e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`
  )
}

function stepsOf(source: string, mode: Mode = 'file'): ParsedStep[] {
  const result = parseStepList({ source, fileName: 'steps', mode })
  expect(result.errors).toEqual([])
  return result.steps
}

const service = (...extra: string[]): string =>
  yaml('- id: db', '  background: true', '  run: ./serve', ...extra)

describe('ready: read onto the model', () => {
  it('ready: tcp with the defaults (timeout 60 s, interval 1 s)', () => {
    const [db] = stepsOf(service('  ready:', '    tcp: 127.0.0.1:5432')) as ExecutableStep[]
    expect(db.ready).toEqual({
      kind: 'tcp',
      target: '127.0.0.1:5432',
      timeoutSeconds: 60,
      intervalSeconds: 1
    })
  })

  it('ready: http, file and log probes with their own timing', () => {
    const probes = [
      ['http: http://localhost:8080/health', 'http', 'http://localhost:8080/health'],
      ['file: tmp/ready.flag', 'file', 'tmp/ready.flag'],
      ['log: "listening on \\\\d+"', 'log', 'listening on \\d+'],
      ['tcp: "[::1]:80"', 'tcp', '[::1]:80']
    ]
    for (const [line, kind, target] of probes) {
      const source = service(`  ready: { ${line}, timeout-seconds: 2.5, interval-seconds: 0.25 }`)
      const [db] = stepsOf(source) as ExecutableStep[]
      expect(db.ready).toEqual({ kind, target, timeoutSeconds: 2.5, intervalSeconds: 0.25 })
    }
  })

  it('a list without extension keys has none on its steps (no undefined fields either)', () => {
    const [db] = stepsOf(service()) as ExecutableStep[]
    expect(Object.keys(db)).not.toEqual(expect.arrayContaining(['ready']))
    expect('retry' in db || 'weight' in db).toBe(false)
  })

  it('works in inline mode too, where the outer runner already substituted ${{ }}', () => {
    const [db] = stepsOf(
      service('  ready: { tcp: "localhost:5432" }'),
      'inline'
    ) as ExecutableStep[]
    expect(db.ready?.target).toBe('localhost:5432')
  })
})

describe('retry and weight: read onto the model', () => {
  it('retry: attempts and backoff-seconds (default 0) on run, uses and parallel members', () => {
    const steps = stepsOf(
      yaml(
        '- run: flaky',
        '  retry: { attempts: 3, backoff-seconds: 1.5 }',
        '- uses: ./local',
        '  retry:',
        '    attempts: 2',
        '- parallel:',
        '    - run: a',
        '      retry: { attempts: 4 }',
        '      weight: 3',
        '    - run: b',
        '      weight: 0.5'
      )
    )
    const [run, uses, group] = steps
    expect((run as ExecutableStep).retry).toEqual({ attempts: 3, backoffSeconds: 1.5 })
    expect((uses as ExecutableStep).retry).toEqual({ attempts: 2, backoffSeconds: 0 })
    if (group.kind !== 'parallel') throw new Error('expected a parallel step')
    expect(group.members.map((m) => [m.retry, m.weight])).toEqual([
      [{ attempts: 4, backoffSeconds: 0 }, 3],
      [undefined, 0.5]
    ])
  })
})

describe('blanking: the official parser never sees our keys, and its positions stay right', () => {
  it('an official error after an extension pair keeps its line and column', () => {
    expect(
      errorsOf(
        yaml(
          '- id: db',
          '  background: true',
          '  ready:',
          '    tcp: 127.0.0.1:5432',
          '  run: ./serve',
          '- wait: nope'
        )
      )
    ).toEqual(["6:9-6:13 Step references unknown step ID 'nope'"])
  })

  it('an unknown key next to ours is still the parser\'s "Unexpected value"', () => {
    expect(errorsOf(service('  ready: { tcp: "h:1" }', '  foo: 1'))).toEqual([
      "5:3-5:6 Unexpected value 'foo'"
    ])
  })

  it('extension keys first in a flow mapping (the comma after them goes too)', () => {
    const [step] = stepsOf(
      yaml('- { retry: { attempts: 2 }, ready: { log: up }, background: true, run: x }')
    ) as RunStep[]
    expect(step.retry?.attempts).toBe(2)
    expect(step.ready?.target).toBe('up')
    expect(step.run).toBe('x')
  })

  it('an extension key first in a block step (the step then starts on the next line)', () => {
    const [step] = stepsOf(yaml('- retry: { attempts: 2 }', '  run: x')) as ExecutableStep[]
    expect(step.retry?.attempts).toBe(2)
    expect(step.position).toEqual({ line: 1, column: 3 })
  })

  it("our errors and the parser's are reported together, sorted by position", () => {
    expect(errorsOf(yaml('- run: x', '  weight: 2', '- wait: nope'))).toEqual([
      "2:3-2:9 'weight' is only allowed on the members of a 'parallel' group",
      "3:9-3:13 Step references unknown step ID 'nope'"
    ])
  })
})

describe('ready: errors with line and column', () => {
  it('ready without background: true', () => {
    expect(errorsOf(yaml('- run: x', '  ready: { tcp: "h:1" }'))).toEqual([
      "2:3-2:8 'ready' is only allowed on a run or uses step with 'background: true'"
    ])
    expect(errorsOf(yaml('- run: x', '  background: false', '  ready: { tcp: "h:1" }'))).toEqual([
      "3:3-3:8 'ready' is only allowed on a run or uses step with 'background: true'"
    ])
  })

  it('ready on a control step', () => {
    expect(errorsOf(yaml('- wait-all:', '  ready: { tcp: "h:1" }'))).toEqual([
      "2:3-2:8 'ready' is only allowed on a run or uses step with 'background: true'"
    ])
  })

  it('ready on a parallel member: a clear error that says what to do instead', () => {
    expect(errorsOf(yaml('- parallel:', '    - run: x', '      ready: { tcp: "h:1" }'))).toEqual([
      "3:7-3:12 'ready' is not allowed on a member of a 'parallel' group (the group waits for its members to finish); start the service as a step with 'background: true'"
    ])
  })

  it('ready that is not a mapping', () => {
    expect(errorsOf(service('  ready: 127.0.0.1:5432'))).toEqual([
      "4:10-4:24 'ready' must be a mapping with one probe (tcp, http, file or log), for example { tcp: 127.0.0.1:5432 }"
    ])
  })

  it('no probe, two probes, an unknown key', () => {
    expect(errorsOf(service('  ready: { timeout-seconds: 5 }'))).toEqual([
      "4:3-4:8 'ready' needs one probe: tcp, http, file or log"
    ])
    expect(errorsOf(service('  ready: { tcp: "h:1", http: "http://h" }'))).toEqual([
      "4:24-4:28 'ready' takes exactly one probe, found 'tcp' and 'http'"
    ])
    expect(errorsOf(service('  ready: { tcp: "h:1", port: 5 }'))).toEqual([
      "4:24-4:28 Unexpected value 'port' in 'ready' (expected one of tcp, http, file, log, timeout-seconds, interval-seconds)"
    ])
  })

  it('bad probe values: tcp without a port, a port out of range, a non-http URL, a bad regex, an empty file', () => {
    expect(errorsOf(service('  ready: { tcp: localhost }'))).toEqual([
      "4:17-4:26 'tcp' must be host:port, for example 127.0.0.1:5432 (got 'localhost')"
    ])
    expect(errorsOf(service('  ready: { tcp: "h:70000" }'))).toEqual([
      "4:17-4:26 'tcp' must be host:port, for example 127.0.0.1:5432 (got 'h:70000')"
    ])
    expect(errorsOf(service('  ready: { http: "ftp://h/x" }'))).toEqual([
      "4:18-4:29 'http' must be an http:// or https:// URL (got 'ftp://h/x')"
    ])
    expect(errorsOf(service('  ready: { log: "(unclosed" }'))).toEqual([
      "4:17-4:28 'log' is not a valid regular expression: Invalid regular expression: /(unclosed/: Unterminated group"
    ])
    expect(errorsOf(service('  ready: { file: "" }'))).toEqual([
      "4:18-4:20 'file' must be a non-empty string"
    ])
  })

  it('timeout-seconds and interval-seconds must be positive numbers', () => {
    expect(
      errorsOf(service('  ready: { log: up, timeout-seconds: 0, interval-seconds: soon }'))
    ).toEqual([
      "4:38-4:39 'timeout-seconds' must be a positive number",
      "4:59-4:63 'interval-seconds' must be a positive number"
    ])
  })

  it('values are literal: an expression is an error (file ${{ }}, inline %{{ }})', () => {
    const message = 'Expressions are not allowed in ready, retry and weight: write a literal value'
    expect(errorsOf(service('  ready: { tcp: "${{ env.HOST }}:1" }'))).toEqual([
      `4:17-4:36 ${message}`
    ])
    expect(errorsOf(service('  ready: { tcp: "%{{ env.HOST }}:1" }'), 'inline')).toEqual([
      `4:17-4:36 ${message}`
    ])
    expect(errorsOf(service('  ready: { tcp: "h:1", timeout-seconds: "${{ 5 }}" }'))).toEqual([
      `4:41-4:51 ${message}`
    ])
  })

  it('a duplicate ready key', () => {
    expect(errorsOf(service('  ready: { log: a }', '  ready: { log: b }'))).toEqual([
      "5:3-5:8 'ready' is already defined"
    ])
  })
})

describe('retry: errors with line and column', () => {
  it('retry on a control step or a parallel block', () => {
    expect(errorsOf(yaml('- wait-all:', '  retry: { attempts: 2 }'))).toEqual([
      "2:3-2:8 'retry' is only allowed on run and uses steps"
    ])
    expect(errorsOf(yaml('- parallel:', '    - run: x', '  retry: { attempts: 2 }'))).toEqual([
      "3:3-3:8 'retry' is only allowed on run and uses steps"
    ])
  })

  it('retry that is not a mapping, without attempts, with an unknown key', () => {
    expect(errorsOf(yaml('- run: x', '  retry: 3'))).toEqual([
      "2:10-2:11 'retry' must be a mapping like { attempts: 3, backoff-seconds: 10 }"
    ])
    expect(errorsOf(yaml('- run: x', '  retry: { backoff-seconds: 1 }'))).toEqual([
      "2:3-2:8 'retry' needs 'attempts' (how many attempts in all, 1 or more)"
    ])
    expect(errorsOf(yaml('- run: x', '  retry: { attempts: 2, delay: 1 }'))).toEqual([
      "2:25-2:30 Unexpected value 'delay' in 'retry' (expected one of attempts, backoff-seconds)"
    ])
  })

  it('attempts must be a whole number ≥ 1; backoff-seconds a number ≥ 0', () => {
    expect(errorsOf(yaml('- run: x', '  retry: { attempts: 0 }'))).toEqual([
      "2:22-2:23 'attempts' must be a whole number, 1 or more"
    ])
    expect(errorsOf(yaml('- run: x', '  retry: { attempts: 2.5 }'))).toEqual([
      "2:22-2:25 'attempts' must be a whole number, 1 or more"
    ])
    expect(errorsOf(yaml('- run: x', '  retry: { attempts: 2, backoff-seconds: -1 }'))).toEqual([
      "2:42-2:44 'backoff-seconds' must be a number of seconds, 0 or more"
    ])
  })
})

describe('weight: errors with line and column', () => {
  it('weight outside a parallel group', () => {
    expect(errorsOf(service('  weight: 2'))).toEqual([
      "4:3-4:9 'weight' is only allowed on the members of a 'parallel' group"
    ])
  })

  it('weight must be a positive number', () => {
    expect(errorsOf(yaml('- parallel:', '    - run: x', '      weight: 0'))).toEqual([
      "3:15-3:16 'weight' must be a positive number"
    ])
    expect(errorsOf(yaml('- parallel:', '    - run: x', '      weight: heavy'))).toEqual([
      "3:15-3:20 'weight' must be a positive number"
    ])
  })

  it('every extension error of the list is reported at once', () => {
    const errors = errorsOf(
      yaml(
        '- run: x',
        '  retry: { attempts: 0 }',
        '- parallel:',
        '    - run: y',
        '      weight: -1',
        '- run: z',
        '  ready: { log: up }'
      )
    )
    expect(errors).toHaveLength(3)
    expect(errors.map((e) => e.split(' ')[0])).toEqual(['2:22-2:23', '5:15-5:17', '7:3-7:8'])
  })
})
