/** Links that open the visitor's own apps: WhatsApp, phone, email. */

/** `https://wa.me/<digits>?text=…`, WhatsApp's click-to-chat link with a prefilled message. */
export function whatsappUrl(number: string, message?: string): string {
  const digits = number.replace(/\D/g, '');
  return `https://wa.me/${digits}${message ? `?text=${encodeURIComponent(message)}` : ''}`;
}

/** `tel:+919876543210`, spaces removed. */
export function telUrl(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function mailtoUrl(email: string, subject?: string): string {
  return `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}

/** Name of the hidden field bots fill in; Netlify drops submissions that have it (netlify-honeypot). */
export const HONEYPOT_FIELD = 'company-website';
