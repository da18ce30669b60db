import type { Fact, ParsedNotes } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { lastIndexAtOrBelow } from '../util/sortedSearch';
import { isStopWord, wordsAndCompoundsOf, wordsOf } from './relevanceText';
import { editDistance } from '../util/editDistance';
import { typoBudget } from './typoDistance';
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

/**
 * Beside its best field, a posting says whether the word comes back in the fact: again in its
 * text (what a fact repeats is what it is about), or also above it, in its title, topic or
 * breadcrumb (a fact under "Write patterns:" that says "write" is about writes).
 */
export const REPEATED = 1 << 3;
export const ALSO_ABOVE = 1 << 4;

/** Postings hold `fact << FIELD_BITS | flags | field`. */
export const FIELD_BITS = 5;
export const FIELD_MASK = (1 << 3) - 1;

/** One notes file, read for ranking: built once per parse of the file, so a change re-reads that file alone. */
export interface FileRelevance {
  readonly facts: readonly Fact[];
  /** The words of each fact's text, in order (phrases are looked up in them). */
  readonly textWords: readonly (readonly string[])[];
  /** The words of each `Term: definition` fact's term (stop words left out), or none. */
  readonly termWords: readonly (readonly string[])[];
  /** The words of the bare headings above each fact (its titles, shown with it), or none. */
  readonly titleWords: readonly (readonly string[])[];
  /** Those bare headings' texts, lower-cased ('' for none): a word typed as it is written there counts as in the text. */
  readonly lowerTitle: readonly string[];
  /** Each fact's text and code, lower-cased (distinctive terms are looked up in them). */
  readonly lowerText: readonly string[];
  /** Whether each fact is a bare heading: a short item with items under it, scored by them and never shown alone. */
  readonly bare: Uint8Array;
  /** Each fact's text and code, lower-cased with white space folded: facts with the same key show as one. */
  readonly sameTextKey: readonly string[];
  /** Whether each fact states a number (a limit, a default, a size): precise facts rank above vague ones. */
  readonly precise: Uint8Array;
  /** For each word, `fact << FIELD_BITS | flags | field` of the facts holding it, at its best field. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

const files = new WeakMap<ParsedNotes, FileRelevance>();

function fileRelevance(parsed: ParsedNotes): FileRelevance {
  let known = files.get(parsed);
  if (!known) files.set(parsed, (known = buildFile(parsed.facts)));
  return known;
}

/** Bare headings: items with children and at most this many words ("Visibility Timeout", "Queue Type", "Dead-letter queue:"). */
const BARE_WORDS = 4;
const NO_WORDS: string[] = [];

function isBare(fact: Fact, words: readonly string[]): boolean {
  return fact.childIds.length > 0 && !fact.code && (fact.text.trimEnd().endsWith(':') || words.length <= BARE_WORDS);
}

function buildFile(facts: readonly Fact[]): FileRelevance {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const postings = new Map<string, number[]>();
  const textWords: string[][] = [];
  const titleWords: string[][] = [];
  const lowerTitle: string[] = [];
  const termWords: (readonly string[])[] = [];
  const lowerText: string[] = [];
  const sameTextKey: string[] = [];
  const bare = new Uint8Array(facts.length);
  const precise = new Uint8Array(facts.length);
  const wordsOfText = new Map<string, string[]>();
  const cachedWords = (text: string) => {
    let words = wordsOfText.get(text);
    if (!words) wordsOfText.set(text, (words = wordsOf(text)));
    return words;
  };
  // One map of each word's best field and flags, emptied for each fact (50,000 facts, 50,000 maps otherwise).
  const best = new Map<string, number>();
  const compounds: string[] = [];
  facts.forEach((fact, local) => {
    compounds.length = 0;
    const text = wordsAndCompoundsOf(fact.text, compounds);
    textWords.push(text);
    const lower = fact.code ? `${fact.text}\n${fact.code}`.toLowerCase() : fact.text.toLowerCase();
    lowerText.push(lower);
    sameTextKey.push(/\s\s|[\t\n\r]/.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower.trim());
    if (/\d/.test(fact.text)) precise[local] = 1;
    if (isBare(fact, text)) bare[local] = 1;
    best.clear();
    const mark = (words: readonly string[], field: Field) => {
      for (const word of words) {
        const known = best.get(word);
        if (known === undefined) best.set(word, field);
        else if (field >= Field.Parent || field === Field.BareHeading) {
          if ((known & FIELD_MASK) === Field.Text || (known & FIELD_MASK) === Field.Code) best.set(word, known | ALSO_ABOVE);
        }
      }
    };
    for (const word of text) {
      const known = best.get(word);
      if (known === undefined) best.set(word, Field.Text);
      else if (!isStopWord(word)) best.set(word, known | REPEATED);
    }
    mark(compounds, Field.Text);
    if (fact.code) mark(wordsOf(fact.code), Field.Code);
    // The bare headings above a fact are its title; its parent item is its topic; the rest is breadcrumb.
    const parent = fact.parentId === undefined ? undefined : byId.get(fact.parentId);
    let titles: string[] = NO_WORDS;
    let title = '';
    for (let ancestor = parent; ancestor; ancestor = ancestor.parentId === undefined ? undefined : byId.get(ancestor.parentId)) {
      const words = cachedWords(ancestor.text);
      if (!isBare(ancestor, words)) continue;
      mark(words, Field.BareHeading);
      // Titles apart: a phrase does not run from one title into the next.
      titles = titles === NO_WORDS ? words : [...words, '', ...titles];
      title = title === '' ? ancestor.text.toLowerCase() : `${ancestor.text.toLowerCase()}\n${title}`;
    }
    titleWords.push(titles);
    lowerTitle.push(title);
    termWords.push(fact.term ? cachedWords(fact.term).filter((word) => !isStopWord(word)) : NO_WORDS);
    if (parent) mark(cachedWords(parent.text), Field.Parent);
    mark(cachedWords(fact.heading), Field.Breadcrumb);
    for (const ancestor of fact.path.slice(0, -1)) mark(cachedWords(ancestor), Field.Breadcrumb);
    for (const [word, entry] of best) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push((local << FIELD_BITS) | entry);
    }
  });
  return { facts, textWords, titleWords, lowerTitle, termWords, lowerText, sameTextKey, bare, precise, postings };
}

