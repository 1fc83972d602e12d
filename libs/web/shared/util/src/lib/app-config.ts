import { InjectionToken } from '@angular/core';

export interface AppConfig {
  /** Where the GraphQL API answers; the dev server proxies it to the API. */
  readonly graphqlUrl: string;
}

export const APP_CONFIG = new InjectionToken<AppConfig>('APP_CONFIG', {
  providedIn: 'root',
  factory: () => ({ graphqlUrl: '/graphql' }),
});
