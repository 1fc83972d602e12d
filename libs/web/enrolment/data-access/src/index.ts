export * from './lib/enrolment.service';
export * from './lib/grouping';
export * from './lib/roster.service';
