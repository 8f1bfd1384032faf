import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { KeysetCursor } from '@app/common';
import type { Role } from '@app/auth';

export interface AccountFilter {
  kind?: Role;
  q?: string;
  suspended?: boolean;
}

export interface AccountRow {
  id: string;
  kind: Role;
  email: string;
  name: string;
  created_at: Date;
  suspended_at: Date | null;
  suspended_by: string | null;
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The moderation read model over every kind of account: plain SQL joining each kind's profile for
 * its name (like statistics, no entities of other features). Keyset on creation time to the
 * millisecond (what a cursor carries) and id.
 */
@Injectable()
export class AdminAccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private where(filter: AccountFilter, params: unknown[]): string {
    const clauses: string[] = [];
    if (filter.kind) clauses.push(`a.kind = $${params.push(filter.kind)}`);
    if (filter.suspended !== undefined) clauses.push(filter.suspended ? 'a.suspended_at IS NOT NULL' : 'a.suspended_at IS NULL');
    if (filter.q?.trim()) {
      const p = params.push(likePattern(filter.q.trim()));
      clauses.push(`(a.email ILIKE $${p} OR coalesce(s.name, m.name, ad.name) ILIKE $${p})`);
    }
    return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  }

  private readonly from = `FROM accounts a
    LEFT JOIN students s ON s.id = a.id
    LEFT JOIN mentors m ON m.id = a.id
    LEFT JOIN admins ad ON ad.id = a.id`;

  async page(filter: AccountFilter, limit: number, after?: KeysetCursor): Promise<AccountRow[]> {
    const params: unknown[] = [];
    let where = this.where(filter, params);
    if (after) {
      const keyset = `(date_trunc('milliseconds', a.created_at), a.id) < ($${params.push(after.at)}::timestamptz, $${params.push(after.id)}::uuid)`;
      where = where ? `${where} AND ${keyset}` : `WHERE ${keyset}`;
    }
    return (await this.dataSource.query(
      `SELECT a.id, a.kind, a.email, coalesce(s.name, m.name, ad.name, '') AS name, a.created_at, a.suspended_at, a.suspended_by
         ${this.from} ${where} ORDER BY date_trunc('milliseconds', a.created_at) DESC, a.id DESC LIMIT $${params.push(limit)}`,
      params,
    )) as AccountRow[];
  }

  async count(filter: AccountFilter): Promise<number> {
    const params: unknown[] = [];
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n ${this.from} ${this.where(filter, params)}`, params)) as { n: number }[];
    return row!.n;
  }

  async findById(id: string): Promise<AccountRow | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT a.id, a.kind, a.email, coalesce(s.name, m.name, ad.name, '') AS name, a.created_at, a.suspended_at, a.suspended_by ${this.from} WHERE a.id = $1`,
      [id],
    )) as AccountRow[];
    return row;
  }
}
