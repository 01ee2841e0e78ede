import { describe, expect, it } from 'vitest';
import { lexiconFor } from '@/lib/attribution/lexicon';
import type { Attribution } from '@/lib/model/analysis';
import { languageName, LEXICON_LANGUAGES, unreadLanguage } from '@/lib/present/coverage';
import { anchorOf, countSources, groupSources, normaliseName, sourceAnchor, sourceGroup, sourcesOf } from '@/lib/present/sources';
import { ANALYSIS } from './fixture';

const a = (x: Partial<Attribution> & Pick<Attribution, 'speaker' | 'kind'>): Attribution => ({
  role: null, affiliation: null, mode: 'direct', cue: 'said', cueTone: 'neutral', text: '', via: null, qualifiers: [],
  paragraph: 0, start: 0, end: 0, entity: null, ...x,
});
const entity = (type: string) => ({ id: 'x', name: 'X', type, country: null, typology: null, affiliation: null, note: 'n', citations: [] });

describe('what a source is', () => {
  it.each([
    [a({ speaker: 'a source close to the talks', kind: 'anonymous' }), 'anonymous'],
    [a({ speaker: 'the report', kind: 'document' }), 'documents'],
    [a({ speaker: 'Reuters', kind: 'media', mode: 'credit' }), 'media'],
    [a({ speaker: 'Agence France-Presse', kind: 'organization', entity: entity('outlet:wire') }), 'media'],
    [a({ speaker: 'Ministry of Health', kind: 'organization', entity: entity('ministry') }), 'officials'],
    [a({ speaker: 'UNICEF', kind: 'organization', entity: entity('international-body') }), 'officials'],
    [a({ speaker: 'Amnesty International', kind: 'organization', entity: entity('ngo') }), 'ngos'],
    [a({ speaker: 'Airwars', kind: 'organization', entity: entity('monitor') }), 'ngos'],
    [a({ speaker: 'Chatham House', kind: 'organization', entity: entity('think-tank') }), 'experts'],
    [a({ speaker: 'Gazprom', kind: 'organization', entity: entity('company') }), 'companies'],
    [a({ speaker: 'Hamas', kind: 'organization', entity: entity('armed-group') }), 'other'],
    [a({ speaker: 'Russia', kind: 'organization' }), 'officials'],
    [a({ speaker: 'Islamic State', kind: 'organization' }), 'other'],
    [a({ speaker: 'the Kremlin', kind: 'organization' }), 'officials'],
    [a({ speaker: 'defense ministry', kind: 'organization' }), 'officials'],
    [a({ speaker: 'Syrian-American Medical Society', kind: 'organization' }), 'ngos'],
    [a({ speaker: 'Anatoly Antonov', kind: 'named', role: 'deputy defense minister' }), 'officials'],
    [a({ speaker: 'John Kirby', kind: 'named', role: 'State Department spokesman' }), 'officials'],
    [a({ speaker: 'Rami Abdulrahman', kind: 'named', role: 'head of the Observatory' }), 'ngos'],
    [a({ speaker: 'Jane Doe', kind: 'named', role: 'a correspondent in Beirut' }), 'media'],
    [a({ speaker: 'Umm Ahmad', kind: 'named', role: 'a mother of three' }), 'other'],
    [a({ speaker: 'Jean Dupont', kind: 'named', role: 'porte-parole du ministère des Affaires étrangères' }), 'officials'],
    [a({ speaker: 'Marie Curie', kind: 'named', role: 'directrice de l’ONG Solidarités' }), 'ngos'],
    [a({ speaker: 'Hans Meier', kind: 'named', role: 'Sprecher der Bundesregierung' }), 'officials'],
    [a({ speaker: 'Ana López', kind: 'named', role: 'periodista' }), 'media'],
    [a({ speaker: 'Karim', kind: 'named', role: 'un habitant du quartier' }), 'other'],
    [a({ speaker: 'Stéphane Dujarric', kind: 'named', role: 'UN spokesman' }), 'officials'],
    [a({ speaker: 'Anatoly Antonov', kind: 'named', entity: { ...entity('person'), affiliation: 'Russian state official: deputy defence minister' } }), 'officials'],
    [a({ speaker: 'Jan Egeland', kind: 'named', entity: { ...entity('person'), affiliation: 'Secretary General of the Norwegian Refugee Council' } }), 'ngos'],
    [a({ speaker: 'Maria Zakharova', kind: 'named', role: 'spokeswoman' }), 'officials'],
    [a({ speaker: 'Nadim Houry', kind: 'named', role: 'deputy director at Human Rights Watch' }), 'ngos'],
    // The four the old grouping put under "NGOs and monitors" on real pages.
    [a({ speaker: 'Jane Foley', kind: 'named', role: 'senior FX strategist at Rabobank', affiliation: 'a Dutch bank' }), 'experts'],
    [a({ speaker: 'Ming-Chi Kuo', kind: 'named', role: 'Apple analyst' }), 'experts'],
    [a({ speaker: 'Gavin Schmidt', kind: 'named', role: 'a NASA climate scientist' }), 'experts'],
    [a({ speaker: 'the Federal Aviation Administration', kind: 'organization', role: 'the federal agency that monitors air safety' }), 'officials'],
    [a({ speaker: 'the Environmental Protection Agency', kind: 'organization' }), 'officials'],
    [a({ speaker: 'Paul Krugman', kind: 'named', role: 'economist and professor at Princeton University' }), 'experts'],
    [a({ speaker: 'Sarah Chen', kind: 'named', role: 'a researcher at the Brookings Institution' }), 'experts'],
    [a({ speaker: 'Tim Cook', kind: 'named', role: 'chief executive of Apple' }), 'companies'],
    [a({ speaker: 'Ann Lee', kind: 'named', role: 'a Bank of America spokeswoman' }), 'companies'],
    [a({ speaker: 'Boeing Co', kind: 'organization' }), 'companies'],
    [a({ speaker: 'the Federal Reserve', kind: 'organization' }), 'officials'],
    [a({ speaker: 'Andrew Bailey', kind: 'named', role: 'governor of the Bank of England' }), 'officials'],
    [a({ speaker: 'Karine Jean-Pierre', kind: 'named', role: 'White House press secretary' }), 'officials'],
    [a({ speaker: 'the International Rescue Committee', kind: 'organization' }), 'ngos'],
    [a({ speaker: 'Institute for the Study of War', kind: 'organization' }), 'experts'],
    // Shapes seen on the shared corpus pages.
    [a({ speaker: 'Bill Shorten', kind: 'named', role: 'Opposition Leader' }), 'officials'],
    [a({ speaker: 'Han Dong-hoon', kind: 'named', role: 'the leader of the PPP, the governing party' }), 'officials'],
    [a({ speaker: 'Pouria Amirshahi', kind: 'named', role: 'député socialiste des Français de l’étranger' }), 'officials'],
    [a({ speaker: 'Congressional Budget Office', kind: 'organization' }), 'officials'],
    [a({ speaker: 'CDC', kind: 'organization' }), 'officials'],
    [a({ speaker: 'Tax Policy Center', kind: 'organization' }), 'experts'],
    [a({ speaker: 'Jeff Bezos', kind: 'named', role: 'Amazon founder' }), 'companies'],
    [a({ speaker: 'David Emery', kind: 'named', role: 'Snopes fact checker and staff writer' }), 'media'],
    [a({ speaker: 'Pauline Kael', kind: 'named', role: 'legendary film critic' }), 'media'],
    [a({ speaker: 'Margie Kim', kind: 'named', role: 'Seoul resident' }), 'other'],
    [a({ speaker: 'Anna', kind: 'named', role: 'who said she had no idea who to call' }), 'other'],
  ])('%# %o → %s', (attribution, group) => {
    expect(sourceGroup(attribution)).toBe(group);
  });

  it('never puts an analyst, a scientist or a public agency among NGOs', () => {
    const misfiled = [
      a({ speaker: 'Jane Foley', kind: 'named', role: 'bank analyst' }),
      a({ speaker: 'Dan Ives', kind: 'named', role: 'analyst at Wedbush Securities who covers Apple' }),
      a({ speaker: 'Kate Marvel', kind: 'named', role: 'scientist at NASA’s Goddard Institute' }),
      a({ speaker: 'the Federal Emergency Management Agency', kind: 'organization' }),
    ].filter((x) => sourceGroup(x) === 'ngos');
    expect(misfiled).toEqual([]);
  });
});

