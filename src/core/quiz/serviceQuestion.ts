import type { Fact } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { aliasesOf, resolveService } from '../notes/serviceAliases';
import { pickDistractors } from './distractors';
import { factLabel, plainText } from './factText';
import { containsToken, normalizeAnswer } from './giveAway';
import { fitPrompt } from './promptFit';
import type { Question } from './question';
import { seededShuffle } from './seededRandom';

/** Below this many words of 3+ letters a fact ("Cheaper", "Half at a time") fits too many services. */
const MIN_CONTENT_WORDS = 4;
const BLANK = '▢';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function contentWords(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => /\p{L}{3}/u.test(word)).length;
}

/** Every name the service goes by: canonical, alias table, and the headings users wrote. */
function namesOf(service: string, heading: string): string[] {
  return [...new Set([service, heading, ...aliasesOf(service)])].sort((a, b) => b.length - a.length);
}

/** `text` with every name (and its plural, and an "AWS"/"Amazon" before it) blanked. */
function withoutNames(text: string, names: readonly string[]): string {
  let result = text;
  for (const name of names) {
    // Cheap test first: most facts mention few of the names.
    const head = name.toLowerCase().split(/[\s-]+/)[0];
    if (result.toLowerCase().includes(head)) result = result.replace(namePattern(name), BLANK);
  }
  return result;
}

const namePatterns = new Map<string, RegExp>();

/** A service name, its plural, an "AWS"/"Amazon" before it; compiled once per name. */
function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:AWS|Amazon)\\s+)?${escapeRegExp(name).replace(/\s+/g, '[\\s-]*')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
    namePatterns.set(name, pattern);
  }
  return pattern;
}

/** A name still readable in the prompt: a whole-token match, or a substring for longer names ("DynamoDBStream"). */
function mentions(prompt: string, names: readonly string[]): boolean {
  const normalized = normalizeAnswer(prompt).replace(/[\s-]+/g, '');
  return names.some((name) => containsToken(prompt, name) || (name.length >= 4 && normalized.includes(normalizeAnswer(name).replace(/[\s-]+/g, ''))));
}

/**
 * "Which service?": the fact (with its ancestors for context) with the service's names removed,
 * and four services to choose from. Only for facts under a known service, long enough to be
 * specific, and whose text is not written under another service too.
 */
export function serviceQuestion(fact: Fact, context: ServiceQuestionContext): Question | undefined {
  if (!resolveService(fact.service).known || context.sharedTexts.has(normalizeAnswer(fact.text))) return undefined;
  const names = namesOf(fact.service, fact.heading);
  const label = withoutNames(factLabel(fact), names);
  if (contentWords(label) < MIN_CONTENT_WORDS || label.split(BLANK).length > 2) return undefined;
  const ancestors = fact.path.map((text) => withoutNames(plainText(text).replace(/\s*:\s*$/, ''), names));
  const prompt = fitPrompt(ancestors, label, 'Which service? ');
  if (!prompt || mentions(prompt, names)) return undefined;
  const services = context.knownServices.filter((name) => name !== fact.service);
  const distractors = pickDistractors(fact.id, fact.service, [services], 3, {
    excluded: (candidate) => mentions(prompt, namesOf(candidate, candidate)),
  });
  if (distractors.length === 0) return undefined;
  return {
    id: fact.id,
    kind: 'service',
    prompt,
    answer: fact.service,
    choices: seededShuffle([fact.service, ...distractors], fact.id),
    service: fact.service,
    breadcrumb: fact.breadcrumb,
    file: fact.file,
    line: fact.line,
    origin: fact.origin,
  };
}

/** What "which service?" questions need from the whole index, computed once per generation. */
export interface ServiceQuestionContext {
  /** Normalized fact texts written under more than one service: no fair question for them. */
  readonly sharedTexts: ReadonlySet<string>;
  /** Known services with notes: the pool of distractors. */
  readonly knownServices: readonly string[];
}

export function serviceQuestionContext(index: NotesIndex): ServiceQuestionContext {
  return {
    sharedTexts: textsSharedAcrossServices(index.facts()),
    knownServices: index.services().map((summary) => summary.name).filter((name) => resolveService(name).known),
  };
}

function textsSharedAcrossServices(facts: readonly Fact[]): Set<string> {
  const servicesByText = new Map<string, Set<string>>();
  for (const fact of facts) {
    const key = normalizeAnswer(fact.text);
    const services = servicesByText.get(key) ?? new Set<string>();
    services.add(fact.service);
    servicesByText.set(key, services);
  }
  return new Set([...servicesByText].filter(([, services]) => services.size > 1).map(([text]) => text));
}
