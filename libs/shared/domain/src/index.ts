export * from './lib/fiscal-year';
export * from './lib/identity';
export * from './lib/validation';
