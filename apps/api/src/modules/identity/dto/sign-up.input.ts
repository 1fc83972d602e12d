import { Field, InputType } from '@nestjs/graphql';
import { LIMITS, LOCALES, type Locale } from '@tsunagu/shared/domain';
import {
  EmailAddress,
  Kana,
  MaxChars,
  MinChars,
  OneOf,
  OptionalValue,
  Required,
} from '../../../core/graphql/validation';
import { LocaleEnum } from '../../../core/graphql/enums';

@InputType()
export class SignUpInput {
  @Field()
  @Required()
  @MaxChars(LIMITS.email.max)
  @EmailAddress()
  email: string;

  @Field()
  @Required()
  @MinChars(LIMITS.password.min)
  @MaxChars(LIMITS.password.max)
  password: string;

  @Field({ description: '姓 (family name)' })
  @Required()
  @MaxChars(LIMITS.name.max)
  familyName: string;

  @Field({ description: '名 (given name)' })
  @Required()
  @MaxChars(LIMITS.name.max)
  givenName: string;

  @Field({ description: 'セイ: family name in kana' })
  @Required()
  @MaxChars(LIMITS.name.max)
  @Kana()
  familyNameKana: string;

  @Field({ description: 'メイ: given name in kana' })
  @Required()
  @MaxChars(LIMITS.name.max)
  @Kana()
  givenNameKana: string;

  @Field(() => LocaleEnum, { nullable: true })
  @OptionalValue()
  @OneOf(LOCALES)
  preferredLocale?: Locale;
}
