import { EnrolFunction1796130000000 } from '../../core/database/migrations/1796130000000-EnrolFunction';
import { CancelledEnrolmentEvents1796130100000 } from '../../core/database/migrations/1796130100000-CancelledEnrolmentEvents';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { enrolmentDemoData } from './enrolment.demo-data';
import { AttendanceEntity, CertificateEntity, EnrolmentEntity } from './enrolment.entity';
import { ENROLMENT_MESSAGES } from './enrolment.messages';
import { EnrolmentModule } from './enrolment.module';

/** Enrolments, waitlists, lotteries, attendance and certificates. */
export const enrolment: DomainRegistration = {
  name: 'enrolment',
  module: EnrolmentModule,
  entities: [EnrolmentEntity, AttendanceEntity, CertificateEntity],
  // CancelledEnrolmentEvents indexes core's domain_events for the enrolment module's own look-up.
  migrations: [EnrolFunction1796130000000, CancelledEnrolmentEvents1796130100000],
  tables: ['enrolments', 'attendance', 'certificates'],
  publishedViews: [],
  messages: ENROLMENT_MESSAGES,
  demoData: enrolmentDemoData,
};
