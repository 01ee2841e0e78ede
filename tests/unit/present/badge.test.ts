import { describe, expect, it, vi } from 'vitest';
import { applyBadge, type BadgeAction } from '@/lib/background/action-badge';
import type { TabState } from '@/lib/messaging/protocol';
import { FUNDING_MODELS, type Funding } from '@/lib/model/analysis';
import { BADGE_TEXT_COLOUR, badgeColour, badgeFor, badgeForAddress, FAMILY_COLOURS, FUNDING_FAMILY, IMPERSONATION_COLOUR } from '@/lib/present/badge';
import { contrastRatio } from '@/lib/present/contrast';
import { fundingSentence } from '@/lib/present/labels';
import { ANALYSIS, EN, FR } from '../components/fixture';

function ready(funding: Funding, country: string | null = 'US'): TabState {
  return { state: 'ready', analysis: { ...ANALYSIS, outlet: { ...ANALYSIS.outlet!, name: 'Radio Free Europe/Radio Liberty', funding, country } } };
}

describe('toolbar badge', () => {
  it.each(FUNDING_MODELS.map((f) => [f]))('%s: a short code in both languages, AA contrast, the model in words in the tooltip', (funding) => {
    for (const m of [EN, FR]) {
      const badge = badgeFor(m, ready(funding));
      expect([...badge.text].length, `${m.locale} ${funding}`).toBeGreaterThanOrEqual(1);
      expect([...badge.text].length, `${m.locale} ${funding}`).toBeLessThanOrEqual(3);
      expect(contrastRatio(badge.textColor, badge.background)).toBeGreaterThanOrEqual(4.5);
      expect(badge.title).toContain('Radio Free Europe/Radio Liberty');
      expect(badge.title).toContain(fundingSentence(m, funding, 'US'));
    }
  });

  it('gives each funding model its own code, and one colour per family', () => {
    const codes = FUNDING_MODELS.map((f) => badgeFor(EN, ready(f)).text);
    expect(new Set(codes).size).toBe(FUNDING_MODELS.length);
    const frCodes = FUNDING_MODELS.map((f) => badgeFor(FR, ready(f)).text);
    expect(new Set(frCodes).size).toBe(FUNDING_MODELS.length);
    expect(badgeColour('private')).toBe(badgeColour('nonprofit'));
    expect(badgeColour('state-controlled')).toBe(badgeColour('party-controlled'));
    expect(badgeColour('private')).not.toBe(badgeColour('state-controlled'));
    expect(badgeColour('public-service')).not.toBe(badgeColour('state-controlled'));
    expect(FUNDING_FAMILY['state-funded-firewall']).toBe('state');
  });

  it('names the government in the tooltip', () => {
    const badge = badgeFor(EN, ready('state-funded-firewall'));
    expect(badge.text).toBe('GOV');
    expect(badge.title).toBe(`Sourcelight: Radio Free Europe/Radio Liberty. ${fundingSentence(EN, 'state-funded-firewall', 'US')}`);
    expect(badge.title).toMatch(/United States|US government/i);
  });

  it('marks an outlet that is not in the dataset, and clears for every other state', () => {
    const unknown = badgeFor(EN, { state: 'ready', analysis: { ...ANALYSIS, outlet: null } });
    expect(unknown.text).toBe('–');
    expect(unknown.title).toBe(EN.t('badgeTitleUnknownOutlet'));
    const states: TabState[] = [{ state: 'analysing' }, { state: 'not-article', url: 'x', title: '' }, { state: 'failed', reason: 'x' }];
    for (const state of [...states, null]) expect(badgeFor(EN, state)).toMatchObject({ text: '', title: 'Sourcelight' });
  });
});

describe('toolbar badge for a page impersonating an outlet', () => {
  const impersonating = (m = EN) => {
    const site = { host: 'bbc.co.uk.news-today.example', registrableDomain: 'news-today.example', claimedName: 'BBC News', syndicatedFrom: null,
      impersonates: { id: 'bbc', name: 'BBC', domains: ['bbc.co.uk', 'bbc.com'], claimedAs: 'BBC News' } };
    return badgeFor(m, { state: 'ready', analysis: { ...ANALYSIS, outlet: null, site } });
  };

  it('shows a warning code on its own colour, with the reason in plain words as the tooltip', () => {
    const badge = impersonating();
    expect(badge.text).toBe('!');
    expect(badge.background).toBe(IMPERSONATION_COLOUR);
    expect(Object.values(FAMILY_COLOURS)).not.toContain(IMPERSONATION_COLOUR);
    expect(contrastRatio(badge.textColor, badge.background)).toBeGreaterThanOrEqual(4.5);
    expect(badge.title).toBe('Sourcelight warning: this page presents itself as BBC, but it is not on its domains (bbc.co.uk, bbc.com)');
    expect(impersonating(FR).title).toContain('se présente comme BBC');
  });
});

describe('applyBadge', () => {
  const action = () =>
    ({
      setBadgeText: vi.fn(async () => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
      setBadgeTextColor: vi.fn(async () => {}),
      setTitle: vi.fn(async () => {}),
    }) satisfies BadgeAction;

  it('sets text, colours and title for that tab only', async () => {
    const a = action();
    await applyBadge(a, 7, { text: 'GOV', background: '#8a4b00', textColor: BADGE_TEXT_COLOUR, title: 'T' });
    expect(a.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: 'GOV' });
    expect(a.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 7, color: '#8a4b00' });
    expect(a.setBadgeTextColor).toHaveBeenCalledWith({ tabId: 7, color: '#ffffff' });
    expect(a.setTitle).toHaveBeenCalledWith({ tabId: 7, title: 'T' });
  });

  it('works without setBadgeTextColor and never throws for a closed tab', async () => {
    const { setBadgeTextColor: _, ...older } = action();
    older.setBadgeText.mockRejectedValueOnce(new Error('No tab with id: 7'));
    await expect(applyBadge(older, 7, { text: '', background: '#55565e', textColor: '#fff', title: 'Sourcelight' })).resolves.toBeUndefined();
    expect(older.setTitle).toHaveBeenCalled();
  });
});

describe('toolbar badge from the address alone', () => {
  it("shows the outlet a tab's address belongs to, and nothing for a look-alike host, an unknown site or no address", async () => {
    const { loadDatasetIndexFromSources } = await import('../../../scripts/dataset-files');
    const index = await loadDatasetIndexFromSources();
    const analysed = badgeFor(EN, { state: 'ready', analysis: ANALYSIS });
    const loaded = badgeForAddress(EN, 'https://www.rferl.org/a/russia-syria/27328617.html', index);
    expect(loaded).toEqual({ ...analysed, title: loaded.title });
    expect(loaded.text).not.toBe('');
    expect(loaded.title).toContain('Radio Free Europe/Radio Liberty');
    for (const url of ['https://www.rferl.org.news-today.example/a/1', 'https://unknown-blog.example/post', undefined]) {
      expect(badgeForAddress(EN, url, index)).toMatchObject({ text: '', title: 'Sourcelight' });
    }
  }, 60_000);
});
