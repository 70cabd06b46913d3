// Reads GeoPlan's JSON API; a failed request becomes an Error whose message says what the server said.

/** GETs a JSON document from the service, relative to the page's origin. */
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // Not problem+json: the status text is all there is.
    }
    throw new Error(`${path}: HTTP ${response.status} ${detail}`);
  }
  return response.json();
}
