import * as vscode from 'vscode';
import { questionsForTopics, topicsOfFile } from '../../core/quiz/fileTopics';
import type { Question } from '../../core/quiz/question';
import type { SessionState } from '../../core/quiz/quizSession';
import type { QuizService } from './quizService';

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? document.uri.path;
}

/** The questions about what a file touches (its services first, then facts naming its terms), and its services. */
async function fileQuestions(service: QuizService, document: vscode.TextDocument): Promise<{ questions: Question[]; services: readonly string[] }> {
  await service.ready();
  const index = service.notesIndex();
  const topics = topicsOfFile(document.uri.path, document.getText());
  return { questions: index ? questionsForTopics(service.questions(), index, topics) : [], services: topics.services };
}

/**
 * The filter for "Quiz Me on This File": the questions about the services and names the file
 * touches (an appspec → CodeDeploy and its hooks…). Undefined, after telling the user why,
 * when the file touches nothing the notes ask about.
 */
export async function fileQuizFilter(service: QuizService, document: vscode.TextDocument): Promise<SessionState['filter'] | undefined> {
  const { questions, services } = await fileQuestions(service, document);
  const name = fileName(document);
  if (questions.length === 0) {
    const message =
      services.length > 0
        ? vscode.l10n.t('AWS Notes: your notes have no quiz questions about {0} (it is about {1}).', name, services.join(', '))
        : vscode.l10n.t('AWS Notes: your notes have no quiz questions about {0}.', name);
    void vscode.window.showInformationMessage(message);
    return undefined;
  }
  return { cardIds: questions.map((q) => q.id), label: `${name}: ${services.join(', ') || vscode.l10n.t('names in the file')}` };
}

/**
 * "Start Quiz" with an IaC file open (one that touches a known service): the daily flow, with
 * the new cards about the file first. Undefined for other files.
 */
export async function preferFileFilter(service: QuizService, document: vscode.TextDocument): Promise<SessionState['filter'] | undefined> {
  const { questions, services } = await fileQuestions(service, document);
  return services.length > 0 && questions.length > 0 ? { prefer: questions.map((q) => q.id) } : undefined;
}
