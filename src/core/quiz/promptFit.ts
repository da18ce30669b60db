/**
 * Prompts fit on a card: at most 160 characters. A long breadcrumb is shortened from its start
 * ("… › Resolver runtimes: ____"), because the nearest context says most about the fact.
 */
export const MAX_PROMPT_LENGTH = 160;

const SEPARATOR = ' › ';
const DROPPED = '…';

/**
 * `prefix` + the crumbs + `text`, joined by " › ", dropping crumbs from the start (shown as
 * "…") until it fits in MAX_PROMPT_LENGTH; undefined when even `text` alone does not fit.
 */
export function fitPrompt(crumbs: readonly string[], text: string, prefix = ''): string | undefined {
  for (let dropped = 0; dropped <= crumbs.length; dropped++) {
    const kept = dropped === 0 ? crumbs : [DROPPED, ...crumbs.slice(dropped)];
    const prompt = prefix + [...kept, text].join(SEPARATOR);
    if (prompt.length <= MAX_PROMPT_LENGTH) return prompt;
  }
  return undefined;
}
