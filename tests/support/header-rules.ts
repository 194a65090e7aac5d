/**
 * The security rules a response's headers must meet, written from Mozilla's HTTP Observatory scoring
 * (see /work/shared/QUALITY.md, "Headers and CSP"), independently of src/lib/security-headers.ts: the tests
 * hold the site's headers, as a host really sends them, against these rules rather than against the code
 * that wrote them.
 */

/** Six months, the least HSTS max-age the Observatory accepts (seconds). */
export const minimumHstsSeconds = 15_768_000;
/** A year: how long content-named files may be kept (seconds). */
export const yearSeconds = 31_536_000;
/** Referrer policies that never send a path to another origin, nor anything over plain HTTP. */
export const safeReferrerPolicies = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

/** Header names in lower case, each with the values sent (a header sent twice has two). */
export type HeaderValues = ReadonlyMap<string, readonly string[]>;

/** A fetch Response's headers in the same shape (fetch joins repeated headers with ", "). */
export function headersOfResponse(response: Response): Map<string, string[]> {
  return new Map([...response.headers].map(([name, value]) => [name.toLowerCase(), [value]]));
}

/** CSP directives by name, each with its source list: "default-src 'none'; img-src 'self'" -> Map. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    // The first occurrence of a directive counts; browsers ignore repeats (CSP 3, §2.2).
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * Every way the headers break the rules, in words ([] when they meet them all): a CSP without
 * 'unsafe-inline' or 'unsafe-eval', with default-src and frame-ancestors 'none'; HSTS of six months or more;
 * nosniff; a safe Referrer-Policy; COOP and CORP same-origin.
 */
export function securityProblems(headers: HeaderValues): string[] {
  const problems: string[] = [];
  const one = (name: string): string | undefined => {
    const values = headers.get(name) ?? [];
    if (values.length > 1) problems.push(`${name} is sent ${values.length} times: ${values.join(' | ')}`);
    return values[0];
  };
  const csp = one('content-security-policy');
  if (csp === undefined) problems.push('no Content-Security-Policy');
  else {
    const directives = parseCsp(csp);
    for (const [name, values] of directives) {
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"]) {
        if (values.includes(unsafe)) problems.push(`CSP ${name} allows ${unsafe}`);
      }
      if (values.some((v) => v === '*' || v === 'http:' || v === 'https:' || v === 'data:'))
        problems.push(`CSP ${name} allows any host or data: (${values.join(' ')})`);
    }
    if (directives.get('default-src')?.join(' ') !== "'none'") problems.push(`CSP default-src is not 'none': ${directives.get('default-src')?.join(' ')}`);
    if (directives.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`CSP frame-ancestors is not 'none'`);
    if (directives.get('object-src')?.join(' ') !== "'none'" && directives.get('default-src')?.join(' ') !== "'none'") problems.push(`CSP lets plugins load`);
  }
  const hsts = one('strict-transport-security');
  const maxAge = Number(hsts?.match(/(?:^|;)\s*max-age=(\d+)/i)?.[1] ?? NaN);
  if (!(maxAge >= minimumHstsSeconds)) problems.push(`Strict-Transport-Security max-age is under six months: ${hsts}`);
  if (one('x-content-type-options')?.toLowerCase() !== 'nosniff') problems.push('X-Content-Type-Options is not nosniff');
  const referrer = one('referrer-policy');
  // Browsers take the last policy they know from a comma-separated list.
  const effective = referrer?.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean).at(-1);
  if (!effective || !safeReferrerPolicies.includes(effective)) problems.push(`Referrer-Policy is not safe: ${referrer}`);
  if (one('cross-origin-opener-policy') !== 'same-origin') problems.push('Cross-Origin-Opener-Policy is not same-origin');
  if (one('cross-origin-resource-policy') !== 'same-origin') problems.push('Cross-Origin-Resource-Policy is not same-origin');
  return problems;
}

/** Cache-Control directives by name: "public, max-age=31536000, immutable" -> { public: '', 'max-age': '31536000', … }. */
export function cacheDirectives(headers: HeaderValues): Map<string, string> {
  const value = (headers.get('cache-control') ?? []).join(',');
  return new Map(
    value
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, arg = ''] = d.split('=');
        return [name!.toLowerCase(), arg.replace(/^"|"$/g, '')] as const;
      }),
  );
}

/** Problems with the caching of a file named after its content: it should be kept a year, unchanged. */
export function immutableProblems(path: string, headers: HeaderValues): string[] {
  const cache = cacheDirectives(headers);
  return cache.has('immutable') && Number(cache.get('max-age')) >= yearSeconds && !cache.has('no-cache') && !cache.has('no-store')
    ? []
    : [`${path} is named after its content but not kept a year as immutable: ${(headers.get('cache-control') ?? []).join(', ') || 'no Cache-Control'}`];
}

/** Problems with the caching of a page or other file whose address stays while its content changes. */
export function revalidatedProblems(path: string, headers: HeaderValues): string[] {
  const cache = cacheDirectives(headers);
  return cache.has('immutable') || Number(cache.get('max-age') ?? 0) > 3600
    ? [`${path} keeps its address when it changes but may be kept unchecked: ${(headers.get('cache-control') ?? []).join(', ')}`]
    : [];
}

/**
 * Whether a file's name carries a hash of its content, as the build's tools write them: Vite's
 * "name.DsWUMry3.js" and Pagefind's "da_1d577e7.pf_fragment".
 */
export function isContentNamed(path: string): boolean {
  const name = path.split('/').at(-1)!;
  return /\.[A-Za-z0-9_-]{8}\.(js|css|svg|webp|avif|woff2)$/.test(name) || /_[0-9a-f]{7,}\.pf_[a-z]+$/.test(name);
}
