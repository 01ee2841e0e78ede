import { findAttributions } from './attribution';
import { linkAttributions } from './attribution/link';
import { sourcingProfile } from './attribution/profile';
import { findClaims } from './claims';
import type { DatasetIndex } from './dataset/dataset-index';
import { matchOutlet } from './match/outlet';
import type { Analysis, Attribution } from './model/analysis';
import type { ExtractedPage } from './model/page';

/** The one pipeline: an extracted page in, the full analysis out. Pure; runs in the background and in Node. */
export function analyze(page: ExtractedPage, index: DatasetIndex): Analysis {
  // Only the address the page was really loaded from identifies the outlet by domain: a canonical link is
  // page-controlled and could claim any outlet. Publisher metadata is a labelled, weaker fallback.
  const outlet = matchOutlet(page.url, page, index);

  const attributions: Attribution[] = linkAttributions(findAttributions(page.paragraphs, page.lang), index);
  const sideOf = (attribution: Attribution) => {
    const id = attribution.entity?.id;
    return index.entities.find((entity) => entity.id === id)?.side ?? null;
  };

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
    outlet,
    attributions,
    profile: sourcingProfile(attributions, sideOf),
    claims: findClaims(page.paragraphs, attributions, { lang: page.lang, publishedTime: page.publishedTime }, index),
    pageClaimReviews: page.claimReviews,
    datasetVersion: index.version,
  };
}
