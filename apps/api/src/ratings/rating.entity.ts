import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { MentorEntity } from '../mentors/mentor.entity.js';
import { StudentEntity } from '../students/student.entity.js';

/**
 * A student's rating of a mentor: one per pair (a second rating replaces the first). The mentor's
 * aggregate (count, sum, distribution, Bayesian score) lives on the mentor row and is changed in
 * the same transaction, under the mentor row lock.
 */
@Entity('ratings')
@Check('ck_ratings_score', '"score" BETWEEN 1 AND 5')
@Index('ux_ratings_mentor_student', ['mentorId', 'studentId'], { unique: true })
@Index('ix_ratings_mentor_recent', ['mentorId', 'updatedAt', 'id'])
@Index('ix_ratings_student', ['studentId'])
export class RatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  mentorId: string;

  @ManyToOne(() => MentorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorEntity>;

  @Column('uuid')
  studentId: string;

  @ManyToOne(() => StudentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<StudentEntity>;

  /** 1..5 stars. */
  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the rating was last given or replaced: the order of "newest first". */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
