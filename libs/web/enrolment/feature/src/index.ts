export * from './lib/enrolment.routes';
