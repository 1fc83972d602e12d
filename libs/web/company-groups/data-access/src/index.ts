export * from './lib/company-profiles.service';
