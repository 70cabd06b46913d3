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
  element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

/** A coloured dot with the light's name for screen readers and a tooltip. */
export function lightDot(light, label) {
  return h('span', { className: `light light-${light}`, role: 'img', 'aria-label': label, title: label });
}
