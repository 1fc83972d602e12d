import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CompanyStatus } from '@tsunagu/shared/domain';
import { DataSource, In, Repository, type FindOptionsWhere } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { OrganisationsService } from '../organisations';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyContactEntity } from './company-contact.entity';
import { mayEditCompany, maySeeCompany } from './company-groups.policies';
import { lockProfile, mappingConflicts, replaceContacts } from './company-profile-rows';
import { CompanyProfileEntity } from './company-profile.entity';
import type { UpdateCompanyProfileInput } from './dto/company-profile.input';

const OLDEST_FIRST = { createdAt: 'ASC', organisationId: 'ASC' } as const;

/** Reading company profiles (each list in one query, relations through DataLoaders) and editing one. */
@Injectable()
export class CompanyProfilesService {
  constructor(
    @InjectRepository(CompanyProfileEntity) private readonly profiles: Repository<CompanyProfileEntity>,
    @InjectRepository(CompanyContactEntity) private readonly contacts: Repository<CompanyContactEntity>,
    @InjectRepository(CompanyCertificationEntity)
    private readonly certifications: Repository<CompanyCertificationEntity>,
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** An approved profile for anyone signed in; an unapproved one only for its insiders (else NOT_FOUND). */
  /** An approved profile for anyone (signed in or not); another only for its insiders. */
  async get(principal: Principal | null, organisationId: string): Promise<CompanyProfileEntity> {
    const profile = await this.profiles.findOneBy({ organisationId });
    if (!profile || !maySeeCompany(principal, profile))
      throw new NotFoundError('companyGroups.profileNotFound');
    return profile;
  }

  /** For staff: the profiles whose secretariat is one of theirs (a platform admin: all), oldest first. */
  applications(principal: Principal, status?: CompanyStatus | null): Promise<CompanyProfileEntity[]> {
    const by: FindOptionsWhere<CompanyProfileEntity> = status ? { status } : {};
    if (principal.isPlatformAdmin) return this.profiles.find({ where: by, order: OLDEST_FIRST });
    const secretariats = principal.organisationIdsWithRole(['staff', 'admin']);
    if (!secretariats.length) return Promise.resolve([]);
    return this.profiles.find({
      where: { ...by, secretariatOrganisationId: In(secretariats) },
      order: OLDEST_FIRST,
    });
  }

  /** The profiles of the companies she is a company admin of, whatever their status. */
  mine(principal: Principal): Promise<CompanyProfileEntity[]> {
    const companies = principal.organisationIdsWithRole(['company_admin']);
    if (!companies.length) return Promise.resolve([]);
    return this.profiles.find({ where: { organisationId: In(companies) }, order: OLDEST_FIRST });
  }

  /**
   * Its company admins (or a platform admin) change the profile, whatever its status (an approved
   * company stays approved). The name is the organisation's, renamed through the organisations module.
   */
  async update(principal: Principal, input: UpdateCompanyProfileInput): Promise<CompanyProfileEntity> {
    if (!mayEditCompany(principal, input.organisationId))
      throw new ForbiddenError('companyGroups.notYourCompany');
    return mappingConflicts(() =>
      this.dataSource.transaction(async (manager) => {
        const profile = await lockProfile(manager, input.organisationId);
        // Required fields: null or left out keeps them. Optional ones: left out keeps, null clears.
        if (input.name != null) await this.organisations.rename(manager, profile.organisationId, input.name);
        if (input.nameKana != null) profile.nameKana = input.nameKana;
        if (input.corporateNumber != null) profile.corporateNumber = input.corporateNumber;
        if (input.industry != null) profile.industry = input.industry;
        if (input.sizeBand != null) profile.sizeBand = input.sizeBand;
        if (input.postalCode !== undefined) profile.postalCode = input.postalCode;
        if (input.address !== undefined) profile.address = input.address;
        if (input.website !== undefined) profile.website = input.website;
        const saved = await manager.save(profile);
        if (input.contacts != null) await replaceContacts(manager, profile.organisationId, input.contacts);
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action: 'company_groups.profile_updated',
            subjectType: 'company_profile',
            subjectId: profile.organisationId,
          },
          manager,
        );
        return saved;
      }),
    );
  }

  contactsOf(loaders: DataLoaderRegistry, organisationId: string): Promise<CompanyContactEntity[]> {
    return loaders
      .get<string, CompanyContactEntity[]>('companyContactsByOrganisation', async (ids) =>
        groupByKey(
          ids,
          await this.contacts.find({ where: { organisationId: In([...ids]) }, order: { position: 'ASC' } }),
          (c) => c.organisationId,
        ),
      )
      .load(organisationId);
  }

  certificationsOf(
    loaders: DataLoaderRegistry,
    organisationId: string,
  ): Promise<CompanyCertificationEntity[]> {
    return loaders
      .get<string, CompanyCertificationEntity[]>('companyCertificationsByOrganisation', async (ids) =>
        groupByKey(
          ids,
          await this.certifications.find({
            where: { organisationId: In([...ids]) },
            order: { certifiedOn: 'ASC', createdAt: 'ASC' },
          }),
          (c) => c.organisationId,
        ),
      )
      .load(organisationId);
  }
}
