/**
 * The CLI's command line: options before or after the steps file, `--keep-temp`, help anywhere,
 * usage errors as messages (exit 2), and the exit code of a cancelled run.
 */
import { describe, expect, it } from '@jest/globals'
import { interruptedExitCode, parseArguments } from '../../src/local/command-line.js'

describe('parseArguments', () => {
  it('takes options before and after the steps file, and maps them to action inputs', () => {
    expect(
      parseArguments([
        'run',
        '--fail-fast',
        '--log-mode',
        'prefixed',
        'ci.yml',
        '--shard',
        '1/3',
        '--max-concurrency',
        '4',
        '--input',
        'secrets={"A":"x=y"}',
        '--summary-file',
        'out.md',
        '--keep-temp'
      ])
    ).toEqual({
      kind: 'run',
      options: {
        file: 'ci.yml',
        keepTemp: true,
        summaryFile: 'out.md',
        inputs: {
          'fail-fast': 'true',
          'log-mode': 'prefixed',
          shard: '1/3',
          'max-concurrency': '4',
          secrets: '{"A":"x=y"}'
        }
      }
    })
  })

  it('keeps the temp folder only when asked', () => {
    expect(parseArguments(['run', 'ci.yml'])).toEqual({
      kind: 'run',
      options: { file: 'ci.yml', inputs: {}, keepTemp: false }
    })
  })

  it.each([[['-h']], [['--help']], [['run', 'ci.yml', '--help']], [['frob', '-h']]])(
    '%j asks for the help',
    (argv) => {
      expect(parseArguments(argv)).toEqual({ kind: 'help' })
    }
  )

  it.each([
    [[], 'No command given.'],
    [['frob'], "Unknown command 'frob'."],
    [['run'], 'Missing <steps-file>.'],
    [['run', '--keep-temp'], 'Missing <steps-file>.'],
    [['run', 'a.yml', 'b.yml'], "Unexpected argument 'b.yml': one <steps-file> only."],
    [['run', 'a.yml', '--bogus'], "Unknown option '--bogus'."],
    [['run', 'a.yml', '--shard'], '--shard needs a value.'],
    [['run', 'a.yml', '--input', '=v'], "--input takes name=value, got '=v'."]
  ])('%j is a usage error', (argv, message) => {
    expect(parseArguments(argv)).toEqual({ kind: 'usage-error', message })
  })
})

describe('interruptedExitCode', () => {
  it('is 128 + the signal number, as a shell reports it', () => {
    expect(interruptedExitCode('SIGINT')).toBe(130)
    expect(interruptedExitCode('SIGTERM')).toBe(143)
  })
})
