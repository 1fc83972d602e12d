import type { CompanyProfile } from '@tsunagu/web/company-groups/data-access';
import {
  companyFieldMessage,
  companyProfileForm,
  contactGroup,
  fillProfileForm,
  profileInput,
} from './company-form';
import { certificationName, formatCorporateNumber } from './company-texts';

const profile: CompanyProfile = {
  organisationId: 'o1',
  name: '株式会社みらい製作',
  nameKana: 'ミライセイサク',
  corporateNumber: '9999911111117',
  industry: 'E',
  sizeBand: 'size_100_299',
  postalCode: '311-3492',
  address: null,
  website: null,
  logoUrl: null,
  status: 'approved',
  declineReason: null,
  appliedAt: null,
  decidedAt: null,
  contacts: [{ id: 'c1', name: '鈴木 恵子', department: null, email: 'hr@example.jp', phone: null }],
  certifications: [],
};

const i18n = { t: (key: string) => key } as never;

describe('company form', () => {
  it('is filled from a profile, its contact list rebuilt to the right length', () => {
    const form = companyProfileForm();
    form.controls.contacts.push(contactGroup());
    form.controls.contacts.push(contactGroup());
    fillProfileForm(form, profile);
    expect(form.controls.contacts.length).toBe(1);
    expect(form.getRawValue()).toMatchObject({
      name: '株式会社みらい製作',
      address: '',
      contacts: [{ name: '鈴木 恵子', department: '', email: 'hr@example.jp', phone: '' }],
    });
    expect(form.valid).toBe(true);
  });

  it('sends trimmed values; blank optional fields as "" (cleared), blank contact parts left out', () => {
    const form = companyProfileForm();
    fillProfileForm(form, profile);
    form.patchValue({ address: '  ', website: ' https://example.jp ' });
    expect(profileInput(form.getRawValue())).toEqual({
      name: '株式会社みらい製作',
      nameKana: 'ミライセイサク',
      corporateNumber: '9999911111117',
      industry: 'E',
      sizeBand: 'size_100_299',
      postalCode: '311-3492',
      address: '',
      website: 'https://example.jp',
      contacts: [{ name: '鈴木 恵子', email: 'hr@example.jp' }],
    });
  });

  it('refuses a 法人番号 whose check digit is wrong, and accepts full-width digits and hyphens', () => {
    const control = companyProfileForm().controls.corporateNumber;
    control.setValue('1234567890123');
    expect(control.errors).toEqual({ corporateNumber: true });
    expect(companyFieldMessage(i18n, control, true)).toBe('companies.validation.corporateNumber');
    control.setValue('９-9999-1111-1117');
    expect(control.errors).toBeNull();
  });

  it("shows the API's message rather than its own once the API has answered", () => {
    const control = companyProfileForm().controls.postalCode;
    control.setValue('12');
    expect(companyFieldMessage(i18n, control, true)).toBe('companies.validation.postalCode');
    control.setErrors({ ...control.errors, server: '郵便番号は7桁の数字で入力してください。' });
    expect(companyFieldMessage(i18n, control, true)).toBe('郵便番号は7桁の数字で入力してください。');
    expect(companyFieldMessage(i18n, control, false)).toBeNull();
  });

  it('needs a contact person’s name and a valid email', () => {
    const contact = contactGroup({ name: '', email: 'nope' });
    expect(contact.controls.name.errors).toEqual({ required: true });
    expect(contact.controls.email.errors).toEqual({ email: true });
  });
});

describe('company texts', () => {
  it('groups a 法人番号 for reading', () => {
    expect(formatCorporateNumber('9999911111117')).toBe('9 9999 1111 1117');
    expect(formatCorporateNumber('123')).toBe('123');
  });

  it('names an "other" certification by its own name, a mark by its label', () => {
    expect(certificationName(i18n, { kind: 'other', otherName: 'ユースエール' })).toBe('ユースエール');
    expect(certificationName(i18n, { kind: 'kurumin', otherName: null })).toBe(
      'companies.certification.kurumin',
    );
  });
});
