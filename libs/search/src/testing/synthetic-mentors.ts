import type { MentorDocument } from '../types.js';
import { mulberry32 } from '@app/common';

export interface SyntheticOptions {
  /** PRNG seed: the same seed always yields the same mentors. */
  seed?: number;
  /** Creation dates are spread over the year before this date. */
  now?: Date;
}

const SKILLS = [
  'python', 'django', 'flask', 'fastapi', 'javascript', 'typescript', 'react', 'vue', 'angular', 'node.js', 'nestjs',
  'java', 'spring', 'kotlin', 'android', 'swift', 'ios', 'flutter', 'react native', 'go', 'rust', 'c++', 'c#', '.net',
  'php', 'laravel', 'ruby', 'rails', 'scala', 'haskell', 'elixir', 'sql', 'postgresql', 'mysql', 'mongodb', 'redis',
  'kafka', 'clickhouse', 'spark', 'airflow', 'docker', 'kubernetes', 'terraform', 'ansible', 'aws', 'gcp', 'azure',
  'linux', 'bash', 'git', 'ci/cd', 'machine learning', 'deep learning', 'pytorch', 'tensorflow', 'nlp', 'computer vision',
  'statistics', 'data science', 'pandas', 'data engineering', 'mlops', 'llm', 'system design', 'microservices',
  'distributed systems', 'algorithms', 'data structures', 'leetcode', 'security', 'penetration testing', 'qa',
  'test automation', 'selenium', 'figma', 'ux', 'product management', 'team lead', 'career', 'english', 'unity',
  'unreal engine', 'blockchain', 'solidity', 'embedded', 'graphql', 'webpack', 'html', 'css',
];
const ROLES = ['backend developer', 'frontend developer', 'fullstack engineer', 'data scientist', 'ML engineer', 'DevOps engineer',
  'mobile developer', 'QA engineer', 'engineering manager', 'architect', 'разработчик', 'тимлид', 'инженер данных', 'аналитик'];
const LEVELS = ['Junior', 'Middle', 'Senior', 'Lead', 'Principal', 'Старший', 'Ведущий'];
const BIO = [
  'I help students build real projects with {a} and {b}.', 'Помогу разобраться в {a} и подготовиться к собеседованию.',
  '{n} years of production experience with {a}.', 'Разбираем код, архитектуру и {b} на реальных задачах.',
  'Mock interviews, code review and career advice.', 'Учу {a} с нуля, объясняю просто.',
  'Worked at startups and big tech on {a}, {b} and {c}.', 'Пишу на {a}, люблю {c}.',
];
const FIRST = ['Anna', 'Ivan', 'Maria', 'Oleg', 'Kate', 'Dmitry', 'Elena', 'Alex', 'Nikita', 'Priya', 'Tom', 'Olga', 'Sergey', 'Emily', 'Pavel', 'Laura'];
const LAST = ['Petrov', 'Smith', 'Chen', 'Ivanova', 'Garcia', 'Kim', 'Volkov', 'Brown', 'Sokolova', 'Patel', 'Lee', 'Orlov'];

function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Deterministic synthetic mentor profiles (RU/EN mix, skewed skill popularity, ratings, capacity)
 * for load and latency benchmarks. Reusable by the HTTP-level benchmark: seed the database with the
 * same documents.
 */
export function* generateMentors(count: number, options: SyntheticOptions = {}): Generator<MentorDocument> {
  const rand = mulberry32(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Zipf-like popularity so some skills are common and filters have varied selectivity.
  const skill = (): string => SKILLS[Math.floor(SKILLS.length * rand() ** 2)]!;
  const now = (options.now ?? new Date('2025-01-01T00:00:00Z')).getTime();
  for (let i = 0; i < count; i++) {
    const skills = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 6) }, skill))];
    const [a, b, c] = [skills[0]!, skills[1] ?? skill(), skill()];
    const fill = (s: string): string => s.replace('{a}', a).replace('{b}', b).replace('{c}', c).replace('{n}', String(2 + Math.floor(rand() * 15)));
    const ratingCount = rand() < 0.3 ? 0 : Math.floor(rand() ** 2 * 80);
    yield {
      id: uuidFrom(rand),
      name: `${pick(FIRST)} ${pick(LAST)}`,
      expertise: `${pick(LEVELS)} ${pick(ROLES)}, ${a}`,
      bio: [fill(pick(BIO)), fill(pick(BIO)), fill(pick(BIO))].join(' '),
      skills,
      languages: rand() < 0.5 ? ['ru'] : rand() < 0.6 ? ['en'] : ['ru', 'en'],
      acceptingRequests: rand() < 0.85,
      atCapacity: rand() < 0.1,
      ratingAverage: ratingCount ? Math.round((2.5 + rand() * 2.5) * 100) / 100 : 0,
      ratingCount,
      createdAt: new Date(now - Math.floor(rand() * 365 * 86400_000)),
    };
  }
}
