import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Certification, OrganisationKind } from '@tsunagu/shared/domain';
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
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'varchar', length: 30 })
  kind: OrganisationKind;

  @Field(() => String, {
    nullable: true,
    description: 'Prefecture the organisation is based in (e.g. 茨城県)',
  })
  @Column({ type: 'varchar', length: 10, nullable: true })
  prefecture: string | null;

  @Field(() => [CertificationEnum])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certifications: Certification[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
