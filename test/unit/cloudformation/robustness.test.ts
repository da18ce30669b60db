import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analysisOf, completionsAt, hoverAt, lintAnalysis } from '../../../src/core/analysis/analyze';
import { provideCatalogs } from './analyzeText';

/** File names and starts that make the text a template or a policy, then pieces of both, broken and half-typed on purpose. */
const STARTS: [string, string][] = [
  ['/w/t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n'],
  ['/w/sam.yaml', 'Transform: AWS::Serverless-2016-10-31\n'],
  ['/w/p.yaml', 'Version: "2012-10-17"\nStatement:\n'],
  ['/w/t.json', '{"AWSTemplateFormatVersion": "2010-09-09", '],
  ['/w/p.json', '{"Version": "2012-10-17", "Statement": '],
];
const PIECES = [
  'Resources:\n', '  B:\n', '    Type: AWS::S3::Bucket\n', '    Type: AWS::S3::Buckt\n', '    Properties:\n', '      BucketName: ', '!Sub "${B.Arn}-${', '!GetAtt B.', '!Ref ', '!Join [',
  '!If [C, ', 'Fn::ForEach::L:\n', '    DeletionPolicy: ', '      PolicyDocument:\n', '        Statement:\n', '  - Effect: Deny\n', '    Condition:\n', '      StringEquals:\n',
  '        aws:SecureTransport: "false"\n', '      ForAllValues:', '        aws:RequestTag/${', 's3:ExistingObjectTag/<', '"Fn::GetAtt": [', '"Ref": ',
  // Nested properties (through lists and unions), values written as constants, keys of outputs and parameters.
  '    Type: AWS::DynamoDB::Table\n', '      StreamSpecification:\n', '        StreamViewType: ', 'NEW_AND_OLD_IMAGES', '      KeySchema:\n', '        - KeyType: ', 'PAY_PER_REQUEST',
  'Outputs:\n', '    Export:\n', '      Name: ', 'Parameters:\n', '    NoEcho: ', '{', '}', '[', ']', '"', ':', ',', '\n', '  ', '- ', '#', '&a ', '*a', '|\n', '\u00e9',
];
const document = fc
  .tuple(fc.constantFrom(...STARTS), fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }))
  .map(([[file, start], pieces]) => ({ file, text: start + pieces.join('') }));

describe('CloudFormation and IAM analysis robustness', () => {
  before(provideCatalogs);

  it('hover, completion and lint never throw, whatever the text and position', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.nat(), async ({ file, text: written }, seed) => {
        const analysis = analysisOf(file, written);
        if (!analysis) return;
        const position = analysis.doc.positionAt(seed % (written.length + 1));
        hoverAt(analysis, position);
        completionsAt(analysis, position);
        for (const diagnostic of await lintAnalysis(analysis, {})) assert.ok(diagnostic.range.start.line <= analysis.doc.lineCount);
      }),
      { numRuns: 300 },
    );
  });
});
