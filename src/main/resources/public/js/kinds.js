// Unit kind names from the server's one table (org.respnet.model.UnitKind, GET /api/v1/unit-kinds), so the pages
// say what the API and the CSV say. Read once, before any page module runs (a top-level await).
import { readFetch } from './api.js';

let table = [];
try {
  const response = await readFetch('/api/v1/unit-kinds', { headers: { Accept: 'application/json' } });
  if (response.ok) table = await response.json();
} catch (error) {
  // without the table a kind shows as its code; the page's own data requests report the failure
}

export const KIND_TABLE = table;
