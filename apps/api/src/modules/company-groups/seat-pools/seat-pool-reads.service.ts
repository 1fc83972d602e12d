import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../core/auth/principal';
import { ForbiddenError, NotFoundError } from '../../../core/graphql/errors';
import { CATALOGUE_SESSION_COURSES } from '../../catalogue';
import { USER_DIRECTORY } from '../../identity';
import { COMPANY_GROUP_PEERS, ORGANISATION_DIRECTORY } from '../../organisations';
import { mayManageEmployees } from '../company-groups.policies';
import type {
  SeatNomination,
  SeatPool,
  SeatPoolOffer,
  SeatPoolParticipant,
  SeatPoolShare,
} from './dto/seat-pool.types';

const POOL_COLUMNS = `p.id, p.session_id AS "sessionId", sc.course_title AS "courseTitle",
  p.offering_organisation_id AS "offeringOrganisationId", o.name AS "offeringCompanyName", p.seats,
  p.allocation, p.closes_at AS "closesAt", p.status, p.taken_count AS "takenCount",
  p.accepted_count AS "acceptedCount"
  FROM seat_pools p
  JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.session_id = p.session_id
  JOIN ${ORGANISATION_DIRECTORY} o ON o.id = p.offering_organisation_id`;

const NOMINATION_COLUMNS = `n.id, n.pool_id AS "poolId", p.session_id AS "sessionId",
  sc.course_title AS "courseTitle", n.organisation_id AS "organisationId", co.name AS "companyName",
  oo.name AS "offeringCompanyName", n.user_id AS "userId", u.family_name AS "familyName",
  u.given_name AS "givenName", n.status, n.enrolment_id AS "enrolmentId", p.closes_at AS "closesAt",
  n.created_at AS "createdAt", n.decided_at AS "decidedAt"
  FROM seat_pool_nominations n
  JOIN seat_pools p ON p.id = n.pool_id
  JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.session_id = p.session_id
  JOIN ${ORGANISATION_DIRECTORY} co ON co.id = n.organisation_id
  JOIN ${ORGANISATION_DIRECTORY} oo ON oo.id = p.offering_organisation_id
  JOIN ${USER_DIRECTORY} u ON u.id = n.user_id`;

type PoolRow = Omit<SeatPool, 'shares' | 'participants'>;
type ShareRow = SeatPoolShare & { poolId: string };

/**
 * What each side sees of the pools. The offering company: its pools with every company's share in
 * counts, and by name only those who accepted (`participants`: who was nominated is between her and her
 * company until she accepts, when she is on the session's roster like any participant). A company offered to: the pools offered to it now, its own
 * share and its own nominations with names (its employees). She: her nominations.
 */
@Injectable()
export class SeatPoolReadsService {
  constructor(private readonly dataSource: DataSource) {}

  async offeredBy(principal: Principal, organisationId: string): Promise<SeatPool[]> {
    if (!mayManageEmployees(principal, organisationId)) throw new ForbiddenError('seatPools.notYourCompany');
    const pools = (await this.dataSource.query(
      `SELECT ${POOL_COLUMNS} WHERE p.offering_organisation_id = $1 ORDER BY p.closes_at DESC, p.id`,
      [organisationId],
    )) as PoolRow[];
    return this.withShares(pools, null);
  }

  async offeredTo(principal: Principal, organisationId: string): Promise<SeatPoolOffer[]> {
    if (!mayManageEmployees(principal, organisationId)) throw new ForbiddenError('seatPools.notYourCompany');
    const rows = (await this.dataSource.query(
      `SELECT ${POOL_COLUMNS}
        WHERE p.offering_organisation_id <> $1
          AND EXISTS (SELECT 1 FROM company_profiles cp WHERE cp.organisation_id = $1 AND cp.status = 'approved')
          AND EXISTS (SELECT 1 FROM ${COMPANY_GROUP_PEERS} g
                       WHERE g.member_organisation_id = p.offering_organisation_id AND g.peer_organisation_id = $1)
          AND (p.allocation = 'first_come'
               OR EXISTS (SELECT 1 FROM seat_pool_allocations a WHERE a.pool_id = p.id AND a.organisation_id = $1))
        ORDER BY p.closes_at DESC, p.id`,
      [organisationId],
    )) as PoolRow[];
    const pools = await this.withShares(rows, organisationId);
    const nominations = await this.nominations(`n.organisation_id = $1 AND n.pool_id = ANY($2::uuid[])`, [
      organisationId,
      pools.map((p) => p.id),
    ]);
    return pools.map((pool) => {
      const share = pool.shares[0];
      const left =
        pool.status !== 'open'
          ? 0
          : pool.allocation === 'per_company'
            ? (share?.seats ?? 0) - (share?.takenCount ?? 0)
            : pool.seats - pool.takenCount;
      return {
        pool,
        seatsLeftForUs: Math.max(0, left),
        nominations: nominations.filter((n) => n.poolId === pool.id),
      };
    });
  }

