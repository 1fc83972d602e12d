import { DataSource } from 'typeorm';
import { firstRow } from '../../../core/database/first-row';
import { ConflictError, NotFoundError } from '../../../core/graphql/errors';
import { enrolWithoutSeatGuard } from '../../enrolment';
import { recordNominationAnswered, recordNominationCreated } from './nomination-events';
import { NominationWriter, type AcceptRequest, type NominateRequest } from './nomination-writer';
import { NomineeRules } from './nominee-rules';
import { takesNominations } from './seat-pool-rows';
import { SeatNominationEntity, SeatPoolEntity } from './seat-pool.entity';

/**
 * The seat-pool benchmark's negative control, switched on by BENCH_UNSAFE_SEAT_POOL=1 (env validation
 * refuses it in production): nominating and accepting with the pool's guard taken out, to prove that the
 * guard is what keeps a pool from overselling. It asks the same nominee rules, but decides "is a seat
 * left?" from a plain count with no lock and no counters (so no CHECK can catch it), with a short sleep
 * between reading the count and acting on it standing in for a slower server; accepting enrols her without
 * the seat lock or the held seat (`enrolWithoutSeatGuard`). Another implementation of NominationWriter,
 * chosen when the module is built. It records the same events, so only the guard differs.
 */
export class UnsafeNominations extends NominationWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: NomineeRules,
  ) {
    super();
  }

  nominate({ principal, pool, organisationId, userId }: NominateRequest): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(SeatPoolEntity, { id: pool.id });
      if (!current) throw new NotFoundError('seatPools.poolNotFound');
      await this.rules.check(manager, current, organisationId, userId);
      const { n } = firstRow(
        (await manager.query(
          `SELECT count(*)::int AS n FROM seat_pool_nominations
            WHERE pool_id = $1 AND status IN ('nominated', 'accepted')`,
          [pool.id],
        )) as { n: number }[],
        'unsafe nomination',
      );
      await manager.query('SELECT pg_sleep(0.02)');
      if (n >= current.seats) throw new ConflictError('seatPools.poolFull');
      const inserted = await manager.insert(SeatNominationEntity, {
        poolId: pool.id,
        organisationId,
        userId,
        nominatedBy: principal.userId,
        status: 'nominated',
      });
      const id = String((inserted.identifiers[0] as { id: string }).id);
      await recordNominationCreated(manager, id);
      return id;
    });
  }

  accept({ pool, nominationId, userId, checked }: AcceptRequest): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const nomination = await manager.findOneByOrFail(SeatNominationEntity, { id: nominationId });
      if (nomination.status !== 'nominated') throw new ConflictError('seatPools.nominationNotPending');
      if (!takesNominations(pool)) throw new ConflictError('seatPools.closed');
      const enrolmentId = await enrolWithoutSeatGuard(manager, userId, checked);
      await manager.update(
        SeatNominationEntity,
        { id: nominationId },
        { status: 'accepted', enrolmentId, decidedAt: new Date() },
      );
      await recordNominationAnswered(manager, nominationId, 'accepted');
      return nominationId;
    });
  }
}
