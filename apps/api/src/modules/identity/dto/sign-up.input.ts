import { Field, InputType } from '@nestjs/graphql';
import { LIMITS, LOCALES, type Locale } from '@tsunagu/shared/domain';
import { LocaleEnum } from '../../../core/graphql/enums';
import {
  EmailAddress,
  Kana,
  MaxChars,
  MinChars,
  OneOf,
  OptionalValue,
  Required,
  Trimmed,
} from '../../../core/graphql/validation';

@InputType()
export class SignUpInput {
  @Field()
  @Trimmed()
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
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.name.max)
  familyName: string;

  @Field({ description: '名 (given name)' })
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.name.max)
  givenName: string;

  @Field({ description: 'セイ: family name in kana' })
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.name.max)
  @Kana()
  familyNameKana: string;

  @Field({ description: 'メイ: given name in kana' })
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.name.max)
  @Kana()
  givenNameKana: string;

  @Field(() => LocaleEnum, { nullable: true })
  @OptionalValue()
  @OneOf(LOCALES)
  preferredLocale?: Locale;
}
