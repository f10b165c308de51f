/**
 * Progressive enhancement for webinar pages (the page is complete without it):
 * writes the start in the visitor's own time zone, counts down, and switches
 * the page between upcoming, live and ended when the visitor's clock passes
 * the start or the end. No framework; reads everything from data attributes.
 */
type Phase = 'upcoming' | 'live' | 'ended';

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const;

function countdown(ms: number, intl: string): string {
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    // Seconds only in the last hour; never more than three parts.
    if ((n > 0 || parts.length > 0) && (unit !== 'second' || ms < 3_600_000) && parts.length < 3) {
      parts.push(new Intl.NumberFormat(intl, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
    }
  }
  return new Intl.ListFormat(intl.split('-u-')[0], { style: 'long', type: 'unit' }).format(
    parts.length ? parts : ['0'],
  );
}

function start(el: HTMLElement) {
  const startAt = new Date(el.dataset.start!).getTime();
  const endAt = new Date(el.dataset.end!).getTime();
  const intl = el.dataset.intl!;

  const local = el.querySelector<HTMLElement>('[data-local]');
  const localTime = el.querySelector<HTMLElement>('[data-local-time]');
  if (local && localTime) {
    // Same style as the host time written at build time (src/i18n/format.ts formatDateTime).
    const dayPeriod = intl.startsWith('en') ? {} : { dayPeriod: 'short' as const };
    localTime.textContent = new Intl.DateTimeFormat(intl, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      ...dayPeriod,
    }).format(startAt);
    const zone = new Intl.DateTimeFormat(intl, { timeZoneName: 'long' })
      .formatToParts(startAt)
      .find((p) => p.type === 'timeZoneName');
    localTime.textContent += zone ? ` (${zone.value})` : '';
    local.hidden = false;
  }

  const counter = el.querySelector<HTMLElement>('[data-countdown]');
  const counterValue = el.querySelector<HTMLElement>('[data-countdown-value]');
  const blocks = el.querySelectorAll<HTMLElement>('[data-phase]');

  const tick = () => {
    const now = Date.now();
    const phase: Phase = now < startAt ? 'upcoming' : now < endAt ? 'live' : 'ended';
    el.dataset.current = phase;
    for (const block of blocks) block.hidden = block.dataset.phase !== phase;
    if (counter && counterValue) {
      counter.hidden = phase !== 'upcoming';
      if (phase === 'upcoming') counterValue.textContent = countdown(startAt - now, intl);
    }
    if (phase !== 'ended') setTimeout(tick, 1000 - (now % 1000));
  };
  tick();
}

document.querySelectorAll<HTMLElement>('[data-webinar]').forEach(start);
