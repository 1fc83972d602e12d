import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, isPhone, normalisePhone } from '@tsunagu/shared/domain';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { EmailAddress, MaxChars, OptionalValue, Uuid, WebUrl } from '../../../core/graphql/validation';

/** Trimmed; blank means "not given", so the column is cleared rather than holding an empty string. */
const TrimmedOrNull = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));

const PhoneNumber = () =>
  ValidateBy(
    {
      name: 'isPhone',
      validator: { validate: (value: unknown) => typeof value === 'string' && isPhone(value) },
      constraints: [],
    },
    { message: JSON.stringify({ key: 'validation.phone', params: {} }) },
  );

/**
 * The organisation's contact and privacy notice, replaced as a whole (the form sends every field);
 * a field left out or blank is cleared. No field is required: a city may publish only a phone number.
 */
@InputType()
export class UpdateOrganisationContactInput {
  @Field(() => ID)
  @Uuid()
  organisationId: string;

  @Field(() => String, { nullable: true, description: 'e.g. 市民協働課 女性活躍推進係' })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.contact.department.max)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normalisePhone(value) || null : value,
  )
  @OptionalValue()
  @MaxChars(LIMITS.contact.phone.max)
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.contact.email.max)
  @EmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.contact.url.max)
  @WebUrl()
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 平日 8:30〜17:15' })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.contact.hours.max)
  hours?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '個人情報の取扱いについて; blank for the platform default',
  })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.contact.privacyNotice.max)
  privacyNotice?: string | null;
}
