import type { DataSource } from 'typeorm';
import { DemoRefs } from '../core/registration/domain-registration';
import { DOMAINS } from '../modules';
import { anyUserExists, demoAccountsExist, demoAccountsTable } from '../modules/identity';

/*
 * The demo data is each domain's own (`modules/<name>/<name>.demo-data.ts`, listed in its registration);
 * this file only runs them, in the order of DOMAINS, handing on what one needs from another (ids) in
 * DemoRefs. Modelled on the programmes in shared/seeds (小美玉市 in 003).
 */

export { demoAccountsTable };

export function hasAnyUser(dataSource: DataSource): Promise<boolean> {
  return anyUserExists(dataSource.manager);
}

/** Whether the demo accounts are there (the start-up banner lists them then). */
export function hasDemoAccounts(dataSource: DataSource): Promise<boolean> {
  return demoAccountsExist(dataSource.manager);
}

/**
 * Writes each domain's demo data unless it is there already (so a database seeded before a domain
 * existed gets that domain's too), in one transaction. Returns whether anything was written.
 */
export async function seedDemoData(dataSource: DataSource, password: string): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const context = { manager, password, refs: new DemoRefs() };
    let wrote = false;
    for (const domain of DOMAINS) {
      if (domain.demoData && (await domain.demoData.seed(context))) wrote = true;
    }
    return wrote;
  });
}
