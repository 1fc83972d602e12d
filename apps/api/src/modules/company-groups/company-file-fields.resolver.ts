import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, Public } from '../../core/auth/policy';
import { CompanyCertificationEntity } from './company-certification.entity';
import { companyFileUrl } from './company-files.service';
import { CompanyProfileEntity } from './company-profile.entity';

/** Where a company's logo and its certifications' evidence are served (access is decided there). */
@Resolver(() => CompanyProfileEntity)
export class CompanyLogoFieldResolver {
  @Allow(Public)
  @ResolveField(() => String, { nullable: true, description: 'Its logo image (public once approved)' })
  logoUrl(@Parent() profile: CompanyProfileEntity): string | null {
    return profile.logoFileId ? companyFileUrl(profile.logoFileId) : null;
  }
}

@Resolver(() => CompanyCertificationEntity)
export class CompanyEvidenceFieldResolver {
  @Allow(Authenticated)
  @ResolveField(() => String, {
    nullable: true,
    description: "Its evidence file (認定通知書): served only to the company's admins and secretariat",
  })
  evidenceUrl(@Parent() certification: CompanyCertificationEntity): string | null {
    return certification.evidenceFileId ? companyFileUrl(certification.evidenceFileId) : null;
  }
}
