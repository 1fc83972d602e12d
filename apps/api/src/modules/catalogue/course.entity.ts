import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LIMITS, type CourseCategory, type CourseStatus, type CourseVisibility } from '@tsunagu/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CourseCategoryEnum, CourseStatusEnum, CourseVisibilityEnum } from '../../core/graphql/enums';

/** A seminar programme (講座). Drafts are visible only to its editors until published. */
@ObjectType('Course')
@Entity('courses')
@Check(
  'courses_category_check',
  `category IN ('leadership', 'startup', 'marketing', 'digital_selling', 'career', 'work_life_balance', 'other')`,
)
@Check('courses_visibility_check', `visibility IN ('public', 'company_group', 'organisation')`)
@Check('courses_status_check', `status IN ('draft', 'published')`)
export class CourseEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  providerOrganisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_organisation_id' })
  provider?: unknown;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.course.title.max })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.course.summary.max, default: '' })
  summary: string;

  /** Markdown as written by staff; rendered to sanitized HTML on the way out. */
  @Field({ description: 'Markdown source' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => CourseCategoryEnum)
  @Column({ type: 'varchar', length: 30 })
  category: CourseCategory;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.course.audienceNotes.max, default: '' })
  audienceNotes: string;

  @Field(() => CourseVisibilityEnum)
  @Column({ type: 'varchar', length: 20, default: 'public' })
  visibility: CourseVisibility;

  @Field(() => CourseStatusEnum)
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: CourseStatus;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** An image on the web; an uploaded cover (`coverImage`) is shown instead when there is one. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.course.coverImageUrl.max, nullable: true })
  coverImageUrl: string | null;

  /** An uploaded image of this course (purpose `cover`); exposed as `coverImage`. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  coverFileId: string | null;

  @ManyToOne('CourseFileEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cover_file_id' })
  coverFile?: unknown;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
