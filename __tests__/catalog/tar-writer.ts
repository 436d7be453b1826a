/**
 * A tiny tar writer for tests: ustar headers (with the prefix field), GNU long names
 * (`././@LongLink`, types L/K) and pax headers (types x/g), gzipped with node:zlib.
 */
import { gzipSync } from 'node:zlib'

export type EntryType =
  'file' | 'dir' | 'symlink' | 'hardlink' | 'fifo' | 'chardev' | 'blockdev' | 'sparse'

export interface TarEntry {
  name: string
  type?: EntryType
  data?: string | Buffer
  mode?: number
  linkName?: string
  /** How to store a name or link name that does not fit the 100-byte fields. */
  long?: 'pax' | 'gnu' | 'ustar-prefix'
}

const TYPE_FLAGS: Record<EntryType, string> = {
  file: '0',
  dir: '5',
  symlink: '2',
  hardlink: '1',
  fifo: '6',
  chardev: '3',
  blockdev: '4',
  // A GNU sparse file: tar's parser skips this type.
  sparse: 'S'
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function header(fields: {
  name: string
  mode: number
  size: number
  type: string
  linkName?: string
  prefix?: string
}): Buffer {
  const block = Buffer.alloc(512)
  block.write(fields.name, 0, 100, 'utf8')
  block.write(octal(fields.mode, 8), 100, 'latin1')
  block.write(octal(0, 8), 108, 'latin1')
  block.write(octal(0, 8), 116, 'latin1')
  block.write(octal(fields.size, 12), 124, 'latin1')
  block.write(octal(0, 12), 136, 'latin1')
  block.write('        ', 148, 'latin1')
  block.write(fields.type, 156, 'latin1')
  block.write(fields.linkName ?? '', 157, 100, 'utf8')
  block.write('ustar\0', 257, 'latin1')
  block.write('00', 263, 'latin1')
  block.write(fields.prefix ?? '', 345, 155, 'utf8')
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(sum, 7) + ' ', 148, 'latin1')
  return block
}

function padded(data: Buffer): Buffer {
  const padding = (512 - (data.length % 512)) % 512
  return Buffer.concat([data, Buffer.alloc(padding)])
}

/** A pax record: `<length> <key>=<value>\n`, the length counting itself. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = Buffer.byteLength(body)
  while (String(length).length + Buffer.byteLength(body) !== length) {
    length = String(length).length + Buffer.byteLength(body)
  }
  return `${length}${body}`
}

function metaEntry(type: string, data: Buffer): Buffer[] {
  const name = type === 'L' || type === 'K' ? '././@LongLink' : 'PaxHeader'
  return [header({ name, mode: 0o644, size: data.length, type }), padded(data)]
}

/** An uncompressed tar archive of the entries, optionally with a pax global header first. */
export function tar(entries: TarEntry[], globalPax?: Record<string, string>): Buffer {
  const blocks: Buffer[] = []
  if (globalPax) {
    const text = Object.entries(globalPax)
      .map(([key, value]) => paxRecord(key, value))
      .join('')
    blocks.push(...metaEntry('g', Buffer.from(text)))
  }
  for (const entry of entries) {
    const type = entry.type ?? 'file'
    const data = type === 'file' ? Buffer.from(entry.data ?? '') : Buffer.alloc(0)
    let name = entry.name
    let linkName = entry.linkName
    let prefix: string | undefined
    if (entry.long === 'pax') {
      let text = paxRecord('path', entry.name)
      if (linkName !== undefined) text += paxRecord('linkpath', linkName)
      blocks.push(...metaEntry('x', Buffer.from(text)))
      name = entry.name.slice(0, 99)
      linkName = linkName?.slice(0, 99)
    } else if (entry.long === 'gnu') {
      blocks.push(...metaEntry('L', Buffer.from(entry.name + '\0')))
      if (linkName !== undefined) blocks.push(...metaEntry('K', Buffer.from(linkName + '\0')))
      name = entry.name.slice(0, 99)
      linkName = linkName?.slice(0, 99)
    } else if (entry.long === 'ustar-prefix') {
      const cut = entry.name.lastIndexOf('/', 154)
      prefix = entry.name.slice(0, cut)
      name = entry.name.slice(cut + 1)
    }
    const mode = entry.mode ?? (type === 'dir' ? 0o755 : 0o644)
    blocks.push(header({ name, mode, size: data.length, type: TYPE_FLAGS[type], linkName, prefix }))
    if (data.length > 0) blocks.push(padded(data))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

/** The archive gzipped, as the REST tarball endpoint serves it. */
export function tarGz(entries: TarEntry[], globalPax?: Record<string, string>): Buffer {
  return gzipSync(tar(entries, globalPax))
}

/** Entries of a well-formed repository archive: `top/` then every file under it. */
/** What `git archive` records as the pax `comment` of a test archive unless told otherwise. */
export const ARCHIVE_COMMIT = 'abc1234def5678abc1234def5678abc1234def56'

/**
 * A repository tarball as GitHub serves it: one top folder, and the commit in the pax global
 * header's `comment` (`null` leaves the header out).
 */
export function repositoryArchive(
  top: string,
  files: Record<string, string>,
  commit: string | null = ARCHIVE_COMMIT
): Buffer {
  const entries: TarEntry[] = [{ name: `${top}/`, type: 'dir' }]
  const directories = new Set<string>()
  for (const file of Object.keys(files)) {
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join('/'))
  }
  for (const directory of [...directories].sort())
    entries.push({ name: `${top}/${directory}/`, type: 'dir' })
  for (const [file, data] of Object.entries(files)) entries.push({ name: `${top}/${file}`, data })
  return tarGz(entries, commit === null ? undefined : { comment: commit })
}
