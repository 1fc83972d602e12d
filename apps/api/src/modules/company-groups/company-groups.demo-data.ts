import {
  corporateNumberCheckDigit,
  type CompanyCertificationKind,
  type CompanySizeBand,
  type IndustryMajorGroup,
} from '@tsunagu/shared/domain';
import type { DemoContext, DemoData } from '../../core/registration/domain-registration';
import { DEMO_USER_IDS } from '../identity';
import { DEMO_ORGANISATION_IDS } from '../organisations';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyContactEntity } from './company-contact.entity';
import {
  CompanyConsentEntity,
  CompanyConsentEventEntity,
  CompanyEmploymentEntity,
} from './company-employment.entity';
import { CompanyProfileEntity } from './company-profile.entity';
import { seedGroupBoard } from './groups/group-board.demo-data';
import { seedSeatPools } from './seat-pools/seat-pools.demo-data';

interface DemoCompany {
  /** The organisations demo data's key. */
  key: string;
  nameKana: string;
  /**
   * 12 base digits of a fictional 法人番号 (registry office 9999, which does not exist), the check digit
   * computed below as the NTA defines it.
   */
  base: string;
  industry: IndustryMajorGroup;
  sizeBand: CompanySizeBand;
  postalCode: string;
  address: string;
  website?: string;
  /** The same kinds as the organisation's marks in the organisations demo data, with past dates. */
  certifications: { kind: CompanyCertificationKind; certifiedOn: string; otherName?: string }[];
  contact?: { name: string; department: string; email: string; phone: string };
}

const COMPANIES: DemoCompany[] = [
  {
    key: 'mirai',
    nameKana: 'カブシキガイシャミライショクヒン',
    base: '999901000001',
    industry: 'E',
    sizeBand: '100_299',
    postalCode: '311-3400',
    address: '茨城県小美玉市小川1-1-1',
    website: 'https://mirai-foods.demo.tsunagu.jp',
    certifications: [
      { kind: 'kurumin', certifiedOn: '2022-10-01' },
      { kind: 'eruboshi_2', certifiedOn: '2024-03-15' },
      { kind: 'other', otherName: 'ユースエール', certifiedOn: '2023-06-01' },
    ],
    contact: {
      name: '鈴木 恵子',
      department: '総務部 人事課',
      email: 'hr@demo.tsunagu.jp',
      phone: '0299-00-2001',
    },
  },
  {
    key: 'hitachi',
    nameKana: 'ヒタチセイキカブシキガイシャ',
    base: '999901000002',
    industry: 'E',
    sizeBand: '300_999',
    postalCode: '311-3401',
    address: '茨城県小美玉市羽鳥2-2-2',
    certifications: [{ kind: 'eruboshi_3', certifiedOn: '2021-12-01' }],
  },
  {
    key: 'hibari',
    nameKana: 'カブシキガイシャヒバリシステムズ',
    base: '999901000003',
    industry: 'G',
    sizeBand: '30_99',
    postalCode: '311-3402',
    address: '茨城県小美玉市堅倉3-3-3',
    website: 'https://hibari.demo.tsunagu.jp',
    certifications: [{ kind: 'platinum_kurumin', certifiedOn: '2023-04-01' }],
  },
  {
    key: 'kasumi',
    nameKana: 'カスミガウラシンヨウキンコ',
    base: '999901000004',
    industry: 'J',
    sizeBand: '1000_plus',
    postalCode: '311-3403',
    address: '茨城県小美玉市中延4-4-4',
    certifications: [],
  },
];

/** The demo companies' fictional 法人番号, valid by the check digit. */
export function demoCorporateNumber(base: string): string {
  return `${corporateNumberCheckDigit(base)}${base}`;
}

/**
 * Demo employees: the demo learner and the demo employee work at ミライ食品 (the employee shares her
 * participation and may be nominated; the learner consents to nothing), and ひばりシステムズ has invited
 * the learner too (she has not answered yet).
 */
