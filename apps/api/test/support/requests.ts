import pg from 'pg';

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
 * Inserts mentorship requests straight into the database (the requests feature is built
 * elsewhere): known rows with known timestamps, for ratings and statistics tests.
 */
export async function insertRequests(databaseUrl: string | undefined, rows: RequestRow[]): Promise<string[]> {
  if (!databaseUrl) throw new Error('insertRequests needs a real PostgreSQL (set DATABASE_URL)');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids: string[] = [];
    for (const r of rows) {
      const res = await client.query<{ id: string }>(
        `INSERT INTO mentorship_requests (student_id, mentor_id, message, status, created_at, updated_at, responded_at, closed_at)
         VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), coalesce($5::timestamptz, now()), $6, $7) RETURNING id`,
        [r.studentId, r.mentorId, r.message ?? 'Please mentor me', r.status, r.createdAt ?? null, r.respondedAt ?? null, r.closedAt ?? null],
      );
      ids.push(res.rows[0]!.id);
    }
    return ids;
  } finally {
    await client.end();
  }
}

/** Runs one SQL statement on the test database (fixtures that have no API on this branch). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(databaseUrl: string | undefined, text: string, params: unknown[] = []): Promise<T[]> {
  if (!databaseUrl) throw new Error('sql needs a real PostgreSQL (set DATABASE_URL)');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
