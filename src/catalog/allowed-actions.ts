/**
 * The `allowed-actions` input. The runner's server applies the organisation's "allowed actions"
 * policy before it hands out a download; we download ourselves, which bypasses it
 * (docs/runner-emulation.md §4.2 "Policy gap"), so this input lets a workflow state its own list.
 *
 * Patterns follow the policy's syntax: `owner/repo@ref`, `owner/repo/path@ref`, `*` for any text
 * (`/` included, so `octo-org/*` covers every repository of the owner), no `@` meaning any ref,
 * and a leading `!` to block what would otherwise be allowed. Names compare case-insensitively
 * (GitHub's are), refs exactly. A pattern naming a repository covers the actions in its folders.
 * Local `./` actions and `docker://` images are not repository actions and are not checked, as
 * the policy does not check them either.
 */

export interface AllowedActions {
  /** The entries as written, for messages. */
  readonly entries: readonly string[]
  readonly allow: readonly Pattern[]
  readonly block: readonly Pattern[]
}

interface Pattern {
  text: string
  name: RegExp
  ref: RegExp
}

const ENTRY = /^(!?)([^@\s]+)(?:@([^@\s]+))?$/

/** Parses the input (entries separated by commas or newlines); undefined when it is empty. */
export function parseAllowedActions(
  text: string,
  fail: (message: string) => void
): AllowedActions | undefined {
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  if (entries.length === 0) return undefined
  const allow: Pattern[] = []
  const block: Pattern[] = []
  for (const entry of entries) {
    const match = ENTRY.exec(entry)
    const name = match?.[2] ?? ''
    if (!match || (name !== '*' && !/^[^/]+\/[^/]/.test(name))) {
      fail(
        `Input 'allowed-actions' has '${entry}', which is not a pattern like owner/repo@ref, ` +
          'owner/*, owner/repo/path@* or !owner/repo@ref.'
      )
      continue
    }
    const pattern = {
      text: entry,
      name: glob(name, 'i'),
      ref: glob(match[3] ?? '*', '')
    }
    ;(match[1] === '!' ? block : allow).push(pattern)
  }
  return { entries, allow, block }
}

/**
 * Why `owner/repo[/path]@ref` may not be downloaded, or undefined when it may. With only blocking
 * entries, everything else is allowed.
 */
export function refusal(
  allowed: AllowedActions,
  action: { owner: string; repo: string; path: string; ref: string }
): string | undefined {
  const repository = `${action.owner}/${action.repo}`
  const names = action.path === '' ? [repository] : [`${repository}/${action.path}`, repository]
  const matches = (pattern: Pattern): boolean =>
    pattern.ref.test(action.ref) && names.some((name) => pattern.name.test(name))
  const described = `${names[0]}@${action.ref}`
  const blocking = allowed.block.find(matches)
  if (blocking) {
    return `The action ${described} is not allowed: the allowed-actions input blocks it (${blocking.text}).`
  }
  if (allowed.allow.length === 0 || allowed.allow.some(matches)) return undefined
  return (
    `The action ${described} is not allowed: it matches none of the patterns of the ` +
    `allowed-actions input: ${allowed.allow.map((pattern) => pattern.text).join(', ')}.`
  )
}

/** `*` as any text, everything else literal, the whole string. */
function glob(pattern: string, flags: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${body}$`, flags)
}
