import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@tsunagu/shared/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A company's contact person (担当者) for the secretariat: at most `LIMITS.company.contacts.max`, held by
 * the database too (positions 1..5, one person per position). Replaced as a list.
 */
@ObjectType('CompanyContact')
@Entity('company_contacts')
@Unique('company_contacts_position_unique', ['organisationId', 'position'])
@Check('company_contacts_position_check', `position BETWEEN 1 AND ${LIMITS.company.contacts.max}`)
export class CompanyContactEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'company_contacts_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'company_contacts_organisation_id_fkey' })
  private readonly profileRef?: unknown;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.company.contact.name.max })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.company.contact.department.max, nullable: true })
  department: string | null;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.company.contact.email.max })
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.company.contact.phone.max, nullable: true })
  phone: string | null;

  /** 1 = listed first. */
  @Column({ type: 'int' })
  position: number;
}
