import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS, type LessonKind } from '@tsunagu/shared/domain';
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
} from 'typeorm';
import { LessonKindEnum } from '../../core/graphql/enums';

/** A lesson or material of a course, in order: text, a link, or a file. */
@ObjectType('Lesson')
@Entity('lessons')
@Unique(['courseId', 'position'])
@Check('lessons_kind_check', `kind IN ('text', 'link', 'file')`)
// An uploaded file only on file lessons, and then no URL; a file lesson has one or the other.
@Check('lessons_file_check', `file_id IS NULL OR (kind = 'file' AND url IS NULL)`)
@Check('lessons_file_source_check', `kind <> 'file' OR file_id IS NOT NULL OR url IS NOT NULL`)
export class LessonEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: unknown;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => LessonKindEnum)
  @Column({ type: 'varchar', length: 10 })
  kind: LessonKind;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.lesson.title.max })
  title: string;

  @Field({ description: 'Markdown for text lessons' })
  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.lesson.url.max, nullable: true })
  url: string | null;

  /** An uploaded file of the same course (file lessons only); exposed as `file`. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  fileId: string | null;

  @ManyToOne('CourseFileEntity')
  @JoinColumn({ name: 'file_id' })
  file?: unknown;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A learner has finished a lesson. */
@Entity('lesson_progress')
@Unique(['lessonId', 'userId'])
export class LessonProgressEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  lessonId: string;

  @ManyToOne('LessonEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: unknown;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  completedAt: Date;
}
