/**
 * The documentation is self-contained (docs/semantics.md, docs/performance.md): every relative link
 * in README.md and docs/ resolves, every code that comments and tests cite (R29, R4.1, Q-e, Q12,
 * S21, E14, B5) has its anchor, every section citation (`docs/semantics.md §2.9`,
 * `runner-emulation §4.2`) names a section that exists, and nothing cites the specs that live
 * outside the repository. Each check lists every failure it finds, with file and line.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
/** This file names the old citations in order to forbid them; it is not scanned for them. */
const THIS_FILE = path.relative(ROOT, import.meta.filename)

/** Whole words only: `E2BIG`, `E2E`, `0xB1` are not codes. */
const CODE = /\b(?:R\d+(?:\.\d+)?|Q-[a-h]|Q\d{1,2}|S\d{2}|E\d{1,2}|B\d)\b/g
/**
 * `docs/<page>.md §n` or a shorthand page name, then more sections after `,` `–` `/` `and`; a
 * comment's line break (` * `) may come between them.
 */
const SECTION_CITATION =
  /(?:\bdocs\/([\w-]+)\.md|\b(runner-emulation|expressions|semantics))[\s*]*§\s*(\d+(?:\.\d+)*)((?:[\s*]*(?:,|–|-|\/|and|or)[\s*]*§\s*\d+(?:\.\d+)*)*)/g
const OLD_CITATION = /\bspec\/|\bspec\s+§|\/work\/shared|\bDESIGN\b/g

/** Repository-relative paths of the files under `folder` whose names end with `ext`. */
function filesUnder(folder: string, ext: string): string[] {
  const absolute = path.join(ROOT, folder)
  if (!existsSync(absolute)) return []
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) return filesUnder(file, ext)
    return entry.name.endsWith(ext) ? [file] : []
  })
}

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')
const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length

const markdownFiles = ['README.md', ...filesUnder('docs', '.md')]
const sourceFiles = [...filesUnder('src', '.ts'), ...filesUnder('__tests__', '.ts')].filter(
  (file) => file !== THIS_FILE
)

/** Markdown with fenced code blocks blanked (line breaks kept): nothing in them is a link or heading. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, (block) =>
    block.replace(/[^\n]/g, '')
  )
}

/** GitHub's anchor for a heading: lower case, punctuation dropped except `-` and `_`, spaces → `-`. */
function headingSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

/** The headings of a Markdown text, outside code blocks, without their `#` marks. */
function headingsOf(markdown: string): string[] {
  return [...withoutFences(markdown).matchAll(/^#{1,6}[ \t]+(.*?)[ \t#]*$/gm)].map((m) => m[1])
}

/** Every anchor a link can point at: heading slugs (repeats get -1, -2…) and `<a id|name>`. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const heading of headingsOf(markdown)) {
    const slug = headingSlug(heading)
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1])
  return anchors
}

/** Links of a Markdown file outside code (inline and reference style), with their lines. */
function linksOf(markdown: string): Array<{ target: string; line: number }> {
  const prose = withoutFences(markdown).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length))
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
  const reference = [...prose.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)]
  return [...inline, ...reference].map((m) => ({ target: m[1], line: lineOf(prose, m.index) }))
}

/** Relative links that lead nowhere: a missing file, or a `#fragment` with no anchor there. */
function brokenLinks(): string[] {
  const problems: string[] = []
  for (const file of markdownFiles) {
    for (const { target, line } of linksOf(read(file))) {
      if (/^[a-z][a-z\d+.-]*:/i.test(target)) continue // http(s), mailto: not fetched
      const [linkPath, fragment] = target.split('#', 2)
      const resolved = linkPath ? path.join(path.dirname(file), decodeURI(linkPath)) : file
      const where = `${file}:${line} → ${target}`
      if (!existsSync(path.join(ROOT, resolved))) problems.push(`${where}: no file ${resolved}`)
      else if (fragment && resolved.endsWith('.md')) {
        const anchor = decodeURIComponent(fragment)
        if (!anchorsOf(read(resolved)).has(anchor)) {
          problems.push(`${where}: no anchor '${anchor}' in ${resolved}`)
        }
      }
    }
  }
  return problems
}

/** Every match of `pattern` in the source files, with where it is. */
function occurrences(pattern: RegExp): Array<{ match: RegExpMatchArray; where: string }> {
  return sourceFiles.flatMap((file) => {
    const text = read(file)
    return [...text.matchAll(pattern)].map((match) => ({
      match,
      where: `${file}:${lineOf(text, match.index ?? 0)}`
    }))
  })
}

/** The page that defines a code, and the anchor it has there (`R4.1` → `r4-1`). */
function codeAnchor(code: string): { page: string; anchor: string } {
  const page = code.startsWith('B') ? 'docs/performance.md' : 'docs/semantics.md'
  return { page, anchor: code.toLowerCase().replace(/\./g, '-') }
}

/** Anchors of a docs page, or none when the page does not exist. */
function pageAnchors(page: string): Set<string> {
  return existsSync(path.join(ROOT, page)) ? anchorsOf(read(page)) : new Set()
}

