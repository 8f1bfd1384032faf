import type { DataSource } from 'typeorm';
import { MentorEntity } from './mentor.entity.js';

/** A mentor row as pg returns it (pg parses every one of these column types: dates, arrays, numbers). */
export type MentorRow = Record<string, unknown>;

/**
 * The columns of `mentors` a mentor is read with, from the entity's own metadata (the one place they
 * are spelled out), and the entity TypeORM would hydrate from such a row. Raw queries on hot paths
 * (search pages, the change feed) use these instead of the query builder, which costs more than the query.
 */
export class MentorColumns {
  readonly list: string;
  private readonly columns: { property: string; column: string }[];

  constructor(dataSource: DataSource) {
    this.columns = dataSource
      .getMetadata(MentorEntity)
      // A column that only holds a relation's key is read through the relation, not as a field (\`id\`, the
      // primary key, is also the account relation's join column and stays).
      .columns.filter((c) => c.isSelect && c.propertyName !== c.relationMetadata?.propertyName)
      .map((c) => ({ property: c.propertyName, column: c.databaseName }));
    this.list = this.columns.map((c) => `"${c.column}"`).join(', ');
  }

  fromRow(row: MentorRow): MentorEntity {
    const m = new MentorEntity();
    const target = m as unknown as Record<string, unknown>;
    for (const { property, column } of this.columns) target[property] = row[column];
    return m;
  }
}

