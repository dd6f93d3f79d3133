/**
 * A minimal gzipped tar (POSIX ustar, with a pax `path` record for long names): enough to write a
 * backup archive that `tar -xzf` opens, and to read our own archives back. Files only — no links,
 * no devices; a path that would leave the target folder is refused when reading.
 */
import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'
import { pipeline } from 'stream/promises'
import { PassThrough } from 'stream'
import { createGunzip, createGzip } from 'zlib'

import type { FileDigest } from '@/domain/backup'

const BLOCK = 512
const MAX_SIZE = 0o77777777777 // 11 octal digits: 8 GiB

const writeString = (block: Buffer, value: string, offset: number, length: number) => {
  block.write(value, offset, Math.min(length, Buffer.byteLength(value)), 'utf8')
}
const writeOctal = (block: Buffer, value: number, offset: number, length: number) => {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii')
}

/** Splits a path into ustar's prefix (155 bytes) and name (100 bytes), when it fits. */
const splitUstar = (name: string): { prefix: string; name: string } | null => {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name }
  for (let i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i)
    const rest = name.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest) {
      return { prefix, name: rest }
    }
  }
  return null
}

const header = (name: string, size: number, type: '0' | 'x', mtime: Date): Buffer => {
  const block = Buffer.alloc(BLOCK)
  const split = splitUstar(name) ?? { prefix: '', name: name.slice(0, 99) }
  writeString(block, split.name, 0, 100)
  writeOctal(block, 0o644, 100, 8)
  writeOctal(block, 0, 108, 8)
  writeOctal(block, 0, 116, 8)
  writeOctal(block, size, 124, 12)
  writeOctal(block, Math.floor(mtime.getTime() / 1000), 136, 12)
  block.fill(' ', 148, 156)
  block.write(type, 156, 1, 'ascii')
  block.write('ustar\0', 257, 6, 'ascii')
  block.write('00', 263, 2, 'ascii')
  writeString(block, split.prefix, 345, 155)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return block
}

/** A pax extended header carrying the full path, for names ustar cannot hold. */
const paxHeader = (name: string, mtime: Date): Buffer => {
  const body = (n: number) => `${n} path=${name}\n`
  let length = Buffer.byteLength(body(0))
  while (Buffer.byteLength(body(length)) !== length) length = Buffer.byteLength(body(length))
  const record = Buffer.from(body(length))
  return Buffer.concat([
    header('PaxHeader', record.length, 'x', mtime),
    record,
    padding(record.length),
  ])
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)

export type TarEntry = { name: string; file: string } | { name: string; content: Buffer }

/**
 * Writes the entries, in order, into a gzipped tar at `target`, and returns each entry's size
 * and SHA-256 as written (a file's bytes are hashed while they are copied, so the digest is of
 * what the archive holds). `entries` is given the digests written so far: a generator can yield
 * the manifest last, listing the digests of everything before it.
 */
export const writeTarGz = async (
  target: string,
  entries: (written: Readonly<Record<string, FileDigest>>) => AsyncIterable<TarEntry>,
): Promise<Record<string, FileDigest>> => {
  const digests: Record<string, FileDigest> = {}
  const tar = new PassThrough()
  const done = pipeline(
    tar,
    createGzip({ level: 6 }),
    fs.createWriteStream(target, { flags: 'wx' }),
  )
  // Waits for the stream to take more, so that large files are not buffered whole.
  const put = async (chunk: Buffer) => {
    if (!tar.write(chunk)) await new Promise((resolve) => tar.once('drain', resolve))
  }
  try {
    for await (const entry of entries(digests)) {
      if (entry.name.startsWith('/') || entry.name.split('/').includes('..')) {
        throw new Error(`tar: unsafe entry name ${entry.name}`)
      }
      const now = new Date()
      const hash = createHash('sha256')
      if ('content' in entry) {
        if (!splitUstar(entry.name)) await put(paxHeader(entry.name, now))
        await put(header(entry.name, entry.content.length, '0', now))
        hash.update(entry.content)
        await put(entry.content)
        await put(padding(entry.content.length))
        digests[entry.name] = { sha256: hash.digest('hex'), bytes: entry.content.length }
        continue
      }
      const handle = await fs.promises.open(entry.file, 'r')
      try {
        const stat = await handle.stat()
        if (stat.size > MAX_SIZE) throw new Error(`tar: ${entry.file} is larger than 8 GiB`)
        if (!splitUstar(entry.name)) await put(paxHeader(entry.name, stat.mtime))
        await put(header(entry.name, stat.size, '0', stat.mtime))
        // Exactly the size announced in the header, even if the file grows meanwhile.
        let left = stat.size
        const buffer = Buffer.alloc(64 * 1024)
        while (left > 0) {
          const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, left), null)
          if (bytesRead === 0) throw new Error(`tar: ${entry.file} shrank while it was archived`)
          const chunk = Buffer.from(buffer.subarray(0, bytesRead))
          hash.update(chunk)
          await put(chunk)
          left -= bytesRead
        }
        await put(padding(stat.size))
        digests[entry.name] = { sha256: hash.digest('hex'), bytes: stat.size }
      } finally {
        await handle.close()
      }
    }
    tar.end(Buffer.alloc(BLOCK * 2))
    await done
  } catch (error) {
    tar.destroy()
    await done.catch(() => undefined)
    await fs.promises.rm(target, { force: true })
    throw error
  }
  return digests
}

