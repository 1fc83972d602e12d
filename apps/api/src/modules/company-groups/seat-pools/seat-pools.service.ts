import { Injectable, Logger } from '@nestjs/common';
import { DataSource, LessThanOrEqual, type EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import type { Principal } from '../../../core/auth/principal';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type FieldProblem,
} from '../../../core/graphql/errors';
import { SeatHolds } from '../../enrolment';
import { mayManageEmployees } from '../company-groups.policies';
import type { OfferSeatPoolInput } from './dto/seat-pool.types';
import { isApprovedCompany, lockPool, peerCompanies } from './seat-pool-rows';
import { SeatPoolAllocationEntity, SeatPoolEntity } from './seat-pool.entity';

/**
 * Offering a session's seats to the other companies of the offering company's company groups, and
 * closing the offer (issue 11 part 4).
 *
 * Decisions: the offering company is the course's provider, and only its company admins offer (the
 * catalogue's editor rule narrowed to companies: a city's staff run seminars, they do not offer a company's
 * seats); it and every company offered to must be approved. The offered seats are held out of the
 * session's open capacity while the pool is open (`SeatHolds.hold`), so they are never sold twice: an
 * offer of more than the session has open is refused, and learners see the session full when only held
 * seats remain. A pool is for a first-come session (a lottery's seats are decided by its draw) that is not
 * cancelled, with a deadline after now and no later than the session's registration deadline (a nominee
 * enrols under the enrolment rules, which close then). Lock order everywhere: the session's seats (through
 * SeatHolds), then the pool's row.
 */
@Injectable()
export class SeatPoolsService {
  private readonly logger = new Logger(SeatPoolsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly seatHolds: SeatHolds,
  ) {}

  async offer(principal: Principal, input: OfferSeatPoolInput): Promise<string> {
    const shapeProblems = allocationShape(input);
    if (shapeProblems.length) throw new BadUserInputError(shapeProblems);
    return this.dataSource.transaction(async (manager) => {
      const seats = await this.seatHolds.lock(manager, input.sessionId);
      const offering = seats.providerOrganisationId;
      if (!mayManageEmployees(principal, offering)) throw new ForbiddenError('seatPools.notOfferingAdmin');
      if (!(await isApprovedCompany(manager, offering)))
        throw new ForbiddenError('seatPools.notApprovedCompany');
      if (seats.status === 'cancelled' || seats.courseStatus !== 'published')
        throw new ConflictError('seatPools.sessionUnavailable');
      if (seats.registrationMode !== 'first_come') throw new ConflictError('seatPools.lotterySession');
      const closesAt = input.closesAt.getTime();
      if (closesAt <= Date.now() || closesAt > seats.registrationClosesAt.getTime())
        throw BadUserInputError.field('closesAt', 'seatPools.closesAtInvalid', {
          closes: seats.registrationClosesAt.toISOString(),
        });
      const peers = await peerCompanies(manager, offering);
      if (!peers.length) throw new ConflictError('seatPools.noPeers');
      const strangers: FieldProblem[] = input.allocations.flatMap((a, i) =>
        peers.includes(a.organisationId)
          ? []
          : [{ field: `allocations.${i}.organisationId`, key: 'seatPools.notAPeer' as const }],
      );
      if (strangers.length) throw new BadUserInputError(strangers);
      if (seats.open < input.seats)
        throw BadUserInputError.field('seats', 'seatPools.notEnoughSeats', { left: seats.open });
      await this.seatHolds.hold(manager, input.sessionId, input.seats);
      const inserted = await manager.insert(SeatPoolEntity, {
        sessionId: input.sessionId,
        offeringOrganisationId: offering,
        seats: input.seats,
        allocation: input.allocation,
        closesAt: input.closesAt,
        createdBy: principal.userId,
      });
      const id = String((inserted.identifiers[0] as { id: string }).id);
      if (input.allocations.length)
        await manager.insert(
          SeatPoolAllocationEntity,
          input.allocations.map((a) => ({ poolId: id, organisationId: a.organisationId, seats: a.seats })),
        );
      await this.record(manager, principal, 'company_groups.seat_pool_offered', id, offering);
      return id;
    });
  }

