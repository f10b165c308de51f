/**
 * The shape of the site settings, `sahayak.yaml`: what a VA may set, with
 * defaults, and the checks that turn a typo into a message naming the field.
 * Plain TypeScript with no astro:* imports, so tests and scripts can use it.
 */
import { z } from 'astro/zod';
import { LOCALES, LOCALE_CODES, type Locale } from '../languages/table.ts';
import { ContentError, problemsFromZod } from './errors.ts';
import { contrastRatio } from './color.ts';
import { hostName, localeCode as localeEnum, webUrl } from './shared.ts';
import { CHANNELS, NETWORK_NAMES, type ChannelName } from './channels.ts';

const numerals = z.enum(['native', 'latin']);
const localeList = LOCALE_CODES.map((l) => JSON.stringify(l)).join(', ');

/** A hex colour readable as text on the given background (WCAG AA, 4.5:1). */
const readableOn = (background: string, where: string) =>
  z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'a colour written as #rrggbb' })
    .refine((c) => contrastRatio(c, background) >= 4.5, {
      error: `a colour with a contrast of at least 4.5:1 against ${where} (${background}), so text stays readable`,
    });

/** The backgrounds the theme paints; brand colours are checked against them. */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#12151c' } as const;

const profileLink = z.object({
  network: z.enum([...NETWORK_NAMES, 'other']).describe('Where the profile is.'),
  url: webUrl('a full web address starting with https://'),
  label: z.string().min(1).optional().describe('Shown instead of the network\'s name, e.g. "My Upwork profile".'),
});

/**
 * The site settings (`sahayak.yaml`). Each description is the help a VA sees
 * on hover in their code editor (through the JSON Schema written from this,
 * src/schemas/site-config.schema.json) and as a hint in the browser editor.
 */
export const siteConfigSchema = z
  .object({
    site: webUrl('a full web address such as https://yourname.netlify.app').describe(
      'The address the site is published at, without the base path, e.g. https://your-name.netlify.app. The SITE_URL environment variable overrides it.',
    ),
    base: z
      .string()
      .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, {
        error: 'a path that starts and ends with "/", such as "/" or "/portfolio/"',
      })
      .default('/')
      .describe(
        'The path the site lives under: / on Netlify or a custom domain; on a GitHub Pages project site, the repository name between slashes, e.g. /portfolio/. BASE_PATH overrides it.',
      ),
    locales: z
      .array(localeEnum)
      .min(1, { error: `at least one of ${localeList}` })
      .describe(`The languages to publish, any of ${localeList}. Pages are built for these only.`),
    defaultLocale: localeEnum.describe(
      'The language a visitor gets when no better match is known; one of the languages above.',
    ),
    numerals: z
      .object(
        Object.fromEntries(
          LOCALE_CODES.map((l) => [
            l,
            numerals.default(LOCALES[l].defaultNumerals).describe(`${LOCALES[l].label}: native or latin digits.`),
          ]),
        ) as Record<Locale, z.ZodDefault<typeof numerals>>,
      )
      .prefault({})
      .describe('Digits per language: native (০১২, ०१२) or latin (012).'),
    name: z
      .string()
      .min(1, { error: 'your name, as clients should see it' })
      .describe('Your name as clients should see it, in Latin letters.'),
    nameIn: z
      .partialRecord(localeEnum, z.string().min(1))
      .default({})
      .describe(
        "Your name written in each language's script, e.g. bn: নাসরিন সুলতানা; your name above is used where one is missing.",
      ),
    contact: z
      .object({
        ...(Object.fromEntries(Object.entries(CHANNELS).map(([name, schema]) => [name, schema.optional()])) as {
          [K in ChannelName]: z.ZodOptional<(typeof CHANNELS)[K]>;
        }),
        profiles: z.array(profileLink).default([]).describe('Your profiles on LinkedIn, Upwork, Fiverr and the like.'),
      })
      .refine((c) => Object.keys(CHANNELS).some((name) => c[name as ChannelName]), {
        error: `at least one way to reach you: ${Object.keys(CHANNELS).join(', ')}`,
      })
      .describe(`How clients reach you: at least one of ${Object.keys(CHANNELS).join(', ')}.`),
    colors: z
      .object({
        brand: readableOn(THEME_BACKGROUNDS.light, 'the light background')
          .default('#0b6b5d')
          .describe('Links and buttons in the light scheme, as #rrggbb.'),
        brandOnDark: readableOn(THEME_BACKGROUNDS.dark, 'the dark background')
          .default('#5fd3bf')
          .describe('Links and buttons in the dark scheme, as #rrggbb.'),
      })
      .prefault({})
      .describe("Brand colours; each must stay readable as text (4.5:1) on the theme's background."),
    host: hostName
      .default('static')
      .describe(
        'Where the site is hosted: netlify turns on Netlify Forms and sign-in with GitHub for the editor; github-pages and static use links only.',
      ),
    editor: z
      .object({
        repository: z
          .string()
          .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'a GitHub repository written as owner/name, e.g. your-name/portfolio' })
          .optional()
          .describe(
            "Your site's GitHub repository, as owner/name. Found by itself on Netlify and GitHub Pages; set it if the editor names the wrong one.",
          ),
        branch: z
          .string()
          .min(1)
          .default('main')
          .describe('The branch the editor saves to, and the host publishes from.'),
      })
      .prefault({})
      .describe('The browser editor at /admin/.'),
  })
  .strict()
  .refine((c) => c.locales.includes(c.defaultLocale), {
    error: 'one of the enabled locales',
    path: ['defaultLocale'],
  });

