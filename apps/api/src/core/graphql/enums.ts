import { registerEnumType } from '@nestjs/graphql';
import {
  Certification,
  CERTIFICATIONS,
  Locale,
  LOCALES,
  ORGANISATION_KINDS,
  OrganisationKind,
  Persona,
  PERSONAS,
  Role,
  ROLES,
} from '@tsunagu/shared/domain';

/** GraphQL enums built from the shared domain's lists, so both sides name values identically. */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const LocaleEnum = enumObject<Locale>(LOCALES);
export const RoleEnum = enumObject<Role>(ROLES);
export const PersonaEnum = enumObject<Persona>(PERSONAS);
export const OrganisationKindEnum = enumObject<OrganisationKind>(ORGANISATION_KINDS);
export const CertificationEnum = enumObject<Certification>(CERTIFICATIONS);

registerEnumType(LocaleEnum, { name: 'Locale', description: 'UI and message language' });
registerEnumType(RoleEnum, { name: 'Role', description: 'A role held in one organisation' });
registerEnumType(PersonaEnum, { name: 'Persona', description: 'Which home page a user sees' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(CertificationEnum, {
  name: 'Certification',
  description: 'くるみん / えるぼし certifications',
});
