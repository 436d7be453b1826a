import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import {
  bytesMayHoldCommand,
  fenceLines,
  looksLikeCommand
} from '../../src/runner/command-fence.js'
import { formatCommand, parseWorkflowCommand } from '../../src/runner/command-syntax.js'
import {
  WorkflowCommandProcessor,
  unsecureCommandsAllowed,
  unsecureStopTokensAllowed,
  type CommandEffects,
  type CommandProcessorOptions,
  type LineAction
} from '../../src/runner/workflow-commands.js'

type Call = [keyof CommandEffects, ...string[]]

function setup(options: Partial<Omit<CommandProcessorOptions, 'effects'>> = {}) {
  const calls: Call[] = []
  const effects: CommandEffects = {
    setOutput: (name, value) => calls.push(['setOutput', name, value]),
    saveState: (name, value) => calls.push(['saveState', name, value]),
    setEnv: (name, value) => calls.push(['setEnv', name, value]),
    addPath: (p) => calls.push(['addPath', p]),
    fail: (message) => calls.push(['fail', message])
  }
  const processor = new WorkflowCommandProcessor({
    allowUnsecureCommands: false,
    allowUnsecureStopTokens: false,
    ...options,
    effects
  })
  return { processor, calls }
}

const print = (text: string): LineAction => ({ kind: 'print', text })
const forward = (command: string): LineAction => ({ kind: 'forward', command })
const mask = (value: string): LineAction => ({ kind: 'mask', value })

const DISABLED = (name: string) =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into ` +
  'unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment ' +
  'variable to `true`. For more information see: ' +
  'https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/'

const STOP_TOKEN_REFUSED =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another " +
  'workflow command. For more information see: https://docs.github.com/actions/learn-github-' +
  'actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands ' +
  'or opt into insecure command execution by setting the ' +
  '`ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.'

describe('parseWorkflowCommand (§3.3)', () => {
  it('§3.3: current form after leading whitespace, with properties and data', () => {
    expect(parseWorkflowCommand('   ::error file=a.ts,line=3::boom')).toEqual({
      name: 'error',
      properties: [
        ['file', 'a.ts'],
        ['line', '3']
      ],
      data: 'boom'
    })
  })

  it('§3.3: current form must start the line; a prefix defeats it', () => {
    expect(parseWorkflowCommand('>>> ::error::boom')).toBeUndefined()
    expect(parseWorkflowCommand('::error boom')).toBeUndefined()
  })

  it('§3.3: legacy form is recognised anywhere in the line', () => {
    expect(parseWorkflowCommand('[job] ##[warning file=x;line=2]careful')).toEqual({
      name: 'warning',
      properties: [
        ['file', 'x'],
        ['line', '2']
      ],
      data: 'careful'
    })
  })

  it('§3.3: unregistered names are not commands', () => {
    expect(parseWorkflowCommand('::foo::bar')).toBeUndefined()
    expect(parseWorkflowCommand('##[foo]bar')).toBeUndefined()
    expect(parseWorkflowCommand('::internal-set-repo-path::x')).toBeUndefined()
  })

  it('§3.3: names are case-insensitive; pairs without = or value are dropped', () => {
    expect(parseWorkflowCommand('::SET-OUTPUT name=a,novalue,k=,=v::d')).toEqual({
      name: 'SET-OUTPUT',
      properties: [['name', 'a']],
      data: 'd'
    })
  })

  it('§3.3: a property value keeps later = signs; a repeated key (any case) updates the value', () => {
    expect(parseWorkflowCommand('::error k=a=b,K=c::')?.properties).toEqual([['k', 'c']])
    expect(parseWorkflowCommand('::error k=a=b::')?.properties).toEqual([['k', 'a=b']])
  })

  it('§3.3: current-form unescaping (properties: %0D %0A %3A %2C %25; data: %0D %0A %25)', () => {
    const command = parseWorkflowCommand(
      '::error title=%0D%0A%3A%2C%25%3B%5D::a%0Db%0Ac%25d%3Ae%2Cf%3Bg%5D'
    )
    expect(command?.properties).toEqual([['title', '\r\n:,%%3B%5D']])
    expect(command?.data).toBe('a\rb\nc%d%3Ae%2Cf%3Bg%5D')
  })

  it('§3.3: %25 is unescaped last, so %250A stays a literal %0A', () => {
    expect(parseWorkflowCommand('::error::%250A')?.data).toBe('%0A')
    expect(parseWorkflowCommand('##[error]%253B')?.data).toBe('%3B')
  })

  it('§3.3: legacy unescaping (%3B %0D %0A %5D %25) for properties and data', () => {
    const command = parseWorkflowCommand('##[error title=%3B%5D%0A%3A]x%3By%5Dz%0D%2C')
    expect(command?.properties).toEqual([['title', ';]\n%3A']])
    expect(command?.data).toBe('x;y]z\r%2C')
  })

  it('§3.3: the current form wins over a legacy command later in the same line', () => {
    expect(parseWorkflowCommand('::debug::see ##[error]x')?.name).toBe('debug')
    // When the current form is not a command, the legacy form is tried.
    expect(parseWorkflowCommand('::foo::see ##[error]x')?.name).toBe('error')
  })

  it('§3.3: .NET OrdinalIgnoreCase matches ſ (long s) to S', () => {
    expect(parseWorkflowCommand('::ſet-output name=a::b')?.name).toBe('ſet-output')
  })
})

