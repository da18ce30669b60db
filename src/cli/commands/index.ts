import { parseArgs } from '../args';
import { EXIT_OK, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';

/** `aws-notes index [NOTES...] [--json]`: services with fact counts, total facts, unmapped lines. */
export async function indexCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, []);
  const index = loadNotes(args.positionals, args, io);
  const services = index.services();
  const unmapped = index.unmappedLines();
  const facts = index.facts().length;
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ services: services.map(({ name, aliases, factCount }) => ({ name, aliases, facts: factCount })), facts, unmapped: unmapped.length }, null, 2));
    return EXIT_OK;
  }
  const width = Math.max(7, ...services.map((service) => service.name.length));
  for (const service of services) io.out(`${service.name.padEnd(width)}  ${String(service.factCount).padStart(5)}`);
  io.out(`${services.length} services, ${facts} facts, ${unmapped.length} unmapped lines`);
  for (const { file, line } of unmapped) io.out(`  unmapped: ${file}:${line + 1}`);
  return EXIT_OK;
}
