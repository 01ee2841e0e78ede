import { beforeAll, describe, expect, it } from 'vitest';
import { findClaims, namesASource } from '../../../lib/claims';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import type { Attribution, Claim, DerivedNoteKind } from '../../../lib/model/analysis';
import { attributionOver, reportingAttributions, REPORTING } from './attributions';
import { loadClaimsIndex } from './dataset';

let index: DatasetIndex;
beforeAll(() => {
  index = loadClaimsIndex();
});

const FILLER = 'The streets of the old town were quiet on Monday, and shops opened late. '.repeat(10).trim();

/** An attribution over paragraph `p` to `speaker`, linked to a dataset entity when `entityId` is given. */
function over(paragraphs: string[], p: number, speaker: string, entityId?: string): Attribution {
  const entity = entityId ? index.entities.find((e) => e.id === entityId) : undefined;
  if (entityId && !entity) throw new Error(`no entity ${entityId}`);
  return attributionOver(paragraphs[p]!, speaker, { paragraph: p, whole: true, entity });
}

/** The claims of a test page: the paragraphs, a filler, and a paragraph of reporting that quotes three sources. */
function claimsOf(paragraphs: string[], attributions: Attribution[] = []): Claim[] {
  const page = [...paragraphs, FILLER, REPORTING];
  return findClaims(page, [...attributions, ...reportingAttributions(page.length - 1)], { lang: 'en', publishedTime: '2026-11-20T00:00:00Z' }, index);
}

const kinds = (claim: Claim | undefined): (DerivedNoteKind | undefined)[] => claim?.derivedNotes.map((n) => n.derived?.kind) ?? [];
const claimWith = (claims: Claim[], needle: string) => claims.find((c) => c.text.includes(needle));

describe('derived note: the claimant is a party to the conflict', () => {
  it('shows when the claimant is a recorded party and the article is about that conflict', () => {
    const paragraphs = ['The Russian defence ministry said its jets had destroyed 40 militant positions in Syria and killed 300 fighters.'];
    const claim = claimWith(claimsOf(paragraphs, [over(paragraphs, 0, 'The Russian defence ministry', 'russia-ministry-of-defence')]), '40 militant');
    expect(kinds(claim)).toContain('party');
    expect(claim?.derivedNotes.find((n) => n.derived?.kind === 'party')?.text).toMatch(/war in Syria/);
  });

  it('does not show when the article is about something else, or the claimant is not a party', () => {
    const budget = ['The Russian defence ministry said its budget had grown by 12 percent to 5 trillion roubles this year.'];
    expect(kinds(claimsOf(budget, [over(budget, 0, 'The Russian defence ministry', 'russia-ministry-of-defence')])[0])).not.toContain('party');
    const monitor = ['The Syrian Observatory for Human Rights said Russian strikes in Syria had killed 300 fighters.'];
    const claim = claimsOf(monitor, [over(monitor, 0, 'The Syrian Observatory for Human Rights', 'syrian-observatory-for-human-rights')])[0];
    expect(kinds(claim)).not.toContain('party');
  });
});

describe('derived note: a single source', () => {
  it('shows for a monitoring group figure with no independent confirmation', () => {
    const paragraphs = ['The Syrian Observatory for Human Rights said at least 75 civilians were killed in the shelling of Douma.'];
    const claim = claimsOf(paragraphs, [over(paragraphs, 0, 'The Syrian Observatory for Human Rights', 'syrian-observatory-for-human-rights')])[0];
    expect(kinds(claim)).toContain('single-source');
  });

  it('does not show for a claimant that is not a monitor, nor for a sentence with no figure', () => {
    const ministry = ['The Russian defence ministry said at least 75 militants were killed near Palmyra in Syria.'];
    expect(kinds(claimsOf(ministry, [over(ministry, 0, 'The Russian defence ministry', 'russia-ministry-of-defence')])[0])).not.toContain('single-source');
    const noFigure = ['The Syrian Observatory for Human Rights accused government forces of shelling a hospital in Douma.'];
    const claim = claimsOf(noFigure, [over(noFigure, 0, 'The Syrian Observatory for Human Rights', 'syrian-observatory-for-human-rights')])[0];
    expect(claim).toBeDefined();
    expect(kinds(claim)).not.toContain('single-source');
  });
});

describe('derived note: no source for a figure', () => {
  it('shows for a figure the sentence and its paragraph give no source for', () => {
    const claim = claimsOf(['Russian air strikes in Syria have killed at least 446 people, more than a third of them civilians.'])[0];
    expect(claim?.claimant).toBeNull();
    expect(kinds(claim)).toContain('no-source');
  });

  it('does not show when the sentence names its source (a court, the ministry, local reports)', () => {
    for (const text of [
      'The court found that two cases of misused subsidies worth 4 million euros had been proven.',
      'At least 446 people have been killed in the strikes, according to local reports.',
      'Some 1,200 cases of cholera were recorded in May, the ministry said.',
    ]) {
      const claim = claimsOf([text])[0];
      expect(claim, text).toBeDefined();
      expect(kinds(claim), text).not.toContain('no-source');
    }
    expect(namesASource('The court found that two cases had been proven.')).toBe(true);
    expect(namesASource('Two cases had been proven.')).toBe(false);
  });

  it('does not show when the paragraph before names the source the figure carries on from', () => {
    const paragraphs = ['Consumer prices rose 2.1 percent in October, the statistics office said on Thursday.', 'Food prices fell 0.8 percent over the month, the first fall since 2020.'];
    const claims = claimsOf(paragraphs, [over(paragraphs, 0, 'the statistics office')]);
    expect(claimWith(claims, 'Food prices')).toBeDefined();
    expect(kinds(claimWith(claims, 'Food prices'))).not.toContain('no-source');
    expect(kinds(claimWith(claimsOf(paragraphs.slice(1)), 'Food prices'))).toContain('no-source');
  });

  it('does not show when the attribution engine found a claimant', () => {
    const paragraphs = ['Rescuers pulled 120 bodies from the rubble of the collapsed building in the night.'];
    const claim = claimsOf(paragraphs, [over(paragraphs, 0, 'Rescuers')])[0];
    expect(claim?.claimant).toBe('Rescuers');
    expect(kinds(claim)).not.toContain('no-source');
  });
});

