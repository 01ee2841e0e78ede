import { defineLexicon, words } from './define';

export const pt = defineLexicon({
  lang: 'pt',
  asConjunctions: ['como', 'conforme'],
  nullSubject: true,
  inversionReach: 0,
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
  qualifiers: words(`policial policiais oficial oficiais diplomática diplomáticas diplomático diplomáticos militar militares
    governamental governamentais judicial judiciais próxima próximas próximo próximos anônima anônimas anónimas locais`),
  honorifics: words('sr. sra. dr. dra. dom dona'),
  roleModifiers: words('vice adjunto adjunta geral ex novo nova'),
  timeWords: words(`nesta neste nessa nesse na no segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    sábado domingo ontem hoje janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro`),
  audiences: words('jornalistas imprensa repórteres'),
  relayLeads: ['a', 'ao', 'à', 'em entrevista a', 'em entrevista ao', 'em entrevista à'],
  objectPronouns: { person: ['ele', 'ela'], plural: ['eles', 'elas'] },
  anaphoricHeads: words('empresa companhia ministério organização agência'),
  nonSpeakers: words('eu nós isso isto'),
});
