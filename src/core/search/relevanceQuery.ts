import { resolveService, serviceOfCfnType } from '../notes/serviceAliases';
import { isDistinctive, isStopWord, termKey, trimPunctuation, wordsOf } from './relevanceText';
import { serviceNames, serviceWords } from './serviceWords';
import { PROSE_WORDS } from './proseWords.data';
import { SYNONYMS, type SynonymEntry } from './synonyms.data';

/**
 * What the cursor is about, as each analyzer says it: the service of the context, the terms
 * under the cursor as written (most specific first: `ForAllValues:StringEquals`,
 * `ForAllValues`, `StringEquals`), and the words around them that narrow them (the resource
 * noun "queue", the option a value belongs to, the hook's platform).
 */
export interface NotesQuery {
  readonly service: string;
  readonly terms: readonly string[];
  readonly context?: readonly string[];
  /** Other services the thing under the cursor is of, as the catalog says (EC2 for an option of `aws:autoscaling:launchconfiguration`): their facts are about it. */
  readonly services?: readonly string[];
  /**
   * What the catalog says the thing is, in its words (a summary, the values it allows): they lift a
   * fact already about one of the terms ("gp2: general purpose SSD …" for `RootVolumeType`, whose
   * summary names SSD and IOPS), never admit one alone.
   */
  readonly describedAs?: string;
  /** The service whose configuration the thing is part of (Elastic Beanstalk, for a resource of an `.ebextensions` file): its facts count as the service's when the cursor's name is distinctive. */
  readonly within?: string;
}

/** One word the ranking looks for. */
export interface QueryWord {
  /** The stems that count as this word, with how well each matches (1: the word itself). */
  readonly alternatives: ReadonlyMap<string, number>;
  /** How much the word counts before its rarity (inverse document frequency) is applied. */
  readonly weight: number;
  /** The canonical service this word names: every fact of that service covers it, once. */
  readonly service?: string;
  /** Synonym words add to a fact's score; alone, they find only a fact of the query's service. */
  readonly optional?: boolean;
  /** A description's word (optional too): it adds to the score of a fact other words found, never finds one. */
  readonly liftOnly?: boolean;
}

export interface QueryPhrase {
  readonly words: readonly string[];
  readonly weight: number;
}

/** A distinctive term of the cursor as written (its one word, lower-cased). */
export interface ExactTerm extends QueryPhrase {
  /**
   * For a name of `LONG_NAME_WORDS` words or more, its `termKey`: a `Term: definition` fact of any
   * service spelling it out ("IAM Instance Profile:" for `IamInstanceProfile`) holds it as written. A
   * shorter name is often another service's own thing by the same words (CodeDeploy's "Service role:"
   * is not CodeBuild's `ServiceRole`, nor SQS's "Batch size:" a Lambda `BatchSize`).
   */
  readonly definedAs: string | undefined;
}

/** The words of one term (or of a synonym of it), by their place in `words`: a hover's fact must cover one term well. */
export interface QueryGroup {
  readonly words: readonly number[];
  readonly weight: number;
}

