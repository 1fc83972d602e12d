import type { OutboxEvent } from '../../../core/jobs/jobs';
import { ENROLMENT_PARTICIPANTS } from '../../enrolment';
import type { NotifyRequest } from '../notify-request';
import { MY_SEMINARS_LINK } from './enrolment';
import { field, type EventHandler, type EventHandlerContext, type EventHandlers } from './event-handler';

/**
 * A session's dates or place changed: each learner holding a confirmed place hears it once (dedupe key
 * `event:<id>:<user>`), with the .ics of its meetings as they are now (same UIDs, a higher SEQUENCE:
 * the event's moment). Waitlisted and lottery applicants hold no calendar entry and hear nothing; she
 * who is confirmed later gets the new times in her confirmation.
 */
const toParticipants: EventHandler = async (
  event: OutboxEvent,
  { manager, services, once }: EventHandlerContext,
) => {
  const sessionId = field(event, 'sessionId');
  const { course } = await once(`session:${sessionId}`, () =>
    services.catalogue.sessionWithCourse(manager, sessionId),
  );
  const participants: { userId: string; enrolmentId: string }[] = await manager.query(
    `SELECT user_id AS "userId", enrolment_id AS "enrolmentId"
       FROM ${ENROLMENT_PARTICIPANTS}
      WHERE session_id = $1 AND status = 'confirmed'
      ORDER BY created_at, enrolment_id`,
    [sessionId],
  );
  return participants.map((p): NotifyRequest => ({
    userId: p.userId,
    kind: 'session_changed',
    dedupeKey: `event:${event.id}:${p.userId}`,
    organisationId: course.providerOrganisationId,
    link: MY_SEMINARS_LINK,
    params: {
      event: event.type,
      enrolmentId: p.enrolmentId,
      sessionId,
      changes: field(event, 'changes'),
      at: event.createdAt.toISOString(),
    },
  }));
};

/** The catalogue's events. */
export const CATALOGUE_EVENT_HANDLERS: EventHandlers = {
  'session.changed': toParticipants,
};
