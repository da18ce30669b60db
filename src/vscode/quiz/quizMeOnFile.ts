import * as vscode from 'vscode';
import { questionsForTopics, topicsOfFile } from '../../core/quiz/fileTopics';
import type { SessionState } from '../../core/quiz/quizSession';
import type { QuizService } from './quizService';

/**
 * The filter for "Quiz Me on This File": the questions about the services and names the file
 * touches (an appspec → CodeDeploy and its hooks…). Undefined, after telling the user why,
 * when the file touches nothing the notes ask about.
 */
export async function fileQuizFilter(service: QuizService, document: vscode.TextDocument): Promise<SessionState['filter'] | undefined> {
  await service.ready();
  const index = service.notesIndex();
  const topics = topicsOfFile(document.uri.path, document.getText());
  const questions = index ? questionsForTopics(service.questions(), index, topics) : [];
  const name = document.uri.path.split('/').pop() ?? document.uri.path;
  if (questions.length === 0) {
    const about = topics.services.length > 0 ? ` (it is about ${topics.services.join(', ')})` : '';
    void vscode.window.showInformationMessage(`AWS Notes: your notes have no quiz questions about ${name}${about}.`);
    return undefined;
  }
  return { cardIds: questions.map((q) => q.id), label: `${name}: ${topics.services.join(', ') || 'names in the file'}` };
}