/** The query the scorer runs: words, phrases (consecutive words) and distinctive terms as written. */
export interface CompiledQuery {
  readonly words: readonly QueryWord[];
  readonly groups: readonly QueryGroup[];
  readonly phrases: readonly QueryPhrase[];
  /** Distinctive terms, lower-cased, matched whole in a fact's text ("forallvalues", "aws:kms"). */
  readonly exact: readonly ExactTerm[];
  /** Lookup words as typed, lower-cased: a fact holding the very form typed ("metric", not only "metrics") ranks a little higher. */
  readonly surface: readonly string[];
  readonly service?: string;
  /**
   * The service as a lookup's words name it, lower-cased (what was typed, the service's names):
   * a fact of another service whose text writes one of them covers the service word ("… to SNS,
   * SQS or EventBridge" for "eventbridge notifications"). A hover's service is the file's: none.
   */
  readonly serviceForms: readonly string[];
  /** The query as plain words, for a lookup pre-filled from a hover. */
  readonly text: string;
  /** The cursor's terms name the service alone (`AWS::SecretsManager::Secret`): the service's facts are about them. */
  readonly servicesOnly: boolean;
  /**
   * What the cursor names, as `termKey`s, with how much defining it counts: a `Term: definition`
   * fact whose term is one of them defines it (1), defines a synonym of it (less: "AMI: …" for
   * `ImageId`) or the block it is in (less again: "container_commands: …" for a command's
   * `command`). A lookup names nothing: its words are words.
   */
  readonly defines: ReadonlyMap<string, number>;
  /** Two adjacent words written as one ("stack" "set" → "stackset"), by their places in `words`: notes write "Stacksets", "username". */
  readonly joined: readonly JoinedWords[];
  /**
   * Other services a synonym of the cursor's name names (CloudWatch for `Monitoring`), or the
   * option namespace around it (Auto Scaling for `aws:autoscaling:asg`): their facts are about
   * it, not of another service. (A name's own words do not: `KmsKeyArn` refers to a KMS key,
   * and every KMS fact holds "key".)
   */
  readonly namedServices: readonly string[];
  /**
   * The cursor is on a resource type (`AWS::Redshift::Cluster`): what it names is its service's
   * thing, so another service's fact sharing its noun ("Up to 500 shards per cluster" of
   * ElastiCache) is not about it, unless it holds a distinctive term as written.
   */
  readonly ofTypeService: boolean;
  /** `NotesQuery.within`, canonical. */
  readonly withinService?: string;
  /** The words were typed (Look Up Fact), not read off the cursor: each counts in the bare heading above a fact as in its text (the result shows them as one). */
  readonly typed: boolean;
}

export interface JoinedWords {
  readonly form: string;
  readonly words: readonly [number, number];
}

/** A name of this many words is one thing, whichever service's notes define it (`ExactTerm.definedAs`). */
const LONG_NAME_WORDS = 3;
/** How much each following term counts: the first is the most specific. */
const TERM_DECAY = 0.15;
const LEAST_TERM_WEIGHT = 0.6;
/**
 * A word of the catalog's description counts this much: on the tuned relevance batches, 0.25 takes
 * .ebextensions recall@3 from 0.740 to 0.771 (0.15 gained less, 0.4 about as much with
 * CloudFormation's MRR falling), CloudFormation's recall unchanged, the precision set's figures
 * unchanged. (IAM's descriptions, "Filters access by …", mostly name sibling keys: not asked.)
 */
const DESCRIPTION_WEIGHT = 0.25;
/** `PROSE_WORDS` as `wordsOf` reads them (stemmed). */
const PROSE: ReadonlySet<string> = new Set(wordsOf(PROSE_WORDS.join(' ')));
/** The most description words asked: each is one more list of postings read on every hover. */
const MAX_DESCRIPTION_WORDS = 16;
const CONTEXT_WEIGHT = 0.45;
const SERVICE_WEIGHT = 0.5;
/** Synonym words count this much of the words they stand for. */
const SYNONYM_WEIGHT = 0.6;
/**
 * The words a name ends in to say how it refers to a thing (`…Id`, `…Arn`, `…Name`) or that it is
 * the block of settings of it (`StreamSpecification`, `LifecycleConfiguration`, `VpcConfig`,
 * `StreamModeDetails`, `MethodSettings`), not what the thing is: worth this much of the name's
 * other words.
 */
const REFERENCE_SUFFIXES: ReadonlySet<string> = new Set(['id', 'arn', 'name']);
const BLOCK_SUFFIXES: ReadonlySet<string> = new Set(['specification', 'configuration', 'config', 'detail', 'setting']);
const REFERENCE_WEIGHT = 0.5;
/**
 * The words a name ends in to give the unit of its amount (`RetentionInDays`, `RetentionPeriodHours`,
 * `DelaySeconds`): notes say the amount in their own unit ("Retention: 1-365 days"), so the
 * ending counts as much as a reference ending does.
 */
const UNIT_SUFFIXES: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'byte', 'percent', 'period']);

/**
 * How many of a name's words say what it is, at least one: all but the reference word it ends in
 * (`KmsKeyArn`: "kms key"; what it refers to is named whole: `DeploymentConfigName` refers to a
 * deployment config, `LaunchConfigurationName` to a launch configuration), or else the block and
 * unit words it ends in (`StreamSpecification`: "stream", `RetentionPeriodHours`: "retention").
 */
