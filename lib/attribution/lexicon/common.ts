/** Names that read the same in every language: wire services and major outlets, so "told Reuters" is a relay. */
export const MEDIA_NAMES: readonly string[] = [
  'reuters', 'afp', 'agence france-presse', 'agence france presse', 'ap', 'associated press', 'the associated press',
  'tass', 'итар-тасс', 'тасс', 'interfax', 'интерфакс', 'ria novosti', 'риа новости', 'ria', 'xinhua', 'bbc',
  'bbc news', 'cnn', 'bloomberg', 'al jazeera', 'sputnik', 'rt', 'anadolu', 'anadolu agency', 'ansa', 'dpa',
  'efe', 'kyodo', 'yonhap', 'upi', 'npr', 'fox news', 'abc news', 'nbc news', 'cbs news', 'msnbc', 'pbs',
  'the new york times', 'new york times', 'the washington post', 'washington post', 'the wall street journal',
  'wall street journal', 'the guardian', 'financial times', 'the times', 'le monde', 'le figaro', 'libération',
  'der spiegel', 'spiegel', 'tmz', 'politico', 'axios', 'vice news', 'buzzfeed news', 'the economist',
  'kommersant', 'коммерсантъ', 'izvestia', 'известия', 'ria-novosti', 'rfe/rl', 'radio free europe', 'voa',
  'voice of america', 'euronews', 'france 24', 'deutsche welle', 'dw', 'nhk', 'yahoo news', 'yahoo finance',
  'getty images', 'getty', 'epa', 'shutterstock', 'ap photo', 'afp photo', 'evening standard', 'sky news',
  'franceinfo', 'france info', 'bfmtv', 'rfi', 'tf1', 'france inter', 'france 2', 'europe 1', 'lci', 'rtl',
  'le parisien', 'ouest-france', 'les échos', 'le journal du dimanche', 'jdd', "l'obs", 'mediapart',
  'čtk', 'česká tisková kancelář', 'česká televize', 'čt24', 'český rozhlas', 'irozhlas', 'idnes.cz', 'seznam zprávy',
  'deník n', 'hospodářské noviny', 'právo', 'europa press', 'lusa', 'agência brasil',
];

/**
 * Head words that make a capitalised name an organisation in any language's text, since many bodies are named in
 * English everywhere ("Amnesty International", "Human Rights Watch", "Revolutionary Guard Corps").
 */
export const ORGANIZATION_NAME_HEADS: readonly string[] = [
  'international', 'watch', 'council', 'ministry', 'agency', 'institute', 'foundation', 'party', 'front', 'army',
  'committee', 'office', 'observatory', 'society', 'network', 'group', 'union', 'association', 'federation', 'corps',
  'brigade', 'brigades', 'forces', 'commission', 'organization', 'organisation', 'movement', 'coalition', 'alliance',
  'brotherhood', 'crescent', 'militia', 'committees',
];

/**
 * Adjectives that, before another capitalised word, make a name an organisation's: a person's name never holds them
 * ("Islamic Jihad", "Palestinian Islamic Jihad", "Islamic State"). Given names that are also adjectives ("Muslim",
 * "Christian", "Red") are left out.
 */
export const ORGANIZATION_NAME_ADJECTIVES: readonly string[] = ['islamic', 'islamist', 'jihadist', 'salafist', 'zionist', 'maoist', 'marxist', 'leninist'];

/** Prepositions that, capitalised inside a name, make it an organisation's: "Doctors Without Borders", "Médecins Sans Frontières". */
export const NAME_PREPOSITIONS: readonly string[] = ['without', 'sans', 'sin', 'sem', 'ohne', 'bez', 'against', 'across', 'beyond', 'for', 'pour', 'para', 'für', 'pro'];

/** Quotation marks: opener -> closers it accepts. Straight quotes pair with themselves. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '"': '"',
  '「': '」',
  '『': '』',
  '»': '«',
};
