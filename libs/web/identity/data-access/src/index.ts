export * from './lib/auth.service';
export * from './lib/return-seminar.service';
