import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A deleted mentor, written by a trigger on `mentors` (see search/mentor-change-feed.ts). */
@Entity('mentor_removals')
export class MentorRemovalEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_mentor_removals' })
  id: string;

  @Column({ type: 'uuid' })
  mentorId: string;

  /** Id of the deleting transaction. */
  @Index('ix_mentor_removals_change_xid')
  @Column({ type: 'bigint' })
  changeXid: string;
}
