import { mulberry32 } from '@app/common';

/**
 * The demo's history as stories: one mentorship request each, from a student to a mentor, with
 * where it ends and when it started. Pure and deterministic (same seed, same stories); the
 * `DemoHistory` player runs them through the services and then places them in the past.
 */
export type StoryEnd = 'pending' | 'accepted' | 'rejected' | 'cancelled-pending' | 'cancelled-accepted' | 'completed' | 'expired';

/** Why a mentor declined or a party withdrew (the API's close reasons). */
export type StoryReason = 'no_capacity' | 'outside_expertise' | 'schedule' | 'not_a_fit' | 'other';

export interface DemoStory {
  student: number;
  mentor: number;
  end: StoryEnd;
  /** Days before now the request was sent (fractional). */
  daysAgo: number;
  /** Hours from sending to the mentor's answer, for stories the mentor answered. */
  answerHours: number;
  /** Days from the answer to the close, for stories closed after acceptance. */
  closeDays: number;
  /** 1..5 for completed stories the student rated, else null. */
  rating: number | null;
  message: string;
  note: string | null;
  /** For rejected and cancelled stories. */
  reason: StoryReason | null;
  /** Messages of the conversation while the request is open, alternating student and mentor. */
  conversation: string[];
}

export const HISTORY_DAYS = 90;

const MESSAGES_RU = [
  'Здравствуйте! Хочу разобраться в теме, с которой вы помогаете. Готов заниматься раз в неделю.',
  'Добрый день! Ищу ментора, чтобы подготовиться к собеседованиям в течение пары месяцев.',
  'Привет! Застрял на пет-проекте, нужен взгляд со стороны и план развития.',
  'Здравствуйте, меняю профессию и хочу понять, с чего начать и что учить в первую очередь.',
];
const MESSAGES_EN = [
  'Hi! I would like help with the topics you mentor on. I can meet once a week.',
  'Hello, I am preparing for interviews over the next two months and would love a mentor.',
  'Hi, I am stuck on a side project and need a second pair of eyes and a learning plan.',
  'Hello! I am switching careers and want to know where to start and what to learn first.',
];
const ACCEPT_NOTES = ['Давайте начнём! Напишите мне в телеграм.', 'Happy to help, let us start next week.', null];
const REJECT_NOTES = ['Сейчас нет свободного времени, попробуйте через месяц.', 'This is outside what I can help with, sorry.', null];
const COMPLETE_NOTES = ['Спасибо, было очень полезно!', 'Great work, good luck with the next steps.', null];
const CONVERSATIONS = [
  ['Когда вам удобно созвониться?', 'Давайте в четверг в 19:00 по Москве.', 'Отлично, пришлю ссылку.'],
  ['I pushed my project to GitHub, could you take a look?', 'Sure, I left comments on the pull request.'],
  ['Какие темы разобрать к следующей встрече?', 'Повторите индексы в PostgreSQL и почитайте про транзакции.'],
  ['Thanks for the reading list!', 'You are welcome. Start with the first two chapters.', 'Will do, see you next week.'],
];
const REJECT_REASONS: StoryReason[] = ['no_capacity', 'no_capacity', 'outside_expertise', 'schedule', 'not_a_fit', 'other'];
const CANCEL_REASONS: StoryReason[] = ['schedule', 'not_a_fit', 'other'];

/** How the stories end, by share; open ends (pending, accepted) only for recent requests. */
const ENDS: [StoryEnd, number][] = [
  ['completed', 0.4],
  ['rejected', 0.17],
  ['cancelled-pending', 0.1],
  ['cancelled-accepted', 0.08],
  ['accepted', 0.13],
  ['pending', 0.08],
  ['expired', 0.04],
];

/** The demo mentor's stories go through every end, so their dashboard shows each state. */
const FEATURED_ENDS: StoryEnd[] = ['completed', 'rejected', 'accepted', 'completed', 'cancelled-pending', 'pending', 'completed', 'cancelled-accepted', 'expired', 'rejected'];

/**
 * `count` stories over the last HISTORY_DAYS days between `students` students and `mentors`
 * mentors; the first `featured` stories involve mentor 0 (the demo mentor), so its dashboard has
 * a history. Ordered oldest first.
 */
export function demoStories(students: number, mentors: number, count = 160, featured = 30, seed = 2024): DemoStory[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const stories = Array.from({ length: count }, (_, i): DemoStory => {
    let x = rand();
    let end: StoryEnd = ENDS[ENDS.length - 1]![0];
    for (const [candidate, share] of ENDS) {
      if (x < share) {
        end = candidate;
        break;
      }
      x -= share;
    }
    if (i < featured) end = FEATURED_ENDS[i % FEATURED_ENDS.length]!;
    // Open requests are recent; a request still pending after weeks would be unusual.
    // (Some pending ones are old enough for the mentor's reminder; expired ones outlived the TTL.)
    const daysAgo = end === 'pending' ? rand() * 10 : end === 'accepted' ? 2 + rand() * 25 : end === 'expired' ? 20 + rand() * (HISTORY_DAYS - 20) : 3 + rand() * (HISTORY_DAYS - 3);
    const russian = rand() < 0.6;
    return {
      // Student 0 (the demo student) never asks mentor 0 here, so the newcomer's first request works.
      student: i < featured ? 1 + Math.floor(rand() * (students - 1)) : Math.floor(rand() * students),
      mentor: i < featured ? 0 : 1 + Math.floor(rand() * (mentors - 1)),
      end,
      daysAgo,
      answerHours: 0.5 + rand() * rand() * 72,
      closeDays: 1 + rand() * Math.max(1, daysAgo - 2) * 0.8,
      rating: end === 'completed' && rand() < 0.8 ? pick([3, 4, 4, 5, 5, 5]) : null,
      message: pick(russian ? MESSAGES_RU : MESSAGES_EN),
      note: pick(end === 'rejected' ? REJECT_NOTES : end === 'completed' ? COMPLETE_NOTES : ACCEPT_NOTES),
      reason: end === 'rejected' ? pick(REJECT_REASONS) : end.startsWith('cancelled') && rand() < 0.7 ? pick(CANCEL_REASONS) : null,
      conversation: end === 'accepted' || end === 'completed' || end === 'cancelled-accepted' ? pick(CONVERSATIONS) : [],
    };
  });
  return stories.sort((a, b) => b.daysAgo - a.daysAgo);
}

/** Skills students searched for, per day, including some no mentor offers (unmet demand). */
export function demoSearchDemand(skillsOnOffer: readonly string[], seed = 99): { daysAgo: number; counts: [string, number][] }[] {
  const rand = mulberry32(seed);
  const wanted = [...new Set(skillsOnOffer)].concat(['rust', 'elixir', 'haskell', '1c']);
  return Array.from({ length: HISTORY_DAYS }, (_, daysAgo) => {
    const counts = new Map<string, number>();
    const searches = 5 + Math.floor(rand() * 25);
    for (let s = 0; s < searches; s++) {
      const skill = wanted[Math.floor(rand() * rand() * wanted.length)]!;
      counts.set(skill, (counts.get(skill) ?? 0) + 1);
    }
    return { daysAgo, counts: [...counts] };
  });
}
