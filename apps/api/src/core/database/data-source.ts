import { DataSourceOptions } from 'typeorm';
import { CourseCoOrganiserEntity } from '../../modules/catalogue/course-co-organiser.entity';
import { CourseFileEntity } from '../../modules/catalogue/course-file.entity';
import { CourseEntity } from '../../modules/catalogue/course.entity';
import { LessonEntity, LessonProgressEntity } from '../../modules/catalogue/lesson.entity';
import { MeetingEntity, QuestionEntity, SessionEntity } from '../../modules/catalogue/session.entity';
import {
  AttendanceEntity,
  CertificateEntity,
  EnrolmentEntity,
} from '../../modules/enrolment/enrolment.entity';
import { SessionSeatsEntity } from '../../modules/enrolment/session-seats.entity';
import { AuthSessionEntity } from '../../modules/identity/auth-session.entity';
import { RefreshTokenEntity } from '../../modules/identity/refresh-token.entity';
import { SignInFailureEntity } from '../../modules/identity/sign-in-failure.entity';
import { SignUpAttemptEntity } from '../../modules/identity/sign-up-attempt.entity';
import { UserEntity } from '../../modules/identity/user.entity';
import { GroupEntity, GroupMemberEntity } from '../../modules/organisations/group.entity';
import { InvitationEntity } from '../../modules/organisations/invitation.entity';
import { MembershipEntity } from '../../modules/organisations/membership.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { DomainEventEntity } from '../events/domain-event.entity';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

/**
 * Entities are listed here, not globbed, because the API ships as one webpack bundle.
 * A new entity is added here and to a migration (`nx run api:migration-generate --name=...`).
 */
export const ENTITIES = [
  UserEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  SignInFailureEntity,
  SignUpAttemptEntity,
  OrganisationEntity,
  MembershipEntity,
  InvitationEntity,
  GroupEntity,
  GroupMemberEntity,
  AuditLogEntity,
  DomainEventEntity,
  CourseEntity,
  CourseCoOrganiserEntity,
  CourseFileEntity,
  LessonEntity,
  LessonProgressEntity,
  SessionEntity,
  MeetingEntity,
  QuestionEntity,
  EnrolmentEntity,
  AttendanceEntity,
  CertificateEntity,
  SessionSeatsEntity,
];

/** The one set of options used by the app, the tests and the TypeORM CLI. Never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 20, application_name: 'tsunagu-api' },
  };
}
