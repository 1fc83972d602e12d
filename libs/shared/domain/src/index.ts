export * from './lib/fiscal-year';
export * from './lib/identity';
export * from './lib/seminars';
export * from './lib/validation';
export * from './lib/lottery';
