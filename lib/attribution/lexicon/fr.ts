import { defineLexicon, words } from './define';

export const fr = defineLexicon({
  lang: 'fr',
  asConjunctions: ['comme'],
  inversionReach: 0,
  cues: [
    {
      tone: 'neutral',
      forms: words(`déclaré déclare dit affirmé affirme annoncé annonce ajouté ajoute expliqué explique
        indiqué indique précisé précise souligné souligne estimé estime rappelé rappelle répondu répond raconté raconte
        confié confie observé observe noté note jugé juge écrit assuré assure averti avertit
        confirmé confirme relevé relève signalé signale soulevé soulève considère considéré commenté commente
        déplore déploré regrette regretté`).concat(['fait savoir', 'fait part', 'a fait savoir', 'a fait part']),
    },
    {
      tone: 'loaded',
      forms: words(`prétend prétendu reconnu reconnaît admis admet nié nie démenti dément insisté insiste accusé accuse
        dénoncé dénonce revendiqué revendique critique critiqué martelé martèle clamé clame fustigé fustige
        allégué allègue menacé menace`),
    },
    { tone: 'neutral', participle: true, forms: words('arguant expliquant ajoutant estimant affirmant soulignant précisant') },
  ],
  accordingTo: ['selon', "d'après", "d’après", 'de source', 'citant', 'cité par'],
  complementizers: ['que', "qu'", 'qu’'],
  betweenSubjectAndCue: words(`a ont avait avaient aurait auraient va vont également aussi encore déjà notamment
    a-t-il a-t-elle ont-ils ont-elles t-il t-elle il elle se s' pour sa part de son côté par avance fortement`),
  clauseBoundaries: words('que qui dont où mais car lorsque quand si comme puisque tandis alors'),
  leadingNoise: words('mais et or donc ainsi pourtant cependant toutefois puis enfin aussi alors'),
  openerPrepositions: words('dans en à au aux après avant pendant depuis pour par avec sans sous sur lors selon dès'),
  relativePronouns: words('qui que dont lequel laquelle où'),
  articles: words('le la les un une ce cette ces'),
  determiners: words("le la les l' l’ un une des du de d' d’ plusieurs certains certaines quelques ce cette ces"),
  possessives: words('son sa ses leur leurs notre nos'),
  pronouns: { person: ['il', 'elle'], thing: [], plural: ['ils', 'elles'] },
  honorifics: words('m. mme mlle me dr pr'),
  titles: words(`président présidente ministre secrétaire député députée sénateur sénatrice maire porte-parole
    directeur directrice chef responsable ambassadeur général juge procureur avocat avocate professeur
    chercheur chercheuse économiste analyste expert experte rapporteur rapporteuse préfet commissaire
    dirigeant dirigeante fondateur fondatrice patron patronne conseiller conseillère premier première`),
  roleModifiers: words(`vice adjoint adjointe ancien ancienne socialiste écologiste délégué déléguée général générale
    régional régionale national nationale départemental départementale fédéral fédérale
    de la du des justice intérieur défense affaires étrangères`),
  orgHeads: words(`ministère gouvernement commission conseil comité agence office observatoire association
    institut université police gendarmerie armée tribunal cour parti syndicat fondation centre autorité
    direction assemblée sénat élysée matignon société entreprise groupe organisation ong banque cnil arcep
    préfecture mairie parquet croix-rouge onu otan syndicats associations ong`),
  mediaHeads: words('journal quotidien hebdomadaire magazine agence chaîne radio télévision site médias presse'),
  documentHeads: words('rapport étude sondage communiqué document lettre note enquête texte projet décret avis'),
  anonymousHeads: words(`responsable responsables source sources expert experts analyste analystes habitant habitants
    témoin témoins observateurs diplomate diplomates proches opposants critiques militants élus officiels
    délégué délégués déléguée`),
  qualifiers: words(`haut hauts proche proches diplomatique militaire sécuritaire politique occidental occidentaux anonyme
    syndical syndicale interne confidentiel confidentielle`),
  affiliationPrepositions: ['de', 'du', 'des', "d'", 'à', 'au', 'chez'],
  timeWords: words(`le la mardi lundi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre hier aujourd'hui matin soir`),
  audiences: words('journalistes presse députés sénateurs'),
  creditPatterns: [
    '^avec (.+?)\\.?$',
    '^(?:photo|photos|image|crédit|crédits|source)\\s*:\\s*(.+?)$',
  ],
  anaphoricHeads: words('société entreprise groupe agence organisation ministère'),
  nonSpeakers: words('il elle on ce cela ça qui que je nous'),
  subjectClitics: { person: ['il', 'elle'], plural: ['ils', 'elles'] },
  objectPronouns: { person: ['lui', 'elle'], plural: ['eux', 'elles'] },
  relayLeads: ['à', 'au', 'auprès de', 'auprès du', 'dans un entretien à', 'dans un entretien au', 'dans une interview à',
    'dans une interview au', 'au micro de'],
  documentRelays: words('consulté consultée consultés consultées obtenu obtenue obtenus obtenues vu vue').map((p) => `${p} par`),
});
