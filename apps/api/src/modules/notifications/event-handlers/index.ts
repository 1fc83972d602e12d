import { CATALOGUE_EVENT_HANDLERS } from './catalogue';
import { COMPANY_GROUPS_EVENT_HANDLERS } from './company-groups';
import { ENROLMENT_EVENT_HANDLERS } from './enrolment';
import type { EventHandlers } from './event-handler';
import { IDENTITY_EVENT_HANDLERS } from './identity';

export type { EventHandler, EventHandlerContext, EventHandlers } from './event-handler';

/**
 * Every domain's event handlers, by event type. A domain that tells people something adds its file
 * (`event-handlers/<domain>.ts`) and one line here.
 */
export const EVENT_HANDLERS: EventHandlers = {
  ...CATALOGUE_EVENT_HANDLERS,
  ...COMPANY_GROUPS_EVENT_HANDLERS,
  ...ENROLMENT_EVENT_HANDLERS,
  ...IDENTITY_EVENT_HANDLERS,
};
