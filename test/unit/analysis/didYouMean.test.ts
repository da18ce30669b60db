import * as assert from 'node:assert/strict';
import { closestMatch, didYouMean } from '../../../src/core/analysis/didYouMean';
import { editDistance } from '../../../src/core/util/editDistance';

describe('didYouMean', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit', () => {
    assert.equal(editDistance('Mapings', 'Mappings'), 1);
    assert.equal(editDistance('BeforInstall', 'BeforeInstall'), 1);
    assert.equal(editDistance('Rsources', 'Resources'), 1);
    assert.equal(editDistance('Resuorces', 'Resources'), 1);
    assert.equal(editDistance('abc', 'abc'), 0);
  });

  it('suggests the closest candidate when it is close enough, case-insensitively', () => {
    assert.equal(closestMatch('Mapings', ['Mappings', 'Metadata', 'Outputs']), 'Mappings');
    assert.equal(closestMatch('beforeinstall', ['BeforeInstall', 'AfterInstall']), 'BeforeInstall');
    assert.equal(closestMatch('Zebra', ['Mappings', 'Outputs']), undefined);
    assert.equal(didYouMean('XRayEnable', ['XRayEnabled']), ' Did you mean "XRayEnabled"?');
    assert.equal(didYouMean('zzz', ['XRayEnabled']), '');
  });
});
