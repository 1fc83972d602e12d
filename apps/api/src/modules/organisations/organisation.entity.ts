import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LIMITS, type Certification, type OrganisationKind } from '@tsunagu/shared/domain';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CertificationEnum, OrganisationKindEnum } from '../../core/graphql/enums';

@ObjectType('Organisation')
@Entity('organisations')
@Check(
  'organisations_kind_check',
  `kind IN ('national_agency', 'prefecture', 'city', 'partner_company', 'npo', 'chamber_of_commerce')`,
)
export class OrganisationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.organisationName.max })
  name: string;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'varchar', length: 30 })
  kind: OrganisationKind;

  @Field(() => String, {
    nullable: true,
    description: 'Prefecture the organisation is based in (e.g. 茨城県)',
  })
  @Column({ type: 'varchar', length: LIMITS.organisation.prefecture.max, nullable: true })
  prefecture: string | null;

  @Field(() => [CertificationEnum])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certifications: Certification[];

  // The contact (問い合わせ先) and privacy notice are public: they are printed on every seminar page.
  @Field(() => String, { nullable: true, description: 'Contact: the department answering questions' })
  @Column({ type: 'varchar', length: LIMITS.contact.department.max, nullable: true })
  contactDepartment: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.contact.phone.max, nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.contact.email.max, nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.contact.url.max, nullable: true })
  contactUrl: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 平日 9:00〜17:00' })
  @Column({ type: 'varchar', length: LIMITS.contact.hours.max, nullable: true })
  contactHours: string | null;

  @Field(() => String, {
    nullable: true,
    description: "個人情報の取扱いについて: the organisation's own notice; null means the platform's default",
  })
  @Column({ type: 'varchar', length: LIMITS.contact.privacyNotice.max, nullable: true })
  privacyNotice: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
