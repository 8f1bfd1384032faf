import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A reader of the mentors' change feed (a replica, or the snapshot it resumes from) and the oldest
 * position it may still resume from; `mentor_removals` is pruned below the oldest position held
 * (search/mentor-change-feed.ts).
 */
@Entity('search_feed_readers')
export class SearchFeedReaderEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_search_feed_readers' })
  reader: string;

  /** Transaction id (the xid of a feed position) from which the reader may resume. */
  @Column({ type: 'bigint' })
  position: string;

  /** Last time the reader held its position; readers silent for SEARCH_FEED_READER_TTL are dropped. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  seenAt: Date;
}
