import { defineLexicon, words } from './define';

export const de = defineLexicon({
  lang: 'de',
  cues: [
    {
      tone: 'neutral',
      forms: words(`sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten teilte teilt mitteilte
        berichtete berichtet berichten schrieb schreibt meinte meint ergänzte ergänzt fügte erläuterte erläutert
        warnte warnt kündigte sprach spricht antwortete antwortet zitiert`),
    },
    {
      tone: 'loaded',
      forms: words(`behauptete behauptet behaupten bestritt bestreitet beharrte beharrt klagte klagt kritisierte
        kritisiert`),
    },
  ],
  accordingTo: ['laut', 'zufolge', 'nach angaben von', 'nach angaben'],
  complementizers: ['dass'],
  betweenSubjectAndCue: words('hat haben hatte hatten auch bereits zudem am'),
  clauseBoundaries: words('dass der die das welche welcher aber denn weil wenn als ob wie während'),
  leadingNoise: words('aber und doch jedoch zudem auch so dabei dann nun'),
  articles: words('der die das den dem ein eine einen'),
  determiners: words('der die das den dem des ein eine einer einem einen'),
  pronouns: { person: ['er', 'sie'], thing: [], plural: [] },
  titles: words(`präsident präsidentin minister ministerin sprecher sprecherin kanzler kanzlerin chef chefin
    direktor direktorin abgeordnete abgeordneter bürgermeister bürgermeisterin experte expertin analyst
    analystin professor professorin`),
  orgHeads: words(`ministerium regierung kommission rat ausschuss agentur amt institut universität polizei armee
    gericht partei gewerkschaft stiftung zentrum behörde unternehmen konzern bank`),
  mediaHeads: words('zeitung magazin agentur sender rundfunk portal'),
  documentHeads: words('bericht studie umfrage mitteilung dokument brief'),
  anonymousHeads: words('quelle quellen experten analysten beamte kreise'),
  creditPatterns: ['^\\(?(?:bild|foto|quelle)\\s*:\\s*(.+?)\\)?$'],
  creditNoise: words('hersteller archiv privat'),
  nonSpeakers: words('es das dies ich wir man'),
});