  /** One pool as its offering company sees it (the answer of offerSeatPool and closeSeatPool). */
  async pool(id: string): Promise<SeatPool> {
    const rows = (await this.dataSource.query(`SELECT ${POOL_COLUMNS} WHERE p.id = $1`, [id])) as PoolRow[];
    const [pool] = await this.withShares(rows, null);
    if (!pool) throw new NotFoundError('seatPools.poolNotFound');
    return pool;
  }

  async mine(principal: Principal): Promise<SeatNomination[]> {
    return this.nominations('n.user_id = $1', [principal.userId]);
  }

  async nomination(id: string): Promise<SeatNomination> {
    const [row] = await this.nominations('n.id = $1', [id]);
    if (!row) throw new NotFoundError('seatPools.nominationNotFound');
    return row;
  }

  private nominations(where: string, params: unknown[]): Promise<SeatNomination[]> {
    return this.dataSource.query(
      `SELECT ${NOMINATION_COLUMNS} WHERE ${where} ORDER BY n.created_at DESC, n.id`,
      params,
    ) as Promise<SeatNomination[]>;
  }

  /** Each pool's shares: per_company from its allocations, first_come counted from its nominations. */
  private async withShares(pools: PoolRow[], onlyOf: string | null): Promise<SeatPool[]> {
    if (!pools.length) return [];
    const shares = (await this.dataSource.query(
      `SELECT x.pool_id AS "poolId", x.organisation_id AS "organisationId", o.name AS "companyName",
              x.seats, x.taken AS "takenCount", x.accepted AS "acceptedCount"
         FROM (SELECT a.pool_id, a.organisation_id, a.seats, a.taken_count AS taken, a.accepted_count AS accepted
                 FROM seat_pool_allocations a WHERE a.pool_id = ANY($1::uuid[])
               UNION ALL
               SELECT n.pool_id, n.organisation_id, NULL::int,
                      (count(*) FILTER (WHERE n.status IN ('nominated', 'accepted')))::int,
                      (count(*) FILTER (WHERE n.status = 'accepted'))::int
                 FROM seat_pool_nominations n JOIN seat_pools p ON p.id = n.pool_id AND p.allocation = 'first_come'
                WHERE n.pool_id = ANY($1::uuid[])
                GROUP BY n.pool_id, n.organisation_id) x
         JOIN ${ORGANISATION_DIRECTORY} o ON o.id = x.organisation_id
        WHERE $2::uuid IS NULL OR x.organisation_id = $2::uuid
        ORDER BY o.name, x.organisation_id`,
      [pools.map((p) => p.id), onlyOf],
    )) as ShareRow[];
    const participants = (await this.dataSource.query(
      `SELECT n.pool_id AS "poolId", u.family_name AS "familyName", u.given_name AS "givenName",
              co.name AS "companyName", n.decided_at AS "acceptedAt"
         FROM seat_pool_nominations n
         JOIN ${USER_DIRECTORY} u ON u.id = n.user_id
         JOIN ${ORGANISATION_DIRECTORY} co ON co.id = n.organisation_id
        WHERE n.pool_id = ANY($1::uuid[]) AND n.status = 'accepted'
          AND ($2::uuid IS NULL OR n.organisation_id = $2::uuid)
        ORDER BY n.decided_at, n.id`,
      [pools.map((p) => p.id), onlyOf],
    )) as (SeatPoolParticipant & { poolId: string })[];
    return pools.map((pool) => ({
      ...pool,
      shares: shares.filter((s) => s.poolId === pool.id).map(({ poolId: _poolId, ...share }) => share),
      participants: participants
        .filter((p) => p.poolId === pool.id)
        .map(({ poolId: _poolId, ...participant }) => participant),
    }));
  }
}
