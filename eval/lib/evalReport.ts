/** One quality figure of `npm run eval`: a measured value, with the target it should meet. */
export interface EvalFigure {
  readonly name: string;
  readonly value: number;
  /** The least acceptable value (figures here are "higher is better": recall, precision, MRR). */
  readonly target?: number;
  readonly note?: string;
}

/** A section's figures under its title, e.g. "relevance: cloudformation (held out)". */
export interface EvalSection {
  readonly title: string;
  readonly figures: readonly EvalFigure[];
}

/** The table `npm run eval` prints: one row a figure, with ok/MISSED where a target is set. */
export function formatEvalTable(sections: readonly EvalSection[]): string {
  const rows = sections.flatMap((section) =>
    section.figures.map((figure) => [
      section.title,
      figure.name,
      figure.value.toFixed(3),
      figure.target === undefined ? '' : `≥ ${figure.target}`,
      figure.target === undefined ? '' : figure.value >= figure.target ? 'ok' : 'MISSED',
      figure.note ?? '',
    ]),
  );
  const header = ['Section', 'Figure', 'Value', 'Target', '', 'Note'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Figures below their targets, for the summary line. */
export function missedFigures(sections: readonly EvalSection[]): string[] {
  return sections.flatMap((section) =>
    section.figures.filter((figure) => figure.target !== undefined && figure.value < figure.target).map((figure) => `${section.title}: ${figure.name}`),
  );
}
