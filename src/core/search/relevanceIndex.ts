import type { Fact, NotesOrigin, ParsedNotes } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { containsWhole, isStopWord, termKey, wordsAndCompoundsOf, wordsOf } from './relevanceText';
import { editDistance } from '../util/editDistance';
import { typoBudget } from './typoDistance';
import { BoundedCache } from './boundedCache';
import { RankingHeap } from './rankingHeap';
import { termWithoutService } from './serviceWords';
import { resolveService } from '../notes/serviceAliases';
import { rootOf } from './wordRoot';
import { VocabularyBigrams } from './vocabularyBigrams';
import { charMask, WordMatcher } from './wordMatcher';

/**
 * Where in a fact a word was found, best first: its text, the bare heading it is under (its
 * title, shown with it), its code, its parent item, the rest of its breadcrumb.
 */
export const enum Field {
  Text = 0,
  BareHeading = 1,
  Code = 2,
  Parent = 3,
  Breadcrumb = 4,
}

/** Postings hold `fact << FIELD_BITS | flags | field`. */
export const FIELD_BITS = 6;
export const FIELD_MASK = 7;
/** The word is in the text only as a compound (`taskfailed` of `TaskFailed`), not as one of its words. */
export const COMPOUND_ONLY = 8;
/**
 * The word comes back in the fact: again in its text (what a fact repeats is what it is about),
 * or also above it, in its title, topic or breadcrumb (a fact under "Write patterns:" that says
 * "write" is about writes).
 */
export const REPEATED = 16;
export const ALSO_ABOVE = 32;

