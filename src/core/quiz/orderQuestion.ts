import type { Fact } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { factLabel, inContext } from './factText';
import { ORDER_SEPARATOR, type Question } from './question';
import { seededShuffle } from './seededRandom';

/** Words by which notes say a list is ordered: "called in this order", "processing order", "steps". */
const ORDERED_LIST = /\b(?:in (?:this|that|the following|which) order|order(?:ed)? (?:of|is)|processing order|precedence|sequence|steps)\b/i;
const MIN_ITEMS = 3;

/**
 * A fact whose children are an ordered list (numbered items, or a parent that says so) asks
 * to put the children in order. The shuffle never equals the answer.
 */
export function orderQuestion(fact: Fact, index: NotesIndex): Question | undefined {
  const children = index.children(fact);
  if (children.length < MIN_ITEMS) return undefined;
  const numbered = children.every((child) => child.numbered);
  if (!numbered && !ORDERED_LIST.test(fact.text)) return undefined;
  const items = children.map(factLabel);
  if (new Set(items.map((item) => item.toLowerCase())).size !== items.length) return undefined;
  const prompt = inContext(fact, factLabel(fact), 'Put in order: ');
  if (!prompt) return undefined;
  let shuffled = seededShuffle(items, fact.id);
  if (shuffled.every((item, i) => item === items[i])) shuffled = [...items.slice(1), items[0]];
  return {
    id: fact.id,
    kind: 'order',
    prompt,
    answer: items.join(ORDER_SEPARATOR),
    choices: shuffled,
    service: fact.service,
    breadcrumb: fact.breadcrumb,
    file: fact.file,
    line: fact.line,
    origin: fact.origin,
  };
}