const EMPLOYEES: { email: string; company: string; status: 'active' | 'invited'; consents: boolean }[] = [
  { email: 'employee@demo.tsunagu.jp', company: 'mirai', status: 'active', consents: true },
  { email: 'learner@demo.tsunagu.jp', company: 'mirai', status: 'active', consents: false },
  { email: 'learner@demo.tsunagu.jp', company: 'hibari', status: 'invited', consents: false },
];

/** The demo links and consents, unless the first demo company has any link already. */
async function seedEmployees({ manager, refs }: DemoContext): Promise<boolean> {
  const orgIds = refs.get(DEMO_ORGANISATION_IDS);
  const userIds = refs.get(DEMO_USER_IDS);
  const firstId = orgIds?.get(EMPLOYEES[0]?.company ?? '');
  if (!orgIds || !userIds || !firstId) return false;
  if (await manager.findOneBy(CompanyEmploymentEntity, { organisationId: firstId })) return false;
  const hrId = userIds.get('hr@demo.tsunagu.jp') ?? null;
  for (const e of EMPLOYEES) {
    const organisationId = orgIds.get(e.company);
    const userId = userIds.get(e.email);
    if (!organisationId || !userId) continue;
    const active = e.status === 'active';
    await manager.insert(CompanyEmploymentEntity, {
      organisationId,
      userId,
      status: e.status,
      confirmedAt: active ? new Date() : null,
      confirmedBy: active ? hrId : null,
    });
    if (!e.consents) continue;
    await manager.insert(CompanyConsentEntity, {
      organisationId,
      userId,
      sharesParticipation: true,
      allowsNomination: true,
    });
    await manager.insert(CompanyConsentEventEntity, [
      { organisationId, userId, field: 'shares_participation', value: true, by: userId },
      { organisationId, userId, field: 'allows_nomination', value: true, by: userId },
    ]);
  }
  return true;
}

/**
 * Approved profiles for the demo partner companies, with the 小美玉市 secretariat, unless the first one
 * has a profile already (so a database seeded before this module gets them too). Their marks are already
 * on the organisations (the organisations demo data): the certifications here match them.
 */
export const companyGroupsDemoData: DemoData = {
  async seed(context: DemoContext): Promise<boolean> {
    const profiles = await seedProfiles(context);
    const employees = await seedEmployees(context);
    const board = await seedGroupBoard(context);
    const pools = await seedSeatPools(context);
    return profiles || employees || board || pools;
  },
};

async function seedProfiles({ manager, refs }: DemoContext): Promise<boolean> {
  const orgIds = refs.get(DEMO_ORGANISATION_IDS);
  const cityId = orgIds?.get('city');
  const firstId = orgIds?.get(COMPANIES[0]?.key ?? '');
  if (!orgIds || !cityId || !firstId) return false;
  if (await manager.findOneBy(CompanyProfileEntity, { organisationId: firstId })) return false;
  const userIds = refs.get(DEMO_USER_IDS);
  const staffId = userIds?.get('staff@demo.tsunagu.jp') ?? null;
  const hrId = userIds?.get('hr@demo.tsunagu.jp') ?? null;
  for (const company of COMPANIES) {
    const organisationId = orgIds.get(company.key);
    if (!organisationId) continue;
    await manager.insert(CompanyProfileEntity, {
      organisationId,
      nameKana: company.nameKana,
      corporateNumber: demoCorporateNumber(company.base),
      industry: company.industry,
      sizeBand: company.sizeBand,
      postalCode: company.postalCode,
      address: company.address,
      website: company.website ?? null,
      status: 'approved',
      secretariatOrganisationId: cityId,
      declineReason: null,
      appliedBy: company.key === 'mirai' ? hrId : null,
      decidedBy: staffId,
      decidedAt: new Date(),
    });
    if (company.contact)
      await manager.insert(CompanyContactEntity, { organisationId, ...company.contact, position: 1 });
    for (const c of company.certifications) {
      await manager.insert(CompanyCertificationEntity, {
        organisationId,
        kind: c.kind,
        otherName: c.otherName ?? null,
        certifiedOn: c.certifiedOn,
      });
    }
  }
  return true;
}
