/**
 * "Did you mean" for editors: the known word nearest to what was typed, when it is near enough
 * to be a slip (a swapped, missing or extra letter, or different capitals).
 */

/** Edit distance counting a swap of two neighbouring letters as one edit ("titel" → "title"). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate nearest to `typed`, or undefined when none is close enough to be what was meant. */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(norm(typed), norm(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const allowed = Math.max(1, Math.floor(norm(typed).length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Field names Danish editors may reach for; offered only where the field exists. */
export const danishNames: Record<string, string> = {
  titel: 'title',
  overskrift: 'title',
  navn: 'name',
  resume: 'summary',
  resumé: 'summary',
  sammendrag: 'summary',
  beskrivelse: 'summary',
  sektor: 'sector',
  nøgleord: 'keywords',
  noegleord: 'keywords',
  søgeord: 'keywords',
  soegeord: 'keywords',
  rækkefølge: 'order',
  raekkefoelge: 'order',
  nummer: 'order',
  opdateret: 'updated',
  partnere: 'partners',
  periode: 'period',
  relaterede: 'related',
  relateret: 'related',
  telefon: 'phone',
  adresse: 'address',
  mail: 'email',
  'e-mail': 'email',
  tekst: 'text',
  dato: 'date',
  hold: 'teams',
};

