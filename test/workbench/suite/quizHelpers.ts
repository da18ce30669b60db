// What the quiz workbench tests share: the quiz's parts, waiting for what a webview drew, themes.
import * as vscode from 'vscode';
import type { QuizWebview, RenderedState } from '../../../src/vscode/quiz/quizWebview';
import { waitFor } from './helpers';
import { notesApi } from './notesApi';

/** The quiz panel's tab, if open (the web host prefixes the view type). */
export function quizTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('awsNotes.quiz'));
}

export async function quiz() {
  return (await notesApi()).quiz;
}

/** Waits until the panel's webview reports (by its own `rendered` message) that it drew a card. */
export async function panelCard(what: string, accept: (rendered: RenderedState) => boolean = () => true) {
  const { panel } = await quiz();
  return waitFor(what, () => {
    const rendered = panel.webview?.rendered;
    return rendered?.cardId !== undefined && accept(rendered) ? { ...rendered, cardId: rendered.cardId } : undefined;
  });
}

/** Opens (or reveals) the quiz panel and waits for its first card: its webview, for tests driving it. */
export async function openQuizPanel(): Promise<QuizWebview> {
  await vscode.commands.executeCommand('awsNotes.quiz.start');
  await panelCard('the quiz panel to draw a card');
  const { panel } = await quiz();
  return panel.webview!;
}

export async function setTheme(theme: string): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  // Webviews pick up the new theme variables asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 800));
}

/** The WCAG contrast ratio of two CSS colours as `getComputedStyle` gives them ("rgb(…)"/"rgba(…)"). */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const channels = /rgba?\(([^)]+)\)/.exec(colour)?.[1].split(',').slice(0, 3).map((part) => Number(part.trim()) / 255);
    if (!channels || channels.some((value) => Number.isNaN(value))) throw new Error(`not an rgb() colour: ${colour}`);
    const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
