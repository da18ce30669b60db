/**
 * The outline "AWS Notes: Create Notes File" writes: one example of each thing the outline
 * parser reads (a heading, its description, items, a nested item, a term/definition pair), so
 * a new user sees the format working at once in the Notes view, hovers and the quiz.
 * The AWS facts are from
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 */
export const STARTER_OUTLINE = `CodeDeploy
Deploys an application revision; its appspec.yml says what to copy and which hooks to run.
• The hooks section of an EC2/On-Premises appspec links lifecycle event hooks to one or more scripts
• The hooks section of a Lambda or Amazon ECS appspec names Lambda validation functions to run during lifecycle events
  - If an event has no hook, nothing runs for that event
• BeforeInstall: a lifecycle event hook that runs before the revision's files are installed

How these notes work
An unindented line is a service or topic heading; the sentence right under it is its description.
• Items start with •, -, * or 1. and nest by indentation
  - like this nested item
• Term: definition items become quiz questions that ask for the definition
`;

/** Where the starter outline is offered first: beside the user's code, in a notes folder. */
export const STARTER_OUTLINE_FILE = ['notes', 'aws-notes.txt'] as const;
