import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SparseTerms } from '../types.js';
import type { IndexedPayload as Payload } from './encoder.js';
import { readSections, viewAs, writeSections } from './snapshot-file.js';
import type { VectorSpace } from './vector-space.js';

/** What a snapshot reads from, and restores into, an in-process index. */
export interface SnapshotTarget {
  schema: string;
  /** Slots in use or free (the highest slot + 1). */
  slots(): number;
  payload(slot: number): Payload | undefined;
  sparse(slot: number): SparseTerms | undefined;
  passages: ReadonlyMap<number, readonly SparseTerms[]>;
  spaces: ReadonlyMap<string, VectorSpace>;
  /** Puts a snapshot's profile back in its slot (the index is empty; vectors come with the spaces). */
  restore(slot: number, payload: Payload, sparse: SparseTerms, passages: SparseTerms[] | undefined): void;
  /** Every profile is back: the free slots are the empty ones below `slots`. */
  restored(slots: number): void;
}

interface Meta {
  version: 1;
  schema: string;
  watermark: string;
  slots: number;
  /** Per embedding space, its HNSW graph's file (next to the snapshot). */
  spaces: { id: string; dimension: number; graph: string }[];
}

interface State {
  payloads: (Payload | null)[];
  passages: [number, { indices: number[]; values: number[] }[]][];
}

/**
 * Writes the index as it is: payloads (V8-serialised), every profile's lexical terms as three flat
 * typed arrays (offsets by slot, term ids, weights), and per embedding space the float32 vectors, the
 * slots that have one and the HNSW graph (its own file, named in the header), all by slot, so a load
 * puts every profile back in the same slot and the graph's keys stay valid.
 */
export async function saveSnapshot(path: string, watermark: string, t: SnapshotTarget): Promise<void> {
  const slots = t.slots();
  const payloads: (Payload | null)[] = [];
  const offsets = new Uint32Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) {
    payloads.push(t.payload(slot) ?? null);
    offsets[slot + 1] = offsets[slot]! + (t.sparse(slot)?.indices.length ?? 0);
  }
  const indices = new Uint32Array(offsets[slots]!);
  const values = new Float32Array(offsets[slots]!);
  for (let slot = 0; slot < slots; slot++) {
    const s = t.sparse(slot);
    if (!s) continue;
    indices.set(s.indices, offsets[slot]!);
    values.set(s.values, offsets[slot]!);
  }
  const state: State = { payloads, passages: [...t.passages].map(([slot, ps]) => [slot, ps.map((p) => ({ indices: Array.from(p.indices), values: Array.from(p.values) }))]) };
  const sections: ArrayBufferView[] = [serialize(state), offsets, indices, values];
  await mkdir(dirname(path), { recursive: true });
  const tag = randomUUID().slice(0, 8);
  const spaces: Meta['spaces'] = [];
  let i = 0;
  for (const [id, space] of t.spaces) {
    const graph = `${basename(path)}.${tag}.${i++}.usearch`;
    const { vectors, present } = space.save(join(dirname(path), graph), slots);
    sections.push(vectors, present);
    spaces.push({ id, dimension: space.dimension, graph });
  }
  const meta: Meta = { version: 1, schema: t.schema, watermark, slots, spaces };
  await writeSections(path, meta, sections);
  // The graphs of earlier snapshots (and of any save cut short) are no longer named by the file.
  const current = new Set(spaces.map((s) => s.graph));
  const prefix = `${basename(path)}.`;
  for (const name of await readdir(dirname(path))) {
    if (name.startsWith(prefix) && name.endsWith('.usearch') && !current.has(name)) await rm(join(dirname(path), name), { force: true });
  }
}

/**
 * Restores a snapshot into an empty index; answers its watermark, or null when there is no file.
 * Throws when the file is unreadable or was written with another schema (embedder, BM25 parameters).
 */
export async function loadSnapshot(path: string, schema: string, t: SnapshotTarget): Promise<string | null> {
  const file = await readSections(path);
  if (!file) return null;
  const meta = file.meta as Meta;
  if (meta?.version !== 1) throw new Error('unknown snapshot version');
  if (meta.schema !== schema) throw new Error(`written with schema ${meta.schema}, the index has ${schema}`);
  const [stateBytes, offsetBytes, indexBytes, valueBytes, ...spaceSections] = file.sections;
  if (!stateBytes || !offsetBytes || !indexBytes || !valueBytes || spaceSections.length !== 2 * meta.spaces.length) throw new Error('the snapshot file is incomplete');
  const state = deserialize(stateBytes) as State;
  const offsets = viewAs(Uint32Array, offsetBytes);
  const indices = viewAs(Uint32Array, indexBytes);
  const values = viewAs(Float32Array, valueBytes);
  const passages = new Map(state.passages.map(([slot, ps]) => [slot, ps.map((p) => ({ indices: Uint32Array.from(p.indices), values: Float32Array.from(p.values) }))]));
  meta.spaces.forEach((s, i) => {
    const space = t.spaces.get(s.id);
    if (!space || space.dimension !== s.dimension) throw new Error(`the snapshot's space ${s.id} (${s.dimension} d) is not the index's`);
    space.load(join(dirname(path), s.graph), viewAs(Float32Array, spaceSections[2 * i]!), viewAs(Uint32Array, spaceSections[2 * i + 1]!).slice());
  });
  for (let slot = 0; slot < meta.slots; slot++) {
    const payload = state.payloads[slot];
    if (!payload) continue;
    const sparse = { indices: indices.subarray(offsets[slot]!, offsets[slot + 1]!), values: values.subarray(offsets[slot]!, offsets[slot + 1]!) };
    t.restore(slot, payload, sparse, passages.get(slot));
  }
  t.restored(meta.slots);
  return meta.watermark;
}
