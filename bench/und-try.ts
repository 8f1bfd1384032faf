import { bundledConceptGraph } from '@app/concepts';
import { readFileSync } from 'node:fs';
import { ConceptReader } from '../libs/search/src/understanding/query-understanding.js';
const r = new ConceptReader(bundledConceptGraph());
const d = JSON.parse(readFileSync('bench/relevance/mentor-set.json','utf8'));
const want = process.argv[2]!;
for (const m of d.mentors) { const c = r.documentConcepts({skills:m[3], expertise:m[2], bio:m[4]}); if (c.has(want)) console.log(m[0], m[2], m[3].join(','), c.get(want)); }
console.log(JSON.stringify(r.understand(process.argv[3] ?? 'x'), (k,v)=> v instanceof Map ? [...v] : v));
