/** Messages the fact card's script posts to the extension: small, typed, and checked on arrival. */
export type FactCardMessage =
  | { readonly type: 'showFact'; readonly factId: string }
  | { readonly type: 'openNote'; readonly factId: string }
  /** The card's script ran and the card shows this fact (proof that the CSP let our script in). */
  | { readonly type: 'ready'; readonly factId: string }
  /** A link of "Used in this workspace": the use's place in the card's list. */
  | { readonly type: 'openUse'; readonly factId: string; readonly use: number };

/** A message from the webview (untrusted: anything may arrive) → a known message, or undefined. */
export function parseFactCardMessage(value: unknown): FactCardMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, factId, use } = value as Record<string, unknown>;
  if (typeof factId !== 'string' || factId.length === 0 || factId.length > 1000) return undefined;
  if (type === 'openUse') return typeof use === 'number' && Number.isInteger(use) && use >= 0 && use < 1000 ? { type, factId, use } : undefined;
  if (type === 'showFact' || type === 'openNote' || type === 'ready') return { type, factId };
  return undefined;
}
