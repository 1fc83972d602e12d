import type { OutboxEvent } from '../../../core/jobs/jobs';
import type { NotificationKind } from '../notification-kinds';
import type { NotifyRequest } from '../notify-request';
import { field, type EventHandler, type EventHandlerContext, type EventHandlers } from './event-handler';

/** Where a learner sees her places. */
export const MY_SEMINARS_LINK = '/my/seminars';

/** The kind each enrolment event tells her; cancellations depend on who cancelled. */
function kindOf(event: OutboxEvent): NotificationKind | null {
  switch (event.type) {
    case 'enrolment.confirmed':
      return 'enrolment_confirmed';
    case 'enrolment.waitlisted':
      return 'enrolment_waitlisted';
    case 'enrolment.promoted':
      return 'enrolment_promoted';
    case 'enrolment.lottery_won':
    case 'enrolment.lottery_waitlisted':
      return 'lottery_result';
    case 'enrolment.cancelled':
      return event.payload['by'] === 'session_cancelled' ? 'session_cancelled' : 'enrolment_cancelled';
    default:
      return null;
  }
}

/**
 * One notification to the learner the event is about, from the session's providing organisation. The
 * params are the event's facts (ids, status, waitlist ticket, who cancelled): templates load the
 * session, its course and meetings when they render.
 */
const toLearner: EventHandler = async (
  event: OutboxEvent,
  { manager, services, once }: EventHandlerContext,
) => {
  const kind = kindOf(event);
  if (!kind) return [];
  const sessionId = field(event, 'sessionId');
  const { course } = await once(`session:${sessionId}`, () =>
    services.catalogue.sessionWithCourse(manager, sessionId),
  );
  const request: NotifyRequest = {
    userId: field(event, 'userId'),
    kind,
    dedupeKey: `event:${event.id}`,
    organisationId: course.providerOrganisationId,
    link: MY_SEMINARS_LINK,
    params: {
      event: event.type,
      enrolmentId: field(event, 'enrolmentId'),
      sessionId,
      status: event.payload['status'] ?? null,
      waitlistPosition: event.payload['waitlistPosition'] ?? null,
      by: event.payload['by'] ?? null,
      // The cancellation's moment: the .ics SEQUENCE of a cancellation is above any update's.
      at: event.createdAt.toISOString(),
    },
  };
  return [request];
};

/**
 * The enrolment module's events. `enrolment.applied` (a lottery application) and `enrolment.completed`
 * tell nothing yet; `session.cancelled` is told through each place's `enrolment.cancelled`.
 */
export const ENROLMENT_EVENT_HANDLERS: EventHandlers = {
  'enrolment.confirmed': toLearner,
  'enrolment.waitlisted': toLearner,
  'enrolment.promoted': toLearner,
  'enrolment.lottery_won': toLearner,
  'enrolment.lottery_waitlisted': toLearner,
  'enrolment.cancelled': toLearner,
};
