export * from './lib/capabilities';
export * from './lib/course-files';
export * from './lib/fiscal-year';
export * from './lib/identity';
export * from './lib/lottery';
export * from './lib/name-search';
export * from './lib/seminars';
export * from './lib/validation';
