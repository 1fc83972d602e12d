export * from './lib/apollo.provider';
export * from './lib/app-error';
export * from './lib/download';
export * from './lib/form-errors';
export * from './lib/generated/graphql';
export * from './lib/session/session.guards';
export * from './lib/session/session.link';
export * from './lib/session/session.store';
