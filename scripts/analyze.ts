import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analyze';
import { extractPage } from '../lib/extract/extract-page';
import type { Analysis } from '../lib/model/analysis';
import { siteOfAddress } from '../lib/match/site';
import { loadDatasetIndexFromSources } from './dataset-files';
import { declaredUrl, openHtml } from './node-dom';
import { formatReport } from './report';

const USAGE = 'usage: npm run --silent analyze -- [--json] [--url URL] FILE.html [FILE.html ...]';

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let json = false;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url') url = argv[++i] ?? null;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else files.push(arg);
  }
  return { files, json, url };
}

/** The CLI contract: what `analyze --json` prints for a file that is not an article (or too large). */
function emptyAnalysis(url: string, title: string, datasetVersion: string): Analysis {
  return {
    url,
    article: { title, byline: null, siteName: null, lang: null, publishedTime: null, wordCount: 0, readerable: false },
    outlet: null,
    site: siteOfAddress(url),
    attributions: [],
    profile: { byKind: {}, quotedShare: [], anonymousShare: 0, sides: [] },
    claims: [],
    pageClaimReviews: [],
    datasetVersion,
  };
}

async function main() {
  const { files, json, url } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const index = await loadDatasetIndexFromSources();
  let failed = 0;
  for (const file of files) {
    try {
      const html = readFileSync(file, 'utf8');
      const opened = openHtml(html, url ?? 'https://example.invalid/');
      const doc = opened.document;
      const pageUrl = url ?? declaredUrl(doc) ?? `file://${file}`;
      const result = extractPage(doc, pageUrl);
      await opened.close();
      const analysis =
        result.status === 'ok'
          ? analyze(result.page, index)
          : emptyAnalysis(pageUrl, result.status === 'not-article' ? result.title : '', index.version);
      if (json) console.log(JSON.stringify(result.status === 'ok' ? analysis : { ...analysis, status: result.status }));
      else console.log(formatReport(file, result.status, analysis));
    } catch (error) {
      failed += 1;
      console.error(`${file}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
