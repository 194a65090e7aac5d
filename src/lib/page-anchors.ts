import type { PageKind } from './routes.ts';

/**
 * The one list of element ids the templates render, so a link to "#teams" or "/da/kontakt/#team-energy"
 * is checked against what the page really carries. Templates take their ids from here; headings of an
 * entry's own text get theirs from github-slugger, as Astro gives them (src/lib/markdown/heading-ids.ts).
 */
export const anchors = {
  /** <main>, the skip link's target, on every page. */
  main: 'content',
  searchInput: (prefix: string) => `${prefix}-search-q`,
  searchSector: 'search-sector',
  homeAreas: 'home-areas',
  homeTimeline: 'home-timeline',
  homeContact: 'home-contact',
  sector: (sector: string) => `sector-${sector}`,
  partnershipTimeline: 'partnership-timeline',
  programmePhases: 'programme-phases',
  programmeAreas: 'programme-areas',
  phase: (programmeId: string) => `phase-${programmeId}`,
  teams: 'teams',
  team: (teamId: string) => `team-${teamId}`,
  related: 'related',
} as const;

/** What decides which ids a page carries outside its text. */
export interface AnchorFacts {
  /** Sectors that have at least one area (home page groups). */
  sectors?: readonly string[];
  programmeIds?: readonly string[];
  teamIds?: readonly string[];
  /** The area lists related areas. */
  hasRelated?: boolean;
}

/** The ids the templates give a page of this kind, beside those of its text's headings. */
export function templateAnchors(kind: PageKind, facts: AnchorFacts): string[] {
  const ids: string[] = [anchors.main];
  ids.push(...(kind === 'search' ? [anchors.searchInput('page'), anchors.searchSector] : [anchors.searchInput('header')]));
  if (kind === 'home')
    ids.push(anchors.homeAreas, anchors.homeTimeline, anchors.homeContact, ...(facts.sectors ?? []).map(anchors.sector));
  if (kind === 'partnership') ids.push(anchors.partnershipTimeline);
  if (kind === 'programme')
    ids.push(anchors.programmePhases, anchors.programmeAreas, ...(facts.programmeIds ?? []).map(anchors.phase));
  if (kind === 'contact' && facts.teamIds?.length) ids.push(anchors.teams, ...facts.teamIds.map(anchors.team));
  if (kind === 'area' && facts.hasRelated) ids.push(anchors.related);
  return ids;
}
