import type { Analysis } from '../lib/model/analysis';

/** The CLI's readable report: the same facts as the JSON contract, for a person. */
export function formatReport(file: string, status: string, analysis: Analysis, reason: string | null = null): string {
  const lines = [`${file}`, `  ${analysis.article.title || '(untitled)'}`, `  ${analysis.url}`];
  if (status !== 'ok') return [...lines, `  ${status === 'not-article' ? 'Not an article.' : `Skipped: ${status}${reason ? ` (${reason})` : ''}.`}`].join('\n');
  const { article, outlet, site } = analysis;
  lines.push(`  ${[article.byline, article.publishedTime, article.lang, `${article.wordCount} words`].filter(Boolean).join(' · ')}`);
  lines.push('', 'Publisher');
  if (outlet) {
    lines.push(`  ${outlet.name} (${outlet.domain}, ${outlet.country ?? 'country unknown'})`);
    lines.push(`  funding: ${outlet.funding}${outlet.typology ? `; State Media Monitor: ${outlet.typology}` : ''}`);
    if (outlet.owner) lines.push(`  owner: ${outlet.owner}`);
    lines.push(`  ${outlet.note}`);
    for (const citation of outlet.citations) lines.push(`  - ${citation.title} <${citation.url}>`);
  } else {
    lines.push(`  Unknown outlet: not in the dataset. Address: ${site.registrableDomain ?? site.host}`);
    if (site.claimedName && !site.impersonates) lines.push(`  calls itself "${site.claimedName}" (not verified)`);
  }
  if (site.impersonates) {
    const { claimedAs, name, domains } = site.impersonates;
    lines.push(`  WARNING: this page presents itself as ${claimedAs}, but it is not on a ${name} domain (${domains.join(', ')})`);
  }
  if (site.syndicatedFrom) lines.push(`  syndicated from ${site.syndicatedFrom}`);
  lines.push('', `Sources (${analysis.attributions.length})`);
  for (const a of analysis.attributions) {
    const who = [a.speaker, a.role, a.affiliation].filter(Boolean).join(', ');
    lines.push(`  - ${who} [${a.kind}, ${a.mode}, "${a.cue}"${a.cueTone === 'loaded' ? ' (loaded)' : ''}]`);
    if (a.text) lines.push(`      ${a.text.length > 140 ? `${a.text.slice(0, 137)}...` : a.text}`);
  }
  lines.push('', `Check-worthy claims (${analysis.claims.length})`);
  for (const claim of analysis.claims) {
    lines.push(`  - ${claim.text}${claim.claimant ? ` (claimant: ${claim.claimant})` : ''}`);
    for (const match of claim.matches) {
      lines.push(`      matches ${match.claimId} (score ${match.score.toFixed(2)})`);
      for (const note of match.notes) lines.push(`        ${note.stance}: ${note.by}${note.date ? `, ${note.date}` : ''}: ${note.text}`);
    }
  }
  return lines.join('\n');
}