describe('WorkflowCommandProcessor: plain output', () => {
  it('§3.3: ordinary lines are printed verbatim', () => {
    const { processor, calls } = setup()
    expect(processor.process('hello :: world')).toEqual([print('hello :: world')])
    expect(processor.process('')).toEqual([print('')])
    expect(processor.process('::foo::bar')).toEqual([print('::foo::bar')])
    expect(calls).toEqual([])
  })

  it('§3.3: ##[start-action and ##[end-action markers are defused', () => {
    const { processor } = setup()
    expect(processor.process('x ##[start-action id=1] ##[end-action]')).toEqual([
      print('x ##[\\start-action id=1] ##[\\end-action]')
    ])
  })

  it('§3.4: internal-set-repo-path is not registered for steps, so it is plain text', () => {
    const { processor, calls } = setup()
    expect(processor.process('::internal-set-repo-path repoFullName=a/b::x')).toEqual([
      print('::internal-set-repo-path repoFullName=a/b::x')
    ])
    expect(calls).toEqual([])
  })
})

describe('WorkflowCommandProcessor: set-output and save-state (§3.4)', () => {
  it('§3.4: set-output is intercepted in both syntaxes, with unescaped data', () => {
    const { processor, calls } = setup()
    expect(processor.process('::set-output name=a::x%0Ay')).toEqual([])
    expect(processor.process('log ##[set-output name=b;]v%3Bw')).toEqual([])
    expect(calls).toEqual([
      ['setOutput', 'a', 'x\ny'],
      ['setOutput', 'b', 'v;w']
    ])
  })

  it('§3.4: save-state is intercepted, never forwarded', () => {
    const { processor, calls } = setup()
    expect(processor.process('::save-state NAME=s::1')).toEqual([])
    expect(calls).toEqual([['saveState', 's', '1']])
  })

  it('§3.4: a missing name fails the step with the runner messages', () => {
    const { processor, calls } = setup()
    expect(processor.process('::set-output::x')).toEqual([])
    expect(processor.process('::save-state name=::x')).toEqual([])
    expect(calls).toEqual([
      ['fail', "Unable to process command '::set-output::x' successfully."],
      ['fail', "Required field 'name' is missing in ##[set-output] command."],
      ['fail', "Unable to process command '::save-state name=::x' successfully."],
      ['fail', "Required field 'name' is missing in ##[save-state] command."]
    ])
  })
})