const readString = (block: Buffer, offset: number, length: number) => {
  const raw = block.subarray(offset, offset + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? length : end).toString('utf8')
}
const readOctal = (block: Buffer, offset: number, length: number) =>
  parseInt(readString(block, offset, length).trim() || '0', 8)

/** A path inside `root`, or an error: archives never write outside the folder they extract to. */
const inside = (root: string, name: string): string => {
  const target = path.resolve(root, name)
  if (
    path.isAbsolute(name) ||
    name.split('/').includes('..') ||
    !target.startsWith(path.resolve(root) + path.sep)
  ) {
    throw new Error(`tar: entry ${name} would be written outside the folder`)
  }
  return target
}

/**
 * Extracts a gzipped tar's regular files into `root` (which must exist), and returns each file's
 * size and SHA-256, hashed as it was written.
 */
export const extractTarGz = async (
  archive: string,
  root: string,
): Promise<Record<string, FileDigest>> => {
  const digests: Record<string, FileDigest> = {}
  let pending: Buffer = Buffer.alloc(0)
  let longName: string | null = null
  // The entry being read: its remaining bytes, and where they go.
  let current: {
    name: string
    left: number
    pad: number
    kind: 'file' | 'pax' | 'skip'
    out?: fs.WriteStream
    hash?: ReturnType<typeof createHash>
    pax?: Buffer[]
    size: number
  } | null = null
  let ended = false

  const finish = async () => {
    if (!current) return
    const entry = current
    current = null
    if (entry.kind === 'file' && entry.out && entry.hash) {
      await new Promise<void>((resolve, reject) =>
        entry.out!.end((err?: Error | null) => (err ? reject(err) : resolve())),
      )
      digests[entry.name] = { sha256: entry.hash.digest('hex'), bytes: entry.size }
    }
    if (entry.kind === 'pax' && entry.pax) {
      const text = Buffer.concat(entry.pax).toString('utf8')
      for (const line of text.split('\n')) {
        const match = /^\d+ path=(.*)$/.exec(line)
        if (match) longName = match[1]
      }
    }
  }

  const source = fs.createReadStream(archive).pipe(createGunzip())
  for await (const chunk of source as AsyncIterable<Buffer>) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
    while (!ended) {
      if (current) {
        if (current.left > 0) {
          if (pending.length === 0) break
          const take = pending.subarray(0, Math.min(current.left, pending.length))
          pending = pending.subarray(take.length)
          current.left -= take.length
          if (current.kind === 'file') {
            current.hash!.update(take)
            const out = current.out!
            if (!out.write(take))
              await new Promise<void>((resolve) => out.once('drain', () => resolve()))
          } else if (current.kind === 'pax') current.pax!.push(Buffer.from(take))
          continue
        }
        if (pending.length < current.pad) break
        pending = pending.subarray(current.pad)
        await finish()
        continue
      }
      if (pending.length < BLOCK) break
      const block = pending.subarray(0, BLOCK)
      pending = pending.subarray(BLOCK)
      if (block.every((b) => b === 0)) {
        ended = true
        break
      }
      let sum = 0
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]
      if (sum !== readOctal(block, 148, 8)) throw new Error('tar: bad header checksum')
      const size = readOctal(block, 124, 12)
      const type = String.fromCharCode(block[156] || 48)
      const prefix =
        block.subarray(257, 262).toString('ascii') === 'ustar' ? readString(block, 345, 155) : ''
      const shortName = readString(block, 0, 100)
      const name: string = longName ?? (prefix ? `${prefix}/${shortName}` : shortName)
      const pad = (BLOCK - (size % BLOCK)) % BLOCK
      if (type === 'x') {
        current = { name, left: size, pad, kind: 'pax', pax: [], size }
        continue
      }
      longName = null
      if (type === '0' || type === '7') {
        const target = inside(root, name)
        await fs.promises.mkdir(path.dirname(target), { recursive: true })
        current = {
          name,
          left: size,
          pad,
          kind: 'file',
          out: fs.createWriteStream(target, { flags: 'wx' }),
          hash: createHash('sha256'),
          size,
        }
      } else {
        current = { name, left: size, pad, kind: 'skip', size }
      }
    }
  }
  if (current) {
    await finish()
    throw new Error('tar: the archive ends in the middle of a file')
  }
  if (!ended) throw new Error('tar: the archive has no end marker (truncated?)')
  return digests
}
