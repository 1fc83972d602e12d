import { UnsubscribeTokens } from './unsubscribe-tokens';

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('x'.repeat(40));
  const userId = '11111111-2222-3333-4444-555555555555';

  it('names one person and one kind, and only a genuine token does', () => {
    const token = tokens.sign(userId, 'session_reminder');
    expect(tokens.verify(token)).toEqual({ userId, kind: 'session_reminder' });
    expect(tokens.verify(token.replace('session_reminder', 'enrolment_confirmed'))).toBeNull();
    expect(tokens.verify(token.replace('11111111', '21111111'))).toBeNull();
    expect(tokens.verify(`${token}x`)).toBeNull();
    expect(tokens.verify('nope')).toBeNull();
    expect(tokens.verify(`${userId}.no_such_kind.abc`)).toBeNull();
    expect(new UnsubscribeTokens('y'.repeat(40)).verify(token)).toBeNull();
  });
});
