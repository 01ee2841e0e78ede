import { defineLexicon, words } from './define';

export const es = defineLexicon({
  lang: 'es',
  asConjunctions: ['como', 'tal como'],
  nullSubject: true,
  inversionReach: 0,
  cues: [
    {
      tone: 'neutral',
      forms: words(`dijo dice dicen dijeron afirmó afirma declaró declara explicó explica señaló señala indicó indica
        añadió añade agregó agrega aseguró asegura anunció anuncia comentó comenta precisó precisa informó informa
        apuntó apunta advirtió advierte destacó destaca subrayó subraya manifestó manifiesta escribió escribe
        respondió responde contó cuenta considera consideró estima estimó`).concat([
        'dio a conocer', 'ha dado a conocer', 'han dado a conocer', 'da a conocer',
      ]),
    },
    {
      tone: 'loaded',
      forms: words(`sostuvo sostiene insistió insiste admitió admite reconoció reconoce negó niega denunció denuncia
        acusó acusa alegó alega reclamó reclama criticó critica`),
    },
  ],
  accordingTo: ['según', 'de acuerdo con', 'de acuerdo a', 'citando a', 'en palabras de'],
  complementizers: ['que'],
  betweenSubjectAndCue: words('ha han había habían también ya además hoy ayer'),
  clauseBoundaries: words('que quien quienes cual cuales donde pero porque cuando si como aunque mientras'),
  leadingNoise: words('pero y además sin embargo entonces también'),
  openerPrepositions: words('en a con desde durante tras antes después para por sobre entre'),
  relativePronouns: words('que quien quienes cual cuales'),
  articles: words('el la los las un una'),
  determiners: words('el la los las un una unos unas'),
  possessives: words('su sus'),
  pronouns: { person: ['él', 'ella'], thing: [], plural: ['ellos', 'ellas'] },
  titles: words(`presidente presidenta ministro ministra secretario secretaria portavoz vocero vocera director directora
    jefe jefa diputado diputada senador senadora alcalde alcaldesa embajador general juez jueza fiscal
    abogado abogada profesor profesora experto experta analista economista investigador investigadora`),
  orgHeads: words(`ministerio gobierno comisión consejo comité agencia oficina instituto universidad policía ejército
    tribunal corte partido sindicato fundación centro autoridad empresa compañía organización banco`),
  mediaHeads: words('diario periódico revista agencia cadena canal radio televisión sitio medios prensa'),
  documentHeads: words('informe estudio encuesta comunicado documento carta nota'),
  anonymousHeads: words('fuente fuentes expertos analistas funcionarios vecinos testigos'),
  affiliationPrepositions: ['de', 'del', 'en', 'a', 'al', 'para'],
  qualifiers: words(`policial policiales oficial oficiales diplomática diplomáticas diplomático diplomáticos militar militares
    gubernamental gubernamentales judicial judiciales cercana cercanas cercano cercanos anónima anónimas sanitarias
    sanitarios locales`),
  honorifics: words('sr. sra. srta. dr. dra. don doña'),
  roleModifiers: words('vice adjunto adjunta general ex nuevo nueva'),
  timeWords: words(`este esta el lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana enero febrero marzo
    abril mayo junio julio agosto septiembre octubre noviembre diciembre`),
  audiences: words('periodistas prensa medios'),
  relayLeads: ['a', 'al', 'en declaraciones a', 'en una entrevista con', 'en entrevista con'],
  objectPronouns: { person: ['él', 'ella'], plural: ['ellos', 'ellas'] },
  anaphoricHeads: words('empresa compañía ministerio organización agencia'),
  nonSpeakers: words('esto eso ello lo yo nosotros'),
});
