import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  INVALID_SHELL_MESSAGE,
  prepareShell,
  splitCommandLine,
  type ShellPlan
} from '../../src/runner/shell.js'
import { ShellCache } from '../../src/runner/shell-cache.js'

let root: string
let bin: string // fake executables for every shell the table names
let shOnly: string // a PATH directory with sh but no bash
let runnerTemp: string
/** One run's cache, shared by the tests as by a run's steps. */
const cache = new ShellCache()

function fakeExecutable(directory: string, name: string): string {
  const file = path.join(directory, name)
  writeFileSync(file, '#!/bin/sh\nexit 0\n')
  chmodSync(file, 0o755)
  return file
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shell-test-'))
  bin = path.join(root, 'bin')
  shOnly = path.join(root, 'sh-only')
  runnerTemp = path.join(root, 'temp')
  for (const directory of [bin, shOnly, runnerTemp]) mkdirSync(directory)
  for (const name of ['bash', 'sh', 'pwsh', 'powershell', 'python', 'cmd', 'perl']) {
    fakeExecutable(bin, name)
  }
  fakeExecutable(shOnly, 'sh')
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function prepare(
  shell: string | undefined,
  script = 'echo hi\n',
  extra: { pathPrepend?: string[]; envPath?: string; runnerTemp?: string; cache?: ShellCache } = {}
): Promise<ShellPlan> {
  return prepareShell(
    {
      shell,
      script,
      runnerTemp: extra.runnerTemp ?? runnerTemp,
      pathPrepend: extra.pathPrepend ?? [],
      envPath: extra.envPath ?? bin
    },
    extra.cache ?? cache
  )
}

function expectScriptFile(plan: ShellPlan, extension: string): void {
  expect(path.dirname(plan.scriptPath)).toBe(runnerTemp)
  expect(path.basename(plan.scriptPath)).toMatch(
    new RegExp(
      `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${extension.replace('.', '\\.')}$`
    )
  )
}

describe('prepareShell: the §2.1 table', () => {
  it('§2.1 unspecified: bash found by which, run as `bash -e {0}`, .sh', async () => {
    const plan = await prepare(undefined)
    const bash = path.join(bin, 'bash')
    expect(plan.command).toBe(bash)
    expect(plan.args).toEqual(['-e', plan.scriptPath])
    expect(plan.display).toBe(`${bash} -e {0}`)
    expectScriptFile(plan, '.sh')
  })

  it('§2.1 unspecified (empty string too): `sh -e {0}` when there is no bash', async () => {
    const plan = await prepare('', 'echo hi\n', { envPath: shOnly })
    expect(plan.command).toBe(path.join(shOnly, 'sh'))
    expect(plan.args).toEqual(['-e', plan.scriptPath])
    expect(plan.display).toBe(`${path.join(shOnly, 'sh')} -e {0}`)
    expectScriptFile(plan, '.sh')
  })

  it('§2.1 unspecified: neither bash nor sh is an error naming sh', async () => {
    await expect(prepare(undefined, 'x', { envPath: path.join(root, 'nothing') })).rejects.toThrow(
      'sh: command not found'
    )
  })

  it('§2.1 bash: `bash --noprofile --norc -e -o pipefail {0}`, .sh', async () => {
    const plan = await prepare('bash')
    expect(plan.command).toBe(path.join(bin, 'bash'))
    expect(plan.args).toEqual(['--noprofile', '--norc', '-e', '-o', 'pipefail', plan.scriptPath])
    expect(plan.display).toBe(`${path.join(bin, 'bash')} --noprofile --norc -e -o pipefail {0}`)
    expectScriptFile(plan, '.sh')
  })

  it('§2.1 sh: `sh -e {0}`, .sh', async () => {
    const plan = await prepare('sh')
    expect(plan.command).toBe(path.join(bin, 'sh'))
    expect(plan.args).toEqual(['-e', plan.scriptPath])
    expect(plan.display).toBe(`${path.join(bin, 'sh')} -e {0}`)
    expectScriptFile(plan, '.sh')
  })

  it.each(['pwsh', 'powershell'])(
    '§2.1 %s: `-command ". \'{0}\'"`, .ps1, prologue and epilogue added',
    async (shell) => {
      const plan = await prepare(shell, 'Write-Output "hi"\n')
      expect(plan.command).toBe(path.join(bin, shell))
      expect(plan.args).toEqual(['-command', `. '${plan.scriptPath}'`])
      expect(plan.display).toBe(`${path.join(bin, shell)} -command ". '{0}'"`)
      expectScriptFile(plan, '.ps1')
      expect(readFileSync(plan.scriptPath, 'utf8')).toBe(
        '$ErrorActionPreference = \'stop\'\nWrite-Output "hi"\n\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }'
      )
    }
  )

  it('§2.1 python: `python {0}` (format `{0}`), .py, content unchanged', async () => {
    const plan = await prepare('python', 'print("hi")\n')
    expect(plan.command).toBe(path.join(bin, 'python'))
    expect(plan.args).toEqual([plan.scriptPath])
    expect(plan.display).toBe(`${path.join(bin, 'python')} {0}`)
    expectScriptFile(plan, '.py')
    expect(readFileSync(plan.scriptPath, 'utf8')).toBe('print("hi")\n')
  })

  it('§2.1 cmd: the runner format split the .NET way, .cmd, `@echo off` prepended', async () => {
    const plan = await prepare('cmd', 'echo hi')
    expect(plan.command).toBe(path.join(bin, 'cmd'))
    expect(plan.args).toEqual(['/D', '/E:ON', '/V:OFF', '/S', '/C', `CALL ${plan.scriptPath}`])
    expect(plan.display).toBe(`${path.join(bin, 'cmd')} /D /E:ON /V:OFF /S /C "CALL "{0}""`)
    expectScriptFile(plan, '.cmd')
    expect(readFileSync(plan.scriptPath, 'utf8')).toBe('@echo off\necho hi')
  })

  it('§2.1 custom `perl {0}`: as given, no extension (perl is not a built-in)', async () => {
    const plan = await prepare('perl {0}')
    expect(plan.command).toBe(path.join(bin, 'perl'))
    expect(plan.args).toEqual([plan.scriptPath])
    expect(plan.display).toBe(`${path.join(bin, 'perl')} {0}`)
    expect(path.basename(plan.scriptPath)).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('§2.1 custom with a built-in first word takes its extension, not its format', async () => {
    const plan = await prepare('bash  -x {0}')
    // Split on the first space; the rest is trimmed at the start.
    expect(plan.args).toEqual(['-x', plan.scriptPath])
    expect(plan.display).toBe(`${path.join(bin, 'bash')} -x {0}`)
    expectScriptFile(plan, '.sh')
  })

  it('§2.1 custom python format: extension of the built-in name, content unchanged', async () => {
    const plan = await prepare('python -u {0}', 'print(1)')
    expect(plan.args).toEqual(['-u', plan.scriptPath])
    expectScriptFile(plan, '.py')
    expect(readFileSync(plan.scriptPath, 'utf8')).toBe('print(1)')
  })

  it('§2.1 a fully qualified command is used as is', async () => {
    const perl = path.join(bin, 'perl')
    const plan = await prepare(`${perl} -w {0}`, 'x', { envPath: '' })
    expect(plan.command).toBe(perl)
    expect(plan.args).toEqual(['-w', plan.scriptPath])
  })
})

describe('prepareShell: errors (§2.1 step 3)', () => {
  it.each(['perl', 'perl -e', 'perl -e {1}', 'perl {0 }'])(
    '§2.1: `%s` has no built-in format and no {0}: the runner message',
    async (shell) => {
      await expect(prepare(shell)).rejects.toThrow(INVALID_SHELL_MESSAGE)
    }
  )

  it('§2.1: INVALID_SHELL_MESSAGE is the runner text', () => {
    expect(INVALID_SHELL_MESSAGE).toBe(
      "Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh) or a format string containing '{0}'"
    )
  })

  it('§2.1: an unknown command fails with WhichUtil text, before the format is checked', async () => {
    await expect(prepare('nosuchshell {0}')).rejects.toThrow('nosuchshell: command not found')
    await expect(prepare('nosuchshell')).rejects.toThrow('nosuchshell: command not found')
  })

  it('§2.1: a missing fully qualified command is not found either', async () => {
    await expect(prepare(`${path.join(root, 'missing')} {0}`)).rejects.toThrow(
      `${path.join(root, 'missing')}: command not found`
    )
  })

  it('§2.3: a stray brace is a .NET format error; doubled braces are literal', async () => {
    await expect(prepare('perl -e { {0}')).rejects.toThrow(
      'Input string was not in a correct format'
    )
    await expect(prepare('perl -e } {0}')).rejects.toThrow(
      'Input string was not in a correct format'
    )
    const plan = await prepare('perl -e {{0}} {0}')
    expect(plan.args).toEqual(['-e', '{0}', plan.scriptPath])
  })

  it('§2.1: no script file is written when the shell is invalid', async () => {
    const temp = path.join(root, 'untouched-temp')
    await expect(prepare('perl', 'x', { runnerTemp: temp })).rejects.toThrow(INVALID_SHELL_MESSAGE)
    expect(() => readFileSync(temp)).toThrow()
  })
})

describe('prepareShell: which (§2.1, WhichUtil)', () => {
  it('§2.1: the PATH prepend list is searched first, in the order given', async () => {
    const first = path.join(root, 'prepend-first')
    const second = path.join(root, 'prepend-second')
    mkdirSync(first)
    mkdirSync(second)
    fakeExecutable(first, 'bash')
    fakeExecutable(second, 'bash')
    const plan = await prepare('bash', 'x', { pathPrepend: [first, second], envPath: bin })
    expect(plan.command).toBe(path.join(first, 'bash'))
    const onlySecond = await prepare('bash', 'x', { pathPrepend: [second], envPath: bin })
    expect(onlySecond.command).toBe(path.join(second, 'bash'))
  })

  it('§2.1: PATH entries are searched in order, skipping empty entries and missing directories', async () => {
    const plan = await prepare('sh', 'x', {
      envPath: ['', path.join(root, 'absent'), shOnly, bin].join(path.delimiter)
    })
    expect(plan.command).toBe(path.join(shOnly, 'sh'))
  })

  it('§2.1: directories, non-executable files and dangling symlinks are not commands', async () => {
    const decoys = path.join(root, 'decoys')
    mkdirSync(decoys)
    mkdirSync(path.join(decoys, 'bash'))
    writeFileSync(path.join(decoys, 'sh'), 'not executable')
    chmodSync(path.join(decoys, 'sh'), 0o644)
    symlinkSync(path.join(root, 'no-target'), path.join(decoys, 'perl'))
    const searchPath = [decoys, bin].join(path.delimiter)
    expect((await prepare('bash', 'x', { envPath: searchPath })).command).toBe(
      path.join(bin, 'bash')
    )
    expect((await prepare('sh', 'x', { envPath: searchPath })).command).toBe(path.join(bin, 'sh'))
    expect((await prepare('perl {0}', 'x', { envPath: searchPath })).command).toBe(
      path.join(bin, 'perl')
    )
  })
})

describe('prepareShell: script file (§2.2)', () => {
  it('§2.2: the script is written exactly, UTF-8 without BOM, no shebang, no newline changes', async () => {
    const script = 'ünïcødé 😀\r\nline two\n\nno final newline'
    const plan = await prepare('bash', script)
    const bytes = readFileSync(plan.scriptPath)
    expect(bytes.equals(Buffer.from(script, 'utf8'))).toBe(true)
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
  })

  it('§2.2: every script gets a new file name', async () => {
    const first = await prepare('bash', 'one')
    const second = await prepare('bash', 'two')
    expect(first.scriptPath).not.toBe(second.scriptPath)
    expect(readFileSync(first.scriptPath, 'utf8')).toBe('one')
    expect(readFileSync(second.scriptPath, 'utf8')).toBe('two')
  })

  it('§2.2: an identical script gets its own path too, as a link to the unchanged file', async () => {
    const first = await prepare('bash', 'echo same')
    const second = await prepare('bash', 'echo same')
    expect(second.scriptPath).not.toBe(first.scriptPath)
    expect(readFileSync(second.scriptPath, 'utf8')).toBe('echo same')
    // One file, two names: the second step paid no file creation.
    expect(statSync(second.scriptPath).ino).toBe(statSync(first.scriptPath).ino)
  })

  it("§2.2: a script is linked only to one written in the same run (the run's own cache)", async () => {
    const first = await prepare('bash', 'echo per run')
    const otherRun = await prepare('bash', 'echo per run', { cache: new ShellCache() })
    expect(readFileSync(otherRun.scriptPath, 'utf8')).toBe('echo per run')
    expect(statSync(otherRun.scriptPath).ino).not.toBe(statSync(first.scriptPath).ino)
  })

  it('§2.2: a script that changed or deleted its own file does not pass that on', async () => {
    const first = await prepare('bash', 'echo edited')
    appendFileSync(first.scriptPath, '\nrm -rf /')
    const afterEdit = await prepare('bash', 'echo edited')
    expect(readFileSync(afterEdit.scriptPath, 'utf8')).toBe('echo edited')
    expect(statSync(afterEdit.scriptPath).ino).not.toBe(statSync(first.scriptPath).ino)

    rmSync(afterEdit.scriptPath)
    const afterDelete = await prepare('bash', 'echo edited')
    expect(readFileSync(afterDelete.scriptPath, 'utf8')).toBe('echo edited')
  })

  it('§2.2: a `"` in the script path is escaped as \\" so the argument is still the path', async () => {
    const oddTemp = path.join(root, 'we"ird')
    mkdirSync(oddTemp)
    const bash = await prepareShell(
      { shell: 'bash', script: 'x', runnerTemp: oddTemp, pathPrepend: [], envPath: bin },
      cache
    )
    expect(bash.args.at(-1)).toBe(bash.scriptPath)
    const pwsh = await prepareShell(
      { shell: 'pwsh', script: 'x', runnerTemp: oddTemp, pathPrepend: [], envPath: bin },
      cache
    )
    expect(pwsh.args).toEqual(['-command', `. '${pwsh.scriptPath}'`])
  })
})

describe('splitCommandLine (§2.3, .NET rules)', () => {
  it.each<[string, string[]]>([
    ['a b\tc', ['a', 'b', 'c']],
    ['  a   b  ', ['a', 'b']],
    ['', []],
    ['a\nb', ['a\nb']],
    ['"a b" c', ['a b', 'c']],
    ['x"a b"y', ['xa by']],
    ['"a b', ['a b']],
    ['a "" b', ['a', '', 'b']],
    ['"a""b"', ['a"b']],
    ["'a b'", ["'a", "b'"]],
    ['a\\b', ['a\\b']],
    ['a\\\\b', ['a\\\\b']],
    ['a\\', ['a\\']],
    ['\\"a', ['"a']],
    ['\\\\"a b"', ['\\a b']],
    ['\\\\\\"a b', ['\\"a', 'b']],
    ['"C:\\dir\\\\" next', ['C:\\dir\\', 'next']],
    [`-command ". '/p/x.ps1'"`, ['-command', ". '/p/x.ps1'"]],
    [
      '/D /E:ON /V:OFF /S /C "CALL "/t/x.cmd""',
      ['/D', '/E:ON', '/V:OFF', '/S', '/C', 'CALL /t/x.cmd']
    ]
  ])('§2.3: %j', (line, expected) => {
    expect(splitCommandLine(line)).toEqual(expected)
  })
})
