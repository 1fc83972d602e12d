import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogueService, type MeetingEntity, type SessionEntity } from '../../catalogue';
import { OrganisationsService } from '../../organisations';

/** What a seminar message says about its session: course, session, meetings, organiser's contact. */
export interface SeminarFacts {
  readonly session: SessionEntity;
  readonly courseTitle: string;
  /** In start order. */
  readonly meetings: readonly MeetingEntity[];
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly contactEmail: string | null;
    readonly contactPhone: string | null;
    readonly contactDepartment: string | null;
    readonly contactHours: string | null;
  };
}

/**
 * Loads a session's facts fresh when a message is rendered, through the catalogue's and the
 * organisations' public services (n2's reminders and digest read them the same way).
 */
@Injectable()
export class SeminarFactsLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly organisations: OrganisationsService,
  ) {}

  async load(sessionId: string): Promise<SeminarFacts> {
    const manager = this.dataSource.manager;
    const { session, course } = await this.catalogue.sessionWithCourse(manager, sessionId);
    const meetings = (await this.catalogue.meetingsOf(sessionId, manager)).sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime(),
    );
    const organisation = await this.organisations.get(course.providerOrganisationId);
    return {
      session,
      courseTitle: course.title,
      meetings,
      organisation: {
        id: organisation.id,
        name: organisation.name,
        contactEmail: organisation.contactEmail,
        contactPhone: organisation.contactPhone,
        contactDepartment: organisation.contactDepartment,
        contactHours: organisation.contactHours,
      },
    };
  }

  /** A loader that reads each session once (a page of notifications about the same sessions). */
  cached(): (sessionId: string) => Promise<SeminarFacts> {
    const cache = new Map<string, Promise<SeminarFacts>>();
    return (sessionId) => {
      let facts = cache.get(sessionId);
      if (!facts) {
        facts = this.load(sessionId);
        cache.set(sessionId, facts);
      }
      return facts;
    };
  }
}
