import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, sampleUri, screenshot, waitFor } from './helpers';
import { notesApi } from './notesApi';
import { setTheme } from './quizHelpers';

function statisticsTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('awsNotes.quizStatistics'));
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('quiz: statistics view and exports', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.view.explorer');
    await closeAllEditors();
  });

  it('"Show Quiz Statistics" opens the view with the review log’s numbers, and follows new answers', async () => {
    const { service, statistics } = (await notesApi()).quiz;
    await service.ready();
    const reviewsBefore = service.log().length;
    const [first, second, third, fourth] = service.questions();
    await service.answer(first, 3);
    await service.answer(second, 1);
    await closeAllEditors();
    await vscode.commands.executeCommand('awsNotes.quiz.showStatistics');
    await waitFor('the statistics tab', statisticsTab);
    const shown = await waitFor('the statistics drawn', () => statistics.shown);
    assert.strictEqual(shown.retention.overall.reviews, reviewsBefore + 2);
    assert.ok(shown.reviewsPerDay.at(-1)!.count >= 2, 'today’s reviews are in the heatmap');
    assert.strictEqual(shown.cards.total, service.questions().length);
    assert.deepStrictEqual(shown.domains.map((row) => row.domain), ['Development with AWS Services', 'Security', 'Deployment', 'Troubleshooting and Optimization'], 'per DVA-C02 domain');
    const html = statistics.html ?? '';
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src [^;"]+; script-src 'nonce-[0-9a-f]{32}'">/);
    assert.doesNotMatch(html, /<script/, 'a static page');
    assert.match(html, new RegExp(`<span class="value" id="stat-total">${service.questions().length}</span>`));
    assert.strictEqual((html.match(/<rect class="heat level-\d"[^>]*><title>/g) ?? []).length, 365);
    assert.strictEqual((html.match(/<details class="chart-table">/g) ?? []).length, 3, 'a table behind each chart');
    await service.answer(third, 4);
    await waitFor('the view to redraw after an answer', () => statistics.shown?.retention.overall.reviews === reviewsBefore + 3);
    // Behind another tab it is not redrawn on each answer, but as soon as it shows again.
    await vscode.commands.executeCommand('awsNotes.quiz.start');
    await service.answer(fourth, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.strictEqual(statistics.shown?.retention.overall.reviews, reviewsBefore + 3, 'not redrawn while hidden');
    await vscode.commands.executeCommand('awsNotes.quiz.showStatistics');
    await waitFor('the view to redraw when shown again', () => statistics.shown?.retention.overall.reviews === reviewsBefore + 4);
  });

  it('screenshots: statistics in a light, a dark and a high-contrast theme', async () => {
    await vscode.commands.executeCommand('awsNotes.quiz.showStatistics');
    await waitFor('the statistics tab', statisticsTab);
    // The whole width for the view, so the exam domains show below the charts.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await setTheme('Default Light Modern');
    await screenshot('quiz-statistics-light');
    await setTheme('Default Dark Modern');
    await screenshot('quiz-statistics-dark');
    await setTheme('Default High Contrast');
    await screenshot('quiz-statistics-high-contrast');
  });

  it('"Export Quiz Progress" writes the schedule, the review log and the statistics as JSON to the file picked; cancelling writes nothing', async () => {
    const { exports, service } = (await notesApi()).quiz;
    const target = sampleUri('zz-quiz-progress.json');
    const chooseTarget = exports.chooseTarget;
    let asked: vscode.SaveDialogOptions | undefined;
    try {
      exports.chooseTarget = async (options) => {
        asked = options;
        return target;
      };
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('awsNotes.quiz.exportProgress');
      assert.strictEqual(written?.toString(), target.toString());
      assert.deepStrictEqual(Object.values(asked?.filters ?? {}), [['json']]);
      const exported = JSON.parse(await readText(target));
      assert.strictEqual(exported.format, 'aws-notes.quiz-progress');
      assert.strictEqual(exported.reviews.length, service.log().length);
      assert.deepStrictEqual(Object.keys(exported.schedule.cards).sort(), Object.keys(service.progress().cards).sort());
      assert.strictEqual(exported.statistics.retention.overall.reviews, service.log().length);

      await vscode.workspace.fs.delete(target);
      exports.chooseTarget = async () => undefined;
      assert.strictEqual(await vscode.commands.executeCommand('awsNotes.quiz.exportProgress'), undefined);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'nothing written when the dialog is cancelled');
    } finally {
      exports.chooseTarget = chooseTarget;
      await Promise.resolve(vscode.workspace.fs.delete(target)).catch(() => undefined);
    }
  });

  it('"Export Quiz to Anki" writes the text file Anki imports: its headers, then one note per card', async () => {
    const { exports, service } = (await notesApi()).quiz;
    const target = sampleUri('zz-quiz-anki.txt');
    const chooseTarget = exports.chooseTarget;
    try {
      exports.chooseTarget = async () => target;
      await vscode.commands.executeCommand('awsNotes.quiz.exportAnki');
      const lines = (await readText(target)).trimEnd().split('\n');
      assert.deepStrictEqual(lines.slice(0, 5), ['#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', '#tags column:5']);
      assert.strictEqual(lines.length, 5 + service.questions().length);
      assert.ok(lines.slice(5).every((line) => /^(Basic|Cloze)\tAWS Notes::[^\t]+\t[^\t]+\t[^\t]+\t[^\t ]+( [^\t ]+)*$/.test(line)), 'five columns, tags without spaces');
      assert.ok(lines.some((line) => line.startsWith('Cloze\t') && line.includes('{{c1::')));
      assert.ok(lines.some((line) => / DVA-C02::Security$/.test(line)), 'tagged by exam domain');
    } finally {
      exports.chooseTarget = chooseTarget;
      await Promise.resolve(vscode.workspace.fs.delete(target)).catch(() => undefined);
    }
  });
});
