import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TestApp } from './harness';

export interface SessionFixture {
  courseId: string;
  sessionId: string;
  meetingIds: string[];
  questionIds: string[];
}

export interface SessionOptions {
  providerOrganisationId: string;
  capacity?: number;
  childcareCapacity?: number;
  childAges?: [number, number];
  mode?: 'first_come' | 'lottery';
  meetings?: number;
  completionRule?: 'all' | 'at_least';
  completionMin?: number;
  opensInHours?: number;
  closesInHours?: number;
  cancellationDeadlineInHours?: number;
  visibility?: 'public' | 'company_group' | 'organisation';
  status?: 'draft' | 'published';
  questions?: { kind: 'text' | 'choice' | 'yes_no'; label: string; choices?: string[]; required?: boolean }[];
  lotteryPriorities?: string[];
  onlineUrl?: string;
  /** Organisations running the course with its provider (共催). */
  coOrganiserIds?: string[];
  /** When the first two-hour meeting starts, in hours from now (default 240); the others follow weekly. */
  firstMeetingInHours?: number;
  /** Attendance opens this many minutes before each meeting (default 0). */
  checkInOpensMinutesBefore?: number;
}

const hours = (n: number) => new Date(Date.now() + n * 3600_000);

/** A published course with one session, written straight to the database (the catalogue API is tested on its own). */
export async function seminarSession(app: TestApp, options: SessionOptions): Promise<SessionFixture> {
  /** Runs an INSERT … RETURNING id of one row and answers that row. */
  const q = async (sql: string, params: unknown[]) => {
    const [row] = (await app.dataSource.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`no row returned by ${sql}`);
    return row;
  };
  const course = await q(
    `INSERT INTO courses (provider_organisation_id, title, summary, category, visibility, status, published_at)
     VALUES ($1, $2, 'テスト講座', 'leadership', $3, $4, now()) RETURNING id`,
    [
      options.providerOrganisationId,
      `女性リーダー育成講座 ${randomUUID().slice(0, 6)}`,
      options.visibility ?? 'public',
      options.status ?? 'published',
    ],
  );
  // A lottery commits to a system-made seed when it is set up (catalogue/lottery-commitment.ts).
  const seed = options.mode === 'lottery' ? randomBytes(32).toString('hex') : null;
  const session = await q(
    `INSERT INTO sessions (course_id, title, venue_name, capacity, childcare_capacity, childcare_min_age_months, childcare_max_age_months,
        registration_opens_at, registration_closes_at, cancellation_deadline, registration_mode, draw_at, completion_rule,
        completion_min_meetings, lottery_priorities, online_url, is_online, lottery_seed, lottery_commitment, check_in_opens_minutes_before)
     VALUES ($1, '第1期', '小美玉市四季文化館', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
    [
      course.id,
      options.capacity ?? 30,
      options.childcareCapacity ?? 0,
      options.childAges?.[0] ?? null,
      options.childAges?.[1] ?? null,
      hours(options.opensInHours ?? -24),
      hours(options.closesInHours ?? 24 * 7),
      hours(options.cancellationDeadlineInHours ?? 24 * 8),
      options.mode ?? 'first_come',
      options.mode === 'lottery' ? hours(24 * 7 + 1) : null,
      options.completionRule ?? 'all',
      options.completionMin ?? null,
      options.lotteryPriorities ?? [],
      options.onlineUrl ?? null,
      Boolean(options.onlineUrl),
      seed,
      seed && createHash('sha256').update(seed).digest('hex'),
      options.checkInOpensMinutesBefore ?? 0,
    ],
  );
  for (const [index, organisationId] of (options.coOrganiserIds ?? []).entries()) {
    await q(
      `INSERT INTO course_co_organisers (course_id, organisation_id, position) VALUES ($1, $2, $3) RETURNING course_id AS id`,
      [course.id, organisationId, index + 1],
    );
  }
  const first = options.firstMeetingInHours ?? 24 * 10;
  const meetingIds: string[] = [];
  for (let i = 0; i < (options.meetings ?? 2); i++) {
    const meeting = await q(
      `INSERT INTO session_meetings (session_id, starts_at, ends_at) VALUES ($1, $2, $3) RETURNING id`,
      [session.id, hours(first + i * 24 * 7), hours(first + i * 24 * 7 + 2)],
    );
    meetingIds.push(meeting.id);
  }
  const questionIds: string[] = [];
  for (const [index, question] of (options.questions ?? []).entries()) {
    const row = await q(
      `INSERT INTO session_questions (session_id, position, kind, label, choices, required) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        session.id,
        index + 1,
        question.kind,
        question.label,
        question.choices ?? [],
        question.required ?? false,
      ],
    );
    questionIds.push(row.id);
  }
  return { courseId: course.id, sessionId: session.id, meetingIds, questionIds };
}
