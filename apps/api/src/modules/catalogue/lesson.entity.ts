import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LessonKind } from '@tsunagu/shared/domain';
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
  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Field({ description: 'Markdown for text lessons' })
  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  url: string | null;

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
