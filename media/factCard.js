// The fact card's only script: turns clicks on its buttons into small typed messages
// ({ type: 'showFact' | 'openNote', factId }, or { type: 'openUse', factId, use } for a link of
// "Used in this workspace"); the extension decides what they do. It also
// says which fact it shows once loaded ({ type: 'ready', factId }).
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const use = event.target instanceof Element ? event.target.closest('button[data-action="openUse"][data-use]') : null;
    if (use instanceof HTMLElement && document.body.dataset.factId) {
      vscode.postMessage({ type: 'openUse', factId: document.body.dataset.factId, use: Number(use.dataset.use) });
      return;
    }
    const target = event.target instanceof Element ? event.target.closest('button[data-action][data-fact-id]') : null;
    if (!(target instanceof HTMLElement)) return;
    const type = target.dataset.action;
    const factId = target.dataset.factId;
    if ((type === 'showFact' || type === 'openNote') && factId) vscode.postMessage({ type, factId });
  });
  const shown = document.body.dataset.factId;
  if (shown) vscode.postMessage({ type: 'ready', factId: shown });
})();
