import { HttpErrorResponse } from '@angular/common/http';
import { CombinedGraphQLErrors, ServerError, UnconventionalError } from '@apollo/client/errors';
import { appErrorText, hasUnauthenticatedError, toAppError } from './app-error';

const i18n = { t: (key: string) => `«${key}»` };

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

  it('treats an unknown code as the server’s trouble and never passes its raw message on', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'boom at line 3', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(toAppError(error)).toEqual({ code: 'SERVER', message: '' });
  });

  it('reads plain results that carry an errors array', () => {
    expect(toAppError({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })).toEqual({
      code: 'FORBIDDEN',
      message: 'no',
    });
  });

  it('maps a failed fetch to NETWORK without its raw text', () => {
    expect(toAppError(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', message: '' });
  });

  // What Apollo Angular's HttpLink throws when the API cannot be reached: not an Error, so it used to
  // be String()-ed into 「[object Object]」 on the page.
  it('maps Angular’s HttpErrorResponse by status: 0 is the network, 5xx the server', () => {
    const offline = new HttpErrorResponse({ status: 0, statusText: 'Unknown Error', url: '/graphql' });
    expect(toAppError(offline)).toEqual({ code: 'NETWORK', message: '' });
    expect(appErrorText(offline, i18n)).toBe('«errors.NETWORK»');
    const gateway = new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' });
    expect(toAppError(gateway)).toEqual({ code: 'SERVER', message: '' });
    expect(appErrorText(gateway, i18n)).toBe('«loadState.server»');
  });

  it('reads the GraphQL errors Apollo Server sends with HTTP 400', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: { errors: [{ message: 'IDが正しくありません。', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    expect(toAppError(error)).toEqual({ code: 'BAD_USER_INPUT', message: 'IDが正しくありません。' });
  });

  it('looks through Apollo’s wrapper for errors of unexpected shape', () => {
    const wrapped = new UnconventionalError(new HttpErrorResponse({ status: 0 }));
    expect(toAppError(wrapped).code).toBe('NETWORK');
  });

  it('maps Apollo’s ServerError by status, and anything else to UNKNOWN with our words', () => {
    const error = new ServerError('Bad gateway', {
      response: { status: 502 } as Response,
      bodyText: '',
    });
    expect(toAppError(error).code).toBe('SERVER');
    for (const odd of ['weird', { some: 'object' }, null, undefined, 42]) {
      expect(toAppError(odd)).toEqual({ code: 'UNKNOWN', message: '' });
      expect(appErrorText(odd, i18n)).toBe('«errors.UNKNOWN»');
      expect(appErrorText(odd, i18n)).not.toContain('[object Object]');
    }
  });

  it('says a refusal in the API’s localized words', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'この講座は見つかりません。', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(appErrorText(error, i18n)).toBe('この講座は見つかりません。');
  });

  it('names the limits: a request too complex keeps the API’s words, a body too large has ours', () => {
    const complex = new HttpErrorResponse({
      status: 400,
      error: {
        errors: [{ message: '問い合わせが複雑すぎます。', extensions: { code: 'QUERY_TOO_COMPLEX' } }],
      },
    });
    expect(toAppError(complex)).toEqual({ code: 'QUERY_TOO_COMPLEX', message: '問い合わせが複雑すぎます。' });
    // A proxy or body parser may answer 413 without a GraphQL body.
    const large = new HttpErrorResponse({ status: 413, error: '<html>413</html>' });
    expect(toAppError(large)).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '' });
    expect(appErrorText(large, i18n)).toBe('«errors.PAYLOAD_TOO_LARGE»');
  });

  it('detects UNAUTHENTICATED among result errors', () => {
    expect(hasUnauthenticatedError([{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }])).toBe(true);
    expect(hasUnauthenticatedError([{ message: 'x', extensions: { code: 'FORBIDDEN' } }])).toBe(false);
    expect(hasUnauthenticatedError(undefined)).toBe(false);
  });
});
