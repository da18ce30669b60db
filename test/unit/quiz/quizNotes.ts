import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';

/** Small study notes in the outline format, in our own words, with something for each question kind. */
export const QUIZ_NOTES = [
  'Study notes',
  '',
  'DynamoDB',
  '  • Limits',
  '    • Largest item size is 400 KB',
  '    • A BatchWriteItem call takes up to 25 put or delete requests',
  '    • Query results are paged at 1 MB per call',
  '    • A transaction carries at most 4 MB of items',
  '    • BatchGetItem returns at most 16 MB',
  '  • Streams keep change records for 24 hours',
  '  • Global tables replicate one table across several regions, every replica writable',
  '  • Short',
  'SQS',
  '  • Message retention defaults to 4 days',
  '  • Long polling waits at most 20 seconds for a message',
  '  • Visibility timeout defaults to 30 seconds',
  '  • A delay queue holds new messages back for up to 15 minutes',
  '  • APIs',
  '    • PurgeQueue: deletes every message but keeps the queue',
  '    • DeleteQueue: removes the queue itself',
  '    • ChangeMessageVisibility: extends how long a received message stays hidden',
  '    • SendMessageBatch: sends several messages in one call',
  'CodeDeploy',
  '  • Lifecycle hooks run in this order',
  '    • BeforeInstall',
  '    • AfterInstall',
  '    • ApplicationStart',
  '    • ValidateService',
  '  • Blue/green deployments shift traffic to a replacement fleet of instances',
  'Elastic Beanstalk',
  '  • Deployment steps',
  '      1. Bundle the application',
  '      2. Upload the bundle',
  '      3. Create the environment',
  '  • Immutable updates launch a fresh Auto Scaling group for the new version',
  'Kinesis',
  '  • Each shard takes in 1 MB/s of writes',
  '  • Enhanced fan-out gives every consumer its own 2 MB/s per shard',
  '',
].join('\n');

export function indexOf(text: string, file = 'quiz-notes.txt'): NotesIndex {
  const index = new NotesIndex();
  index.setFile(parseNotes(file, text, 'user'));
  return index;
}
