import { LOW_CREDIBILITY_CATEGORIES, type LowCredibilityCategory, type LowCredibilityRecord } from '../schema';
import { parseCsv } from './csv';
import { normalizeHost } from './directory-domains';
import { DropTally } from './drop-tally';

/**
 * CRED-1 (Alexander Loth, 2026; CC BY 4.0): a domain and its category, nothing else. The iffy_* columns carry
 * Media Bias/Fact Check's ratings and are never read; nor is the composite score, which weighs them in.
 */
export function importCred1(text: string): { records: LowCredibilityRecord[]; dropped: Record<string, number> } {
  const tally = new DropTally();
  const { records } = parseCsv(text);
  const [header, ...body] = records;
  const domainAt = header?.fields.indexOf('domain') ?? -1;
  const categoryAt = header?.fields.indexOf('category') ?? -1;
  const byDomain = new Map<string, LowCredibilityCategory>();
  for (const { fields } of body) {
    const domain = normalizeHost(fields[domainAt] ?? '');
    const category = (fields[categoryAt] ?? '').trim().toLowerCase();
    if (!domain) tally.add('row without a usable domain');
    else if (!(LOW_CREDIBILITY_CATEGORIES as readonly string[]).includes(category)) tally.add(`category "${category}" (not a low-credibility one)`);
    else if (byDomain.has(domain)) tally.add('domain listed twice');
    else byDomain.set(domain, category as LowCredibilityCategory);
  }
  const out = [...byDomain].map(([domain, category]) => ({ domain, category })).sort((a, b) => a.domain.localeCompare(b.domain));
  return { records: out, dropped: tally.counts() };
}
