import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDate, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { IntRange, MaxItems, OneOf, Uuid } from '../../../../core/graphql/validation';
import { AnswerInput, ChildcareFallback } from '../../../enrolment';
import {
  NOMINATION_STATUSES,
  SEAT_ALLOCATIONS,
  SEAT_POOL_STATUSES,
  type NominationStatus,
  type SeatAllocation,
  type SeatPoolStatus,
} from '../seat-pool.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const SeatAllocationEnum = enumOf(SEAT_ALLOCATIONS);
registerEnumType(SeatAllocationEnum, {
  name: 'SeatAllocation',
  description: 'per_company (each company its share) or first_come (one pool for all the companies)',
});
export const SeatPoolStatusEnum = enumOf(SEAT_POOL_STATUSES);
registerEnumType(SeatPoolStatusEnum, { name: 'SeatPoolStatus' });
export const NominationStatusEnum = enumOf(NOMINATION_STATUSES);
registerEnumType(NominationStatusEnum, {
  name: 'NominationStatus',
  description: 'nominated (holds a seat until she answers), accepted, declined, withdrawn, expired',
});

/** The most seats one pool offers, and companies one per_company pool names. */
export const SEAT_POOL_LIMITS = { seats: 500, allocations: 50 } as const;

@InputType()
export class SeatAllocationInput {
  @Field(() => ID)
  @Uuid()
  organisationId: string;

  @Field(() => Int)
  @IntRange(1, SEAT_POOL_LIMITS.seats)
  seats: number;
}

@InputType()
export class OfferSeatPoolInput {
  @Field(() => ID)
  @Uuid()
  sessionId: string;

  @Field(() => Int)
  @IntRange(1, SEAT_POOL_LIMITS.seats)
  seats: number;

  @Field(() => SeatAllocationEnum)
  @OneOf(SEAT_ALLOCATIONS)
  allocation: SeatAllocation;

  @Field({ description: 'Nominations close then; the seats not accepted go back to the session' })
  @IsDate({ message: JSON.stringify({ key: 'validation.invalid', params: {} }) })
  closesAt: Date;

  @Field(() => [SeatAllocationInput], {
    defaultValue: [],
    description: 'per_company only: each company and its seats, adding up to `seats`',
  })
  @IsArray()
  @MaxItems(SEAT_POOL_LIMITS.allocations)
  @ValidateNested({ each: true })
  @Type(() => SeatAllocationInput)
  allocations: SeatAllocationInput[];
}

@InputType()
export class NominateForSeatInput {
  @Field(() => ID)
  @Uuid()
  poolId: string;

  @Field(() => ID, { description: 'The nominating company (she must be its employee)' })
  @Uuid()
  organisationId: string;

  @Field(() => ID)
  @Uuid()
  userId: string;
}

/** Her acceptance: the enrolment's own fields (childcare, answers), as `enrol` takes them. */
@InputType()
export class AcceptNominationInput {
  @Field(() => ID)
  @Uuid()
  nominationId: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  childcare: boolean;

  @Field(() => [Int], { defaultValue: [] })
  @IsArray()
  @IsInt({ each: true })
  @MaxItems(20)
  childAgesMonths: number[];

  @Field(() => ChildcareFallback, { defaultValue: ChildcareFallback.WAIT })
  @OneOf(Object.values(ChildcareFallback))
  ifChildcareFull: ChildcareFallback;

  @Field(() => [AnswerInput], { defaultValue: [] })
  @IsOptional()
  @IsArray()
  @MaxItems(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}

/** Someone who accepted a seat of the pool: she is enrolled in the offering company's session. */
@ObjectType('SeatPoolParticipant')
export class SeatPoolParticipant {
  @Field()
  familyName: string;

  @Field()
  givenName: string;

  @Field({ description: 'Her (nominating) company' })
  companyName: string;

  @Field({ description: 'When she accepted' })
  acceptedAt: Date;
}

/** A company's share of a pool: its seats, how many are nominated or accepted, how many accepted. */
@ObjectType('SeatPoolShare')
export class SeatPoolShare {
  @Field(() => ID)
  organisationId: string;

  @Field()
  companyName: string;

  @Field(() => Int, { nullable: true, description: 'per_company: its allocation; first_come: null' })
  seats: number | null;

  @Field(() => Int, { description: 'Its live nominations (nominated or accepted)' })
  takenCount: number;

  @Field(() => Int)
  acceptedCount: number;
}

@ObjectType('SeatPool')
export class SeatPool {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  courseTitle: string;

  @Field(() => ID)
  offeringOrganisationId: string;

  @Field()
  offeringCompanyName: string;

  @Field(() => Int)
  seats: number;

  @Field(() => SeatAllocationEnum)
  allocation: SeatAllocation;

  @Field()
  closesAt: Date;

  @Field(() => SeatPoolStatusEnum)
  status: SeatPoolStatus;

  @Field(() => Int, { description: 'Live nominations (nominated or accepted): seats taken in the pool' })
  takenCount: number;

  @Field(() => Int)
  acceptedCount: number;

  @Field(() => [SeatPoolShare], {
    description: 'Per company: for the offering company every company, for a company offered to its own',
  })
  shares: SeatPoolShare[];

  @Field(() => [SeatPoolParticipant], {
    description:
      "Who accepted a seat (now on the session's roster), with her company: for the offering company every company's, for a company offered to its own. Pending nominations are counts only",
  })
  participants: SeatPoolParticipant[];
}

@ObjectType('SeatNomination')
export class SeatNomination {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  poolId: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  courseTitle: string;

  @Field(() => ID, { description: 'The nominating company' })
  organisationId: string;

  @Field()
  companyName: string;

  @Field()
  offeringCompanyName: string;

  @Field(() => ID)
  userId: string;

  @Field()
  familyName: string;

  @Field()
  givenName: string;

  @Field(() => NominationStatusEnum)
  status: NominationStatus;

  @Field(() => ID, { nullable: true, description: 'Her enrolment, once accepted' })
  enrolmentId: string | null;

  @Field({ description: "The pool's deadline: she answers before it" })
  closesAt: Date;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

/** A pool offered to a company: the pool, what is left for it, and its own nominations. */
@ObjectType('SeatPoolOffer')
export class SeatPoolOffer {
  @Field(() => SeatPool)
  pool: SeatPool;

  @Field(() => Int, { description: 'Seats this company may still nominate for' })
  seatsLeftForUs: number;

  @Field(() => [SeatNomination])
  nominations: SeatNomination[];
}
