import { Injectable } from '@nestjs/common';
import { LIMITS } from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, type FieldProblem } from '../../core/graphql/errors';
import { CATALOGUE_SESSION_COURSES, CatalogueService, type EnrolmentTarget } from '../catalogue';
import type { EnrolInput } from './dto/enrol.input';
import { EnrolmentWriter } from './enrolment-writer';
import type { EnrolmentEntity } from './enrolment.entity';

/**
 * Enrolling (申込): everything that does not depend on the seats (her session and roles, the course's
 * visibility, answers, childcare rules, her lottery tier) is checked here before the session row is
 * locked; the locked part is the EnrolmentWriter's one statement.
 */
@Injectable()
export class EnrolService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly writer: EnrolmentWriter,
  ) {}

  async enrol(principal: Principal, input: EnrolInput): Promise<EnrolmentEntity> {
    const target = await this.catalogue.enrolmentTarget(principal, input.sessionId);
    const { session, course } = target;
    const problems = [...checkAnswers(target.questions, input), ...checkChildcare(session, input)];
    if (problems.length) throw new BadUserInputError(problems);
    const priorityTier =
      session.registrationMode === 'lottery'
        ? await this.priorityTier(principal, session.lotteryPriorities, course.providerOrganisationId)
        : 0;
    const answers = input.answers.map((a) => ({ questionId: a.questionId, value: a.value.trim() }));
    return this.writer.write({ principal, input, answers, priorityTier });
  }

  /** Index of the first priority rule she meets (0 is drawn first); the number of rules if none. */
  private async priorityTier(
    principal: Principal,
    rules: readonly string[],
    providerOrganisationId: string,
  ): Promise<number> {
    for (const [index, rule] of rules.entries()) {
      if (
        rule === 'member_of_provider' &&
        principal.memberships.some((m) => m.organisationId === providerOrganisationId)
      ) {
        return index;
      }
      if (rule === 'first_time') {
        const rows = await this.dataSource.query(
          `SELECT 1 FROM enrolments e JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.session_id = e.session_id
            WHERE e.user_id = $1 AND sc.provider_organisation_id = $2 AND e.status IN ('confirmed', 'completed') LIMIT 1`,
          [principal.userId, providerOrganisationId],
        );
        if (rows.length === 0) return index;
      }
    }
    return rules.length;
  }
}

/** Her answers against the session's questions (also for a seat pool's nominee: `SeatHolds`). */
export function checkAnswers(
  questions: EnrolmentTarget['questions'],
  input: Pick<EnrolInput, 'answers'>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map(input.answers.map((a) => [a.questionId, a.value.trim()]));
  for (const answer of input.answers) {
    if (!byId.has(answer.questionId))
      problems.push({ field: `answers.${answer.questionId}`, key: 'enrolment.unknownQuestion' });
  }
  for (const question of questions) {
    const value = given.get(question.id) ?? '';
    const field = `answers.${question.id}`;
    if (!value) {
      if (question.required) problems.push({ field, key: 'enrolment.answerRequired' });
      continue;
    }
    if (value.length > LIMITS.enrolment.answer.max) {
      problems.push({ field, key: 'enrolment.answerTooLong', params: { max: LIMITS.enrolment.answer.max } });
    } else if (question.kind === 'choice' && !question.choices.includes(value)) {
      problems.push({ field, key: 'enrolment.answerInvalid' });
    } else if (question.kind === 'yes_no' && value !== 'yes' && value !== 'no') {
      problems.push({ field, key: 'enrolment.answerInvalid' });
    }
  }
  return problems;
}

/** Her childcare request against the session's childcare rules (also for `SeatHolds`). */
export function checkChildcare(
  session: EnrolmentTarget['session'],
  input: Pick<EnrolInput, 'childcare' | 'childAgesMonths'>,
): FieldProblem[] {
  if (!input.childcare) return [];
  if (session.childcareCapacity <= 0) return [{ field: 'childcare', key: 'enrolment.childcareUnavailable' }];
  const ages = input.childAgesMonths;
  if (ages.length === 0) return [{ field: 'childAgesMonths', key: 'enrolment.childAgesRequired' }];
  if (ages.length > LIMITS.enrolment.children.max) {
    return [
      {
        field: 'childAgesMonths',
        key: 'enrolment.tooManyChildren',
        params: { max: LIMITS.enrolment.children.max },
      },
    ];
  }
  const min = session.childcareMinAgeMonths ?? LIMITS.session.childAgeMonths.min;
  const max = session.childcareMaxAgeMonths ?? LIMITS.session.childAgeMonths.max;
  if (ages.some((age) => age < min || age > max)) {
    return [{ field: 'childAgesMonths', key: 'enrolment.childAgeOutOfRange', params: { min, max } }];
  }
  return [];
}