/** One notes file, read for ranking: built once per parse of the file, so a change re-reads that file alone. */
export interface FileRelevance {
  readonly facts: readonly Fact[];
  /** The words of each fact's text, in order (phrases are looked up in them). */
  readonly textWords: readonly (readonly string[])[];
  /** The words of the bare headings above each fact (its titles, shown with it), or none; titles apart by ''. */
  readonly titleWords: readonly (readonly string[])[];
  /** Those bare headings' texts, lower-cased ('' for none): a word typed as it is written there counts as in the text. */
  readonly lowerTitle: readonly string[];
  /** Each fact's text and code, lower-cased (distinctive terms are looked up in them). */
  readonly lowerText: readonly string[];
  /**
   * Whether a distinctive term must be looked for in a fact's lower-cased text even when the
   * fact holds no word of it: the fact has code (whose camelCase names have no compound word)
   * or its text changes length when lower-cased ("İ"), so its words may not be the term's.
   */
  readonly readWhole: Uint8Array;
  /** Whether each fact is a bare heading: a short item with items under it, scored by them and never shown alone. */
  readonly bare: Uint8Array;
  /** Each fact's text and code, lower-cased with white space folded: facts with the same key show as one. */
  readonly sameTextKey: readonly string[];
  /** Whether each fact states a number (a limit, a default, a size): precise facts rank above vague ones. */
  readonly precise: Uint8Array;
  /** Each `Term: definition` fact's term (as `termKey` reads it) as its place in `terms`, -1 for other facts. */
  readonly termOf: Int32Array;
  readonly terms: readonly string[];
  /** How many words each fact's text has. */
  readonly textWordCount: Int32Array;
  /** Each fact's service, as its place in `services`. */
  readonly serviceOf: Int32Array;
  /** The service a topic above the fact names, when another than its own ("CloudWatch › CloudWatch Events › Schedule Cron Job" is of EventBridge too), else its own, as its place in `services`. */
  readonly topicServiceOf: Int32Array;
  readonly services: readonly string[];
  /** The order of facts of equal score: the user's notes first, then the earlier line. */
  readonly tieKey: Float64Array;
  /** For each word, `fact << FIELD_BITS | flags | field` of the facts holding it, at its best field, ascending. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

const files = new WeakMap<ParsedNotes, FileRelevance>();

function fileRelevance(parsed: ParsedNotes): FileRelevance {
  let known = files.get(parsed);
  if (!known) files.set(parsed, (known = buildFile(parsed.facts)));
  return known;
}

const NONE: readonly string[] = [];
/** A word this long or longer may be found misspelt in the notes; a misspelling is in this many facts at most. */
const MISSPELT_LENGTH = 7;
const MISSPELT_AT_MOST = 2;
const fileRoots = new WeakMap<FileRelevance, ReadonlyMap<string, readonly string[]>>();

/** A file's words by their root, built on the first ask (a hover's), kept with the file: a change re-reads that file alone. */
function rootsOf(file: FileRelevance): ReadonlyMap<string, readonly string[]> {
  let roots = fileRoots.get(file);
  if (!roots) {
    const byRoot = new Map<string, string[]>();
    for (const word of file.postings.keys()) {
      if (isStopWord(word)) continue;
      const root = rootOf(word);
      const words = byRoot.get(root);
      if (words) words.push(word);
      else byRoot.set(root, [word]);
    }
    fileRoots.set(file, (roots = byRoot));
  }
  return roots;
}

/** The most words a service's name has, in the alias table's longest ("NACL (Network ACL - Access Control List)"). */
const MAX_SERVICE_WORDS = 8;
/** Bare headings: items with children and at most this many words ("Visibility Timeout", "Queue Type", "Dead-letter queue:"). */
const BARE_WORDS = 4;
const NO_WORDS: readonly string[] = [];
/** No service among a query's: read-only, shared (indexing it gives undefined, never 1). */
const NO_SERVICES = new Uint8Array(0);

function isBare(fact: Fact, words: readonly string[]): boolean {
  return fact.childIds.length > 0 && !fact.code && (fact.text.trimEnd().endsWith(':') || words.length <= BARE_WORDS);
}

function buildFile(facts: readonly Fact[]): FileRelevance {
  const size = facts.length;
  const textWords: string[][] = [];
  const compoundsOf: (string[] | undefined)[] = [];
  const lowerText: string[] = [];
  const sameTextKey: string[] = [];
  const bare = new Uint8Array(size);
  const precise = new Uint8Array(size);
  const readWhole = new Uint8Array(size);
  const textWordCount = new Int32Array(size);
  const termOf = new Int32Array(size);
  const termNumbers = new Map<string, number>();
  const serviceOf = new Int32Array(size);
  const topicServiceOf = new Int32Array(size);
  const tieKey = new Float64Array(size);
  const serviceNumbers = new Map<string, number>();
  const compounds: string[] = [];
  // One string per word kept (the copies die young: a build of 50,000 facts otherwise keeps 750,000 strings).
  const interned = new Map<string, string>();
  for (let local = 0; local < size; local++) {
    const fact = facts[local];
    compounds.length = 0;
    const text = wordsAndCompoundsOf(fact.text, compounds);
    for (let i = 0; i < text.length; i++) {
      const known = interned.get(text[i]);
      if (known === undefined) interned.set(text[i], text[i]);
      else text[i] = known;
    }
    textWords.push(text);
    compoundsOf.push(compounds.length > 0 ? [...compounds] : undefined);
    const lower = fact.code ? `${fact.text}\n${fact.code}`.toLowerCase() : fact.text.toLowerCase();
    lowerText.push(lower);
    if (fact.code || lower.length !== fact.text.length) readWhole[local] = 1;
    sameTextKey.push(/\s\s|[\t\n\r]/.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower.trim());
    if (/\d/.test(fact.text)) precise[local] = 1;
    if (isBare(fact, text)) bare[local] = 1;
    textWordCount[local] = text.length;
    const defined = fact.term === undefined ? '' : termKey(termWithoutService(fact.term, fact.service).replace(BOUND_OF_TERM, ''));
    termOf[local] = defined === '' ? -1 : numberOf(termNumbers, defined);
    serviceOf[local] = numberOf(serviceNumbers, fact.service);
    tieKey[local] = originRank(fact.origin) * ORIGIN_STRIDE + fact.line;
  }
  // Each word's postings, in the order the words are first met (the typo vocabulary keeps that order).
  const postings = new Map<string, number[]>();
  const localOf = new Map<string, number>();
  for (let local = 0; local < size; local++) localOf.set(facts[local].id, local);
  const wordsOfText = new Map<string, string[]>();
  const cachedWords = (text: string) => {
    let words = wordsOfText.get(text);
    if (!words) wordsOfText.set(text, (words = wordsOf(text)));
    return words;
  };
  const titleWords: (readonly string[])[] = [];
  const lowerTitle: string[] = [];
  // The service the items under a fact are of by their topic: the one the fact names, else the fact's own topic's (-1: not read yet).
  const itemsService = new Int32Array(size).fill(-1);
  const topicServiceOfItems = (topic: number): number => {
    if (itemsService[topic] < 0) {
      // (A service's name is a few words: a longer item is not looked up.)
      const named = textWordCount[topic] <= MAX_SERVICE_WORDS ? resolveService(facts[topic].text) : undefined;
      itemsService[topic] = named?.known ? numberOf(serviceNumbers, named.service) : topicServiceOf[topic];
    }
    return itemsService[topic];
  };
  for (let local = 0; local < size; local++) {
    const fact = facts[local];
    const entry = local << FIELD_BITS;
    markWords(postings, textWords[local], entry, Field.Text);
    const compoundWords = compoundsOf[local];
    if (compoundWords) markWords(postings, compoundWords, entry, Field.Text | COMPOUND_ONLY);
    if (fact.code) markWords(postings, wordsOf(fact.code), entry, Field.Code);
    // The bare headings above a fact are its title; its parent item (or its heading, when it has none) is its topic; the rest is breadcrumb.
    const parent = fact.parentId === undefined ? undefined : localOf.get(fact.parentId);
    // Parents come before their items: the topic's service is known by then (a topic is read once, however many items it has).
    topicServiceOf[local] = parent === undefined || parent > local ? serviceOf[local] : topicServiceOfItems(parent);
    let titles = NO_WORDS;
    let title = '';
    for (let ancestor = parent; ancestor !== undefined; ancestor = ancestorAbove(facts[ancestor], localOf)) {
      if (!bare[ancestor]) continue;
      markWords(postings, textWords[ancestor], entry, Field.BareHeading);
      // Titles apart: a phrase does not run from one title into the next.
      titles = titles === NO_WORDS ? textWords[ancestor] : [...textWords[ancestor], '', ...titles];
      title = title === '' ? lowerText[ancestor] : `${lowerText[ancestor]}\n${title}`;
    }
    titleWords.push(titles);
    lowerTitle.push(title);
    if (parent !== undefined) markWords(postings, textWords[parent], entry, Field.Parent);
    // The heading is the topic of the items right under it ("Exponential Backoff › Keep trying…"), breadcrumb above the rest.
    markWords(postings, cachedWords(fact.heading), entry, parent === undefined ? Field.Parent : Field.Breadcrumb);
    for (let i = 0; i < fact.path.length - 1; i++) markWords(postings, cachedWords(fact.path[i]), entry, Field.Breadcrumb);
  }
  return { facts, textWords, titleWords, lowerTitle, lowerText, readWhole, sameTextKey, bare, precise, termOf, terms: [...termNumbers.keys()], textWordCount, serviceOf, topicServiceOf, services: [...serviceNumbers.keys()], tieKey, postings };
}

/** A name's number in `numbers`, the next one for a name not numbered yet. */
function numberOf(numbers: Map<string, number>, name: string): number {
  let number = numbers.get(name);
  if (number === undefined) numbers.set(name, (number = numbers.size));
  return number;
}

/** A term giving a bound or default of a thing ("Default cooldown: 300 seconds", "Maximum item size: 400 KB") defines the thing. */
const BOUND_OF_TERM = /^(?:default|maximum|minimum|max|min)\s+(?=\S)/i;

function ancestorAbove(fact: Fact, localOf: ReadonlyMap<string, number>): number | undefined {
  return fact.parentId === undefined ? undefined : localOf.get(fact.parentId);
}

/**
 * Adds the fact of posting `entry` to each word's postings at `field`, unless the fact is there
 * already: postings grow in fact order, so a word's last posting tells, and the first field a
 * word is marked with is its best. A word already there is flagged when it comes back: again in
 * the text (`REPEATED`, not for stop words), or above a fact that has it in its text or code (`ALSO_ABOVE`).
 */
function markWords(postings: Map<string, number[]>, words: readonly string[], entry: number, field: number): void {
  const above = field === Field.BareHeading || field === Field.Parent || field === Field.Breadcrumb;
  for (let i = 0; i < words.length; i++) {
    const list = postings.get(words[i]);
    if (list === undefined) {
      postings.set(words[i], [entry | field]);
      continue;
    }
    const last = list[list.length - 1];
    if (last >> FIELD_BITS !== entry >> FIELD_BITS) list.push(entry | field);
    else if (field === Field.Text && (last & FIELD_MASK) === Field.Text && !isStopWord(words[i])) list[list.length - 1] = last | REPEATED;
    else if (above && ((last & FIELD_MASK) === Field.Text || (last & FIELD_MASK) === Field.Code)) list[list.length - 1] = last | ALSO_ABOVE;
  }
}

/**
 * Every notes file read for ranking, with the rarity of each word. The per-file parts are
 * kept across changes; only the files that changed are read again.
 */
export class RelevanceIndex {
  readonly files: readonly FileRelevance[];
  readonly offsets: readonly number[];
  readonly size: number;
  /** The per-fact parts of every file, numbered across files: the ranking's loops read these, never a file. */
  readonly facts: readonly Fact[];
  readonly textWords: readonly (readonly string[])[];
  readonly lowerText: readonly string[];
  readonly titleWords: readonly (readonly string[])[];
  readonly lowerTitle: readonly string[];
  readonly readWhole: Uint8Array;
  readonly sameTextKey: readonly string[];
  readonly bare: Uint8Array;
  readonly precise: Uint8Array;
  /**
   * Each `Term: definition` fact's term (as `termKey` reads it) as its number in `termNumber`,
   * -1 for other facts: a hover asks each candidate whether it defines the cursor's name, a
   * number compared where a string looked up was a tenth of the hover.
   */
  readonly termOf: Int32Array;
  /** How many words each fact's text has. */
  readonly textWordCount: Int32Array;
  /** Each fact's service, as its number in `serviceNumber`. */
  readonly serviceOf: Int32Array;
  /** The service a topic above each fact names (`FileRelevance.topicServiceOf`), as its number in `serviceNumber`. */
  readonly topicServiceOf: Int32Array;
  /** The order of facts of equal score: the user's notes first, then the earlier line. */
  readonly tieKey: Float64Array;
  private readonly serviceNumbers = new Map<string, number>();
  private readonly termNumbers = new Map<string, number>();
  private vocabulary: { words: string[]; ids: ReadonlySet<string>; masks: Int32Array; bigrams: VocabularyBigrams } | undefined;
  private readonly expansions = new BoundedCache<string, ReadonlyMap<string, number>>(EXPANSION_CACHE);
  private readonly misspellings = new BoundedCache<string, readonly string[]>(EXPANSION_CACHE);
  private misspeltByDeletion: Map<string, string[]> | undefined;
  private readonly siblings = new BoundedCache<string, readonly string[]>(EXPANSION_CACHE);
  /** Whether a word is written as a word of its own somewhere, not only inside camelCase names, by word (asked again and again). */
  private readonly plainWords = new BoundedCache<string, boolean>(EXPANSION_CACHE);
  /** By service: which facts name it in their text (`serviceMentions`), made on the first hover or lookup of the service. */
  private readonly mentionsByService = new BoundedCache<string, Uint8Array>(MENTIONS_CACHE);
  /** Each fact's breadcrumb lower-cased, made on first ask (a lookup naming a service reads a few of them). */
  private readonly lowerBreadcrumbs: (string | undefined)[] = [];
  private scratchSpace: Scratch | undefined;

