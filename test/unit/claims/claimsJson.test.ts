import * as assert from 'node:assert/strict';
import { CLAIMS } from '../../../src/core/claims/catalog';
import { claimsFromJson } from '../../../src/core/claims/claimsJson';

describe('notes check: claims.json (what the extension reads instead of bundling the catalog)', () => {
  it('reads back every claim of the catalog as the build writes it', () => {
    assert.deepEqual(claimsFromJson(JSON.parse(JSON.stringify(CLAIMS))), { claims: JSON.parse(JSON.stringify(CLAIMS)) });
  });

  it('refuses a damaged or foreign file with a reason instead of throwing', () => {
    assert.deepEqual(claimsFromJson({ claims: [] }), { error: 'is not a list of claims' });
    assert.deepEqual(claimsFromJson([CLAIMS[0], { id: 'x', kind: 'quantity' }]), { error: 'has an entry (#2) that is not a claim' });
    assert.deepEqual(claimsFromJson([null]), { error: 'has an entry (#1) that is not a claim' });
    const { value: _dropped, ...noValue } = CLAIMS.find((claim) => claim.kind === 'quantity') as unknown as Record<string, unknown>;
    assert.ok('error' in claimsFromJson([noValue]));
  });
});
