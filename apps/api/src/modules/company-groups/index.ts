/**
 * The company-groups module's public file: other modules import it only from here. Later steps (groups,
 * seat pools, nominations) read whether a company is approved through `CompanyProfilesService`, and
 * whether she is its employee and consents to being nominated through `CompanyEmploymentsService`
 * (`isEmployee`, `allowsNomination`).
 */
export { CompanyEmploymentsService } from './company-employments.service';
export { CompanyGroupsModule } from './company-groups.module';
export { CompanyProfileEntity } from './company-profile.entity';
export { CompanyProfilesService } from './company-profiles.service';