  constructor(parsed: readonly ParsedNotes[]) {
    this.files = parsed.map(fileRelevance);
    const offsets: number[] = [];
    let size = 0;
    for (const file of this.files) {
      offsets.push(size);
      size += file.facts.length;
    }
    this.offsets = offsets;
    this.size = size;
    const parts = this.files;
    this.facts = joinLists(parts.map((file) => file.facts));
    this.textWords = joinLists(parts.map((file) => file.textWords));
    this.lowerText = joinLists(parts.map((file) => file.lowerText));
    this.titleWords = joinLists(parts.map((file) => file.titleWords));
    this.lowerTitle = joinLists(parts.map((file) => file.lowerTitle));
    this.sameTextKey = joinLists(parts.map((file) => file.sameTextKey));
    this.readWhole = joinTyped(parts.map((file) => file.readWhole), size, (length) => new Uint8Array(length));
    this.bare = joinTyped(parts.map((file) => file.bare), size, (length) => new Uint8Array(length));
    this.precise = joinTyped(parts.map((file) => file.precise), size, (length) => new Uint8Array(length));
    this.textWordCount = joinTyped(parts.map((file) => file.textWordCount), size, (length) => new Int32Array(length));
    this.tieKey = joinTyped(parts.map((file) => file.tieKey), size, (length) => new Float64Array(length));
    // Each file numbers its services and terms; numbered again across files here (a few dozen services, a few thousand terms per file).
    this.serviceOf = new Int32Array(size);
    this.topicServiceOf = new Int32Array(size);
    this.termOf = new Int32Array(size);
    parts.forEach((file, f) => {
      const services = file.services.map((service) => numberOf(this.serviceNumbers, service));
      const terms = file.terms.map((term) => numberOf(this.termNumbers, term));
      for (let local = 0; local < file.facts.length; local++) {
        this.serviceOf[offsets[f] + local] = services[file.serviceOf[local]];
        this.topicServiceOf[offsets[f] + local] = services[file.topicServiceOf[local]];
        this.termOf[offsets[f] + local] = file.termOf[local] < 0 ? -1 : terms[file.termOf[local]];
      }
    });
  }

