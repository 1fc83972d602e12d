import type { DemoContext } from '../../../core/registration/domain-registration';
import { DEMO_SESSIONS, demoSessionKey } from '../../catalogue';
import { holdDemoSeats } from '../../enrolment';
import { DEMO_USER_IDS } from '../../identity';
import { DEMO_ORGANISATION_IDS } from '../../organisations';
import { SeatPoolEntity } from './seat-pool.entity';

/** みらい食品's company-group course (catalogue demo data) and its first-come session. */
const COURSE = '両立支援制度を使いこなす ランチ勉強会';
const SESSION = '第1回';
const SEATS = 3;

/**
 * A seat pool: みらい食品 offers 3 seats of its company-group lunch session to the other companies of its
 * group, first come, nominations closing a day before registration does. The seats are held out of the
 * session's open capacity as offerSeatPool holds them. Written unless the session has a pool already.
 */
export async function seedSeatPools({ manager, refs }: DemoContext): Promise<boolean> {
  const session = refs.get(DEMO_SESSIONS)?.get(demoSessionKey(COURSE, SESSION));
  const mirai = refs.get(DEMO_ORGANISATION_IDS)?.get('mirai');
  if (!session || !mirai) return false;
  const sessionId = session.id;
  if (await manager.findOneBy(SeatPoolEntity, { sessionId })) return false;
  const closes = new Date(session.registrationClosesAt).getTime();
  const day = 24 * 60 * 60 * 1000;
  const closesAt = new Date(Math.max(Date.now() + day, closes - day));
  if (closesAt.getTime() > closes) return false;
  await holdDemoSeats(manager, sessionId, SEATS);
  await manager.insert(SeatPoolEntity, {
    sessionId,
    offeringOrganisationId: mirai,
    seats: SEATS,
    allocation: 'first_come',
    closesAt,
    createdBy: refs.get(DEMO_USER_IDS)?.get('hr@demo.tsunagu.jp') ?? null,
  });
  return true;
}