  /** The offering company's admin closes the pool before its deadline (pending nominations expire). */
  async closeEarly(principal: Principal, poolId: string): Promise<string> {
    const pool = await this.dataSource.getRepository(SeatPoolEntity).findOneBy({ id: poolId });
    if (!pool) throw new NotFoundError('seatPools.poolNotFound');
    if (!mayManageEmployees(principal, pool.offeringOrganisationId))
      throw new ForbiddenError('seatPools.notYourCompany');
    const closed = await this.dataSource.transaction(async (manager) => {
      const done = await this.close(manager, pool);
      if (done)
        await this.record(
          manager,
          principal,
          'company_groups.seat_pool_closed',
          pool.id,
          pool.offeringOrganisationId,
        );
      return done;
    });
    if (!closed) throw new ConflictError('seatPools.alreadyClosed');
    return pool.id;
  }

  /** The deadline job: closes every open pool whose deadline has passed. Returns how many it closed. */
  async closeDuePools(): Promise<number> {
    const due = await this.dataSource.getRepository(SeatPoolEntity).find({
      where: { status: 'open', closesAt: LessThanOrEqual(new Date()) },
      order: { closesAt: 'ASC' },
    });
    let closed = 0;
    for (const pool of due) {
      try {
        if (await this.dataSource.transaction((manager) => this.close(manager, pool))) closed += 1;
      } catch (error) {
        // One pool failing (its session deleted meanwhile, say) does not stop the others.
        this.logger.error(`Closing seat pool ${pool.id} failed: ${String(error)}`);
      }
    }
    return closed;
  }

  /**
   * Closes the pool in the caller's transaction: the session's seat lock, then the pool's; pending
   * nominations expire, and the seats not accepted go back to the session's open capacity (its waitlist
   * moves up into them, `SeatHolds.release`). False when it was closed already (a late duplicate job).
   */
  private async close(manager: EntityManager, pool: SeatPoolEntity): Promise<boolean> {
    await this.seatHolds.lock(manager, pool.sessionId);
    const locked = await lockPool(manager, pool.id);
    if (!locked || locked.status === 'closed') return false;
    await manager.query(
      `UPDATE seat_pool_nominations SET status = 'expired', decided_at = now()
        WHERE pool_id = $1 AND status = 'nominated'`,
      [locked.id],
    );
    await manager.query(`UPDATE seat_pool_allocations SET taken_count = accepted_count WHERE pool_id = $1`, [
      locked.id,
    ]);
    await manager.query(
      `UPDATE seat_pools SET status = 'closed', closed_at = now(), taken_count = accepted_count WHERE id = $1`,
      [locked.id],
    );
    await this.seatHolds.release(manager, locked.sessionId, locked.seats - locked.acceptedCount);
    return true;
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    poolId: string,
    organisationId: string,
  ): Promise<void> {
    return this.audit.record(
      {
        actorUserId: principal.userId,
        action,
        subjectType: 'seat_pool',
        subjectId: poolId,
        metadata: { organisationId },
      },
      manager,
    );
  }
}

/** per_company: allocations adding up to the seats, each company once; first_come: none. */
function allocationShape(input: OfferSeatPoolInput): FieldProblem[] {
  if (input.allocation === 'first_come')
    return input.allocations.length
      ? [{ field: 'allocations', key: 'seatPools.allocationsOnlyPerCompany' }]
      : [];
  const ids = input.allocations.map((a) => a.organisationId);
  if (new Set(ids).size !== ids.length) return [{ field: 'allocations', key: 'seatPools.allocationTwice' }];
  const sum = input.allocations.reduce((n, a) => n + a.seats, 0);
  if (sum !== input.seats)
    return [{ field: 'allocations', key: 'seatPools.allocationsSum', params: { sum, seats: input.seats } }];
  return [];
}
