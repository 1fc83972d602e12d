import { Injectable } from '@nestjs/common';
import { LOTTERY_ALGORITHM } from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { eventExistsSql } from '../../core/events/domain-event';
import { NotFoundError } from '../../core/graphql/errors';
import { CatalogueService } from '../catalogue';
import type { LotteryDraw } from './dto/lottery-draw.types';
import { lotteryTicket } from './lottery-ticket';

/** Whether the organisers cancelled the application `e` (its cancellation's event says `by: staff`). */
const WITHDRAWN_BY_ORGANISERS = eventExistsSql('enrolment.cancelled', {
  enrolmentId: 'e.id::text',
  by: `'staff'`,
});

/** The public record of a lottery (抽選の検証): for whoever may see the session. */
@Injectable()
export class LotteryDrawService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
  ) {}

  async lotteryDraw(principal: Principal | null, sessionId: string): Promise<LotteryDraw> {
    const session = await this.catalogue.visibleSession(principal, sessionId);
    if (session.registrationMode !== 'lottery' || !session.lotteryCommitment) {
      throw new NotFoundError('enrolment.lotteryNotFound');
    }
    const rows = (await this.dataSource.query(
      session.drawnAt
        ? `SELECT id, priority_tier AS tier, draw_order AS "drawOrder" FROM enrolments
            WHERE session_id = $1 AND draw_order IS NOT NULL ORDER BY draw_order`
        : `SELECT id, priority_tier AS tier, NULL AS "drawOrder" FROM enrolments
            WHERE session_id = $1 AND status = 'applied'`,
      [session.id],
    )) as { id: string; tier: number; drawOrder: number | null }[];
    // Applications cancelled before the draw (no draw order), by whom: the cancellation's event says.
    const withdrawn = session.drawnAt
      ? ((await this.dataSource.query(
          `SELECT e.id, e.cancelled_at AS "withdrawnAt",
                  ${WITHDRAWN_BY_ORGANISERS} AS "byOrganisers"
             FROM enrolments e
            WHERE e.session_id = $1 AND e.status = 'cancelled' AND e.draw_order IS NULL
            ORDER BY e.cancelled_at, e.id`,
          [session.id],
        )) as { id: string; withdrawnAt: Date; byOrganisers: boolean }[])
      : [];
    return {
      session,
      commitment: session.lotteryCommitment,
      seed: session.drawnAt ? session.lotterySeed : null,
      drawnAt: session.drawnAt,
      priorities: session.lotteryPriorities,
      algorithm: LOTTERY_ALGORITHM,
      applicationCount: rows.length,
      entries: session.drawnAt
        ? rows.map((row) => ({
            drawOrder: row.drawOrder as number,
            ticket: lotteryTicket(session.id, row.id),
            tier: row.tier,
          }))
        : [],
      withdrawn: withdrawn.map((row) => ({
        ticket: lotteryTicket(session.id, row.id),
        withdrawnAt: row.withdrawnAt,
        byOrganisers: row.byOrganisers,
      })),
    };
  }
}
