/**
 * How the relevance model reads text: words split at punctuation and at camelCase boundaries
 * (`VisibilityTimeout` and "Visibility Timeout" read the same), lower-cased and lightly stemmed
 * (plural `s` dropped), so the names IaC uses meet the words notes use.
 */

/** Words too common to say what a fact is about; they still count inside phrases. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'by', 'with', 'as', 'at', 'it', 'its',
  'this', 'that', 'from', 'if', 'you', 'your', 'can', 'will', 'do', 'doe', 'so', 'we', 'aws', 'amazon', 'use', 'when', 'based',
]);

/** The camelCase boundaries: `kmsMasterKey` → kms Master Key, `KMSMasterKeyID` → KMS Master Key ID, and a version after a capital run (`IMDSv1` → IMDS v1, not "IMD Sv1"). */
const CAMEL = /(\p{Ll})(\p{Lu})|(\p{Lu})(\p{Lu}(?!v\d)\p{Ll})|(\p{Lu})(v\d)/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The words of a text, in order, split and stemmed (stop words kept: phrases need them). */
export function wordsOf(text: string): string[] {
  return splitWords(text, undefined);
}

/**
 * `wordsOf`, and the camelCase and hyphenated names of the text added to `compounds` as one
 * word each (`TaskFailed` → taskfailed, "AES-256" → aes256), beside the words they are split
 * into: a lookup typed in lower case ("taskfailed") and a name written joined find them too.
 */
export function wordsAndCompoundsOf(text: string, compounds: string[]): string[] {
  return splitWords(text, compounds);
}

function splitWords(text: string, compounds: string[] | undefined): string[] {
  return NON_ASCII.test(text) ? splitUnicodeWords(text, compounds) : splitAsciiWords(text, compounds);
}

/**
 * Names joined by hyphens are compounds too, after the camelCase ones: "AES-256" is `AES256`,
 * "SSE-S3" is `SSES3`, "X-Ray" is "xray" (runs of letters and digits, one hyphen between each).
 */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

function hyphenatedCompound(lowerName: string): string {
  return stem(lowerName.replace(/-/g, ''));
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `splitUnicodeWords` by hand for a text in ASCII (nearly every note): the same words, in the
 * same order, without a part array and a lower-cased copy per word. A camelCase boundary is
 * found as the regular expression finds it, left to right without overlap: a lower-case letter
 * before a capital, or a capital before a capital and a lower-case letter.
 */
function splitAsciiWords(text: string, compounds: string[] | undefined): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const length = text.length;
  // By hand too (the regular expression was a tenth of an index build): a chain starts at a run followed by "-" and a word character.
  let hyphenated: string[] | undefined;
  let chainStart = -1;
  let at = 0;
  while (at < length) {
    while (at < length && !isAsciiWordCharacter(text.charCodeAt(at))) at++;
    if (at === length) break;
    const start = at;
    while (at < length && isAsciiWordCharacter(text.charCodeAt(at))) at++;
    if (compounds) {
      const chained = text.charCodeAt(at) === HYPHEN && at + 1 < length && isAsciiWordCharacter(text.charCodeAt(at + 1));
      if (chained && chainStart < 0) chainStart = start;
      else if (!chained && chainStart >= 0) {
        (hyphenated ??= []).push(hyphenatedCompound(lower.slice(chainStart, at)));
        chainStart = -1;
      }
    }
    let pieceStart = start;
    for (let i = start; i < at; ) {
      const code = text.charCodeAt(i);
      const next = i + 1 < at ? text.charCodeAt(i + 1) : 0;
      let boundary = 0;
      if (isAsciiLower(code) && isAsciiUpper(next)) boundary = 2;
      else if (isAsciiUpper(code) && isVersion(text, i + 1, at)) boundary = 2;
      else if (isAsciiUpper(code) && isAsciiUpper(next) && i + 2 < at && isAsciiLower(text.charCodeAt(i + 2)) && !isVersion(text, i + 2, at)) boundary = 3;
      if (boundary === 0) {
        i++;
        continue;
      }
      words.push(stem(lower.slice(pieceStart, i + 1)));
      pieceStart = i + 1;
      i += boundary;
    }
    words.push(stem(lower.slice(pieceStart, at)));
    if (compounds && pieceStart !== start) compounds.push(stem(lower.slice(start, at)));
  }
  if (hyphenated) compounds!.push(...hyphenated);
  return words;
}

