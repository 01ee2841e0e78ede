import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits, parseNumbers } from '../../../lib/claims/numbers';

const one = (text: string, lang: string | null = 'en') => {
  const found = parseNumbers(text, lang);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('parseNumbers', () => {
  it('reads qualifiers as ranges', () => {
    expect(one('killed at least 446 people')).toMatchObject({ min: 446, value: null, qualifier: 'at-least', unit: 'people' });
    expect(one('more than 1,000 civilians')).toMatchObject({ min: 1000, qualifier: 'more-than', unit: 'civilians' });
    expect(one('up to 30 people')).toMatchObject({ max: 30, qualifier: 'up-to' });
    expect(one('fewer than 20 soldiers')).toMatchObject({ max: 20, qualifier: 'less-than', unit: 'soldiers' });
    expect(one('nearly 450 killed')).toMatchObject({ value: 450, qualifier: 'about', unit: 'deaths' });
    expect(one('exactly 12 hospitals')).toMatchObject({ value: 12, qualifier: 'exact', unit: 'hospitals' });
  });

  it('reads fractions as ratios', () => {
    const third = one('more than a third of them civilians');
    expect(third.isRatio).toBe(true);
    expect(third.min).toBeGreaterThan(0.33);
    expect(third.qualifier).toBe('more-than');
    expect(third.unit).toBe('civilians');
    expect(one('two-thirds of the victims').value).toBeCloseTo(2 / 3);
    expect(one("plus d'un tiers de civils", 'fr')).toMatchObject({ isRatio: true, qualifier: 'more-than', unit: 'civilians' });
    expect(one('более трети из них мирные жители', 'ru')).toMatchObject({ isRatio: true, qualifier: 'more-than' });
  });

  it('reads number words and vague amounts', () => {
    expect(one('nine Russian air strikes')).toMatchObject({ value: 9, unit: 'strikes' });
    expect(one('two hundred and fifty soldiers')).toMatchObject({ value: 250, unit: 'soldiers' });
    expect(one('twenty-five people')).toMatchObject({ value: 25 });
    expect(one('tens of thousands of people fled')).toMatchObject({ value: null, min: 20_000, max: 99_999, unit: 'people' });
    expect(one('dozens of civilians')).toMatchObject({ min: 24, max: 99, unit: 'civilians' });
    expect(one('hundreds of strikes')).toMatchObject({ min: 200, max: 999, unit: 'strikes' });
    expect(one('neuf frappes russes', 'fr')).toMatchObject({ value: 9, unit: 'strikes' });
    expect(one('des dizaines de milliers de personnes', 'fr')).toMatchObject({ min: 20_000, unit: 'people' });
    expect(one('девять ударов по больницам', 'ru')).toMatchObject({ value: 9, unit: 'strikes' });
    expect(one('десятки тысяч человек', 'ru')).toMatchObject({ min: 20_000, unit: 'people' });
  });

  it('reads every grouping and decimal style', () => {
    expect(one('au moins 2 209 civils', 'fr')).toMatchObject({ min: 2209, unit: 'civilians' });
    expect(one('au moins 2\u202f209 civils', 'fr').min).toBe(2209);
    expect(one('2\u00a0209 morts', 'fr').value).toBe(2209);
    expect(one('5 500 personnes', 'fr').value).toBe(5500);
    expect(one('1,5 million de réfugiés', 'fr')).toMatchObject({ value: 1_500_000, unit: 'refugees' });
    expect(one('1.5 million refugees')).toMatchObject({ value: 1_500_000, unit: 'refugees' });
    expect(one('3.804 civili', 'it').value).toBe(3804);
    expect(one('1,234,567 votes').value).toBe(1_234_567);
    expect(one('3 тыс. человек', 'ru')).toMatchObject({ value: 3000, unit: 'people' });
    expect(parseDigits('1,5', 'fr')).toBe(1.5);
    expect(parseDigits('1,500', 'en')).toBe(1500);
    expect(parseDigits('1.500', 'de')).toBe(1500);
    expect(parseDigits('1.500', 'en')).toBe(1.5);
  });

  it('reads percentages and money', () => {
    expect(one('35% of the budget')).toMatchObject({ value: 35, unit: 'percent' });
    expect(one('12 per cent')).toMatchObject({ value: 12, unit: 'percent' });
    expect(one('40 pour cent', 'fr')).toMatchObject({ value: 40, unit: 'percent' });
    expect(one('a deal worth $4.5 billion')).toMatchObject({ value: 4.5e9, unit: 'dollars' });
    expect(one('€300 million')).toMatchObject({ value: 3e8, unit: 'euros' });
    expect(one("3,2 milliards d'euros", 'fr')).toMatchObject({ value: 3.2e9, unit: 'euros' });
    expect(one('1,5 млн долларов', 'ru')).toMatchObject({ value: 1.5e6, unit: 'dollars' });
  });

  it('leaves out dates, years, times and ordinals', () => {
    expect(parseNumbers('Russia began its air campaign on September 30', 'en')).toEqual([]);
    expect(parseNumbers('said October 23 that', 'en')).toEqual([]);
    expect(parseNumbers('le 30 septembre 2015', 'fr')).toEqual([]);
    expect(parseNumbers('30 сентября', 'ru')).toEqual([]);
    expect(parseNumbers('at 10:30 a.m. on the 9th', 'en')).toEqual([]);
    expect(parseNumbers('in 2015', 'en')).toEqual([]);
    const kinds = findNumbers('a 45-year-old man, on Sept. 30, in 2015', 'en').map((n) => n.kind);
    expect(kinds).toEqual(['age', 'date', 'year']);
  });

  it('does not take "per cent" or "one of them" for quantities of people', () => {
    expect(parseNumbers('12 per cent').map((n) => n.value)).toEqual([12]);
    expect(parseNumbers('one of the hospitals').every((n) => n.value === 1)).toBe(true);
  });
});

describe('descriptive numbers', () => {
  const kindsOf = (text: string) => findNumbers(text, 'en').map((n) => [n.raw, n.kind]);
  it('reads a capitalised number word inside a sentence as part of a name, not a figure', () => {
    expect(kindsOf('Dubbed the "Three Amigos" fund by the press, it paid 4 million.')).toEqual([
      ['Three', 'name'],
      ['4 million', 'count'],
    ]);
    expect(kindsOf('Three people died in the fire.')).toEqual([['Three', 'count']]);
  });

  it('reads ages in apposition, match scores, durations and decades as descriptive', () => {
    expect(kindsOf('Hendricks, 62, had not known.')).toEqual([['62', 'age']]);
    expect(kindsOf('The side won its league 3-1 last season.').map(([, k]) => k)).toEqual(['score', 'score']);
    expect(kindsOf('The trial lasted 26 days.')).toEqual([['26', 'duration']]);
    expect(kindsOf('In the late 1800s the cables were buried.')).toEqual([['1800', 'year']]);
    expect(kindsOf('He died at the age of 71.')).toEqual([['71', 'age']]);
  });

  it('keeps real figures next to them', () => {
    expect(kindsOf('Prices rose 3-4 percent, and 120 people were killed.').some(([, k]) => k === 'count')).toBe(true);
  });
});
