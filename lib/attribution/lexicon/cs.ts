import { defineLexicon, words } from './define';

export const cs = defineLexicon({
  lang: 'cs',
  articles: words('ten ta to'),
  cues: [
    {
      tone: 'neutral',
      forms: words(`řekl řekla řekli říká říkají uvedl uvedla uvedli uvádí píše píšou napsal napsala napsali
        dodal dodala dodali dodává přidává přirovnává hodnotí sdělil sdělila sdělili oznámil oznámila
        vysvětlil vysvětlila vysvětluje upozornil upozornila zdůraznil zdůraznila zdůrazňuje prohlásil
        prohlásila míní poznamenal poznamenala konstatoval konstatovala odpověděl odpověděla`),
    },
    { tone: 'loaded', forms: words('tvrdí tvrdil tvrdila tvrdili přiznal přiznala popřel popřela obvinil obvinila') },
  ],
  accordingTo: ['podle', 'dle', 'cituje'],
  complementizers: ['že'],
  betweenSubjectAndCue: words('se také už již ve svém na'),
  clauseBoundaries: words('že který která které kteří ale protože když pokud jak kde'),
  leadingNoise: words('ale a i však také'),
  openerPrepositions: words('na v ve do z ze o pro po za k ke s se u od'),
  pronouns: { person: ['on', 'ona'], thing: [], plural: ['oni'] },
  titles: words(`prezident prezidentka ministr ministryně mluvčí ředitel ředitelka šéf šéfka poslanec poslankyně
    senátor starosta velvyslanec generál soudce expert analytik ekonom profesor manažer trenér útočník
    obránce záložník kapitán`),
  roleModifiers: words('někdejší bývalý současný hlavní'),
  orgHeads: words('ministerstvo vláda komise rada výbor agentura úřad institut univerzita policie armáda soud strana klub'),
  mediaHeads: words('server web deník večerník noviny časopis agentura televize rádio'),
  nonSpeakers: words('já my to'),
  documentHeads: words('zpráva studie průzkum prohlášení dokument dopis hodnocení'),
  anonymousHeads: words('zdroj zdroje odborníci analytici experti fanoušci'),
});
