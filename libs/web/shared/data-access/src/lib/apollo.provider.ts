import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { InMemoryCache } from '@apollo/client/cache';
import { ApolloLink } from '@apollo/client/link';
import { APP_CONFIG, I18nService } from '@tsunagu/web/shared/util';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { createSessionLink } from './session/session.link';
import { SessionStore } from './session/session.store';

/** Apollo wired to the API with the session link; restores a remembered session at start-up. */
export function provideTsunaguApollo(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch()),
    provideApollo(() => {
      const httpLink = inject(HttpLink);
      const config = inject(APP_CONFIG);
      const session = inject(SessionStore);
      const i18n = inject(I18nService);
      const sessionLink = createSessionLink({
        accessToken: () => session.accessToken(),
        locale: () => i18n.locale(),
        refresh: () => session.refresh(),
        clear: () => session.clear(),
      });
      return {
        link: ApolloLink.from([sessionLink, httpLink.create({ uri: config.graphqlUrl })]),
        cache: new InMemoryCache(),
        defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
      };
    }),
    provideAppInitializer(async () => {
      const session = inject(SessionStore);
      const i18n = inject(I18nService);
      await session.restore();
      const user = session.user();
      if (user) i18n.setLocale(user.preferredLocale);
    }),
  ]);
}
