import { randomUUID } from 'node:crypto';
import { TestApp, type TestUser } from './harness';

/** Shared by the catalogue integration specs (one file per subject, each with its own API). */
export const DAY = 24 * 60 * 60 * 1000;

export interface Entry {
  firstMeetingAt: string;
  seatsLeft: number;
  childcareSeatsLeft: number;
  session: { id: string };
  course: { id: string; title: string };
  provider: { id: string };
}

export const CATALOGUE = `query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount items {
  firstMeetingAt seatsLeft childcareSeatsLeft session { id } course { id title } provider { id } } } }`;

/** Tokyo's YYYY-MM of a moment. */
export function tokyoMonth(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
  })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts['year']}-${parts['month']}`;
}

/** A token unique to one test, put in titles so each test sees only its own courses. */
export const marker = () => `T${randomUUID().slice(0, 8)}`;

export const titles = (entries: Entry[]) => entries.map((e) => e.course.title).sort();

export interface CatalogueWorld {
  app: TestApp;
  city: string;
  provider: string;
  partner: string;
  outsider: string;
  staff: TestUser;
  cityLearner: TestUser;
  providerAdmin: TestUser;
  providerLearner: TestUser;
  partnerLearner: TestUser;
  outsiderLearner: TestUser;
  outsiderAdmin: TestUser;
}

/**
 * A city with its staff and learner, and three partner companies: the provider and its partner are in
 * the city's company group, the outsider is not.
 */
export async function catalogueWorld(): Promise<CatalogueWorld> {
  const app = await TestApp.create();
  const city = await app.organisation('city');
  const provider = await app.organisation('partner_company');
  const partner = await app.organisation('partner_company');
  const outsider = await app.organisation('partner_company');
  const world: CatalogueWorld = {
    app,
    city,
    provider,
    partner,
    outsider,
    staff: await app.user({ roles: [[city, 'staff']] }),
    cityLearner: await app.user({ roles: [[city, 'learner']] }),
    providerAdmin: await app.user({ roles: [[provider, 'company_admin']] }),
    providerLearner: await app.user({ roles: [[provider, 'learner']] }),
    partnerLearner: await app.user({ roles: [[partner, 'learner']] }),
    outsiderLearner: await app.user({ roles: [[outsider, 'learner']] }),
    outsiderAdmin: await app.user({ roles: [[outsider, 'company_admin']] }),
  };
  const [group] = await app.dataSource.query(
    `INSERT INTO groups (name, kind, owner_organisation_id) VALUES ('企業グループ', 'company_group', $1) RETURNING id`,
    [city],
  );
  if (!group) throw new Error('the company group was not created');
  for (const org of [provider, partner]) {
    await app.dataSource.query(
      `INSERT INTO group_members (group_id, organisation_id, status, joined_at) VALUES ($1, $2, 'member', now())`,
      [group.id, org],
    );
  }
  return world;
}

/** The catalogue's items for a filter, as someone (anonymous without a token); fails on any error. */
export async function catalogueItems(
  app: TestApp,
  filter: Record<string, unknown>,
  token?: string,
): Promise<Entry[]> {
  const result = await app.gql<{ catalogue: { items: Entry[] } }>(CATALOGUE, { f: filter }, { token });
  expect(result.errors).toBeUndefined();
  return result.data?.catalogue.items ?? [];
}
