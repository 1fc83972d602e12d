export * from './lib/course-files';
export * from './lib/enrol-offer';
export * from './lib/fiscal-year';
export * from './lib/identity';
export * from './lib/lottery';
export * from './lib/organisation-contact';
export * from './lib/seminars';
export * from './lib/validation';
