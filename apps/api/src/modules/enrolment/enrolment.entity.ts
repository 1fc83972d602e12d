import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttendanceStatus, EnrolmentStatus } from '@tsunagu/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AttendanceStatusEnum, EnrolmentStatusEnum } from '../../core/graphql/enums';

export interface EnrolmentAnswer {
  questionId: string;
  value: string;
}

/**
 * A learner's place in a session. One active enrolment per learner and session (partial unique index);
 * waitlist positions are unique within a session. Children's ages and answers are hers alone.
 */
@ObjectType('Enrolment')
@Entity('enrolments')
// For the staff digest's "new since" (migration EnrolmentParticipants), kept by hand.
@Index('enrolments_created_at_idx', { synchronize: false })
@Index('enrolments_one_active_per_learner', ['sessionId', 'userId'], {
  unique: true,
  where: `status <> 'cancelled'`,
})
@Index('enrolments_waitlist_position_unique', ['sessionId', 'waitlistPosition'], {
  unique: true,
  where: `waitlist_position IS NOT NULL`,
})
@Check(
  'enrolments_status_check',
  `status IN ('applied', 'confirmed', 'waitlisted', 'cancelled', 'completed')`,
)
@Check('enrolments_waitlist_check', `(status = 'waitlisted') = (waitlist_position IS NOT NULL)`)
export class EnrolmentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne('SessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: unknown;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Field(() => EnrolmentStatusEnum)
  @Column({ type: 'varchar', length: 20 })
  status: EnrolmentStatus;

  /** Waitlist ticket (キャンセル待ち番号), handed out in order and never reused; GraphQL shows the current rank. */
  @Column({ type: 'int', nullable: true })
  waitlistPosition: number | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  childcareRequested: boolean;

  /** Whether a childcare seat is held (only for confirmed enrolments that asked for childcare). */
  @Field()
  @Column({ type: 'boolean', default: false })
  childcareConfirmed: boolean;

  /** Children's ages in months: sensitive, exposed through a field with its own policy. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  childAgesMonths: number[];

  /** Answers to the session's registration questions: exposed through a field with its own policy. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers: EnrolmentAnswer[];

  /** Lottery: 0 is drawn first. */
  @Column({ type: 'int', default: 0 })
  priorityTier: number;

  @Field(() => Int, { nullable: true, description: 'Order in the lottery draw, 1-based' })
  @Column({ type: 'int', nullable: true })
  drawOrder: number | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}

@ObjectType('Attendance')
@Entity('attendance')
@Unique(['enrolmentId', 'meetingId'])
@Check('attendance_status_check', `status IN ('attended', 'no_show')`)
export class AttendanceEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne('EnrolmentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: unknown;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: unknown;

  @Field(() => AttendanceStatusEnum)
  @Column({ type: 'varchar', length: 10 })
  status: AttendanceStatus;

  @Column({ type: 'uuid', nullable: true })
  markedById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  markedAt: Date;
}

/** Issued when an enrolment completes; `verificationCode` is what the public verification page checks. */
@ObjectType('Certificate')
@Entity('certificates')
export class CertificateEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne('EnrolmentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: unknown;

  @Field()
  @Column({ type: 'varchar', length: 20, unique: true })
  verificationCode: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt: Date;
}
