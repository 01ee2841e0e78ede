import { normalizeName } from '../text/normalize';

/**
 * The element id of a source's row in the popup's sources list ("source-syrian-observatory-for-human-rights"), so
 * that a claim's claimant can link to it. SourceList gives each row this id; ClaimList links to it.
 */
export function sourceAnchorId(name: string): string {
  const slug = normalizeName(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `source-${slug || 'unnamed'}`;
}
