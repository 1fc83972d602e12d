import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@tsunagu/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OneOf, Uuid } from '../../../core/graphql/validation';

export enum ChildcareFallback {
  /** Wait (in the one queue) until a seat with childcare is free. */
  WAIT = 'WAIT',
  /** Take a seat without childcare now. */
  WITHOUT_CHILDCARE = 'WITHOUT_CHILDCARE',
}
registerEnumType(ChildcareFallback, {
  name: 'ChildcareFallback',
  description: 'What to do when childcare seats are full',
});

@InputType()
export class AnswerInput {
  @Field(() => ID)
  @Uuid()
  questionId: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.enrolment.answer.max * 2)
  value: string;
}

@InputType()
export class EnrolInput {
  @Field(() => ID)
  @Uuid()
  sessionId: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  childcare: boolean;

  @Field(() => [Int], {
    defaultValue: [],
    description: "Children's ages in months, when childcare is asked for",
  })
  @IsArray()
  @IsInt({ each: true })
  @ArrayMaxSize(20)
  childAgesMonths: number[];

  @Field(() => ChildcareFallback, { defaultValue: ChildcareFallback.WAIT })
  @OneOf(Object.values(ChildcareFallback))
  ifChildcareFull: ChildcareFallback;

  @Field(() => [AnswerInput], { defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}
