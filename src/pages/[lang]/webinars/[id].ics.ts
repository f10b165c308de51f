/** `/<lang>/webinars/<id>.ics`: the webinar as a calendar file, in the page language. */
import type { APIRoute } from 'astro';
import { webinarPages, type WebinarPage } from '../../../data/pages.ts';
import { webinarEvent } from '../../../data/webinar-calendar.ts';
import { icsFile } from '../../../rules/calendar.ts';

export const getStaticPaths = webinarPages;

export const GET: APIRoute = ({ props, locals }) => {
  const { webinar } = props as WebinarPage;
  return new Response(icsFile(webinarEvent(webinar, locals.page.locale)), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
