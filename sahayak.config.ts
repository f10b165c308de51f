/**
 * Your site's settings. Change the values, keep the shape: every field is
 * explained when you hover it in your editor, and a wrong value stops the
 * build with a message that names the field.
 */
import { defineSiteConfig } from './src/schemas/site-config.ts';

export default defineSiteConfig({
  site: 'https://rumana-haque.netlify.app',
  base: '/',
  locales: ['en', 'bn', 'hi'],
  defaultLocale: 'en',
  numerals: { bn: 'native', hi: 'latin' },
  name: 'Rumana Haque',
  nameIn: { bn: 'রুমানা হক', hi: 'रुमाना हक़' },
  contact: {
    email: 'hello@rumana-haque.example',
    whatsapp: '+8801712000000',
    booking: 'https://cal.example/rumana-haque/intro',
    profiles: [
      { network: 'linkedin', url: 'https://www.linkedin.example/in/rumana-haque-va' },
      { network: 'upwork', url: 'https://www.upwork.example/freelancers/rumanahaque' },
    ],
  },
  colors: { brand: '#0b6b5d', brandOnDark: '#5fd3bf' },
  host: 'netlify',
});
