/**
 * What `npm run new` needs to know about a collection beyond its schema: the
 * questions it asks (each also a flag) and hints for the fields the VA did
 * not answer. Everything else comes from the schema's field tree (walk.ts):
 * which fields a file must have, their kinds and limits, what a placeholder
 * says (the field's description), how a flag value is checked. Each schema
 * module exports its collection's starter next to the schema; the registry
 * (collections.ts) names it, and src/authoring/new-entry.ts writes the files.
 */
/** One question of `npm run new`, and the flag that answers it without asking. */
export interface StarterQuestion {
  /** The field it fills, as a dotted path; inside a list, the first item's (`prices.amount`). */
  readonly field: string;
  /** The flag (default: the field's own name in kebab-case; a list of text takes one item per flag, named in the singular). */
  readonly flag?: string;
  /** The question's UI string, `cli.new.<prompt>` (default: the flag in camelCase); `false`: a flag only, never asked. */
  readonly prompt?: string | false;
  /** The entry cannot do without it: asked until answered, and a missing flag is an error. */
  readonly required?: true;
  /** A sample answer, shown in `--help` and in the hint when an answer is refused. */
  readonly example?: string;
  /** A whole number asked as a choice of stars (a rating). */
  readonly stars?: true;
}

/**
 * Values that come from elsewhere than the VA's answer to the field itself:
 * - `language`: the entry's language (the first one it is written in);
 * - `zone`: the time zone given (`--time-zone`), else the profile's;
 * - `currency`: the currency given, else the one readers of the file's language pay in;
 * - `cover-alt`: a description of the title card drawn for the entry;
 * - `profile-person`: the VA herself, from her profile in the file's language, as the one item of a list of people;
 * - `sign-up`: how people register: the address given, else the site's own form where the host has forms.
 */
export type StarterSource = 'language' | 'zone' | 'currency' | 'cover-alt' | 'profile-person' | 'sign-up';

/** How `npm run new` writes one field. */
export interface StarterField {
  /** Where the value comes from (see StarterSource). */
  readonly from?: StarterSource;
  /** The value of a required field the VA did not give, when a fair default exists (a category, a length). */
  readonly value?: unknown;
  /** What the `TODO: …` placeholder of a missing text asks for (default: the field's description, up to its first full stop or "e.g."). */
  readonly todo?: string;
  /** A required value the command makes up: written with a `TODO:` comment below its field, and the file starts as a draft. */
  readonly standIn?: { readonly value: unknown; readonly todo: string };
  /** Text that is the same in every language (a name): the other languages' files get it as it is, not marked for translation. */
  readonly same?: true;
  /** The value counts in the unit named by this field beside it (an amount in its currency): the other languages' files get it only if that field was given too. */
  readonly unitOf?: string;
  /** An optional field written as a commented example: a value, or a function of the file's language that makes one. */
  readonly example?: unknown;
  /** Said after the example, on its line. */
  readonly note?: string;
  /** A comment line above the field. */
  readonly comment?: string;
}

export interface StarterSpec {
  /** The questions, in the order they are asked. */
  readonly ask: readonly StarterQuestion[];
  /** Hints by dotted field path (the fields of a list's items without an index: `prices.amount`). */
  readonly fields?: Readonly<Record<string, StarterField>>;
}
