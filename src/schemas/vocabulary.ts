/**
 * Closed vocabularies. Their labels live in the i18n dictionaries, so adding a value here
 * without a label there is a type error.
 */

/** Sectors of the cooperation areas, derived from the ten green agreements in the embassy's page. */
export const sectors = ['energy', 'urban', 'water', 'maritime', 'environment'] as const;
export type Sector = (typeof sectors)[number];

/** Where a programme or an area stands today. */
export const statuses = ['planned', 'current', 'concluded', 'superseded'] as const;
export type Status = (typeof statuses)[number];
