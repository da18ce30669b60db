import type { Claim } from './claim';
import { DYNAMODB_CLAIMS } from './dynamodb.data';
import { SQS_CLAIMS } from './sqs.data';

/**
 * Every claim the notes check knows: the data modules (`*.data.ts` beside this file),
 * concatenated. Claim authors add their module's import and spread it here.
 */
export const CLAIMS: readonly Claim[] = [...DYNAMODB_CLAIMS, ...SQS_CLAIMS];
