/**
 * The ways a client can reach the VA, and the networks a VA or a client can
 * be found on. The site config's `contact` group is built from CHANNELS; how
 * each channel is linked and shown lives in src/rules/contact-links.ts, keyed by the
 * same names, so the compiler points at every place a new channel needs.
 */
import { z } from 'astro/zod';
import { webUrl } from './shared.ts';

export const CHANNELS = {
  email: z
    .email({ error: 'an email address such as you@example.com' })
    .describe('Shown on the contact page and in the footer.'),
  whatsapp: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, {
      error: 'a phone number in international form with country code, e.g. +8801712345678',
    })
    .describe("In international form, e.g. +8801712345678: opens a chat with a message in the visitor's language."),
  phone: z
    .string()
    .regex(/^\+[1-9][\d ]{6,18}$/, { error: 'a phone number in international form, e.g. +91 98765 43210' })
    .describe('In international form, e.g. +91 98765 43210.'),
  booking: webUrl('a full web address of your booking page').describe(
    'Your booking page (Calendly, Cal.com, Google appointment schedule…).',
  ),
} as const;

export type ChannelName = keyof typeof CHANNELS;
export const CHANNEL_NAMES = Object.keys(CHANNELS) as ChannelName[];

/** Networks with their names as people write them: profiles in the site config, testimonial sources. */
export const NETWORKS = {
  linkedin: 'LinkedIn',
  upwork: 'Upwork',
  fiverr: 'Fiverr',
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  github: 'GitHub',
  behance: 'Behance',
  google: 'Google',
} as const;

export type NetworkName = keyof typeof NETWORKS;
export const NETWORK_NAMES = Object.keys(NETWORKS) as [NetworkName, ...NetworkName[]];
