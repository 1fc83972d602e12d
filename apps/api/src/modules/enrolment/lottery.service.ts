import { Injectable, Logger } from '@nestjs/common';
import { drawLottery } from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { ConflictError } from '../../core/graphql/errors';
import { CatalogueService, type SessionEntity } from '../catalogue';
import { recordEnrolmentEvent } from './enrolment-events';
import { EnrolmentEntity } from './enrolment.entity';
import { lotteryTicket } from './lottery-ticket';
import { confirmSeat, openSeats, SessionSeats, waitlistSeat } from './session-seats';

/** Drawing lotteries (抽選): by staff after the deadline, or by the scheduler at the draw time. */
@Injectable()
export class LotteryService {
  private readonly logger = new Logger(LotteryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly seats: SessionSeats,
    private readonly catalogue: CatalogueService,
  ) {}

  /**
   * Draws the lottery with the seed the system committed to when the lottery was set up (its SHA-256
   * has been public since): nobody chooses the seed, and the draw is refused while applications can
   * still change. Applicants are ordered by their ticket (申込番号) within each priority tier, so the
   * published seed, tickets and tiers are all an outsider needs to re-run it (`lotteryDraw`).
   */
  async drawLottery(principal: Principal | null, sessionId: string): Promise<SessionEntity> {
    if (principal) await this.seats.assertEditor(principal, sessionId);
    return this.dataSource.transaction(async (manager) => {
      const { session, seats } = await this.seats.lock(manager, sessionId);
      if (session.registrationMode !== 'lottery') throw new ConflictError('enrolment.notLottery');
      if (session.drawnAt) throw new ConflictError('enrolment.lotteryDrawn');
      if (Date.now() < session.registrationClosesAt.getTime())
        throw new ConflictError('enrolment.lotteryStillOpen');
      const seed = session.lotterySeed;
      if (!seed || !session.lotteryCommitment) throw new ConflictError('enrolment.lotteryNotCommitted');
      const applicants = await manager.find(EnrolmentEntity, { where: { sessionId, status: 'applied' } });
      const order = drawLottery(
        seed,
        applicants.map((a) => ({ id: lotteryTicket(sessionId, a.id), tier: a.priorityTier, enrolment: a })),
      );
      for (const [index, { enrolment }] of order.entries()) {
        enrolment.drawOrder = index + 1;
        const seat = openSeats(seats) > 0;
        const childcareSeat = seats.childcareConfirmedCount < seats.childcareCapacity;
        if (seat && (!enrolment.childcareRequested || childcareSeat))
          confirmSeat(enrolment, seats, enrolment.childcareRequested);
        else waitlistSeat(enrolment, seats);
        await manager.save(enrolment);
        await recordEnrolmentEvent(
          manager,
          enrolment.status === 'confirmed' ? 'enrolment.lottery_won' : 'enrolment.lottery_waitlisted',
          enrolment,
        );
      }
      session.drawnAt = await this.catalogue.markLotteryDrawn(manager, session.id);
      await this.seats.save(manager, seats);
      await this.audit.record(
        {
          actorUserId: principal?.userId ?? null,
          action: 'enrolment.lottery_drawn',
          subjectType: 'session',
          subjectId: session.id,
          metadata: { seed, applicants: applicants.length },
        },
        manager,
      );
      return session;
    });
  }

  /** Draws every lottery whose draw time has passed (run by the scheduler; safe to run twice). */
  async drawDueLotteries(): Promise<number> {
    // Only lotteries of published courses: a draft (a copy for next year, say) is never drawn empty.
    const due = await this.catalogue.dueLotterySessionIds();
    let drawn = 0;
    for (const id of due) {
      try {
        await this.drawLottery(null, id);
        drawn += 1;
      } catch (error) {
        if (!(error instanceof ConflictError))
          this.logger.error(`Lottery draw of session ${id} failed: ${String(error)}`);
      }
    }
    return drawn;
  }
}
