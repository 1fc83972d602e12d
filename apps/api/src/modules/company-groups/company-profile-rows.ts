import { QueryFailedError, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../core/graphql/errors';
import { CompanyContactEntity } from './company-contact.entity';
import { CompanyProfileEntity } from './company-profile.entity';
import type { CompanyContactInput } from './dto/company-profile.input';

/** Row-level helpers the company services share, each inside the caller's transaction. */

/** The profile, locked until the transaction ends (decisions, edits and certifications queue on it). */
export async function lockProfile(
  manager: EntityManager,
  organisationId: string,
): Promise<CompanyProfileEntity> {
  const profile = await manager.findOne(CompanyProfileEntity, {
    where: { organisationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!profile) throw new NotFoundError('companyGroups.profileNotFound');
  return profile;
}

/** Replaces the contact list, in the order given (positions 1..n). */
export async function replaceContacts(
  manager: EntityManager,
  organisationId: string,
  contacts: readonly CompanyContactInput[],
): Promise<void> {
  await manager.delete(CompanyContactEntity, { organisationId });
  if (!contacts.length) return;
  await manager.insert(
    CompanyContactEntity,
    contacts.map((c, i) => ({
      organisationId,
      name: c.name,
      department: c.department ?? null,
      email: c.email,
      phone: c.phone ?? null,
      position: i + 1,
    })),
  );
}

/** The unique constraints whose violation a person can cause, and what she is told. */
const CONFLICTS: Record<string, () => ConflictError> = {
  company_profiles_corporate_number_unique: () =>
    new ConflictError('companyGroups.corporateNumberTaken', {}, [
      { field: 'corporateNumber', key: 'companyGroups.corporateNumberTaken' },
    ]),
  company_certifications_one_per_kind: () =>
    new ConflictError('companyGroups.certificationTwice', {}, [
      { field: 'kind', key: 'companyGroups.certificationTwice' },
    ]),
  company_employments_one_live: () => new ConflictError('companyGroups.employmentExists'),
};

/**
 * Runs `write` and turns a violation of one of those constraints into its CONFLICT. The database decides
 * (two applications with one 法人番号 at once: one commits, the other is told), never a prior SELECT.
 */
export async function mappingConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const driver =
      error instanceof QueryFailedError
        ? (error.driverError as { code?: string; constraint?: string })
        : null;
    const conflict = driver?.code === '23505' && driver.constraint ? CONFLICTS[driver.constraint] : undefined;
    if (conflict) throw conflict();
    throw error;
  }
}
