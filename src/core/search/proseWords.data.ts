/**
 * Words of reference prose that say nothing of what a thing is ("What to do with files that
 * already exist at a destination but were not part of the previous successful deployment"): the
 * function words English stop lists give (those of the SMART list that catalog summaries use), and
 * the words every catalog summary says of itself (value, allowed, default, specify). A description
 * asked of the notes (`NotesQuery.describedAs`) keeps the rest: destination, files, deployment.
 */
export const PROSE_WORDS: readonly string[] = [
  // Function words.
  'about', 'above', 'after', 'again', 'against', 'all', 'already', 'also', 'although', 'always', 'among', 'another', 'any',
  'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'could', 'did', 'does', 'done', 'down', 'during',
  'each', 'either', 'else', 'even', 'ever', 'every', 'few', 'first', 'further', 'had', 'has', 'have', 'having', 'here', 'how',
  'however', 'into', 'just', 'least', 'less', 'like', 'many', 'may', 'might', 'more', 'most', 'much', 'must', 'neither', 'never',
  'next', 'no', 'nor', 'not', 'now', 'off', 'once', 'one', 'only', 'other', 'otherwise', 'our', 'out', 'over', 'own', 'per',
  'rather', 'same', 'should', 'since', 'some', 'still', 'such', 'than', 'their', 'them', 'then', 'there', 'these', 'they',
  'those', 'through', 'thus', 'too', 'under', 'until', 'up', 'upon', 'very', 'was', 'were', 'what', 'whatever', 'where',
  'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'within', 'without', 'would', 'yet',
  // What a catalog summary says of any entry.
  'allowed', 'applies', 'default', 'defaults', 'given', 'includes', 'lets', 'means', 'optional', 'part', 'required', 'set',
  'sets', 'specifies', 'specify', 'specified', 'used', 'uses', 'using', 'valid', 'value', 'values',
];
