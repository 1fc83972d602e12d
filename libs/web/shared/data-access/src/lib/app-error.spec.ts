import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { hasUnauthenticatedError, toAppError } from './app-error';

describe(toAppError.name, () => {
  it('maps BAD_USER_INPUT with its localized per-field messages', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: '入力内容を確認してください。',
          extensions: { code: 'BAD_USER_INPUT', fields: { email: 'このメールアドレスは使えません。' } },
        },
      ],
    });
    expect(toAppError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: '入力内容を確認してください。',
      fields: { email: 'このメールアドレスは使えません。' },
    });
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'] as const)(
    'keeps the %s code and message',
    (code) => {
      const error = new CombinedGraphQLErrors({ errors: [{ message: 'msg', extensions: { code } }] });
      expect(toAppError(error)).toEqual({ code, message: 'msg' });
    },
  );

  it('treats an unknown code as UNKNOWN', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(toAppError(error)).toEqual({ code: 'UNKNOWN', message: 'boom' });
  });

  it('reads plain results that carry an errors array', () => {
    expect(toAppError({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })).toEqual({
      code: 'FORBIDDEN',
      message: 'no',
    });
  });

  it('maps a failed fetch to NETWORK', () => {
    expect(toAppError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('maps other errors to UNKNOWN', () => {
    const error = new ServerError('Bad gateway', {
      response: { status: 502 } as Response,
      bodyText: '',
    });
    expect(toAppError(error).code).toBe('UNKNOWN');
    expect(toAppError('weird').code).toBe('UNKNOWN');
  });

  it('detects UNAUTHENTICATED among result errors', () => {
    expect(hasUnauthenticatedError([{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }])).toBe(true);
    expect(hasUnauthenticatedError([{ message: 'x', extensions: { code: 'FORBIDDEN' } }])).toBe(false);
    expect(hasUnauthenticatedError(undefined)).toBe(false);
  });
});
