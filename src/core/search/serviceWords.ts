import { aliasesOf } from '../notes/serviceAliases';
import { isStopWord, wordsOf } from './relevanceText';

const known = new Map<string, ReadonlySet<string>>();
const nameWordsOf = new Map<string, readonly (readonly string[])[]>();
const namesOf = new Map<string, readonly string[]>();

/**
 * The words a service is written as when written as one word ("sqs", "dynamo db", "step
 * function"), not its long names' words ("queue"): what a query counts as the service, and
 * what a `Term: definition` note's term may open with ("IAM roles" defines a role).
 */
export function serviceWords(service: string): ReadonlySet<string> {
  let words = known.get(service);
  if (!words) known.set(service, (words = new Set(serviceNameWords(service).flat())));
  return words;
}

/**
 * The words of each of those names, name by name ("elastic beanstalk", "eb"): a text names the
 * service when it holds every word of one of them, not when it says "elastic" of an Elastic IP.
 */
export function serviceNameWords(service: string): readonly (readonly string[])[] {
  let names = nameWordsOf.get(service);
  if (!names) {
    const written = [service, ...aliasesOf(service)].filter((name) => name === service || !name.includes(' '));
    // Once each: "Secrets Manager" and its alias "Secret Manager" are the same words.
    const byWords = new Map(written.map((name) => wordsOf(name).filter((word) => !isStopWord(word))).filter((words) => words.length > 0).map((words) => [words.join(' '), words] as const));
    nameWordsOf.set(service, (names = [...byWords.values()]));
  }
  return names;
}

/**
 * A `Term: definition` note's term without the name of its service it opens with: "IAM roles"
 * under IAM defines a role, as `AWS::IAM::Role` names it. A term that is a name of the service
 * ("NAT Instance" under NAT Gateway) is kept whole.
 */
export function termWithoutService(term: string, service: string): string {
  const lower = term.toLowerCase();
  for (const name of serviceNames(service)) {
    if (lower === name) return term;
    if (lower.startsWith(`${name} `)) return term.slice(name.length + 1);
  }
  return term;
}

/** A service's names (canonical and aliases), lower-cased, longest first: a term opening with a longer name is read as it. */
export function serviceNames(service: string): readonly string[] {
  let names = namesOf.get(service);
  if (!names) namesOf.set(service, (names = [service, ...aliasesOf(service)].map((name) => name.toLowerCase()).sort((a, b) => b.length - a.length)));
  return names;
}
