import { hashToken } from '../../core/auth/token-hash';
import { accountToken, accountTokenId, accountTokenLink, matchesStoredHash } from './account-token-links';

const ID = '0b6f3c1e-7d2a-4c5b-9e8f-1a2b3c4d5e6f';
const env = { JWT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://tsunagu.example' };

describe('account token links', () => {
  it('derives the same token from the id and the secret, and another with another secret', () => {
    expect(accountToken(ID, env)).toBe(accountToken(ID, env));
    expect(accountToken(ID, env)).toMatch(new RegExp(`^${ID}\\.[A-Za-z0-9_-]{43}$`));
    expect(accountToken(ID, { JWT_SECRET: 'y'.repeat(40) })).not.toBe(accountToken(ID, env));
  });

  it('links to the page of its purpose with the token URL-encoded', () => {
    const token = accountToken(ID, env);
    expect(accountTokenLink('password_reset', ID, env)).toBe(
      `https://tsunagu.example/reset-password?token=${encodeURIComponent(token)}`,
    );
    expect(accountTokenLink('email_verification', ID, env)).toBe(
      `https://tsunagu.example/verify-email?token=${encodeURIComponent(token)}`,
    );
  });

  it('reads the id only from a well-formed token, and matches only the stored hash', () => {
    const token = accountToken(ID, env);
    expect(accountTokenId(token)).toBe(ID);
    for (const bad of ['', 'nope', ID, `${ID}.`, `${ID}.a.b`, `not-a-uuid.abc`, `${ID}.${'a'.repeat(300)}`]) {
      expect(accountTokenId(bad)).toBeNull();
    }
    expect(matchesStoredHash(token, hashToken(token))).toBe(true);
    expect(matchesStoredHash(`${token}x`, hashToken(token))).toBe(false);
    expect(matchesStoredHash(token, 'short')).toBe(false);
  });
});
