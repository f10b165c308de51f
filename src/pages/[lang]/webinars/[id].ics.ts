/** `/<lang>/webinars/<id>.ics`: the webinar as a calendar file, in the page language. */
import type { APIRoute } from 'astro';
import { webinarStaticPaths, type LocalizedWebinar } from '../../../data/webinars.ts';
import { webinarEvent } from '../../../data/webinar-calendar.ts';
import { icsFile } from '../../../lib/calendar.ts';
import { localeParam } from '../../../i18n/page.ts';

export const getStaticPaths = webinarStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { webinar } = props as { webinar: LocalizedWebinar };
  return new Response(icsFile(webinarEvent(webinar, localeParam(params.lang))), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