describe('derived note: a figure changed from earlier in the article', () => {
  it('shows when the article revises a toll it gave earlier', () => {
    const claims = claimsOf([
      'The death toll from the earthquake rose to 312 on Saturday, the disaster agency said, up from 187 reported on Friday.',
    ]);
    const claim = claimWith(claims, '312');
    expect(kinds(claim)).toContain('figure-changed');
    expect(claim?.derivedNotes.find((n) => n.derived?.kind === 'figure-changed')?.derived?.args).toEqual(['312', '187']);
  });

  it('does not show for a toll of another event or another time, nor for an injury count beside a death toll', () => {
    const claims = claimsOf([
      'The earthquake killed 312 people, the disaster agency said on Saturday.',
      'It was the deadliest quake since 1999, when more than 2,000 people died.',
      'More than 1,400 people were injured, the agency said.',
    ]);
    for (const claim of claims) {
      expect(kinds(claim), claim.text).not.toContain('figure-changed');
      expect(kinds(claim), claim.text).not.toContain('contradicted');
    }
  });
});

describe('derived note: a number the article itself contradicts', () => {
  it('shows when two sentences give different tolls for the same event', () => {
    const claims = claimsOf([
      'The earthquake killed 312 people, the disaster agency said on Saturday.',
      'The Red Crescent put the number of dead at 340 in a statement on Saturday.',
    ]);
    const claim = claimWith(claims, '312');
    expect(kinds(claim)).toContain('contradicted');
    expect(claim?.derivedNotes.find((n) => n.derived?.kind === 'contradicted')?.derived?.args.slice(0, 2)).toEqual(['312', '340']);
  });

  it('does not show when the article gives the same toll twice', () => {
    const claims = claimsOf([
      'The earthquake killed 312 people, the disaster agency said on Saturday.',
      'The Red Crescent also put the number of dead at 312 in a statement on Saturday.',
    ]);
    for (const claim of claims) expect(kinds(claim), claim.text).not.toContain('contradicted');
  });
});

describe('derived note "no source": the error classes of the notes audit (tests/gold/notes-dev/judgements.json)', () => {
  it('a sentence that names its source in any of the languages read is not unsourced', () => {
    for (const text of [
      'Chief executive Laura Brenner blamed tariffs for $900 million of the loss.',
      'A federal jury on Thursday convicted the former mayor of steering $3.2 million in contracts.',
      'The concentration was about 50 percent higher than in 2016, the authors wrote.',
      'La Sociedad de Fomento Agrícola denunció que los insurrectos causaron daños por 10 millones de dólares.',
      'Economistas da oposição acusaram o governo de ter aumentado os gastos públicos em 9%.',
      'The 3rd revision is reportedly about 50% faster than its predecessor.',
      'Food products made up 55% of the value of all exports in 2014.[219]',
      'IBM is responsible for about 60% of the changes, as the "by changesets" column shows.',
    ])
      expect(namesASource(text), text).toBe(true);
  });

  it('is not shown for a price in passing, "100%", a hypothetical, the first person, or a vague amount that is no toll', () => {
    for (const text of [
      'Everyone else might be better off with the $279 console, which sold out in 2,000 shops.',
      'Programs like this end up using 100% WASI and can run in 30 runtimes.',
      'Depending on your habits this could possibly be in the hundreds to thousands of dollars.',
      'Using bsdiff, we were able to reduce the size of app updates on average by 47%.',
      'Entire continents, with millions of inhabitants, had vanished with it.',
    ]) {
      for (const claim of claimsOf([text])) expect(kinds(claim), text).not.toContain('no-source');
    }
  });

  it('is not shown on a page that attributes nothing (its writer is its own source)', () => {
    const text = 'Writers made up 95% of the staff at the firm in 1990.';
    expect(kinds(claimsOf([text])[0])).toContain('no-source');
    const alone = findClaims([text, FILLER], [], { lang: 'en', publishedTime: null }, index);
    expect(kinds(alone[0])).not.toContain('no-source');
  });

  it('a number of people among whom deaths are counted is not a rival death toll', () => {
    const claims = claimsOf([
      'State Senator Ronald Finch said on the radio that the vaccine had caused "thousands of deaths" since it was approved.',
      'A study published in March found no increase in deaths among 1.3 million vaccinated people.',
    ]);
    expect(claims.flatMap(kinds)).not.toContain('contradicted');
  });
});
