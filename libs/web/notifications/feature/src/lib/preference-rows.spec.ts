import { channelLocked, withChannel } from './preference-rows';

const row = (transactional: boolean) => ({
  kind: 'SESSION_REMINDER' as const,
  email: true,
  inApp: true,
  line: false,
  transactional,
});

describe('preference rows', () => {
  it('flips the one channel she changed', () => {
    expect(withChannel(row(false), 'email', false)).toEqual({ ...row(false), email: false });
    expect(withChannel(row(false), 'line', true)).toEqual({ ...row(false), line: true });
    expect(withChannel(row(false), 'inApp', false)).toEqual({ ...row(false), inApp: false });
  });

  it('keeps the in-app record of a transactional kind, whatever is asked', () => {
    expect(withChannel(row(true), 'inApp', false).inApp).toBe(true);
    expect(channelLocked(row(true), 'inApp')).toBe(true);
    expect(channelLocked(row(true), 'email')).toBe(false);
    expect(channelLocked(row(false), 'inApp')).toBe(false);
  });
});
