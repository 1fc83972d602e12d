import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  LIMITS,
  type CompletionRule,
  type QuestionKind,
  type RegistrationMode,
  type SessionStatus,
} from '@tsunagu/shared/domain';
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
import {
  CompletionRuleEnum,
  QuestionKindEnum,
  RegistrationModeEnum,
  SessionStatusEnum,
} from '../../core/graphql/enums';

/**
 * One run of a course (開催回): one or more meetings, a venue and/or online, capacity and childcare seats.
 * The seats taken belong to the enrolment module (`session_seats`, read through its view
 * `enrolment_session_seats`), whose CHECKs are the database's backstop against overselling.
 */
@ObjectType('Session')
@Entity('sessions')
@Check('sessions_capacity_check', `capacity >= 1`)
@Check('sessions_childcare_check', `childcare_capacity >= 0`)
@Check('sessions_mode_check', `registration_mode IN ('first_come', 'lottery')`)
@Check('sessions_check_in_window_check', `check_in_opens_minutes_before BETWEEN 0 AND 240`)
@Check('sessions_reminder_hours_check', `reminder_hours_before BETWEEN 0 AND 168`)
@Check('sessions_status_check', `status IN ('scheduled', 'cancelled')`)
@Check('sessions_completion_check', `completion_rule IN ('all', 'at_least')`)
@Check('sessions_window_check', `registration_closes_at > registration_opens_at`)
@Check('sessions_fee_check', `fee_yen IS NULL OR (fee_yen >= 0 AND fee_yen <= 1000000)`)
@Check(
  'sessions_child_ages_check',
  `childcare_min_age_months IS NULL OR childcare_max_age_months IS NULL OR childcare_min_age_months <= childcare_max_age_months`,
)
export class SessionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: unknown;

  @Field({ description: 'e.g. 第1期 / 2026年6月開催' })
  @Column({ type: 'varchar', length: LIMITS.session.title.max, default: '' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.session.venueName.max, nullable: true })
  venueName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.session.venueAddress.max, nullable: true })
  venueAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.session.accessNotes.max, nullable: true })
  accessNotes: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  isOnline: boolean;

  /** Shown only to confirmed participants (a field resolver with its own policy). */
  @Column({ type: 'varchar', length: LIMITS.session.onlineUrl.max, nullable: true })
  onlineUrl: string | null;

  @Field({ description: 'Held off-site, where mothers with small children already gather' })
  @Column({ type: 'boolean', default: false })
  isOffsite: boolean;

  @Field(() => Int)
  @Column({ type: 'int' })
  capacity: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  childcareCapacity: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  childcareMinAgeMonths: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  childcareMaxAgeMonths: number | null;

  @Field(() => Int, { nullable: true, description: '参加費 in yen; null or 0 means free (無料)' })
  @Column({ type: 'int', nullable: true })
  feeYen: number | null;

  @Field()
  @Column({ type: 'timestamptz' })
  registrationOpensAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  registrationClosesAt: Date;

  @Field({ description: 'Learners may cancel themselves until then' })
  @Column({ type: 'timestamptz' })
  cancellationDeadline: Date;

  @Field(() => RegistrationModeEnum)
  @Column({ type: 'varchar', length: 20, default: 'first_come' })
  registrationMode: RegistrationMode;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  drawAt: Date | null;

  /**
   * The lottery's seed, made by the system when the lottery is set up (lottery-commitment.ts). Secret until
   * the draw: exposed only by the `lotterySeed` field resolver, and only once drawn.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  lotterySeed: string | null;

  /** Seats left when read along with the session (the catalogue listing), so its fields need no query. */
  seatsRead?: { seatsLeft: number; childcareSeatsLeft: number };

  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 (hex) of the lottery seed, published before anyone can apply; the seed itself is revealed at the draw',
  })
  @Column({ type: 'char', length: 64, nullable: true })
  lotteryCommitment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  drawnAt: Date | null;

  /**
   * Priority tiers drawn first, in order: `member_of_provider` (e.g. residents registered with the
   * city), `first_time` (never confirmed in a course of this provider before).
   */
  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  lotteryPriorities: string[];

  /**
   * Attendance opens this many minutes before each meeting starts (reception, 受付), never earlier: a
   * meeting that has not happened cannot be attended. Completion waits for the last meeting's end.
   */
  @Field(() => Int, { description: 'Attendance may be recorded from this many minutes before each meeting' })
  @Column({ type: 'smallint', default: 0 })
  checkInOpensMinutesBefore: number;

  /** Participants are reminded this many hours before each meeting (notifications/reminders); 0 for none. */
  @Field(() => Int, {
    description: 'Participants are reminded this many hours before each meeting (0: none)',
  })
  @Column({ type: 'smallint', default: LIMITS.session.reminderHoursBefore.default })
  reminderHoursBefore: number;

  @Field(() => CompletionRuleEnum)
  @Column({ type: 'varchar', length: 10, default: 'all' })
  completionRule: CompletionRule;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  completionMinMeetings: number | null;

  @Field(() => SessionStatusEnum)
  @Column({ type: 'varchar', length: 20, default: 'scheduled' })
  status: SessionStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType('Meeting')
@Entity('session_meetings')
@Check('session_meetings_time_check', `ends_at > starts_at`)
export class MeetingEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne('SessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: unknown;

  @Field()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt: Date;
}

@ObjectType('RegistrationQuestion')
@Entity('session_questions')
@Unique(['sessionId', 'position'])
@Check('session_questions_kind_check', `kind IN ('text', 'choice', 'yes_no')`)
export class QuestionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne('SessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: unknown;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => QuestionKindEnum)
  @Column({ type: 'varchar', length: 10 })
  kind: QuestionKind;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.question.label.max })
  label: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  choices: string[];

  @Field()
  @Column({ type: 'boolean', default: false })
  required: boolean;
}
