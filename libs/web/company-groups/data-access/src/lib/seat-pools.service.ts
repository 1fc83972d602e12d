import { Injectable, inject } from '@angular/core';
import {
  AcceptNominationDocument,
  CloseSeatPoolDocument,
  DeclineNominationDocument,
  MyNominationsDocument,
  NominateForSeatDocument,
  OfferSeatPoolDocument,
  SeatNominationCandidatesDocument,
  SeatPoolPeersDocument,
  SeatPoolsOfferedByDocument,
  SeatPoolsOfferedToDocument,
  WithdrawNominationDocument,
  type AcceptNominationInput,
  type MyNominationsQuery,
  type OfferSeatPoolInput,
  type SeatNominationItemFragment,
  type SeatPoolItemFragment,
  type SeatPoolsOfferedToQuery,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type SeatNomination = SeatNominationItemFragment;
/** Hers, with the session's questions and childcare (what accepting asks of her). */
export type MyNomination = MyNominationsQuery['myNominations'][number];
/** A company a per-company offer may name. */
export interface SeatPoolPeer {
  organisationId: string;
  name: string;
}
export type SeatPool = SeatPoolItemFragment;
export type SeatPoolOffer = SeatPoolsOfferedToQuery['seatPoolsOfferedTo'][number];

/** An active employee of her company, and whether she lets it nominate her (the API checks it again). */
export interface NominationCandidate {
  userId: string;
  familyName: string;
  givenName: string;
  allowsNomination: boolean;
}

function need<T>(value: T | null | undefined, error: unknown, what: string): T {
  if (value === null || value === undefined) throw error ?? new Error(`${what} returned no data`);
  return value;
}

/**
 * Seat pools (issue 11 part 4): the pools offered to her company with its nominations, the pools her
 * company offers, her own nominations, and the answers to them. Every read asks the API (no cache): a
 * seat taken by another company must show the next time she looks.
 */
@Injectable({ providedIn: 'root' })
export class SeatPoolsService {
  private readonly apollo = inject(Apollo);

  async offeredTo(organisationId: string): Promise<SeatPoolOffer[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: SeatPoolsOfferedToDocument,
        variables: { organisationId },
        fetchPolicy: 'no-cache',
      }),
    );
    return [...need(result.data?.seatPoolsOfferedTo, result.error, 'seatPoolsOfferedTo')];
  }

  async offeredBy(organisationId: string): Promise<SeatPool[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: SeatPoolsOfferedByDocument,
        variables: { organisationId },
        fetchPolicy: 'no-cache',
      }),
    );
    return [...need(result.data?.seatPoolsOfferedBy, result.error, 'seatPoolsOfferedBy')];
  }

  /** Her company offers seats of one of its sessions to its company groups. */
  async offer(input: OfferSeatPoolInput): Promise<SeatPool> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: OfferSeatPoolDocument, variables: { input } }),
    );
    return need(result.data?.offerSeatPool, result.error, 'offerSeatPool');
  }

  /** Closes a pool early: the seats not accepted go back to the session. */
  async close(id: string): Promise<SeatPool> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CloseSeatPoolDocument, variables: { id } }),
    );
    return need(result.data?.closeSeatPool, result.error, 'closeSeatPool');
  }

  /** Her company's active employees, to nominate from. */
  async candidates(organisationId: string): Promise<NominationCandidate[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: SeatNominationCandidatesDocument,
        variables: { organisationId },
        fetchPolicy: 'no-cache',
      }),
    );
    return need(result.data?.companyEmployees, result.error, 'companyEmployees').map((e) => ({
      userId: e.userId,
      familyName: e.familyName,
      givenName: e.givenName,
      allowsNomination: e.allowsNomination,
    }));
  }

  /**
   * The other current member companies of the groups `organisationId` is a current member of, by name:
   * those a per-company offer may name (the API checks them again against its peers).
   */
  async peers(organisationId: string): Promise<SeatPoolPeer[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: SeatPoolPeersDocument, fetchPolicy: 'no-cache' }),
    );
    const peers = new Map<string, string>();
    for (const group of need(result.data?.companyGroups, result.error, 'companyGroups')) {
      if (!group.viewer.memberCompanyIds.includes(organisationId)) continue;
      if (!group.members.some((m) => m.organisationId === organisationId && m.status === 'member')) continue;
      for (const m of group.members)
        if (m.status === 'member' && m.organisationId !== organisationId)
          peers.set(m.organisationId, m.organisationName);
    }
    return [...peers]
      .map(([id, name]) => ({ organisationId: id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  }

  async mine(): Promise<MyNomination[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyNominationsDocument, fetchPolicy: 'no-cache' }),
    );
    return [...need(result.data?.myNominations, result.error, 'myNominations')];
  }

  async nominate(poolId: string, organisationId: string, userId: string): Promise<SeatNomination> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: NominateForSeatDocument,
        variables: { input: { poolId, organisationId, userId } },
      }),
    );
    return need(result.data?.nominateForSeat, result.error, 'nominateForSeat');
  }

  async withdraw(id: string): Promise<SeatNomination> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: WithdrawNominationDocument, variables: { id } }),
    );
    return need(result.data?.withdrawNomination, result.error, 'withdrawNomination');
  }

  /** She accepts with her answers and childcare, as an enrolment takes them; enrolled at once. */
  async accept(input: AcceptNominationInput): Promise<SeatNomination> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AcceptNominationDocument, variables: { input } }),
    );
    return need(result.data?.acceptNomination, result.error, 'acceptNomination');
  }

  async decline(id: string): Promise<SeatNomination> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DeclineNominationDocument, variables: { id } }),
    );
    return need(result.data?.declineNomination, result.error, 'declineNomination');
  }
}
