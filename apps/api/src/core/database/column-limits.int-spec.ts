import { LIMITS } from '@tsunagu/shared/domain';
import { TestApp } from '../../../test/harness';

/**
 * Text a person types, by `table.column`: its varchar length is the shared limit the API validates and
 * the web form enforces, so no side refuses what another accepts.
 */
const PERSON_TYPED: Record<string, number> = {
  'users.email': LIMITS.email.max,
  'users.family_name': LIMITS.name.max,
  'users.given_name': LIMITS.name.max,
  'users.family_name_kana': LIMITS.name.max,
  'users.given_name_kana': LIMITS.name.max,
  'sign_in_failures.email_key': LIMITS.email.max,
  'account_tokens.email': LIMITS.email.max,
  'account_mail_requests.email_key': LIMITS.email.max,
  'invitations.email': LIMITS.email.max,
  'organisations.name': LIMITS.organisationName.max,
  'organisations.prefecture': LIMITS.organisation.prefecture.max,
  'organisations.contact_department': LIMITS.contact.department.max,
  'organisations.contact_phone': LIMITS.contact.phone.max,
  'organisations.contact_email': LIMITS.contact.email.max,
  'organisations.contact_url': LIMITS.contact.url.max,
  'organisations.contact_hours': LIMITS.contact.hours.max,
  'organisations.privacy_notice': LIMITS.contact.privacyNotice.max,
  'courses.title': LIMITS.course.title.max,
  'courses.summary': LIMITS.course.summary.max,
  'courses.audience_notes': LIMITS.course.audienceNotes.max,
  'courses.cover_image_url': LIMITS.course.coverImageUrl.max,
  'lessons.title': LIMITS.lesson.title.max,
  'lessons.url': LIMITS.lesson.url.max,
  'sessions.title': LIMITS.session.title.max,
  'sessions.venue_name': LIMITS.session.venueName.max,
  'sessions.venue_address': LIMITS.session.venueAddress.max,
  'sessions.access_notes': LIMITS.session.accessNotes.max,
  'sessions.online_url': LIMITS.session.onlineUrl.max,
  'session_questions.label': LIMITS.question.label.max,
  'course_files.filename': LIMITS.courseFile.filename.max,
  'course_files.content_type': LIMITS.courseFile.contentType.max,
  'company_profiles.name_kana': LIMITS.company.nameKana.max,
  'company_profiles.postal_code': LIMITS.company.postalCode.max,
  'company_profiles.address': LIMITS.company.address.max,
  'company_profiles.website': LIMITS.company.website.max,
  'company_contacts.name': LIMITS.company.contact.name.max,
  'company_contacts.department': LIMITS.company.contact.department.max,
  'company_contacts.email': LIMITS.company.contact.email.max,
  'company_contacts.phone': LIMITS.company.contact.phone.max,
  'company_certifications.other_name': LIMITS.company.certificationName.max,
  'groups.name': LIMITS.companyGroup.name.max,
  'group_posts.title': LIMITS.companyGroup.post.title.max,
  'group_posts.place': LIMITS.companyGroup.post.place.max,
  // A company file's name and type come from the upload, as a course file's do.
  'company_files.filename': LIMITS.courseFile.filename.max,
  'company_files.content_type': LIMITS.courseFile.contentType.max,
  'group_post_files.filename': LIMITS.courseFile.filename.max,
  'group_post_files.content_type': LIMITS.courseFile.contentType.max,
  'company_employee_email_invitations.email_key': LIMITS.email.max,
};

/**
 * Values the system writes itself (codes from the domain's lists, network addresses, user agents,
 * audit and event names, keys): no form asks for them, so their length is the column's own, declared
 * here so that a new varchar column cannot go unnoticed.
 */
const SYSTEM_WRITTEN: Record<string, number> = {
  'users.preferred_locale': 2,
  'memberships.role': 20,
  'invitations.role': 20,
  'organisations.kind': 30,
  'groups.kind': 30,
  'courses.category': 30,
  'courses.status': 20,
  'courses.visibility': 20,
  'course_files.purpose': 10,
  'lessons.kind': 10,
  'session_questions.kind': 10,
  'sessions.completion_rule': 10,
  'sessions.registration_mode': 20,
  'sessions.status': 20,
  'sessions.lottery_seed': 64,
  'enrolments.status': 20,
  'attendance.status': 10,
  'certificates.verification_code': 20,
  'auth_sessions.ip': 64,
  'auth_sessions.user_agent': 300,
  'sign_in_failures.ip': 64,
  'sign_up_attempts.ip': 64,
  'account_tokens.purpose': 20,
  'account_tokens.token_hash': 64,
  'account_mail_requests.purpose': 20,
  'account_mail_requests.ip': 64,
  'audit_log.action': 80,
  'audit_log.subject_type': 80,
  'audit_log.subject_id': 80,
  'audit_log.ip': 64,
  'domain_events.type': 80,
  'notifications.kind': 40,
  'notifications.link': 300,
  'notifications.dedupe_key': 200,
  'notification_deliveries.channel': 10,
  'notification_deliveries.address': 254,
  'notification_deliveries.status': 10,
  'notification_deliveries.last_error': 300,
  'notification_deliveries.external_id': 300,
  'notification_preferences.kind': 40,
  'company_profiles.size_band': 20,
  'company_profiles.status': 20,
  'company_certifications.kind': 30,
  'company_employments.status': 20,
  'company_consent_events.field': 30,
  'group_members.status': 20,
  'group_posts.kind': 20,
  'group_meeting_attendance.status': 20,
  'company_files.purpose': 10,
  'seat_pools.allocation': 20,
  'seat_pools.status': 10,
  'seat_pool_nominations.status': 20,
};

interface VarcharColumn {
  table_name: string;
  column_name: string;
  character_maximum_length: number | null;
}

describe('column limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.create();
  });
  afterAll(() => app.close());

  // Tables only: a published view (organisation_directory …) repeats its table's columns and lengths.
  async function varcharColumns(): Promise<Map<string, number | null>> {
    const rows: VarcharColumn[] = await app.dataSource.query(
      `SELECT c.table_name, c.column_name, c.character_maximum_length
         FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema() AND c.data_type = 'character varying'
          AND c.table_name <> 'migrations'
        ORDER BY c.table_name, c.column_name`,
    );
    return new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.character_maximum_length]));
  }

  it('gives every varchar column the length of the shared limit it is declared to use', async () => {
    const columns = await varcharColumns();
    const declared = { ...PERSON_TYPED, ...SYSTEM_WRITTEN };
    const wrong = [...columns]
      .filter(([name, length]) => name in declared && declared[name] !== length)
      .map(([name, length]) => `${name}: varchar(${length}), declared ${declared[name]}`);
    expect(wrong).toEqual([]);
  });

  it('declares a limit for every varchar column, and names no column that is gone', async () => {
    const columns = await varcharColumns();
    const declared = new Set([...Object.keys(PERSON_TYPED), ...Object.keys(SYSTEM_WRITTEN)]);
    const undeclared = [...columns]
      .filter(([name]) => !declared.has(name))
      .map(([name, length]) => `${name}: varchar(${length})`);
    expect(undeclared).toEqual([]);
    expect([...declared].filter((name) => !columns.has(name))).toEqual([]);
  });

  it('keeps a column declared both ways out of the second table', () => {
    expect(Object.keys(PERSON_TYPED).filter((name) => name in SYSTEM_WRITTEN)).toEqual([]);
  });
});
