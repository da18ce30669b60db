import * as vscode from 'vscode';
import type { DailyCounts } from '../../core/quiz/dailyFlow';
import { filterServices } from '../../core/quiz/nextQuestion';
import type { Question, QuestionKind } from '../../core/quiz/question';
import type { MissedQuestion, QuizSession } from '../../core/quiz/quizSession';
import type { QuizStats } from '../../core/quiz/stats';
import type { NotesMarkdown } from '../factCard/markdown';
import { factLocationLabel } from '../notes/notesLocation';
import type { CardView, MissedView, QuizViewMessage, StatsView } from './quizMessages';
import { docsSayLabels } from '../notesCheck/docsSayLabels';
import { quizNoteHtml } from './quizNoteHtml';
import type { QuizService } from './quizService';

function kindLabel(kind: QuestionKind): string {
  switch (kind) {
    case 'cloze':
      return vscode.l10n.t('Fill in the blank');
    case 'choice':
      return vscode.l10n.t('Multiple choice');
    case 'order':
      return vscode.l10n.t('Put in order');
    case 'service':
      return vscode.l10n.t('Which service?');
  }
}

function statsView(stats: QuizStats, daily: DailyCounts): StatsView {
  return {
    dueToday: daily.due,
    newToday: daily.newToday,
    newCards: stats.newCards,
    learned: stats.learned,
    retention: stats.retention === undefined ? '–' : `${Math.round(stats.retention * 100)}%`,
    streak: stats.streak,
  };
}

function cardView(md: NotesMarkdown, service: QuizService, session: QuizSession, question: Question): CardView {
  const { revealed, chosen, exam } = session.state;
  const fact = service.notesIndex()?.fact(question.id);
  const picked = question.kind === 'choice' || question.kind === 'service';
  return {
    cardId: question.id,
    kind: question.kind,
    kindLabel: kindLabel(question.kind),
    prompt: question.prompt,
    choices: question.choices,
    revealed,
    // On a "which service?" card the service is the answer: not in the header before it is revealed.
    ...(question.kind !== 'service' || revealed ? { service: question.service } : {}),
    ...(exam && picked && revealed ? { examNext: true } : {}),
    source: fact ? factLocationLabel(fact) : `${question.file}:${question.line + 1}`,
    ...(revealed
      ? { answer: question.answer, chosen, choseRight: session.choseRight(), ...(fact ? { noteHtml: quizNoteHtml(md, fact, docsSayLabels()) } : {}) }
      : {}),
  };
}

function missedView({ question, reason, picked }: MissedQuestion): MissedView {
  const why =
    reason === 'wrong-pick' ? vscode.l10n.t('You picked "{0}".', picked ?? '') : reason === 'again' ? vscode.l10n.t('You graded it Again.') : vscode.l10n.t('Not answered.');
  return { cardId: question.id, prompt: question.prompt, answer: question.answer, source: question.breadcrumb, reason: why };
}

function emptyText(service: QuizService, session: QuizSession): string {
  if (service.questions().length === 0) return vscode.l10n.t('No questions yet: your notes have no facts specific enough to ask about.');
  if (session.pool().length === 0) return vscode.l10n.t('No questions match this filter.');
  return vscode.l10n.t('All done for today. Reviews come back as they fall due, and new cards tomorrow (awsNotes.quiz.newPerDay a day).');
}

/** Until the first answer: what the quiz is and how to start (the Quiz view's first run). */
function intro(service: QuizService): QuizViewMessage['intro'] {
  if (service.log().length > 0 || Object.keys(service.progress().cards).length > 0) return undefined;
  return {
    title: vscode.l10n.t('Quiz yourself on your notes'),
    text: vscode.l10n.t(
      'Every fact in your notes (and the bundled pack) becomes a card: fill in a value, pick a definition, name the service or put steps in order. Spaced repetition brings each card back just before you would forget it: due reviews first, then {0} new cards a day, your own notes first.',
      service.newPerDay(),
    ),
    start: vscode.l10n.t('Start the quiz'),
  };
}

/** Everything a quiz webview draws, from the session and the service. */
export function quizViewMessage(md: NotesMarkdown, service: QuizService, session: QuizSession, layout: 'panel' | 'sidebar'): QuizViewMessage {
  session.checkDeadline();
  const question = session.question();
  const state = session.state;
  const exam = state.exam;
  const result = session.examResult();
  const firstRun = layout === 'sidebar' && !exam ? intro(service) : undefined;
  return {
    type: 'view',
    layout,
    stats: statsView(service.stats(), service.dailyCounts()),
    services: filterServices(service.questions()),
    ...(firstRun ? { intro: firstRun } : {}),
    ...(state.filter.label ? { filterLabel: state.filter.label } : {}),
    ...(state.filter.services?.length === 1 ? { selectedService: state.filter.services[0] } : {}),
    ...(question ? { card: cardView(md, service, session, question) } : result ? {} : { empty: emptyText(service, session) }),
    ...(exam
      ? {
          exam: {
            position: Math.min(exam.position + 1, exam.cardIds.length),
            total: exam.cardIds.length,
            deadline: exam.deadline,
            ...(result
              ? {
                  result: {
                    correct: result.correct,
                    total: result.total,
                    missed: result.missed.map(missedView),
                    byDomain: result.byDomain.map(({ domain, correct, total }) => ({ domain: domain ?? vscode.l10n.t('No exam domain'), correct, total })),
                  },
                }
              : {}),
          },
        }
      : {}),
    session: state,
  };
}
