export * from './lib/company-employees.service';
export * from './lib/company-files.service';
export * from './lib/company-groups.service';
export * from './lib/company-profiles.service';
export * from './lib/company-programmes.service';
export * from './lib/seat-pools.service';
