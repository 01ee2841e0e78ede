import { defineLexicon, words } from './define';

/** Past tense in every gender and number from the masculine singular: "řekl" -> řekl, řekla, řeklo, řekli, řekly. */
const past = (masculine: string) => words(masculine).flatMap((m) => [m, `${m}a`, `${m}o`, `${m}i`, `${m}y`]);

export const cs = defineLexicon({
  lang: 'cs',
  asConjunctions: ['jak'],
  nullSubject: true,
  articles: words('ten ta'),
  cues: [
    {
      tone: 'neutral',
      forms: [
        ...past(`řekl uvedl napsal dodal sdělil oznámil vysvětlil upozornil zdůraznil prohlásil poznamenal konstatoval
          odpověděl potvrdil informoval varoval doplnil připomněl podotkl zopakoval prozradil vzkázal přidal ocenil`),
        ...words(`říká říkají uvádí uvádějí píše píšou dodává dodávají přidává přirovnává hodnotí míní vysvětluje
          zdůrazňuje upozorňuje konstatuje potvrzuje informuje varuje oznamuje sděluje odpovídá poznamenává připomíná
          doplňuje`),
      ],
    },
    { tone: 'loaded', forms: [...past('tvrdil přiznal popřel obvinil kritizoval odmítl'), ...words('tvrdí tvrdívá kritizuje odmítá přiznává')] },
  ],
  accordingTo: ['podle', 'dle'],
  complementizers: ['že'],
  betweenSubjectAndCue: words('se to také rovněž už již ještě dnes včera pak později dále ale však totiž prý ve svém na'),
  clauseBoundaries: words('že který která které kteří ale protože když pokud jak kde'),
  leadingNoise: words('ale a i však také'),
  openerPrepositions: words('na v ve do z ze o pro po za k ke s se u od'),
  pronouns: { person: ['on', 'ona'], thing: [], plural: ['oni', 'ony'] },
  objectPronouns: { person: ['něj', 'něho', 'ní'], plural: ['nich'] },
  titles: words(`prezident prezidentka ministr ministryně mluvčí ředitel ředitelka šéf šéfka poslanec poslankyně
    senátor senátorka starosta starostka velvyslanec velvyslankyně generál soudce soudkyně expert analytik
    analytička ekonom ekonomka profesor profesorka manažer trenér útočník obránce záložník kapitán premiér premiérka
    předseda předsedkyně místopředseda místopředsedkyně hejtman hejtmanka primátor primátorka náměstek náměstkyně
    kancléř kancléřka poradce poradkyně šéfredaktor šéfredaktorka lékař lékařka velitel ombudsman žalobce`),
  roleModifiers: words('někdejší bývalý současný hlavní nový dosavadní úřadující tiskový tisková policejní krajský'),
  orgHeads: words(`ministerstvo vláda komise rada výbor agentura úřad institut univerzita policie armáda soud strana klub
    inspekce nemocnice radnice magistrát hnutí sněmovna senát kancelář společnost firma organizace nadace svaz spolek
    sbor ústav centrum velitelství štáb hasiči záchranáři vedení kraj`),
  possessives: words('svůj svého svému svém svou své svých jeho její jejich'),
  mediaHeads: words('server web deník večerník noviny časopis týdeník portál agentura televize rádio stanice'),
  nonSpeakers: words('já my to'),
  documentHeads: words('zpráva studie průzkum prohlášení dokument dopis hodnocení analýza statistika údaje'),
  anonymousHeads: words(`zdroj zdroje odborníci analytici experti fanoušci policisté svědci obyvatelé představitelé
    činitelé úředníci diplomaté lékaři meteorologové vědci ekonomové politologové svědci lidé`),
  audiences: words('novinářům reportérům médiím poslancům senátorům'),
  timeWords: words('v ve dnes včera pondělí úterý středu čtvrtek pátek sobotu neděli ráno večer odpoledne'),
  relayLeads: ['pro', 'v rozhovoru pro', 'serveru', 'deníku', 'agentuře', 'televizi', 'rádiu', 'webu', 'časopisu'],
  headFirst: true,
  inflection: {
    endings: words('ovi ého ému ího ímu ími ých ích ách ech ami ům ů ou em ým ím é á ý y u e ě a i í o'),
    alternations: [
      ['el', 'l'],
      ['ek', 'k'],
      ['ec', 'c'],
      // Plurals soften k to c: "odborníci", "analytici" beside "odborníků", "analytiků".
      ['ic', 'ik'],
      ['íc', 'ík'],
    ],
    minStem: 3,
    // Masculine names in the genitive or accusative ("Declana Rice", "Petra Fialy") and dative or instrumental.
    obliqueNameEndings: [
      ['ovi', ''],
      ['ého', 'ý'],
      ['ému', 'ý'],
      ['em', ''],
      ['y', 'a'],
      ['a', ''],
    ],
    feminineNameEndings: words('á é ou ová ové ovou'),
  },
});