  /** The number of a term (as `termKey` reads it) in `termOf`; -1 for a term no fact defines. */
  termNumber(key: string): number {
    return this.termNumbers.get(key) ?? -1;
  }

  /** The number of a service in `serviceOf`; -1 for a service no fact has (or none). */
  serviceNumber(service: string | undefined): number {
    return service === undefined ? -1 : (this.serviceNumbers.get(service) ?? -1);
  }

  /** By service number, whether the service is one of `services` (nothing allocated for none, as for most queries). */
  servicesAmong(services: readonly string[]): Uint8Array {
    if (services.length === 0) return NO_SERVICES;
    const among = new Uint8Array(this.serviceNumbers.size);
    for (const service of services) {
      const number = this.serviceNumber(service);
      if (number >= 0) among[number] = 1;
    }
    return among;
  }

  /** By service number, whether the service's name writes one of `forms` (lower-cased) as whole words: "kinesis" in Kinesis Data Firehose. */
  servicesWriting(forms: readonly string[]): Uint8Array {
    const writes = new Uint8Array(this.serviceNumbers.size);
    if (forms.length === 0) return writes;
    for (const [service, number] of this.serviceNumbers) {
      const lower = service.toLowerCase();
      if (forms.some((form) => containsWhole(lower, form))) writes[number] = 1;
    }
    return writes;
  }

