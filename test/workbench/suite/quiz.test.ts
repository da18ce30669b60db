import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, sampleUri, screenshot, waitFor } from './helpers';
import { notesApi } from './notesApi';
import { panelCard, quiz, quizTab, setTheme } from './quizHelpers';

describe('quiz: panel, sidebar view, grading and progress', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('"Start Quiz" opens the panel, whose webview draws a card under a strict CSP', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('awsNotes.quiz.start');
    await waitFor('the quiz panel tab', quizTab);
    const { cardId, revealed } = await panelCard('the panel to draw its first card');
    assert.strictEqual(revealed, false);
    const { service } = await quiz();
    assert.ok(service.questions().some((q) => q.id === cardId), 'the card drawn is one of the generated questions');
    assert.ok(service.questions().length >= 150, `${service.questions().length} questions from the sample and bundled notes`);
    const html = (await quiz()).panel.webview?.html ?? '';
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src [^;"]+; script-src 'nonce-([0-9a-f]{32})'">/);
    const nonce = /'nonce-([0-9a-f]{32})'/.exec(html)![1];
    assert.strictEqual((html.match(/<script /g) ?? []).length, (html.match(new RegExp(`<script nonce="${nonce}" src="[^"]+/media/quiz(Keys)?\\.js"`, 'g')) ?? []).length, 'every script is ours, with the nonce');
    assert.doesNotMatch(html, /\son\w+=/, 'no inline handlers');
  });

  it('a card is revealed and graded through the keyboard path; the schedule is stored', async () => {
    const { panel, service } = await quiz();
    const before = await panelCard('a card before grading');
    // Space → `reveal`, key 3 → `grade` in the webview go to the same methods as these commands.
    await vscode.commands.executeCommand('awsNotes.quiz.reveal');
    await panelCard('the webview to draw the revealed answer', (r) => r.cardId === before.cardId && r.revealed);
    const graded = await vscode.commands.executeCommand<boolean>('awsNotes.quiz.grade', 3);
    assert.strictEqual(graded, true);
    const after = await panelCard('the next card', (r) => r.cardId !== before.cardId);
    assert.strictEqual(after.revealed, false);
    const stored = await service.storedProgress();
    const card = stored.cards[before.cardId];
    assert.ok(card, 'the graded card is in globalState');
    assert.strictEqual(card.reps, 1);
    assert.deepStrictEqual((await service.storedLog()).filter((entry) => entry.card === before.cardId).map((entry) => entry.grade), [3], 'one review log entry, Good');
    assert.ok(Date.parse(card.due) > Date.now(), 'a Good answer schedules the card later');
    assert.strictEqual(panel.webview?.session.state.lastAnswered, before.cardId);
  });

  it('the schedule is read back after the panel is closed and reopened', async () => {
    const { panel, service, statusBar } = await quiz();
    const gradedId = (await service.storedProgress()).cards;
    panel.close();
    await waitFor('the quiz panel to close', () => !quizTab());
    await vscode.commands.executeCommand('awsNotes.quiz.start');
    const reopened = await panelCard('the reopened panel to draw a card');
    assert.ok(!(reopened.cardId in gradedId), 'the card answered Good is not served again at once');
    const stored = await service.storedProgress();
    assert.deepStrictEqual(Object.keys(stored.cards), Object.keys(gradedId));
    assert.strictEqual(service.stats().newCards, service.questions().length - Object.keys(stored.cards).length);
    assert.match(statusBar.text, /^\$\(mortar-board\) \d+ due · \d+ new today$/);
  });

  it('a reloaded panel is restored from the state its webview saved (the serializer path)', async () => {
    const { panel, service } = await quiz();
    await service.ready();
    const sqs = service.questions().filter((q) => q.service === 'SQS');
    const saved = { session: { filter: { services: ['SQS'] }, cardId: sqs[1].id, revealed: true } };
    panel.close();
    await waitFor('the quiz panel to close', () => !quizTab());
    // What VS Code does on reload: a new panel of our view type, handed to the serializer with the saved state.
    const revived = vscode.window.createWebviewPanel('awsNotes.quiz', 'AWS Notes Quiz', vscode.ViewColumn.Active);
    const view = await panel.restore(revived, saved);
    await waitFor('the restored card, revealed', () => view.rendered?.cardId === sqs[1].id && view.rendered.revealed);
    assert.deepStrictEqual(view.session.state.filter, { services: ['SQS'] });
    const junk = await panel.restore(vscode.window.createWebviewPanel('awsNotes.quiz', 'AWS Notes Quiz', vscode.ViewColumn.Active), { session: 'corrupt' });
    await waitFor('a fresh card after a corrupt saved state', () => junk.rendered?.cardId !== undefined && junk.rendered.revealed === false);
  });

  it('the sidebar quiz view opens in the AWS Notes container and draws the next card', async () => {
    const { sidebar } = await quiz();
    await vscode.commands.executeCommand('awsNotes.quizView.focus');
    const view = await waitFor('the sidebar quiz view to resolve', () => sidebar.webview);
    const rendered = await waitFor('the sidebar to draw a card', () => view.rendered?.cardId !== undefined && view.rendered);
    assert.strictEqual(rendered.revealed, false);
    await view.reveal();
    await waitFor('the sidebar to draw its revealed card', () => view.rendered?.revealed === true);
  });

  it('screenshots: panel and sidebar in a dark and a light theme', async () => {
    await vscode.commands.executeCommand('awsNotes.quiz.start');
    await vscode.commands.executeCommand('awsNotes.quiz.reveal');
    await panelCard('a revealed card', (r) => r.revealed);
    await vscode.commands.executeCommand('awsNotes.quizView.focus');
    await setTheme('Default Dark Modern');
    await screenshot('quiz-dark');
    await setTheme('Default Light Modern');
    await screenshot('quiz-light');
    await setTheme('Default High Contrast');
    await screenshot('quiz-high-contrast');
  });

  it('exam mode: N timed questions, then the score and the missed facts', async () => {
    await vscode.workspace.getConfiguration('awsNotes.quiz').update('examQuestions', 3, vscode.ConfigurationTarget.Global);
    try {
      const { panel } = await quiz();
      await vscode.commands.executeCommand('awsNotes.quiz.startExam');
      const view = await waitFor('the exam to start', () => panel.webview?.session.state.exam && panel.webview);
      assert.strictEqual(view.session.state.exam?.cardIds.length, 3);
      const missedId = view.session.state.exam?.cardIds[1];
      for (const right of [true, false, true]) {
        const shown = await panelCard('an exam card', (r) => !r.revealed);
        const question = view.session.question()!;
        if (question.kind === 'choice' || question.kind === 'service') {
          // The webview's `choose` and `next` requests call these.
          await view.choose(question.choices.findIndex((choice) => (choice === question.answer) === right));
          await panelCard('the exam card answered', (r) => r.cardId === shown.cardId && r.revealed);
          assert.strictEqual(view.session.next(), true);
          await view.post();
        } else {
          await vscode.commands.executeCommand('awsNotes.quiz.reveal');
          await panelCard('the exam card revealed', (r) => r.cardId === shown.cardId && r.revealed);
          assert.strictEqual(await vscode.commands.executeCommand('awsNotes.quiz.grade', right ? 3 : 1), true);
        }
      }
      const result = await waitFor('the exam result', () => view.session.examResult());
      assert.strictEqual(result.total, 3);
      assert.strictEqual(result.correct, 2);
      assert.deepStrictEqual(result.missed.map((m) => m.question.id), [missedId]);
      await waitFor('the webview to draw the result (no card)', () => view.rendered !== undefined && view.rendered.cardId === undefined);
      await screenshot('quiz-exam-result');
      await view.setFilter({});
    } finally {
      await vscode.workspace.getConfiguration('awsNotes.quiz').update('examQuestions', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a note with HTML, scripts and javascript: links is drawn as text in the quiz', async () => {
    const { panel, service } = await quiz();
    const notes = (await notesApi()).notes;
    const uri = sampleUri('notes/quiz-hostile.md');
    const hostile = '# SQS\n\n- Hostile visibility timeout of 45 seconds <script>globalThis.pwned = 1</script> <img src=x onerror="globalThis.pwned = 2"> [click](javascript:alert(3)) **bold**\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(hostile));
    try {
      await vscode.commands.executeCommand('awsNotes.quiz.start');
      const index = await notes.ready();
      const question = await waitFor('a question on the hostile note', () => {
        const fact = index.facts().find((f) => f.text.startsWith('Hostile visibility timeout'));
        return fact && service.questions().find((q) => q.id === fact.id);
      });
      await panel.webview!.setFilter({ cardIds: [question.id] });
      await vscode.commands.executeCommand('awsNotes.quiz.reveal');
      const rendered = await waitFor('the hostile note drawn', () => panel.webview?.rendered?.cardId === question.id && panel.webview.rendered.revealed && panel.webview.rendered);
      assert.ok(rendered.noteTags.includes('strong'), `markdown still renders: ${rendered.noteTags.join(', ')}`);
      for (const tag of ['script', 'img', 'a', 'iframe']) assert.ok(!rendered.noteTags.includes(tag), `the note became a <${tag}>: ${rendered.noteTags.join(', ')}`);
      await screenshot('quiz-hostile-note');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await panel.webview?.setFilter({});
    }
  });

  it('"Quiz Me on This File" on an appspec asks about CodeDeploy', async () => {
    const { panel, service } = await quiz();
    await openSample('appspec/ec2/appspec.yml');
    await vscode.commands.executeCommand('awsNotes.quiz.quizMeOnFile');
    const inFilter = (id: string | undefined) => panel.webview?.session.pool().some((q) => q.id === id) === true;
    const { cardId } = await panelCard('the panel to draw a card about the appspec', (r) => panel.webview?.session.state.filter.label !== undefined && inFilter(r.cardId));
    const label = panel.webview?.session.state.filter.label ?? '';
    assert.match(label, /^appspec\.yml: CodeDeploy$/);
    const question = service.questions().find((q) => q.id === cardId);
    assert.ok(question);
    const fact = service.notesIndex()?.fact(cardId);
    assert.ok(question.service === 'CodeDeploy' || /ApplicationStop|BeforeInstall|AfterInstall|ApplicationStart|ValidateService/.test(fact?.text ?? ''), `${question.service}: ${question.prompt}`);
    const pool = panel.webview!.session.pool();
    assert.ok(pool.length > 5 && pool.filter((q) => q.service === 'CodeDeploy').length > pool.length / 2, 'mostly CodeDeploy questions');
    await screenshot('quiz-appspec');
  });
});
