import { impossibleDate } from './shared.ts';

/**
 * Dates that say something has happened cannot lie after the day the content is judged on (time.ts,
 * contentDate: the build's day, or CONTENT_DATE): "updated" (when the text was last checked, shown as "Senest
 * opdateret …") in every collection, and a milestone's date (an event on the timeline, told as done). A period's
 * years are left alone: a programme may be planned, and a running one ends in the future.
 */

/** A date field whose value lies in the future: where it is written and what to tell the editor. */
export interface FutureDate {
  path: PropertyKey[];
  message: string;
}

/** The day after `day` ("YYYY-MM-DD"): the latest date that is already today somewhere on Earth (UTC+14). */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Whether a written date ("2031", "2031-01", "2031-01-01") begins after `today`. The content date is the
 * build's UTC day, and an editor in Beijing (UTC+8) writes a date up to a day ahead of it: one day's lead is
 * allowed. Dates the schema refuses (malformed, impossible) are left to it: false.
 */
function isFuture(written: unknown, today: string): written is string {
  if (typeof written !== 'string' || !/^\d{4}(?:-\d{2}){0,2}$/.test(written) || impossibleDate(written)) return false;
  const first = `${written}-01-01`.slice(0, 10);
  return first > dayAfter(today);
}

/**
 * The "happened already" dates of an entry of `collection` that lie after `today` ("YYYY-MM-DD"), each with
 * its path in the settings and a message. `data` is the file's settings as read; never throws.
 */
export function futureDates(collection: string, data: Record<string, unknown>, today: string): FutureDate[] {
  const found: FutureDate[] = [];
  const updated = data['updated'];
  if (isFuture(updated, today))
    found.push({
      path: ['updated'],
      message: `"${updated}" lies in the future (the content is checked on ${today}): "updated" is the day the text was last checked, so it cannot be a later day; write that day, e.g. "${today}"`,
    });
  const milestones = collection === 'partnership' && Array.isArray(data['milestones']) ? data['milestones'] : [];
  milestones.forEach((milestone: unknown, i) => {
    const date = milestone && typeof milestone === 'object' ? (milestone as Record<string, unknown>)['date'] : undefined;
    if (isFuture(date, today))
      found.push({
        path: ['milestones', i, 'date'],
        message: `"${date}" lies in the future (the content is checked on ${today}): the timeline shows what has happened; check the year for a typo, and write a step still planned in the programme's text instead`,
      });
  });
  return found;
}
