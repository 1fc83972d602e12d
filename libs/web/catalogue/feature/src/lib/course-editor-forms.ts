import { Validators, type NonNullableFormBuilder } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import type { EditorCourse } from '@tsunagu/web/catalogue/data-access';
import type {
  AddLessonInput,
  CourseCategory,
  CourseVisibility,
  CreateCourseInput,
  LessonKind,
} from '@tsunagu/web/shared/data-access';
import { urlValidator } from './editor-errors';

/** Splits `リーダーシップ、託児あり, 全3回` into tags. */
export function parseTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,、，]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** The course's own fields; control names match the API's input, so its field errors land on them. */
export function courseForm(fb: NonNullableFormBuilder) {
  return fb.group({
    title: ['', [Validators.required, Validators.maxLength(LIMITS.course.title.max)]],
    providerOrganisationId: ['', Validators.required],
    category: ['leadership' as CourseCategory, Validators.required],
    summary: ['', Validators.maxLength(LIMITS.course.summary.max)],
    description: ['', Validators.maxLength(LIMITS.course.description.max)],
    audienceNotes: ['', Validators.maxLength(LIMITS.course.audienceNotes.max)],
    visibility: ['public' as CourseVisibility],
    tags: [''],
    coverImageUrl: ['', [urlValidator, Validators.maxLength(LIMITS.course.coverImageUrl.max)]],
  });
}
export type CourseForm = ReturnType<typeof courseForm>;
export type CourseFormValue = ReturnType<CourseForm['getRawValue']>;

/** The form's values for a course as the API has it. */
export function courseFormValue(c: EditorCourse): CourseFormValue {
  return {
    title: c.title,
    providerOrganisationId: c.provider.id,
    category: c.category,
    summary: c.summary,
    description: c.description,
    audienceNotes: c.audienceNotes,
    visibility: c.visibility,
    tags: c.tags.join(', '),
    coverImageUrl: c.coverImageUrl ?? '',
  };
}

/** What the form sends, trimmed (the provider aside: it is chosen once, on creation). */
export function courseChanges(v: CourseFormValue): Omit<CreateCourseInput, 'providerOrganisationId'> {
  return {
    title: v.title.trim(),
    category: v.category,
    summary: v.summary.trim(),
    description: v.description,
    audienceNotes: v.audienceNotes.trim(),
    visibility: v.visibility,
    tags: parseTags(v.tags),
    coverImageUrl: v.coverImageUrl.trim() || null,
  };
}

export function lessonForm(fb: NonNullableFormBuilder) {
  return fb.group({
    title: ['', [Validators.required, Validators.maxLength(LIMITS.lesson.title.max)]],
    kind: ['text' as LessonKind],
    body: ['', Validators.maxLength(LIMITS.lesson.body.max)],
    url: ['', [urlValidator, Validators.maxLength(LIMITS.lesson.url.max)]],
    fileId: [''],
  });
}
export type LessonForm = ReturnType<typeof lessonForm>;
export const EMPTY_LESSON: ReturnType<LessonForm['getRawValue']> = {
  title: '',
  kind: 'text',
  body: '',
  url: '',
  fileId: '',
};

/** A file lesson has its uploaded file or a URL; no other kind has a file. */
export function lessonInput(v: ReturnType<LessonForm['getRawValue']>): Omit<AddLessonInput, 'courseId'> {
  const withFile = v.kind === 'file' && !!v.fileId;
  return {
    title: v.title.trim(),
    kind: v.kind,
    body: v.kind === 'text' ? v.body : undefined,
    url: v.kind === 'text' ? undefined : withFile ? null : v.url.trim(),
    fileId: withFile ? v.fileId : null,
  };
}
