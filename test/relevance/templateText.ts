/** The fixture text the batches' CloudFormation cases share: a YAML template's first line, and a JSON template as people indent it. */

export const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\n';

/** A JSON template with the given sections, indented as people write them. */
export function jsonTemplate(sections: Record<string, unknown>): string {
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', ...sections }, null, 2);
}
