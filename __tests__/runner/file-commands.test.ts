import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { FileCommandPool } from '../../src/runner/file-command-pool.js'
import {
  FILE_COMMANDS,
  KeyValueFileError,
  STEP_SUMMARY_SIZE_LIMIT,
  parseKeyValueEntries,
  parseKeyValueFile,
  readFileCommands,
  type FileCommandFiles
} from '../../src/runner/file-commands.js'

let runnerTemp: string
/** Where each test's step files come from, as in a run. */
let pool: FileCommandPool

beforeEach(async () => {
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'file-commands-'))
  pool = new FileCommandPool(runnerTemp)
})

afterEach(async () => {
  await rm(runnerTemp, { recursive: true, force: true })
})

async function filesWith(contents: Partial<Record<keyof typeof FILE_COMMANDS, string>>) {
  const files = pool.create()
  for (const [name, content] of Object.entries(contents)) {
    await writeFile(files.files[name as keyof typeof FILE_COMMANDS], content)
  }
  return files
}

describe('parseKeyValueFile (§3.1)', () => {
  it('§3.1: NAME=VALUE splits at the first = without trimming; value may hold = and <<', () => {
    expect(parseKeyValueFile('a=1\n b = 2 \nc=x=y<<z\n')).toEqual([
      ['a', '1'],
      [' b ', ' 2 '],
      ['c', 'x=y<<z']
    ])
  })

  it('§3.1: empty lines are skipped and the last line needs no newline', () => {
    expect(parseKeyValueFile('\n\na=1\n\n\nb=2')).toEqual([
      ['a', '1'],
      ['b', '2']
    ])
  })

  it('§3.1: the first of = and << decides the form', () => {
    expect(parseKeyValueFile('a=b<<c\n')).toEqual([['a', 'b<<c']])
    // `<<` first: a heredoc whose delimiter is `EOF=x`.
    expect(parseKeyValueFile('a<<EOF=x\nline\nEOF=x\n')).toEqual([['a', 'line']])
  })

  it('§3.1: heredoc value is the text between, without the newline before the delimiter', () => {
    expect(parseKeyValueFile('multi<<EOF\nline 1\nline 2\nEOF\nnext=1\n')).toEqual([
      ['multi', 'line 1\nline 2'],
      ['next', '1']
    ])
  })

  it('§3.1: heredoc with no content lines is empty; blank content lines are kept', () => {
    expect(parseKeyValueFile('a<<EOF\nEOF\nb<<EOF\n\n\nEOF\n')).toEqual([
      ['a', ''],
      ['b', '\n']
    ])
  })

  it('§3.1: a delimiter at end of file without newline closes the heredoc', () => {
    expect(parseKeyValueFile('a<<EOF\nx\nEOF')).toEqual([['a', 'x']])
  })

  it('§3.1: the delimiter must match a whole line exactly; text containing it stays in the value', () => {
    expect(parseKeyValueFile('a<<EOF\nsay EOF\nEOF \n EOF\nEOF\n')).toEqual([
      ['a', 'say EOF\nEOF \n EOF']
    ])
  })

  it('§7.2: a quoted delimiter is literal, so a bare closing line does not match', () => {
    expect(() => parseKeyValueFile("a<<'EOF'\nx\nEOF\n")).toThrow(
      "Invalid value. Matching delimiter not found ''EOF''"
    )
    expect(parseKeyValueFile("a<<'EOF'\nx\n'EOF'\n")).toEqual([['a', 'x']])
  })

  it('§3.1: missing delimiter → Matching delimiter not found', () => {
    expect(() => parseKeyValueFile('a<<EOF\nx\ny\n')).toThrow(
      "Invalid value. Matching delimiter not found 'EOF'"
    )
    expect(() => parseKeyValueFile('a<<EOF')).toThrow(
      "Invalid value. Matching delimiter not found 'EOF'"
    )
  })

  it('§3.1: a content line ending the file without newline → EOF marker missing new line', () => {
    expect(() => parseKeyValueFile('a<<EOF\nx')).toThrow(
      'Invalid value. EOF marker missing new line.'
    )
  })

  it('§3.1: empty heredoc name or delimiter is refused with the runner text', () => {
    expect(() => parseKeyValueFile('<<EOF\nx\nEOF\n')).toThrow(
      "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty"
    )
    expect(() => parseKeyValueFile('a<<\nx\n')).toThrow(
      "Invalid format 'a<<'. Name must not be empty and delimiter must not be empty"
    )
  })

  it('§3.1: a line with neither = nor << → Invalid format', () => {
    expect(() => parseKeyValueFile('a=1\njunk\n')).toThrow("Invalid format 'junk'")
  })

  it('§3.1: an empty name (`=value`) is an error', () => {
    expect(() => parseKeyValueFile('=value\n')).toThrow("Invalid format '=value'")
  })

  it('§3.1: entries before the bad line are returned with the error', () => {
    expect(parseKeyValueEntries('a=1\nb<<EOF\n2\nEOF\nbad\nc=3\n')).toEqual({
      entries: [
        ['a', '1'],
        ['b', '2']
      ],
      error: "Invalid format 'bad'"
    })
    let thrown: unknown
    try {
      parseKeyValueFile('a=1\nbad\n')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(KeyValueFileError)
    expect((thrown as KeyValueFileError).entries).toEqual([['a', '1']])
  })

  it('§3.1: lines split on \\n only, so CRLF leaves \\r in values', () => {
    expect(parseKeyValueFile('a=1\r\nb=2\r\n')).toEqual([
      ['a', '1\r'],
      ['b', '2\r']
    ])
  })

  it('§7.2: CRLF heredoc — delimiter line with \\r does not match a bare delimiter', () => {
    // Header written with LF, closing line with CRLF: `EOF\r` never equals `EOF`.
    expect(() => parseKeyValueFile('a<<EOF\nx\r\nEOF\r\n')).toThrow(
      "Invalid value. Matching delimiter not found 'EOF'"
    )
    // All CRLF: the delimiter itself is `EOF\r`, so it matches and \r stays in the value.
    expect(parseKeyValueFile('a<<EOF\r\nx\r\nEOF\r\n')).toEqual([['a', 'x\r']])
  })

  it('§3.1: a UTF-8 byte order mark is ignored, as .NET ReadAllText does', () => {
    expect(parseKeyValueFile('\uFEFFa=1\n')).toEqual([['a', '1']])
  })

  it('§3.1: duplicates are kept in order (later wins when applied)', () => {
    expect(parseKeyValueFile('a=1\na=2\n')).toEqual([
      ['a', '1'],
      ['a', '2']
    ])
  })

  it('§3.1: @actions/core writer format round-trips', () => {
    const delimiter = 'ghadelimiter_0f4c6a3e-8d7b-4f0b-9d0c-2b7e1f3a5c6d'
    const content = `out<<${delimiter}\nvalue with = and << and\nnewlines\n${delimiter}\n`
    expect(parseKeyValueFile(content)).toEqual([['out', 'value with = and << and\nnewlines']])
  })
})

describe('readFileCommands (§3.2)', () => {
  it('§3.2: reads outputs, env, state, path and summary from their own files', async () => {
    const files = await filesWith({
      GITHUB_OUTPUT: 'o1=a\no2<<X\nb\nX\no1=c\n',
      GITHUB_ENV: 'E=1\n',
      GITHUB_STATE: 's=v\n',
      GITHUB_PATH: '/one\n/two\n',
      GITHUB_STEP_SUMMARY: '# Title\n'
    })
    expect(await readFileCommands(files)).toEqual({
      outputs: [
        ['o1', 'a'],
        ['o2', 'b'],
        ['o1', 'c']
      ],
      env: [['E', '1']],
      state: [['s', 'v']],
      path: ['/one', '/two'],
      summary: '# Title\n',
      errors: [],
      warnings: []
    })
  })

  it('§3.1: a bad GITHUB_ENV keeps earlier entries and fails with the runner messages', async () => {
    const files = await filesWith({ GITHUB_ENV: 'A=1\nB<<EOF\nx\n', GITHUB_OUTPUT: 'o=1\n' })
    const result = await readFileCommands(files)
    expect(result.env).toEqual([['A', '1']])
    // Other files are still processed.
    expect(result.outputs).toEqual([['o', '1']])
    expect(result.errors).toEqual([
      "Unable to process file command 'env' successfully.",
      "Invalid value. Matching delimiter not found 'EOF'"
    ])
  })

  it('§3.1: errors are named after the file (output, state) in processing order', async () => {
    const files = await filesWith({ GITHUB_OUTPUT: 'bad\n', GITHUB_STATE: 'also bad\n' })
    expect((await readFileCommands(files)).errors).toEqual([
      "Unable to process file command 'state' successfully.",
      "Invalid format 'also bad'",
      "Unable to process file command 'output' successfully.",
      "Invalid format 'bad'"
    ])
  })

  it('§3.2: NODE_OPTIONS in GITHUB_ENV is refused (any case) without failing the step', async () => {
    const files = await filesWith({ GITHUB_ENV: 'node_options=--x\nKEEP=1\nNODE_OPTIONS=y\n' })
    const result = await readFileCommands(files)
    expect(result.env).toEqual([['KEEP', '1']])
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([
      "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
      "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command."
    ])
  })

  it('§3.2: GITHUB_PATH splits on \\n, \\r\\n and \\r and skips blank lines, without trimming', async () => {
    const files = await filesWith({ GITHUB_PATH: '/a\r\n\r\n/b\r/c\n\n /d \n/a\n' })
    expect((await readFileCommands(files)).path).toEqual(['/a', '/b', '/c', ' /d ', '/a'])
  })

  it('§3.2: a summary over 1 MiB is refused with the runner text and does not fail the step', async () => {
    const files = await filesWith({
      GITHUB_STEP_SUMMARY: 'x'.repeat(STEP_SUMMARY_SIZE_LIMIT + 2048)
    })
    const result = await readFileCommands(files)
    expect(result.summary).toBe('')
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([
      '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1026k. ' +
        'For more information see: https://docs.github.com/actions/using-workflows/' +
        'workflow-commands-for-github-actions#adding-a-markdown-summary'
    ])
  })

  it('§3.2: a summary of exactly 1 MiB is accepted', async () => {
    const files = await filesWith({ GITHUB_STEP_SUMMARY: 'y'.repeat(STEP_SUMMARY_SIZE_LIMIT) })
    const result = await readFileCommands(files)
    expect(result.summary.length).toBe(STEP_SUMMARY_SIZE_LIMIT)
    expect(result.warnings).toEqual([])
  })

  it('§3.2: the summary limit counts bytes, not characters', async () => {
    // 600k two-byte characters = 1.2 MB.
    const files = await filesWith({ GITHUB_STEP_SUMMARY: 'é'.repeat(600 * 1024) })
    const result = await readFileCommands(files)
    expect(result.summary).toBe('')
    expect(result.warnings[0]).toContain('got 1200k')
  })

  it('§1.6: files deleted by the step are skipped silently, as the runner does', async () => {
    const files = await filesWith({ GITHUB_OUTPUT: 'o=1\n' })
    for (const name of [
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY'
    ] as const) {
      await rm(files.files[name])
    }
    const result = await readFileCommands(files)
    expect(result.outputs).toEqual([['o', '1']])
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
  })

  it('§1.6: a missing folder does not crash', async () => {
    const files: FileCommandFiles = {
      files: Object.fromEntries(
        Object.keys(FILE_COMMANDS).map((name) => [name, path.join(runnerTemp, 'gone', name)])
      ) as FileCommandFiles['files']
    }
    const result = await readFileCommands(files)
    expect(result.errors).toEqual([])
    expect(result.outputs).toEqual([])
  })

  it('§3.1: an unreadable GITHUB_OUTPUT (a directory) fails the step instead of crashing', async () => {
    const files = pool.create()
    await rm(files.files.GITHUB_OUTPUT)
    await mkdir(files.files.GITHUB_OUTPUT)
    const result = await readFileCommands(files)
    expect(result.errors[0]).toBe("Unable to process file command 'output' successfully.")
    expect(result.errors).toHaveLength(2)
  })

  it('§3.2: a directory in place of GITHUB_PATH or the summary is skipped like a missing file', async () => {
    const files = pool.create()
    for (const name of ['GITHUB_PATH', 'GITHUB_STEP_SUMMARY'] as const) {
      await rm(files.files[name])
      await mkdir(files.files[name])
    }
    const result = await readFileCommands(files)
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
  })
})
