import { QueryFailedError, type EntityManager } from 'typeorm';
import { COMPANY_GROUP_PEERS } from '../../organisations';
import { SeatNominationEntity, SeatPoolAllocationEntity, SeatPoolEntity } from './seat-pool.entity';

/** Row-level helpers the seat-pool services share, each inside the caller's transaction. */

/**
 * The pool's row under its lock (`SELECT … FOR UPDATE`). Everything that changes a pool's counters or
 * its nominations takes it; a caller that also needs the session's seat lock takes that one first.
 */
export async function lockPool(manager: EntityManager, poolId: string): Promise<SeatPoolEntity | null> {
  return manager.findOne(SeatPoolEntity, { where: { id: poolId }, lock: { mode: 'pessimistic_write' } });
}

export async function lockNomination(manager: EntityManager, id: string): Promise<SeatNominationEntity> {
  return manager.findOneOrFail(SeatNominationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** A per_company pool's share for the company (null: none, or a first_come pool). */
export function allocationOf(
  manager: EntityManager,
  poolId: string,
  organisationId: string,
): Promise<SeatPoolAllocationEntity | null> {
  return manager.findOneBy(SeatPoolAllocationEntity, { poolId, organisationId });
}

/**
 * Moves a pool's counters (and its company's share, for per_company) by `taken` and `accepted`. The
 * CHECKs `taken_count <= seats` are the backstop: a step past them fails the transaction.
 */
export async function moveCounters(
  manager: EntityManager,
  pool: SeatPoolEntity,
  organisationId: string,
  change: { taken: number; accepted: number },
): Promise<void> {
  await manager.query(
    `UPDATE seat_pools SET taken_count = taken_count + $2, accepted_count = accepted_count + $3 WHERE id = $1`,
    [pool.id, change.taken, change.accepted],
  );
  if (pool.allocation === 'per_company')
    await manager.query(
      `UPDATE seat_pool_allocations SET taken_count = taken_count + $3, accepted_count = accepted_count + $4
        WHERE pool_id = $1 AND organisation_id = $2`,
      [pool.id, organisationId, change.taken, change.accepted],
    );
}

/**
 * The approved companies that share a company group with `organisationId` now, itself excluded (the
 * group's owner, a city, has no company profile). Group membership is read only through the
 * organisations module's view `company_group_peers`.
 */
export async function peerCompanies(manager: EntityManager, organisationId: string): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT DISTINCT p.peer_organisation_id AS id
       FROM ${COMPANY_GROUP_PEERS} p
       JOIN company_profiles cp ON cp.organisation_id = p.peer_organisation_id AND cp.status = 'approved'
      WHERE p.member_organisation_id = $1 AND p.peer_organisation_id <> $1`,
    [organisationId],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

export async function isApprovedCompany(manager: EntityManager, organisationId: string): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM company_profiles WHERE organisation_id = $1 AND status = 'approved'`,
    [organisationId],
  )) as unknown[];
  return rows.length > 0;
}

/** Whether the pool is offered to the company now: a current peer, and for per_company one with a share. */
export async function isOfferedTo(
  manager: EntityManager,
  pool: SeatPoolEntity,
  organisationId: string,
): Promise<boolean> {
  if (organisationId === pool.offeringOrganisationId) return false;
  if (!(await peerCompanies(manager, pool.offeringOrganisationId)).includes(organisationId)) return false;
  return pool.allocation === 'first_come' || !!(await allocationOf(manager, pool.id, organisationId));
}

/** Whether the pool still takes nominations and answers: open, and before its deadline. */
export function takesNominations(pool: SeatPoolEntity): boolean {
  return pool.status === 'open' && Date.now() < pool.closesAt.getTime();
}

/** Whether an error is the violation of the named constraint. */
export function violates(error: unknown, constraint: string): boolean {
  return (
    error instanceof QueryFailedError &&
    (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError?.constraint ===
      constraint
  );
}
