export * from './lib/company-profiles.service';
export * from './lib/seat-pools.service';