  /** Per-search arrays, one slot per fact, reused by every search (stamped, never cleared). */
  scratch(groupCount: number): Scratch {
    if (!this.scratchSpace || this.scratchSpace.groupSlots < groupCount) this.scratchSpace = new Scratch(this.size, this.termNumbers.size, Math.max(groupCount, MIN_GROUP_SLOTS));
    return this.scratchSpace;
  }

  /** How many facts hold the word, in any field. */
  documentFrequency(word: string): number {
    let count = 0;
    for (const file of this.files) count += file.postings.get(word)?.length ?? 0;
    return count;
  }

  /**
   * The words of the notes one typo from a long word, written so in a fact or two of the
   * user's notes and never in the bundled pack, with the same first letter ("mananger" of
   * "manager"): a learner's notes are theirs, typos and all, and a hover should still find
   * them. Short words have too many real neighbours ("role", "rule") to guess at, and a word
   * the pack (proofread) uses is a word ("reading" is not "leading").
   */
  misspellingsOf(word: string): readonly string[] {
    if (word.length < MISSPELT_LENGTH) return NONE;
    const known = this.misspellings.get(word);
    if (known) return known;
    // The word, and the word less each letter, looked up among the misspellings' own deletions: one edit either way.
    const byDeletion = (this.misspeltByDeletion ??= this.indexMisspellings());
    let found: string[] | undefined;
    for (let i = -1; i < word.length; i++) {
      for (const token of byDeletion.get(i < 0 ? word : word.slice(0, i) + word.slice(i + 1)) ?? NONE) {
        if (token === word || token[0] !== word[0] || found?.includes(token) || editDistance(word, token, 1) !== 1) continue;
        (found ??= []).push(token);
      }
    }
    return this.misspellings.set(word, found ?? NONE);
  }

