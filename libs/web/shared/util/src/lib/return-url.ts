/**
 * Where to go after signing in or up: only a path of this site. Anything that could leave it — another
 * origin (`https://…`, `//evil.example`, `/\evil.example`, which browsers read as `//`), a scheme
 * (`javascript:`), control characters or backslashes anywhere — is refused, so `returnUrl` can never be
 * an open redirect. The sign-in and sign-up pages themselves are refused too (a loop).
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, 'https://tsunagu.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'https://tsunagu.invalid') return null;
  if (/^\/(sign-in|sign-up)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The session id when the return URL is a seminar's enrol form (`/seminars/sessions/:id/enrol`). */
export function enrolSessionIdOf(returnUrl: string | null): string | null {
  const match = returnUrl?.match(/^\/seminars\/sessions\/([0-9a-f-]{36})\/enrol(?:[?#]|$)/i);
  return match?.[1] ?? null;
}
