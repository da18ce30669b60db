import * as vscode from 'vscode';

/**
 * Every text the quiz webviews' script (media/quiz.js) draws itself — button labels, headings,
 * aria-labels, tooltips — in the user's display language. One literal `vscode.l10n.t` call per
 * entry, so `@vscode/l10n-dev export` finds each; `{0}`, `{1}` are filled in by the script
 * (left as written here because no arguments are passed). The script reads the table from the
 * page (quizHtml.ts) and asks for entries by key; test/unit/quiz/quizLabels.test.ts checks
 * that the keys it asks for are exactly these.
 */
export function quizLabels() {
  return {
    again: vscode.l10n.t('Again'),
    hard: vscode.l10n.t('Hard'),
    good: vscode.l10n.t('Good'),
    easy: vscode.l10n.t('Easy'),
    statsGroup: vscode.l10n.t('Quiz statistics'),
    statDue: vscode.l10n.t('{0} due'),
    statNewToday: vscode.l10n.t('{0} new today'),
    statLearned: vscode.l10n.t('{0} learned'),
    statRetention: vscode.l10n.t('{0} retention'),
    statStreak: vscode.l10n.t('{0} day streak'),
    openFullQuiz: vscode.l10n.t('Open full quiz'),
    filterByService: vscode.l10n.t('Filter questions by service'),
    allServices: vscode.l10n.t('All services'),
    service: vscode.l10n.t('Service'),
    examMode: vscode.l10n.t('Exam mode'),
    examModeTitle: vscode.l10n.t('A timed run of questions with a score at the end'),
    statistics: vscode.l10n.t('Statistics'),
    statisticsTitle: vscode.l10n.t('Reviews per day, the due forecast, retention and exam domains'),
    quizzingOn: vscode.l10n.t('Quizzing on {0}'),
    showAll: vscode.l10n.t('Show all'),
    timeLeftLabel: vscode.l10n.t('Time left'),
    /** {0} is the time as minutes:seconds, e.g. "4:05". */
    timeLeft: vscode.l10n.t('{0} left'),
    exam: vscode.l10n.t('Exam'),
    questionOf: vscode.l10n.t('Question {0} of {1}'),
    backToStudy: vscode.l10n.t('Back to study'),
    endExam: vscode.l10n.t('End exam'),
    orderHint: vscode.l10n.t('Put these in order, then show the answer:'),
    choices: vscode.l10n.t('Choices'),
    examPickHint: vscode.l10n.t('Pick an answer (A–D): the exam scores what you pick.'),
    showAnswer: vscode.l10n.t('Show answer'),
    right: vscode.l10n.t('✓ Right.'),
    notQuite: vscode.l10n.t('✗ Not quite.'),
    answerLabel: vscode.l10n.t('Answer'),
    answerIs: vscode.l10n.t('Answer: {0}'),
    nextQuestion: vscode.l10n.t('Next question'),
    gradesGroup: vscode.l10n.t('How well did you remember? Keys 1 to 4'),
    yourNote: vscode.l10n.t('Your note'),
    /** {0} is where the note is, e.g. "notes/aws.txt:12". */
    openInNotesAt: vscode.l10n.t('Open in notes ({0})'),
    openInNotes: vscode.l10n.t('Open in notes'),
    examResult: vscode.l10n.t('Exam result'),
    /** {0} right answers of {1} questions, {2} percent. */
    score: vscode.l10n.t('Score: {0} / {1} ({2}%)'),
    scorePerDomain: vscode.l10n.t('Score per exam domain'),
    domain: vscode.l10n.t('Domain'),
    rightColumn: vscode.l10n.t('Right'),
    scoreColumn: vscode.l10n.t('Score'),
    missedFacts: vscode.l10n.t('Missed facts'),
    nothingMissed: vscode.l10n.t('Nothing missed.'),
  };
}

/** The quiz webviews' label table, by key. */
export type QuizLabels = ReturnType<typeof quizLabels>;