describe('WorkflowCommandProcessor: set-env and add-path (§3.4, §3.5)', () => {
  it('§3.4: set-env and add-path are disabled by default and fail the step', () => {
    const { processor, calls } = setup()
    expect(processor.process('::set-env name=A::1')).toEqual([])
    expect(processor.process('::add-path::/bin')).toEqual([])
    expect(calls).toEqual([
      ['fail', "Unable to process command '::set-env name=A::1' successfully."],
      ['fail', DISABLED('set-env')],
      ['fail', "Unable to process command '::add-path::/bin' successfully."],
      ['fail', DISABLED('add-path')]
    ])
  })

  it('§3.4: with ACTIONS_ALLOW_UNSECURE_COMMANDS they apply', () => {
    const { processor, calls } = setup({ allowUnsecureCommands: true })
    expect(processor.process('::set-env name=A::1')).toEqual([])
    expect(processor.process('##[add-path]/opt/bin')).toEqual([])
    expect(calls).toEqual([
      ['setEnv', 'A', '1'],
      ['addPath', '/opt/bin']
    ])
  })

  it('§3.5: set-env refuses NODE_OPTIONS (any case) with an error annotation, step not failed', () => {
    const { processor, calls } = setup({ allowUnsecureCommands: true })
    expect(processor.process('::set-env name=node_options::--x')).toEqual([
      forward("::error::Can't update NODE_OPTIONS environment variable using ::set-env:: command.")
    ])
    expect(calls).toEqual([])
  })

  it('§3.4: set-env without name and add-path without data fail with the runner messages', () => {
    const { processor, calls } = setup({ allowUnsecureCommands: true })
    processor.process('::set-env::1')
    processor.process('::add-path::')
    expect(calls).toEqual([
      ['fail', "Unable to process command '::set-env::1' successfully."],
      ['fail', "Required field 'name' is missing in ##[set-env] command."],
      ['fail', "Unable to process command '::add-path::' successfully."],
      ['fail', "Value cannot be null. (Parameter 'path')"]
    ])
  })

  it('§3.5: unsecureCommandsAllowed follows bool.TryParse on worker env, then env context', () => {
    expect(unsecureCommandsAllowed(undefined, undefined)).toBe(false)
    expect(unsecureCommandsAllowed(' TRUE ', undefined)).toBe(true)
    expect(unsecureCommandsAllowed('1', undefined)).toBe(false)
    expect(unsecureCommandsAllowed('false', 'True')).toBe(true)
  })

  it('§3.5: unsecureStopTokensAllowed follows ConvertToBoolean (1, true, $true)', () => {
    expect(unsecureStopTokensAllowed('1', undefined)).toBe(true)
    expect(unsecureStopTokensAllowed(undefined, '$TRUE')).toBe(true)
    expect(unsecureStopTokensAllowed('yes', 'no')).toBe(false)
    expect(unsecureStopTokensAllowed(' true', undefined)).toBe(false)
  })
})

describe('WorkflowCommandProcessor: add-mask (§3.4, §3.5)', () => {
  it('§3.5: add-mask yields the value and never prints it', () => {
    const { processor } = setup()
    expect(processor.process('::add-mask::s3cret')).toEqual([mask('s3cret')])
  })

  it('§3.4: a multi-line value also masks each trimmed line', () => {
    const { processor } = setup()
    expect(processor.process('::add-mask::  one %0D%0A two%0A%0Athree  ')).toEqual([
      mask('  one \r\n two\n\nthree  '),
      mask('one'),
      mask('two'),
      mask('three')
    ])
  })

  it('§3.4: an empty or blank value gives the runner warning, not a failure', () => {
    const { processor, calls } = setup()
    const warning = forward(
      "::warning::Can't add secret mask for empty string in ##[add-mask] command."
    )
    expect(processor.process('::add-mask::')).toEqual([warning])
    expect(processor.process('::add-mask::   ')).toEqual([warning])
    expect(calls).toEqual([])
  })

  it('§3.4: with echo on, add-mask prints ::add-mask::*** after the mask', () => {
    const { processor } = setup({ echo: true })
    expect(processor.process('::add-mask::hush')).toEqual([mask('hush'), print('::add-mask::***')])
  })
})

