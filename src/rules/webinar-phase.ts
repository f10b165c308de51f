/** Where a webinar stands at a given moment: what its page should offer. */

export type WebinarPhase = 'upcoming' | 'live' | 'ended' | 'cancelled' | 'postponed';

export interface Timing {
  start: Date;
  durationMinutes: number;
  status: 'scheduled' | 'postponed' | 'cancelled';
}

export function endOf(t: Pick<Timing, 'start' | 'durationMinutes'>): Date {
  return new Date(t.start.getTime() + t.durationMinutes * 60_000);
}

export function phaseAt(t: Timing, now: Date): WebinarPhase {
  if (t.status !== 'scheduled') return t.status;
  if (now < t.start) return 'upcoming';
  return now < endOf(t) ? 'live' : 'ended';
}

/** Upcoming (and live) first, soonest first; then the rest, most recent first. */
export function compareForListing(a: Timing, b: Timing, now: Date): number {
  const open = (t: Timing) => ['upcoming', 'live'].includes(phaseAt(t, now));
  if (open(a) !== open(b)) return open(a) ? -1 : 1;
  return open(a) ? a.start.getTime() - b.start.getTime() : b.start.getTime() - a.start.getTime();
}
