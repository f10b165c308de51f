/**
 * Webinar landing pages in a real browser: local time in the visitor's zone,
 * the countdown, the switch to "ended" with the replay when the visitor's
 * clock passes the end, the page without JavaScript, the calendar file.
 */
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { test, expect } from './fixtures.ts';

const UPCOMING = 'webinars/inbox-zero-for-coaches/';
const START = new Date('2027-02-18T13:00:00Z'); // 19:00 in Dhaka
const END = new Date(START.getTime() + 75 * 60_000);

for (const [timezoneId, expected] of [
  ['Asia/Dhaka', /7:00\s?PM/],
  ['Asia/Kolkata', /6:30\s?PM/],
  ['America/New_York', /8:00\s?AM/],
] as const) {
  test(`a visitor in ${timezoneId} sees the start in their own time`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ timezoneId, baseURL, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`en/${UPCOMING}`);
    await expect(page.locator('[data-local]')).toBeVisible();
    await expect(page.locator('[data-local-time]')).toHaveText(expected);
    // The host's own time stays as written, whatever the visitor's zone.
    await expect(page.locator('.when time')).toHaveText(/7:00\s?PM/);
    await context.close();
  });
}

test('the countdown counts down, in the page digits', async ({ page }) => {
  await page.clock.install({ time: new Date(START.getTime() - 2 * 3_600_000 - 5_000) });
  await page.goto(`bn/${UPCOMING}`);
  const value = page.locator('[data-countdown-value]');
  await expect(value).toContainText('২ ঘণ্টা');
  const before = await value.textContent();
  await page.clock.runFor(61_000);
  await expect(value).not.toHaveText(before!);
  await expect(value).toContainText('১ ঘণ্টা');
});

