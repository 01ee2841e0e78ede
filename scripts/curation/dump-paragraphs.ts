/**
 * Prints a page's extracted paragraphs, numbered, and nothing of the analysis: for writing gold annotations before
 * the code is run on the page.   npx tsx scripts/curation/dump-paragraphs.ts FILE.html [...]
 */
import { readFileSync } from 'node:fs';
import { extractPage } from '../../lib/extract/extract-page';
import { declaredUrl, openHtml } from '../node-dom';

for (const file of process.argv.slice(2)) {
  const opened = openHtml(readFileSync(file, 'utf8'), 'https://example.invalid/');
  const url = declaredUrl(opened.document) ?? `file://${file}`;
  const result = extractPage(opened.document, url);
  await opened.close();
  if (result.status !== 'ok') {
    console.log(`=== ${file}: ${result.status}`);
    continue;
  }
  const words = result.page.paragraphs.join(' ').split(/\s+/).length;
  console.log(`=== ${file} lang=${result.page.lang} words=${words}`);
  result.page.paragraphs.forEach((p, i) => console.log(`[${i}] ${p}`));
}
