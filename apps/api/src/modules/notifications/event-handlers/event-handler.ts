import type { EntityManager } from 'typeorm';
import type { OutboxEvent } from '../../../core/jobs/jobs';
import type { NotifyRequest } from '../notify-request';
import type { EventHandlerServices } from './event-handler-services';

export interface EventHandlerContext {
  /** The relay's transaction: read with it, so what is read is what the event saw committed. */
  readonly manager: EntityManager;
  readonly services: EventHandlerServices;
  /**
   * What `load` answers, loaded once per relay batch by `key` (the session and course of many events
   * about one session). Only for reads within the relay's transaction.
   */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** Turns one domain event into the notifications it implies (zero or more). */
export type EventHandler = (event: OutboxEvent, context: EventHandlerContext) => Promise<NotifyRequest[]>;

/** A domain's handlers by event type (`event-handlers/<domain>.ts`). */
export type EventHandlers = Readonly<Record<string, EventHandler>>;

/** A payload field as a string (payloads are flat JSON); throws when it is missing. */
export function field(event: OutboxEvent, name: string): string {
  const value = event.payload[name];
  if (value === undefined || value === null) throw new Error(`${event.type} without ${name}`);
  return String(value);
}
