import * as assert from 'node:assert/strict';
import { CLAIMS } from '../../../src/core/claims/catalog';
import type { Claim } from '../../../src/core/claims/claim';
import { isMeasurable } from '../../../src/core/claims/claimMatchers';
import { resolveService } from '../../../src/core/notes/serviceAliases';

/**
 * The claims catalog is knowledge the learner is asked to trust: every claim must point to a
 * specific AWS documentation page and quote, from that page, the value it documents.
 */

/** Lower case, no spaces, no thousands separators: "16MB" = "16 MB", "1,048,576" = "1048576". */
function normalised(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1');
}

/** What the excerpt must contain for the claim to be backed by it. */
function documentedValues(claim: Claim): readonly string[] {
  switch (claim.kind) {
    case 'quantity':
      return [claim.value, ...(claim.equivalents ?? [])];
    case 'alternative':
      return claim.right.split('|');
    case 'absolute':
      return [];
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** Why a URL is not a specific English docs.aws.amazon.com page, or undefined when it is one. */
function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'docs.aws.amazon.com') return 'not https://docs.aws.amazon.com';
  if (parsed.search) return 'has a query string';
  if (parsed.pathname.endsWith('/')) return 'ends with /';
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (segments.length < 3) return 'path has fewer than 3 segments';
  if (/^[a-z]{2}_[a-z]{2}$/.test(segments[0])) return 'a translated page';
  const page = segments[segments.length - 1].toLowerCase();
  if (/^(index|welcome|what-is|introduction)(\.html?)?$/.test(page)) return 'an index or welcome page';
  if (page.endsWith('.md')) return 'the markdown source, not the page';
  return undefined;
}

/** Issue 11: at least 120 claims over the services the seed notes cover. */
const MINIMUM_CLAIMS = 120;

describe('claims catalog', () => {
  it(`has at least ${MINIMUM_CLAIMS} claims`, () => {
    assert.ok(CLAIMS.length >= MINIMUM_CLAIMS, `only ${CLAIMS.length} claims`);
  });

  it('gives every claim a unique kebab-case id that starts with its service', () => {
    const seen = new Set<string>();
    for (const claim of CLAIMS) {
      assert.match(claim.id, /^[a-z0-9]+(-[a-z0-9]+)+$/, `${claim.id} is not kebab-case`);
      assert.ok(claim.id.startsWith(`${slug(claim.service)}-`), `${claim.id} does not start with ${slug(claim.service)}-`);
      assert.ok(!seen.has(claim.id), `${claim.id} appears twice`);
      seen.add(claim.id);
    }
  });

  it('names each service as the notes canonicalise it', () => {
    for (const claim of CLAIMS) {
      assert.equal(resolveService(claim.service).service, claim.service, `${claim.id}: service ${claim.service}`);
    }
  });

  it('quotes in every excerpt the documented value', () => {
    for (const claim of CLAIMS) {
      const excerpt = normalised(claim.excerpt);
      assert.ok(claim.excerpt.length >= 20 && claim.excerpt.length <= 400, `${claim.id}: excerpt of ${claim.excerpt.length} characters`);
      const values = documentedValues(claim);
      if (values.length === 0) continue;
      assert.ok(
        values.some((value) => excerpt.includes(normalised(value))),
        `${claim.id}: the excerpt states none of ${values.join(', ')}`,
      );
    }
  });

  it('gives quantity claims a value the checker can measure', () => {
    for (const claim of CLAIMS) {
      if (claim.kind === 'quantity') assert.ok(isMeasurable(claim), `${claim.id}: cannot measure ${claim.value}`);
    }
  });

  it('gives each scoped figure a qualifier and a value that the claim also accepts unscoped', () => {
    for (const claim of CLAIMS) {
      if (claim.kind !== 'quantity') continue;
      const accepted = [claim.value, ...(claim.equivalents ?? [])].map(normalised);
      for (const scope of claim.scoped ?? []) {
        assert.ok(scope.qualifier.trim() !== '', `${claim.id}: a scope without qualifier`);
        assert.ok(accepted.includes(normalised(scope.value)), `${claim.id}: scoped ${scope.value} is not among the value and equivalents`);
      }
    }
  });

  it('gives every claim what it needs to match: about terms, and wrong or denied phrases', () => {
    for (const claim of CLAIMS) {
      assert.ok(claim.about.length > 0 && claim.about.every((entry) => entry.trim() !== ''), `${claim.id}: empty about`);
      assert.ok(claim.documented.trim().length > 10, `${claim.id}: no documented statement`);
      if (claim.kind === 'alternative') assert.ok(claim.wrong.length > 0, `${claim.id}: no wrong alternative`);
      if (claim.kind === 'absolute') assert.ok(claim.denied.length > 0, `${claim.id}: nothing denied`);
    }
  });

  it('links every claim to a specific docs.aws.amazon.com page', () => {
    for (const claim of CLAIMS) {
      const problem = urlProblem(claim.url);
      assert.equal(problem, undefined, `${claim.id}: ${claim.url} is ${problem}`);
    }
  });

  it('dates every check and every change as an ISO date', () => {
    for (const claim of CLAIMS) {
      assert.ok(isIsoDate(claim.checked), `${claim.id}: checked ${claim.checked}`);
      if (claim.dated) {
        assert.ok(isIsoDate(claim.dated.since), `${claim.id}: dated since ${claim.dated.since}`);
        assert.ok(claim.dated.previously.trim() !== '', `${claim.id}: dated without the previous value`);
      }
    }
  });

  it('rejects index pages, translated pages and other hosts', () => {
    assert.equal(urlProblem('https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html'), 'an index or welcome page');
    assert.equal(urlProblem('https://docs.aws.amazon.com/lambda/latest/dg/'), 'ends with /');
    assert.equal(urlProblem('https://docs.aws.amazon.com/es_es/lambda/latest/dg/gettingstarted-limits.html'), 'a translated page');
    assert.equal(urlProblem('https://docs.amazonaws.cn/lambda/latest/dg/gettingstarted-limits.html'), 'not https://docs.aws.amazon.com');
    assert.equal(urlProblem('https://docs.aws.amazon.com/lambda/index.html'), 'path has fewer than 3 segments');
    assert.equal(urlProblem('https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html'), undefined);
  });
});
