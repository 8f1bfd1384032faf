import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_CODES, type ProblemCode, problemExample } from './problem-codes.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `badRequest('X', ...)`, `conflict(\n 'X'`, `new DomainError(503, 'X'`, `{ status: 415, code: 'X'`: every way the sources raise a code. */
const RAISED = /(?:badRequest|notFound|conflict|forbidden|unauthorized|DomainError)\(\s*(?:\d{3},\s*)?'([A-Z][A-Z0-9_.]*)'|code: '([A-Z][A-Z0-9_.]*)'/g;

describe('the stable problem codes', () => {
  it('every code the sources raise is in PROBLEM_CODES (the OpenAPI enum), with its status', () => {
    const raised = new Map<string, string>();
    for (const file of [...sources('apps/api/src'), ...sources('libs')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(RAISED)) raised.set(m[1] ?? m[2]!, file);
    }
    expect(raised.size).toBeGreaterThan(20);
    const missing = [...raised].filter(([code]) => !(code in PROBLEM_CODES)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('examples are whole bodies whose type names the code', () => {
    for (const code of Object.keys(PROBLEM_CODES) as ProblemCode[]) {
      const body = problemExample(code);
      expect(body).toMatchObject({ code, status: PROBLEM_CODES[code].status, requestId: expect.any(String), detail: expect.any(String) });
      expect(body.type).toMatch(/^https:\/\/mentor-match\.dev\/problems\/[a-z0-9-]+$/);
    }
  });
});