/** Cited codes without an anchor, one line per code: where it is looked for, where it is cited. */
function undefinedCodes(): string[] {
  const citedAt = new Map<string, string[]>()
  for (const { match, where } of occurrences(CODE)) {
    citedAt.set(match[0], [...(citedAt.get(match[0]) ?? []), where])
  }
  return [...citedAt]
    .filter(([code]) => !pageAnchors(codeAnchor(code).page).has(codeAnchor(code).anchor))
    .map(([code, places]) => {
      const { page, anchor } = codeAnchor(code)
      const more = places.length > 3 ? ` and ${places.length - 3} more` : ''
      return `${code}: no #${anchor} in ${page}; cited at ${places.slice(0, 3).join(', ')}${more}`
    })
    .sort()
}

/** Whether a docs page has section `n`: a heading starting `n` or `§n`, or an anchor `s-n`. */
function hasSection(page: string, section: string): boolean {
  if (!existsSync(path.join(ROOT, page))) return false
  const markdown = read(page)
  const number = new RegExp(`^§?${section.replace(/\./g, '\\.')}(?!\\d|\\.\\d)`)
  return (
    headingsOf(markdown).some((heading) => number.test(heading)) ||
    anchorsOf(markdown).has(`s-${section.replace(/\./g, '-')}`)
  )
}

/** Section citations whose page or section does not exist. */
function missingSections(): string[] {
  return occurrences(SECTION_CITATION).flatMap(({ match, where }) => {
    const page = `docs/${match[1] ?? match[2]}.md`
    const sections = [match[3], ...[...match[4].matchAll(/§\s*(\d+(?:\.\d+)*)/g)].map((m) => m[1])]
    return sections
      .filter((section) => !hasSection(page, section))
      .map((section) => `${where}: ${page} has no section ${section} ("${match[0]}")`)
  })
}

/** `docs/<page>.md` named in the source files where no such page exists. */
function missingPages(): string[] {
  return occurrences(/\bdocs\/[a-z0-9-]+\.md\b/g)
    .filter(({ match }) => !existsSync(path.join(ROOT, match[0])))
    .map(({ match, where }) => `${where}: ${match[0]} does not exist`)
}

/** Citations of the specs outside the repository, each with the text around it. */
function oldCitations(): string[] {
  return occurrences(OLD_CITATION).map(({ match, where }) => {
    const text = match.input ?? ''
    const index = match.index ?? 0
    const around = text.slice(Math.max(0, index - 20), index + 40).replace(/\s+/g, ' ')
    return `${where}: …${around}…`
  })
}

describe('the helpers', () => {
  it("make GitHub's heading slugs", () => {
    expect(headingSlug('Expressions: `${{ }}` and `%{{ }}`')).toBe('expressions---and--')
    expect(headingSlug('1.7 Error catalogue (E1–E23)')).toBe('17-error-catalogue-e1e23')
    expect(headingSlug('[Migration](#migration) of `steps_file`')).toBe('migration-of-steps_file')
  })

  it('find whole codes only', () => {
    const found = 'R29, R4.1. Q-e Q12 S21 E14 B5 E2BIG E2E 0xB1 R2D2 QA-b S1'.match(CODE)
    expect(found).toEqual(['R29', 'R4.1', 'Q-e', 'Q12', 'S21', 'E14', 'B5'])
    expect(codeAnchor('R4.1')).toEqual({ page: 'docs/semantics.md', anchor: 'r4-1' })
    expect(codeAnchor('B5')).toEqual({ page: 'docs/performance.md', anchor: 'b5' })
  })

  it('find section citations, with the sections that follow them', () => {
    const text = 'see docs/semantics.md §2.9, §2.10 and runner-emulation §4.2–§4.4.'
    const found = [...text.matchAll(SECTION_CITATION)].map((m) => [m[1] ?? m[2], m[3], m[4]])
    expect(found).toEqual([
      ['semantics', '2.9', ', §2.10'],
      ['runner-emulation', '4.2', '–§4.4']
    ])
    const wrapped = ' * (docs/runner-emulation.md\n * §4.6, §1.4, §2.5; runner'
    expect([...wrapped.matchAll(SECTION_CITATION)].map((m) => [m[1], m[3], m[4]])).toEqual([
      ['runner-emulation', '4.6', ', §1.4, §2.5']
    ])
  })

  it('have something to check', () => {
    expect(markdownFiles).toContain('docs/semantics.md')
    expect(occurrences(CODE).length).toBeGreaterThan(300)
  })
})

describe('the documentation', () => {
  it('every relative link in README.md and docs/ resolves, and its #fragment names an anchor', () => {
    expect(brokenLinks()).toEqual([])
  })

  it('every code cited in src/ and __tests__/ has its anchor in docs/', () => {
    expect(undefinedCodes()).toEqual([])
  })

  it('every docs page named in src/ and __tests__/ exists', () => {
    expect(missingPages()).toEqual([])
  })

  it('every section citation names a section of that docs page', () => {
    expect(missingSections()).toEqual([])
  })

  it('no comment or test cites the specs outside the repository (spec/…, /work/shared, DESIGN)', () => {
    expect(oldCitations()).toEqual([])
  })
})
