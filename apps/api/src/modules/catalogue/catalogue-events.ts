import type { EntityManager } from 'typeorm';
import { DomainEventRecorder } from '../../core/events/domain-event';
import type { MeetingEntity, SessionEntity } from './session.entity';

/**
 * What of a session a participant has to hear about when it changes: when it meets, and where (the
 * venue, or the online room). Other edits (capacity, questions, rules) tell her nothing.
 */
export type SessionChange = 'meetings' | 'place';

export interface SessionChanged {
  sessionId: string;
  /** What changed, comma-separated in this order: `meetings`, `place` (payloads are flat JSON). */
  changes: string;
}

/** The catalogue's events (the README's "Domain events" says when each is emitted). */
export interface CatalogueEventPayloads {
  'session.changed': SessionChanged;
}

declare module '../../core/events/domain-event' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface DomainEventPayloads extends CatalogueEventPayloads {}
}

type Meeting = Pick<MeetingEntity, 'startsAt' | 'endsAt'>;
type Place = Pick<SessionEntity, 'venueName' | 'venueAddress' | 'isOnline' | 'onlineUrl'>;

function schedule(meetings: readonly Meeting[]): string {
  return meetings
    .map((m) => `${new Date(m.startsAt).toISOString()}/${new Date(m.endsAt).toISOString()}`)
    .sort()
    .join(' ');
}

function place(session: Place): string {
  return JSON.stringify([session.venueName, session.venueAddress, session.isOnline, session.onlineUrl]);
}

/**
 * What a participant would notice between the session as it was and as it is: the meetings' times (a
 * meeting added, removed or moved; the order they were sent in does not matter) and its place.
 */
export function sessionChanges(
  before: { place: Place; meetings: readonly Meeting[] },
  after: { place: Place; meetings: readonly Meeting[] },
): SessionChange[] {
  const changes: SessionChange[] = [];
  if (schedule(before.meetings) !== schedule(after.meetings)) changes.push('meetings');
  if (place(before.place) !== place(after.place)) changes.push('place');
  return changes;
}

/** Records `session.changed` in the editor's transaction, when anything a participant notices changed. */
export async function recordSessionChanged(
  manager: EntityManager,
  sessionId: string,
  changes: readonly SessionChange[],
): Promise<void> {
  if (!changes.length) return;
  await DomainEventRecorder.record(manager, {
    type: 'session.changed',
    payload: { sessionId, changes: changes.join(',') },
  });
}
