import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CompanyConsentEntity, CompanyConsentEventEntity } from './company-employment.entity';

interface ConsentChange {
  sharesParticipation?: boolean;
  allowsNomination?: boolean;
}

const COLUMNS = {
  sharesParticipation: 'shares_participation',
  allowsNomination: 'allows_nomination',
} as const;

/**
 * Sets consent flags inside the caller's transaction (which holds the link's lock) and records each flag
 * that changed in `company_consent_events`, by whom: the one place consent is written.
 */
@Injectable()
export class ConsentRecorder {
  async set(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    by: string,
    change: ConsentChange,
  ): Promise<void> {
    const current = await manager.findOneBy(CompanyConsentEntity, { organisationId, userId });
    const next = {
      sharesParticipation: change.sharesParticipation ?? current?.sharesParticipation ?? false,
      allowsNomination: change.allowsNomination ?? current?.allowsNomination ?? false,
    };
    const changed = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter(
      (key) => change[key] !== undefined && next[key] !== (current?.[key] ?? false),
    );
    if (!changed.length) return;
    await manager.upsert(CompanyConsentEntity, { organisationId, userId, ...next, updatedAt: new Date() }, [
      'organisationId',
      'userId',
    ]);
    await manager.insert(
      CompanyConsentEventEntity,
      changed.map((key) => ({ organisationId, userId, field: COLUMNS[key], value: next[key], by })),
    );
  }
}
