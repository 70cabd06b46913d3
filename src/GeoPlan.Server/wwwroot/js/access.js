// The planner's access token, where reading the plan needs one: asked for once per browser tab, kept in that tab's session storage
// and sent with every request to this service (the API and MapLibre's style, tile and glyph requests), never to a background map.
import { t } from './i18n.js';

const storageKey = 'geoplan.accessToken';

/** The token in use, or null. */
export function accessToken() {
  return sessionStorage.getItem(storageKey);
}

/** The Authorization header for a request to url: the token when there is one and url is this service's, else none. */
export function authorizationFor(url) {
  const token = accessToken();
  return token && new URL(url, window.location.href).origin === window.location.origin ? { Authorization: `Bearer ${token}` } : {};
}

/** Forgets the token: the service refused it, or the planner signs out. */
export function forgetToken() {
  sessionStorage.removeItem(storageKey);
}

/** Asks the planner for a token until the service takes one; refusalOf(token) resolves to null for a good token, else to the reason. */
export function signIn(refusalOf) {
  const dialog = document.getElementById('sign-in');
  const input = dialog.querySelector('input');
  const message = dialog.querySelector('.sign-in-message');
  // The map is of no use without a token: Escape does not close the dialog.
  dialog.addEventListener('cancel', event => event.preventDefault());
  dialog.showModal();
  input.focus();
  return new Promise(resolve => {
    dialog.querySelector('form').addEventListener('submit', async event => {
      event.preventDefault();
      const token = input.value.trim();
      const refusal = await refusalOf(token);
      if (refusal) {
        message.textContent = t('access.refused', { reason: refusal });
        message.hidden = false;
        input.select();
        return;
      }
      sessionStorage.setItem(storageKey, token);
      dialog.close();
      resolve(token);
    });
  });
}
