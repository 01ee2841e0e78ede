import type { DatasetIndex } from '../dataset/dataset-index';
import type { Outlet } from '../dataset/schema';
import { outletNamed } from './named-outlet';

/** Where a byline or credit line splits into names: "By Jane Doe, Associated Press and Reuters". */
const SEPARATORS = /\s*(?:[,;|/·•–—()]|\s-\s|\band\b|\bet\b|\bwith\b)\s*/iu;
const BY = /^(?:by|par|von|de|from|source|credit)\s*:?\s+/iu;
/** A wire dateline opening the text: "WASHINGTON (AP) —", "PARIS, 3 mars (AFP) -". */
const DATELINE = /^\s*\p{Lu}[^()\n]{0,60}\(([^()\n]{2,40})\)\s*[—–-]/u;

function credits(byline: string | null, firstParagraph: string | null): string[] {
  const pieces = byline ? byline.split(SEPARATORS) : [];
  const dateline = firstParagraph ? DATELINE.exec(firstParagraph)?.[1] : undefined;
  if (dateline) pieces.push(dateline);
  return pieces.map((piece) => piece.trim().replace(BY, '')).filter(Boolean);
}

/** The news agency (kind "wire") a byline or an opening dateline credits, or null. */
export function creditedWire(byline: string | null, firstParagraph: string | null, index: DatasetIndex): Outlet | null {
  for (const piece of credits(byline, firstParagraph)) {
    const outlet = outletNamed(piece, index);
    if (outlet?.kind === 'wire') return outlet;
  }
  return null;
}
