import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import type { Principal } from '../../../core/auth/principal';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../core/graphql/errors';
import { SeatHolds } from '../../enrolment';
import { mayManageEmployees } from '../company-groups.policies';
import type { AcceptNominationInput, NominateForSeatInput } from './dto/seat-pool.types';
import { recordNominationAnswered } from './nomination-events';
import { NominationWriter } from './nomination-writer';
import { isOfferedTo, lockNomination, lockPool, moveCounters, takesNominations } from './seat-pool-rows';
import { SeatNominationEntity, SeatPoolEntity } from './seat-pool.entity';

/**
 * Nominations (issue 11 part 4): a company's admin nominates one of its employees for a seat of a pool
 * offered to it, or withdraws a pending nomination; the nominee accepts (enrolled at once in one of the
 * held seats, with her answers and childcare under every enrolment rule) or declines. A pending
 * nomination holds one of the pool's seats, so a company nominates as many people as it has seats;
 * declining, withdrawing or expiring gives the seat back to the pool (not to the session: it stays held
 * until the pool closes). An accepted seat is hers; she cancels it through the enrolment module like any
 * enrolment, which frees it for the session's waitlist, not for the pool.
 */
@Injectable()
export class SeatNominationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly seatHolds: SeatHolds,
    private readonly writer: NominationWriter,
  ) {}

  async nominate(principal: Principal, input: NominateForSeatInput): Promise<string> {
    if (!mayManageEmployees(principal, input.organisationId))
      throw new ForbiddenError('seatPools.notYourCompany');
    const pool = await this.dataSource.getRepository(SeatPoolEntity).findOneBy({ id: input.poolId });
    // A pool not offered to her company does not exist for it.
    if (!pool || !(await isOfferedTo(this.dataSource.manager, pool, input.organisationId)))
      throw new NotFoundError('seatPools.poolNotFound');
    const id = await this.writer.nominate({
      principal,
      pool,
      organisationId: input.organisationId,
      userId: input.userId,
    });
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'company_groups.seat_nominated',
      subjectType: 'seat_pool_nomination',
      subjectId: id,
      metadata: { organisationId: input.organisationId, poolId: pool.id, userId: input.userId },
    });
    return id;
  }

  async accept(principal: Principal, input: AcceptNominationInput): Promise<string> {
    const { nomination, pool } = await this.find(input.nominationId);
    if (nomination.userId !== principal.userId) throw new ForbiddenError('seatPools.notYourNomination');
    if (nomination.status !== 'nominated') throw new ConflictError('seatPools.nominationNotPending');
    // Her answers and childcare are checked as `enrol` checks them, before any lock.
    const checked = await this.seatHolds.check(pool.sessionId, input);
    return this.writer.accept({ pool, nominationId: nomination.id, userId: principal.userId, checked });
  }

  /** She declines: the seat goes back to the pool. */
  async decline(principal: Principal, id: string): Promise<string> {
    const { nomination } = await this.find(id);
    if (nomination.userId !== principal.userId) throw new ForbiddenError('seatPools.notYourNomination');
    return this.release(id, 'declined');
  }

  /** Her company's admin withdraws a pending nomination: the seat goes back to the pool. */
  async withdraw(principal: Principal, id: string): Promise<string> {
    const { nomination } = await this.find(id);
    if (!mayManageEmployees(principal, nomination.organisationId))
      throw new ForbiddenError('seatPools.notYourCompany');
    return this.release(id, 'withdrawn');
  }

  private async release(id: string, to: 'declined' | 'withdrawn'): Promise<string> {
    const { pool } = await this.find(id);
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockPool(manager, pool.id);
      const nomination = await lockNomination(manager, id);
      if (nomination.status !== 'nominated') throw new ConflictError('seatPools.nominationNotPending');
      if (!locked || !takesNominations(locked)) throw new ConflictError('seatPools.closed');
      await manager.update(SeatNominationEntity, { id }, { status: to, decidedAt: new Date() });
      await moveCounters(manager, locked, nomination.organisationId, { taken: -1, accepted: 0 });
      // Her company hears her answer; a withdrawal is its own admin's act and tells nobody.
      if (to === 'declined') await recordNominationAnswered(manager, id, 'declined');
    });
    return id;
  }

  private async find(id: string): Promise<{ nomination: SeatNominationEntity; pool: SeatPoolEntity }> {
    const nomination = await this.dataSource.getRepository(SeatNominationEntity).findOneBy({ id });
    if (!nomination) throw new NotFoundError('seatPools.nominationNotFound');
    const pool = await this.dataSource
      .getRepository(SeatPoolEntity)
      .findOneByOrFail({ id: nomination.poolId });
    return { nomination, pool };
  }
}
