import type { OutboxEvent } from '../../../core/jobs/jobs';
import type { NotifyRequest } from '../notify-request';
import { field, type EventHandler, type EventHandlerContext, type EventHandlers } from './event-handler';

/** Where a company's admins see their application and profile. */
export const MY_COMPANY_LINK = '/company';

/**
 * The secretariat decided a company's application: each of its company admins hears it once (key
 * `event:<id>:<user>`), from the secretariat, with the reason when it was declined.
 */
const toCompanyAdmins: EventHandler = async (event: OutboxEvent, { services }: EventHandlerContext) => {
  const organisationId = field(event, 'organisationId');
  const admins = (await services.organisations.members(organisationId)).filter(
    (member) => member.role === 'company_admin',
  );
  const reason = event.payload['reason'];
  return admins.map((admin): NotifyRequest => ({
    userId: admin.userId,
    kind: 'company_application_decided',
    dedupeKey: `event:${event.id}:${admin.userId}`,
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

/** The company-groups module's events (company-groups/company-groups-events.ts). */
export const COMPANY_GROUPS_EVENT_HANDLERS: EventHandlers = {
  'company.application_decided': toCompanyAdmins,
};
