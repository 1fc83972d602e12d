import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  COMPLETION_RULES,
  LIMITS,
  QUESTION_KINDS,
  REGISTRATION_MODES,
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
  @MaxChars(LIMITS.question.label.max)
  label: string;

  @Field(() => [String], { nullable: true, description: 'For choice questions: at least two' })
  @OptionalValue()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((c) => (typeof c === 'string' ? c.trim() : c)).filter((c) => c !== '')
      : value,
  )
  @IsArray()
  @MaxItems(LIMITS.question.choices.max)
  @MaxCharsEach(LIMITS.question.choices.each)
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
  @MaxChars(LIMITS.session.title.max)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.session.venueName.max)
  venueName?: string | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.session.venueAddress.max)
  venueAddress?: string | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.session.accessNotes.max)
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
  @MaxChars(LIMITS.session.onlineUrl.max)
  @WebUrl()
  onlineUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalValue()
  @IsBoolean()
  isOffsite?: boolean | null;

  @Field(() => Int)
  @IntRange(LIMITS.session.capacity.min, LIMITS.session.capacity.max)
  capacity: number;

  @Field(() => Int, { nullable: true, description: 'Childcare seats (託児); 0 for none' })
  @OptionalValue()
  @IntRange(LIMITS.session.childcareSeats.min, LIMITS.session.childcareSeats.max)
  childcareCapacity?: number | null;

  @Field(() => Int, { nullable: true })
  @OptionalValue()
  @IntRange(LIMITS.session.childAgeMonths.min, LIMITS.session.childAgeMonths.max)
  childcareMinAgeMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @OptionalValue()
  @IntRange(LIMITS.session.childAgeMonths.min, LIMITS.session.childAgeMonths.max)
  childcareMaxAgeMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '参加費 in yen; null or 0 for free (無料)' })
  @OptionalValue()
  @IntRange(LIMITS.session.feeYen.min, LIMITS.session.feeYen.max)
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
  @IntRange(LIMITS.session.checkInOpensMinutesBefore.min, LIMITS.session.checkInOpensMinutesBefore.max)
  checkInOpensMinutesBefore?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Remind participants this many hours before each meeting (0: no reminder; ${LIMITS.session.reminderHoursBefore.default} unless given)`,
  })
  @OptionalValue()
  @IntRange(LIMITS.session.reminderHoursBefore.min, LIMITS.session.reminderHoursBefore.max)
  reminderHoursBefore?: number | null;

  @Field(() => CompletionRuleEnum, { nullable: true, description: 'all unless given' })
  @OptionalValue()
  @OneOf(COMPLETION_RULES)
  completionRule?: CompletionRule | null;

  @Field(() => Int, { nullable: true, description: 'Required when the rule is at_least' })
  @OptionalValue()
  @IntRange(LIMITS.session.meetings.min, LIMITS.session.meetings.max)
  completionMinMeetings?: number | null;

  @Field(() => [MeetingInput])
  @IsArray()
  @ArrayMinSize(1, { message: JSON.stringify({ key: 'catalogue.meetingsRequired', params: {} }) })
  @MaxItems(LIMITS.session.meetings.max)
  @ValidateNested({ each: true })
  @Type(() => MeetingInput)
  meetings: MeetingInput[];

  @Field(() => [QuestionInput], { nullable: true, description: 'Asked when she applies' })
  @OptionalValue()
  @IsArray()
  @MaxItems(LIMITS.session.questions.max)
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
