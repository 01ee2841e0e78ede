/**
 * Domains that rows of different media companies share in the State Media Matrix, with the company that owns the
 * domain (as the matrix spells it). One domain is one outlet: rows of the other companies are not imported under
 * it, since a page on that domain is the owner's, not theirs. Checked by hand; each line says why.
 * A shared domain missing from this table is dropped whole and reported, never given to one of them by chance.
 */
export const MATRIX_DOMAIN_OWNERS: Readonly<Record<string, string | null>> = {
  // China News Service's own site; CIPG's China Internet News Center is another outlet with another site.
  'chinanews.com': 'China News Service',
  // Economic Daily's site; the People's Daily row repeats the same paper under another company.
  'ce.cn': 'Economic Daily',
  // The Legal Daily's site, published by the Legal Daily Media Group (the other row is the same paper).
  'legaldaily.com.cn': 'Legal Daily Media Group',
  // Rodong Sinmun's site (its /en/ edition included); Rodongja Sinmun is a different paper.
  'rodong.rep.kp': 'Rodong Sinmun',
  // The Bahrain News Agency's site; Bahrain TV and Radio Bahrain belong to another corporation.
  'bna.bh': 'Bahrain News Agency',
  // Televisión Nacional de Honduras's site; the national radio is another company.
  'tnh.gob.hn': 'Televisión Nacional de Honduras',
  // The Qatar News Agency's site; Qatar Media Corporation runs the state broadcasters.
  'qna.org.qa': 'Qatar News Agency (QNA)',
  // Shabait, the Eritrean information ministry's site; the ministry's newspapers are separate titles.
  'shabait.com': 'Shabait',
  // The Kuwaiti information ministry's portal and a shared portal of Eritrea's state radio and TV: no row's
  // company owns them, so neither row is imported under them.
  'media.gov.kw': null,
  'dendenmedia.com': null,
};
