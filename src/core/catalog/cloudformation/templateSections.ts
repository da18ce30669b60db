/**
 * The top-level sections of a CloudFormation template.
 * Source: "CloudFormation template sections"
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html
 * (Resources is the only required section; the docs list the sections in the "logical order"
 * below, noting that most may appear in any order.)
 */
export interface TemplateSection {
  readonly name: string;
  readonly summary: string;
  readonly required: boolean;
  /** The only values the section accepts, when the docs fix them. */
  readonly allowedValues?: readonly string[];
  readonly docsUrl: string;
}

const GUIDE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';

/** The only template format version there has ever been. */
export const TEMPLATE_FORMAT_VERSION = '2010-09-09';

export const TEMPLATE_SECTIONS: readonly TemplateSection[] = [
  {
    name: 'AWSTemplateFormatVersion',
    summary:
      'The template format version the template conforms to (not the API version). The only valid value is `2010-09-09`, and it must be a literal string: no intrinsic functions.',
    required: false,
    allowedValues: [TEMPLATE_FORMAT_VERSION],
    docsUrl: `${GUIDE}/format-version-structure.html`,
  },
  {
    name: 'Description',
    summary: 'A literal text string (0 to 1024 bytes) describing the template; it must follow AWSTemplateFormatVersion.',
    required: false,
    docsUrl: `${GUIDE}/template-description-structure.html`,
  },
  {
    name: 'Metadata',
    summary:
      'Objects with additional information about the template, e.g. `AWS::CloudFormation::Interface` (parameter grouping and ordering in the console) or `AWS::CloudFormation::Designer`.',
    required: false,
    docsUrl: `${GUIDE}/metadata-section-structure.html`,
  },
  {
    name: 'Parameters',
    summary:
      'Values passed to the template at runtime (when a stack is created or updated); referenced with `Ref` from Resources and Outputs.',
    required: false,
    docsUrl: `${GUIDE}/parameters-section-structure.html`,
  },
  {
    name: 'Rules',
    summary:
      'Validates a parameter or a combination of parameters before the stack is created or updated (RuleCondition + Assertions with rule-specific intrinsic functions such as `Fn::Contains`).',
    required: false,
    docsUrl: `${GUIDE}/rules-section-structure.html`,
  },
  {
    name: 'Mappings',
    summary:
      'Static lookup tables (map → top-level key → second-level key → value), read with `Fn::FindInMap`, e.g. an AMI per Region. Values cannot use parameters or intrinsic functions.',
    required: false,
    docsUrl: `${GUIDE}/mappings-section-structure.html`,
  },
  {
    name: 'Conditions',
    summary:
      'Named boolean conditions built from `Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not` and `Fn::If`, used by a resource\'s or output\'s `Condition` attribute and by `Fn::If` to create resources or set properties conditionally.',
    required: false,
    docsUrl: `${GUIDE}/conditions-section-structure.html`,
  },
  {
    name: 'Transform',
    summary:
      'Macros CloudFormation runs over the template, e.g. `AWS::Serverless-2016-10-31` (SAM), `AWS::Include`, `AWS::LanguageExtensions`. Transforms run in the order listed.',
    required: false,
    docsUrl: `${GUIDE}/transform-section-structure.html`,
  },
  {
    name: 'Resources',
    summary:
      'The stack resources: each logical ID maps to a `Type` (e.g. `AWS::S3::Bucket`), its `Properties` and optional resource attributes. The only required section.',
    required: true,
    docsUrl: `${GUIDE}/resources-section-structure.html`,
  },
  {
    name: 'Outputs',
    summary:
      'Values returned when you view the stack (Value, Description, optional `Export.Name` for cross-stack references with `Fn::ImportValue`).',
    required: false,
    docsUrl: `${GUIDE}/outputs-section-structure.html`,
  },
];