describe('WorkflowCommandProcessor: annotations, debug, matchers, groups (§3.4)', () => {
  it('§3.4: error/warning/notice/debug are forwarded re-escaped with properties kept', () => {
    const { processor } = setup()
    expect(processor.process('::error file=a.ts,line=3,title=T%3A 1::multi%0Aline')).toEqual([
      forward('::error file=a.ts,line=3,title=T%3A 1::multi%0Aline')
    ])
    expect(processor.process('##[warning file=b;col=2]50%25')).toEqual([
      forward('::warning file=b,col=2::50%25')
    ])
    expect(processor.process('::NOTICE::n')).toEqual([forward('::notice::n')])
    expect(processor.process('::debug::d%0Dx')).toEqual([forward('::debug::d%0Dx')])
  })

  it('§3.4: legacy property keys that could not be re-parsed are dropped when forwarding', () => {
    const { processor } = setup()
    expect(processor.process('##[error a,b=1;c::d=2;line=4]m')).toEqual([
      forward('::error line=4::m')
    ])
  })

  it('§3.4: add-matcher and remove-matcher are forwarded', () => {
    const { processor } = setup()
    expect(processor.process('::add-matcher::.github/m.json')).toEqual([
      forward('::add-matcher::.github/m.json')
    ])
    expect(processor.process('::remove-matcher owner=eslint::')).toEqual([
      forward('::remove-matcher owner=eslint::')
    ])
  })

  it('§3.4: group/endgroup are printed as text, never forwarded', () => {
    const { processor } = setup()
    expect(processor.process('::group::Title')).toEqual([print('::group::Title')])
    expect(processor.process('::endgroup::')).toEqual([print('::endgroup::')])
  })

  it('§3.4: annotations are never echoed, even with echo on', () => {
    const { processor } = setup({ echo: true })
    expect(processor.process('::error::x')).toEqual([forward('::error::x')])
    expect(processor.process('::debug::x')).toEqual([forward('::debug::x')])
  })
})

describe('WorkflowCommandProcessor: echo (§3.4)', () => {
  it('§3.4: echo is off by default; ::echo::on echoes later processed commands', () => {
    const { processor, calls } = setup()
    expect(processor.process('::set-output name=a::1')).toEqual([])
    expect(processor.process('::echo::on')).toEqual([])
    expect(processor.process('::set-output name=b::2')).toEqual([print('::set-output name=b::2')])
    expect(processor.process('::group::G')).toEqual([print('::group::G')])
    // The `echo off` line itself is still echoed, since echo is on when it arrives.
    expect(processor.process('::echo:: OFF ')).toEqual([print('::echo:: OFF ')])
    expect(processor.process('::save-state name=c::3')).toEqual([])
    expect(calls.filter(([kind]) => kind !== 'fail')).toHaveLength(3)
  })

  it('§3.4: echo state is per processor (per nested step)', () => {
    const first = setup()
    const second = setup()
    first.processor.process('::echo::on')
    expect(second.processor.process('::set-output name=a::1')).toEqual([])
  })

  it('§3.4: an invalid echo value fails the step with the runner message', () => {
    const { processor, calls } = setup()
    processor.process('::echo::maybe')
    processor.process('::echo::')
    expect(calls).toEqual([
      ['fail', "Unable to process command '::echo::maybe' successfully."],
      [
        'fail',
        "Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: 'maybe'."
      ],
      ['fail', "Unable to process command '::echo::' successfully."],
      ['fail', "Value cannot be null. (Parameter 'value')"]
    ])
  })

  it('§3.4: echoed command lines are still processed', () => {
    const { processor, calls } = setup({ echo: true })
    expect(processor.process('##[set-output name=a]1')).toEqual([print('##[set-output name=a]1')])
    expect(calls).toEqual([['setOutput', 'a', '1']])
  })
})

