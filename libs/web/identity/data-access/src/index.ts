export * from './lib/auth.service';
