// The JSON API (docs/api.md). Errors come back as {error, status}.

export async function get(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  }
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const err = new Error((body && body.error) || `request failed (${res.status})`);
    err.status = res.status;
    throw err;
  }
  return body;
}

export const api = {
  stats: () => get('/api/stats'),
  stories: (limit, offset) => get('/api/stories', { limit, offset }),
  story: (id) => get(`/api/stories/${encodeURIComponent(id)}`),
  article: (id) => get(`/api/articles/${encodeURIComponent(id)}`),
  entities: (q, limit, offset) => get('/api/entities', { q, limit, offset }),
  entity: (id) => get(`/api/entities/${encodeURIComponent(id)}`),
  search: (q, limit, offset) => get('/api/search', { q, limit, offset }),
};
