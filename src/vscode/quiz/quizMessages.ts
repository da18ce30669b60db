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
  /** Shown beside the kind; absent on a "which service?" card until revealed (it is the answer). */
  readonly service?: string;
  /** In an exam, a picked choice card: the pick was the answer, "Next question" moves on (no grades). */
  readonly examNext?: boolean;
}

export interface StatsView {
  readonly dueToday: number;
  /** New cards still to introduce today (`awsNotes.quiz.newPerDay` allowing). */
  readonly newToday: number;
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
  readonly result?: {
    readonly correct: number;
    readonly total: number;
    readonly missed: readonly MissedView[];
    /** The score per exam domain: "Security 3 / 5". */
    readonly byDomain: readonly { readonly domain: string; readonly correct: number; readonly total: number }[];
  };
}

export interface MissedView {
  readonly cardId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly source: string;
  /** Why it counts as missed: "You picked 5 GB.", "You graded it Again.", "Not answered." */
  readonly reason: string;
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
  /** Set until the first answer ever: what the quiz is, and how to start. */
  readonly intro?: { readonly title: string; readonly text: string; readonly start: string };
  readonly session: SessionState;
}

/**
 * What the webview reports it drew, measured in the page (so tests check what users see): the
 * card's header text, the service filter's options, the verdict's colours, the toolbar's layout.
 */
export interface DrawnView {
  readonly header: string;
  readonly serviceOptions: readonly string[];
  readonly intro: boolean;
  /** Computed `color` of the verdict ("Right.") and the background it is drawn on, as CSS colours. */
  readonly verdict?: { readonly text: string; readonly color: string; readonly background: string };
  /** The page width and the tops of the "Service" label and its dropdown (same line when equal). */
  readonly toolbar?: { readonly width: number; readonly labelTop: number; readonly selectTop: number };
  readonly missedReasons: readonly string[];
  /** The exam result's per-domain rows as drawn: "Security | 3 / 5 | 60%". */
  readonly domainScores: readonly string[];
}

function readDrawn(value: unknown): DrawnView | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const d = value as Record<string, unknown>;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
  const verdict = d.verdict as Record<string, unknown> | undefined;
  const toolbar = d.toolbar as Record<string, unknown> | undefined;
  return {
    header: typeof d.header === 'string' ? d.header : '',
    serviceOptions: strings(d.serviceOptions),
    intro: d.intro === true,
    missedReasons: strings(d.missedReasons),
    domainScores: strings(d.domainScores),
    ...(verdict && typeof verdict.color === 'string' && typeof verdict.background === 'string' && typeof verdict.text === 'string'
      ? { verdict: { text: verdict.text, color: verdict.color, background: verdict.background } }
      : {}),
    ...(toolbar && typeof toolbar.width === 'number' && typeof toolbar.labelTop === 'number' && typeof toolbar.selectTop === 'number'
      ? { toolbar: { width: toolbar.width, labelTop: toolbar.labelTop, selectTop: toolbar.selectTop } }
      : {}),
  };
}

/** Webview → extension. */
export type QuizRequest =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly cardId?: string; readonly revealed: boolean; readonly noteTags: readonly string[]; readonly drawn?: DrawnView }
  | { readonly type: 'reveal' }
  | { readonly type: 'choose'; readonly index: number }
  | { readonly type: 'grade'; readonly rating: QuizRating }
  | { readonly type: 'openNote'; readonly cardId: string }
  | { readonly type: 'filter'; readonly service?: string }
  | { readonly type: 'startExam' }
  | { readonly type: 'finishExam' }
  | { readonly type: 'next' }
  | { readonly type: 'leaveExam' }
  | { readonly type: 'openFullQuiz' }
  | { readonly type: 'showStatistics' };

/** A message from a webview (so: anything) → a request, or undefined when malformed. */
export function parseQuizRequest(message: unknown): QuizRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'reveal':
    case 'startExam':
    case 'finishExam':
    case 'next':
    case 'leaveExam':
    case 'openFullQuiz':
    case 'showStatistics':
      return { type: m.type };
    case 'rendered':
      return {
        type: 'rendered',
        revealed: m.revealed === true,
        noteTags: Array.isArray(m.noteTags) ? m.noteTags.filter((tag): tag is string => typeof tag === 'string') : [],
        ...(typeof m.cardId === 'string' ? { cardId: m.cardId } : {}),
        ...(readDrawn(m.drawn) ? { drawn: readDrawn(m.drawn) } : {}),
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
