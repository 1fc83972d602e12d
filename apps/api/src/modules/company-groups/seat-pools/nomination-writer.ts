import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../core/auth/principal';
import { ConflictError, NotFoundError } from '../../../core/graphql/errors';
import { SeatHolds, type CheckedHeldSeat } from '../../enrolment';
import { recordNominationAnswered, recordNominationCreated } from './nomination-events';
import { NomineeRules } from './nominee-rules';
import {
  allocationOf,
  lockNomination,
  lockPool,
  moveCounters,
  takesNominations,
  violates,
} from './seat-pool-rows';
import { SeatNominationEntity, type SeatPoolEntity } from './seat-pool.entity';

export interface NominateRequest {
  readonly principal: Principal;
  readonly pool: SeatPoolEntity;
  readonly organisationId: string;
  readonly userId: string;
}

export interface AcceptRequest {
  readonly pool: SeatPoolEntity;
  readonly nominationId: string;
  readonly userId: string;
  readonly checked: CheckedHeldSeat;
}

/**
 * The locked part of nominating and accepting: where a pool's seats are counted. The app uses
 * `GuardedNominations`; the benchmark's negative control swaps in `UnsafeNominations` (chosen in
 * company-groups.module.ts by BENCH_UNSAFE_SEAT_POOL=1, refused in production), so the real path has
 * no branch for it. Both return the nomination's id.
 */
export abstract class NominationWriter {
  abstract nominate(request: NominateRequest): Promise<string>;
  abstract accept(request: AcceptRequest): Promise<string>;
}

/**
 * The guard. Nominating checks the nominee (NomineeRules), locks the pool's row, refuses a closed or full
 * pool (or a full company share) and counts the seat, all in one transaction: nominations queue on the row, so
 * however many race, at most `seats` are live, and the CHECK `taken_count <= seats` is the backstop.
 * Accepting takes the session's seat lock first (SeatHolds), then the pool's, then the nomination's,
 * enrols her in one of the held seats through the enrolment module's rules and counts the acceptance.
 * Each records its event (`seat.nomination_created`, `seat.nomination_answered`) in the same transaction.
 */
@Injectable()
export class GuardedNominations extends NominationWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: NomineeRules,
    private readonly seatHolds: SeatHolds,
  ) {
    super();
  }

  async nominate({ principal, pool, organisationId, userId }: NominateRequest): Promise<string> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The nominee's rules read no pool counter: checked before the lock, so the lock is held only
        // for the count and the insert (a second live nomination racing past them fails on the index).
        await this.rules.check(manager, pool, organisationId, userId);
        const locked = await lockPool(manager, pool.id);
        if (!locked) throw new NotFoundError('seatPools.poolNotFound');
        if (!takesNominations(locked)) throw new ConflictError('seatPools.closed');
        if (locked.takenCount >= locked.seats) throw new ConflictError('seatPools.poolFull');
        if (locked.allocation === 'per_company') {
          const share = await allocationOf(manager, locked.id, organisationId);
          if (!share || share.takenCount >= share.seats) throw new ConflictError('seatPools.poolFull');
        }
        const inserted = await manager.insert(SeatNominationEntity, {
          poolId: locked.id,
          organisationId,
          userId,
          nominatedBy: principal.userId,
          status: 'nominated',
        });
        await moveCounters(manager, locked, organisationId, { taken: 1, accepted: 0 });
        const id = String((inserted.identifiers[0] as { id: string }).id);
        await recordNominationCreated(manager, id);
        return id;
      });
    } catch (error) {
      if (violates(error, 'seat_pool_nominations_one_live'))
        throw new ConflictError('seatPools.alreadyNominated');
      throw error;
    }
  }

  accept({ pool, nominationId, userId, checked }: AcceptRequest): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.seatHolds.lock(manager, pool.sessionId);
      const locked = await lockPool(manager, pool.id);
      if (!locked) throw new NotFoundError('seatPools.poolNotFound');
      const nomination = await lockNomination(manager, nominationId);
      if (nomination.status !== 'nominated') throw new ConflictError('seatPools.nominationNotPending');
      if (!takesNominations(locked)) throw new ConflictError('seatPools.closed');
      const { enrolmentId } = await this.seatHolds.enrolInHeldSeat(manager, userId, checked);
      await manager.update(
        SeatNominationEntity,
        { id: nominationId },
        { status: 'accepted', enrolmentId, decidedAt: new Date() },
      );
      await moveCounters(manager, locked, nomination.organisationId, { taken: 0, accepted: 1 });
      await recordNominationAnswered(manager, nominationId, 'accepted');
      return nominationId;
    });
  }
}
