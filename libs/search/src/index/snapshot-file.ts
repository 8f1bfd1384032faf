import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';

/** "MMSI": mentor-match search index. */
const MAGIC = 0x4953_4d4d;
const ALIGN = 8;

/**
 * A snapshot file: a JSON header, then binary sections (typed arrays, written as they are in memory
 * and read back as views over one buffer: no per-element parsing). Written to a temporary file, synced
 * and renamed over the old one, so a reader sees the old file or the new one, never half of one.
 */
export async function writeSections(path: string, meta: unknown, sections: readonly ArrayBufferView[]): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  const file = await open(tmp, 'w');
  try {
    const header = Buffer.from(JSON.stringify({ meta, lengths: sections.map((s) => s.byteLength) }));
    const prefix = Buffer.alloc(8);
    prefix.writeUInt32LE(MAGIC, 0);
    prefix.writeUInt32LE(header.length, 4);
    let offset = 0;
    const write = async (bytes: Uint8Array): Promise<void> => {
      await file.write(bytes);
      offset += bytes.length;
      const pad = (ALIGN - (offset % ALIGN)) % ALIGN;
      if (pad) {
        await file.write(Buffer.alloc(pad));
        offset += pad;
      }
    };
    await file.write(prefix);
    offset = prefix.length;
    await write(header);
    for (const s of sections) await write(new Uint8Array(s.buffer, s.byteOffset, s.byteLength));
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await file.close();
  await rename(tmp, path);
}

/**
 * The header and sections of a snapshot file; null when there is none. Each section is read into a
 * buffer of its own, so what one part of the index keeps (or lets go) does not pin the others.
 */
export async function readSections(path: string): Promise<{ meta: unknown; sections: Uint8Array<ArrayBuffer>[] } | null> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const size = (await file.stat()).size;
    const read = async (position: number, length: number): Promise<Uint8Array<ArrayBuffer>> => {
      if (position + length > size) throw new Error('the snapshot file is truncated');
      const bytes = new Uint8Array(new ArrayBuffer(length));
      let done = 0;
      while (done < length) {
        const { bytesRead } = await file.read(bytes, done, length - done, position + done);
        if (bytesRead === 0) throw new Error('the snapshot file is truncated');
        done += bytesRead;
      }
      return bytes;
    };
    const prefix = Buffer.from(await read(0, 8));
    if (prefix.readUInt32LE(0) !== MAGIC) throw new Error('not a search index snapshot');
    const headerLength = prefix.readUInt32LE(4);
    const header = JSON.parse(Buffer.from(await read(8, headerLength)).toString('utf8')) as { meta: unknown; lengths: number[] };
    let offset = align(8 + headerLength);
    const sections: Uint8Array<ArrayBuffer>[] = [];
    for (const length of header.lengths) {
      sections.push(await read(offset, length));
      offset = align(offset + length);
    }
    return { meta: header.meta, sections };
  } finally {
    await file.close();
  }
}

/** A typed view of a section (aligned by `readSections`). */
export function viewAs<T>(Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }, section: Uint8Array<ArrayBuffer>): T {
  return new Type(section.buffer, section.byteOffset, section.byteLength / Type.BYTES_PER_ELEMENT);
}

const align = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;
