import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, screenshot, waitFor } from './helpers';
import { DVA_C02 } from '../../../src/core/quiz/exam/dvaC02.data';
import { domainOf } from '../../../src/core/quiz/exam/examDomains';
import { contrastRatio, openQuizPanel, panelCard, quiz, quizTab, setTheme } from './quizHelpers';

/** Issue 12: what a new user hits first — the seven problems, the daily flow and the first run. */
describe('quiz: first use and the daily flow', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{}] });
    (await quiz()).panel.close();
    await closeAllEditors();
  });

  it('a first-run Quiz view says what the quiz is and offers to start; the status bar gives both numbers', async () => {
    const { service, sidebar, statusBar } = await quiz();
    await service.ready();
    assert.strictEqual((await service.storedLog()).length, 0, 'runs before any quiz answer (imported before quiz.test.ts)');
    await vscode.commands.executeCommand('awsNotes.quizView.focus');
    const view = await waitFor('the sidebar quiz view', () => sidebar.webview);
    await waitFor('the first-run view drawn', () => view.rendered?.drawn?.intro === true);
    assert.strictEqual(view.rendered?.cardId, undefined, 'no card before starting');
    const newToday = Math.min(20, service.questions().length);
    await waitFor('the status bar count', () => statusBar.text === `$(mortar-board) 0 due · ${newToday} new today` || undefined);
    await screenshot('quiz-first-run');
  });

  it('starts with the user\'s own notes (not the bundled pack), services interleaved', async () => {
    const { panel, service } = await quiz();
    await closeAllEditors();
    await vscode.commands.executeCommand('awsNotes.quiz.start');
    await waitFor('the quiz panel tab', quizTab);
    const first = await panelCard('the first card');
    const question = service.questions().find((q) => q.id === first.cardId);
    assert.strictEqual(question?.origin, 'user', `${question?.file}: ${question?.prompt}`);
    const firstServices: string[] = [];
    for (let i = 0; i < 4; i++) {
      const shown = await panelCard('a new card', (r) => !r.revealed && !firstServices.includes(r.cardId ?? ''));
      firstServices.push(shown.cardId);
      await vscode.commands.executeCommand('awsNotes.quiz.reveal');
      await panelCard('revealed', (r) => r.cardId === shown.cardId && r.revealed);
      await vscode.commands.executeCommand('awsNotes.quiz.grade', 4);
    }
    const services = firstServices.map((id) => service.questions().find((q) => q.id === id)!.service);
    assert.ok(services.every((s, i) => i === 0 || s !== services[i - 1]), services.join(', '));
    assert.strictEqual(panel.webview?.rendered?.drawn?.intro, false);
  });

  it('a "Which service?" card does not show its service in the header (panel, sidebar, exam) until answered', async () => {
    const { sidebar, service } = await quiz();
    const which = service.questions().filter((q) => q.kind === 'service');
    const question = which[0];
    const view = await openQuizPanel();
    await view.setFilter({ cardIds: [question.id] });
    const drawn = await panelCard('the which-service card', (r) => r.cardId === question.id && !r.revealed);
    assert.strictEqual(drawn.drawn?.header, 'Which service?');
    await screenshot('quiz-which-service');
    await view.reveal();
    const revealed = await panelCard('the which-service card revealed', (r) => r.cardId === question.id && r.revealed);
    assert.strictEqual(revealed.drawn?.header, `Which service? · ${question.service}`, 'once answered, the header may say it');
    const side = sidebar.webview!;
    await side.setFilter({ cardIds: [question.id] });
    await waitFor('the sidebar card', () => side.rendered?.cardId === question.id);
    assert.ok(!side.rendered!.drawn!.header.includes(question.service), side.rendered!.drawn!.header);
    await side.setFilter({});
    await view.setFilter({ cardIds: which.slice(0, 3).map((q) => q.id) });
    await view.startExam();
    const exam = await panelCard('an exam which-service card', (r) => !r.revealed && view.session.state.exam !== undefined);
    const examQuestion = which.find((q) => q.id === exam.cardId)!;
    assert.strictEqual(exam.drawn?.header, 'Which service?', `not "${examQuestion.service}"`);
    view.session.finishExam();
    view.session.leaveExam();
    await view.setFilter({});
  });

  it('an exam scores a picked choice by the pick and a graded cloze by its grade, Again shown as missed', async () => {
    const { service } = await quiz();
    const view = await openQuizPanel();
    const pick = service.questions().find((q) => q.kind === 'choice')!;
    const cloze = service.questions().find((q) => q.kind === 'cloze')!;
    await view.setFilter({ cardIds: [pick.id, cloze.id] });
    await view.startExam();
    const logBefore = (await service.storedLog()).length;
    for (let i = 0; i < 2; i++) {
      const shown = await panelCard('an exam card', (r) => !r.revealed);
      if (shown.cardId === pick.id) {
        await view.choose(pick.choices.indexOf(pick.answer));
        await panelCard('the pick drawn', (r) => r.cardId === pick.id && r.revealed);
        await screenshot('quiz-exam-picked');
        assert.strictEqual(view.session.next(), true);
        await view.post();
      } else {
        await view.reveal();
        await panelCard('the cloze revealed', (r) => r.cardId === cloze.id && r.revealed);
        await view.grade(1);
      }
    }
    const result = await waitFor('the exam result', () => view.session.examResult());
    assert.deepStrictEqual({ correct: result.correct, total: result.total }, { correct: 1, total: 2 });
    const drawn = await waitFor('the result drawn', () => view.rendered?.cardId === undefined && (view.rendered?.drawn?.missedReasons.length ?? 0) > 0 && view.rendered!.drawn!);
    assert.deepStrictEqual(drawn.missedReasons, ['You graded it Again.']);
    // The score per DVA-C02 domain, as drawn: "Security | 1 / 1 | 100%".
    const rows = drawn.domainScores.map((row) => /^(.+) \| (\d+) \/ (\d+) \| \d+%$/.exec(row)!);
    assert.ok(rows.length > 0 && rows.every(Boolean), drawn.domainScores.join('; '));
    assert.strictEqual(rows.reduce((sum, row) => sum + Number(row[3]), 0), 2);
    assert.deepStrictEqual(rows.map((row) => row[1]).sort(), [...new Set([pick, cloze].map((q) => domainOf(q, DVA_C02) ?? 'No exam domain'))].sort());
    assert.strictEqual((await service.storedLog()).length, logBefore + 2, 'exam answers go into the review log');
    await screenshot('quiz-exam-result-reasons');
    view.session.leaveExam();
    await view.setFilter({});
  });

  it('"Right." is readable (≥ 4.5:1) in light, dark and high contrast themes', async () => {
    const { service } = await quiz();
    const view = await openQuizPanel();
    const pick = service.questions().filter((q) => q.kind === 'choice')[3];
    for (const theme of ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast', 'Default High Contrast Light']) {
      await setTheme(theme);
      await view.setFilter({ cardIds: [pick.id] });
      await panelCard('the choice card', (r) => r.cardId === pick.id && !r.revealed);
      await view.choose(pick.choices.indexOf(pick.answer));
      const drawn = await panelCard('the verdict', (r) => r.cardId === pick.id && r.drawn?.verdict !== undefined);
      const { text, color, background } = drawn.drawn!.verdict!;
      assert.match(text, /Right\./);
      const ratio = contrastRatio(color, background);
      assert.ok(ratio >= 4.5, `${theme}: "${text}" is ${ratio.toFixed(2)}:1 (${color} on ${background})`);
      await screenshot(`quiz-right-${theme.toLowerCase().replace(/\s+/g, '-')}`);
    }
    await setTheme('Default Light Modern');
    await view.setFilter({});
  });

  it('the service filter lists services only, and keeps "Service" beside its dropdown at about 520 px', async () => {
    const { service } = await quiz();
    const view = await openQuizPanel();
    await view.post();
    const wide = await panelCard('the panel drawn', (r) => r.drawn?.toolbar !== undefined);
    const options = wide.drawn!.serviceOptions;
    assert.ok(options.includes('SQS') && options.includes('DynamoDB'), options.join(', '));
    for (const topic of ['Data Limitations', 'Exponential Backoff', 'AI Services']) assert.ok(!options.includes(topic), `"${topic}" is listed as a service`);
    const fullWidth = wide.drawn!.toolbar!.width;
    // The longest toolbar: quizzing on a file adds its label and "Show all" before the filter.
    await view.setFilter({ cardIds: service.questions().filter((q) => q.service === 'CodeDeploy').map((q) => q.id), label: 'appspec.yml: CodeDeploy' });
    const share = 520 / fullWidth;
    await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: share }, { size: 1 - share }] });
    await new Promise((resolve) => setTimeout(resolve, 800));
    await view.post();
    const narrow = await panelCard('the narrow panel drawn', (r) => r.drawn?.toolbar !== undefined && r.drawn.toolbar.width < fullWidth - 50);
    const { width, labelTop, selectTop } = narrow.drawn!.toolbar!;
    assert.ok(width >= 460 && width <= 580, `measured at ${width} px`);
    assert.ok(Math.abs(labelTop - selectTop) < 12, `"Service" at ${labelTop}, its dropdown at ${selectTop}`);
    await screenshot('quiz-narrow-toolbar');
    await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{}] });
    await view.setFilter({});
  });

  it('"Start Quiz" with an IaC file open serves the facts it touches first', async () => {
    const { panel, service } = await quiz();
    panel.close();
    await waitFor('the quiz panel to close', () => !quizTab());
    await openSample('appspec/ec2/appspec.yml');
    await vscode.commands.executeCommand('awsNotes.quiz.start');
    const first = await panelCard('the first card');
    const prefer = panel.webview!.session.state.filter.prefer ?? [];
    assert.ok(prefer.length > 0, 'the appspec touches CodeDeploy');
    const question = service.questions().find((q) => q.id === first.cardId)!;
    const fact = service.notesIndex()?.fact(question.id);
    assert.ok(prefer.includes(question.id), `${question.service}: ${fact?.text}`);
  });
});
