import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';

@Entity('mentors')
@Check('ck_mentors_capacity', '"capacity" BETWEEN 0 AND 100')
@Check('ck_mentors_active_mentees', '"active_mentees" >= 0')
@Check('ck_mentors_rating', '"rating_count" >= 0 AND "rating_sum" BETWEEN "rating_count" AND 5 * "rating_count"')
@Index('ix_mentors_rating', ['ratingScore', 'createdAt', 'id'])
export class MentorEntity {
  /** Same id as the account. */
  @PrimaryColumn('uuid')
  id: string;

  @OneToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', default: '' })
  bio: string;

  /** A headline of what the mentor is expert in, e.g. "Backend engineering, distributed systems". */
  @Column({ type: 'varchar', length: 200, default: '' })
  expertise: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  /**
   * The concepts of the skills graph the skills stand for (\`@app/concepts\`; "JS" and "JavaScript" →
   * \`javascript\`), in the order of the skills; tags that map to none stay free tags in \`skills\` only.
   * Written with \`skills\`; filters, statistics and recommendations key on it (GIN index
   * \`ix_mentors_concepts\`, made by its migration: TypeORM's decorators cannot say \`USING gin\`).
   */
  @Index('ix_mentors_concepts', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  concepts: string[];

  @Column({ type: 'smallint', default: 0 })
  experienceYears: number;

  /** ISO 639-1 codes of the languages the mentor mentors in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** IANA time zone. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timezone: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  telegram: string | null;

  /** Most accepted (active) requests the mentor takes at once. */
  @Column({ type: 'smallint', default: 5 })
  capacity: number;

  @Column({ type: 'boolean', default: true })
  acceptingRequests: boolean;

  /** Accepted requests now open; maintained in the transactions that accept and close them. */
  @Column({ type: 'integer', default: 0 })
  activeMentees: number;

  @Column({ type: 'integer', default: 0 })
  ratingCount: number;

  @Column({ type: 'integer', default: 0 })
  ratingSum: number;

  /** Count of 1..5 star ratings, index 0 = one star. */
  @Column({ type: 'integer', array: true, default: () => "'{0,0,0,0,0}'" })
  ratingDistribution: number[];

  /**
   * Bayesian average (prior of 3.5 stars weighted as 5 ratings), the order of "by rating":
   * a single 5-star rating does not outrank a hundred 4.8s.
   */
  @Column({ type: 'double precision', default: 3.5 })
  ratingScore: number;

  /** Set when the account was deleted: the profile is anonymised and hidden from pages and search. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Hidden from search (the account is suspended): kept out of the index and of browsing. */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  /** Millisecond precision, as JavaScript dates carry: keyset cursors built from it are exact. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /**
   * Id of the transaction that last wrote the row, stamped by a trigger (never written by the app):
   * the change feed search replicas catch up from (see search/mentor-change-feed.ts). Not read
   * with the entity.
   */
  @Index('ix_mentors_change_xid')
  @Column({ type: 'bigint', default: '0', select: false, insert: false, update: false })
  changeXid?: string;
}
