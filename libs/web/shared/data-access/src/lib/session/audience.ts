import {
  decidesCompanyApplications,
  readsCrossCompanyOverview,
  watchesDeliveries,
  type Persona,
} from '@tsunagu/shared/domain';
import type { SessionStore } from './session.store';

/**
 * Who a page, a menu item or a home card is for. `organiser` follows her roles, not her persona
 * (`organisesSeminars`): a project team member has the secretariat persona but organises nothing, and
 * the API would refuse her those pages.
 */
export type Audience =
  | 'everyone'
  | 'guests'
  | 'signedIn'
  | 'organisers'
  | 'nonOrganisers'
  /** Staff and admins: the notification outbox (`watchesDeliveries`). */
  | 'deliveryWatchers'
  /** Staff and admins: partner companies' applications (`decidesCompanyApplications`). */
  | 'companyDeciders'
  /** Staff only: participation by company (`readsCrossCompanyOverview`); not platform admins. */
  | 'companyOverviewReaders'
  | Persona;

/** Whether the signed-in (or not) user is among the audience. */
export function isInAudience(
  session: Pick<SessionStore, 'isSignedIn' | 'personas' | 'organises'> & Partial<Pick<SessionStore, 'roles'>>,
  audience: Audience,
): boolean {
  switch (audience) {
    case 'everyone':
      return true;
    case 'guests':
      return !session.isSignedIn();
    case 'signedIn':
      return session.isSignedIn();
    case 'organisers':
      return session.isSignedIn() && session.organises();
    case 'nonOrganisers':
      return session.isSignedIn() && !session.organises();
    case 'deliveryWatchers':
      return session.isSignedIn() && watchesDeliveries(session.roles?.() ?? []);
    case 'companyDeciders':
      return session.isSignedIn() && decidesCompanyApplications(session.roles?.() ?? []);
    case 'companyOverviewReaders':
      return session.isSignedIn() && readsCrossCompanyOverview(session.roles?.() ?? []);
    default:
      return session.isSignedIn() && session.personas().includes(audience);
  }
}
