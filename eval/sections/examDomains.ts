import * as fs from 'node:fs';
import * as path from 'node:path';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { parseNotes } from '../../src/core/notes/parseNotes';
import { DVA_C02 } from '../../src/core/quiz/exam/dvaC02.data';
import { examPlacement } from '../../src/core/quiz/exam/examDomains';
import { generateQuestions } from '../../src/core/quiz/generateQuestions';
import type { EvalSection } from '../lib/evalReport';
import { EXAM_DOMAIN_LABELS } from './examDomains.labels';

/**
 * How often the DVA-C02 mapping puts a card where a person reading the exam guide would: the
 * primary task statement, and its domain, against the hand labels; plus the share of the pack's
 * cards that get a domain at all.
 */
export function examDomainsEval(): EvalSection[] {
  const pack = fs.readFileSync(path.resolve(__dirname, '../../notes/aws-notes-pack.txt'), 'utf8');
  const index = new NotesIndex();
  index.setFile(parseNotes('aws-notes-pack.txt', pack, 'bundled'));
  const questions = generateQuestions(index);
  const labelled = EXAM_DOMAIN_LABELS.filter((label) => label.task !== null);
  let task = 0;
  let domain = 0;
  const wrong: string[] = [];
  for (const label of labelled) {
    const question = questions.find((q) => index.fact(q.id)?.text.startsWith(label.fact));
    if (!question) throw new Error(`labelled fact not asked: ${label.fact}`);
    const placement = examPlacement(question, DVA_C02);
    if (placement?.task.id === label.task) task++;
    else wrong.push(`${label.fact.slice(0, 24)}… ${placement?.task.id ?? '–'}≠${label.task}`);
    if (placement?.domain.id === label.task!.split('.')[0]) domain++;
  }
  const placed = questions.filter((q) => examPlacement(q, DVA_C02)).length;
  return [
    {
      title: 'exam domains: DVA-C02 mapping',
      figures: [
        { name: 'primary domain agrees with the label', value: domain / labelled.length, target: 0.8, note: `${labelled.length} labelled cards` },
        { name: 'primary task statement agrees', value: task / labelled.length, target: 0.7, note: wrong.slice(0, 3).join('; ') },
        { name: 'pack cards with a domain', value: placed / questions.length, target: 0.95, note: `${questions.length - placed} of ${questions.length} without` },
      ],
    },
  ];
}
