/**
 * The build's notion of "now". `SAHAYAK_NOW` (an ISO date-time) pins it, so
 * the same content and the same SAHAYAK_NOW give the same dist/.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const raw = env.SAHAYAK_NOW;
  if (!raw) return new Date();
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) {
    throw new Error(
      `SAHAYAK_NOW: expected an ISO date-time such as 2026-03-01T09:00:00Z, found ${JSON.stringify(raw)}`,
    );
  }
  return date;
}