function namedLength(words: readonly string[]): number {
  let end = words.length;
  if (end > 1 && REFERENCE_SUFFIXES.has(words[end - 1])) return end - 1;
  while (end > 1 && (BLOCK_SUFFIXES.has(words[end - 1]) || UNIT_SUFFIXES.has(words[end - 1]))) end--;
  return end;
}
/** Adjacent lookup words as a phrase: a bonus, not a requirement. */
const LOOKUP_PHRASE_WEIGHT = 0.5;

/** Each synonym entry with the words of its phrase, read once (every term of every hover looks them up). */
interface ReadSynonym {
  readonly entry: SynonymEntry;
  readonly words: readonly string[];
}
const READ_SYNONYMS: readonly ReadSynonym[] = SYNONYMS.map((entry) => ({ entry, words: wordsOf(entry.when) }));
/** The synonyms of names of several words: a lookup types them word by word, so each word's own term cannot hold them. */
const PHRASE_SYNONYMS = READ_SYNONYMS.filter(({ entry, words }) => !entry.asWritten && words.length > 1);

/** Expands a lookup word to vocabulary stems (fuzzy), supplied by the index. */
export type WordExpander = (stem: string) => ReadonlyMap<string, number>;

/** How a term takes part in a query (see `QueryBuilder.addTerm`). */
interface TermRole {
  readonly optional?: boolean;
  readonly group?: boolean;
  readonly wordsFromParts?: boolean;
}

class QueryBuilder {
  private readonly words = new Map<string, { alternatives: Map<string, number>; weight: number; service?: string; optional?: boolean; liftOnly?: boolean }>();
  readonly phrases: QueryPhrase[] = [];
  private readonly groups: { keys: string[]; weight: number }[] = [];
  readonly exact: ExactTerm[] = [];
  readonly surface: string[] = [];
  readonly serviceForms: string[] = [];
  readonly defines = new Map<string, number>();
  readonly namedServices = new Set<string>();
  /** Adjacent words of a term (or of a lookup), by their keys in `words`, under their joined form. */
  private readonly joined = new Map<string, readonly [string, string]>();
  /** The synonyms the terms brought in, as written in the table. */
  readonly synonyms: string[] = [];
  readonly text: string[] = [];
  service: string | undefined;

  constructor(private readonly expand: WordExpander) {}

  addService(service: string, weight: number): void {
    if (this.service !== undefined) return;
    this.service = service;
    const alternatives = new Map([...serviceWords(service)].map((stem) => [stem, 1] as const));
    this.words.set(`service:${service}`, { alternatives, weight, service });
    this.text.push(service);
  }

  /**
   * A term's words, its phrase and (when distinctive) the term as written; `group` false for the
   * words around the cursor; `wordsFromParts` for a compound whose parts follow as terms of
   * their own (`ForAllValues:StringEquals`): its words then count through the parts, at theirs.
   */
  addTerm(term: string, weight: number, { optional = false, group = true, wordsFromParts = false }: TermRole = {}): void {
    const ownWords = this.service ? serviceWords(this.service) : new Set<string>();
    const all = nameWords(term).filter((word) => !ownWords.has(word));
    const words = all.filter((word) => !isStopWord(word));
    if (words.length === 0) return;
    if (!optional && isDistinctive(term)) this.exact.push({ words: [term.toLowerCase()], weight, definedAs: words.length >= LONG_NAME_WORDS ? termKey(term) : undefined });
    if (words.length >= 2) this.phrases.push({ words: trimStops(all), weight: optional ? weight * SYNONYM_WEIGHT : weight });
    if (!optional) this.text.push(...words.filter((word) => !this.text.includes(word)));
    if (wordsFromParts) return;
    // (The words it ends in, of a name of several: `SourceSecurityGroupId` is about a source security group, referred to by its ID.)
    const named = namedLength(words);
    words.forEach((word, i) => this.addWord(word, i >= named ? weight * REFERENCE_WEIGHT : weight, optional));
    this.addJoined(all);
    // (A synonym comes with its weight already discounted: discounted again, a later term's synonym could never cover the hover's bar.)
    if (group) this.groups.push({ keys: words, weight });
    if (!optional) this.addSynonyms(term, this.readings(all), weight);
  }

  /** The words of an idiom the query holds ("how long"): they are read as its synonyms, not as themselves (a fact about long polling is not about "how long"). */
  private readAsSynonyms(words: readonly string[]): void {
    for (const word of words) {
      this.words.delete(word);
      const typed = this.surface.indexOf(word);
      if (typed >= 0) this.surface.splice(typed, 1);
      for (const [form, pair] of this.joined) if (pair.includes(word)) this.joined.delete(form);
    }
    this.phrases.splice(0, this.phrases.length, ...this.phrases.filter((phrase) => !phrase.words.some((word) => words.includes(word))));
  }

