import type { Question, QuestionKind } from '../../core/quiz/question';
import type { QuizSession } from '../../core/quiz/quizSession';
import type { QuizStats } from '../../core/quiz/stats';
import type { NotesMarkdown } from '../factCard/markdown';
import { factLocationLabel } from '../notes/notesLocation';
import type { CardView, QuizViewMessage, StatsView } from './quizMessages';
import { quizNoteHtml } from './quizNoteHtml';
import type { QuizService } from './quizService';

const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  cloze: 'Fill in the blank',
  choice: 'Multiple choice',
  order: 'Put in order',
  service: 'Which service?',
};

function statsView(stats: QuizStats): StatsView {
  return {
    dueToday: stats.dueToday,
    newCards: stats.newCards,
    learned: stats.learned,
    retention: stats.retention === undefined ? '–' : `${Math.round(stats.retention * 100)}%`,
    streak: stats.streak,
  };
}

function cardView(md: NotesMarkdown, service: QuizService, session: QuizSession, question: Question): CardView {
  const { revealed, chosen } = session.state;
  const fact = service.notesIndex()?.fact(question.id);
  return {
    cardId: question.id,
    kind: question.kind,
    kindLabel: KIND_LABELS[question.kind],
    prompt: question.prompt,
    choices: question.choices,
    revealed,
    service: question.service,
    source: fact ? factLocationLabel(fact) : `${question.file}:${question.line + 1}`,
    ...(revealed
      ? { answer: question.answer, chosen, choseRight: session.choseRight(), ...(fact ? { noteHtml: quizNoteHtml(md, fact) } : {}) }
      : {}),
  };
}

/** Everything a quiz webview draws, from the session and the service. */
export function quizViewMessage(md: NotesMarkdown, service: QuizService, session: QuizSession, layout: 'panel' | 'sidebar'): QuizViewMessage {
  session.checkDeadline();
  const question = session.question();
  const state = session.state;
  const exam = state.exam;
  const result = session.examResult();
  const services = [...new Set(service.questions().map((q) => q.service))].sort((a, b) => a.localeCompare(b));
  const empty =
    service.questions().length === 0
      ? 'No questions yet: your notes have no facts specific enough to ask about.'
      : session.pool().length === 0
        ? 'No questions match this filter.'
        : 'All done for today. New cards and reviews come back as they fall due.';
  return {
    type: 'view',
    layout,
    stats: statsView(service.stats()),
    services,
    ...(state.filter.label ? { filterLabel: state.filter.label } : {}),
    ...(state.filter.services?.length === 1 ? { selectedService: state.filter.services[0] } : {}),
    ...(question ? { card: cardView(md, service, session, question) } : result ? {} : { empty }),
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
                    missed: result.missed.map((q) => ({ cardId: q.id, prompt: q.prompt, answer: q.answer, source: `${q.breadcrumb}` })),
                  },
                }
              : {}),
          },
        }
      : {}),
    session: state,
  };
}
