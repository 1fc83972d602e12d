/** The catalogue module's public file: what other modules may use of it. */
export { CatalogueModule } from './catalogue.module';
export { CatalogueService, type SessionSeatsKeeper } from './catalogue.service';
