import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { certificationMarks } from '@tsunagu/shared/domain';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { OrganisationsService } from '../organisations';
import { CompanyCertificationEntity } from './company-certification.entity';
import { mayEditCompany } from './company-groups.policies';
import { lockProfile, mappingConflicts } from './company-profile-rows';
import { CompanyProfileEntity } from './company-profile.entity';
import type { AddCompanyCertificationInput } from './dto/company-certification.input';

/**
 * A company's certifications, kept by its company admins (or a platform admin). One truth: the marks
 * on the organisation (`organisations.certifications`, shown with its courses) are derived from these
 * rows and set again, through the organisations module, in the transaction of every change; the
 * profile's lock serialises changes of one company, so two at once cannot leave stale marks.
 */
@Injectable()
export class CompanyCertificationsService {
  constructor(
    @InjectRepository(CompanyCertificationEntity)
    private readonly certifications: Repository<CompanyCertificationEntity>,
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** A date in the future and a missing `other` name were refused by the input's validation. */
  async add(principal: Principal, input: AddCompanyCertificationInput): Promise<CompanyProfileEntity> {
    if (!mayEditCompany(principal, input.organisationId))
      throw new ForbiddenError('companyGroups.notYourCompany');
    return mappingConflicts(() =>
      this.dataSource.transaction(async (manager) => {
        const profile = await lockProfile(manager, input.organisationId);
        const inserted = await manager.insert(CompanyCertificationEntity, {
          organisationId: profile.organisationId,
          kind: input.kind,
          otherName: input.kind === 'other' ? (input.otherName ?? null) : null,
          certifiedOn: input.certifiedOn,
        });
        await this.afterChange(manager, principal, profile, 'company_groups.certification_added', {
          kind: input.kind,
          certificationId: String((inserted.identifiers[0] as { id: string }).id),
        });
        return profile;
      }),
    );
  }

  async remove(principal: Principal, id: string): Promise<CompanyProfileEntity> {
    const certification = await this.certifications.findOneBy({ id });
    if (!certification) throw new NotFoundError('companyGroups.certificationNotFound');
    if (!mayEditCompany(principal, certification.organisationId))
      throw new ForbiddenError('companyGroups.notYourCompany');
    return this.dataSource.transaction(async (manager) => {
      const profile = await lockProfile(manager, certification.organisationId);
      const deleted = await manager.delete(CompanyCertificationEntity, { id });
      if (!deleted.affected) throw new NotFoundError('companyGroups.certificationNotFound');
      await this.afterChange(manager, principal, profile, 'company_groups.certification_removed', {
        kind: certification.kind,
        certificationId: id,
      });
      return profile;
    });
  }

  private async afterChange(
    manager: EntityManager,
    principal: Principal,
    profile: CompanyProfileEntity,
    action: string,
    metadata: Record<string, string>,
  ): Promise<void> {
    const held = await manager.find(CompanyCertificationEntity, {
      select: { kind: true },
      where: { organisationId: profile.organisationId },
    });
    await this.organisations.setCertificationMarks(
      manager,
      profile.organisationId,
      certificationMarks(held.map((c) => c.kind)),
    );
    await this.audit.record(
      {
        actorUserId: principal.userId,
        action,
        subjectType: 'company_profile',
        subjectId: profile.organisationId,
        metadata,
      },
      manager,
    );
  }
}
