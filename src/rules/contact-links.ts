/**
 * How each contact channel (CHANNELS in src/schemas/channels.ts) is linked
 * and shown: links that open the visitor's own apps (WhatsApp, phone, email)
 * or the booking page.
 */
import type { ChannelName } from '../schemas/channels.ts';

/** `https://wa.me/<digits>?text=…`, WhatsApp's click-to-chat link with a prefilled message. */
export function whatsappUrl(number: string, message?: string): string {
  const digits = number.replace(/\D/g, '');
  return `https://wa.me/${digits}${message ? `?text=${encodeURIComponent(message)}` : ''}`;
}

/** `tel:+919876543210`, spaces removed. */
export function telUrl(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function mailtoUrl(email: string, subject?: string, body?: string): string {
  const params = new URLSearchParams({ ...(subject ? { subject } : {}), ...(body ? { body } : {}) });
  // mailto: wants %20 for spaces, not the + of form encoding.
  const query = params.toString().replace(/\+/g, '%20');
  return `mailto:${email}${query ? `?${query}` : ''}`;
}

/** Per channel: the link and the text shown for it. */
const CHANNEL_LINKS = {
  email: (value) => ({ href: mailtoUrl(value), shown: value }),
  whatsapp: (value, opts) => ({ href: whatsappUrl(value, opts.whatsappMessage), shown: value }),
  phone: (value) => ({ href: telUrl(value), shown: value }),
  booking: (value) => ({ href: value, shown: new URL(value).host }),
} satisfies Record<ChannelName, (value: string, opts: { whatsappMessage?: string }) => { href: string; shown: string }>;

export interface ContactLink {
  channel: ChannelName;
  /** The UI string that names the channel. */
  label: `contact.${ChannelName}`;
  href: string;
  shown: string;
}

/** The configured channels, in the table's order, as links. */
export function contactLinks(
  contact: Partial<Record<ChannelName, string>>,
  opts: { whatsappMessage?: string } = {},
): ContactLink[] {
  return (Object.keys(CHANNEL_LINKS) as ChannelName[])
    .filter((channel) => contact[channel])
    .map((channel) => ({
      channel,
      label: `contact.${channel}` as const,
      ...CHANNEL_LINKS[channel](contact[channel]!, opts),
    }));
}

/** Name of the hidden field bots fill in; Netlify drops submissions that have it (data-netlify-honeypot). */
export const HONEYPOT_FIELD = 'company-website';
