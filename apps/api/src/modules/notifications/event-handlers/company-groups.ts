import type { OutboxEvent } from '../../../core/jobs/jobs';
import type { NotifyRequest } from '../notify-request';
import { MY_SEMINARS_LINK } from './enrolment';
import { field, type EventHandler, type EventHandlerContext, type EventHandlers } from './event-handler';

/** Where a company's admins see their application and profile, and the seats offered to the company. */
export const MY_COMPANY_LINK = '/company';
/** Her account page: the employer section, where she accepts or declines an invitation. */
export const MY_ACCOUNT_LINK = '/account';

async function companyAdmins(organisationId: string, { services }: EventHandlerContext): Promise<string[]> {
  return (await services.organisations.members(organisationId))
    .filter((member) => member.role === 'company_admin')
    .map((member) => member.userId);
}

/**
 * The secretariat decided a company's application: each of its company admins hears it once (key
 * `event:<id>:<user>`), from the secretariat, with the reason when it was declined.
 */
const applicationDecided: EventHandler = async (event: OutboxEvent, context: EventHandlerContext) => {
  const organisationId = field(event, 'organisationId');
  const reason = event.payload['reason'];
  return (await companyAdmins(organisationId, context)).map((userId): NotifyRequest => ({
    userId,
    kind: 'company_application_decided',
    dedupeKey: `event:${event.id}:${userId}`,
    organisationId: field(event, 'secretariatOrganisationId'),
    link: MY_COMPANY_LINK,
    params: {
      organisationId,
      companyName: field(event, 'companyName'),
      status: field(event, 'status'),
      reason: typeof reason === 'string' ? reason : null,
    },
  }));
};

/** The facts both nomination kinds show (the session's title and meetings are loaded when it renders). */
function nominationParams(event: OutboxEvent) {
  return {
    nominationId: field(event, 'nominationId'),
    sessionId: field(event, 'sessionId'),
    companyName: field(event, 'companyName'),
    offeringCompanyName: field(event, 'offeringCompanyName'),
    closesAt: field(event, 'closesAt'),
  };
}

/** Her company nominated her for a seat: she hears it once, from her company, with the deadline. */
const nominationCreated: EventHandler = async (event: OutboxEvent) => [
  {
    userId: field(event, 'userId'),
    kind: 'seat_nomination_received',
    dedupeKey: `event:${event.id}`,
    organisationId: field(event, 'organisationId'),
    link: MY_SEMINARS_LINK,
    params: nominationParams(event),
  },
];

/**
 * She accepted or declined: each company admin of the nominating company hears it once (key
 * `event:<id>:<user>`); she is not told her own answer (if she is one of its admins too).
 */
const nominationAnswered: EventHandler = async (event: OutboxEvent, context: EventHandlerContext) => {
  const nominee = field(event, 'userId');
  const organisationId = field(event, 'organisationId');
  return (await companyAdmins(organisationId, context))
    .filter((userId) => userId !== nominee)
    .map((userId): NotifyRequest => ({
      userId,
      kind: 'seat_nomination_answered',
      dedupeKey: `event:${event.id}:${userId}`,
      organisationId,
      link: MY_COMPANY_LINK,
      params: {
        ...nominationParams(event),
        answer: field(event, 'answer'),
        familyName: field(event, 'familyName'),
        givenName: field(event, 'givenName'),
      },
    }));
};

/** A company's admin invited her account: she hears it once, from the company, with where to answer. */
const employeeInvited: EventHandler = async (event: OutboxEvent) => [
  {
    userId: field(event, 'userId'),
    kind: 'company_employee_invited',
    dedupeKey: `event:${event.id}`,
    organisationId: field(event, 'organisationId'),
    link: MY_ACCOUNT_LINK,
    params: { organisationId: field(event, 'organisationId'), companyName: field(event, 'companyName') },
  },
];

/** The company-groups module's events (company-groups/company-groups-events.ts). */
export const COMPANY_GROUPS_EVENT_HANDLERS: EventHandlers = {
  'company.application_decided': applicationDecided,
  'company.employee_invited': employeeInvited,
  'seat.nomination_created': nominationCreated,
  'seat.nomination_answered': nominationAnswered,
};
