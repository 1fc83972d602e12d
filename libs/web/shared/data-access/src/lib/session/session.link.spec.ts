import { ApolloLink } from '@apollo/client/link';
import { parse } from 'graphql';
import { firstValueFrom, Observable, of, toArray } from 'rxjs';
import { createSessionLink, type SessionLinkDeps } from './session.link';

type Context = Record<string, unknown> & { headers?: Record<string, string> };

/** A minimal operation: the link only uses get/setContext. */
function fakeOperation(): ApolloLink.Operation {
  let context: Context = {};
  return {
    query: parse('query Me { me { id } }'),
    variables: {},
    operationName: 'Me',
    extensions: {},
    getContext: () => context,
    setContext: (next: Context | ((prev: Context) => Context)) => {
      context = { ...context, ...(typeof next === 'function' ? next(context) : next) };
      return context;
    },
  } as unknown as ApolloLink.Operation;
}

const unauthenticated: ApolloLink.Result = {
  errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }],
};
const ok: ApolloLink.Result = { data: { me: { id: '1' } } };

function setup(answers: ApolloLink.Result[], refreshResult: boolean) {
  let token: string | null = 'old-token';
  const seenAuthHeaders: (string | undefined)[] = [];
  const deps: SessionLinkDeps = {
    accessToken: () => token,
    locale: () => 'en',
    refresh: jest.fn(async () => {
      if (refreshResult) token = 'new-token';
      return refreshResult;
    }),
    clear: jest.fn(() => (token = null)),
  };
  const forward = jest.fn((operation: ApolloLink.Operation): Observable<ApolloLink.Result> => {
    const headers = (operation.getContext() as Context).headers ?? {};
    seenAuthHeaders.push(headers['authorization']);
    return of(answers.shift() ?? ok);
  });
  const link = createSessionLink(deps);
  const run = () => firstValueFrom(link.request(fakeOperation(), forward).pipe(toArray()));
  return { deps, forward, run, seenAuthHeaders };
}

describe(createSessionLink.name, () => {
  it('sends the bearer token, the language and the CSRF preflight header', async () => {
    const { run, forward } = setup([ok], true);
    await run();
    const operation = forward.mock.calls[0]?.[0];
    expect((operation?.getContext() as Context).headers).toEqual({
      authorization: 'Bearer old-token',
      'accept-language': 'en',
      'apollo-require-preflight': 'true',
    });
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new token', async () => {
    const { run, deps, forward, seenAuthHeaders } = setup([unauthenticated, ok], true);
    const results = await run();
    expect(results).toEqual([ok]);
    expect(deps.refresh).toHaveBeenCalledTimes(1);
    expect(forward).toHaveBeenCalledTimes(2);
    expect(seenAuthHeaders).toEqual(['Bearer old-token', 'Bearer new-token']);
    expect(deps.clear).not.toHaveBeenCalled();
  });

  it('does not refresh a second time when the retry is refused too', async () => {
    const { run, deps, forward } = setup([unauthenticated, unauthenticated], true);
    const results = await run();
    expect(results).toEqual([unauthenticated]);
    expect(deps.refresh).toHaveBeenCalledTimes(1);
    expect(forward).toHaveBeenCalledTimes(2);
  });

  it('clears the session and passes the error on when the refresh fails', async () => {
    const { run, deps, forward } = setup([unauthenticated], false);
    const results = await run();
    expect(results).toEqual([unauthenticated]);
    expect(deps.refresh).toHaveBeenCalledTimes(1);
    expect(deps.clear).toHaveBeenCalledTimes(1);
    expect(forward).toHaveBeenCalledTimes(1);
  });

  it('leaves other errors alone', async () => {
    const forbidden: ApolloLink.Result = { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] };
    const { run, deps } = setup([forbidden], true);
    expect(await run()).toEqual([forbidden]);
    expect(deps.refresh).not.toHaveBeenCalled();
  });
});
