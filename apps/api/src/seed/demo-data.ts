import { mulberry32 } from '@app/common';

/**
 * A deterministic, realistic demo set: mentors across fields with Russian and English profiles,
 * and students with interests. Same seed, same data.
 */
export interface DemoMentor {
  email: string;
  name: string;
  bio: string;
  expertise: string;
  skills: string[];
  experienceYears: number;
  languages: string[];
  timezone: string;
  telegram: string | null;
  capacity: number;
  acceptingRequests: boolean;
}

export interface DemoStudent {
  email: string;
  name: string;
  about: string;
  interests: string[];
}

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_STUDENT_EMAIL = 'student@demo.mentor-match.dev';
export const DEMO_MENTOR_EMAIL = 'mentor@demo.mentor-match.dev';
export const DEMO_ADMIN_EMAIL = 'admin@demo.mentor-match.dev';

interface Field {
  en: string;
  ru: string;
  skills: string[];
  enTopics: string[];
  ruTopics: string[];
}

const FIELDS: Field[] = [
  { en: 'Backend engineering', ru: 'Бэкенд-разработка', skills: ['python', 'django', 'fastapi', 'postgresql', 'redis', 'docker', 'rest api', 'go', 'java', 'spring', 'kafka', 'microservices'], enTopics: ['designing REST APIs', 'scaling services', 'database schema design', 'code review'], ruTopics: ['проектирование REST API', 'масштабирование сервисов', 'проектирование схемы БД', 'код-ревью'] },
  { en: 'Frontend development', ru: 'Фронтенд-разработка', skills: ['javascript', 'typescript', 'react', 'vue', 'next.js', 'css', 'html', 'webpack', 'accessibility', 'redux'], enTopics: ['React architecture', 'performance of web apps', 'TypeScript in large codebases', 'accessible interfaces'], ruTopics: ['архитектура React-приложений', 'производительность веба', 'TypeScript в больших проектах', 'доступные интерфейсы'] },
  { en: 'Machine learning', ru: 'Машинное обучение', skills: ['python', 'machine learning', 'pytorch', 'scikit-learn', 'pandas', 'numpy', 'deep learning', 'nlp', 'computer vision', 'mlops'], enTopics: ['getting into ML', 'deep learning from scratch', 'NLP models', 'taking models to production'], ruTopics: ['как войти в ML', 'глубокое обучение с нуля', 'NLP-модели', 'вывод моделей в прод'] },
  { en: 'Data engineering and analytics', ru: 'Инженерия и анализ данных', skills: ['sql', 'python', 'airflow', 'spark', 'clickhouse', 'dbt', 'tableau', 'statistics', 'a/b testing', 'etl'], enTopics: ['SQL for analysts', 'building data pipelines', 'A/B testing', 'product analytics'], ruTopics: ['SQL для аналитиков', 'построение пайплайнов данных', 'A/B-тесты', 'продуктовая аналитика'] },
  { en: 'DevOps and cloud', ru: 'DevOps и облака', skills: ['kubernetes', 'docker', 'terraform', 'aws', 'linux', 'ci/cd', 'ansible', 'prometheus', 'gitlab ci', 'nginx'], enTopics: ['Kubernetes in practice', 'infrastructure as code', 'CI/CD pipelines', 'observability'], ruTopics: ['Kubernetes на практике', 'инфраструктура как код', 'CI/CD-пайплайны', 'наблюдаемость'] },
  { en: 'Mobile development', ru: 'Мобильная разработка', skills: ['kotlin', 'android', 'swift', 'ios', 'flutter', 'dart', 'react native', 'jetpack compose'], enTopics: ['your first Android app', 'SwiftUI', 'cross-platform apps', 'publishing to stores'], ruTopics: ['первое Android-приложение', 'SwiftUI', 'кроссплатформенная разработка', 'публикация в сторы'] },
  { en: 'System design and architecture', ru: 'Системный дизайн и архитектура', skills: ['system design', 'distributed systems', 'microservices', 'kafka', 'postgresql', 'caching', 'high load', 'architecture'], enTopics: ['system design interview prep', 'distributed systems', 'high-load architecture', 'trade-offs in design'], ruTopics: ['подготовка к system design интервью', 'распределённые системы', 'архитектура высоких нагрузок', 'компромиссы в проектировании'] },
  { en: 'Algorithms and competitive programming', ru: 'Алгоритмы и олимпиадное программирование', skills: ['algorithms', 'data structures', 'c++', 'python', 'leetcode', 'dynamic programming', 'graphs'], enTopics: ['coding interview prep', 'dynamic programming', 'graph algorithms', 'olympiad training'], ruTopics: ['подготовка к алгоритмическим собеседованиям', 'динамическое программирование', 'алгоритмы на графах', 'олимпиадная подготовка'] },
  { en: 'Product and UX design', ru: 'Продуктовый и UX-дизайн', skills: ['figma', 'ux research', 'ui design', 'prototyping', 'design systems', 'product management'], enTopics: ['building a design portfolio', 'user research', 'design systems', 'moving into product management'], ruTopics: ['портфолио дизайнера', 'пользовательские исследования', 'дизайн-системы', 'переход в продакт-менеджмент'] },
  { en: 'Information security', ru: 'Информационная безопасность', skills: ['security', 'pentesting', 'owasp', 'cryptography', 'linux', 'networking', 'ctf'], enTopics: ['web application security', 'CTF preparation', 'secure coding', 'pentesting basics'], ruTopics: ['безопасность веб-приложений', 'подготовка к CTF', 'безопасная разработка', 'основы пентеста'] },
  { en: 'QA and test automation', ru: 'Тестирование и автоматизация', skills: ['qa', 'test automation', 'selenium', 'playwright', 'pytest', 'java', 'api testing'], enTopics: ['moving from manual to automated testing', 'test strategy', 'API testing', 'Playwright'], ruTopics: ['переход из ручного тестирования в автоматизацию', 'стратегия тестирования', 'тестирование API', 'Playwright'] },
  { en: 'Game development', ru: 'Разработка игр', skills: ['unity', 'c#', 'unreal engine', 'c++', 'game design', 'shaders'], enTopics: ['your first game in Unity', 'gameplay programming', 'game design documents'], ruTopics: ['первая игра на Unity', 'программирование геймплея', 'геймдизайн-документы'] },
];

