import type { CourseStatus, CourseVisibility, QuestionKind, RegistrationMode } from '@tsunagu/shared/domain';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '../../core/database/prepared-query';

/**
 * What enrolling in a session needs to know before the session's seats are touched: the session's
 * childcare and lottery settings, its course (for visibility and the lottery's provider rule) and its
 * registration questions. A read model the catalogue publishes for the enrolment module; the seats and
 * the registration window are decided later, under the session's row lock.
 */
export interface EnrolmentTarget {
  readonly session: {
    readonly id: string;
    readonly courseId: string;
    readonly childcareCapacity: number;
    readonly childcareMinAgeMonths: number | null;
    readonly childcareMaxAgeMonths: number | null;
    readonly registrationMode: RegistrationMode;
    readonly lotteryPriorities: readonly string[];
  };
  readonly course: {
    readonly id: string;
    readonly providerOrganisationId: string;
    readonly status: CourseStatus;
    readonly visibility: CourseVisibility;
    readonly title: string;
  };
  readonly questions: readonly {
    readonly id: string;
    readonly kind: QuestionKind;
    readonly choices: readonly string[];
    readonly required: boolean;
  }[];
}

interface TargetRow {
  id: string;
  course_id: string;
  childcare_capacity: number;
  childcare_min_age_months: number | null;
  childcare_max_age_months: number | null;
  registration_mode: RegistrationMode;
  lottery_priorities: string[];
  provider_organisation_id: string;
  course_status: CourseStatus;
  visibility: CourseVisibility;
  course_title: string;
  questions: { id: string; kind: QuestionKind; choices: string[]; required: boolean }[];
}

/**
 * Reads enrolment targets with one named prepared statement, and lets concurrent enrolments in the same
 * session share one read: when 2,000 learners press 申し込む at once, the read already in flight for that
 * session answers everyone who asked while it was running, instead of 2,000 identical reads queueing
 * for the pool. This is not a cache: a result is never handed out after its read has finished, so what
 * a learner gets was read after she asked or at most one round trip before. (The seats, window, status
 * and lottery state are re-read under the row lock anyway.) Shared results are read-only.
 */
export class EnrolmentTargetReader {
  private readonly inFlight = new Map<string, Promise<EnrolmentTarget | null>>();

  read(dataSource: DataSource, sessionId: string): Promise<EnrolmentTarget | null> {
    let pending = this.inFlight.get(sessionId);
    if (!pending) {
      pending = readEnrolmentTarget(dataSource, sessionId).finally(() => this.inFlight.delete(sessionId));
      this.inFlight.set(sessionId, pending);
    }
    return pending;
  }
}

async function readEnrolmentTarget(
  dataSource: DataSource,
  sessionId: string,
): Promise<EnrolmentTarget | null> {
  const [row] = await preparedQuery<TargetRow>(
    dataSource,
    `SELECT s.id, s.course_id, s.childcare_capacity, s.childcare_min_age_months, s.childcare_max_age_months,
            s.registration_mode, s.lottery_priorities, c.provider_organisation_id, c.status AS course_status,
            c.visibility, c.title AS course_title,
            COALESCE((SELECT json_agg(json_build_object('id', q.id, 'kind', q.kind, 'choices', q.choices,
                                                        'required', q.required) ORDER BY q.position)
                        FROM session_questions q WHERE q.session_id = s.id), '[]') AS questions
       FROM sessions s JOIN courses c ON c.id = s.course_id
      WHERE s.id = $1`,
    [sessionId],
  );
  if (!row) return null;
  return {
    session: {
      id: row.id,
      courseId: row.course_id,
      childcareCapacity: row.childcare_capacity,
      childcareMinAgeMonths: row.childcare_min_age_months,
      childcareMaxAgeMonths: row.childcare_max_age_months,
      registrationMode: row.registration_mode,
      lotteryPriorities: row.lottery_priorities,
    },
    course: {
      id: row.course_id,
      providerOrganisationId: row.provider_organisation_id,
      status: row.course_status,
      visibility: row.visibility,
      title: row.course_title,
    },
    questions: row.questions,
  };
}
