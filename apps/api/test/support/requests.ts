import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

export type RequestStatus = 'pending' | 'accepted' | 'rejected' | 'cancelled' | 'completed';

export interface RequestRow {
  studentId: string;
  mentorId: string;
  status: RequestStatus;
  /** ISO timestamp; defaults to now. */
  createdAt?: string;
  respondedAt?: string | null;
  closedAt?: string | null;
  message?: string;
}

/**
 * Inserts mentorship requests straight into the database: known rows with known timestamps, for
 * ratings and statistics tests.
 */
export async function insertRequests(t: TestApp, rows: RequestRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (const r of rows) {
    const [row] = (await t.app.get(DataSource).query(
      `INSERT INTO mentorship_requests (student_id, mentor_id, message, status, created_at, updated_at, responded_at, closed_at)
       VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), coalesce($5::timestamptz, now()), $6, $7) RETURNING id`,
      [r.studentId, r.mentorId, r.message ?? 'Please mentor me', r.status, r.createdAt ?? null, r.respondedAt ?? null, r.closedAt ?? null],
    )) as { id: string }[];
    ids.push(row!.id);
  }
  return ids;
}

/** Runs one SQL statement on the test app's database (PostgreSQL or PGlite alike). */
export async function sql<T = Record<string, unknown>>(t: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  return (await t.app.get(DataSource).query(text, params)) as T[];
}

/**
 * Matches a number within 1 % of `expected`: the platform's median response times are read from
 * a histogram with that guarantee (apps/api/src/stats/stats-histogram.ts).
 */
export function withinOnePercent(expected: number): number {
  return {
    asymmetricMatch: (actual: unknown) => typeof actual === 'number' && Math.abs(actual - expected) <= expected * 0.01,
    toString: () => `WithinOnePercent(${expected})`,
    toAsymmetricMatcher: () => `WithinOnePercent(${expected})`,
  } as unknown as number;
}