/**
 * Every notes file read for ranking, with the rarity of each word. The per-file parts are
 * kept across changes; only the files that changed are read again.
 */
export class RelevanceIndex {
  readonly files: readonly FileRelevance[];
  readonly offsets: readonly number[];
  readonly size: number;
  private vocabulary: { words: string[]; ids: ReadonlySet<string>; masks: Int32Array; bigrams: VocabularyBigrams } | undefined;
  private readonly expansions = new Map<string, ReadonlyMap<string, number>>();
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
  }

  /** Per-search arrays, one slot per fact, reused by every search (stamped, never cleared). */
  scratch(groupCount: number): Scratch {
    if (!this.scratchSpace || this.scratchSpace.groupSlots < groupCount) this.scratchSpace = new Scratch(this.size, Math.max(groupCount, MIN_GROUP_SLOTS));
    return this.scratchSpace;
  }

  /** The file and the place in it of a fact numbered across files. */
  locate(at: number): { file: FileRelevance; local: number } {
    const file = lastIndexAtOrBelow(this.offsets, at);
    return { file: this.files[file], local: at - this.offsets[file] };
  }

  /** How many facts hold the word, in any field. */
  documentFrequency(word: string): number {
    let count = 0;
    for (const file of this.files) count += file.postings.get(word)?.length ?? 0;
    return count;
  }

  /** The rarity of a word: rare words say more about what a fact is about. */
  idf(word: string): number {
    return Math.log(1 + (this.size + 1) / (this.documentFrequency(word) + 0.5));
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
      const errors = matcher.errorsIn(token, vocabulary.masks[id]);
      if (errors === 0) found.set(token, token.startsWith(word) ? PREFIX_QUALITY : INSIDE_QUALITY);
      if (known || errors === 0) continue;
      const distance = editDistance(word, token, budget);
      if (distance <= budget) found.set(token, TYPO_QUALITY ** distance);
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
    if (this.expansions.size > EXPANSION_CACHE) this.expansions.clear();
    this.expansions.set(word, found);
    return found;
  }
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

function buildVocabulary(files: readonly FileRelevance[]) {
  const seen = new Set<string>();
  for (const file of files) for (const word of file.postings.keys()) seen.add(word);
  const words = [...seen];
  return { words, ids: new Set(words), masks: Int32Array.from(words, charMask), bigrams: new VocabularyBigrams(words) };
}

/** Scratch arrays of a search: scores, stamps and group coverage, one slot per fact. */
export class Scratch {
  readonly score: Float64Array;
  /** The full score of each fact past the floor. */
  readonly final: Float64Array;
  /** What each candidate can reach before the bonuses: its coverage with the service counted (the floor is set on it). */
  readonly reach: Float64Array;
  /** The order of facts of equal score (origin, then line). */
  readonly tie: Float64Array;
  /** The search's stamp for a fact taken as a candidate, minus it for one ruled out. */
  readonly seen: Int32Array;
  readonly owedFound: Uint8Array;
  /** `groupSlots` per fact: how well the fact covers each group of the query. */
  readonly groups: Float64Array;
  readonly wordBest: Float64Array;
  readonly wordSeen: Int32Array;
  wordStamp = 0;
  private stamp = 0;

  constructor(size: number, readonly groupSlots: number) {
    this.score = new Float64Array(size);
    this.final = new Float64Array(size);
    this.reach = new Float64Array(size);
    this.tie = new Float64Array(size);
    this.seen = new Int32Array(size);
    this.owedFound = new Uint8Array(size);
    this.groups = new Float64Array(size * groupSlots);
    this.wordBest = new Float64Array(size);
    this.wordSeen = new Int32Array(size);
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
