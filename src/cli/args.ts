/** A tiny argv parser: positionals, repeatable `--name value` options and boolean `--flag`s. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
}

export class UsageError extends Error {}

/** `valued` names the options that take a value (`--notes FILE`); every other `--x` is a flag. */
export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!valued.includes(name)) {
      parsed.flags.add(name);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    const values = parsed.options.get(name) ?? [];
    values.push(value);
    parsed.options.set(name, values);
  }
  return parsed;
}

/** A positive whole number option, or the default. */
export function intOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.options.get(name)?.at(-1);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} takes a whole number above 0, not "${raw}"`);
  return value;
}
