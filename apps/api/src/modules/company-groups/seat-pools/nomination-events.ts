import type { EntityManager } from 'typeorm';
import { firstRow } from '../../../core/database/first-row';
import { DomainEventRecorder } from '../../../core/events/domain-event';
import { USER_DIRECTORY } from '../../identity';
import { ORGANISATION_DIRECTORY } from '../../organisations';
import type { SeatNominationAnswered, SeatNominationFacts } from '../company-groups-events';

type FactsRow = Omit<SeatNominationFacts, 'closesAt'> & {
  closesAt: Date;
  familyName: string;
  givenName: string;
};

/** The nomination's facts as the writing transaction sees them (one statement). */
async function factsOf(manager: EntityManager, nominationId: string): Promise<FactsRow> {
  return firstRow(
    (await manager.query(
      `SELECT n.id AS "nominationId", n.pool_id AS "poolId", p.session_id AS "sessionId",
              n.user_id AS "userId", n.organisation_id AS "organisationId", co.name AS "companyName",
              p.offering_organisation_id AS "offeringOrganisationId", oo.name AS "offeringCompanyName",
              p.closes_at AS "closesAt", u.family_name AS "familyName", u.given_name AS "givenName"
         FROM seat_pool_nominations n
         JOIN seat_pools p ON p.id = n.pool_id
         JOIN ${ORGANISATION_DIRECTORY} co ON co.id = n.organisation_id
         JOIN ${ORGANISATION_DIRECTORY} oo ON oo.id = p.offering_organisation_id
         JOIN ${USER_DIRECTORY} u ON u.id = n.user_id
        WHERE n.id = $1`,
      [nominationId],
    )) as FactsRow[],
    `nomination ${nominationId}`,
  );
}

function facts(row: FactsRow): SeatNominationFacts {
  return {
    nominationId: row.nominationId,
    poolId: row.poolId,
    sessionId: row.sessionId,
    userId: row.userId,
    organisationId: row.organisationId,
    companyName: row.companyName,
    offeringOrganisationId: row.offeringOrganisationId,
    offeringCompanyName: row.offeringCompanyName,
    closesAt: new Date(row.closesAt).toISOString(),
  };
}

/** Records `seat.nomination_created` in the transaction that wrote the nomination. */
export async function recordNominationCreated(manager: EntityManager, nominationId: string): Promise<void> {
  await DomainEventRecorder.record(manager, {
    type: 'seat.nomination_created',
    payload: facts(await factsOf(manager, nominationId)),
  });
}

/** Records `seat.nomination_answered` (she accepted or declined) in the transaction that wrote her answer. */
export async function recordNominationAnswered(
  manager: EntityManager,
  nominationId: string,
  answer: SeatNominationAnswered['answer'],
): Promise<void> {
  const row = await factsOf(manager, nominationId);
  await DomainEventRecorder.record(manager, {
    type: 'seat.nomination_answered',
    payload: { ...facts(row), answer, familyName: row.familyName, givenName: row.givenName },
  });
}
