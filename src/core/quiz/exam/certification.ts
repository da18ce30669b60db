/**
 * The shape of an exam guide as data: its content domains (with their weights) and the task
 * statements under each, and a mapping of the notes' services and topics to task statements.
 * The guide's parts are facts (cited); the mapping is a judgement (with its reason per entry).
 */

export interface TaskStatement {
  /** "1.2": domain number, task number, as the guide numbers them. */
  readonly id: string;
  /** As the guide words it: "Develop code for AWS Lambda". */
  readonly text: string;
}

export interface ExamDomain {
  /** "1": the guide's domain number. */
  readonly id: string;
  /** "Development with AWS Services" — what `aws-notes quiz --json` puts in "domain". */
  readonly name: string;
  /** Share of the scored content, 0–1 (0.32 for 32 %). */
  readonly weight: number;
  readonly tasks: readonly TaskStatement[];
  /** The guide page the domain and its task statements were checked against. */
  readonly source: string;
}

/**
 * Facts whose text (breadcrumb, prompt and answer) matches `pattern` belong to `task` whatever
 * their service: an encryption fact under S3 is about encryption (2.2) first.
 */
export interface TopicRule {
  readonly pattern: RegExp;
  readonly task: string;
  readonly reason: string;
}

/** A service's task statement when no topic rule says otherwise, and other tasks its facts touch. */
export interface ServiceRule {
  readonly task: string;
  readonly others?: readonly string[];
  readonly reason: string;
}

export interface Certification {
  /** "DVA-C02": the value of `awsNotes.quiz.certification`. */
  readonly id: string;
  readonly title: string;
  /** The exam guide's overview page (domains and weights). */
  readonly source: string;
  readonly domains: readonly ExamDomain[];
  /** Tried in order; the first match is the fact's primary task statement. */
  readonly topics: readonly TopicRule[];
  /** By canonical service name (serviceAliases.data.ts). */
  readonly services: Readonly<Record<string, ServiceRule>>;
}