/** The settings file, at the project's root. */
export const SETTINGS_FILE = 'sahayak.yaml';

/** What a VA writes in the settings file (fields with defaults may be left out). */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** The config after defaults and environment overrides: what the site reads. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** `/portfolio` → `/portfolio/`, `portfolio` → `/portfolio/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Validates the VA's config and applies `SITE_URL` / `BASE_PATH` from the
 * environment, and `SAHAYAK_HOST` (set by netlify.toml and the GitHub Pages
 * workflow). Throws a ContentError listing every problem at once.
 */
export function resolveSiteConfig(
  input: unknown,
  env: Record<string, string | undefined> = {},
  file = SETTINGS_FILE,
): SiteConfig {
  const withEnv =
    input && typeof input === 'object'
      ? {
          ...(input as Record<string, unknown>),
          ...(env.SITE_URL ? { site: env.SITE_URL } : {}),
          ...(env.BASE_PATH ? { base: normalizeBase(env.BASE_PATH) } : {}),
          ...(env.SAHAYAK_HOST ? { host: env.SAHAYAK_HOST } : {}),
        }
      : input;
  if (withEnv && typeof withEnv === 'object' && typeof (withEnv as { base?: unknown }).base === 'string') {
    (withEnv as { base: string }).base = normalizeBase((withEnv as { base: string }).base);
  }
  const parsed = siteConfigSchema.safeParse(withEnv);
  if (!parsed.success) throw new ContentError(problemsFromZod(file, parsed.error, withEnv));
  const config = parsed.data;
  // Keep the site URL without a trailing slash; the base carries the slashes.
  return { ...config, site: config.site.replace(/\/+$/, '') };
}

/** The VA's name as written in a locale's script, falling back to `name`. */
export function nameIn(config: SiteConfig, locale: Locale): string {
  return config.nameIn[locale] ?? config.name;
}

/**
 * A stand-in config for `astro dev` while the settings have problems: the
 * dev server keeps running and shows the problems instead of the site.
 */
export function fallbackSiteConfig(): SiteConfig {
  return resolveSiteConfig({
    site: 'https://example.com',
    locales: [...LOCALE_CODES],
    defaultLocale: LOCALE_CODES[0],
    name: 'Your name',
    contact: { email: 'you@example.com' },
  });
}
