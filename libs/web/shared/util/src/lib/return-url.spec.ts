import { enrolSessionIdOf, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps paths of this site with their query and hash', () => {
    expect(safeReturnUrl('/seminars/sessions/abc/enrol')).toBe('/seminars/sessions/abc/enrol');
    expect(safeReturnUrl('/seminars?childcare=1#results')).toBe('/seminars?childcare=1#results');
    expect(safeReturnUrl('/my/seminars')).toBe('/my/seminars');
  });

  it.each([
    ['another origin', 'https://evil.example/x'],
    ['protocol-relative', '//evil.example'],
    ['backslash read as a slash', '/\\evil.example'],
    ['backslash later on', '/seminars\\..\\x'],
    ['a scheme', 'javascript:alert(1)'],
    ['encoded newline trick', '/\n/evil.example'],
    ['a tab', '/\t/evil.example'],
    ['relative without a slash', 'seminars'],
    ['empty', ''],
    ['the sign-in page (a loop)', '/sign-in?returnUrl=/x'],
    ['the sign-up page', '/sign-up'],
  ])('refuses %s', (_why, value) => {
    expect(safeReturnUrl(value)).toBeNull();
  });

  it('treats a scheme-looking first segment as a path of this site, not a scheme', () => {
    expect(safeReturnUrl('/javascript:alert(1)')).toBe('/javascript:alert(1)');
  });

  it('refuses nothing given and overlong values', () => {
    expect(safeReturnUrl(null)).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
    expect(safeReturnUrl(`/${'a'.repeat(2001)}`)).toBeNull();
  });
});

describe('enrolSessionIdOf', () => {
  it('finds the session of an enrol form', () => {
    const id = '0b6f2c1e-6a43-4f55-9a3e-1f2d3c4b5a69';
    expect(enrolSessionIdOf(`/seminars/sessions/${id}/enrol`)).toBe(id);
    expect(enrolSessionIdOf(`/seminars/sessions/${id}`)).toBeNull();
    expect(enrolSessionIdOf('/my/seminars')).toBeNull();
    expect(enrolSessionIdOf(null)).toBeNull();
  });
});
