// Reads GeoPlan's JSON API; a failed request becomes an Error whose message says what the server said.
import { authorizationFor, forgetToken } from './access.js';

/** GETs a JSON document from the service, relative to the page's origin, with the planner's token when there is one. */
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json', ...authorizationFor(path) } });
  if (!response.ok) {
    if (response.status === 401) {
      // Revoked while the page was open: the next load asks for a token again.
      forgetToken();
    }
    throw new Error(`${path}: HTTP ${response.status} ${await problemDetail(response)}`);
  }
  return response.json();
}

/** Why the service refuses token, or null when it reads with it. */
export async function refusalOf(token) {
  const response = await fetch('/collections', { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  return response.ok ? null : problemDetail(response);
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    // Not problem+json: the status text is all there is.
    return response.statusText;
  }
}
