import type { EntityManager } from 'typeorm';
import { DomainEventEntity } from '../../core/events/domain-event.entity';
import type { EnrolmentEntity } from './enrolment.entity';

/** Records an event about one enrolment in the writing transaction. */
export async function recordEnrolmentEvent(
  manager: EntityManager,
  type: string,
  enrolment: EnrolmentEntity,
  extra: Record<string, string> = {},
): Promise<void> {
  await manager.insert(DomainEventEntity, {
    type,
    payload: {
      enrolmentId: enrolment.id,
      sessionId: enrolment.sessionId,
      userId: enrolment.userId,
      status: enrolment.status,
      waitlistPosition: enrolment.waitlistPosition,
      ...extra,
    },
    processedAt: null,
  });
}
