// The panel on the right of the map: shows one thing at a time (a feature, a task, an indicator's explanation).
import { fill, h } from './elements.js';
import { onLanguageChange, t } from './i18n.js';

/** The detail panel over the map's right edge. */
export class DetailPanel {
  #element;
  #render = null;
  #onClose;

  /** Uses the aside element; onClose runs when the planner closes the panel. */
  constructor(element, { onClose }) {
    this.#element = element;
    this.#onClose = onClose;
    onLanguageChange(() => this.#draw());
  }

  /** Shows what render() returns ({ kind, title, subtitle, body: [elements] }); it is called again after a language change. */
  show(render) {
    this.#render = render;
    this.#draw();
    this.#element.hidden = false;
  }

  /** Hides the panel. */
  close() {
    this.#render = null;
    this.#element.hidden = true;
    this.#element.replaceChildren();
  }

  #draw() {
    if (!this.#render) {
      return;
    }
    const { kind, title, subtitle, body } = this.#render();
    this.#element.dataset.kind = kind;
    fill(this.#element,
      h('div', { className: 'detail-header' },
        h('div', {},
          subtitle ? h('p', { className: 'detail-kicker' }, subtitle) : null,
          h('h2', { className: 'detail-title' }, title)),
        h('button', {
          type: 'button', className: 'icon-button', 'aria-label': t('detail.close'), title: t('detail.close'),
          onClick: () => {
            this.close();
            this.#onClose();
          },
        }, '×')),
      h('div', { className: 'detail-body' }, body));
  }
}
