import { appPath } from './app-path';

/** The addresses of the identity pages: its route table and every link to them read these. */
export const IDENTITY_PATHS = {
  signIn: appPath('/sign-in'),
  signUp: appPath('/sign-up'),
  account: appPath('/account'),
  /** Asks for a reset link by email. */
  forgotPassword: appPath('/forgot-password'),
  /** Opened from the reset mail: `?token=`. */
  resetPassword: appPath('/reset-password'),
  /** Opened from the verification mail: `?token=`. */
  verifyEmail: appPath('/verify-email'),
} as const;
