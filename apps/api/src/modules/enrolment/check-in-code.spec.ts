import { CheckInCodes } from './check-in-code';

describe(CheckInCodes.name, () => {
  const codes = new CheckInCodes('x'.repeat(40));
  const enrolment = '3f1c7a52-3a3c-4d53-9a55-3b7d0f4c2e11';
  const session = '9b7e0d1e-8c7a-4a5f-b0b1-2b8c9f0a1d22';

  it('verifies its own code', () => {
    expect(codes.verify(codes.sign(enrolment, session), enrolment, session)).toBe(true);
  });

  it('refuses a code for another session, a tampered code and another key', () => {
    const code = codes.sign(enrolment, session);
    expect(codes.verify(code, enrolment, '00000000-0000-0000-0000-000000000000')).toBe(false);
    expect(codes.verify(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`, enrolment, session)).toBe(
      false,
    );
    expect(new CheckInCodes('y'.repeat(40)).verify(code, enrolment, session)).toBe(false);
  });

  it('reads the claimed enrolment id only from a well-formed code', () => {
    expect(CheckInCodes.claimedEnrolmentId(codes.sign(enrolment, session))).toBe(enrolment);
    expect(CheckInCodes.claimedEnrolmentId('garbage')).toBeNull();
    // 36 characters of hex digits and dashes that are not a UUID (a foreign QR code): no id claimed.
    expect(CheckInCodes.claimedEnrolmentId(`${'-'.repeat(36)}.${'A'.repeat(22)}`)).toBeNull();
    expect(CheckInCodes.claimedEnrolmentId(`${'a'.repeat(36)}.${'A'.repeat(22)}`)).toBeNull();
  });
});
