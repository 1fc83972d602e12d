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
