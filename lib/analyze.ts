import { findAttributions, type FoundAttribution } from './attribution';
import { hasLexicon } from './attribution/lexicon';
import { linkAttributions } from './attribution/link';
import { sourcingProfile } from './attribution/profile';
import { findClaims } from './claims';
import type { DatasetIndex } from './dataset/dataset-index';
import { matchOutlet } from './match/outlet';
import { describeSite } from './match/site';
import type { Analysis, Attribution, CappedList, Claim } from './model/analysis';
import { LIMITS } from './model/limits';
import type { ExtractedPage } from './model/page';

/** The one pipeline: an extracted page in, the full analysis out. Pure; runs in the background and in Node. */
export function analyze(page: ExtractedPage, index: DatasetIndex): Analysis {
  // Only the address the page was really loaded from identifies the outlet: its metadata and canonical link are
  // page-controlled and could claim any outlet, so they only feed the site's description (impersonation, syndication).
  const matched = matchOutlet(page.url, index);
  const site = describeSite(page, matched?.outlet ?? null, index);

  const capped: CappedList[] = [];
  const found = findAttributions(page.paragraphs, page.lang);
  if (found.length > LIMITS.maxAttributions) capped.push('attributions');
  const attributions: Attribution[] = linkAttributions(firstInReadingOrder(found, LIMITS.maxAttributions), index);
  const sideOf = (attribution: Attribution) => {
    const id = attribution.entity?.id;
    return index.entities.find((entity) => entity.id === id)?.side ?? null;
  };

  // The claims are already the best few (claimBudget); only their figures can still be too many.
  const context = { lang: page.lang, publishedTime: page.publishedTime };
  const claims = capNumbers(findClaims(page.paragraphs, attributions, context, index), capped);

  return {
    url: page.url,
    article: {
      title: page.title,
      byline: page.byline,
      siteName: page.siteName,
      lang: page.lang,
      publishedTime: page.publishedTime,
      wordCount: page.wordCount,
      readerable: page.readerable,
    },
    outlet: matched?.summary ?? null,
    site,
    attributions,
    profile: sourcingProfile(attributions, sideOf),
    claims,
    pageClaimReviews: page.claimReviews,
    datasetVersion: index.version,
    languageSupported: hasLexicon(page.lang),
    ...(capped.length ? { capped } : {}),
  };
}

/** The first `limit` attributions in reading order (the engine's own order is kept when nothing is cut). */
function firstInReadingOrder(found: FoundAttribution[], limit: number): FoundAttribution[] {
  if (found.length <= limit) return found;
  return [...found].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start).slice(0, limit);
}

/** Each claim's figures cut to their limit, the first ones in the text; records the cut in `capped`. */
function capNumbers(claims: Claim[], capped: CappedList[]): Claim[] {
  if (!claims.some((claim) => claim.numbers.length > LIMITS.maxNumbersPerClaim)) return claims;
  capped.push('numbers');
  return claims.map((claim) => ({ ...claim, numbers: claim.numbers.slice(0, LIMITS.maxNumbersPerClaim) }));
}
