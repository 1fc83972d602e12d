import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@tsunagu/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** `post`: news or a question; `decision`: something the group decided (決定事項); `meeting`: a date. */
export const GROUP_POST_KINDS = ['post', 'decision', 'meeting'] as const;
export type GroupPostKind = (typeof GROUP_POST_KINDS)[number];
export const GroupPostKindEnum = Object.fromEntries(GROUP_POST_KINDS.map((k) => [k, k])) as Record<
  GroupPostKind,
  GroupPostKind
>;
registerEnumType(GroupPostKindEnum, {
  name: 'GroupPostKind',
  description: 'post, decision (決定事項: coordinators and the owner only), meeting (a date with attendance)',
});

export const ATTENDANCE_STATUSES = ['attending', 'absent', 'undecided'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const AttendanceStatusEnum = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, s])) as Record<
  AttendanceStatus,
  AttendanceStatus
>;
registerEnumType(AttendanceStatusEnum, { name: 'MeetingAttendanceStatus' });

/** A post on a company group's board. */
@ObjectType('GroupPost', { description: "A post on a company group's planning board" })
@Entity('group_posts')
@Check('group_posts_kind_check', `kind IN ('post', 'decision', 'meeting')`)
@Check('group_posts_meeting_check', `(kind = 'meeting') = (starts_at IS NOT NULL)`)
@Index('group_posts_group', ['groupId', 'createdAt'])
export class GroupPostEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_posts_pkey' })
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('GroupEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_posts_group_id_fkey' })
  private readonly groupRef?: unknown;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'group_posts_author_user_id_fkey' })
  private readonly authorRef?: unknown;

  @Field(() => ID, { description: 'The organisation she wrote for: the owner or a member company' })
  @Column({ type: 'uuid' })
  authorOrganisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'author_organisation_id',
    foreignKeyConstraintName: 'group_posts_author_organisation_id_fkey',
  })
  private readonly authorOrganisationRef?: unknown;

  @Field(() => GroupPostKindEnum)
  @Column({ type: 'varchar', length: 20 })
  kind: GroupPostKind;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.companyGroup.post.title.max })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => Date, { nullable: true, description: 'A meeting: when it starts' })
  @Column({ type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'A meeting: where' })
  @Column({ type: 'varchar', length: LIMITS.companyGroup.post.place.max, nullable: true })
  place: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}

@ObjectType('GroupPostComment')
@Entity('group_post_comments')
@Index('group_post_comments_post', ['postId', 'createdAt'])
export class GroupPostCommentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_post_comments_pkey' })
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne('GroupPostEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'group_post_comments_post_id_fkey' })
  private readonly postRef?: unknown;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'group_post_comments_author_user_id_fkey' })
  private readonly authorRef?: unknown;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  authorOrganisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'author_organisation_id',
    foreignKeyConstraintName: 'group_post_comments_author_organisation_id_fkey',
  })
  private readonly authorOrganisationRef?: unknown;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A member company's answer for a meeting; one row per meeting and company, changed in place. */
@Entity('group_meeting_attendance')
@Check('group_meeting_attendance_status_check', `status IN ('attending', 'absent', 'undecided')`)
export class GroupMeetingAttendanceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'group_meeting_attendance_pkey' })
  postId: string;

  @ManyToOne('GroupPostEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'group_meeting_attendance_post_id_fkey' })
  private readonly postRef?: unknown;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'group_meeting_attendance_pkey' })
  organisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'group_meeting_attendance_organisation_id_fkey',
  })
  private readonly organisationRef?: unknown;

  @Column({ type: 'varchar', length: 20 })
  status: AttendanceStatus;

  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'by_user_id', foreignKeyConstraintName: 'group_meeting_attendance_by_user_id_fkey' })
  private readonly byRef?: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/**
 * A file on a board post (PDF, image, Office document). Bytes in the row, never a GraphQL field: the API
 * serves it at `/api/group-post-files/:id` to those on the board.
 */
@ObjectType('GroupPostFile')
@Entity('group_post_files')
@Index('group_post_files_post', ['postId', 'createdAt'])
export class GroupPostFileEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_post_files_pkey' })
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne('GroupPostEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'group_post_files_post_id_fkey' })
  private readonly postRef?: unknown;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.courseFile.filename.max })
  filename: string;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.courseFile.contentType.max })
  contentType: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'group_post_files_uploaded_by_fkey' })
  private readonly uploadedByRef?: unknown;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
