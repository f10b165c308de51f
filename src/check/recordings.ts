/** Webinars that took place and have no recording link yet: visitors find nothing to watch. */
import { phaseAt, type Timing } from '../rules/webinar-phase.ts';
import { isPublished } from '../schemas/collections.ts';
import type { CheckedEntry, Warning } from './types.ts';

export function webinarsWithoutReplay(entries: CheckedEntry[], now: Date): Warning[] {
  return entries
    .filter((e) => e.collection === 'webinars' && e.data && isPublished('webinars', e.raw))
    .filter((e) => phaseAt(e.data as unknown as Timing, now) === 'ended' && !e.data!.replayUrl)
    .map((e) => ({
      kind: 'webinar-without-replay',
      file: e.file,
      collection: e.collection,
      id: e.id,
      params: { date: (e.data!.start as Date).toISOString().slice(0, 10) },
    }));
}
