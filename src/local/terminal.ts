/**
 * Renders what the action prints (workflow commands included) for a terminal, as the GitHub log
 * viewer would show it: groups as headings, annotations coloured, masks applied, fenced text shown
 * as text.
 */

const useColour = (): boolean => !process.env.NO_COLOR && process.stdout.isTTY === true

const paint = (code: string, text: string): string =>
  useColour() ? `\u001b[${code}m${text}\u001b[0m` : text

export class TerminalRenderer {
  private readonly masks: string[] = []
  private stopToken: string | undefined
  private inGroup = false
  private readonly print: (line: string) => void

  constructor(print: (line: string) => void) {
    // Lines inside a group are drawn inside a box edge, as the log viewer nests them.
    this.print = (line) => print(this.inGroup ? `${paint('2', '│')} ${line}` : line)
  }

  /** Renders one line of the action's stdout. */
  line(raw: string): void {
    if (this.stopToken !== undefined) {
      if (raw.trim() === `::${this.stopToken}::`) this.stopToken = undefined
      else this.print(this.mask(raw))
      return
    }
    const match = /^\s*::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw)
    if (!match) {
      this.print(this.mask(raw))
      return
    }
    const [, name, properties = '', data] = match
    this.command(name.toLowerCase(), properties, unescape(data), raw)
  }

  /** A command line: masks and fences change state, the rest is drawn as the log viewer would. */
  private command(name: string, properties: string, message: string, raw: string): void {
    switch (name) {
      case 'add-mask':
        if (message) this.masks.push(message)
        break
      case 'stop-commands':
        this.stopToken = message
        break
      case 'group':
        this.inGroup = false
        this.print(paint('1', `┌─ ${this.mask(message)}`))
        this.inGroup = true
        break
      case 'endgroup':
        this.inGroup = false
        this.print(paint('2', '└─'))
        break
      case 'error':
        this.print(paint('31', `Error${where(properties)}: ${this.mask(message)}`))
        break
      case 'warning':
        this.print(paint('33', `Warning${where(properties)}: ${this.mask(message)}`))
        break
      case 'notice':
        this.print(paint('36', `Notice${where(properties)}: ${this.mask(message)}`))
        break
      case 'debug':
        if (process.env.RUNNER_DEBUG === '1') this.print(paint('2', `Debug: ${this.mask(message)}`))
        break
      default:
        this.print(this.mask(raw))
    }
  }

  /** Replaces every registered secret by `***`, as the runner's masker does. */
  mask(text: string): string {
    let out = text
    for (const secret of this.masks) out = out.split(secret).join('***')
    return out
  }
}

function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function where(properties: string): string {
  const props = Object.fromEntries(
    properties
      .split(',')
      .map((pair) => pair.split('='))
      .filter((pair) => pair.length >= 2)
      .map(([key, ...rest]) => [key, rest.join('=')])
  )
  const parts = [props.file, props.line, props.col].filter((part) => part !== undefined)
  const title = props.title
    ? ` ${unescape(props.title.replace(/%2C/g, ',').replace(/%3A/g, ':'))}`
    : ''
  return (parts.length > 0 ? ` (${parts.join(':')})` : '') + title
}
