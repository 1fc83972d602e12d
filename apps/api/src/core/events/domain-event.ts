import type { EntityManager } from 'typeorm';
import { DomainEventEntity } from './domain-event.entity';

/** What a payload may hold: flat JSON values, so SQL paths can write the same payload with jsonb_build_object. */
export type DomainEventValue = string | number | boolean | null;

/**
 * Every event type a module emits, with its payload. Empty here: core knows no module. Each module adds
 * its own by declaration merging in its `<module>-events.ts`:
 *
 *   declare module '../../core/events/domain-event' {
 *     interface DomainEventPayloads { 'enrolment.promoted': EnrolmentFacts }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface DomainEventPayloads {}

export type DomainEventType = keyof DomainEventPayloads;

/** The generic event shape: a discriminated union over every registered type. */
export type DomainEvent = {
  [T in DomainEventType]: { readonly type: T; readonly payload: DomainEventPayloads[T] };
}[DomainEventType];

/**
 * Records events in the outbox (`domain_events`) with the manager of the writing transaction, so an
 * event exists exactly when its change was committed. Notifications will consume them.
 */
export class DomainEventRecorder {
  static async record(manager: EntityManager, ...events: DomainEvent[]): Promise<void> {
    if (!events.length) return;
    await manager.insert(
      DomainEventEntity,
      events.map((event) => ({
        type: event.type,
        payload: event.payload as unknown as Record<string, DomainEventValue>,
        processedAt: null,
      })),
    );
  }
}

/**
 * Renders `jsonb_build_object(...)` for an SQL path that writes an event's payload itself (a bulk
 * statement, a server-side function), from the same field list the typed payload is checked against:
 * `expressions` must name exactly the payload's fields, each with the SQL that yields it.
 */
export function payloadSql<T extends object>(
  fields: readonly (keyof T & string)[],
  expressions: { [K in keyof T]-?: string },
): string {
  return `jsonb_build_object(${fields.map((field) => `'${field}', ${expressions[field]}`).join(', ')})`;
}

/** The outbox's table: named only here, in core, which owns it. */
const DOMAIN_EVENTS = 'domain_events';

/**
 * Renders `INSERT INTO domain_events (type, payload) SELECT '<type>', <payload> <from>` for a bulk SQL
 * path (a CTE of a statement that changes many rows): `payload` is the `payloadSql(...)` of the type's
 * fields, `from` the rest of the SELECT (`FROM cancelled c ORDER BY c.created_at`).
 */
export function insertEventsSql(type: DomainEventType, payload: string, from: string): string {
  return `INSERT INTO ${DOMAIN_EVENTS} (type, payload)
           SELECT '${type}', ${payload} ${from}`;
}

/**
 * Renders `EXISTS (...)`: whether an event of the type was recorded whose payload fields equal the given
 * SQL expressions, compared as text (`{ enrolmentId: 'e.id::text', by: "'staff'" }`), for a read that
 * asks it of each of its rows in one statement.
 */
export function eventExistsSql<T extends DomainEventType>(
  type: T,
  match: { [K in keyof DomainEventPayloads[T] & string]?: string },
): string {
  const conditions = Object.entries(match as Record<string, string>).map(
    ([field, expression]) => ` AND ev.payload->>'${field}' = ${expression}`,
  );
  return `EXISTS (SELECT 1 FROM ${DOMAIN_EVENTS} ev WHERE ev.type = '${type}'${conditions.join('')})`;
}
