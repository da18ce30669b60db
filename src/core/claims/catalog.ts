import type { Claim } from './claim';

/**
 * Every claim the notes check knows: the data modules (`*.data.ts` beside this file),
 * concatenated. Claim authors add their module's import and spread it here.
 */
export const CLAIMS: readonly Claim[] = [];
