import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../scripts/node-dom';

export const ROOT = join(import.meta.dirname, '../..');
export const SEED_FIXTURE = join(ROOT, 'tests/fixtures/rferl-russia-envoys-syria.html');
/** The seed page's own canonical URL (declared in the fixture). */
export const SEED_URL = 'https://www.rferl.org/a/russia-demands-envoys-document-syrian-civilian-deaths/27328617.html';

export function loadFixture(path: string, url: string): Document {
  return parseHtml(readFileSync(path, 'utf8'), url);
}

export function htmlDoc(html: string, url = 'https://news.example.org/a/1'): Document {
  return parseHtml(html, url);
}