const EN_FIRST = ['Alex', 'Maria', 'John', 'Emma', 'David', 'Sofia', 'Michael', 'Olivia', 'Daniel', 'Anna', 'James', 'Laura', 'Peter', 'Kate', 'Robert', 'Nina'];
const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis', 'Walker', 'Young', 'King'];
const RU_FIRST = ['Алексей', 'Мария', 'Иван', 'Екатерина', 'Дмитрий', 'Анна', 'Сергей', 'Ольга', 'Никита', 'Татьяна', 'Павел', 'Елена', 'Артём', 'Юлия', 'Михаил', 'Дарья'];
const RU_FEMALE = new Set(['Мария', 'Екатерина', 'Анна', 'Ольга', 'Татьяна', 'Елена', 'Юлия', 'Дарья']);
const ruName = (first: string, last: string): string => `${first} ${RU_FEMALE.has(first) ? `${last}а` : last}`;
const RU_LAST = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков'];
const TIMEZONES_RU = ['Europe/Moscow', 'Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Europe/Samara'];
const TIMEZONES_EN = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Singapore', 'UTC'];
const COMPANIES = ['a fintech startup', 'a large marketplace', 'a cloud provider', 'an e-commerce company', 'a game studio', 'a bank', 'a telecom', 'a consulting firm'];
const COMPANIES_RU = ['финтех-стартапе', 'крупном маркетплейсе', 'облачном провайдере', 'e-commerce компании', 'игровой студии', 'банке', 'телекоме', 'консалтинге'];

export function demoMentors(count = 300, seed = 42): DemoMentor[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sample = <T>(xs: readonly T[], n: number): T[] => [...xs].sort(() => rand() - 0.5).slice(0, n);
  return Array.from({ length: count }, (_, i) => {
    const field = FIELDS[i % FIELDS.length]!;
    const russian = rand() < 0.55;
    const years = 2 + Math.floor(rand() * 18);
    const skills = sample(field.skills, 3 + Math.floor(rand() * 4));
    const topics = sample(russian ? field.ruTopics : field.enTopics, 2);
    const name = russian ? ruName(pick(RU_FIRST), pick(RU_LAST)) : `${pick(EN_FIRST)} ${pick(EN_LAST)}`;
    const bio = russian
      ? `${years} лет в индустрии, сейчас работаю в ${pick(COMPANIES_RU)}. Помогу с темами: ${topics.join(', ')}. Стек: ${skills.join(', ')}.`
      : `${years} years in the industry, currently at ${pick(COMPANIES)}. Happy to help with ${topics.join(' and ')}. Stack: ${skills.join(', ')}.`;
    return {
      email: i === 0 ? DEMO_MENTOR_EMAIL : `mentor${i}@demo.mentor-match.dev`,
      name,
      bio,
      expertise: russian ? field.ru : field.en,
      skills,
      experienceYears: years,
      languages: russian ? (rand() < 0.5 ? ['ru', 'en'] : ['ru']) : rand() < 0.2 ? ['en', 'de'] : ['en'],
      timezone: pick(russian ? TIMEZONES_RU : TIMEZONES_EN),
      telegram: rand() < 0.7 ? `mentor_${i}_demo` : null,
      // The demo mentor takes requests, so a newcomer's first request as the demo student works.
      capacity: Math.max(i === 0 ? 6 : 1, 1 + Math.floor(rand() * 6)),
      acceptingRequests: rand() < 0.85 || i === 0,
    };
  });
}

export function demoStudents(count = 50, seed = 7): DemoStudent[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const field = pick(FIELDS);
    const russian = rand() < 0.6;
    const interests = [...new Set([pick(field.skills), pick(field.skills)])];
    return {
      email: i === 0 ? DEMO_STUDENT_EMAIL : `student${i}@demo.mentor-match.dev`,
      name: russian ? pick(RU_FIRST) : pick(EN_FIRST),
      about: russian ? `Хочу разобраться: ${pick(field.ruTopics)}.` : `I want to learn ${pick(field.enTopics)}.`,
      interests,
    };
  });
}
