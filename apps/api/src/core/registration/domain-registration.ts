import type { Type } from '@nestjs/common';
import type { EntityManager, MigrationInterface } from 'typeorm';
import type { MessageTable } from '../i18n/messages';

/**
 * What a domain module tells the app about itself, in one file of its own folder
 * (`modules/<name>/<name>.registration.ts`). The app lists the registrations once
 * (`modules/index.ts`: `DOMAINS`); the Nest app, the data source, the migrations, the API messages and
 * the demo data are all read from that list, so core never imports a module.
 */
export interface DomainRegistration {
  /** The folder name under `modules/`; the ownership test names owners by it. */
  readonly name: string;
  readonly module: Type;
  /** Every TypeORM entity of the module (the API ships as one bundle: listed, not globbed). */
  readonly entities: readonly Type[];
  /**
   * The migrations this module owns. The run order is the timestamps' (TypeORM sorts them); an early
   * migration that created tables of several modules is owned by its main owner (its comment says so).
   */
  readonly migrations: readonly Type<MigrationInterface>[];
  /** Tables only this module reads and writes; other modules go through its public file (`index.ts`). */
  readonly tables: readonly string[];
  /** Views (read models) this module publishes: other modules may read them in SQL. */
  readonly publishedViews: readonly string[];
  /** API messages (ja/en) raised by this module; their keys are merged into `MessageCatalogue`. */
  readonly messages: MessageTable;
  /** Demo data written by `npm run db:seed` and on an empty database, in the order of `DOMAINS`. */
  readonly demoData?: DemoData;
}

export interface DemoData {
  /**
   * Writes this domain's demo rows unless they are there already, and puts into `refs` what later
   * domains need (ids by key) either way. Returns whether it wrote anything.
   */
  seed(context: DemoContext): Promise<boolean>;
}

export interface DemoContext {
  /** One transaction for the whole seed. */
  readonly manager: EntityManager;
  /** The demo accounts' password (checked by the seed's policy before it gets here). */
  readonly password: string;
  readonly refs: DemoRefs;
}

/** A typed key for what one domain's demo data hands to the domains seeded after it. */
export interface DemoRef<T> {
  readonly name: string;
  /** Type only: never set. */
  readonly type?: T;
}

export function demoRef<T>(name: string): DemoRef<T> {
  return { name };
}

/** What the domains' demo data hand on to each other (demo organisation ids by key, say). */
export class DemoRefs {
  private readonly values = new Map<string, unknown>();

  set<T>(ref: DemoRef<T>, value: T): void {
    this.values.set(ref.name, value);
  }

  /** Undefined when the domain that provides it wrote nothing and found nothing. */
  get<T>(ref: DemoRef<T>): T | undefined {
    return this.values.get(ref.name) as T | undefined;
  }
}
