/** The site's main navigation, in order. Routes are relative to a locale. */
import type { MessageKey } from './t.ts';

export interface NavItem {
  key: MessageKey;
  route: string;
}

export const NAV: readonly NavItem[] = [
  { key: 'nav.home', route: '' },
  { key: 'nav.services', route: 'services/' },
  { key: 'nav.caseStudies', route: 'case-studies/' },
  { key: 'nav.testimonials', route: 'testimonials/' },
  { key: 'nav.webinars', route: 'webinars/' },
  { key: 'nav.about', route: 'about/' },
  { key: 'nav.contact', route: 'contact/' },
];
