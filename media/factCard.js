// The fact card's only script: turns clicks on its buttons into small typed messages
// ({ type: 'showFact' | 'openNote', factId }); the extension decides what they do. It also
// says which fact it shows once loaded ({ type: 'ready', factId }).
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-action][data-fact-id]') : null;
    if (!(target instanceof HTMLElement)) return;
    const type = target.dataset.action;
    const factId = target.dataset.factId;
    if ((type === 'showFact' || type === 'openNote') && factId) vscode.postMessage({ type, factId });
  });
  const shown = document.body.dataset.factId;
  if (shown) vscode.postMessage({ type: 'ready', factId: shown });
})();
