import type { Fact } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { aliasesOf, isKnownService, resolveService } from '../notes/serviceAliases';
import type { Claim } from './claim';
import { matcherOf, type ClaimMatcher, type Contradiction } from './claimMatchers';
import { alternativesOf, hasAny, termWords, wordsOf } from './claimWords';
import { findingMessage } from './findingMessage';

/** A note that contradicts a claim. */
export interface NoteFinding {
  readonly fact: Fact;
  readonly claim: Claim;
  /** What the note says against the claim, as written: "256 KB", "FilterExpression", "only for Java". */
  readonly says: string;
  /** For a scoped quantity claim: each wrong figure with the documented figure of its scope. */
  readonly scopedValues?: Contradiction['scopedValues'];
  /** "AWS docs: … (this note says …)". */
  readonly message: string;
}

/** What the learner silenced: claim ids everywhere, and `factId:claimId` pairs for one note. */
export interface CheckOptions {
  readonly ignoreClaims?: readonly string[];
  readonly ignoreNotes?: readonly string[];
}

/** The key `awsNotes.notesCheck.ignoreNotes` takes for one finding. */
export function ignoreKey(factId: string, claimId: string): string {
  return `${factId}:${claimId}`;
}

interface PreparedClaim {
  readonly claim: Claim;
  /** Each entry of `about`, as its alternatives. */
  readonly about: readonly (readonly string[])[];
  readonly matches: ClaimMatcher;
}

/**
 * Checks facts against a catalog of claims. A claim applies to a fact when the fact is about its
 * service (the section's service, or the service named in the fact itself) and every `about`
 * entry is in the fact or its breadcrumb (the heading and every parent's text); it fires when
 * its matcher finds the note saying something else. Prepared once per catalog; checking is
 * linear in the notes.
 */
export class NotesChecker {
  private readonly byService = new Map<string, PreparedClaim[]>();
  /** Claims whose terms name their service, for facts under a heading that is no known service. */
  private readonly topicClaims: PreparedClaim[] = [];
  /** First word of a service name or alias → the names starting with it, for services named in a fact. */
  private readonly namesByFirstWord = new Map<string, { words: string; service: string }[]>();
  private readonly breadcrumbWords = new Map<string, string>();
  private readonly serviceKeys = new Map<string, { key: string; known: boolean }>();

  constructor(claims: readonly Claim[]) {
    for (const claim of claims) {
      const service = serviceKey(claim.service);
      let list = this.byService.get(service);
      if (!list) {
        this.byService.set(service, (list = []));
        this.indexNames(claim.service, service);
      }
      const prepared = { claim, about: claim.about.map(alternativesOf), matches: matcherOf(claim) };
      list.push(prepared);
      if (claim.aboutNamesService) this.topicClaims.push(prepared);
    }
  }

  /** The findings of `facts`, in their order, without the ones the learner silenced. */
  check(facts: readonly Fact[], options: CheckOptions = {}): NoteFinding[] {
    const ignoredClaims = new Set(options.ignoreClaims ?? []);
    const ignoredNotes = new Set(options.ignoreNotes ?? []);
    const findings: NoteFinding[] = [];
    for (const fact of facts) {
      for (const finding of this.checkFact(fact)) {
        if (ignoredClaims.has(finding.claim.id) || ignoredNotes.has(ignoreKey(fact.id, finding.claim.id))) continue;
        findings.push(finding);
      }
    }
    return findings;
  }

  /** The findings of one fact (nothing ignored). */
  checkFact(fact: Fact): NoteFinding[] {
    // A term and its definition are read apart: no phrase runs across the colon ("HTTPS Only: HTTP requests…").
    const words = fact.term === undefined ? wordsOf(fact.text) : `${wordsOf(fact.term)}${wordsOf(fact.definition ?? '')}`;
    const context = `${words}${this.wordsOfBreadcrumb(fact.breadcrumb)}`;
    const candidates = this.candidates(fact, words, context);
    if (candidates.length === 0) return [];
    const findings: NoteFinding[] = [];
    for (const prepared of candidates) {
      if (!prepared.about.every((alternatives) => hasAny(context, alternatives))) continue;
      const found = prepared.matches(fact, words);
      if (found !== undefined) findings.push({ fact, claim: prepared.claim, ...found, message: findingMessage(prepared.claim, found.says) });
    }
    return findings;
  }

  /**
   * Claims of the fact's section service, then of services the fact names itself; under a heading
   * of no known service ("SAA Stuff"), also of services its parents name ("Kinesis Data Streams").
   */
  private candidates(fact: Fact, factWords: string, context: string): readonly PreparedClaim[] {
    const { key: own, known } = this.serviceOf(fact.service);
    const words = known ? factWords : context;
    let services: Set<string> | undefined;
    for (let start = 1; start < words.length; ) {
      const end = words.indexOf(' ', start);
      if (end < 0) break;
      for (const name of this.namesByFirstWord.get(words.slice(start, end)) ?? []) {
        if (name.service !== own && words.includes(name.words)) (services ??= new Set()).add(name.service);
      }
      start = end + 1;
    }
    const ownClaims = this.byService.get(own) ?? (known ? [] : this.topicClaims);
    return services ? [ownClaims, ...[...services].map((service) => this.byService.get(service) ?? [])].flat() : ownClaims;
  }

  /** `serviceKey` of a fact's service and whether it is a known one, remembered: a file has few services and many facts. */
  private serviceOf(service: string): { key: string; known: boolean } {
    let found = this.serviceKeys.get(service);
    if (found === undefined) this.serviceKeys.set(service, (found = { key: serviceKey(service), known: isKnownService(service) }));
    return found;
  }

  private indexNames(written: string, service: string): void {
    const canonical = resolveService(written).service;
    for (const name of [written, canonical, ...aliasesOf(canonical)]) {
      const words = termWords(name);
      if (!words) continue;
      const first = words.trim().split(' ')[0];
      const list = this.namesByFirstWord.get(first) ?? [];
      if (!list.some((entry) => entry.words === words)) list.push({ words, service });
      this.namesByFirstWord.set(first, list);
    }
  }

  private wordsOfBreadcrumb(breadcrumb: string): string {
    let words = this.breadcrumbWords.get(breadcrumb);
    if (words === undefined) {
      if (this.breadcrumbWords.size > 10_000) this.breadcrumbWords.clear();
      // The separator is the only non-ASCII character of most breadcrumbs: without it, wordsOf takes its fast path.
      this.breadcrumbWords.set(breadcrumb, (words = wordsOf(breadcrumb.replaceAll('›', ' '))));
    }
    return words;
  }
}

function serviceKey(name: string): string {
  return resolveService(name).service.toLowerCase();
}

/** Every finding of the notes in `index` (user and bundled alike: hosts choose which to show). */
export function checkNotes(index: NotesIndex, checker: NotesChecker, options?: CheckOptions): NoteFinding[] {
  return checker.check(index.facts(), options);
}
