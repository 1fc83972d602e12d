import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  COMPLETION_RULES,
  QUESTION_KINDS,
  REGISTRATION_MODES,
  SEMINAR_LIMITS,
  type CompletionRule,
  type QuestionKind,
  type RegistrationMode,
} from '@tsunagu/shared/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsDate, ValidateNested } from 'class-validator';
import { CompletionRuleEnum, QuestionKindEnum, RegistrationModeEnum } from '../../../core/graphql/enums';
import {
  IntRange,
  MaxChars,
  MaxCharsEach,
  MaxItems,
  OneOf,
  OneOfEach,
  OptionalValue,
  Required,
  Trimmed,
  Uuid,
  WebUrl,
} from '../../../core/graphql/validation';

export const LOTTERY_PRIORITIES = ['member_of_provider', 'first_time'] as const;
export const SESSION_INPUT_LIMITS = { meetings: 50, questions: 20, choices: 20, choice: 100 } as const;

const invalid = { message: JSON.stringify({ key: 'validation.invalid', params: {} }) };

@InputType()
export class MeetingInput {
  @Field(() => ID, { nullable: true, description: 'An existing meeting to keep (on update)' })
  @OptionalValue()
  @Uuid()
  id?: string | null;

  @Field()
  @IsDate(invalid)
  startsAt: Date;

  @Field()
  @IsDate(invalid)
  endsAt: Date;
}

@InputType()
export class QuestionInput {
  @Field(() => ID, { nullable: true, description: 'An existing question to keep (on update)' })
  @OptionalValue()
  @Uuid()
  id?: string | null;

  @Field(() => QuestionKindEnum)
  @OneOf(QUESTION_KINDS)
  kind: QuestionKind;

  @Field()
  @Trimmed()
  @Required()
  @MaxChars(300)
  label: string;

  @Field(() => [String], { nullable: true, description: 'For choice questions: at least two' })
  @OptionalValue()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((c) => (typeof c === 'string' ? c.trim() : c)).filter((c) => c !== '')
      : value,
  )
  @IsArray()
  @MaxItems(SESSION_INPUT_LIMITS.choices)
  @MaxCharsEach(SESSION_INPUT_LIMITS.choice)
  choices?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalValue()
  @IsBoolean()
  required?: boolean | null;
}

@InputType()
export class CreateSessionInput {
  @Field(() => ID)
  @Uuid()
  courseId: string;

  @Field(() => String, { nullable: true, description: 'e.g. 第1期 / 2026年6月開催' })
  @Trimmed()
  @OptionalValue()
  @MaxChars(SEMINAR_LIMITS.title.max)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(120)
  venueName?: string | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(300)
  venueAddress?: string | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(500)
  accessNotes?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalValue()
  @IsBoolean()
  isOnline?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Meeting link; shown only to confirmed participants',
  })
  @Trimmed()
  @OptionalValue()
  @MaxChars(1000)
  @WebUrl()
  onlineUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalValue()
  @IsBoolean()
  isOffsite?: boolean | null;

  @Field(() => Int)
  @IntRange(SEMINAR_LIMITS.capacity.min, SEMINAR_LIMITS.capacity.max)
  capacity: number;

  @Field(() => Int, { nullable: true, description: 'Childcare seats (託児); 0 for none' })
  @OptionalValue()
  @IntRange(SEMINAR_LIMITS.childcareSeats.min, SEMINAR_LIMITS.childcareSeats.max)
  childcareCapacity?: number | null;

  @Field(() => Int, { nullable: true })
  @OptionalValue()
  @IntRange(SEMINAR_LIMITS.childAgeMonths.min, SEMINAR_LIMITS.childAgeMonths.max)
  childcareMinAgeMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @OptionalValue()
  @IntRange(SEMINAR_LIMITS.childAgeMonths.min, SEMINAR_LIMITS.childAgeMonths.max)
  childcareMaxAgeMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '参加費 in yen; null or 0 for free (無料)' })
  @OptionalValue()
  @IntRange(SEMINAR_LIMITS.feeYen.min, SEMINAR_LIMITS.feeYen.max)
  feeYen?: number | null;

  @Field()
  @IsDate(invalid)
  registrationOpensAt: Date;

  @Field()
  @IsDate(invalid)
  registrationClosesAt: Date;

  @Field()
  @IsDate(invalid)
  cancellationDeadline: Date;

  @Field(() => RegistrationModeEnum, { nullable: true, description: 'first_come unless given' })
  @OptionalValue()
  @OneOf(REGISTRATION_MODES)
  registrationMode?: RegistrationMode | null;

  @Field(() => Date, { nullable: true, description: 'Required for a lottery' })
  @OptionalValue()
  @IsDate(invalid)
  drawAt?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: `Lottery priority tiers, in order: ${LOTTERY_PRIORITIES.join(', ')}`,
  })
  @OptionalValue()
  @IsArray()
  @MaxItems(LOTTERY_PRIORITIES.length)
  @OneOfEach(LOTTERY_PRIORITIES)
  lotteryPriorities?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Attendance may be recorded from this many minutes before each meeting (0 unless given)',
  })
  @OptionalValue()
  @IntRange(SEMINAR_LIMITS.checkInOpensMinutesBefore.min, SEMINAR_LIMITS.checkInOpensMinutesBefore.max)
  checkInOpensMinutesBefore?: number | null;

  @Field(() => CompletionRuleEnum, { nullable: true, description: 'all unless given' })
  @OptionalValue()
  @OneOf(COMPLETION_RULES)
  completionRule?: CompletionRule | null;

  @Field(() => Int, { nullable: true, description: 'Required when the rule is at_least' })
  @OptionalValue()
  @IntRange(1, SESSION_INPUT_LIMITS.meetings)
  completionMinMeetings?: number | null;

  @Field(() => [MeetingInput])
  @IsArray()
  @ArrayMinSize(1, { message: JSON.stringify({ key: 'catalogue.meetingsRequired', params: {} }) })
  @MaxItems(SESSION_INPUT_LIMITS.meetings)
  @ValidateNested({ each: true })
  @Type(() => MeetingInput)
  meetings: MeetingInput[];

  @Field(() => [QuestionInput], { nullable: true, description: 'Asked when she applies' })
  @OptionalValue()
  @IsArray()
  @MaxItems(SESSION_INPUT_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions?: QuestionInput[] | null;
}

/**
 * Every field optional. `meetings` and `questions`, when given, are the complete new lists: items with
 * an `id` keep (and update) that meeting or question, items without one are added, the rest removed.
 */
@InputType()
export class UpdateSessionInput extends PartialType(
  OmitType(CreateSessionInput, ['courseId'] as const),
  InputType,
) {}
