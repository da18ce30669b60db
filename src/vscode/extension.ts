import * as vscode from 'vscode';
import { registerCatalogData } from './catalog/registerCatalogData';
import { registerIac } from './iac/registerIac';
import { registerFactCard, type FactCard } from './factCard/factCardPanel';
import { registerLookup, type FactLookup } from './lookup/factLookup';
import { NotesService } from './notes/notesService';
import { registerOpenNote } from './notes/openNote';
import { registerNotesCheck } from './notesCheck/registerNotesCheck';
import type { NotesCheck } from './notesCheck/notesCheck';
import { registerShowLog } from './notes/showLog';
import { registerNotesView, type NotesView } from './notesView/registerNotesView';
import { registerQuiz, type Quiz } from './quiz/registerQuiz';
import { registerWalkthrough } from './walkthrough/registerWalkthrough';

/** What `activate` returns: the extension's parts, for the workbench tests (not a public API). */
export interface AwsNotesApi {
  readonly notes: NotesService;
  readonly factCard: FactCard;
  readonly lookup: FactLookup;
  readonly notesView: NotesView;
  readonly quiz: Quiz;
  readonly notesCheck: NotesCheck;
}

/**
 * Activation stays cheap: features register their providers and commands, and the notes
 * index is built lazily on first use (`notes.ready()`), off the activation path.
 */
export function activate(context: vscode.ExtensionContext): AwsNotesApi {
  // The notes every feature shares: bundled pack + the user's notes, one live index.
  const notes = new NotesService(context.extensionUri);
  context.subscriptions.push(notes);
  registerShowLog(context, notes);

  // Notes: open a note's line, the fact card, fact lookup, the Notes view.
  registerOpenNote(context, notes);
  const factCard = registerFactCard(context, notes);
  const lookup = registerLookup(context, notes, factCard);
  const notesView = registerNotesView(context, notes);
  // First run: the "Get started with AWS Notes" walkthrough and its commands.
  registerWalkthrough(context);

  // Features built on the notes: one `register…(context, notes)` line each, below.
  registerCatalogData(context);
  registerIac(context, notes);
  const quiz = registerQuiz(context, notes);
  const notesCheck = registerNotesCheck(context, notes);

  return { notes, factCard, lookup, notesView, quiz, notesCheck };
}

export function deactivate(): void {}
