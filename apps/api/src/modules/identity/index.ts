/** The identity module's public file: other modules import identity only from here. */
export { ACCOUNT_TOKEN_TTL_MINUTES, accountTokenLink } from './account-token-links';
export type { AccountTokenPurpose } from './account-token.entity';
export { IDENTITY_EVENT_FIELDS } from './identity-events';
export type { AccountTokenIssued, IdentityEventPayloads } from './identity-events';
export {
  DEMO_USER_IDS,
  anyUserExists,
  demoAccountsExist,
  demoAccountsTable,
  identityDemoData,
} from './identity.demo-data';
export { IdentityModule } from './identity.module';
export { PasswordService } from './password.service';
export { USER_DIRECTORY } from './user-read-models';
export { UserEntity } from './user.entity';
export { UsersService } from './users.service';
