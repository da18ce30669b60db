import type * as vscode from 'vscode';
import { CARD_STATES, FORECAST_DAYS, type DayCount, type QuizStatistics, type Retention } from '../../../core/quiz/statistics';
import { escapeHtml } from '../../../core/util/escapeHtml';
import { webviewPageHtml } from '../../webview/webviewPage';

/**
 * The Statistics view: a calendar heatmap of reviews, the due forecast, cards by state and
 * retention, each an SVG drawn with theme colours (classes styled by media/quizStatistics.css
 * through `--vscode-*` variables) and a table with the same numbers behind it, for screen
 * readers and high contrast. No script: the page is static HTML under the usual CSP.
 * Pure: `vscode` is imported for its types only (so `vscode-l10n-dev export` finds the
 * `l10n.t` calls); `l10n` is `vscode.l10n` in the extension, `untranslated` elsewhere.
 */
export type L10n = Pick<typeof vscode.l10n, 't'>;

/** `{0}`-style formatting without translation (bench, tests). */
export const untranslated: L10n = {
  t: ((message: string, ...args: (string | number)[]) => message.replace(/\{(\d+)\}/g, (whole, i: string) => String(args[Number(i)] ?? whole))) as L10n['t'],
};

export interface StatisticsResources {
  readonly cspSource: string;
  readonly nonce: string;
  readonly styleUris: readonly string[];
}

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;

function percent(retention: Retention): string {
  return retention.rate === null ? '–' : `${Math.round(retention.rate * 100)} %`;
}

/** Heatmap level 0–4: 0 for no reviews, then quarters of the busiest day. */
function level(count: number, max: number): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil((count / max) * 4));
}

function dayOfWeek(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date).getDay();
}

/** Literal calls, so the l10n export finds each name. */
function monthNames(l10n: L10n): string[] {
  return [l10n.t('Jan'), l10n.t('Feb'), l10n.t('Mar'), l10n.t('Apr'), l10n.t('May'), l10n.t('Jun'), l10n.t('Jul'), l10n.t('Aug'), l10n.t('Sep'), l10n.t('Oct'), l10n.t('Nov'), l10n.t('Dec')];
}
/** Room above the heatmap for the month names. */
const MONTH_ROW = 14;

function heatmap(days: readonly DayCount[], l10n: L10n): string {
  const max = Math.max(1, ...days.map((day) => day.count));
  const offset = dayOfWeek(days[0].day);
  const columns = Math.ceil((days.length + offset) / 7);
  const labels: string[] = [];
  const months = monthNames(l10n);
  const cells = days
    .map((day, i) => {
      const slot = i + offset;
      const x = Math.floor(slot / 7) * STEP;
      const y = MONTH_ROW + (slot % 7) * STEP;
      // A month's name above the column of its first day (not the first, cut-off one).
      if (day.day.endsWith('-01') && x + 3 * STEP <= columns * STEP) labels.push(`<text class="axis-label" x="${x}" y="10">${escapeHtml(months[Number(day.day.slice(5, 7)) - 1])}</text>`);
      return `<rect class="heat level-${level(day.count, max)}" x="${x}" y="${y}" width="${CELL}" height="${CELL}"><title>${escapeHtml(l10n.t('{0}: {1} reviews', day.day, day.count))}</title></rect>`;
    })
    .join('');
  const width = columns * STEP;
  const height = MONTH_ROW + 7 * STEP;
  const legend = [0, 1, 2, 3, 4].map((l, i) => `<rect class="heat level-${l}" x="${width - (5 - i) * STEP}" y="${height + 4}" width="${CELL}" height="${CELL}"></rect>`).join('');
  const legendText = `<text class="axis-label" x="${width - 5 * STEP - 4}" y="${height + 13}" text-anchor="end">${escapeHtml(l10n.t('Less'))}</text><text class="axis-label" x="${width + 2}" y="${height + 13}">${escapeHtml(l10n.t('More'))}</text>`;
  const perMonth = new Map<string, { reviews: number; days: number }>();
  for (const day of days) {
    const month = perMonth.get(day.day.slice(0, 7)) ?? { reviews: 0, days: 0 };
    month.reviews += day.count;
    if (day.count > 0) month.days++;
    perMonth.set(day.day.slice(0, 7), month);
  }
  const rows = [...perMonth].map(([month, counts]) => `<tr><th scope="row">${month}</th><td>${counts.reviews}</td><td>${counts.days}</td></tr>`).join('');
  const total = width + 40;
  return `<svg class="chart heatmap" aria-hidden="true" width="${total}" height="${height + 18}" viewBox="0 0 ${total} ${height + 18}">${labels.join('')}${cells}${legend}${legendText}</svg>
${table(l10n.t('Reviews per month'), [l10n.t('Month'), l10n.t('Reviews'), l10n.t('Days studied')], rows)}`;
}