  /**
   * The words that may be misspellings (long enough, in a fact or two of the user's notes, never
   * in the pack), under themselves and under each of their one-letter deletions: a lookup is then
   * a few map reads per hover word, not a pass over the vocabulary. Built on the first ask.
   */
  private indexMisspellings(): Map<string, string[]> {
    const byDeletion = new Map<string, string[]>();
    const add = (key: string, token: string) => {
      const tokens = byDeletion.get(key);
      if (!tokens) byDeletion.set(key, [token]);
      else if (!tokens.includes(token)) tokens.push(token);
    };
    const pack = this.files.filter((file) => file.facts[0]?.origin === 'bundled');
    for (const file of this.files) {
      if (pack.includes(file)) continue;
      for (const [token, postings] of file.postings) {
        // (This file's postings first: a cheap way to rule most words out before counting every file's.)
        if (token.length < MISSPELT_LENGTH - 1 || postings.length > MISSPELT_AT_MOST || this.documentFrequency(token) > MISSPELT_AT_MOST) continue;
        if (pack.some((packFile) => packFile.postings.has(token))) continue;
        add(token, token);
        for (let i = 0; i < token.length; i++) add(token.slice(0, i) + token.slice(i + 1), token);
      }
    }
    return byDeletion;
  }

  /** The other words of the notes sharing a word's root ("balancer" and "balance" of "balanced"), the word left out. */
  rootSiblings(word: string): readonly string[] {
    const known = this.siblings.get(word);
    if (known) return known;
    const root = rootOf(word);
    let siblings: string[] | undefined;
    for (const file of this.files) {
      for (const other of rootsOf(file).get(root) ?? NONE) {
        if (other !== word && !(siblings ??= []).includes(other)) siblings.push(other);
      }
    }
    return this.siblings.set(word, siblings ?? NONE);
  }

  /**
   * Whether some fact writes the word as a word of its own ("Stacksets"), not only as a camelCase
   * name ("StackSets", which holds "stack" and "set" too).
   */
  writesAsWord(word: string): boolean {
    const known = this.plainWords.get(word);
    if (known !== undefined) return known;
    return this.plainWords.set(word, this.files.some((file) => file.postings.get(word)?.some((entry) => (entry & COMPOUND_ONLY) === 0) === true));
  }

  /** Which facts name `service` in their text, made by `mark` on the first ask: a file's hovers ask of one service again and again. */
  mentionsOf(service: string, mark: () => Uint8Array): Uint8Array {
    return this.mentionsByService.get(service) ?? this.mentionsByService.set(service, mark());
  }

  /** The fact's breadcrumb (its heading and the items above it), lower-cased. */
  lowerBreadcrumb(at: number): string {
    return (this.lowerBreadcrumbs[at] ??= this.facts[at].breadcrumb.toLowerCase());
  }

  /** The rarity of a word: rare words say more about what a fact is about. */
  idf(word: string): number {
    return this.idfOf(this.documentFrequency(word));
  }

  /** The rarity of a word `count` facts hold (0: none, the rarest there is). */
  idfOf(count: number): number {
    return Math.log(1 + (this.size + 1) / (count + 0.5));
  }

