import type { APIRoute } from 'astro';
import { headersFile } from '../lib/security-headers';

/** Emits dist/_headers; a file named _headers.ts would be ignored by Astro's routing, hence the parameter. */
export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = () =>
  new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