describe('WorkflowCommandProcessor: stop-commands (§3.5)', () => {
  it('§3.5: while stopped every line is printed; the stop and resume lines are printed', () => {
    const { processor, calls } = setup()
    expect(processor.process('::stop-commands::pause')).toEqual([print('::stop-commands::pause')])
    expect(processor.process('::set-output name=a::1')).toEqual([print('::set-output name=a::1')])
    expect(processor.process('::add-mask::not-a-mask')).toEqual([print('::add-mask::not-a-mask')])
    expect(processor.process('##[error]x')).toEqual([print('##[error]x')])
    expect(processor.process('::PAUSE::')).toEqual([print('::PAUSE::')])
    expect(processor.process('::set-output name=b::2')).toEqual([])
    expect(calls).toEqual([['setOutput', 'b', '2']])
  })

  it('§3.5: the legacy form also resumes, anywhere in a line', () => {
    const { processor, calls } = setup()
    processor.process('##[stop-commands]tok')
    expect(processor.process('::set-output name=a::1')).toEqual([print('::set-output name=a::1')])
    expect(processor.process('resume ##[tok]')).toEqual([print('resume ##[tok]')])
    processor.process('::set-output name=b::2')
    expect(calls).toEqual([['setOutput', 'b', '2']])
  })

  it('§3.5: start-action markers are still defused while stopped', () => {
    const { processor } = setup()
    processor.process('::stop-commands::tok')
    expect(processor.process('##[start-action x]')).toEqual([print('##[\\start-action x]')])
  })

  it('§3.5: tokens longer than 6 characters are masked before the stop line is printed', () => {
    const { processor } = setup()
    expect(processor.process('::stop-commands::abcdefg')).toEqual([
      mask('abcdefg'),
      print('::stop-commands::abcdefg')
    ])
    expect(processor.process('::stop-commands::abcdef')).toEqual([print('::stop-commands::abcdef')])
  })

  it('§3.5: empty, pause-logging and command-name tokens are refused and fail the step', () => {
    for (const token of ['', 'pause-logging', 'Set-Output', 'stop-commands']) {
      const { processor, calls } = setup()
      expect(processor.process(`::stop-commands::${token}`)).toEqual([])
      expect(calls).toEqual([['fail', STOP_TOKEN_REFUSED]])
      // Not stopped: commands are still processed.
      processor.process('::set-output name=a::1')
      expect(calls).toContainEqual(['setOutput', 'a', '1'])
    }
  })

  it('§3.5: with unsecure tokens allowed a refused token stops processing', () => {
    const { processor, calls } = setup({ allowUnsecureStopTokens: true })
    expect(processor.process('::stop-commands::warning')).toEqual([
      mask('warning'),
      print('::stop-commands::warning')
    ])
    expect(processor.process('::error::x')).toEqual([print('::error::x')])
    expect(processor.process('::WARNING::resume')).toEqual([print('::WARNING::resume')])
    // The runner then unregisters the token, so `warning` stays plain text for this step.
    expect(processor.process('::warning::w')).toEqual([print('::warning::w')])
    expect(processor.process('::error::e')).toEqual([forward('::error::e')])
    expect(calls).toEqual([])
  })

  it('§3.5: an empty token (allowed) never resumes', () => {
    const { processor } = setup({ allowUnsecureStopTokens: true })
    processor.process('::stop-commands::')
    expect(processor.process('::::')).toEqual([print('::::')])
    expect(processor.process('::error::x')).toEqual([print('::error::x')])
  })

  it('§3.5: stop state is per processor (per nested step)', () => {
    const first = setup()
    const second = setup()
    first.processor.process('::stop-commands::tok')
    second.processor.process('::set-output name=a::1')
    expect(second.calls).toEqual([['setOutput', 'a', '1']])
  })
})

