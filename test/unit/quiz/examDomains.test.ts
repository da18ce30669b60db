import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { isKnownService } from '../../../src/core/notes/serviceAliases';
import { SERVICE_ALIASES } from '../../../src/core/notes/serviceAliases.data';
import { DVA_C02 } from '../../../src/core/quiz/exam/dvaC02.data';
import { certificationById, domainCoverage, domainOf, domainQuotas, drawByDomainWeight, examPlacement, thinTaskStatements } from '../../../src/core/quiz/exam/examDomains';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import type { Question } from '../../../src/core/quiz/question';
import { QuizSession } from '../../../src/core/quiz/quizSession';
import { readSeedNotes } from '../fixtures/seedNotes';
import { testHost } from './sessionHost';

const NOTES = [
  'Lambda',
  '  • A function can run for at most 15 minutes',
  '  • Provisioned concurrency keeps execution environments initialised ahead of requests',
  'S3',
  '  • SSE-KMS encrypts each object with a data key protected by a KMS key',
  '  • A single PUT upload takes up to 5 GB',
  'CodeDeploy',
  '  • Blue/green deployments shift traffic to a replacement fleet of instances',
  'X-Ray',
  '  • The daemon listens for trace segments on UDP port 2000',
  'SQS',
  '  • Long polling waits at most 20 seconds for a message',
  '  • Message retention defaults to 4 days',
  'Data Limitations',
  '  • A quota increase request takes up to 2 days',
  '',
].join('\n');

function questionsOf(text: string): Question[] {
  const index = new NotesIndex();
  index.setFile(parseNotes('mine.txt', text, 'user'));
  return generateQuestions(index);
}

const byText = (questions: readonly Question[], fragment: string) => questions.find((q) => `${q.prompt} ${q.answer}`.includes(fragment))!;

describe('exam readiness: DVA-C02 domains', () => {
  it('has the guide’s four domains with their weights, each with its task statements', () => {
    assert.deepEqual(
      DVA_C02.domains.map((d) => [d.name, d.weight, d.tasks.length]),
      [
        ['Development with AWS Services', 0.32, 3],
        ['Security', 0.26, 3],
        ['Deployment', 0.24, 4],
        ['Troubleshooting and Optimization', 0.18, 3],
      ],
    );
    for (const domain of DVA_C02.domains) {
      assert.match(domain.source, /^https:\/\/docs\.aws\.amazon\.com\/aws-certification\//);
      for (const task of domain.tasks) assert.ok(task.id.startsWith(`${domain.id}.`), task.id);
    }
  });

  it('maps every service and topic to a task statement of the guide, each with its reason', () => {
    const ids = new Set(DVA_C02.domains.flatMap((d) => d.tasks.map((t) => t.id)));
    for (const [service, rule] of Object.entries(DVA_C02.services)) {
      assert.ok(isKnownService(service), `${service} is not a service of the alias table`);
      for (const id of [rule.task, ...(rule.others ?? [])]) assert.ok(ids.has(id), `${service} → ${id}`);
      assert.ok(rule.reason.length > 10, service);
    }
    for (const rule of DVA_C02.topics) assert.ok(ids.has(rule.task) && rule.reason.length > 10, String(rule.pattern));
    const unmapped = SERVICE_ALIASES.map((entry) => entry.service).filter((service) => !DVA_C02.services[service]);
    assert.deepEqual(unmapped, [], 'every service the notes know has a task statement');
  });

  it('places each card by its topic first, then its service, with one primary domain and maybe others', () => {
    const questions = questionsOf(NOTES);
    assert.equal(examPlacement(byText(questions, '15 minutes'), DVA_C02)?.task.id, '1.2');
    assert.equal(domainOf(byText(questions, '15 minutes'), DVA_C02), 'Development with AWS Services');
    const encryption = examPlacement(byText(questions, 'SSE-KMS'), DVA_C02)!;
    assert.equal(encryption.task.id, '2.2', 'an encryption fact under S3 is about encryption');
    assert.deepEqual(encryption.others.map((t) => t.id), ['1.3'], 'and touches S3’s own task statement');
    assert.equal(examPlacement(byText(questions, 'Provisioned concurrency'), DVA_C02)?.task.id, '4.3');
    assert.equal(examPlacement(byText(questions, 'Blue/green'), DVA_C02)?.domain.name, 'Deployment');
    assert.equal(examPlacement(byText(questions, 'UDP port'), DVA_C02)?.task.id, '4.2');
    assert.equal(examPlacement(byText(questions, 'quota increase'), DVA_C02), undefined, 'a topic heading the mapping does not know has no domain');
  });

  it('counts cards per domain and task statement, and lists the task statements the notes lack', () => {
    const questions = questionsOf(NOTES);
    const coverage = domainCoverage(questions, DVA_C02);
    assert.deepEqual(coverage.map((c) => c.domain.id), ['1', '2', '3', '4']);
    const placed = questions.filter((q) => examPlacement(q, DVA_C02)).length;
    assert.equal(coverage.reduce((sum, c) => sum + c.cards, 0), placed);
    const thin = thinTaskStatements(coverage, 1);
    assert.ok(thin.some((t) => t.task.id === '3.3' && t.cards === 0), 'nothing about automated deployment testing');
    assert.ok(!thin.some((t) => t.task.id === '1.2'), 'Lambda has a card');
  });

  it('splits an exam by the weights (20 → 6/5/5/4), giving what a thin domain lacks to the others', () => {
    const all = new Map([['1', 100], ['2', 100], ['3', 100], ['4', 100]]);
    assert.deepEqual([...domainQuotas(all, DVA_C02.domains, 20).values()], [6, 5, 5, 4]);
    assert.deepEqual([...domainQuotas(new Map([['1', 100], ['2', 1], ['3', 100], ['4', 100]]), DVA_C02.domains, 20).values()], [8, 1, 6, 5]);
    assert.deepEqual([...domainQuotas(new Map([['1', 2], ['2', 1]]), DVA_C02.domains, 20).values()], [2, 1, 0, 0]);
  });

  it('draws an exam from the seed notes by the weights, the same for the same seed', function () {
    const seed = readSeedNotes();
    if (!seed) this.skip();
    const questions = questionsOf(seed);
    const drawn = drawByDomainWeight(questions, DVA_C02, 20, '2026-03-10');
    const perDomain = DVA_C02.domains.map((d) => drawn.filter((q) => domainOf(q, DVA_C02) === d.name).length);
    assert.deepEqual(perDomain, [6, 5, 5, 4]);
    assert.deepEqual(drawByDomainWeight(questions, DVA_C02, 20, '2026-03-10'), drawn);
    assert.equal(new Set(drawn.map((q) => q.id)).size, 20);
  });

  it('exam mode draws by the certification’s weights and reports the score per domain', async () => {
    const host = testHost(questionsOf(NOTES));
    const session = new QuizSession(host);
    session.startExam(4, 10, 'DVA-C02');
    assert.equal(session.state.exam?.certification, 'DVA-C02');
    const asked = session.state.exam!.cardIds.map((id) => host.questions().find((q) => q.id === id)!);
    assert.deepEqual(
      DVA_C02.domains.map((d) => asked.filter((q) => domainOf(q, DVA_C02) === d.name).length),
      [1, 1, 1, 1],
      'one per domain out of four',
    );
    session.finishExam();
    const { byDomain } = session.examResult()!;
    assert.deepEqual(byDomain, DVA_C02.domains.map((d) => ({ domain: d.name, correct: 0, total: 1 })));
    assert.equal(certificationById('no such exam').id, 'DVA-C02');
  });
});
