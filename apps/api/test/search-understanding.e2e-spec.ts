import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Search that understands what students mean, on the demo platform (its mentors come from a dozen fields:
 * frontend, mobile, ML, security...): slang, goals and Russian find the right field; a query nobody can
 * answer is an empty list with suggestions; `total` does not depend on `limit`.
 */
type Hit = { mentor: { id: string; skills: string[] }; matched: string[] };
type Page = { items: Hit[]; nextCursor: string | null; total: number; totalIsEstimate?: boolean; suggestions?: { didYouMean: string | null; concepts: { id: string; label: string }[] } };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SEED_DEMO: 'true' });
}, 120_000);
afterAll(() => t?.close());

const search = async (query: string, limit = 5): Promise<Page> => {
  const res = await t.http.get(`/api/mentors?query=${encodeURIComponent(query)}&limit=${limit}`);
  expect(res.status).toBe(200);
  return res.body as Page;
};
/** Whether every one of the first hits has at least one of these skills. */
const allHave = (page: Page, skills: string[]): boolean => page.items.length > 0 && page.items.every((h) => h.mentor.skills.some((s) => skills.includes(s)));

describe('GET /api/mentors?query= understands students', () => {
  it('finds frontend mentors for "фронтендер", whose profiles name React or CSS rather than the word', async () => {
    const page = await search('фронтендер');
    expect(allHave(page, ['javascript', 'typescript', 'react', 'vue', 'next.js', 'css', 'html', 'webpack', 'accessibility', 'redux'])).toBe(true);
    expect(page.items[0]!.matched.length).toBeGreaterThan(0);
  });

  it('finds iOS mentors for "мобилки под айфон"', async () => {
    expect(allHave(await search('мобилки под айфон'), ['swift', 'ios'])).toBe(true);
  });

  it('finds ML mentors for "нейросети", not security mentors who know networking', async () => {
    const page = await search('нейросети');
    expect(allHave(page, ['machine learning', 'deep learning', 'pytorch', 'nlp', 'computer vision'])).toBe(true);
    expect(page.items.flatMap((h) => h.matched)).not.toContain('networking');
  });

  it('reads Latin-typed Russian and typos', async () => {
    expect(allHave(await search('mashinnoe obuchenie'), ['machine learning', 'deep learning', 'pytorch', 'scikit-learn'])).toBe(true);
    const pyton = await search('pyton');
    expect(pyton.items[0]!.mentor.skills).toContain('python');
  });

  it('answers a query nobody can answer with an empty list and suggestions', async () => {
    for (const query of ['asdfghjk', 'rust', '1С программист']) {
      const page = await search(query);
      expect(page).toMatchObject({ items: [], nextCursor: null, total: 0 });
    }
    // Rust: no demo mentor has it; C++ mentors (algorithms, game development) are next to it.
    const rust = await search('rust');
    expect(rust.suggestions).toEqual({ didYouMean: null, concepts: expect.arrayContaining([{ id: 'cpp', label: 'C++' }]) });
    expect((await search('asdfghjk')).suggestions).toBeUndefined();
  });

  it('reports the same total for limit 5, 20, 50 and 100, and pages through exactly that many', async () => {
    for (const query of ['python', 'хочу в ML', 'backend developer']) {
      const totals = await Promise.all([5, 20, 50, 100].map(async (limit) => (await search(query, limit)).total));
      expect(new Set(totals).size).toBe(1);
      expect(totals[0]).toBeGreaterThan(0);
      let seen = 0;
      let cursor: string | null = null;
      do {
        const page: Page = (await t.http.get(`/api/mentors?query=${encodeURIComponent(query)}&limit=100${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
        seen += page.items.length;
        expect(page.totalIsEstimate).toBeUndefined();
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toBe(totals[0]);
    }
  });
});
