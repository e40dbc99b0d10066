// Fetch helpers: JSON in, and a problem document's detail as the error message.
export class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : { detail: await response.text() };
  if (!response.ok) {
    throw new ApiError(body, response.status);
  }
  return body;
}

const READ_TOKEN_KEY = 'respnet.readToken';

/**
 * fetch with the read token: a server started with RESPNET_READ_TOKEN answers the API only with it. The token is
 * asked for once, on the first 401, and kept in sessionStorage (gone when the tab closes), like the admin token.
 */
export async function readFetch(url, init = {}) {
  const headers = { ...(init.headers || {}) };
  const ownToken = Boolean(headers.Authorization); // the documents page sends the admin token itself
  const token = sessionStorage.getItem(READ_TOKEN_KEY);
  if (token && !ownToken) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { ...init, headers });
  if (response.status !== 401 || ownToken) return response;
  const english = (localStorage.getItem('respnet.lang') || 'zh') === 'en';
  const entered = window.prompt(english
    ? 'This RespNet server needs its access token (RESPNET_READ_TOKEN):'
    : '此 RespNet 服务需要访问令牌（RESPNET_READ_TOKEN）：');
  if (!entered) return response;
  sessionStorage.setItem(READ_TOKEN_KEY, entered.trim());
  return fetch(url, { ...init, headers: { ...headers, Authorization: `Bearer ${entered.trim()}` } });
}

export async function getJson(path, params = {}) {
  return parse(await readFetch(withQuery(path, params), { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, body) {
  return parse(await readFetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}

/** Any method, with an optional body (FormData, text) and bearer token; JSON or a problem back. */
export async function request(method, path, { params = {}, body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return parse(await readFetch(withQuery(path, params), { method, headers, body }));
}

/** Path plus the query string of the params that are set. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  });
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const API = '/api/v1';

export function documentPath(key) {
  return `${API}/documents/${encodeURIComponent(key)}`;
}

export function unitPath(name) {
  return `${API}/units/${encodeURIComponent(name)}`;
}

/** Builds an element: el('div', {class: 'x', text: 'y'}, children…). No innerHTML, so no escaping worries. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  });
  return node;
}

export function formatNumber(value, digits = 1) {
  if (typeof value !== 'number') return value ?? '';
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

export function download(fileName, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