/** The forecast: a column per day, today first, with the busiest day's count and a few day marks. */
function columnsChart(counts: readonly number[], l10n: L10n): string {
  const width = 360;
  const height = 120;
  const max = Math.max(1, ...counts);
  const step = width / counts.length;
  const drawn = counts
    .map((count, i) => {
      const h = count === 0 ? 0 : Math.max(2, Math.round((count / max) * height));
      return `<rect class="bar due" x="${(i * step + 1).toFixed(1)}" y="${16 + height - h}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h}"></rect>`;
    })
    .join('');
  const marks = [0, 7, 14, 21, counts.length - 1]
    .map((i) => {
      // The first and last marks are anchored inside the chart, so they are not cut off.
      const [x, anchor] = i === 0 ? [0, 'start'] : i === counts.length - 1 ? [width, 'end'] : [i * step + step / 2, 'middle'];
      return `<text class="axis-label" x="${x.toFixed(1)}" y="${height + 30}" text-anchor="${anchor}">${escapeHtml(i === 0 ? l10n.t('today') : l10n.t('+{0} d', i))}</text>`;
    })
    .join('');
  return `<svg class="chart" aria-hidden="true" width="${width}" height="${height + 34}" viewBox="0 0 ${width} ${height + 34}"><text class="axis-label" x="0" y="10">${escapeHtml(l10n.t('max {0}', max))}</text><line class="axis" x1="0" y1="${height + 16.5}" x2="${width}" y2="${height + 16.5}"></line>${drawn}${marks}</svg>`;
}

/** Cards by state: a labelled horizontal bar per state, its count beside it. */
function rowsChart(rows: readonly { label: string; count: number; kind: string }[]): string {
  const labelWidth = 90;
  const barWidth = 240;
  const max = Math.max(1, ...rows.map((row) => row.count));
  const drawn = rows
    .map((row, i) => {
      const y = i * 22;
      const w = row.count === 0 ? 0 : Math.max(2, Math.round((row.count / max) * barWidth));
      return `<text class="bar-label" x="0" y="${y + 14}">${escapeHtml(row.label)}</text><rect class="bar ${row.kind}" x="${labelWidth}" y="${y + 3}" width="${w}" height="14"></rect><text class="bar-label" x="${labelWidth + w + 6}" y="${y + 14}">${row.count}</text>`;
    })
    .join('');
  const width = labelWidth + barWidth + 60;
  return `<svg class="chart" aria-hidden="true" width="${width}" height="${rows.length * 22}" viewBox="0 0 ${width} ${rows.length * 22}">${drawn}</svg>`;
}

function table(caption: string, headers: readonly string[], rows: string): string {
  return `<details class="chart-table"><summary>${escapeHtml(caption)}</summary><table><thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></details>`;
}

function retentionRows(statistics: QuizStatistics): string {
  return statistics.retention.services
    .map((row) => `<tr><th scope="row">${escapeHtml(row.service)}</th><td>${row.reviews}</td><td>${percent(row)}</td><td><meter min="0" max="1" value="${row.rate ?? 0}" aria-hidden="true"></meter></td></tr>`)
    .join('');
}

function figure(label: string, value: string | number, id: string): string {
  return `<div class="figure"><span class="value" id="${id}">${escapeHtml(String(value))}</span><span class="label">${escapeHtml(label)}</span></div>`;
}

