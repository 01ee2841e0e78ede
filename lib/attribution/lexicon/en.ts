import type { Lexicon } from './types';

const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const DAYS = 'monday tuesday wednesday thursday friday saturday sunday';
const words = (text: string) => text.trim().split(/\s+/);

export const en: Lexicon = {
  lang: 'en',
  inversionReach: 0,
  asConjunctions: ['as'],
  cues: [
    {
      tone: 'neutral',
      forms: words(`said says say tell tells told added adds add stated states explained explains
        noted announced announces reported reports wrote writes write commented comments remarked
        responded responds replied asked asks answered confirmed confirms observed observes
        estimated estimates predicted predicts warned warns cautioned urged urges recalled recalls described describes
        argued argues suggested suggests continued emphasised emphasized
        stressed stresses acknowledged acknowledges agreed agrees disagreed countered mentioned mentions indicated indicates
        advised testified tweeted instructed concluded concludes promised promises pledged pledges`).concat([
        'pointed out', 'points out', 'summed up', 'sums up', 'went on', 'is quoted as saying', 'was quoted as saying',
        'told reporters', 'wrote in', 'called for', 'calls for',
      ]),
    },
    {
      tone: 'loaded',
      forms: words(`claimed claims claim admitted admits admit insisted insists insist conceded concedes denied denies deny
        alleged alleges allege declared declares boasted boasts complained complains accused accuses
        denounced denounces lamented laments acknowledged asserted asserts contended contends
        threatened threatens vowed vows blasted slammed touted touts revealed reveals confessed confesses
        disclosed discloses refuted refutes bragged demanded demands`),
    },
    { tone: 'loaded', needsClause: true, forms: words('maintained maintains maintain') },
    { tone: 'neutral', parenthetical: true, forms: words('think thinks believe believes suspect suspects fear fears') },
    { tone: 'neutral', forms: ['called', 'calls', 'dubbed', 'labeled', 'labelled', 'posted', 'wrote on'], needsQuote: true },
    {
      tone: 'neutral',
      evidential: true,
      forms: words(`found finds show shows showed determined concluded concludes estimated estimates
        identified identifies projected projects ranked ranks recommended recommends states stated suggested suggests
        warned warns assessed assesses`),
    },
    {
      tone: 'neutral',
      participle: true,
      forms: words(`saying adding noting telling explaining arguing stating writing warning describing asking
        calling`),
    },
    { tone: 'loaded', participle: true, forms: words('claiming insisting admitting denying accusing alleging denouncing boasting') },
  ],
  accordingTo: ['according to', 'citing', 'per', 'as reported by', 'reported by', 'quoted by', 'in the words of'],
  complementizers: ['that'],
  betweenSubjectAndCue: words(`has have had is was were are will would could also all both previously recently repeatedly
    once later then earlier often never always first initially subsequently publicly privately separately again
    already further just later last reportedly has been had been did does do not later himself herself itself
    themselves yesterday today tonight`),
  clauseBoundaries: words(`that which who whom whose but because while when whereas although though where since if
    unless so as after before until what how why`),
  leadingNoise: words(`but and so yet still meanwhile however now then also moreover besides instead indeed
    in fact furthermore nevertheless nonetheless thus hence therefore plus or nor even only just
    separately additionally`),
  openerPrepositions: words(`in on at after before during since for by with without from under over within throughout
    despite amid following last this next earlier later yesterday today speaking asked when while as of
    according about like unlike given upon once into`),
  relativePronouns: words('who which whose whom that where'),
  articles: words('the a an this these those'),
  determiners: words(`the a an some many several most few two three four five six seven eight nine ten dozens
    hundreds numerous various other another one both all each every any no this these those such`),
  possessives: words('his her its their our my your'),
  pronouns: { person: ['he', 'she'], thing: ['it'], plural: ['they', 'we'] },
  honorifics: words('mr mr. mrs mrs. ms ms. miss dr dr. sir dame prof prof. rev rev. mx mx.'),
  titles: words(`president vice-president minister secretary leader senator sen. sen representative rep. rep congressman
    congresswoman governor gov. mayor chairman chairwoman chair chairperson chief director spokesman spokeswoman
    spokesperson commissioner deputy ambassador envoy general gen. colonel col. lieutenant lt. major maj. captain capt.
    sergeant sgt. admiral officer inspector detective superintendent professor prof. judge justice king queen prince
    princess pope premier chancellor prime minister ceo cfo coo cto founder co-founder cofounder executive manager
    coach skipper editor correspondent reporter analyst economist researcher scientist lawyer attorney counsel
    adviser advisor aide official diplomat consul secretary-general commander head president-elect vice-chair
    spokesman spokeswoman fellow partner owner officer investigator expert physician doctor nurse surgeon
    ranger supervisor worker engineer developer programmer designer artist musician actor singer player star
    veteran student teacher pastor farmer fisherman colleague friend mother father wife husband son daughter
    brother sister neighbor neighbour boss employee fan customer patient victim survivor owner tenant resident principal dean provost rector chairman sheriff deputy
    mp lawmaker legislator councillor councilor councilman councilwoman member candidate nominee activist
    campaigner organizer organiser historian author writer commenter blogger columnist photographer producer
    cardinal bishop archbishop rabbi imam cleric monk priest sheikh emir sultan strongman
    psychologist psychiatrist therapist sociologist biologist epidemiologist virologist ecologist geologist
    climatologist physicist chemist astronomer pediatrician cardiologist strategist pollster consultant narrator
    treasurer comptroller controller auditor assessor clerk marshal registrar magistrate prosecutor solicitor
    barrister trustee alderman selectman delegate assemblyman assemblywoman assemblymember administrator
    coordinator advocate organizer director-general striker forward defender midfielder goalkeeper keeper
    quarterback pitcher catcher shortstop outfielder guard centre center winger fullback batsman bowler
    referee umpire jockey driver rider cyclist runner swimmer boxer golfer sprinter manager-elect
    epidemiologist meteorologist forecaster seismologist volcanologist hydrologist nutritionist dietitian
    ceo-elect superintendent paramedic firefighter trooper constable assistant`),
  roleModifiers: words(`deputy vice assistant associate acting interim former ex senior junior chief principal
    executive managing general foreign defense defence interior finance justice health education trade
    economy economic energy environment transport labor labour agriculture press public state federal
    national regional local district county city metro political military security intelligence
    opposition party parliamentary presidential prime first top lead leading head permanent special
    international communications research policy legal technical medical country global
    senior-most staff`),
  orgHeads: words(`ministry ministries department departments agency agencies office offices observatory society
    group groups council committee commission organization organizations organisation organisations association
    institute institution university college school academy police government governments administration army
    military navy force forces court courts company companies corporation corp corp. inc inc. ltd llc plc firm
    firms bank banks party parties union unions foundation center centre centers bureau service services
    authority authorities board network federation league fund programme program watch monitor monitors
    coalition alliance corps international church hospital hospitals clinic charity charities ngo ngos embassy embassies
    consulate cabinet parliament congress senate assembly kremlin pentagon regime prosecutors prosecutor's
    utility exchange federation trust campaign movement front brigade brigades militia rebels
    team teams club mission secretariat tribunal directorate inspectorate regulator commission
    administration house`),
  mediaHeads: words(`media newspaper newspapers magazine daily tabloid broadcaster channel television tv radio station
    agency outlet outlets press wire website site blog journal gazette times post herald tribune news
    reports reporting reporter`),
  documentHeads: words(`report reports study studies survey surveys poll polls statement statements memo memorandum
    document documents letter letters filing filings analysis analyses data records record figures release
    communique communiqué notes note plan proclamation paper papers audit review assessment estimate
    estimates forecast forecasts research findings complaint lawsuit indictment ruling verdict order
    decree resolution transcript cable cables email emails message messages post tweet article articles
    footage video investigation dossier index census bulletin`),
  anonymousHeads: words(`official officials source sources analyst analysts expert experts diplomat diplomats people
    person resident residents witness witnesses observer observers critic critics economist economists
    scientist scientists researcher researchers lawmaker lawmakers legislators legislator activist activists
    insider insiders aide aides spokesman spokeswoman spokesperson spokespeople member members investigator
    investigators authorities doctor doctors medic medics worker workers employee employees
    elder elders leader leaders commander commanders soldier soldiers police officer officers
    hawks hawk poster posters user users commentators commentator observers campaigners supporters
    opponents protesters protestors locals villagers families relatives friends neighbours neighbors
    colleagues historians engineers executives managers someone some many others several narrator`),
  qualifiers: words(`senior junior high-ranking high-level top-level top mid-level low-level political diplomatic
    military security intelligence western european american russian chinese syrian ukrainian israeli
    palestinian iranian turkish arab british french german u.s. us foreign local regional federal state
    government administration police law enforcement industry independent anonymous unnamed unidentified
    knowledgeable informed familiar several some many two three four most other indigenous former`),
  affiliationPrepositions: ['of', 'at', 'from', 'for', 'with', 'in'],
  timeWords: words(`on in at late early earlier later last this next ${MONTHS} ${DAYS} yesterday today tonight
    morning afternoon evening night week month year weekend day days weeks months years ago recently
    previously in statement interview`).concat(words('0 1 2 3 4 5 6 7 8 9')),
  audiences: words(`reporters journalists lawmakers parliament congress senate committee audience crowd supporters
    cops police investigators officials members viewers listeners readers students parents colleagues
    friends staff employees him her them us me you people court jurors judge conference briefing`),
  creditPatterns: [
    // "With (additional) reporting by X" credits a contributor; a bare "Reporting by X; Editing by Y" is the byline.
    '^(?:with (?:additional )?|additional )reporting by (.+?)\\.?$',
    '^(.+?) contributed(?: reporting| research| additional reporting)?(?: to this (?:report|article|story))?\\.?$',
    '^(?:photo|photos|photograph|image|picture|video|illustration|credit|credits|source)s?(?: by)?\\s*:\\s*(.+?)$',
    '(?:^|[.!?)\\]”"])\\s*credit(?:credit)?\\s*:?\\s*(\\S.+)$',
    '^\\s*©\\s*(?:\\d{4}\\s+)?provided by\\s+((?:\\p{Lu}\\S*\\s+){0,4}?(?:Inc|Ltd|LLC|Corp|Media|News|Group|Limited)\\.?)(?=\\s|$)',
    '^(?:edited|compiled|written) by (.+?)\\.?$',
  ],
  creditNoise: words(`supplied handout file files screenshot screengrab courtesy reuters/file ap/file getty
    stock archive archives author staff unknown shutterstock`),
  bylinePrepositions: ['from'],
  anaphoricHeads: words('company firm group agency organization organisation utility site network department ministry'),
  subjectClitics: { person: [], plural: [] },
  objectPronouns: { person: ['him', 'her'], plural: ['them'] },
  relayLeads: [
    'in an interview with', 'in an interview on', 'in a phone interview with', 'in a telephone interview with',
    'in a statement to', 'in comments to', 'in remarks to', 'in an email to', 'in a call with', 'speaking to', 'speaking with',
  ],
  documentRelays: ['seen by', 'reviewed by', 'obtained by', 'viewed by', 'examined by', 'verified by', 'shared with', 'provided to', 'leaked to'],
  headFirst: false,
  inflection: null,
  nonSpeakers: words(`it this that there here which what who whom one something nothing everything anyone everyone
    nobody someone i we you me us i'd i'm i've we're we've we'd you're they're he's she's`),
};
