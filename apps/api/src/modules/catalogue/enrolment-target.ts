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
  session: {
    id: string;
    courseId: string;
    childcareCapacity: number;
    childcareMinAgeMonths: number | null;
    childcareMaxAgeMonths: number | null;
    registrationMode: RegistrationMode;
    lotteryPriorities: string[];
  };
  course: {
    id: string;
    providerOrganisationId: string;
    status: CourseStatus;
    visibility: CourseVisibility;
    title: string;
  };
  questions: { id: string; kind: QuestionKind; choices: string[]; required: boolean }[];
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
  questions: EnrolmentTarget['questions'];
}

/** One named prepared statement per enrolment (it runs for every learner of a rush); null if no such session. */
export async function readEnrolmentTarget(
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