/** Per exam domain: cards, seen, retention, and the task statements the notes have few cards for. */
function domainSection(statistics: QuizStatistics, l10n: L10n): string {
  const headers = [l10n.t('Domain'), l10n.t('Weight'), l10n.t('Cards'), l10n.t('Seen'), l10n.t('Retention'), l10n.t('What the notes lack')];
  const rows = statistics.domains
    .map((row) => {
      const lacks = row.thinTasks.map((task) => `<li>${escapeHtml(l10n.t('{0} {1}: {2} cards', task.id, task.text, task.cards))}</li>`).join('');
      return `<tr><th scope="row">${escapeHtml(row.domain)}</th><td>${Math.round(row.weight * 100)} %</td><td>${row.cards}</td><td>${row.seen}</td><td>${percent(row.retention)}</td><td>${lacks ? `<ul class="lacks">${lacks}</ul>` : escapeHtml(l10n.t('nothing'))}</td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="domains-title"><h2 id="domains-title">${escapeHtml(l10n.t('Exam domains ({0})', statistics.certification ?? ''))}</h2>
<table class="domains"><thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function statisticsBody(statistics: QuizStatistics, l10n: L10n): string {
  const stateLabels: Record<string, string> = { new: l10n.t('New'), learning: l10n.t('Learning'), review: l10n.t('Review'), relearning: l10n.t('Relearning') };
  const forecastRows = statistics.forecast.map((day, i) => `<tr><th scope="row">${escapeHtml(i === 0 ? l10n.t('{0} (today, overdue included)', day.day) : day.day)}</th><td>${day.count}</td></tr>`).join('');
  const states = CARD_STATES.map((state) => ({ label: stateLabels[state], count: statistics.states[state], kind: `state-${state}` }));
  const yearReviews = statistics.reviewsPerDay.reduce((sum, day) => sum + day.count, 0);
  const domains = statistics.domains.length === 0 ? '' : domainSection(statistics, l10n);
  return `<main id="statistics" aria-label="${escapeHtml(l10n.t('Quiz statistics'))}">
<h1>${escapeHtml(l10n.t('Quiz statistics'))}</h1>
<div class="figures">
${figure(l10n.t('cards'), statistics.cards.total, 'stat-total')}
${figure(l10n.t('seen'), statistics.cards.seen, 'stat-seen')}
${figure(l10n.t('retention (not Again)'), percent(statistics.retention.overall), 'stat-retention')}
${figure(l10n.t('day streak'), statistics.streak.current, 'stat-streak')}
${figure(l10n.t('longest streak'), statistics.streak.longest, 'stat-longest')}
</div>
<section aria-labelledby="heatmap-title"><h2 id="heatmap-title">${escapeHtml(l10n.t('Reviews per day, last year ({0} reviews)', yearReviews))}</h2>
${heatmap(statistics.reviewsPerDay, l10n)}</section>
<div class="side-by-side">
<section aria-labelledby="forecast-title"><h2 id="forecast-title">${escapeHtml(l10n.t('Due in the next {0} days', FORECAST_DAYS))}</h2>
${columnsChart(statistics.forecast.map((day) => day.count), l10n)}
${table(l10n.t('Cards due per day'), [l10n.t('Day'), l10n.t('Due')], forecastRows)}</section>
<section aria-labelledby="states-title"><h2 id="states-title">${escapeHtml(l10n.t('Cards by state'))}</h2>
${rowsChart(states)}
${table(l10n.t('Cards per state'), [l10n.t('State'), l10n.t('Cards')], states.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${row.count}</td></tr>`).join(''))}</section>
</div>
${domains}
<section aria-labelledby="retention-title"><h2 id="retention-title">${escapeHtml(l10n.t('Retention by service'))}</h2>
<table class="retention"><thead><tr><th scope="col">${escapeHtml(l10n.t('Service'))}</th><th scope="col">${escapeHtml(l10n.t('Reviews'))}</th><th scope="col">${escapeHtml(l10n.t('Retention'))}</th><td></td></tr></thead><tbody>${retentionRows(statistics) || `<tr><td colspan="4">${escapeHtml(l10n.t('No reviews yet.'))}</td></tr>`}</tbody></table></section>
</main>`;
}

export function statisticsHtml(statistics: QuizStatistics, resources: StatisticsResources, l10n: L10n): string {
  return webviewPageHtml({ ...resources, title: l10n.t('AWS Notes Quiz Statistics'), scriptUris: [], body: statisticsBody(statistics, l10n) });
}
