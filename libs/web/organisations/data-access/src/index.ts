export * from './lib/members.service';