describe('one source per speaker', () => {
  const volker = [
    a({ speaker: 'Kurt Volker', kind: 'named', role: 'former special envoy', text: 'I was never aware of it', paragraph: 1 }),
    a({ speaker: 'Adam Schiff', kind: 'named', role: 'Intelligence Committee chairman', text: 'No', cue: 'asked', paragraph: 2 }),
    a({ speaker: 'Volker', kind: 'named', text: 'Looking back', cue: 'conceded', cueTone: 'loaded', paragraph: 3 }),
    a({ speaker: 'Mr. Volker', kind: 'named', text: 'In hindsight I should have', paragraph: 5 }),
    a({ speaker: 'kurt volker', kind: 'named', text: 'Yes', cue: 'admitted', cueTone: 'loaded', paragraph: 4 }),
    a({ speaker: 'AP', kind: 'media', mode: 'credit', cue: 'With reporting by', text: 'With reporting by AP', paragraph: 9 }),
  ];

  it('folds case, titles and a surname used alone into the full name, statements in reading order', () => {
    const sources = sourcesOf(volker);
    expect(sources.map((s) => [s.name, s.statements.length, s.anchor])).toEqual([
      ['Kurt Volker', 4, 'source-kurt-volker'],
      ['Adam Schiff', 1, 'source-adam-schiff'],
      ['AP', 1, 'source-ap'],
    ]);
    const kurt = sources[0]!;
    expect(kurt.statements.map((s) => s.index)).toEqual([0, 2, 4, 3]);
    expect(kurt.names).toEqual(['Kurt Volker', 'Volker', 'Mr. Volker']);
    expect(kurt.role).toBe('former special envoy');
    expect(kurt.group).toBe('officials');
  });

  it('shares out quoted text without credits, and names the loaded cues', () => {
    const [kurt, schiff, ap] = sourcesOf(volker);
    const quoted = 'I was never aware of it'.length + 'No'.length + 'Looking back'.length + 'In hindsight I should have'.length + 'Yes'.length;
    expect(kurt!.share).toBeCloseTo((quoted - 2) / quoted);
    expect(schiff!.share).toBeCloseTo(2 / quoted);
    expect(ap!.share).toBe(0);
    expect(ap!.creditOnly).toBe(true);
    expect([kurt!.tone, kurt!.loadedCues, kurt!.cues]).toEqual(['loaded', ['conceded', 'admitted'], ['said', 'conceded', 'admitted']]);
    expect([schiff!.tone, schiff!.loadedCues]).toEqual(['neutral', []]);
  });

  it('keeps a surname apart when two people in the article share it', () => {
    const sources = sourcesOf([
      a({ speaker: 'Donald Trump', kind: 'named', paragraph: 0 }),
      a({ speaker: 'Ivanka Trump', kind: 'named', paragraph: 1 }),
      a({ speaker: 'Trump', kind: 'named', paragraph: 2 }),
    ]);
    expect(sources.map((s) => s.name)).toEqual(['Donald Trump', 'Ivanka Trump', 'Trump']);
  });

  it('does not fold an anonymous or a media speaker into a person', () => {
    const sources = sourcesOf([a({ speaker: 'John Reuters', kind: 'named' }), a({ speaker: 'Reuters', kind: 'media', paragraph: 1 })]);
    expect(sources).toHaveLength(2);
  });

  it('a 20-statement source is one row', () => {
    const many = Array.from({ length: 20 }, (_, i) => a({ speaker: i % 2 ? 'Volker' : 'Kurt Volker', kind: 'named', text: `statement ${i}`, paragraph: i }));
    const groups = groupSources(many);
    expect(countSources(groups)).toBe(1);
    expect(groups[0]!.sources[0]!.statements).toHaveLength(20);
    expect(groups[0]!.sources[0]!.share).toBe(1);
  });

  it('groups the fixture in the fixed group order, every attribution in exactly one source', () => {
    const groups = groupSources(ANALYSIS.attributions);
    expect(groups.map((g) => [g.group, g.sources.map((s) => `${s.name} ×${s.statements.length}`)])).toEqual([
      ['officials', ['defense ministry ×1', 'Anatoly Antonov ×2', 'Russia ×1']],
      ['ngos', ['Syrian Observatory for Human Rights ×1']],
      ['media', ['Western media reports ×1', 'AFP ×1']],
      ['anonymous', ['a senior Western diplomat ×1']],
      ['documents', ['a UN report ×1']],
    ]);
    const indexes = groups.flatMap((g) => g.sources.flatMap((s) => s.statements.map((x) => x.index)));
    expect(indexes.sort((x, y) => x - y)).toEqual(ANALYSIS.attributions.map((_, i) => i));
  });

  it('normalises names and builds row ids a claim can link to', () => {
    expect(normaliseName('  The Kremlin ')).toBe('kremlin');
    expect(normaliseName('Dr. Anthony Fauci')).toBe('anthony fauci');
    expect(normaliseName('Zelenskyy’s')).toBe('zelenskyy');
    expect(normaliseName('Stéphane Dujarric')).toBe('stephane dujarric');
    expect(normaliseName('Мария Захарова')).toBe('мария захарова');
    expect(sourceAnchor('Kurt Volker')).toBe('source-kurt-volker');
    const sources = sourcesOf(volker);
    expect(anchorOf(sources, 'Mr. Volker')).toBe('source-kurt-volker');
    expect(anchorOf(sources, 'Adam Schiff')).toBe('source-adam-schiff');
    expect(anchorOf(sources, 'Nancy Pelosi')).toBeNull();
  });
});

describe('languages without a lexicon', () => {
  it('says which page languages it cannot read, and nothing when the language is covered or not stated', () => {
    expect(unreadLanguage('it')).toBe('it');
    expect(unreadLanguage('ar-SY')).toBe('ar');
    for (const lang of ['en', 'en-GB', 'fr-FR', 'pt_BR', 'de', 'cs', 'ru', 'es', null, '', 'und', 'x-default']) {
      expect(unreadLanguage(lang), String(lang)).toBeNull();
    }
    expect(languageName('it', 'en')).toBe('Italian');
    expect(languageName('it', 'fr')).toBe('italien');
  });

  it('matches the engine: a language has a lexicon here exactly when the engine does not fall back to English', () => {
    const english = lexiconFor('en');
    const engine: string[] = ['en'];
    for (let x = 97; x <= 122; x++) {
      for (let y = 97; y <= 122; y++) {
        const code = String.fromCharCode(x, y);
        if (code !== 'en' && lexiconFor(code) !== english) engine.push(code);
      }
    }
    expect([...LEXICON_LANGUAGES].sort()).toEqual(engine.sort());
  });
});
