/**
 * One checkable statement of the AWS documentation, which a learner's note may contradict.
 * Claims are data (see the claims data modules beside this file); the checker reads them.
 */
export type Claim = QuantityClaim | AlternativeClaim | AbsoluteClaim;

interface ClaimCommon {
  /** Stable id, kebab-case, service first: "dynamodb-query-sort-key". What the ignore settings take. */
  readonly id: string;
  /** The service, as the notes' service headings name it once canonicalised (see serviceAliases). */
  readonly service: string;
  /**
   * What a note must be about for the claim to apply: every entry must be present (as words) in
   * the fact's text, its breadcrumb or its parent; an entry "a|b" is satisfied by either.
   */
  readonly about: readonly string[];
  /** The documented statement, as shown to the learner: "An item is at most 400 KB". */
  readonly documented: string;
  /** A specific docs.aws.amazon.com page (never an index page). */
  readonly url: string;
  /** When the claim was checked against that page, YYYY-MM-DD. */
  readonly checked: string;
  /** A short excerpt quoted from the page that states the documented value. */
  readonly excerpt: string;
  /**
   * The `about` terms name the service on their own ("geoproximity" is Route 53's): the claim also
   * applies to facts under headings of no known service ("SAA Stuff", "Exam tips").
   */
  readonly aboutNamesService?: boolean;
  /** True once, changed since: the old value and the date it changed ("256 KB", "2025-08-04"). */
  readonly dated?: { readonly previously: string; readonly since: string };
}

/** A limit, default or quota: a note with another quantity of the same dimension contradicts it. */
export interface QuantityClaim extends ClaimCommon {
  readonly kind: 'quantity';
  /** The documented quantity as the docs write it: "400 KB", "15 minutes", "1 MiB", "5". */
  readonly value: string;
  /** Other spellings that are equally right ("256 KiB" for "256 KB"). */
  readonly equivalents?: readonly string[];
  /**
   * Figures tied to a qualifier the note itself must write next to them (never read from its
   * parent): "default" → 4 days, "maximum" → 14 days; "write" → 1 MB/s, "read" → 2 MB/s. A clause
   * of the note that names a scope's qualifier must state that scope's figure: "default 14 days"
   * is flagged although 14 days is the documented maximum. Clauses that name no qualifier are read
   * against `value` and `equivalents`, which should hold every scope's figure.
   */
  readonly scoped?: readonly QuantityScope[];
  /**
   * For a bare count: what is counted ("resource|resources"). A count is then compared only when
   * one of these words follows it, or nothing does ("max 200"): "up to 255 characters" is not a
   * count of resources.
   */
  readonly counted?: string;
}

/** One documented figure of a quantity claim, and the words that say a note states that one. */
export interface QuantityScope {
  /** Words ("a|b") in the same clause of the note as the figure: "default|by default". */
  readonly qualifier: string;
  readonly value: string;
  readonly equivalents?: readonly string[];
}

/** A named alternative that is wrong: "FilterExpression" where "KeyConditionExpression" is right. */
export interface AlternativeClaim extends ClaimCommon {
  readonly kind: 'alternative';
  readonly right: string;
  readonly wrong: readonly string[];
}

/** An absolute the docs deny: phrases such as "only for Java", "only blue/green can roll back". */
export interface AbsoluteClaim extends ClaimCommon {
  readonly kind: 'absolute';
  /**
   * Phrases (case-insensitive, matched as words) that state what the docs deny. A phrase right
   * after a negation ("not", "never", "cannot", "isn't") is the note denying it too: not flagged.
   */
  readonly denied: readonly string[];
  /**
   * Words ("a|b" each) that show the note states the documented nuance beside the phrase: "until
   * the consumer deletes them or the retention period ends" names the retention, so it agrees.
   */
  readonly qualifiedBy?: readonly string[];
}