describe('looksLikeCommand', () => {
  it('§3.3: true for registered commands in either form, false otherwise', () => {
    expect(looksLikeCommand('::set-output name=a::b')).toBe(true)
    expect(looksLikeCommand('  ::group::x')).toBe(true)
    expect(looksLikeCommand('prefix ##[error]x')).toBe(true)
    expect(looksLikeCommand('::stop-commands::t')).toBe(true)
    expect(looksLikeCommand('std::vector<int> v;')).toBe(false)
    expect(looksLikeCommand('::foo::bar')).toBe(false)
    expect(looksLikeCommand('a ::error::x')).toBe(false)
    expect(looksLikeCommand('##[notacommand]')).toBe(false)
  })

  it('§7.6: errs towards true for names and markers hidden with invisible characters', () => {
    expect(looksLikeCommand('::ſet-output name=a::b')).toBe(true)
    expect(looksLikeCommand('::set-output name=a:\u00AD:b')).toBe(true)
    expect(looksLikeCommand('\u200B::error::x')).toBe(true)
    expect(looksLikeCommand('#\u00AD#[error]x')).toBe(true)
  })

  it('§3.3: .NET whitespace (U+0085, U+3000) before :: still counts as leading whitespace', () => {
    expect(looksLikeCommand('\u3000::error::x')).toBe(true)
    expect(parseWorkflowCommand('\u0085::error::x')?.name).toBe('error')
  })
})

describe('formatCommand', () => {
  it('§3.3: escapes data (%, CR, LF) and properties (also : and ,) like @actions/core', () => {
    expect(formatCommand('error', { file: 'a:b,c', line: '1', title: undefined }, '100%\r\n')).toBe(
      '::error file=a%3Ab%2Cc,line=1::100%25%0D%0A'
    )
    expect(formatCommand('debug', {}, 'x::y')).toBe('::debug::x::y')
  })

  it('§3.3: formatted commands parse back to the same values', () => {
    const line = formatCommand('warning', { title: 'a,b:c%0A', file: 'f' }, 'm%25\n::')
    expect(parseWorkflowCommand(line)).toEqual({
      name: 'warning',
      properties: [
        ['title', 'a,b:c%0A'],
        ['file', 'f']
      ],
      data: 'm%25\n::'
    })
  })
})

describe('fenceLines', () => {
  it('§3.5: wraps lines in a stop-commands fence with the given token', () => {
    expect(fenceLines(['::error::x', 'y'], 'tok-123')).toEqual([
      '::stop-commands::tok-123',
      '::error::x',
      'y',
      '::tok-123::'
    ])
  })

  it('§3.5: uses a fresh random UUID per call and nothing for no lines', () => {
    const first = fenceLines(['a'])
    const second = fenceLines(['a'])
    expect(first[0]).toMatch(/^::stop-commands::[0-9a-f-]{36}$/)
    expect(first[2]).toBe(`::${first[0].slice('::stop-commands::'.length)}::`)
    expect(first[0]).not.toBe(second[0])
    expect(fenceLines([])).toEqual([])
  })

  it('§3.5: a fenced block stops and resumes a processor exactly around the lines', () => {
    const { processor, calls } = setup()
    const actions = fenceLines(['::set-output name=a::1', 'text']).flatMap((l) =>
      processor.process(l)
    )
    expect(actions.filter((a) => a.kind === 'print')).toHaveLength(4)
    processor.process('::set-output name=b::2')
    expect(calls).toEqual([['setOutput', 'b', '2']])
  })
})

describe('bytesMayHoldCommand (the flood fast path)', () => {
  // A command-like line after every kind of plain text, as bytes.
  const lineArb = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '::set-output name=a::b',
      '  ::warning::w',
      'x ##[error]e',
      ':\u200b:group::g',
      '#\u0007#[debug]d',
      '12:34:56 plain',
      '# heading'
    )
  )

  it('never says no to a block holding a line either parser could obey', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 6 }), (lines) => {
        const block = Buffer.from(lines.join('\n'), 'utf8')
        if (lines.some((line) => looksLikeCommand(line) || /::|##\[/.test(line))) {
          expect(bytesMayHoldCommand(block)).toBe(true)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('says no to plain floods, with or without `:` and `#` that start nothing', () => {
    expect(bytesMayHoldCommand(Buffer.from('1\n2\n3\nplain text'))).toBe(false)
    expect(bytesMayHoldCommand(Buffer.from('at 12:34 # note\nurl http://x'))).toBe(false)
    expect(bytesMayHoldCommand(Buffer.from('a::b'))).toBe(true)
    expect(bytesMayHoldCommand(Buffer.from('x ##[group]'))).toBe(true)
  })
})
