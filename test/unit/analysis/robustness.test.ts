import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analysisOf, completionsAt, hoverAt, lintAnalysis } from '../../../src/core/analysis/analyze';

const FILES = ['/w/appspec.yml', '/w/appspec.json', '/w/.ebextensions/a.config', '/w/.ebextensions/b.json'];

/** Text made of the pieces IaC files are made of, in any order: half-typed and broken on purpose. */
const iacText = fc
  .array(
    fc.constantFrom(
      'version: 0.0\n', 'os: linux\n', 'hooks:\n', '  BeforeInstall:\n', '    - location: a.sh\n', '      timeout: 9999\n', 'Hooks:\n', '  - ', 'Resources:\n',
      '  - f:\n', '      Type: AWS::Lambda::Function\n', 'option_settings:\n', '  aws:elasticbeanstalk:command:\n', '    DeploymentPolicy: ', 'Rolling\n', '  - namespace: ',
      'option_name: x\n', 'container_commands:\n', '  01:\n', '    leader_only: true\n', '{', '}', '[', ']', '"', ':', ',', '!Ref ', '!GetAtt [', '\t', '\n', '  ', '- ', '#', '&a ', '*a', '|\n', '\u00e9', '\r\n',
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('analysis robustness', () => {
  it('hover, completion and lint never throw, whatever the text and position', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), iacText, fc.nat(), async (file, text, seed) => {
        const analysis = analysisOf(file, text);
        assert.ok(analysis, 'appspec and .ebextensions files are always analysed');
        const offset = text.length === 0 ? 0 : seed % (text.length + 1);
        const position = analysis.doc.positionAt(offset);
        hoverAt(analysis, position);
        completionsAt(analysis, position);
        const found = await lintAnalysis(analysis, { fileExists: async () => false });
        for (const diagnostic of found) assert.ok(diagnostic.range.start.line <= analysis.doc.lineCount);
      }),
      { numRuns: 300 },
    );
  });

  it('huge and binary documents are left alone', () => {
    assert.equal(analysisOf('/w/appspec.yml', 'a: b\n'.repeat(500_000)), undefined);
    assert.equal(analysisOf('/w/appspec.yml', 'version: 0.0\u0000\u0001'), undefined);
  });
});
