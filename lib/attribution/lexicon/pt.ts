import { defineLexicon, words } from './define';

export const pt = defineLexicon({
  lang: 'pt',
  cues: [
    {
      tone: 'neutral',
      forms: words(`disse diz dizem disseram afirmou afirma declarou declara explicou explica falou fala
        acrescentou acrescenta completou completa ressaltou ressalta destacou destaca informou informa
        anunciou anuncia comentou comenta contou conta escreveu escreve respondeu responde avaliou avalia
        apontou aponta observou observa lembrou lembra`),
    },
    {
      tone: 'loaded',
      forms: words(`alegou alega admitiu admite reconheceu reconhece negou nega insistiu insiste acusou acusa
        criticou critica denunciou denuncia garantiu garante`),
    },
  ],
  accordingTo: ['segundo', 'de acordo com', 'conforme', 'citando'],
  complementizers: ['que'],
  betweenSubjectAndCue: words('também já ainda ontem hoje'),
  clauseBoundaries: words('que quem qual onde mas porque quando se como embora enquanto'),
  leadingNoise: words('mas e além disso então também'),
  openerPrepositions: words('em no na nos nas a ao com desde durante após antes depois para por sobre entre'),
  relativePronouns: words('que quem qual quais'),
  articles: words('o os as um uma'),
  determiners: words('o a os as um uma uns umas'),
  possessives: words('seu sua seus suas'),
  pronouns: { person: ['ele', 'ela'], thing: [], plural: ['eles', 'elas'] },
  titles: words(`presidente ministro ministra secretário secretária porta-voz diretor diretora chefe deputado deputada
    senador senadora prefeito prefeita embaixador general juiz juíza procurador advogado advogada professor
    professora técnico treinador comandante especialista analista economista pesquisador pesquisadora`),
  orgHeads: words(`ministério governo comissão conselho comitê agência instituto universidade polícia exército
    tribunal partido sindicato fundação centro empresa companhia organização banco clube`),
  mediaHeads: words('jornal revista agência canal rádio televisão site programa'),
  documentHeads: words('relatório estudo pesquisa nota comunicado documento carta'),
  anonymousHeads: words('fonte fontes especialistas analistas moradores testemunhas'),
  affiliationPrepositions: ['de', 'do', 'da', 'ao', 'à', 'no', 'na', 'para', 'em'],
  nonSpeakers: words('eu nós isso isto'),
});
