// Builds DOM elements from plain values, so no text from the server is ever parsed as HTML.

/** An element with attributes (on* functions become listeners, className/hidden/value/checked/disabled properties) and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (['className', 'hidden', 'value', 'checked', 'disabled'].includes(name)) {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...present(children));
  return element;
}

/** Replaces an element's children, skipping null, undefined and false and flattening arrays, as h() does. */
export function fill(element, ...children) {
  element.replaceChildren(...present(children));
}

function present(children) {
  return children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false);
}

/** A coloured dot with the light's name for screen readers and a tooltip. */
export function lightDot(light, label) {
  return h('span', { className: `light light-${light}`, role: 'img', 'aria-label': label, title: label });
}
