export * from './lib/identity.routes';
