export * from './lib/account-emails.service';
export * from './lib/auth.service';
export * from './lib/return-seminar.service';
