export * from './lib/members.service';
export * from './lib/organisation-contact.service';
