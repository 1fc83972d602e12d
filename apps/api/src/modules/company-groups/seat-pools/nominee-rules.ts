import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../../core/graphql/errors';
import { SeatHolds } from '../../enrolment';
import { CompanyEmploymentsService } from '../company-employments.service';
import { takesNominations } from './seat-pool-rows';
import { SeatNominationEntity, type SeatPoolEntity } from './seat-pool.entity';

/**
 * Who may be nominated for a pool's seat, checked inside the nominating transaction (both the guarded
 * writer and the benchmark's unguarded one ask the same rules; only the seat counting differs): the pool
 * still takes nominations, she is the company's employee and has consented to being nominated by it, she
 * holds no place in the session yet (confirmed, waitlisted or a lottery application), and she has no live
 * nomination in this pool. Each refusal is its own localized message; nothing has been written yet.
 */
@Injectable()
export class NomineeRules {
  constructor(
    private readonly employments: CompanyEmploymentsService,
    private readonly seatHolds: SeatHolds,
  ) {}

  async check(
    manager: EntityManager,
    pool: SeatPoolEntity,
    organisationId: string,
    userId: string,
  ): Promise<void> {
    if (!takesNominations(pool)) throw new ConflictError('seatPools.closed');
    if (!(await this.employments.isEmployee(organisationId, userId, manager)))
      throw BadUserInputError.field('userId', 'seatPools.notYourEmployee');
    if (!(await this.employments.allowsNomination(organisationId, userId, manager)))
      throw BadUserInputError.field('userId', 'seatPools.noNominationConsent');
    if (await this.seatHolds.holdsPlace(manager, pool.sessionId, userId))
      throw new ConflictError('seatPools.alreadyHasPlace');
    const live = await manager.exists(SeatNominationEntity, {
      where: [
        { poolId: pool.id, userId, status: 'nominated' },
        { poolId: pool.id, userId, status: 'accepted' },
      ],
    });
    if (live) throw new ConflictError('seatPools.alreadyNominated');
  }
}
