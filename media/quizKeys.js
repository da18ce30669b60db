// The quiz webviews' keyboard map, kept apart from the DOM so a unit test can check it
// (test/unit/quiz/quizKeys.test.ts). Loaded as a plain script in the webview (sets
// `quizKeys` on the global object) and with require() in tests.
// @ts-check
(function (root) {
  /**
   * @typedef {{ key: string, ctrlKey?: boolean, metaKey?: boolean, altKey?: boolean, targetTag?: string }} KeyInfo
   * @typedef {{ hasCard: boolean, revealed: boolean, kind?: string, choices: number, examNext?: boolean }} CardInfo
   * @typedef {{ type: 'grade', rating: 1|2|3|4 } | { type: 'reveal' } | { type: 'choose', index: number } | { type: 'openNote' } | { type: 'next' }} KeyAction
   */

  /**
   * What a key does on the quiz: Space/Enter show the answer, A–D pick a choice, then 1–4
   * grade (Again, Hard, Good, Easy) and O opens the note; in an exam, once a choice is picked,
   * Space/Enter go to the next question. Keys with modifiers, and keys typed
   * into form controls or pressed on buttons (Space/Enter activate the button itself), do nothing here.
   * @param {KeyInfo} event
   * @param {CardInfo} card
   * @returns {KeyAction | undefined}
   */
  function keyAction(event, card) {
    if (event.ctrlKey || event.metaKey || event.altKey || !card.hasCard) return undefined;
    const tag = (event.targetTag || '').toUpperCase();
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return undefined;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (!card.revealed) {
      if ((key === ' ' || key === 'Enter') && tag !== 'BUTTON') return { type: 'reveal' };
      const index = 'abcd'.indexOf(key);
      if (index >= 0 && index < card.choices && (card.kind === 'choice' || card.kind === 'service')) return { type: 'choose', index };
      return undefined;
    }
    if (card.examNext && (key === ' ' || key === 'Enter') && tag !== 'BUTTON') return { type: 'next' };
    if (key === '1' || key === '2' || key === '3' || key === '4') return { type: 'grade', rating: /** @type {1|2|3|4} */ (Number(key)) };
    if (key === 'o') return { type: 'openNote' };
    return undefined;
  }

  const api = { keyAction };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.quizKeys = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
