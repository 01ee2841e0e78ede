import type { Funding, Typology } from '../model/analysis';

/** Plain-word descriptions of the funding models and State Media Monitor typology codes. */
export const FUNDING_LABELS: Record<Funding, string> = {
  private: 'Privately owned',
  nonprofit: 'Non-profit',
  'public-service': 'Public-service media, independent of government',
  'state-funded-firewall': 'Funded by a government; editorially independent by law',
  'state-controlled': 'Controlled by a government',
  'party-controlled': 'Controlled by a political party',
  mixed: 'Mixed ownership',
  unknown: 'Ownership not known',
};

export const TYPOLOGY_LABELS: Record<Typology, string> = {
  SC: 'State-controlled media',
  CaPu: 'Captured public or state-managed media',
  CaPr: 'Captured private media',
  ISFM: 'Independent state-funded and state-managed media',
  ISF: 'Independent state-funded media',
  ISM: 'Independent state-managed media',
  IP: 'Independent public media',
};

const COUNTRY_NAMES = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return COUNTRY_NAMES?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Funded by the US government; editorially independent by law" when the country is known. */
export function fundingSentence(funding: Funding, country: string | null): string {
  const name = countryName(country);
  if (funding === 'state-funded-firewall' && name) return `Funded by the ${name} government; editorially independent by law`;
  if (funding === 'state-controlled' && name) return `Controlled by the ${name} government`;
  return FUNDING_LABELS[funding];
}