  /**
   * The vocabulary words a typed word stands for: itself 1, a longer word starting with it or
   * holding it less. A word the notes never use is taken for a typo of the words within its
   * typo budget (swaps included), closer ones worth more; only when it has none, of the words
   * fuse.js's rule reaches (a third of its letters may be wrong, anywhere in a longer word).
   * A word the notes do use is never replaced by its neighbours: "kms" is not "msk".
   */
  expand(word: string): ReadonlyMap<string, number> {
    const cached = this.expansions.get(word);
    if (cached) return cached;
    const vocabulary = (this.vocabulary ??= buildVocabulary(this.files));
    const matcher = new WordMatcher(word, FUZZY_THRESHOLD);
    const known = vocabulary.ids.has(word);
    const budget = typoBudget(word);
    const found = new Map<string, number>();
    const fuzzy = new Map<string, number>();
    // A swap breaks up to three bigrams of the word: ask for candidates with room for that.
    const candidates = vocabulary.bigrams.candidates(word, Math.max(matcher.maxErrors, Math.ceil((3 * budget) / 2)));
    const count = candidates ? candidates.length : vocabulary.words.length;
    for (let i = 0; i < count; i++) {
      const id = candidates ? candidates[i] : i;
      const token = vocabulary.words[id];
      if (token === word) {
        found.set(token, 1);
        continue;
      }
      // A typo read as "by" or "the" finds nothing worth finding.
      if (isStopWord(token)) continue;
      const errors = matcher.errorsIn(token, vocabulary.masks[id]);
      const within = errors === 0 ? (token.startsWith(word) ? PREFIX_QUALITY : INSIDE_QUALITY) : 0;
      if (known) {
        if (within > 0) found.set(token, within);
        continue;
      }
      // A word the notes never use: a longer word holding it may also be a typo away ("byt" of "byte"), the closer reading counts.
      const distance = editDistance(word, token, budget);
      if (distance <= budget) found.set(token, Math.max(within, TYPO_QUALITY ** distance));
      else if (within > 0) found.set(token, within);
      else if (errors > 0) fuzzy.set(token, FUSE_TYPO_QUALITY * (1 - errors / word.length));
    }
    return this.remember(word, found.size > 0 || known ? found : fuzzy);
  }

