import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MentorIndex } from '@app/search';
import { backfillMentorConcepts } from '../../../migrations/1797100000000-MentorConcepts.js';
import { ConceptsRemap1797500000000 } from '../../../migrations/1797500000000-ConceptsRemap.js';
import { aMentor, type Actor } from './support/factories.js';
import { sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let typedJs: Actor, typedJsShort: Actor, typedRu: Actor, pythonist: Actor, freeTagger: Actor;

beforeAll(async () => {
  t = await createTestApp();
  typedJs = await aMentor(t.http, { name: 'Jay Script', skills: ['JavaScript', 'React'] });
  typedJsShort = await aMentor(t.http, { name: 'Jo Short', skills: ['js', 'node.js'] });
  typedRu = await aMentor(t.http, { name: 'Женя Фронт', skills: ['джаваскрипт', 'реакт', 'моя-библиотека'] });
  pythonist = await aMentor(t.http, { name: 'Pia Thon', skills: ['питон', 'machine learning'] });
  freeTagger = await aMentor(t.http, { name: 'Frida Free', skills: ['моя-библиотека', 'cobol'] });
});
afterAll(() => t.close());

type Suggestion = { id: string; labels: { en: string; ru: string }; matched: string; mentors: number };
const skills = async (qs: string): Promise<Suggestion[]> => {
  const res = await t.http.get(`/api/skills?${qs}`);
  expect(res.status).toBe(200);
  return (res.body as { items: Suggestion[] }).items;
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const mentorIds = async (qs: string): Promise<string[]> => {
  const res = await t.http.get(`/api/mentors?${qs}`).expect(200);
  return (res.body.items as { mentor: { id: string } }[]).map((h) => h.mentor.id).sort();
};

describe('GET /api/skills', () => {
  it('suggests concepts by prefix, with both labels, the form matched and how many mentors offer each', async () => {
    const items = await skills('query=javas&limit=5');
    expect(items[0]).toEqual({ id: 'javascript', labels: { en: 'JavaScript', ru: expect.any(String) }, matched: 'JavaScript', mentors: 3 });
    const react = (await skills('query=reac')).find((s) => s.id === 'react');
    expect(react).toMatchObject({ mentors: 2 });
  });

  it('is fuzzy ("pyton") and cross-script ("реакт", "mashinnoe")', async () => {
    expect(ids(await skills('query=pyton&limit=3'))).toContain('python');
    expect((await skills('query=pyton')).find((s) => s.id === 'python')).toMatchObject({ mentors: 1 });
    expect(ids(await skills(`query=${encodeURIComponent('реакт')}&limit=3`))[0]).toBe('react');
    expect(ids(await skills('query=mashinnoe&limit=5'))).toContain('machine-learning');
    expect(ids(await skills(`query=${encodeURIComponent('джава')}&limit=5`))).toEqual(expect.arrayContaining(['java']));
  });

  it('answers the most offered concepts without a query, and honours limit', async () => {
    const top = await skills('limit=2');
    expect(top.map((s) => [s.id, s.mentors])).toEqual([['javascript', 3], ['react', 2]]);
    expect(await skills('query=a&limit=1')).toHaveLength(1);
    expect((await skills('query=a&limit=50')).length).toBeLessThanOrEqual(50);
    expect(await skills('query=zzzzqqqq')).toEqual([]);
  });

  it('refuses bad input with a 4xx problem, never a 500', async () => {
    for (const qs of ['limit=0', 'limit=51', 'limit=-1', 'limit=abc', 'limit=1.5', `query=${'a'.repeat(101)}`, 'query=%00', 'query=ab%00cd', 'unknown=1', 'query=a&query=b']) {
      const res = await t.http.get(`/api/skills?${qs}`);
      expect({ qs, status: res.status }).toEqual({ qs, status: 400 });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    // A URL cannot carry a lone surrogate (its UTF-8 bytes decode to U+FFFD): answered, not a 500.
    expect((await t.http.get('/api/skills?query=%ED%A0%80')).status).toBe(200);
  });
});

describe('mentor profiles: skills as typed plus their concepts', () => {
  it('keeps the tags and adds the concepts they stand for, free tags only in skills', async () => {
    expect(typedRu.profile).toMatchObject({
      skills: ['джаваскрипт', 'реакт', 'моя-библиотека'],
      concepts: [{ id: 'javascript', labels: { en: 'JavaScript' } }, { id: 'react', labels: { en: 'React' } }],
    });
    const res = await t.http.get(`/api/mentors/${freeTagger.id}`).expect(200);
    expect(res.body).toMatchObject({ skills: ['моя-библиотека', 'cobol'] });
    expect(ids(res.body.concepts)).not.toContain('моя-библиотека');
  });

  it('a PATCH of skills rewrites the concepts', async () => {
    const m = await aMentor(t.http, { skills: ['golang'] });
    expect(ids(m.profile.concepts as { id: string }[])).toEqual(['go']);
    const res = await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ skills: ['k8s', 'Golang', 'go'] }).expect(200);
    expect(ids(res.body.concepts)).toEqual(['kubernetes', 'go']);
    const other = await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ bio: 'only the bio' }).expect(200);
    expect(ids(other.body.concepts)).toEqual(['kubernetes', 'go']);
  });

  it('the migration backfills the concepts of existing rows from their tags', async () => {
    await sql(t, `UPDATE mentors SET concepts = '{}' WHERE id = ANY($1::uuid[])`, [[typedRu.id, pythonist.id]]);
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      await backfillMentorConcepts(runner);
    } finally {
      await runner.release();
    }
    const rows = await sql<{ id: string; concepts: string[] }>(t, 'SELECT id, concepts FROM mentors WHERE id = ANY($1::uuid[])', [[typedRu.id, pythonist.id]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.concepts]))).toEqual({ [typedRu.id]: ['javascript', 'react'], [pythonist.id]: ['python', 'machine-learning'] });
  });

  it('the remap migration gives existing rows the concepts the graph now reads from their tags', async () => {
    const m = await aMentor(t.http, { skills: ['HL7', 'FHIR', 'my own thing'] });
    // As the graph of an earlier release left them: no concept for these tags.
    await sql(t, `UPDATE mentors SET concepts = '{}' WHERE id = $1`, [m.id]);
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      await new ConceptsRemap1797500000000().up(runner);
    } finally {
      await runner.release();
    }
    const [row] = await sql<{ concepts: string[] }>(t, 'SELECT concepts FROM mentors WHERE id = $1', [m.id]);
    expect(row!.concepts).toEqual(['healthtech']);
  });
});

