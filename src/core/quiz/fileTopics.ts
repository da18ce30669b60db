import type { NotesIndex } from '../notes/notesIndex';
import { serviceOfCfnType, serviceOfIamPrefix } from '../notes/serviceAliases';
import { rankedForQuery } from '../search/relatedNotes';
import { compileNotesQuery } from '../search/relevanceQuery';
import type { Question } from './question';

/** What an IaC file touches: services, and the names in it notes may talk about. */
export interface FileTopics {
  readonly services: readonly string[];
  /** Hook names, namespaces, operators, resource types… as written in the file. */
  readonly terms: readonly string[];
}

/** Only the head of a huge file is scanned: enough to know what it is about. */
const SCAN_LIMIT = 512 * 1024;

/** Names worth matching against notes: CamelCase words (BeforeInstall, StringEquals) and colon-joined names. */
const TERM = /(?<![\w:-])(?:[a-z][a-z0-9-]*(?::[\w.*-]+)+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)(?!\w)/g;
/** `s3:GetObject`, `aws:SecureTransport`: an IAM prefix and one colon (`aws:elasticbeanstalk:…` namespaces have more). */
const IAM_NAME = /(?<![\w:-])([a-z][a-z0-9-]*):[A-Za-z*][\w*/-]*(?![\w:])/g;

/**
 * The topics of an IaC file from its path and text: appspec → CodeDeploy, `.ebextensions` →
 * Elastic Beanstalk, CloudFormation types and IAM prefixes → their services, plus the names
 * it contains. A small pure scan, robust to any text.
 */
export function topicsOfFile(path: string, text: string): FileTopics {
  const head = text.slice(0, SCAN_LIMIT);
  const services = new Set<string>();
  const normalizedPath = path.replace(/\\/g, '/').toLowerCase();
  if (/(^|\/)appspec\.(ya?ml|json)$/.test(normalizedPath)) services.add('CodeDeploy');
  if (/(^|\/)\.ebextensions\//.test(normalizedPath)) services.add('Elastic Beanstalk');
  const terms = new Set<string>();
  for (const [term] of head.matchAll(TERM)) {
    terms.add(term);
    const service = term.startsWith('AWS::') ? serviceOfCfnType(term) : undefined;
    if (service) services.add(service);
  }
  for (const [, prefix] of head.matchAll(IAM_NAME)) {
    const service = serviceOfIamPrefix(prefix);
    if (service) services.add(service);
  }
  return { services: [...services].sort(), terms: [...terms].sort() };
}

/**
 * The questions about a file's topics: facts of its services first, then other facts about its
 * terms, as the hovers' scorer ranks them (the best first).
 */
export function questionsForTopics(questions: readonly Question[], index: NotesIndex, topics: FileTopics): Question[] {
  const services = new Set(topics.services);
  const ofServices = questions.filter((question) => services.has(question.service));
  const rank = new Map<string, number>();
  for (const term of topics.terms) {
    for (const { fact, score } of rankedForQuery(index, compileNotesQuery({ service: '', terms: [term] }))) rank.set(fact.id, Math.max(rank.get(fact.id) ?? 0, score));
  }
  const naming = questions.filter((question) => !services.has(question.service) && rank.has(question.id));
  naming.sort((a, b) => rank.get(b.id)! - rank.get(a.id)!);
  return [...ofServices, ...naming];
}