  private remember(word: string, found: Map<string, number>): ReadonlyMap<string, number> {
    // The best matches only: a short word is inside hundreds of longer ones.
    if (found.size > MAX_ALTERNATIVES) {
      const kept = [...found].sort((a, b) => b[1] - a[1]).slice(0, MAX_ALTERNATIVES);
      found.clear();
      for (const [token, quality] of kept) found.set(token, quality);
    }
    return this.expansions.set(word, found);
  }
}

/** Above any line number: the origin orders ties before the line does. */
const ORIGIN_STRIDE = 2 ** 32;

export function originRank(origin: NotesOrigin): number {
  return origin === 'user' ? 0 : 1;
}

/** The lists of every file end to end (one file's list as it is). */
function joinLists<T>(lists: readonly (readonly T[])[]): readonly T[] {
  if (lists.length === 1) return lists[0];
  const joined: T[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) joined.push(list[i]);
  return joined;
}

/** The arrays of every file end to end (one file's array as it is). */
function joinTyped<T extends Uint8Array | Int32Array | Float64Array>(parts: readonly T[], size: number, make: (length: number) => T): T {
  if (parts.length === 1) return parts[0];
  const joined = make(size);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

const FUZZY_THRESHOLD = 0.34;
/** How much a typed word counts in a longer word starting with it, in one holding it, and with typos (per share of letters right). */
const PREFIX_QUALITY = 0.5;
const INSIDE_QUALITY = 0.35;
/** A typo within the budget: this much per edit (0.7 at one, 0.49 at two). */
const TYPO_QUALITY = 0.7;
/** A typo reached only by fuse.js's looser rule, per share of letters right. */
const FUSE_TYPO_QUALITY = 0.6;
const MAX_ALTERNATIVES = 10;
const MIN_GROUP_SLOTS = 8;
const EXPANSION_CACHE = 256;
/** A byte per fact per service: a few dozen services are kept at most. */
const MENTIONS_CACHE = 32;

function buildVocabulary(files: readonly FileRelevance[]) {
  const seen = new Set<string>();
  for (const file of files) for (const word of file.postings.keys()) seen.add(word);
  const words = [...seen];
  return { words, ids: new Set(words), masks: Int32Array.from(words, charMask), bigrams: new VocabularyBigrams(words) };
}

/** Scratch arrays of a search: scores, stamps and group coverage, one slot per fact. */
export class Scratch {
  readonly score: Float64Array;
  /** The full score of each fact past the floor, by its place in `admitted`. */
  readonly final: Float64Array;
  /** What each candidate can reach before the bonuses, by its place in `candidates`: its coverage with the service counted (the floor is set on it). */
  readonly reach: Float64Array;
  /** The search's stamp for a fact taken as a candidate, minus it for one ruled out. */
  readonly seen: Int32Array;
  readonly owedFound: Uint8Array;
  /** `groupSlots` per fact: how well the fact covers each group of the query. */
  readonly groups: Float64Array;
  readonly wordBest: Float64Array;
  readonly wordSeen: Int32Array;
  /** Each candidate's share of the service word (`serviceCredit`), and whether it counts as of another service (`OTHER_SERVICE`), by its place in `candidates`. */
  readonly credit: Float64Array;
  readonly otherService: Uint8Array;
  /** By term number: the search's stamp for a term the cursor names, and its share (`defines`). */
  readonly definedStamp: Int32Array;
  readonly definedShare: Float64Array;
  /** The facts a word of the query reached; the candidates (a query of a service alone may list a fact twice); those past the filters (as places in `candidates`). */
  readonly found: Int32Array;
  readonly candidates: Int32Array;
  readonly admitted: Int32Array;
  /** The facts past the filters themselves, for the words that only lift (`QueryWord.liftOnly`), and what those words add to each, by fact. */
  readonly admittedFacts: Int32Array;
  readonly lifted: Float64Array;
  readonly heap: RankingHeap;
  wordStamp = 0;
  private stamp = 0;
  private readonly termMarkArrays: Int32Array[] = [];

  constructor(size: number, termCount: number, readonly groupSlots: number) {
    this.score = new Float64Array(size);
    this.final = new Float64Array(2 * size);
    this.reach = new Float64Array(2 * size);
    this.seen = new Int32Array(size);
    this.owedFound = new Uint8Array(size);
    this.groups = new Float64Array(size * groupSlots);
    this.wordBest = new Float64Array(size);
    this.wordSeen = new Int32Array(size);
    this.credit = new Float64Array(2 * size);
    this.otherService = new Uint8Array(2 * size);
    this.definedStamp = new Int32Array(termCount);
    this.definedShare = new Float64Array(termCount);
    this.found = new Int32Array(size);
    this.candidates = new Int32Array(2 * size);
    this.admitted = new Int32Array(2 * size);
    this.admittedFacts = new Int32Array(2 * size);
    this.lifted = new Float64Array(size);
    this.heap = new RankingHeap(2 * size);
  }

  /** The search's stamp for a fact that may hold the query's distinctive term number `term`. */
  termMarks(term: number): Int32Array {
    while (this.termMarkArrays.length <= term) this.termMarkArrays.push(new Int32Array(this.score.length));
    return this.termMarkArrays[term];
  }

  nextStamp(): number {
    return ++this.stamp;
  }
}

const indexes = new WeakMap<NotesIndex, { version: number; index: RelevanceIndex }>();

/** The ranking index of a notes index, kept until the notes change. */
export function relevanceIndexOf(notes: NotesIndex): RelevanceIndex {
  const known = indexes.get(notes);
  if (known && known.version === notes.version) return known.index;
  const parsed = notes.files().map((file) => notes.parsed(file)!);
  const index = new RelevanceIndex(parsed);
  indexes.set(notes, { version: notes.version, index });
  return index;
}
