import { registerEnumType } from '@nestjs/graphql';
import {
  ATTENDANCE_STATUSES,
  AttendanceStatus,
  Certification,
  CERTIFICATIONS,
  COMPLETION_RULES,
  CompletionRule,
  COURSE_CATEGORIES,
  COURSE_STATUSES,
  COURSE_VISIBILITIES,
  CourseCategory,
  CourseStatus,
  CourseVisibility,
  ENROLMENT_STATUSES,
  EnrolmentStatus,
  LESSON_KINDS,
  LessonKind,
  Locale,
  LOCALES,
  ORGANISATION_KINDS,
  OrganisationKind,
  Persona,
  PERSONAS,
  QUESTION_KINDS,
  QuestionKind,
  REGISTRATION_MODES,
  RegistrationMode,
  Role,
  ROLES,
  SESSION_STATUSES,
  SessionStatus,
} from '@tsunagu/shared/domain';

/** GraphQL enums built from the shared domain's lists, so both sides name values identically. */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const LocaleEnum = enumObject<Locale>(LOCALES);
export const RoleEnum = enumObject<Role>(ROLES);
export const PersonaEnum = enumObject<Persona>(PERSONAS);
export const OrganisationKindEnum = enumObject<OrganisationKind>(ORGANISATION_KINDS);
export const CertificationEnum = enumObject<Certification>(CERTIFICATIONS);

registerEnumType(LocaleEnum, { name: 'Locale', description: 'UI and message language' });
registerEnumType(RoleEnum, { name: 'Role', description: 'A role held in one organisation' });
registerEnumType(PersonaEnum, { name: 'Persona', description: 'Which home page a user sees' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(CertificationEnum, {
  name: 'Certification',
  description: 'くるみん / えるぼし certifications',
});

export const CourseCategoryEnum = enumObject<CourseCategory>(COURSE_CATEGORIES);
export const CourseVisibilityEnum = enumObject<CourseVisibility>(COURSE_VISIBILITIES);
export const CourseStatusEnum = enumObject<CourseStatus>(COURSE_STATUSES);
export const LessonKindEnum = enumObject<LessonKind>(LESSON_KINDS);
export const RegistrationModeEnum = enumObject<RegistrationMode>(REGISTRATION_MODES);
export const SessionStatusEnum = enumObject<SessionStatus>(SESSION_STATUSES);
export const CompletionRuleEnum = enumObject<CompletionRule>(COMPLETION_RULES);
export const QuestionKindEnum = enumObject<QuestionKind>(QUESTION_KINDS);
export const EnrolmentStatusEnum = enumObject<EnrolmentStatus>(ENROLMENT_STATUSES);
export const AttendanceStatusEnum = enumObject<AttendanceStatus>(ATTENDANCE_STATUSES);

registerEnumType(CourseCategoryEnum, { name: 'CourseCategory' });
registerEnumType(CourseVisibilityEnum, { name: 'CourseVisibility' });
registerEnumType(CourseStatusEnum, { name: 'CourseStatus' });
registerEnumType(LessonKindEnum, { name: 'LessonKind' });
registerEnumType(RegistrationModeEnum, {
  name: 'RegistrationMode',
  description: 'first_come, or lottery (抽選)',
});
registerEnumType(SessionStatusEnum, { name: 'SessionStatus' });
registerEnumType(CompletionRuleEnum, { name: 'CompletionRule' });
registerEnumType(QuestionKindEnum, { name: 'QuestionKind' });
registerEnumType(EnrolmentStatusEnum, { name: 'EnrolmentStatus' });
registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus' });
