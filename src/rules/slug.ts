/**
 * Entry ids (file names) are lowercase ASCII with dashes, the same in every
 * language folder. A title in Bangla or Hindi is transliterated into Latin
 * letters first, so "ইনবক্স গোছানো" suggests `inboks-gochhano`, not an empty id.
 */

/** Latin for Bengali and Devanagari letters: consonants carry an inherent vowel, signs replace it, the virama removes it. */
const CONSONANT_LETTERS: Record<string, string> = {
  // Bengali
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  চ: 'ch',
  ছ: 'chh',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'sh',
  ষ: 'sh',
  স: 's',
  হ: 'h',
  ড়: 'r',
  ঢ়: 'rh',
  য়: 'y',
  // Devanagari
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  क़: 'q',
  ख़: 'kh',
  ग़: 'g',
  ज़: 'z',
  ड़: 'r',
  ढ़: 'rh',
  फ़: 'f',
  य़: 'y',
};
/** Keys in NFC, which writes the nukta letters (ড়, ज़) as a letter and a nukta sign, so they are looked up as pairs. */
const CONSONANTS = Object.fromEntries(Object.entries(CONSONANT_LETTERS).map(([k, v]) => [k.normalize('NFC'), v]));
const INHERENT: Record<string, string> = { Beng: 'o', Deva: 'a' };
const VOWEL_SIGNS: Record<string, string> = {
  'া': 'a',
  'ি': 'i',
  'ী': 'i',
  'ু': 'u',
  'ূ': 'u',
  'ৃ': 'ri',
  'ে': 'e',
  'ৈ': 'oi',
  'ো': 'o',
  'ৌ': 'ou',
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
};
const VIRAMA = new Set(['্', '्']);
const OTHERS: Record<string, string> = {
  অ: 'o',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou',
  'ং': 'ng',
  'ঃ': 'h',
  'ঁ': 'n',
  ৎ: 't',
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  'ं': 'n',
  'ँ': 'n',
  'ः': 'h',
};
const NATIVE_DIGITS = /[০-৯०-९]/g;

function scriptOf(char: string): 'Beng' | 'Deva' {
  return char >= '\u0980' && char <= '\u09ff' ? 'Beng' : 'Deva';
}

/** Latin letters for Bengali and Devanagari text; other characters pass through. */
export function transliterate(text: string): string {
  const chars = [
    ...text.normalize('NFC').replace(NATIVE_DIGITS, (d) => String(d.codePointAt(0)! - (d >= '০' ? 0x9e6 : 0x966))),
  ];
  /** The consonant starting at `i` (one code point, or a letter with its nukta) and its length. */
  const consonantAt = (i: number): [string, number] | undefined => {
    const pair = CONSONANTS[chars[i] + (chars[i + 1] ?? '')];
    if (pair) return [pair, 2];
    return CONSONANTS[chars[i]] ? [CONSONANTS[chars[i]], 1] : undefined;
  };
  /** Whether a letter at `i` is followed by a vowel: a sign, or an inherent one (another letter follows). */
  const voicedAt = (i: number) =>
    VOWEL_SIGNS[chars[i]] !== undefined || consonantAt(i) !== undefined || OTHERS[chars[i]] !== undefined;
  let out = '';
  let afterVowel = false;
  let afterVirama = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const consonant = consonantAt(i);
    if (consonant) {
      const [latin, length] = consonant;
      i += length - 1;
      // Ya-phala (ক্য): a y-glide, not a second consonant.
      out += afterVirama && (c === 'য' || c === 'य') ? 'y' : latin;
      afterVirama = false;
      const next = chars[i + 1];
      if (next && VOWEL_SIGNS[next]) {
        out += VOWEL_SIGNS[next];
        i += 1;
        afterVowel = true;
      } else if (next && VIRAMA.has(next)) {
        i += 1;
        afterVowel = false;
        afterVirama = true;
      } else if (next && voicedAt(i + 1)) {
        // The inherent vowel, except where speech drops it: after a vowel and before a voiced letter (ইনবক্স → inboks).
        const nextConsonant = consonantAt(i + 1);
        const dropped: boolean = afterVowel && nextConsonant !== undefined && voicedAt(i + 1 + nextConsonant[1]);
        if (!dropped) out += INHERENT[scriptOf(c)];
        afterVowel = !dropped;
      } else afterVowel = false; // the end of a word keeps no inherent vowel
      continue;
    }
    afterVirama = false;
    if (VIRAMA.has(c) || c === '\u093c' || c === '\u09bc') continue;
    const latin = OTHERS[c] ?? VOWEL_SIGNS[c];
    out += latin ?? c;
    afterVowel = latin !== undefined && /[aeiou]$/.test(latin);
  }
  return out;
}

/** An id from any title or file name: "Inbox Management" → `inbox-management`, "ইনবক্স" → `inboks`. */
export function slugify(text: string): string {
  return transliterate(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
