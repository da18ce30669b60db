import type { RuleInfo } from './ruleInfo';

/** The parsers' problems (`yaml`, `jsonc-parser`), in files of every family. */
export const SYNTAX_RULES: readonly RuleInfo[] = [
  {
    id: 'syntax/yaml',
    family: 'syntax',
    severity: 'error',
    summary: 'The YAML does not parse (an error), or parses with a problem such as an unknown tag (a warning).',
    docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html',
    cfnLint: ['E0000'],
  },
  {
    id: 'syntax/json',
    family: 'syntax',
    severity: 'error',
    summary: 'The JSON does not parse (comments and trailing commas are tolerated).',
    docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html',
    cfnLint: ['E0000'],
  },
];
