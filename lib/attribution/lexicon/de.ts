import { defineLexicon, words } from './define';

/** Present, past and plural forms of each verb, listed so matching stays a set look-up. */
export const de = defineLexicon({
  lang: 'de',
  asConjunctions: ['wie'],
  compoundHeads: true,
  inversionReach: 0,
  cues: [
    {
      tone: 'neutral',
      forms: words(`sagte sagt sagten sagen erklärte erklärt erklärten erklären betonte betont betonten betonen
        berichtete berichtet berichteten berichten schrieb schreibt schrieben schreiben meinte meint meinten
        ergänzte ergänzt ergänzten erläuterte erläutert erläuterten warnte warnt warnten warnen
        antwortete antwortet antworteten zitiert sprach spricht räumte bekräftigte bekräftigt bestätigte bestätigt
        bestätigten verwies verweist unterstrich unterstreicht versicherte versichert kommentierte kommentiert
        forderte fordert forderten fordern mahnte mahnt äußerte äußert schilderte schildert erzählte erzählt
        bilanzierte resümierte`).concat([
        'teilte mit', 'teilt mit', 'teilten mit', 'mitteilte', 'mitteilten', 'kündigte an', 'kündigt an', 'kündigten an',
        'ankündigte', 'fügte hinzu', 'fügt hinzu', 'hinzufügte', 'gab an', 'gibt an', 'gaben an', 'angab',
        'wies darauf hin', 'weist darauf hin', 'hob hervor', 'hebt hervor', 'geht davon aus', 'gehen davon aus',
        'ging davon aus', 'gingen davon aus', 'gab bekannt', 'gibt bekannt', 'bekanntgab', 'räumte ein', 'räumt ein',
        'einräumte', 'sprach von', 'spricht von', 'teilte', 'kündigte', 'fügte',
      ]),
    },
    {
      tone: 'loaded',
      forms: words(`behauptete behauptet behaupten behaupteten bestritt bestreitet bestritten beharrte beharrt klagte
        klagt kritisierte kritisiert kritisierten warf wirft beklagte beklagt drohte droht`).concat([
        'warf vor', 'wirft vor', 'vorwarf',
      ]),
    },
    { tone: 'neutral', invertedOnly: true, forms: ['so'] },
  ],
  accordingTo: ['laut', 'zufolge', 'nach angaben von', 'nach angaben', 'nach auskunft', 'nach einschätzung von', 'nach einschätzung',
    'unter berufung auf', 'nach ansicht von', 'nach ansicht'],
  complementizers: ['dass'],
  betweenSubjectAndCue: words('hat haben hatte hatten auch bereits zudem am außerdem jedoch nun nochmals erneut'),
  clauseBoundaries: words('dass welche welcher welches aber denn weil wenn als ob wie während obwohl'),
  leadingNoise: words('aber und doch jedoch zudem auch so dabei dann nun außerdem allerdings'),
  openerPrepositions: words('in im an am auf aus bei beim mit nach seit vor während wegen über unter für gegen zum zur vom'),
  relativePronouns: words('der die das welche welcher welches'),
  articles: words('der die das den dem ein eine einen'),
  determiners: words('der die das den dem des ein eine einer einem einen eines mehrere einige viele'),
  possessives: words('sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren'),
  pronouns: { person: ['er', 'sie'], thing: [], plural: [] },
  honorifics: words('herr frau dr. dr prof. prof'),
  titles: words(`präsident präsidentin minister ministerin sprecher sprecherin kanzler kanzlerin chef chefin
    direktor direktorin abgeordnete abgeordneter bürgermeister bürgermeisterin oberbürgermeister experte expertin
    analyst analystin professor professorin vorsitzende vorsitzender trainer trainerin leiter leiterin
    staatsanwalt staatsanwältin anwalt anwältin richter richterin ökonom ökonomin forscher forscherin
    wissenschaftler wissenschaftlerin ministerpräsident ministerpräsidentin botschafter botschafterin general
    kommissar kommissarin geschäftsführer geschäftsführerin vorstand manager managerin kapitän stürmer torwart
    präses bischof arzt ärztin sekretär sekretärin beauftragte beauftragter referent referentin`),
  roleModifiers: words('stellvertretende stellvertretender ehemalige ehemaliger frühere früherer neue neuer'),
  orgHeads: words(`ministerium regierung kommission rat ausschuss agentur amt institut universität polizei armee
    gericht partei gewerkschaft stiftung zentrum behörde unternehmen konzern bank staatsanwaltschaft verband
    bundesrat bundestag landtag stadtrat senat feuerwehr klinik verein bündnis fraktion`),
  mediaHeads: words('zeitung magazin agentur sender rundfunk portal nachrichtenagentur'),
  documentHeads: words('bericht studie umfrage mitteilung dokument brief erklärung pressemitteilung gutachten'),
  anonymousHeads: words('quelle quellen experten analysten beamte kreise anwohner augenzeugen ermittler'),
  affiliationPrepositions: words('von vom der des bei beim'),
  timeWords: words(`am montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute morgen abend
    januar februar märz april mai juni juli august september oktober november dezember`),
  audiences: words('journalisten reportern'),
  creditPatterns: ['^\\(?(?:bild|foto|quelle)\\s*:\\s*(.+?)\\)?$'],
  creditNoise: words('hersteller archiv privat'),
  nonSpeakers: words('es das dies ich wir man'),
  objectPronouns: { person: ['ihm', 'ihr'], plural: ['ihnen'] },
  relayLeads: ['gegenüber', 'im gespräch mit', 'im interview mit'],
});
