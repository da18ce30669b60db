import * as assert from 'node:assert/strict';
import { analysisOf } from '../../../src/core/analysis/analyze';

describe('analysisOf (the size, binary and nesting checks are kept per file)', () => {
  const template = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n';

  it('asks again when the text or the size limit changes, not only the first time', () => {
    const file = '/w/kept-verdict.yaml';
    assert.ok(analysisOf(file, template, 1));
    assert.equal(analysisOf(file, template, 1, undefined, 10), undefined, 'over a smaller limit');
    assert.ok(analysisOf(file, template, 1), 'back under the default limit');
    assert.equal(analysisOf(file, `${template}\u0000`, 2), undefined, 'binary now');
    assert.equal(analysisOf(file, `${template}x: ${'['.repeat(40)}\n`, 3), undefined, 'nested too deep now');
    assert.ok(analysisOf(file, template, 4), 'fixed again');
  });
});
