/**
 * The consent sentence a client agrees to on the request page has a version
 * (CONSENT_WORDING), recorded with every testimonial that comes through the
 * page. A version's words never change: changing `share.consent` in any
 * language needs a new version in src/rules/request-fields.ts and its words
 * here, so that "v1" always means the sentence below.
 */
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json' with { type: 'json' };
import bn from '../../locales/bn.json' with { type: 'json' };
import hi from '../../locales/hi.json' with { type: 'json' };
import { CONSENT_WORDING, parseWording, wordingValue } from '../../src/rules/request-fields.ts';

/** Every version's words, per language, as the client read them ({{name}} and {{address}} are the site's). */
const WORDINGS: Record<string, Record<string, string>> = {
  v1: {
    en: 'I agree that {{name}} may show my words, with my name, role and company, on this website, {{address}}, in the language I wrote them in and in translation.',
    bn: 'আমি সম্মতি দিচ্ছি যে {{name}} আমার লেখা, আমার নাম, পদ ও প্রতিষ্ঠানের নামসহ, এই ওয়েবসাইটে ({{address}}) দেখাতে পারবেন: যে ভাষায় লিখেছি সেই ভাষায়, আবার অনুবাদেও।',
    hi: 'मैं सहमत हूँ कि मेरी बात, मेरे नाम, पद और कंपनी के साथ, {{name}} की इस वेबसाइट ({{address}}) पर दिखाई जा सकती है: जिस भाषा में मैंने लिखी उसमें भी, और अनुवाद में भी।',
  },
};

describe('the consent sentence', () => {
  it('is, in every language, the words of its version: a change needs a new version', () => {
    const current = { en: en['share.consent'], bn: bn['share.consent'], hi: hi['share.consent'] };
    expect(current).toEqual(WORDINGS[CONSENT_WORDING]);
  });

  it('travels as v1-<language> and is read back, in any case and spacing', () => {
    expect(wordingValue('bn')).toBe('v1-bn');
    expect(parseWording('v1-bn')).toEqual({ wording: 'v1', lang: 'bn' });
    expect(parseWording(' V1 HI ')).toEqual({ wording: 'v1', lang: 'hi' });
    expect(parseWording('yes')).toBeUndefined();
    expect(parseWording('')).toBeUndefined();
  });
});