describe('GET /api/mentors?skills= keyed by concept', () => {
  const js = () => [typedJs.id, typedJsShort.id, typedRu.id].sort();

  it('in the index: js, JavaScript and джаваскрипт find the same mentors, whatever they typed', async () => {
    expect(await mentorIds('skills=js')).toEqual(js());
    expect(await mentorIds('skills=JavaScript')).toEqual(js());
    expect(await mentorIds(`skills=${encodeURIComponent('джаваскрипт')}`)).toEqual(js());
    expect(await mentorIds('skills=python')).toEqual([pythonist.id]);
    expect(await mentorIds(`skills=${encodeURIComponent('моя-библиотека')}`)).toEqual([typedRu.id, freeTagger.id].sort());
    expect(await mentorIds(`skills=js,${encodeURIComponent('моя-библиотека')}`)).toEqual([typedRu.id]);
  });

  it('in the PostgreSQL fallback (index unreachable): the same answers', async () => {
    const index = t.app.get(MentorIndex);
    const search = jest.spyOn(index, 'search').mockRejectedValue(new Error('the mentor index thread is restarting'));
    try {
      expect(await mentorIds('skills=js')).toEqual(js());
      expect(await mentorIds(`skills=${encodeURIComponent('джаваскрипт')}`)).toEqual(js());
      expect(await mentorIds('skills=pyton')).toEqual([pythonist.id]);
      expect(await mentorIds(`skills=${encodeURIComponent('моя-библиотека')}`)).toEqual([typedRu.id, freeTagger.id].sort());
      expect(await mentorIds(`skills=js,${encodeURIComponent('моя-библиотека')}`)).toEqual([typedRu.id]);
      expect(search).toHaveBeenCalled();
    } finally {
      search.mockRestore();
    }
  });
});
