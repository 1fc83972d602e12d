import { EnrolFunction1796130000000 } from '../../core/database/migrations/1796130000000-EnrolFunction';
import { CancelledEnrolmentEvents1796130100000 } from '../../core/database/migrations/1796130100000-CancelledEnrolmentEvents';
import { SessionSeats1796140000000 } from '../../core/database/migrations/1796140000000-SessionSeats';
import { EnrolmentParticipants1796200310000 } from '../../core/database/migrations/1796200310000-EnrolmentParticipants';
import { EnrolmentAttendanceCounts1796300110000 } from '../../core/database/migrations/1796300110000-EnrolmentAttendanceCounts';
import { SessionSeatHolds1796300190000 } from '../../core/database/migrations/1796300190000-SessionSeatHolds';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { enrolmentDemoData } from './enrolment.demo-data';
import { AttendanceEntity, CertificateEntity, EnrolmentEntity } from './enrolment.entity';
import { ENROLMENT_MESSAGES } from './enrolment.messages';
import { EnrolmentModule } from './enrolment.module';
import { SessionSeatsEntity } from './session-seats.entity';

/** Enrolments, waitlists, lotteries, attendance and certificates. */
export const enrolment: DomainRegistration = {
  name: 'enrolment',
  module: EnrolmentModule,
  entities: [EnrolmentEntity, AttendanceEntity, CertificateEntity, SessionSeatsEntity],
  // CancelledEnrolmentEvents indexes core's domain_events for the enrolment module's own look-up.
  // SessionSeats moved the seat counters off the catalogue's sessions rows; it also creates the view the
  // catalogue publishes for enrol_learner (catalogue_session_rules, listed in the catalogue's registration).
  migrations: [
    EnrolFunction1796130000000,
    CancelledEnrolmentEvents1796130100000,
    SessionSeats1796140000000,
    EnrolmentParticipants1796200310000,
    EnrolmentAttendanceCounts1796300110000,
    SessionSeatHolds1796300190000,
  ],
  tables: ['enrolments', 'attendance', 'certificates', 'session_seats'],
  publishedViews: ['enrolment_session_seats', 'enrolment_participants', 'enrolment_attendance_counts'],
  messages: ENROLMENT_MESSAGES,
  demoData: enrolmentDemoData,
};