test('when the visitor clock passes the end, the page switches to ended and offers the replay', async ({ page }) => {
  await page.clock.install({ time: new Date(START.getTime() - 30_000) });
  await page.goto(`en/${UPCOMING}`);
  await expect(page.getByRole('link', { name: 'Register now' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(page.getByText('Live now')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Join now' })).toBeVisible();
  await page.clock.runFor(END.getTime() - START.getTime());
  await expect(page.getByText('This webinar has ended.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Watch the replay' })).toHaveAttribute(
    'href',
    'https://video.example/rumana/inbox-zero-replay',
  );
  await expect(page.getByRole('link', { name: 'Register now' })).toBeHidden();
  await expect(page.locator('[data-countdown]')).toBeHidden();
});

test('without JavaScript the page still shows the host time and the registration link', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`hi/${UPCOMING}`);
  await expect(page.locator('.when time')).toContainText('18 फ़रवरी 2027');
  await expect(page.locator('.when time')).toContainText('7:00');
  await expect(page.getByRole('link', { name: 'अभी रजिस्टर करें' })).toHaveAttribute(
    'href',
    'https://zoom.example/webinar/register/inbox-zero-coaches',
  );
  await expect(page.locator('[data-local]')).toBeHidden();
  await expect(page.getByRole('link', { name: 'कैलेंडर फ़ाइल (.ics)' })).toBeVisible();
  await context.close();
});

test('the landing page is focused: no main menu, a way back to the site', async ({ page, basePath }) => {
  await page.goto(`en/${UPCOMING}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '← All webinars' })).toHaveAttribute('href', `${basePath}en/webinars/`);
  await expect(page.getByRole('link', { name: 'Rumana Haque' }).first()).toHaveAttribute('href', `${basePath}en/`);
});

test('a past webinar offers its replay and a cancelled one says so, built from the build clock', async ({ page }) => {
  await page.goto('en/webinars/delegate-without-losing-control/');
  await expect(page.getByText('This webinar has ended.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Watch the replay' })).toBeVisible();
  await expect(page.locator('[data-phase="upcoming"]')).toBeHidden();
  await page.goto('hi/webinars/calendar-clinic/');
  await expect(page.getByRole('status')).toContainText('रद्द');
  await expect(page.getByRole('link', { name: 'अभी रजिस्टर करें' })).toHaveCount(0);
});

test('the list shows upcoming first, then the rest newest first, past ones with their replay', async ({ page }) => {
  await page.goto('en/webinars/');
  const phases = await page
    .locator('[data-phase-card]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-phase-card')));
  expect(phases).toEqual(['upcoming', 'cancelled', 'ended']);
  await expect(page.locator('[data-phase-card="ended"]').getByRole('link', { name: 'Watch the replay' })).toBeVisible();
  await page.goto('bn/');
  await expect(page.getByRole('heading', { name: 'পরবর্তী ওয়েবিনার' })).toBeVisible();
  await expect(page.locator('[data-phase-card="upcoming"]')).toContainText('ইনবক্স জিরো');
});

test('the .ics file is valid and imports with the right event', async ({ page, siteUrl, basePath }) => {
  const response = await page.request.get(`bn/webinars/inbox-zero-for-coaches.ics`);
  expect(response.status()).toBe(200);
  const text = await response.text();
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
  expect(event.startDate.toJSDate().toISOString()).toBe(START.toISOString());
  expect(event.endDate.toJSDate().toISOString()).toBe(END.toISOString());
  expect(event.summary).toBe('ব্যস্ত কোচদের জন্য ইনবক্স জিরো');
  expect(event.uid).toBe('webinar-inbox-zero-for-coaches@example.github.io');
  expect(event.description).toContain(`${siteUrl}${basePath}bn/webinars/inbox-zero-for-coaches/`);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('SEQUENCE:0');
  // A cancellation reaches calendars that imported the event: its SEQUENCE is higher than the first version's 0.
  const cancelled = await (await page.request.get('en/webinars/calendar-clinic.ics')).text();
  expect(cancelled).toContain('STATUS:CANCELLED');
  expect(Number(/^SEQUENCE:(\d+)\r$/m.exec(cancelled)?.[1])).toBeGreaterThanOrEqual(1);
  const second = Object.values(nodeIcal.sync.parseICS(cancelled)).find((c) => c?.type === 'VEVENT') as VEvent;
  expect([second.uid, second.status, Number(second.sequence) >= 1]).toEqual([
    'webinar-calendar-clinic@example.github.io',
    'CANCELLED',
    true,
  ]);
});

test('JSON-LD Event with offsets, online attendance, status, location, offers and language', async ({
  page,
  siteUrl,
  basePath,
}) => {
  await page.goto(`hi/${UPCOMING}`);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const event = [data].flat().find((x: { '@type': string }) => x['@type'] === 'Event');
  expect(event.startDate).toBe('2027-02-18T19:00:00+06:00');
  expect(event.endDate).toBe('2027-02-18T20:15:00+06:00');
  expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
  expect(event.location).toEqual({ '@type': 'VirtualLocation', url: `${siteUrl}${basePath}hi/${UPCOMING}` });
  expect(event.offers.price).toBe(0);
  expect(event.offers.availability).toBe('https://schema.org/InStock');
  // No offer date: the build's own date would change every build and can fall after the start.
  expect(event.offers.validFrom).toBeUndefined();
  expect(event.inLanguage).toBe('bn-BD');
  expect(event.image[0]).toMatch(new RegExp(`^${siteUrl}${basePath}_astro/`));
  expect(event.organizer.name).toBe('Rumana Haque');
  expect(event.performer[0].name).toBe('रुमाना हक़');
  await page.goto('en/webinars/calendar-clinic/');
  const cancelled = [JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)].flat()[0];
  expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');
  expect(cancelled.startDate).toBe('2026-06-20T18:30:00+05:30');
});

test('on Netlify a webinar can take registrations with a form that lands on a confirmation with calendar links', async ({
  page,
  basePath,
}) => {
  // The past demo webinar registers by form; with the visitor clock before its start, the form is offered.
  await page.clock.install({ time: new Date('2026-03-01T12:00:00Z') });
  await page.goto('bn/webinars/delegate-without-losing-control/');
  const form = page.locator('form[name="webinar-delegate-without-losing-control"]');
  await expect(form).toBeVisible();
  await expect(form).toHaveAttribute('data-netlify', 'true');
  await expect(form).toHaveAttribute('action', `${basePath}bn/webinars/delegate-without-losing-control/registered/`);
  await expect(form.getByLabel('আপনার নাম')).toBeVisible();
  await expect(form.getByRole('button', { name: 'এখনই নিবন্ধন করুন' })).toBeVisible();
  await page.goto('bn/webinars/delegate-without-losing-control/registered/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('আপনার নিবন্ধন সম্পন্ন হয়েছে');
  await expect(page.getByRole('link', { name: 'ক্যালেন্ডার ফাইল (.ics)' })).toHaveAttribute(
    'href',
    `${basePath}bn/webinars/delegate-without-losing-control.ics`,
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