  /**
   * The service an option namespace around the cursor is of (`aws:autoscaling:asg`: Auto Scaling,
   * `aws:elb:listener`: Elastic Load Balancing): its facts are about the option, not of another service.
   */
  addNamespaceService(term: string): void {
    const namespace = /^aws:([a-z0-9]+):/.exec(term)?.[1];
    if (namespace !== undefined) this.addNamedService(namespace);
  }

  /** A service a name around the cursor names, but the query's own: its facts are not of another service. */
  addNamedService(name: string): void {
    const named = resolveService(name);
    if (named.known && named.service !== this.service) this.namedServices.add(named.service);
  }

  /** Words as typed and, when a typo among them stands for another word, as meant: "retension" is "retention", an expiration. */
  private readings(words: readonly string[]): readonly (readonly string[])[] {
    const meant = words.map((word) => this.closest(word));
    return meant.some((word, i) => word !== words[i]) ? [words, meant] : [words];
  }

  /** What a word stands for: itself, or for a typed word the notes never write, the vocabulary word closest to it ("retension" → "retention"). */
  private closest(word: string): string {
    let best = word;
    let quality = 0;
    for (const [stem, match] of this.words.get(word)?.alternatives ?? []) {
      if (stem === word) return word;
      if (match > quality) [best, quality] = [stem, match];
    }
    return best;
  }

  addWord(word: string, weight: number, optional: boolean): void {
    const known = this.words.get(word);
    if (known) {
      known.weight = Math.max(known.weight, weight);
      if (!optional) known.optional = undefined;
      return;
    }
    // Synonyms match as written: a fuzzy "in" would match half the vocabulary.
    this.words.set(word, { alternatives: optional ? new Map([[word, 1]]) : new Map(this.expand(word)), weight, optional: optional || undefined });
  }

  /** Each pair of adjacent words (neither a stop word) of `words`, which `addWord` has added, as one word too. */
  addJoined(words: readonly string[]): void {
    for (let i = 0; i + 1 < words.length; i++) {
      const [first, second] = [words[i], words[i + 1]];
      if (first !== second && this.words.has(first) && this.words.has(second)) this.joined.set(first + second, [first, second]);
    }
  }

  /** The words of a description the query lacks (not the service's own name), as optional words: they add to a fact's score, never admit it. */
  addDescription(text: string): void {
    const own = this.service ? serviceWords(this.service) : new Set<string>();
    const words = [...new Set(wordsOf(text))].filter((word) => !isStopWord(word) && !PROSE.has(word) && !own.has(word) && !this.words.has(word));
    for (const word of words.slice(0, MAX_DESCRIPTION_WORDS)) this.words.set(word, { alternatives: new Map([[word, 1]]), weight: DESCRIPTION_WEIGHT, optional: true, liftOnly: true });
  }

  addPhrase(words: readonly string[], weight: number): void {
    if (words.length >= 2) this.phrases.push({ words, weight });
  }

  /** A lookup's synonyms of a name typed as several words ("write capacity unit"), which no one word of it holds. */
  addTypedPhraseSynonyms(words: readonly string[]): void {
    this.addSynonyms('', this.readings(words), 1, PHRASE_SYNONYMS);
  }

  /** The synonyms of a term as written, or of a phrase of one of `readings` of its words, each once. */
  private addSynonyms(term: string, readings: readonly (readonly string[])[], weight: number, entries: readonly ReadSynonym[] = READ_SYNONYMS): void {
    for (const { entry, words: when } of entries) {
      if (entry.asWritten ? entry.when.toLowerCase() !== term.toLowerCase() : !readings.some((words) => containsPhrase(words, when))) continue;
      if (entry.inService !== undefined && entry.inService !== this.service) continue;
      if (entry.idiom) this.readAsSynonyms(when);
      for (const also of entry.also) {
        this.addTerm(also, weight * SYNONYM_WEIGHT, { optional: true });
        this.synonyms.push(also);
        // A synonym naming a service (CloudWatch for `Monitoring`): that service's facts are about the name.
        this.addNamedService(also);
      }
    }
  }

