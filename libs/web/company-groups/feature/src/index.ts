export * from './lib/company-groups.routes';
