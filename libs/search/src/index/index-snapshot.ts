import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ProfileColumns, ProfileStore } from './profile-store.js';
import { readSections, viewAs, writeSections } from './snapshot-file.js';
import type { VectorSpace } from './vector-space.js';

/** What a snapshot reads from, and restores into, an in-process index. */
export interface SnapshotTarget {
  schema: string;
  store: ProfileStore;
  spaces: ReadonlyMap<string, VectorSpace>;
  /** Empties the index. */
  reset(): void;
  /** The store and the spaces hold the snapshot's profiles: rebuild what is derived from them (postings, filters). */
  restored(): void;
}

/** An in-process index's snapshot file (none when `path` is absent). Callers keep other writes out meanwhile. */
export class IndexSnapshots {
  private readonly logger = new Logger('InProcessMentorIndex');

  constructor(
    private readonly path: string | undefined,
    private readonly target: SnapshotTarget,
  ) {}

  /** Writes the index and `watermark`; false when there is no snapshot file. */
  async save(watermark: string): Promise<boolean> {
    if (!this.path) return false;
    await saveSnapshot(this.path, watermark, this.target);
    return true;
  }

  /** Replaces the index's contents with the file's; its watermark, or null (none, another schema, unreadable: the index is left empty). */
  async load(): Promise<string | null> {
    if (!this.path) return null;
    this.target.reset();
    try {
      return await loadSnapshot(this.path, this.target.schema, this.target);
    } catch (error) {
      this.logger.warn(`search index snapshot ${this.path} not used: ${error instanceof Error ? error.message : String(error)}`);
      this.target.reset();
      return null;
    }
  }
}

/** Version 3: profiles in columns (with their concepts), float16 vectors. A file of another version means a rebuild. */
const VERSION = 3;

interface Meta {
  version: typeof VERSION;
  schema: string;
  watermark: string;
  slots: number;
  /** Per embedding space, its HNSW graph's file (next to the snapshot). */
  spaces: { id: string; dimension: number; graph: string }[];
}

/** The parts of the columns that are not typed arrays (V8-serialised in one section). */
type Rest = Pick<ProfileColumns, 'ids' | 'strings' | 'passages'>;

/**
 * Writes the index as it is: the profile columns (ids, interned strings and long profiles' passages
 * V8-serialised; numbers, lists and lexical terms as the flat typed arrays the store keeps), and per
 * embedding space the float16 vectors, the slots that have one and the HNSW graph (its own file, named
 * in the header), all by slot, so a load puts every profile back in the same slot, the graph's keys
 * stay valid and the arrays are used as they are read.
 */
async function saveSnapshot(path: string, watermark: string, t: SnapshotTarget): Promise<void> {
  const c = t.store.columns();
  const rest: Rest = { ids: c.ids, strings: c.strings, passages: c.passages };
  const sections: ArrayBufferView[] = [
    serialize(rest), c.fingerprints, c.browseKeys, c.ratingScores, c.available,
    c.text.starts, c.text.lengths, c.text.keys, c.terms.starts, c.terms.lengths, c.terms.keys, c.terms.weights!,
  ];
  await mkdir(dirname(path), { recursive: true });
  const tag = randomUUID().slice(0, 8);
  const spaces: Meta['spaces'] = [];
  let i = 0;
  for (const [id, space] of t.spaces) {
    const graph = `${basename(path)}.${tag}.${i++}.usearch`;
    const { vectors, present } = space.save(join(dirname(path), graph), c.slots);
    sections.push(vectors, present);
    spaces.push({ id, dimension: space.dimension, graph });
  }
  const meta: Meta = { version: VERSION, schema: t.schema, watermark, slots: c.slots, spaces };
  await writeSections(path, meta, sections);
  // The graphs of earlier snapshots (and of any save cut short) are no longer named by the file.
  const current = new Set(spaces.map((s) => s.graph));
  const prefix = `${basename(path)}.`;
  for (const name of await readdir(dirname(path))) {
    if (name.startsWith(prefix) && name.endsWith('.usearch') && !current.has(name)) await rm(join(dirname(path), name), { force: true });
  }
}

const COLUMN_SECTIONS = 12;

/**
 * Restores a snapshot into an empty index; answers its watermark, or null when there is no file.
 * Throws when the file is unreadable, of another version or was written with another schema
 * (embedder, BM25 parameters).
 */
async function loadSnapshot(path: string, schema: string, t: SnapshotTarget): Promise<string | null> {
  const file = await readSections(path);
  if (!file) return null;
  const meta = file.meta as Meta;
  if (meta?.version !== VERSION) throw new Error(`snapshot version ${String(meta?.version)}, this index writes ${VERSION}`);
  if (meta.schema !== schema) throw new Error(`written with schema ${meta.schema}, the index has ${schema}`);
  const s = file.sections;
  if (s.length !== COLUMN_SECTIONS + 2 * meta.spaces.length) throw new Error('the snapshot file is incomplete');
  const rest = deserialize(s[0]!) as Rest;
  t.store.restore({
    slots: meta.slots,
    ids: rest.ids,
    strings: rest.strings,
    passages: rest.passages,
    fingerprints: viewAs(Uint32Array, s[1]!),
    browseKeys: viewAs(Float64Array, s[2]!),
    ratingScores: viewAs(Float64Array, s[3]!),
    available: viewAs(Uint8Array, s[4]!),
    text: { starts: viewAs(Uint32Array, s[5]!), lengths: viewAs(Uint32Array, s[6]!), keys: viewAs(Uint32Array, s[7]!), weights: null },
    terms: { starts: viewAs(Uint32Array, s[8]!), lengths: viewAs(Uint32Array, s[9]!), keys: viewAs(Uint32Array, s[10]!), weights: viewAs(Float32Array, s[11]!) },
  });
  meta.spaces.forEach((space, i) => {
    const target = t.spaces.get(space.id);
    if (!target || target.dimension !== space.dimension) throw new Error(`the snapshot's space ${space.id} (${space.dimension} d) is not the index's`);
    target.load(join(dirname(path), space.graph), viewAs(Float16Array, s[COLUMN_SECTIONS + 2 * i]!), viewAs(Uint32Array, s[COLUMN_SECTIONS + 2 * i + 1]!));
  });
  t.restored();
  return meta.watermark;
}