  /** `named`: the query names something (a hover's terms); with no group of words left, what it names is the service. */
  build(named = false, ofTypeService = false, withinService?: string): CompiledQuery {
    const keys = [...this.words.keys()];
    return {
      // Every word in one shape (all fields set): the ranking's loops over them stay optimized.
      words: [...this.words.values()].map(({ alternatives, weight, service, optional, liftOnly }) => ({ alternatives, weight, service, optional: optional === true, liftOnly: liftOnly === true })),
      groups: this.groups.map((group) => ({ words: group.keys.map((key) => keys.indexOf(key)), weight: group.weight })),
      phrases: this.phrases,
      exact: this.exact,
      surface: this.surface,
      service: this.service,
      serviceForms: this.serviceForms,
      text: this.text.join(' '),
      servicesOnly: named && this.groups.length === 0 && this.service !== undefined,
      defines: this.defines,
      joined: [...this.joined].map(([form, [first, second]]) => ({ form, words: [keys.indexOf(first), keys.indexOf(second)] as const })),
      namedServices: [...this.namedServices],
      ofTypeService,
      withinService,
      typed: false,
    };
  }
}

/** The compiled query of a hover or completion (words match themselves only). */
export function compileNotesQuery(query: NotesQuery): CompiledQuery {
  const builder = new QueryBuilder((stem) => new Map([[stem, 1]]));
  const service = resolveService(query.service).service;
  builder.addService(service, SERVICE_WEIGHT);
  // A value of many words (a long string in a condition) names nothing: asked, its thousands of words would each be ranked.
  const named = query.terms.filter((term) => term.length <= MAX_TERM_LENGTH).map((term) => ({ term, words: nameWords(term) }));
  const kept = named.filter(({ words }) => words.length <= MAX_TERM_WORDS);
  const terms = kept.map(({ term }) => term);
  const termWords = kept.map(({ words }) => words.filter((word) => !isStopWord(word)));
  terms.forEach((term, i) => {
    const later = new Set(termWords.slice(i + 1).flat());
    const compound = termWords[i].length > 1 && termWords[i].every((word) => later.has(word));
    builder.addTerm(term, Math.max(LEAST_TERM_WEIGHT, 1 - TERM_DECAY * i), { wordsFromParts: compound });
  });
  for (const term of query.context ?? []) {
    builder.addTerm(term, CONTEXT_WEIGHT, { group: false });
    builder.addNamespaceService(term);
  }
  for (const service of query.services ?? []) builder.addNamedService(service);
  builder.addDescription(query.describedAs ?? '');
  for (const term of terms) builder.defines.set(termKey(term), 1);
  const own = serviceWords(service);
  for (const words of termWords) definePart(builder.defines, words.filter((word) => !own.has(word)));
  for (const synonym of builder.synonyms) defineOnce(builder.defines, termKey(synonym), SYNONYM_WEIGHT);
  for (const term of query.context ?? []) defineOnce(builder.defines, termKey(term), CONTEXT_WEIGHT);
  return builder.build(terms.length > 0, terms.length > 0 && RESOURCE_TYPE.test(terms[0]), query.within === undefined ? undefined : resolveService(query.within).service);
}

/** `AWS::<namespace>::<noun>`: a resource type as written. */
const RESOURCE_TYPE = /^AWS::[A-Za-z0-9]+::([A-Za-z0-9:]+)$/;

/**
 * The words a term names: a resource type's are its noun's (`AWS::EC2::SecurityGroup` →
 * "security group"), its namespace being its service, which the query says as its service (a
 * security group's is Security Group, not EC2).
 */
function nameWords(term: string): string[] {
  const type = RESOURCE_TYPE.exec(term);
  return wordsOf(type ? type[1] : term);
}

/** The most words a name's runs are looked at for (`ReceiveMessageWaitTimeSeconds` has six). */
const MAX_NAME_WORDS = 8;
/** The most words of a lookup looked up. */
const MAX_LOOKUP_WORDS = 32;
/** A term longer than this is a value, not a name (an ARN with a long path has a dozen words). */
const MAX_TERM_WORDS = 24;
const MAX_TERM_LENGTH = 256;

/**
 * A `Term: definition` fact whose term is a run of the cursor's words defines part of it, by the
 * share of its words: "Memory:" for `MemorySize` (1/2), "Message retention:" for
 * `MessageRetentionPeriod` (2/3). Where a key is already there, it keeps its share.
 */
