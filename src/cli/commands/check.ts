import { checkNotes } from '../../core/claims/checkNotes';
import { defaultChecker } from '../../core/claims/defaultChecker';
import { noteLocation } from '../../core/claims/noteLocation';
import { splitLines } from '../../core/util/lines';
import { parseArgs } from '../args';
import { EXIT_FOUND_ERRORS, EXIT_OK, type CliIo } from '../io';
import { loadNotesWithText } from '../notesFiles';

/**
 * `aws-notes check [NOTES...] [--json] [--strict]`: where the notes disagree with the AWS
 * documentation, `FILE:LINE:COL: info: message [claim-id]` per finding (1-based; the claim id is
 * what the ignore settings take). Advice: exits 0, or 1 with `--strict` when anything is found.
 */
export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, []);
  const { index, texts } = loadNotesWithText(args.positionals, args, io);
  const lines = new Map<string, string[]>();
  const linesOf = (file: string) => lines.get(file) ?? lines.set(file, splitLines(texts.get(file) ?? '')).get(file)!;
  const findings = checkNotes(index, defaultChecker()).map((finding) => ({
    finding,
    at: noteLocation(finding.fact, linesOf(finding.fact.file)[finding.fact.line] ?? ''),
  }));
  if (args.flags.has('json')) {
    const rows = findings.map(({ finding, at }) => ({
      file: finding.fact.file,
      line: at.line + 1,
      column: at.character + 1,
      endColumn: at.endCharacter + 1,
      claim: finding.claim.id,
      url: finding.claim.url,
      note: finding.fact.text,
      documented: finding.claim.documented,
      says: finding.says,
      message: finding.message,
      factId: finding.fact.id,
      ...(finding.claim.dated ? { changed: finding.claim.dated.since } : {}),
    }));
    io.out(JSON.stringify(rows, null, 2));
  } else {
    for (const { finding, at } of findings) io.out(`${finding.fact.file}:${at.line + 1}:${at.character + 1}: info: ${finding.message} [${finding.claim.id}]`);
  }
  return findings.length > 0 && args.flags.has('strict') ? EXIT_FOUND_ERRORS : EXIT_OK;
}
