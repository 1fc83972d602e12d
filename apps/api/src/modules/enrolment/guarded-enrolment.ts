import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../core/database/prepared-query';
import { ConflictError, NotFoundError } from '../../core/graphql/errors';
import type { MessageKey } from '../../core/i18n/messages';
import { ChildcareFallback } from './dto/enrol.input';
import { ENROL_STATEMENT } from './enrol.statement';
import { EnrolmentWriter, type EnrolRequest } from './enrolment-writer';
import { EnrolmentEntity } from './enrolment.entity';
import { SessionQueue } from './session-queue';

/** The guarded enrolment: one call of `enrol_learner` (enrol.statement.ts), at most two per session in flight. */
@Injectable()
export class GuardedEnrolment extends EnrolmentWriter {
  private readonly sessionQueue = new SessionQueue(2);

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async write({ principal, input, answers, priorityTier }: EnrolRequest): Promise<EnrolmentEntity> {
    let rows: (EnrolmentRow & { refusal: MessageKey | null })[];
    try {
      rows = await this.sessionQueue.run(input.sessionId, () =>
        preparedQuery(this.dataSource, ENROL_STATEMENT, [
          input.sessionId,
          principal.userId,
          input.childcare,
          input.childcare ? input.childAgesMonths : [],
          JSON.stringify(answers),
          priorityTier,
          input.ifChildcareFull === ChildcareFallback.WITHOUT_CHILDCARE,
        ]),
      );
    } catch (error) {
      // A second active enrolment of hers fails on the partial unique index, rolling back the seat.
      if ((error as { constraint?: string }).constraint === 'enrolments_one_active_per_learner') {
        throw new ConflictError('enrolment.alreadyEnrolled');
      }
      throw error;
    }
    const [row] = rows;
    if (!row) throw new NotFoundError('enrolment.sessionNotFound');
    if (row.refusal) throw new ConflictError(row.refusal);
    return Object.assign(new EnrolmentEntity(), fromRow(row));
  }
}

interface EnrolmentRow {
  id: string;
  session_id: string;
  user_id: string;
  status: EnrolmentEntity['status'];
  waitlist_position: number | null;
  childcare_requested: boolean;
  childcare_confirmed: boolean;
  child_ages_months: number[];
  answers: EnrolmentEntity['answers'];
  priority_tier: number;
  draw_order: number | null;
  created_at: Date;
  updated_at: Date;
  cancelled_at: Date | null;
  completed_at: Date | null;
}

function fromRow(row: EnrolmentRow): Partial<EnrolmentEntity> {
  return {
    id: row.id,
    sessionId: row.session_id,
    userId: row.user_id,
    status: row.status,
    waitlistPosition: row.waitlist_position,
    childcareRequested: row.childcare_requested,
    childcareConfirmed: row.childcare_confirmed,
    childAgesMonths: row.child_ages_months,
    answers: row.answers,
    priorityTier: row.priority_tier,
    drawOrder: row.draw_order,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
    completedAt: row.completed_at,
  };
}
