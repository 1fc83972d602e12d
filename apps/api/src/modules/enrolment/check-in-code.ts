import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The QR code of a confirmed enrolment: `<enrolmentId>.<mac>`, where the MAC binds the enrolment to its
 * session under a server key. A forged code fails the MAC; a genuine code for another session is told
 * apart so staff see why it was refused.
 */
export class CheckInCodes {
  constructor(private readonly secret: string) {}

  private mac(enrolmentId: string, sessionId: string): string {
    return createHmac('sha256', `check-in:${this.secret}`)
      .update(`${enrolmentId}:${sessionId}`)
      .digest('base64url')
      .slice(0, 22);
  }

  sign(enrolmentId: string, sessionId: string): string {
    return `${enrolmentId}.${this.mac(enrolmentId, sessionId)}`;
  }

  /** The enrolment id the code claims, before its MAC is checked against the enrolment's real session. */
  static claimedEnrolmentId(code: string): string | null {
    // A UUID exactly (a foreign QR code of 36 hex digits and dashes must not reach PostgreSQL as an id).
    const match =
      /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{22})$/i.exec(
        code.trim(),
      );
    return match?.[1] ?? null;
  }

  verify(code: string, enrolmentId: string, sessionId: string): boolean {
    const expected = Buffer.from(this.sign(enrolmentId, sessionId));
    const given = Buffer.from(code.trim());
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
