import * as fs from 'node:fs';

/** One measured figure; `budget` and `ok` where the product has a budget for it (value ≤ budget). */
export interface Figure {
  readonly section: string;
  readonly name: string;
  /** null when the figure could not be measured (`note` says why). */
  readonly value: number | null;
  readonly unit: string;
  readonly budget?: number;
  readonly ok?: boolean;
  readonly note?: string;
}

/** Collects the figures of a run, prints them as one table and writes them as JSON. */
export class Report {
  private readonly figures: Figure[] = [];
  private section = '';

  startSection(title: string): void {
    this.section = title;
    process.stderr.write(`… ${title}\n`);
  }

  add(name: string, value: number | null, unit: string, options: { budget?: number; note?: string; atLeast?: boolean } = {}): void {
    const { budget, note, atLeast } = options;
    const ok = budget === undefined ? undefined : value !== null && (atLeast ? value >= budget : value <= budget);
    this.figures.push({ section: this.section, name, value: value === null ? null : round(value), unit, ...(budget !== undefined ? { budget, ok } : {}), ...(note ? { note } : {}) });
  }

  table(): string {
    const rows = this.figures.map((figure) => [
      figure.name,
      figure.value === null ? '—' : formatNumber(figure.value),
      figure.unit,
      figure.budget === undefined ? '' : `${figure.budget}`,
      figure.ok === undefined ? '' : figure.ok ? 'ok' : 'MISSED',
      figure.note ?? '',
    ]);
    const header = ['Figure', 'Value', 'Unit', 'Budget', '', 'Note'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells: string[]) => cells.map((cell, column) => (column === 1 || column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
    const out: string[] = [line(header), widths.map((width) => '-'.repeat(width)).join('  ')];
    let section = '';
    this.figures.forEach((figure, i) => {
      if (figure.section !== section) {
        section = figure.section;
        out.push(`[${section}]`);
      }
      out.push(line(rows[i]));
    });
    return out.join('\n');
  }

  /** `{"figures":[{"name","value","unit","budget","ok"}, …]}` plus when and where it ran. */
  write(file: string, environment: Record<string, unknown>): void {
    const figures = this.figures.map(({ section, ...figure }) => ({ ...figure, section }));
    fs.writeFileSync(file, `${JSON.stringify({ environment, figures }, null, 2)}\n`);
  }

  missed(): Figure[] {
    return this.figures.filter((figure) => figure.ok === false);
  }
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

function formatNumber(value: number): string {
  return Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(value);
}
