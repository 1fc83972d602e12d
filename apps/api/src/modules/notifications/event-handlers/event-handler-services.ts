import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../../catalogue';
import { OrganisationsService } from '../../organisations';

/**
 * What event handlers may ask of other modules (through their public files), in the relay's
 * transaction. A handler for a new domain adds the service it needs here.
 */
@Injectable()
export class EventHandlerServices {
  constructor(
    readonly catalogue: CatalogueService,
    readonly organisations: OrganisationsService,
  ) {}
}
