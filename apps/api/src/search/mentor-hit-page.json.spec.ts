import type { MentorEntity } from '../mentors/mentor.entity.js';
import { publicMentorJson, toMentorResponse } from '../mentors/mentor.mapper.js';
import { mentorHitPageJson } from './mentor-hit-page.json.js';

const mentor = (id: string, name: string): MentorEntity =>
  ({
    id, name, bio: 'Учу "python" с нуля\n— и \\ кавычки, эмодзи 🙂', expertise: 'ML', skills: ['python', 'c++'], experienceYears: 3, languages: ['ru'], timezone: 'UTC',
    telegram: 'tg', capacity: 5, activeMentees: 5, acceptingRequests: true, ratingSum: 9, ratingCount: 2, ratingDistribution: [0, 0, 0, 1, 1],
    createdAt: new Date('2026-01-02T03:04:05.678Z'), updatedAt: new Date('2026-01-02T03:04:05.679Z'),
  }) as MentorEntity;

describe('mentorHitPageJson', () => {
  it('encodes exactly what JSON.stringify of the page object would', () => {
    const a = mentor('a', 'Анна');
    const b = mentor('b', 'Bob "the builder"');
    const items = [
      { mentor: publicMentorJson(a), score: 0.123456, matched: ['python', 'машинное "обучение"'] },
      { mentor: Buffer.from(JSON.stringify(toMentorResponse(b, { email: 'b@example.com', telegram: 'tg' }))), score: -1, matched: [] },
    ];
    const expected = {
      items: [
        { mentor: toMentorResponse(a, null), score: 0.123456, matched: ['python', 'машинное "обучение"'] },
        { mentor: toMentorResponse(b, { email: 'b@example.com', telegram: 'tg' }), score: -1, matched: [] },
      ],
      nextCursor: 'abc',
      total: 42,
    };
    expect(mentorHitPageJson(items, 'abc', 42).toString('utf8')).toBe(JSON.stringify(expected));
    expect(mentorHitPageJson([], null).toString('utf8')).toBe(JSON.stringify({ items: [], nextCursor: null }));
  });

  it('serialises a row once, however many pages show it', () => {
    const a = mentor('a', 'Анна');
    expect(publicMentorJson(a)).toBe(publicMentorJson(a));
    expect(publicMentorJson(mentor('a', 'Анна'))).not.toBe(publicMentorJson(a));
  });
});