function definePart(defines: Map<string, number>, words: readonly string[]): void {
  // A name has a few words; a long value (a condition's string) has no parts worth defining, and its runs grow as the square.
  if (words.length > MAX_NAME_WORDS) return;
  for (let length = words.length - 1; length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) defineOnce(defines, termKey(words.slice(start, start + length).join('')), length / words.length);
  }
}

/** What the cursor names defines `key` by `share`, unless a closer reading of it already does. */
function defineOnce(defines: Map<string, number>, key: string, share: number): void {
  if (!defines.has(key)) defines.set(key, share);
}

/**
 * The compiled query of a lookup: the words as typed, a service named by one or two of them
 * ("step functions", "dynamo") counted once, every other word matched fuzzily through `expand`,
 * adjacent words as phrases.
 */
export function compileTextQuery(text: string, expand: WordExpander): CompiledQuery {
  const builder = new QueryBuilder(expand);
  // A pasted page is not a question: its first words are looked up (each word costs a pass over the vocabulary's candidates).
  const raw = text
    .split(/[\s,;]+/)
    .filter((word) => word !== '')
    .flatMap((word) => amountAndUnit(word, expand))
    .slice(0, MAX_LOOKUP_WORDS);
  const rest: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    // A resource type typed names its service and its noun (`AWS::SQS::Queue`: SQS, "queue").
    const typed = builder.service === undefined && RESOURCE_TYPE.test(raw[i]) ? serviceOfCfnType(raw[i]) : undefined;
    if (typed !== undefined) builder.addService(typed, 1);
    const single = builder.service === undefined && /[\p{L}]/u.test(raw[i]) && !raw[i].includes(':') ? resolveService(raw[i]) : undefined;
    // Two words name a service only when the first alone does not: "step functions", but "iam policy" is IAM and a word.
    const pair = i + 1 < raw.length && !single?.known ? `${raw[i]} ${raw[i + 1]}` : undefined;
    const pairService = pair !== undefined && builder.service === undefined ? resolveService(pair) : undefined;
    if (pairService?.known) {
      builder.addService(pairService.service, 1);
      builder.serviceForms.push(...serviceForms(pair!, pairService.service));
      i++;
    } else if (single?.known) {
      builder.addService(single.service, 1);
      builder.serviceForms.push(...serviceForms(raw[i], single.service));
      // A service typed by another of its names names a thing too (AppSpec, the file of CodeDeploy; ASG, the group of Auto Scaling): a fact writing it is about that thing.
      if (trimPunctuation(raw[i].toLowerCase()) !== single.service.toLowerCase()) for (const word of wordsOf(raw[i].toLowerCase())) builder.addWord(word, SYNONYM_WEIGHT, true);
    } else rest.push(raw[i]);
  }
  const sequence: string[] = [];
  for (const word of rest) {
    builder.addTerm(word, 1);
    const form = trimPunctuation(word.toLowerCase());
    if (!isStopWord(form)) builder.surface.push(form);
    sequence.push(...wordsOf(word).filter((stem) => !isStopWord(stem)));
  }
  for (let i = 0; i + 1 < sequence.length; i++) builder.addPhrase([sequence[i], sequence[i + 1]], LOOKUP_PHRASE_WEIGHT);
  builder.addJoined(sequence);
  builder.addTypedPhraseSynonyms(rest.flatMap((word) => wordsOf(word)));
  return { ...builder.build(), typed: true };
}

/** An amount typed with its unit ("256kb", "15min") the notes never write so: the amount and the unit, as notes write them ("256 KB"). */
function amountAndUnit(word: string, expand: WordExpander): string[] {
  const glued = /^(\d+(?:\.\d+)?)([a-z]+)$/i.exec(word);
  return glued && expand(word.toLowerCase()).size === 0 ? [glued[1], glued[2]] : [word];
}

/** A typed service name and the service's names, lower-cased, once each: what a fact's text may write it as. */
function serviceForms(typed: string, service: string): string[] {
  return [...new Set([typed.toLowerCase(), ...serviceNames(service)].map(trimPunctuation))];
}

function trimStops(words: readonly string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && isStopWord(words[start])) start++;
  while (end > start && isStopWord(words[end - 1])) end--;
  return words.slice(start, end);
}

/** Whether `phrase` occurs as consecutive words of `words`. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
