import { isQuizRating, type QuizRating } from '../../core/quiz/scheduler';
import type { QuestionKind } from '../../core/quiz/question';
import type { SessionState } from '../../core/quiz/quizSession';

/** The card on screen, as the webview draws it (notes text only as pre-rendered safe HTML). */
export interface CardView {
  readonly cardId: string;
  readonly kind: QuestionKind;
  readonly kindLabel: string;
  readonly prompt: string;
  readonly choices: readonly string[];
  readonly revealed: boolean;
  /** Set once revealed. */
  readonly answer?: string;
  readonly chosen?: number;
  readonly choseRight?: boolean;
  /** The note, rendered by markdown-it with `html: false`; set once revealed. */
  readonly noteHtml?: string;
  readonly source: string;
  readonly service: string;
}

export interface StatsView {
  readonly dueToday: number;
  readonly newCards: number;
  readonly learned: number;
  /** "87%" or "–". */
  readonly retention: string;
  readonly streak: number;
}

export interface ExamView {
  readonly position: number;
  readonly total: number;
  readonly deadline: number;
  readonly result?: { readonly correct: number; readonly total: number; readonly missed: readonly MissedView[] };
}

export interface MissedView {
  readonly cardId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly source: string;
}

/** Extension → webview: everything to draw, and the session to keep with setState. */
export interface QuizViewMessage {
  readonly type: 'view';
  readonly layout: 'panel' | 'sidebar';
  readonly stats: StatsView;
  readonly services: readonly string[];
  readonly filterLabel?: string;
  readonly selectedService?: string;
  readonly card?: CardView;
  readonly exam?: ExamView;
  /** Shown when there is no card: why (all done, no notes…). */
  readonly empty?: string;
  readonly session: SessionState;
}

/** Webview → extension. */
export type QuizRequest =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly cardId?: string; readonly revealed: boolean; readonly noteTags: readonly string[] }
  | { readonly type: 'reveal' }
  | { readonly type: 'choose'; readonly index: number }
  | { readonly type: 'grade'; readonly rating: QuizRating }
  | { readonly type: 'openNote'; readonly cardId: string }
  | { readonly type: 'filter'; readonly service?: string }
  | { readonly type: 'startExam' }
  | { readonly type: 'finishExam' }
  | { readonly type: 'leaveExam' }
  | { readonly type: 'openFullQuiz' };

/** A message from a webview (so: anything) → a request, or undefined when malformed. */
export function parseQuizRequest(message: unknown): QuizRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'reveal':
    case 'startExam':
    case 'finishExam':
    case 'leaveExam':
    case 'openFullQuiz':
      return { type: m.type };
    case 'rendered':
      return {
        type: 'rendered',
        revealed: m.revealed === true,
        noteTags: Array.isArray(m.noteTags) ? m.noteTags.filter((tag): tag is string => typeof tag === 'string') : [],
        ...(typeof m.cardId === 'string' ? { cardId: m.cardId } : {}),
      };
    case 'choose':
      return typeof m.index === 'number' && Number.isInteger(m.index) ? { type: 'choose', index: m.index } : undefined;
    case 'grade':
      return isQuizRating(m.rating) ? { type: 'grade', rating: m.rating } : undefined;
    case 'openNote':
      return typeof m.cardId === 'string' ? { type: 'openNote', cardId: m.cardId } : undefined;
    case 'filter':
      return { type: 'filter', ...(typeof m.service === 'string' && m.service !== '' ? { service: m.service } : {}) };
    default:
      return undefined;
  }
}
