import type { EnrolOffer, EnrolOutcome } from '@tsunagu/shared/domain';
import type { TranslationKey, TranslationParams } from '@tsunagu/web/shared/util';

/** The enrol button's words for what pressing it will do. */
export function submitKeyFor(outcome: EnrolOutcome): TranslationKey {
  switch (outcome) {
    case 'applied':
      return 'offer.enrolLottery';
    case 'waitlisted':
      return 'offer.enrolWaitlist';
    case 'confirmedWithoutChildcare':
      return 'offer.enrolWithoutChildcare';
    default:
      return 'offer.enrol';
  }
}

/**
 * The outcome line above the form: what she will get, as the API would decide it now. Waiting in a
 * full session and waiting for childcare are told apart, as they are different waits for her.
 */
export function outcomeMessage(
  outcome: EnrolOutcome,
  offer: EnrolOffer | null,
  facts: { seatsLeft: number; drawDate: string | null },
): { key: TranslationKey; params?: TranslationParams } | null {
  const rank = offer && (offer.kind === 'seat' || offer.kind === 'waitlist') ? offer.waitlistRank : 1;
  switch (outcome) {
    case 'confirmed':
      return { key: 'offer.outcome.confirmed', params: { count: facts.seatsLeft } };
    case 'confirmedWithoutChildcare':
      return { key: 'offer.outcome.withoutChildcare' };
    case 'waitlisted':
      return offer?.kind === 'waitlist'
        ? { key: 'offer.outcome.waitlisted', params: { rank } }
        : { key: 'offer.outcome.waitlistedChildcare', params: { rank } };
    case 'applied':
      return { key: 'offer.outcome.applied', params: { date: facts.drawDate ?? '-' } };
    case 'choose':
      return { key: 'offer.outcome.choose' };
    default:
      return null;
  }
}
