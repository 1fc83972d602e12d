export * from './lib/company-groups.service';
export * from './lib/company-profiles.service';
