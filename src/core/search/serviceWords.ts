import { aliasesOf } from '../notes/serviceAliases';
import { isStopWord, wordsOf } from './relevanceText';

const known = new Map<string, ReadonlySet<string>>();

/**
 * The words a service is written as when written as one word ("sqs", "dynamo db", "step
 * function"), not its long names' words ("queue"): what a query counts as the service, and
 * what a `Term: definition` note's term may open with ("IAM roles" defines a role).
 */
export function serviceWords(service: string): ReadonlySet<string> {
  let words = known.get(service);
  if (!words) {
    const names = [service, ...aliasesOf(service)].filter((name) => name === service || !name.includes(' '));
    known.set(service, (words = new Set(names.flatMap(wordsOf).filter((word) => !isStopWord(word)))));
  }
  return words;
}
