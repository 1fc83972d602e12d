import {
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { provideTsunaguApollo, provideWebDomains } from '@tsunagu/web/shared/data-access';
import { APP_CONFIG, TranslatedTitleStrategy } from '@tsunagu/web/shared/util';
import { appRoutes, webDomains } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    { provide: APP_CONFIG, useValue: { graphqlUrl: '/graphql' } },
    provideTsunaguApollo(),
    provideWebDomains(webDomains),
  ],
};
