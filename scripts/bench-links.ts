/**
 * Link marks in the bench: the page-side work per link (resolve the redirect, choose, look-up address) against the
 * 8 ms slice the content script works in, the background's answer to a full batch of 100 addresses against the
 * 50 ms of a long task, and the mark script's size against the extraction script's. Figures, not assertions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createDatasetIndex } from '../lib/dataset/dataset-index';
import type { CompiledDataset } from '../lib/dataset/compile';
import { messagesFromFile, type MessageFile } from '../lib/i18n';
import { lookupAddress } from '../lib/links/address';
import { shouldMark } from '../lib/links/choose';
import { lookupLinks } from '../lib/links/link-outlet';
import { resolveLink } from '../lib/links/unwrap';
import { median, round } from './bench-stats';
import { ROOT } from './dataset-files';

const DOMAINS = ['www.bbc.co.uk', 'www.rferl.org', 'apnews.com', 'blog.example', 'www.theguardian.com', 'shop.example', 'www.rt.com', 'www.npr.org'];
const PAGE = 'https://www.google.com/search?q=x';

/** 1,000 links in the shapes a results page or a feed has: plain, Google-wrapped, AMP. */
function syntheticLinks(): string[] {
  return Array.from({ length: 1000 }, (_, n) => {
    const target = `https://${DOMAINS[n % DOMAINS.length]}/news/section-${n % 17}/story-${n}?utm_source=x`;
    if (n % 3 === 0) return `/url?q=${encodeURIComponent(target)}&sa=U`;
    if (n % 3 === 1) return `https://www.google.com/amp/s/${target.slice('https://'.length)}`;
    return target;
  });
}

export function linksBench(compiledJson: string) {
  const links = syntheticLinks();
  const pageSide = () => {
    let marked = 0;
    for (const href of links) {
      const target = resolveLink(href, PAGE, { text: 'A headline' });
      if (shouldMark({ target, page: PAGE, inNavigation: false, text: 'A headline' }) && lookupAddress(target!)) marked++;
    }
    return marked;
  };
  const pageRuns = Array.from({ length: 15 }, () => {
    const start = performance.now();
    pageSide();
    return performance.now() - start;
  });
  const usPerLink = (median(pageRuns) * 1000) / links.length;

  const index = createDatasetIndex(JSON.parse(compiledJson) as CompiledDataset);
  const en = messagesFromFile(JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as MessageFile, 'en');
  const addresses = links.slice(0, 100).map((href) => lookupAddress(resolveLink(href, PAGE)!)!);
  lookupLinks(en, addresses, index); // warm-up
  const lookupRuns = Array.from({ length: 15 }, () => {
    const start = performance.now();
    lookupLinks(en, addresses, index);
    return performance.now() - start;
  });
  const lookupMs = median(lookupRuns);

  const gzip = (file: string) => gzipSync(readFileSync(join(ROOT, '.output/chrome-mv3', file)), { level: 9 }).length;
  const linksGzipBytes = gzip('links.js');
  return {
    linksPageSideUsPerLink: round(usPerLink, 2),
    /** How many links fit in one 8 ms slice of the content script (the rest wait for the next slice). */
    linksPerSlice: Math.floor(8000 / usPerLink),
    linksLookupMsPer100: round(lookupMs, 2),
    /** Share of a long task (50 ms) the background spends on a full batch. */
    linksLookupLongTaskRatio: round(lookupMs / 50, 3),
    linksScriptGzipBytes: linksGzipBytes,
    linksScriptToExtractRatio: round(linksGzipBytes / gzip('extract.js')),
  };
}
