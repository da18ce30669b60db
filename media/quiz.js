// The quiz webviews' script (panel and sidebar). It only draws what the extension sends
// ({ type: 'view' }) and turns clicks and keys into small typed requests; the extension owns
// the session, the schedule and the progress. Text goes in with textContent; the only HTML is
// the note, rendered by the extension with markdown-it `html: false`.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  // eslint-disable-next-line no-undef
  const { keyAction } = /** @type {any} */ (globalThis).quizKeys;
  const root = /** @type {HTMLElement} */ (document.getElementById('quiz'));
  const announcer = /** @type {HTMLElement} */ (document.getElementById('announcer'));
  const RATINGS = [
    [1, 'Again'],
    [2, 'Hard'],
    [3, 'Good'],
    [4, 'Easy'],
  ];

  /** @type {any} */
  let view;
  /** @type {number | undefined} */
  let timer;
  let examTimeUp = false;

  /** @param {any} request */
  function send(request) {
    vscode.postMessage(request);
  }

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attrs]
   * @param {(Node | string | undefined | false)[]} [children]
   */
  function el(tag, attrs = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    for (const child of children) if (child) node.append(child);
    return node;
  }

  /** @param {string} label @param {any} request @param {Record<string, string>} [attrs] */
  function button(label, request, attrs = {}) {
    const node = el('button', { type: 'button', ...attrs }, [label]);
    node.addEventListener('click', () => send(request));
    return node;
  }

  function statsBar() {
    const s = view.stats;
    const item = (/** @type {string} */ label, /** @type {string | number} */ value) => el('span', { class: 'stat' }, [el('strong', {}, [String(value)]), ` ${label}`]);
    const parts = view.layout === 'sidebar'
      ? [item('due', s.dueToday), item('new today', s.newToday), item('day streak', s.streak)]
      : [item('due', s.dueToday), item('new today', s.newToday), item('learned', s.learned), item('retention', s.retention), item('day streak', s.streak)];
    return el('div', { class: 'stats', role: 'group', 'aria-label': 'Quiz statistics' }, parts);
  }

  function toolbar() {
    if (view.layout === 'sidebar') return view.intro ? undefined : el('div', { class: 'toolbar' }, [button('Open full quiz', { type: 'openFullQuiz' }, { class: 'secondary' })]);
    if (view.exam) return examBar();
    const select = /** @type {HTMLSelectElement} */ (el('select', { id: 'service-filter', 'aria-label': 'Filter questions by service' }));
    select.append(el('option', { value: '' }, ['All services']));
    for (const service of view.services) {
      const option = /** @type {HTMLOptionElement} */ (el('option', { value: service }, [service]));
      option.selected = service === view.selectedService;
      select.append(option);
    }
    select.addEventListener('change', () => send({ type: 'filter', service: select.value }));
    // The label and its dropdown wrap as one: a narrow panel never leaves "Service" alone on a line.
    const field = el('span', { class: 'field' }, [el('label', { for: 'service-filter', id: 'service-label' }, ['Service']), select]);
    const parts = [
      field,
      button('Exam mode', { type: 'startExam' }, { class: 'secondary', title: 'A timed run of questions with a score at the end' }),
      button('Statistics', { type: 'showStatistics' }, { class: 'secondary', title: 'Reviews per day, the due forecast, retention and exam domains' }),
    ];
    if (view.filterLabel) parts.unshift(el('span', { class: 'filter-label' }, [`Quizzing on ${view.filterLabel}`]), button('Show all', { type: 'filter' }, { class: 'secondary' }));
    return el('div', { class: 'toolbar' }, parts);
  }

  function examBar() {
    const exam = view.exam;
    const remaining = el('span', { class: 'timer', role: 'timer', 'aria-label': 'Time left' });
    const tick = () => {
      const ms = Math.max(0, exam.deadline - Date.now());
      remaining.textContent = `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')} left`;
      if (ms === 0 && !exam.result && !examTimeUp) {
        examTimeUp = true;
        send({ type: 'finishExam' });
      }
    };
    tick();
    if (!exam.result) timer = window.setInterval(tick, 1000);
    return el('div', { class: 'toolbar exam' }, [
      el('strong', {}, ['Exam']),
      !exam.result && el('span', {}, [`Question ${exam.position} of ${exam.total}`]),
      !exam.result && remaining,
      exam.result ? button('Back to study', { type: 'leaveExam' }, { class: 'secondary' }) : button('End exam', { type: 'finishExam' }, { class: 'secondary' }),
    ]);
  }

  function choicesList(card) {
    if (card.kind === 'order') {
      return el('div', { class: 'order' }, [
        el('p', { class: 'hint' }, ['Put these in order, then show the answer:']),
        el('ul', { class: 'items' }, card.choices.map((/** @type {string} */ item) => el('li', {}, [item]))),
      ]);
    }
    const list = el('ol', { class: 'choices', type: 'A', 'aria-label': 'Choices' });
    card.choices.forEach((/** @type {string} */ choice, /** @type {number} */ index) => {
      const letter = 'ABCD'[index];
      const classes = ['choice'];
      if (card.revealed && choice === card.answer) classes.push('right');
      if (card.revealed && index === card.chosen && choice !== card.answer) classes.push('wrong');
      const node = button(`${letter}. ${choice}`, { type: 'choose', index }, { class: classes.join(' '), 'aria-keyshortcuts': letter });
      if (card.revealed) node.setAttribute('aria-disabled', 'true');
      list.append(el('li', {}, [node]));
    });
    return list;
  }

  function cardSection() {
    const card = view.card;
    const parts = [
      el('p', { class: 'kind' }, [card.kindLabel, view.layout === 'panel' && card.service ? ` · ${card.service}` : '']),
      el('h2', { id: 'prompt', class: 'prompt' }, [card.prompt]),
    ];
    if (card.choices.length > 0) parts.push(choicesList(card));
    const picks = card.kind === 'choice' || card.kind === 'service';
    if (!card.revealed && view.exam && picks) {
      parts.push(el('p', { class: 'hint' }, ['Pick an answer (A–D): the exam scores what you pick.']));
    } else if (!card.revealed) {
      parts.push(el('div', { class: 'actions' }, [button('Show answer', { type: 'reveal' }, { class: 'primary', id: 'reveal', 'aria-keyshortcuts': 'Space' })]));
    } else {
      if (card.choseRight !== undefined) parts.push(el('p', { class: card.choseRight ? 'verdict right' : 'verdict wrong' }, [card.choseRight ? '✓ Right.' : '✗ Not quite.']));
      parts.push(el('div', { class: 'answer', 'aria-label': 'Answer' }, [el('span', { class: 'label' }, ['Answer: ']), el('strong', {}, [card.answer])]));
      if (card.examNext) {
        parts.push(el('div', { class: 'actions' }, [button('Next question', { type: 'next' }, { class: 'primary', id: 'next', 'aria-keyshortcuts': 'Enter' })]));
      } else {
        const grades = el('div', { class: 'grades', role: 'group', 'aria-label': 'How well did you remember? Keys 1 to 4' });
        for (const [rating, label] of RATINGS) {
          grades.append(button(`${rating} ${label}`, { type: 'grade', rating }, { class: rating === 3 ? 'primary grade' : 'grade', id: `grade-${rating}`, 'aria-keyshortcuts': String(rating) }));
        }
        parts.push(grades);
      }
      if (card.noteHtml) {
        const note = el('div', { class: 'note-body' });
        note.innerHTML = card.noteHtml; // rendered by markdown-it with html: false in the extension
        parts.push(el('section', { class: 'note', 'aria-label': 'Your note' }, [note, button(`Open in notes (${card.source})`, { type: 'openNote', cardId: card.cardId }, { class: 'link', 'aria-keyshortcuts': 'O' })]));
      }
    }
    return el('section', { class: 'card', 'aria-labelledby': 'prompt' }, parts);
  }

  function examResult() {
    const result = view.exam.result;
    const missed = result.missed.map((/** @type {any} */ m) =>
      el('li', {}, [
        el('p', { class: 'prompt' }, [m.prompt]),
        el('p', { class: 'reason' }, [m.reason]),
        el('p', {}, ['Answer: ', el('strong', {}, [m.answer])]),
        button('Open in notes', { type: 'openNote', cardId: m.cardId }, { class: 'link' }),
      ]),
    );
    const percent = (/** @type {number} */ correct, /** @type {number} */ total) => (total ? Math.round((correct / total) * 100) : 0);
    const domainRows = result.byDomain.map((/** @type {any} */ d) =>
      el('tr', {}, [el('th', { scope: 'row' }, [d.domain]), el('td', {}, [`${d.correct} / ${d.total}`]), el('td', {}, [`${percent(d.correct, d.total)}%`])]),
    );
    return el('section', { class: 'result', 'aria-label': 'Exam result' }, [
      el('h2', {}, [`Score: ${result.correct} / ${result.total} (${percent(result.correct, result.total)}%)`]),
      domainRows.length
        ? el('table', { class: 'by-domain' }, [
            el('caption', {}, ['Score per exam domain']),
            el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['Domain']), el('th', { scope: 'col' }, ['Right']), el('th', { scope: 'col' }, ['Score'])])]),
            el('tbody', {}, domainRows),
          ])
        : undefined,
      missed.length ? el('h3', {}, ['Missed facts']) : el('p', {}, ['Nothing missed.']),
      missed.length ? el('ol', { class: 'missed' }, missed) : undefined,
    ]);
  }

  function introSection() {
    const intro = view.intro;
    return el('section', { class: 'intro', 'aria-labelledby': 'intro-title' }, [
      el('h2', { id: 'intro-title' }, [intro.title]),
      el('p', {}, [intro.text]),
      el('div', { class: 'actions' }, [button(intro.start, { type: 'openFullQuiz' }, { class: 'primary', id: 'start' })]),
    ]);
  }

  /** The background a node is drawn on: its own, or the nearest ancestor's that is not transparent. */
  function backgroundOf(/** @type {Element | null} */ node) {
    for (let at = node; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    return getComputedStyle(document.body).backgroundColor;
  }

  /** What was drawn, measured in the page: the extension's tests check what users see with it. */
  function drawn() {
    const verdict = root.querySelector('.verdict');
    const label = document.getElementById('service-label');
    const select = document.getElementById('service-filter');
    return {
      header: (root.querySelector('.kind') || { textContent: '' }).textContent,
      serviceOptions: Array.from(root.querySelectorAll('#service-filter option'), (option) => option.textContent),
      intro: !!root.querySelector('.intro'),
      missedReasons: Array.from(root.querySelectorAll('.result .reason'), (node) => node.textContent),
      domainScores: Array.from(root.querySelectorAll('.by-domain tbody tr'), (row) => Array.from(row.children, (cell) => cell.textContent).join(' | ')),
      verdict: verdict ? { text: verdict.textContent, color: getComputedStyle(verdict).color, background: backgroundOf(verdict) } : undefined,
      toolbar: label && select ? { width: document.documentElement.clientWidth, labelTop: label.getBoundingClientRect().top, selectTop: select.getBoundingClientRect().top } : undefined,
    };
  }

  function render() {
    if (timer !== undefined) window.clearInterval(timer);
    timer = undefined;
    const previous = root.dataset.card;
    const wasRevealed = root.dataset.revealed === 'true';
    const body = view.intro ? introSection() : view.card ? cardSection() : view.exam && view.exam.result ? examResult() : el('p', { class: 'empty' }, [view.empty || '']);
    root.replaceChildren(...[statsBar(), toolbar(), body].filter((node) => node !== undefined));
    root.dataset.card = view.card ? view.card.cardId : '';
    root.dataset.revealed = String(!!(view.card && view.card.revealed));
    if (!view.exam) examTimeUp = false;
    vscode.setState({ session: view.session });
    // What was drawn, for the extension (and its tests): the card, and which elements the note became.
    const noteTags = Array.from(root.querySelectorAll('.note-body *'), (node) => node.tagName.toLowerCase());
    send({ type: 'rendered', cardId: view.card && !view.intro ? view.card.cardId : undefined, revealed: !!(view.card && view.card.revealed), noteTags, drawn: drawn() });
    // Keyboard users land on the next thing to do; the sidebar never steals focus.
    if (view.layout === 'panel' && view.card && document.hasFocus()) {
      const target = view.card.revealed ? document.getElementById('grade-3') || document.getElementById('next') : document.getElementById('reveal');
      if (target && (previous !== view.card.cardId || wasRevealed !== view.card.revealed)) target.focus();
    }
    if (view.card && view.card.revealed && !wasRevealed) announcer.textContent = `Answer: ${view.card.answer}`;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'view') return;
    view = message;
    render();
  });

  document.addEventListener('keydown', (event) => {
    if (!view) return;
    const card = view.card;
    const target = event.target instanceof Element ? event.target.tagName : '';
    const action = keyAction(
      { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, targetTag: target },
      { hasCard: !!card && !view.intro, revealed: !!(card && card.revealed), kind: card && card.kind, choices: card ? card.choices.length : 0, examNext: !!(card && card.examNext) },
    );
    if (!action) return;
    event.preventDefault();
    send(action.type === 'openNote' ? { type: 'openNote', cardId: card.cardId } : action);
  });

  send({ type: 'ready' });
})();
