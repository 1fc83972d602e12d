import { companyOf, otherCompany } from '../../../../test/authorization/company-builders';
import type { AuthorizationRows, Case } from '../../../../test/authorization/matrix';
import {
  nominationOf,
  nomineeA,
  poolOf,
  poolSession,
} from '../../../../test/authorization/seat-pool-builders';

/** Who acts for a company in its pools: its company admins only (not platform admins). */
const COMPANY_CASES: readonly Case[] = [
  { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of the company' },
  {
    as: 'companyAdminC',
    expect: 'FORBIDDEN',
    why: "other organisation: another company's pool or nomination",
    given: 'other company',
  },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
  { as: 'staffA', expect: 'FORBIDDEN', why: "wrong role: the secretariat's staff do not act for a company" },
  { as: 'admin', expect: 'FORBIDDEN', why: 'wrong role: platform admins do not act for a company' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/** Her answer to a nomination: she alone. */
const NOMINEE_CASES: readonly Case[] = [
  { as: 'learnerA', expect: 'ok', why: 'allowed: the nominee' },
  { as: 'learnerB', expect: 'FORBIDDEN', why: "other organisation: someone else's nomination" },
  { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: her company does not answer for her' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

const POOL = '{ id status seats }';
const NOMINATION = '{ id status }';

/** The nominee's session (its questions and childcare): she alone, not her company. */
export const SEAT_POOL_FIELDS: NonNullable<AuthorizationRows['fields']> = {
  'SeatNomination.session': {
    document: '{ myNominations { id session { id questions { id } childcareSeatsLeft } } }',
    request: async (c) => {
      await nominationOf(c);
      return {};
    },
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: the nominee' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'SeatNomination.session of an employee': {
    document:
      'query($o: ID!) { seatPoolsOfferedTo(organisationId: $o) { nominations { id session { id } } } }',
    request: async (c) => {
      await nominationOf(c);
      return { variables: { o: c.companyC } };
    },
    cases: [
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: 'wrong role: her company sees her nomination, not this',
      },
    ],
  },
};

/** The seat pools' operations (seat-pools.service.ts, seat-nominations.service.ts, seat-pool-reads.service.ts). */
export const SEAT_POOL_OPERATIONS: AuthorizationRows['operations'] = {
  'Mutation.offerSeatPool': {
    document: `mutation($i: OfferSeatPoolInput!) { offerSeatPool(input: $i) ${POOL} }`,
    request: async (c, { given }) => ({
      variables: {
        i: {
          sessionId: await poolSession(c, given === 'other company' ? 'D' : 'C'),
          seats: 2,
          allocation: 'first_come',
          closesAt: new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString(),
        },
      },
    }),
    cases: COMPANY_CASES,
  },
  'Mutation.closeSeatPool': {
    document: `mutation($id: ID!) { closeSeatPool(id: $id) ${POOL} }`,
    request: async (c, { given }) => ({
      variables: { id: await poolOf(c, given === 'other company' ? 'D' : 'C') },
    }),
    cases: COMPANY_CASES,
  },
  'Mutation.nominateForSeat': {
    document: `mutation($i: NominateForSeatInput!) { nominateForSeat(input: $i) ${NOMINATION} }`,
    request: async (c, { given }) => ({
      variables: {
        i: {
          poolId: await poolOf(c, 'D'),
          organisationId: given === 'other company' ? await otherCompany(c) : c.companyC,
          userId: await nomineeA(c),
        },
      },
    }),
    cases: COMPANY_CASES,
  },
  'Mutation.withdrawNomination': {
    document: `mutation($id: ID!) { withdrawNomination(id: $id) ${NOMINATION} }`,
    request: async (c, { given }) => ({ variables: { id: await nominationOf(c, given) } }),
    cases: COMPANY_CASES,
  },
  'Mutation.acceptNomination': {
    document: `mutation($i: AcceptNominationInput!) { acceptNomination(input: $i) ${NOMINATION} }`,
    request: async (c) => ({ variables: { i: { nominationId: await nominationOf(c) } } }),
    cases: NOMINEE_CASES,
  },
  'Mutation.declineNomination': {
    document: `mutation($id: ID!) { declineNomination(id: $id) ${NOMINATION} }`,
    request: async (c) => ({ variables: { id: await nominationOf(c) } }),
    cases: NOMINEE_CASES,
  },
  'Query.seatPoolsOfferedBy': {
    document: `query($o: ID!) { seatPoolsOfferedBy(organisationId: $o) ${POOL} }`,
    request: async (c, { given }) => ({ variables: { o: await companyOf(c, given) } }),
    cases: COMPANY_CASES,
  },
  'Query.seatPoolsOfferedTo': {
    document: `query($o: ID!) { seatPoolsOfferedTo(organisationId: $o) { seatsLeftForUs pool ${POOL} } }`,
    request: async (c, { given }) => ({ variables: { o: await companyOf(c, given) } }),
    cases: COMPANY_CASES,
  },
  'Query.myNominations': {
    document: `{ myNominations ${NOMINATION} }`,
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own nominations' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
};
