import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { StudentEntity } from '../students/student.entity.js';
import { MentorEntity } from './mentor.entity.js';

/**
 * A mentor on a student's shortlist. `notifyWhenFree`: tell the student once when the mentor,
 * full or paused, takes requests again (cleared by that notification).
 */
@Entity('favorites')
@Index('ix_favorites_student', ['studentId', 'createdAt'])
@Index('ix_favorites_mentor_waiting', ['mentorId'], { where: '"notify_when_free"' })
export class FavoriteEntity {
  @PrimaryColumn('uuid')
  studentId: string;

  @PrimaryColumn('uuid')
  mentorId: string;

  @ManyToOne(() => StudentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<StudentEntity>;

  @ManyToOne(() => MentorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorEntity>;

  @Column({ type: 'boolean', default: false })
  notifyWhenFree: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