const HYPHEN = 45;
const LOWER_V = 118;

/** Whether a "v" and a digit start at `at` ("IMDSv1"): a version of the capital run before it, not a word it begins. */
function isVersion(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === LOWER_V && at + 1 < end && isAsciiDigit(text.charCodeAt(at + 1));
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function splitUnicodeWords(text: string, compounds: string[] | undefined): string[] {
  const words: string[] = [];
  for (const part of text.split(NON_WORD)) {
    if (part === '') continue;
    if (!hasInnerCapital(part)) {
      words.push(stem(part.toLowerCase()));
      continue;
    }
    for (const piece of part.replace(CAMEL, '$1$3$5 $2$4$6').split(' ')) words.push(stem(piece.toLowerCase()));
    if (compounds && CAMEL_TEST.test(part)) compounds.push(stem(part.toLowerCase()));
  }
  if (compounds && text.includes('-')) for (const match of text.matchAll(HYPHENATED)) compounds.push(hyphenatedCompound(match[0].toLowerCase()));
  return words;
}

const CAMEL_TEST = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;

/** A capital letter after the first character: the cheap test before the camelCase split (most words have none). */
function hasInnerCapital(part: string): boolean {
  for (let i = 1; i < part.length; i++) {
    const code = part.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code > 127 && part[i] !== part[i].toLowerCase())) return true;
  }
  return false;
}

/** Whether a (stemmed) word says nothing on its own. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || word.length < 2;
}

/** Words ending in s that are no plural, whose s dropped would be another word: HTTPS is not HTTP. */
const NOT_PLURALS: ReadonlySet<string> = new Set(['https']);

/** A light stemmer: plural endings only ("keys" → key, "policies" → policy, "classes" → class). */
export function stem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is') || NOT_PLURALS.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * Terms that name one thing (inner capitals, digits or punctuation: "LeadingKeys",
 * "aws:SecureTransport", "s3:GetObject"), matched as written too, worth more than plain words.
 */
export function isDistinctive(term: string): boolean {
  return /[:/.\-_]/.test(term) || /\p{Ll}\p{Lu}/u.test(term) || /\d/.test(term);
}

/** A character that continues a word (one regular expression for every test: a literal in the loop would be a new object each time). */
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** The term as a whole word of a lower-cased text ("install" is not in "beforeinstall"). */
export function containsWhole(lowerText: string, lowerTerm: string): boolean {
  let at = lowerText.indexOf(lowerTerm);
  while (at >= 0) {
    if (!continuesWord(lowerText, at - 1) && !continuesWord(lowerText, at + lowerTerm.length)) return true;
    at = lowerText.indexOf(lowerTerm, at + 1);
  }
  return false;
}

/**
 * Whether the character at `at` (none outside the text) continues a word: ASCII by its code, the
 * rest by `WORD_CHARACTER` (a regular expression run on every hit was 40 bytes of garbage a call).
 */
function continuesWord(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiWordCharacter(code) || code === UNDERSCORE : WORD_CHARACTER.test(text[at]);
}

const UNDERSCORE = 95;

/**
 * A name as one key, however it is written: lower-cased, letters and digits only, a plural
 * dropped (`DeletionPolicy`, "Deletion policy" and `deletion_policy` are `deletionpolicy`). A
 * `Term: definition` note whose term has the key of what the cursor names is its definition.
 */
export function termKey(name: string): string {
  return stem(name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** A typed word without the punctuation around it (`"metric,"` → metric), as written otherwise. */
export function trimPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
