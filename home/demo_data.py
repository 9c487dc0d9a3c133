"""Demo content for the site shell, drawn from ../shared/seeds (see seed_demo)."""

# The network publishing the hub (fictional contact data, reserved domain).
SITE = {
    "network_name": "UDESS 05",
    "contact_email": "contact@udess05.example.org",
    "phone": "04 92 00 00 00",
    "address": "8 rue des Coopérateurs, 05000 Gap",
    "social": {
        "mastodon": "https://mastodon.example.org/@udess05",
        "facebook": "https://facebook.example.org/udess05",
        "linkedin": "https://linkedin.example.org/company/udess05",
        "peertube": "https://peertube.example.org/c/udess05",
    },
}

# Home page texts, one dict per language.
HOME = {
    "fr": {
        "title": "Accueil",
        "hero_title": "L'économie sociale et solidaire des Hautes-Alpes, ensemble",
        "hero_intro": (
            "Un agenda commun, un annuaire des structures, une salle de presse : le Hub ESS 05 "
            "rassemble en un seul lieu ce que font les associations, coopératives et mutuelles "
            "du département, de Briançon au Buëch."
        ),
        "intro": (
            "Le Hub ESS 05 est né d'une demande exprimée au forum de l'ESS d'Embrun en 2018 : "
            "disposer d'« une grande plate-forme communicative de l'ESS sur les Hautes-Alpes "
            "», tournée vers l'extérieur, et d'un événementiel en commun. Il est porté par "
            "l'UDESS 05, l'union départementale de l'économie sociale et solidaire.\n\nChaque "
            "structure membre y publie une seule fois ses événements et ses actualités, ou y "
            "raccorde l'agenda qu'elle tient déjà. Habitants, nouveaux arrivants, visiteurs et "
            "journalistes y trouvent ce qui se passe près de chez eux, par vallée, par thème "
            "et par date.\n\nDerrière les chiffres, il y a des ludothèques, des plateformes "
            "paysannes, des pôles de santé, des festivals de village, une monnaie locale et "
            "des tiers-lieux : une économie de proximité, non délocalisable, qui fait vivre "
            "nos vallées."
        ),
        "figures": [
            {"value": "850", "label": "établissements employeurs de l'ESS"},
            {"value": "6 381", "label": "emplois salariés"},
            {
                "value": "20 %",
                "label": "des emplois privés du département, près d'un sur cinq",
            },
            {"value": "70", "label": "structures membres de l'union départementale"},
        ],
        "figures_source": "Insee Clap 2015 ; UDESS 05 pour le nombre de membres",
    },
    "en": {
        "title": "Home",
        "hero_title": "The social and solidarity economy of the Hautes-Alpes, together",
        "hero_intro": (
            "One shared events agenda, one directory of organisations, one newsroom: Hub ESS "
            "05 brings together in one place what the department's associations, cooperatives "
            "and mutuals do, from Briançon to the Buëch valley."
        ),
        "intro": (
            "Hub ESS 05 grew out of a request made at the 2018 ESS forum in Embrun: “one big "
            "communication platform for the ESS of the Hautes-Alpes”, facing outwards, and "
            "events organised together. It is run by UDESS 05, the departmental union of the "
            "social and solidarity economy.\n\nEach member organisation publishes its events "
            "and news here once, or connects the calendar it already keeps. Residents, "
            "newcomers, visitors and journalists find what is happening near them, by valley, "
            "by theme and by date.\n\nBehind the figures there are toy libraries, farmers' "
            "supply platforms, health centres, village festivals, a local currency and third "
            "places: a local economy that cannot be moved elsewhere and that keeps our valleys "
            "alive."
        ),
        "figures": [
            {"value": "850", "label": "employer establishments in the ESS"},
            {"value": "6,381", "label": "salaried jobs"},
            {
                "value": "20%",
                "label": "of private-sector jobs in the department, nearly one in five",
            },
            {"value": "70", "label": "member organisations of the departmental union"},
        ],
        "figures_source": "Insee Clap 2015; UDESS 05 for the number of members",
    },
    "it": {
        "title": "Home",
        "hero_title": "L'economia sociale e solidale delle Alte Alpi, insieme",
        "hero_intro": (
            "Un'agenda comune, un elenco delle organizzazioni, una sala stampa: l'Hub ESS 05 "
            "riunisce in un unico luogo ciò che fanno le associazioni, le cooperative e le "
            "mutue del dipartimento, da Briançon alla valle del Buëch."
        ),
        "intro": (
            "L'Hub ESS 05 nasce da una richiesta emersa al forum dell'ESS di Embrun nel 2018: "
            "disporre di «una grande piattaforma di comunicazione dell'ESS delle Alte Alpi», "
            "rivolta verso l'esterno, e di eventi organizzati insieme. È gestito dall'UDESS "
            "05, l'unione dipartimentale dell'economia sociale e solidale.\n\nOgni "
            "organizzazione aderente vi pubblica una sola volta i propri eventi e le proprie "
            "notizie, oppure vi collega il calendario che già tiene. Abitanti, nuovi arrivati, "
            "visitatori e giornalisti vi trovano ciò che succede vicino a loro, per valle, per "
            "tema e per data.\n\nDietro le cifre ci sono ludoteche, piattaforme contadine, "
            "poli sanitari, festival di paese, una moneta locale e terzi luoghi: un'economia "
            "di prossimità, non delocalizzabile, che fa vivere le nostre valli."
        ),
        "figures": [
            {"value": "850", "label": "sedi con dipendenti dell'ESS"},
            {"value": "6.381", "label": "posti di lavoro dipendente"},
            {
                "value": "20%",
                "label": "dei posti di lavoro privati del dipartimento, quasi uno su cinque",
            },
            {"value": "70", "label": "organizzazioni aderenti all'unione dipartimentale"},
        ],
        "figures_source": "Insee Clap 2015; UDESS 05 per il numero di aderenti",
    },
}

# Standard content pages under the home page: the network, its forums, how to
# join, accessibility statement, legal notice. slug is French; titles/bodies per
# language. Body blocks: heading, paragraph, quote, list.
PAGES = [
    {
        "slug": "le-reseau",
        "in_menu": True,
        "fr": {
            "title": "Le réseau",
            "intro": (
                "L'UDESS 05 rassemble les associations, coopératives, mutuelles, fondations et "
                "entreprises solidaires des Hautes-Alpes pour qu'elles se connaissent, "
                "coopèrent et portent ensemble la parole de l'ESS."
            ),
            "body": [
                ("heading", "Une économie de proximité dans un département de montagne"),
                (
                    "paragraph",
                    (
                        "Territoire de montagne, enclavé et faiblement peuplé, sans grande "
                        "industrie, les Hautes-Alpes doivent leur dynamisme et leur "
                        "attractivité à la qualité de leur économie de proximité. Elle fournit "
                        "des emplois non délocalisables et des services à la population "
                        "permanente comme aux touristes.\n\nL'économie sociale et solidaire en "
                        "est une part essentielle : 850 établissements employeurs et 6 381 "
                        "emplois salariés, soit près de 20 % des emplois privés du département "
                        "(Insee Clap 2015)."
                    ),
                ),
                ("heading", "Nos forces"),
                (
                    "list",
                    [
                        (
                            "Des dirigeants, salariés et bénévoles engagés, présents sur tout "
                            "le territoire et capables d'innover pour répondre aux besoins."
                        ),
                        (
                            "Une union départementale de l'ESS d'environ 70 membres, qui "
                            "organise chaque année le forum de l'ESS 05."
                        ),
                        (
                            "Une quarantaine de projets citoyens innovants soutenus en cinq "
                            "ans par le programme Hors-Pistes de la Fondation de France."
                        ),
                        (
                            "Des mutualisations et des coopérations déjà à l'œuvre : ADELHA, "
                            "ADSCB, Locommun, Créacoop, Échanges Paysans, Manger Bio en "
                            "Provence, le Pôle de santé Champsaur-Valgaudemar, Serres "
                            "Lez'Arts, Koopera…"
                        ),
                    ],
                ),
                ("heading", "Nos fragilités"),
                (
                    "paragraph",
                    (
                        "L'offre de services reste souvent cloisonnée par secteur d'activité, "
                        "par territoire et par public. Il est alors plus difficile de "
                        "s'adapter aux grands changements : nouvelle répartition des "
                        "compétences des collectivités issue de la loi NOTRe, vieillissement "
                        "de la population, arrivée de nouveaux habitants venus des villes, "
                        "essor rapide du numérique. Beaucoup de structures sont fragiles "
                        "économiquement.\n\nL'enquête menée en 2018 avec l'Agence de "
                        "développement des Hautes-Alpes et le cabinet CEIS l'a confirmé : ces "
                        "innovations sociales restent fragiles. Elles ont besoin d'ingénierie "
                        "et d'animation pour « sortir le nez du guidon », d'appui juridique, "
                        "d'appui à la communication interne et externe, de soutien politique "
                        "et de financements diversifiés."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Il existe un potentiel d'activités dans les territoires qui "
                            "pourraient voir le jour grâce à une mise en réseau et une "
                            "coopération entre acteurs de l'économie sociale et solidaire."
                        ),
                        "attribution": (
                            "Cahier « Coopérer / Mutualiser » des réseaux territoriaux "
                            "d'acteurs de l'ESS"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "L'UDESS 05 est la plate-forme de réflexion et de coordination de ce "
                        "collectif. Son groupe de travail « Cluster 05 Innovation sociale » et "
                        "un comité de pilotage interinstitutionnel appuient les groupes de "
                        "travail thématiques et territoriaux, pour relier les initiatives et "
                        "faire système à l'échelle des Hautes-Alpes."
                    ),
                ),
            ],
        },
        "en": {
            "title": "The network",
            "intro": (
                "UDESS 05 brings together the associations, cooperatives, mutuals, foundations "
                "and social enterprises of the Hautes-Alpes so that they get to know one "
                "another, cooperate and speak up together for the social and solidarity "
                "economy."
            ),
            "body": [
                ("heading", "A local economy in a mountain department"),
                (
                    "paragraph",
                    (
                        "A mountain territory, remote and sparsely populated, with no heavy "
                        "industry, the Hautes-Alpes owe their vitality and appeal to the "
                        "quality of their local economy. It provides jobs that cannot be moved "
                        "elsewhere and services for both year-round residents and tourists.\n\n"
                        "The social and solidarity economy (ESS) is an essential part of it: "
                        "850 employer establishments and 6,381 salaried jobs, nearly 20% of "
                        "private-sector jobs in the department (Insee Clap 2015)."
                    ),
                ),
                ("heading", "Our strengths"),
                (
                    "list",
                    [
                        (
                            "Committed managers, employees and volunteers, present across the "
                            "whole territory and able to innovate to meet people's needs."
                        ),
                        (
                            "A departmental ESS union of about 70 members, which holds the ESS "
                            "05 forum every year."
                        ),
                        (
                            "Some forty innovative citizen projects supported over five years "
                            "by the Fondation de France's Hors-Pistes programme."
                        ),
                        (
                            "Pooling and cooperation already under way: ADELHA, ADSCB, "
                            "Locommun, Créacoop, Échanges Paysans, Manger Bio en Provence, the "
                            "Champsaur-Valgaudemar health centre, Serres Lez'Arts, Koopera…"
                        ),
                    ],
                ),
                ("heading", "Our weaknesses"),
                (
                    "paragraph",
                    (
                        "Services are often split by sector, by territory and by audience. "
                        "That makes it harder to adapt to major changes: the new division of "
                        "powers between local authorities under the NOTRe Act, an ageing "
                        "population, newcomers moving in from the cities, the fast spread of "
                        "digital tools. Many organisations are economically fragile.\n\nThe "
                        "2018 survey carried out with the Hautes-Alpes development agency and "
                        "the consultancy CEIS confirmed it: these social innovations remain "
                        "fragile. They need project engineering and facilitation to “lift "
                        "their heads from the handlebars”, legal support, help with internal "
                        "and external communication, political backing and more diverse "
                        "funding."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "There is a potential for activities in our territories that could "
                            "come to life through networking and cooperation between actors of "
                            "the social and solidarity economy."
                        ),
                        "attribution": (
                            "“Cooperate / Pool” paper of the territorial networks of ESS actors"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "UDESS 05 is the forum for reflection and coordination of this "
                        "collective. Its “Cluster 05 Social Innovation” working group and an "
                        "inter-institutional steering committee support the thematic and local "
                        "working groups, so as to link initiatives and make them work as one "
                        "system across the Hautes-Alpes."
                    ),
                ),
            ],
        },
        "it": {
            "title": "La rete",
            "intro": (
                "L'UDESS 05 riunisce le associazioni, le cooperative, le mutue, le fondazioni "
                "e le imprese solidali delle Alte Alpi perché si conoscano, cooperino e diano "
                "voce insieme all'economia sociale e solidale."
            ),
            "body": [
                ("heading", "Un'economia di prossimità in un dipartimento di montagna"),
                (
                    "paragraph",
                    (
                        "Territorio di montagna, isolato e poco popolato, senza grande "
                        "industria, le Alte Alpi devono il loro dinamismo e la loro "
                        "attrattività alla qualità dell'economia di prossimità. Questa offre "
                        "posti di lavoro non delocalizzabili e servizi sia alla popolazione "
                        "residente sia ai turisti.\n\nL'economia sociale e solidale (ESS) ne è "
                        "una parte essenziale: 850 sedi con dipendenti e 6.381 posti di lavoro "
                        "dipendente, cioè quasi il 20% dei posti di lavoro privati del "
                        "dipartimento (Insee Clap 2015)."
                    ),
                ),
                ("heading", "I nostri punti di forza"),
                (
                    "list",
                    [
                        (
                            "Dirigenti, dipendenti e volontari impegnati, presenti su tutto il "
                            "territorio e capaci di innovare per rispondere ai bisogni."
                        ),
                        (
                            "Un'unione dipartimentale dell'ESS con circa 70 aderenti, che "
                            "organizza ogni anno il forum dell'ESS 05."
                        ),
                        (
                            "Una quarantina di progetti civici innovativi sostenuti in cinque "
                            "anni dal programma Hors-Pistes della Fondation de France."
                        ),
                        (
                            "Condivisioni e cooperazioni già in atto: ADELHA, ADSCB, Locommun, "
                            "Créacoop, Échanges Paysans, Manger Bio en Provence, il polo "
                            "sanitario Champsaur-Valgaudemar, Serres Lez'Arts, Koopera…"
                        ),
                    ],
                ),
                ("heading", "Le nostre fragilità"),
                (
                    "paragraph",
                    (
                        "L'offerta di servizi resta spesso divisa per settore, per territorio "
                        "e per pubblico. Diventa così più difficile adattarsi ai grandi "
                        "cambiamenti: la nuova ripartizione delle competenze tra enti locali "
                        "prevista dalla legge NOTRe, l'invecchiamento della popolazione, "
                        "l'arrivo di nuovi abitanti dalle città, la rapida diffusione del "
                        "digitale. Molte organizzazioni sono economicamente fragili.\n\n"
                        "L'indagine condotta nel 2018 con l'Agenzia di sviluppo delle Alte "
                        "Alpi e la società di consulenza CEIS lo ha confermato: queste "
                        "innovazioni sociali restano fragili. Hanno bisogno di progettazione e "
                        "di animazione per «alzare la testa dal manubrio», di supporto "
                        "giuridico, di aiuto nella comunicazione interna ed esterna, di "
                        "sostegno politico e di finanziamenti diversificati."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nei territori esiste un potenziale di attività che potrebbe "
                            "nascere grazie al lavoro in rete e alla cooperazione tra gli "
                            "attori dell'economia sociale e solidale."
                        ),
                        "attribution": (
                            "Quaderno «Cooperare / Condividere» delle reti territoriali di "
                            "attori dell'ESS"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "L'UDESS 05 è lo spazio di riflessione e di coordinamento di questo "
                        "collettivo. Il suo gruppo di lavoro «Cluster 05 Innovazione sociale» "
                        "e un comitato di pilotaggio interistituzionale sostengono i gruppi di "
                        "lavoro tematici e territoriali, per collegare le iniziative e farle "
                        "funzionare come un sistema in tutte le Alte Alpi."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "les-forums",
        "in_menu": True,
        "fr": {
            "title": "Les forums",
            "intro": (
                "Chaque année, le forum de l'ESS 05 réunit salariés, bénévoles, élus, "
                "étudiants et habitants pour faire le point et lancer des coopérations."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Le forum est le rendez-vous annuel du réseau : conférences, "
                        "témoignages, ateliers et moments de convivialité. Ses conclusions "
                        "nourrissent le travail de l'UDESS 05 tout au long de l'année, et "
                        "c'est de l'un d'eux qu'est née l'idée de ce site."
                    ),
                ),
                ("heading", "Trois temps forts"),
                (
                    "list",
                    [
                        (
                            "2018, Embrun : le 13e forum et ses cinq ateliers sur la "
                            "mutualisation et la coopération."
                        ),
                        (
                            "2019, Tallard : une table ronde sur les coopérations au service "
                            "de l'innovation sociale."
                        ),
                        (
                            "2021 : « Quelles utopies locales, solidaires et écologiques ? » "
                            "et le lancement d'Altitudes Coopérantes."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": "Il y a un autre monde, mais il est dans celui-ci.",
                        "attribution": "Paul Éluard, cité par Timothée Duverger au forum 2021",
                    },
                ),
            ],
        },
        "en": {
            "title": "The forums",
            "intro": (
                "Every year, the ESS 05 forum brings together staff, volunteers, elected "
                "officials, students and residents to take stock and start new cooperation."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The forum is the network's yearly gathering: talks, first-hand "
                        "accounts, workshops and time to get together. Its conclusions feed "
                        "the work of UDESS 05 throughout the year, and the idea for this "
                        "website came out of one of them."
                    ),
                ),
                ("heading", "Three highlights"),
                (
                    "list",
                    [
                        (
                            "2018, Embrun: the 13th forum and its five workshops on pooling "
                            "and cooperation."
                        ),
                        "2019, Tallard: a round table on cooperation for social innovation.",
                        (
                            "2021: “Which local, solidarity-based and ecological utopias?” and "
                            "the launch of Altitudes Coopérantes."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": "There is another world, but it is in this one.",
                        "attribution": "Paul Éluard, quoted by Timothée Duverger at the 2021 forum",
                    },
                ),
            ],
        },
        "it": {
            "title": "I forum",
            "intro": (
                "Ogni anno il forum dell'ESS 05 riunisce dipendenti, volontari, amministratori "
                "locali, studenti e abitanti per fare il punto e avviare nuove cooperazioni."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Il forum è l'appuntamento annuale della rete: conferenze, "
                        "testimonianze, laboratori e momenti conviviali. Le sue conclusioni "
                        "alimentano il lavoro dell'UDESS 05 durante tutto l'anno, ed è da uno "
                        "di questi forum che è nata l'idea di questo sito."
                    ),
                ),
                ("heading", "Tre momenti salienti"),
                (
                    "list",
                    [
                        (
                            "2018, Embrun: il 13° forum e i suoi cinque laboratori sulla "
                            "condivisione e sulla cooperazione."
                        ),
                        (
                            "2019, Tallard: una tavola rotonda sulle cooperazioni al servizio "
                            "dell'innovazione sociale."
                        ),
                        (
                            "2021: «Quali utopie locali, solidali ed ecologiche?» e l'avvio di "
                            "Altitudes Coopérantes."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": "C'è un altro mondo, ma è in questo.",
                        "attribution": "Paul Éluard, citato da Timothée Duverger al forum 2021",
                    },
                ),
            ],
        },
        "children": [
            {
                "slug": "forum-2018-embrun",
                "in_menu": True,
                "fr": {
                    "title": "Forum 2018 à Embrun",
                    "intro": (
                        "Le 6 novembre 2018, le 13e forum de l'ESS 05 a présenté à Embrun les "
                        "résultats d'une enquête auprès des structures du département et réuni "
                        "cinq ateliers de travail sur la coopération."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "À la demande de l'UDESS 05 et de l'ADDET, le cabinet CEIS a "
                                "interrogé 310 établissements de l'ESS (28 réponses) pour "
                                "repérer les leviers de coopération et de mutualisation. Cinq "
                                "besoins prioritaires en sont ressortis ; ils sont devenus "
                                "cinq ateliers, chacun ouvert par un témoignage."
                            ),
                        ),
                        ("heading", "Mutualisation de matériels et de locaux"),
                        (
                            "paragraph",
                            (
                                "Avec le témoignage de Locommun, locaux partagés à Gap. Un "
                                "local unique n'est pas la seule solution : on peut imaginer "
                                "un archipel de lieux, par exemple trois lieux qui regroupent "
                                "chacun trois ou quatre structures, avec une fonction "
                                "dominante (événements, formation…). Se rassembler permet de "
                                "proposer ce qu'on ne pourrait pas proposer seul : espaces de "
                                "convivialité, crèche, cantine.\n\nPistes concrètes : une "
                                "université d'hiver de Locommun pour reposer les bases d'un "
                                "projet partagé, un Locommun éphémère, un festival pour gagner "
                                "en visibilité, des espaces d'accueil et pas seulement des "
                                "bureaux."
                            ),
                        ),
                        ("heading", "Formation professionnelle et ressources humaines"),
                        (
                            "paragraph",
                            (
                                "Avec le témoignage d'Animacoop, une offre de formation "
                                "conjointe. Les participants ont demandé des formations "
                                "courtes et longues à la coopération pour les professionnels, "
                                "les bénévoles et les élus, si possible dans les Hautes-Alpes, "
                                "un suivi après la formation, une plateforme numérique qui "
                                "regroupe toutes les formations, et des outils d'emploi "
                                "partagé : plateforme d'emploi en temps partagé, groupements "
                                "d'employeurs."
                            ),
                        ),
                        ("heading", "Mutualisation et coopération sur la communication"),
                        (
                            "paragraph",
                            (
                                "Après un témoignage sur les difficultés des agendas partagés "
                                "et les solutions possibles, l'atelier a fixé le cap : une "
                                "grande plate-forme communicative de l'ESS sur les "
                                "Hautes-Alpes, tournée vers l'extérieur ; une plateforme "
                                "commune d'échange de données entre acteurs de l'ESS ; un ou "
                                "plusieurs événements en commun pour mélanger les publics ; et "
                                "pourquoi pas une agence de communication mutualisée (création "
                                "graphique, imprimerie, plateforme web).\n\nPour y aller : "
                                "partager les valeurs qui nous rassemblent, se rencontrer "
                                "régulièrement et dans la convivialité, apprendre à se "
                                "connaître, valoriser les compétences de chacun en "
                                "communication. Le Hub ESS 05 est la réponse du réseau à cette "
                                "demande."
                            ),
                        ),
                        (
                            "list",
                            [
                                (
                                    "Coopération financière : outils comptables mutualisés (« "
                                    "Comptasso »), besoin de trésorerie à court terme (« "
                                    "BanquAsso »), avances des financeurs, promotion de la "
                                    "monnaie locale."
                                ),
                                (
                                    "Projets communs : témoignage de Manger Bio en Provence ; "
                                    "idées d'une SCIC départementale d'au moins dix "
                                    "structures, d'une fondation territoriale, de coopérations "
                                    "transfrontalières avec l'Italie et de ressourceries "
                                    "citoyennes."
                                ),
                            ],
                        ),
                    ],
                },
                "en": {
                    "title": "2018 forum in Embrun",
                    "intro": (
                        "On 6 November 2018, the 13th ESS 05 forum in Embrun presented the "
                        "results of a survey of the department's organisations and held five "
                        "workshops on cooperation."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "At the request of UDESS 05 and ADDET, the consultancy CEIS "
                                "surveyed 310 ESS establishments (28 replies) to identify "
                                "levers for cooperation and pooling. Five priority needs "
                                "emerged; they became five workshops, each opened by a "
                                "first-hand account."
                            ),
                        ),
                        ("heading", "Pooling equipment and premises"),
                        (
                            "paragraph",
                            (
                                "With an account from Locommun, shared premises in Gap. A "
                                "single building is not the only answer: think of an "
                                "archipelago of places, for instance three sites each grouping "
                                "three or four organisations, each with a main function "
                                "(events, training…). Coming together makes it possible to "
                                "offer what no one could offer alone: social spaces, a crèche, "
                                "a canteen.\n\nPractical next steps: a Locommun winter school "
                                "to lay the foundations of a shared project again, a pop-up "
                                "Locommun, a festival to become more visible, welcoming spaces "
                                "and not only offices."
                            ),
                        ),
                        ("heading", "Vocational training and human resources"),
                        (
                            "paragraph",
                            (
                                "With an account from Animacoop, a jointly run training "
                                "course. Participants asked for short and long courses on "
                                "cooperation for staff, volunteers and elected board members, "
                                "if possible in the Hautes-Alpes; follow-up after training; "
                                "one online platform listing all courses; and tools for shared "
                                "employment: a time-share job platform and employers' groups."
                            ),
                        ),
                        ("heading", "Pooling and cooperation on communication"),
                        (
                            "paragraph",
                            (
                                "After an account of how hard shared agendas are in practice "
                                "and what could fix it, the workshop set the course: one big "
                                "communication platform for the ESS of the Hautes-Alpes, "
                                "facing outwards; a shared platform for exchanging data "
                                "between ESS actors; one or several events held together to "
                                "mix audiences; and perhaps a pooled communication agency "
                                "(graphic design, printing, web platform).\n\nHow to get "
                                "there: share the values that bring us together, meet "
                                "regularly and convivially, get to know one another, and make "
                                "the most of everyone's communication skills. Hub ESS 05 is "
                                "the network's answer to that request."
                            ),
                        ),
                        (
                            "list",
                            [
                                (
                                    "Financial cooperation: pooled accounting tools "
                                    "(“Comptasso”), short-term cash needs (“BanquAsso”), "
                                    "advances from funders, promotion of the local currency."
                                ),
                                (
                                    "Joint projects: an account from Manger Bio en Provence; "
                                    "ideas for a departmental SCIC of at least ten "
                                    "organisations, a territorial foundation, cross-border "
                                    "cooperation with Italy and citizen reuse centres."
                                ),
                            ],
                        ),
                    ],
                },
                "it": {
                    "title": "Forum 2018 a Embrun",
                    "intro": (
                        "Il 6 novembre 2018 il 13° forum dell'ESS 05 ha presentato a Embrun i "
                        "risultati di un'indagine tra le organizzazioni del dipartimento e ha "
                        "riunito cinque laboratori di lavoro sulla cooperazione."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "Su richiesta dell'UDESS 05 e dell'ADDET, la società di "
                                "consulenza CEIS ha interpellato 310 sedi dell'ESS (28 "
                                "risposte) per individuare le leve della cooperazione e della "
                                "condivisione. Ne sono emersi cinque bisogni prioritari, "
                                "diventati cinque laboratori, ciascuno aperto da una "
                                "testimonianza."
                            ),
                        ),
                        ("heading", "Condivisione di attrezzature e locali"),
                        (
                            "paragraph",
                            (
                                "Con la testimonianza di Locommun, locali condivisi a Gap. "
                                "Un'unica sede non è la sola soluzione: si può pensare a un "
                                "arcipelago di luoghi, per esempio tre sedi che riuniscono "
                                "ciascuna tre o quattro organizzazioni, ognuna con una "
                                "funzione prevalente (eventi, formazione…). Stare insieme "
                                "permette di offrire ciò che nessuno potrebbe offrire da solo: "
                                "spazi di convivialità, un asilo nido, una mensa.\n\nPiste "
                                "concrete: un'università invernale di Locommun per ridefinire "
                                "le basi di un progetto condiviso, un Locommun temporaneo, un "
                                "festival per farsi conoscere, spazi di accoglienza e non solo "
                                "uffici."
                            ),
                        ),
                        ("heading", "Formazione professionale e risorse umane"),
                        (
                            "paragraph",
                            (
                                "Con la testimonianza di Animacoop, un'offerta formativa "
                                "comune. I partecipanti hanno chiesto corsi brevi e lunghi "
                                "sulla cooperazione per professionisti, volontari e "
                                "amministratori, se possibile nelle Alte Alpi; un "
                                "accompagnamento dopo la formazione; una piattaforma digitale "
                                "che raccolga tutti i corsi; e strumenti di lavoro condiviso: "
                                "una piattaforma di impiego a tempo condiviso e gruppi di "
                                "datori di lavoro."
                            ),
                        ),
                        ("heading", "Condivisione e cooperazione nella comunicazione"),
                        (
                            "paragraph",
                            (
                                "Dopo una testimonianza sulle difficoltà delle agende "
                                "condivise e sulle possibili soluzioni, il laboratorio ha "
                                "fissato la rotta: una grande piattaforma di comunicazione "
                                "dell'ESS delle Alte Alpi, rivolta verso l'esterno; una "
                                "piattaforma comune per lo scambio di dati tra gli attori "
                                "dell'ESS; uno o più eventi comuni per mescolare i pubblici; e "
                                "perché no un'agenzia di comunicazione condivisa (grafica, "
                                "stampa, piattaforma web).\n\nCome arrivarci: condividere i "
                                "valori che ci uniscono, incontrarsi regolarmente e in modo "
                                "conviviale, imparare a conoscersi, valorizzare le competenze "
                                "di ciascuno nella comunicazione. L'Hub ESS 05 è la risposta "
                                "della rete a questa richiesta."
                            ),
                        ),
                        (
                            "list",
                            [
                                (
                                    "Cooperazione finanziaria: strumenti contabili condivisi "
                                    "(«Comptasso»), bisogni di liquidità a breve termine "
                                    "(«BanquAsso»), anticipi da parte dei finanziatori, "
                                    "promozione della moneta locale."
                                ),
                                (
                                    "Progetti comuni: testimonianza di Manger Bio en Provence; "
                                    "idee di una SCIC dipartimentale di almeno dieci "
                                    "organizzazioni, di una fondazione territoriale, di "
                                    "cooperazioni transfrontaliere con l'Italia e di centri "
                                    "del riuso gestiti dai cittadini."
                                ),
                            ],
                        ),
                    ],
                },
            },
            {
                "slug": "table-ronde-2019-tallard",
                "in_menu": True,
                "fr": {
                    "title": "Table ronde 2019 à Tallard",
                    "intro": (
                        "Le 4 avril 2019 à Tallard, une table ronde a posé la question : "
                        "quelles coopérations pour renforcer l'innovation sociale dans les "
                        "Hautes-Alpes ?"
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "Dans le prolongement du forum d'Embrun et du bilan très "
                                "positif du programme Hors-Pistes de la Fondation de France, "
                                "l'UDESS 05 a croisé les regards de collectivités, d'une "
                                "institution, d'entreprises sociales et solidaires, d'une "
                                "entreprise marchande, d'un universitaire et de citoyens. Par "
                                "« cluster », on entend un pôle territorial de coopération "
                                "économique : entreprises marchandes et non marchandes, "
                                "collectivités, organismes de formation et de recherche réunis "
                                "autour de l'innovation sociale."
                            ),
                        ),
                        ("heading", "Les intervenants"),
                        (
                            "list",
                            [
                                (
                                    "Maïten Bel, référente Dynamiques territoriales à la "
                                    "Fondation de France Méditerranée"
                                ),
                                (
                                    "Julien Maisonnasse, enseignant-chercheur au LEST-CNRS, "
                                    "Aix-Marseille Université"
                                ),
                                (
                                    "Sandrine Percheval, chargée de mission à l'ADRETS, membre "
                                    "de Locommun"
                                ),
                                "Sophie Rommens, gérante de la SARL La Boîte à éditer",
                                (
                                    "Jean-Michel Arnaud, maire de Tallard et président de "
                                    "l'Association des maires des Hautes-Alpes"
                                ),
                            ],
                        ),
                        ("heading", "Ce que l'on en retient"),
                        (
                            "paragraph",
                            (
                                "Hors-Pistes a financé une cinquantaine de projets en cinq "
                                "ans, portés surtout par des associations, dont la moitié "
                                "venaient d'être créées. L'innovation sociale y apparaît comme "
                                "un processus de coopération entre acteurs différents, qui "
                                "transforme un problème individuel en besoin collectif et "
                                "invente des réponses adaptées au territoire. Trois tensions "
                                "sont à travailler : entre l'individuel et le collectif, entre "
                                "créativité et structuration, entre accompagnement et "
                                "autonomie."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Locommun est né d'un besoin très concret de locaux plus "
                                "spacieux pour la ludothèque Ludambule ; six structures font "
                                "aujourd'hui vivre sa collégiale. La Boîte à éditer a fait "
                                "appel au savoir-faire de Ludambule par une convention de mise "
                                "à disposition, et l'espace de coworking associatif La "
                                "Locomotive a porté une réponse collective à un appel à "
                                "projets régional sur l'open data. Côté collectivités, l'Hôtel "
                                "des voyageurs à Tallard (commune, office public de l'habitat, "
                                "association Chrysalide) montre ce qu'un partenariat peut "
                                "apporter : des logements en centre-ville avec un "
                                "accompagnement adapté."
                            ),
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "Pour qu'il y ait coopération, il faut tout d'abord que "
                                    "l'envie soit présente chez les partenaires."
                                ),
                                "attribution": (
                                    "Compte rendu de la table ronde de Tallard, 4 avril 2019"
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "2019 round table in Tallard",
                    "intro": (
                        "On 4 April 2019 in Tallard, a round table asked: what kinds of "
                        "cooperation can strengthen social innovation in the Hautes-Alpes?"
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "Following on from the Embrun forum and the very positive "
                                "results of the Fondation de France's Hors-Pistes programme, "
                                "UDESS 05 brought together the views of local authorities, an "
                                "institution, social enterprises, a commercial company, an "
                                "academic and citizens. By “cluster” we mean a territorial hub "
                                "for economic cooperation: commercial and non-profit "
                                "enterprises, local authorities, training and research bodies "
                                "gathered around social innovation."
                            ),
                        ),
                        ("heading", "Speakers"),
                        (
                            "list",
                            [
                                (
                                    "Maïten Bel, territorial dynamics officer at the Fondation "
                                    "de France Méditerranée"
                                ),
                                (
                                    "Julien Maisonnasse, lecturer and researcher at LEST-CNRS, "
                                    "Aix-Marseille University"
                                ),
                                (
                                    "Sandrine Percheval, project officer at ADRETS, member of "
                                    "Locommun"
                                ),
                                "Sophie Rommens, manager of La Boîte à éditer (limited company)",
                                (
                                    "Jean-Michel Arnaud, mayor of Tallard and president of the "
                                    "Hautes-Alpes mayors' association"
                                ),
                            ],
                        ),
                        ("heading", "Key takeaways"),
                        (
                            "paragraph",
                            (
                                "Hors-Pistes funded some fifty projects over five years, "
                                "mostly run by associations, half of them newly created. "
                                "Social innovation emerges as a process of cooperation between "
                                "different actors, which turns an individual problem into a "
                                "collective need and invents answers suited to the territory. "
                                "Three tensions need work: between the individual and the "
                                "collective, between creativity and structure, between support "
                                "and autonomy."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Locommun was born of a very practical need for larger "
                                "premises for the Ludambule toy library; six organisations now "
                                "run it together as a collegial board. La Boîte à éditer drew "
                                "on Ludambule's expertise through a staff-sharing agreement, "
                                "and the La Locomotive community coworking space led a joint "
                                "bid for a regional open-data call. On the local authority "
                                "side, the Hôtel des voyageurs in Tallard (town council, "
                                "public housing office, the Chrysalide association) shows what "
                                "a partnership can bring: town-centre homes with suitable "
                                "support."
                            ),
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "For cooperation to happen, the partners must first of all "
                                    "want it."
                                ),
                                "attribution": "Minutes of the Tallard round table, 4 April 2019",
                            },
                        ),
                    ],
                },
                "it": {
                    "title": "Tavola rotonda 2019 a Tallard",
                    "intro": (
                        "Il 4 aprile 2019 a Tallard una tavola rotonda si è chiesta: quali "
                        "cooperazioni per rafforzare l'innovazione sociale nelle Alte Alpi?"
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "Sulla scia del forum di Embrun e del bilancio molto positivo "
                                "del programma Hors-Pistes della Fondation de France, l'UDESS "
                                "05 ha messo a confronto gli sguardi di enti locali, di "
                                "un'istituzione, di imprese sociali e solidali, di un'impresa "
                                "commerciale, di un universitario e di cittadini. Per "
                                "«cluster» si intende un polo territoriale di cooperazione "
                                "economica: imprese commerciali e non profit, enti locali, "
                                "organismi di formazione e di ricerca riuniti attorno "
                                "all'innovazione sociale."
                            ),
                        ),
                        ("heading", "I relatori"),
                        (
                            "list",
                            [
                                (
                                    "Maïten Bel, referente Dinamiche territoriali della "
                                    "Fondation de France Méditerranée"
                                ),
                                (
                                    "Julien Maisonnasse, docente e ricercatore al LEST-CNRS, "
                                    "Università di Aix-Marseille"
                                ),
                                (
                                    "Sandrine Percheval, incaricata di progetto all'ADRETS, "
                                    "membro di Locommun"
                                ),
                                "Sophie Rommens, amministratrice della SARL La Boîte à éditer",
                                (
                                    "Jean-Michel Arnaud, sindaco di Tallard e presidente "
                                    "dell'Associazione dei sindaci delle Alte Alpi"
                                ),
                            ],
                        ),
                        ("heading", "Che cosa ne abbiamo tratto"),
                        (
                            "paragraph",
                            (
                                "Hors-Pistes ha finanziato una cinquantina di progetti in "
                                "cinque anni, portati avanti soprattutto da associazioni, metà "
                                "delle quali appena nate. L'innovazione sociale appare come un "
                                "processo di cooperazione tra attori diversi, che trasforma un "
                                "problema individuale in un bisogno collettivo e inventa "
                                "risposte adatte al territorio. Tre tensioni vanno affrontate: "
                                "tra individuale e collettivo, tra creatività e "
                                "strutturazione, tra accompagnamento e autonomia."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Locommun è nato da un bisogno molto concreto: locali più ampi "
                                "per la ludoteca Ludambule; oggi sei organizzazioni lo animano "
                                "con una gestione collegiale. La Boîte à éditer si è avvalsa "
                                "delle competenze di Ludambule tramite una convenzione di "
                                "messa a disposizione, e lo spazio di coworking associativo La "
                                "Locomotive ha coordinato una risposta collettiva a un bando "
                                "regionale sugli open data. Sul fronte degli enti locali, "
                                "l'Hôtel des voyageurs a Tallard (comune, ente pubblico per la "
                                "casa, associazione Chrysalide) mostra ciò che una "
                                "collaborazione può dare: alloggi in centro con un "
                                "accompagnamento adeguato."
                            ),
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "Perché ci sia cooperazione, occorre prima di tutto che i "
                                    "partner ne abbiano voglia."
                                ),
                                "attribution": (
                                    "Resoconto della tavola rotonda di Tallard, 4 aprile 2019"
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "forum-2021",
                "in_menu": True,
                "fr": {
                    "title": "Forum 2021",
                    "intro": (
                        "« Quelles utopies locales, solidaires et écologiques en 2021 ? » Le "
                        "forum a mêlé conférences, vidéos d'initiatives locales et ateliers, "
                        "dont celui qui a présenté le projet de mutualisation Altitudes "
                        "Coopérantes."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "Après une « discussion kanak » pour briser la glace, Timothée "
                                "Duverger, responsable de la chaire Territoires de l'ESS à "
                                "Sciences Po Bordeaux, a présenté l'ESS comme une économie de "
                                "transformation qui répond aux besoins non satisfaits des "
                                "territoires ruraux, des tiers-lieux aux SCIC associant "
                                "acteurs publics et privés. Philippe Eynaud, professeur à "
                                "l'IAE de Paris, a plaidé pour une gestion solidaire et "
                                "démocratique, attentive aux communs.\n\nDes étudiantes du "
                                "master Gestion durable des territoires de montagne ont "
                                "présenté en vidéo ALPAJE, le café des familles Chez Bernie, "
                                "l'Espace Culturel de Chaillol et le jardin collectif de "
                                "Chorges en Transition. Les ateliers ont suivi : la "
                                "gouvernance multi-acteurs de la SCIC Échanges Paysans, le "
                                "Média des acteurs, les Transhumances artistiques de Serres "
                                "Lez'Arts, la monnaie locale la Roue."
                            ),
                        ),
                        ("heading", "Altitudes Coopérantes : mutualiser et faire réseau"),
                        (
                            "paragraph",
                            (
                                "Financé par le programme Leader et porté par le Comptoir des "
                                "Assos, France Active PACA, la MJC du Briançonnais-Centre "
                                "social et l'UDESS 05, le projet couvre les Hautes-Alpes et "
                                "l'Ubaye. Il comprend quatre actions : une communication "
                                "partagée, avec la mutualisation des carnets d'adresses de la "
                                "presse et des professionnels de la communication ; des "
                                "formations et des conseils, par exemple pour recenser "
                                "ensemble les dispositifs financiers existants ; la "
                                "mutualisation de trésorerie ; la mutualisation de moyens "
                                "matériels, humains et de compétences, avec un annuaire des "
                                "moyens disponibles."
                            ),
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "Ce projet n'a de sens et ne pourra fonctionner qu'à la "
                                    "condition de rassembler un grand nombre de structures, « "
                                    "d'avoir de la masse »."
                                ),
                                "attribution": (
                                    "Conclusion de l'atelier Altitudes Coopérantes, animé par "
                                    "Jean Horgues-Debat, président de l'UDESS 05"
                                ),
                            },
                        ),
                        ("heading", "Le point de vigilance : un carnet de presse à jour"),
                        (
                            "paragraph",
                            (
                                "Les participants ont partagé leur enthousiasme et presque "
                                "tous se sont dits prêts à adhérer, sous réserve de l'accord "
                                "de leur conseil d'administration. Un risque a cependant été "
                                "souligné : un carnet d'adresses partagé ne vaut que s'il est "
                                "tenu à jour. Le carnet de presse du Hub indique donc, pour "
                                "chaque contact, qui l'a ajouté, quand il a été vérifié pour "
                                "la dernière fois et s'il est toujours valable."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "En clôture, la CRESS PACA et l'UDESS 05 ont salué la forte "
                                "présence des jeunes et la bonne mobilisation, et relevé un "
                                "enjeu majeur : la faible présence des élus, alors que les "
                                "liens entre collectivités et acteurs de l'ESS sont à "
                                "consolider."
                            ),
                        ),
                    ],
                },
                "en": {
                    "title": "2021 forum",
                    "intro": (
                        "“Which local, solidarity-based and ecological utopias in 2021?” The "
                        "forum combined talks, videos of local initiatives and workshops, "
                        "including the one that presented the Altitudes Coopérantes pooling "
                        "project."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "After a “Kanak discussion” to break the ice, Timothée "
                                "Duverger, head of the Territories of the ESS chair at "
                                "Sciences Po Bordeaux, presented the ESS as an economy of "
                                "transformation that meets the unmet needs of rural areas, "
                                "from third places to SCICs bringing public and private actors "
                                "together. Philippe Eynaud, professor at the IAE Paris "
                                "business school, argued for solidarity-based, democratic "
                                "management that cares for the commons.\n\nStudents from the "
                                "master's in sustainable management of mountain territories "
                                "presented videos about ALPAJE, the Chez Bernie family café, "
                                "the Espace Culturel de Chaillol and the community garden of "
                                "Chorges en Transition. Workshops followed: multi-stakeholder "
                                "governance at the Échanges Paysans SCIC, the Média des "
                                "acteurs, Serres Lez'Arts' artistic “transhumances”, and the "
                                "local currency la Roue."
                            ),
                        ),
                        ("heading", "Altitudes Coopérantes: pooling and networking"),
                        (
                            "paragraph",
                            (
                                "Funded by the Leader programme and run by the Comptoir des "
                                "Assos, France Active PACA, the MJC du Briançonnais community "
                                "centre and UDESS 05, the project covers the Hautes-Alpes and "
                                "the Ubaye valley. It has four strands: shared communication, "
                                "by pooling the address books of press and communication "
                                "professionals; training and advice, for instance to list "
                                "together the funding schemes that exist; pooled cash "
                                "management; and pooling of equipment, people and skills, with "
                                "a directory of the resources available."
                            ),
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "This project only makes sense, and will only work, if it "
                                    "brings together a large number of organisations: "
                                    "“critical mass”."
                                ),
                                "attribution": (
                                    "Conclusion of the Altitudes Coopérantes workshop, led by "
                                    "Jean Horgues-Debat, president of UDESS 05"
                                ),
                            },
                        ),
                        ("heading", "The point to watch: keeping the press book up to date"),
                        (
                            "paragraph",
                            (
                                "Participants shared their enthusiasm and almost all said they "
                                "were ready to join, subject to their board's approval. One "
                                "risk was stressed, though: a shared address book is only "
                                "worth anything if it is kept up to date. That is why the "
                                "Hub's press book records, for each contact, who added it, "
                                "when it was last checked and whether it is still valid."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "Closing the day, CRESS PACA and UDESS 05 welcomed the strong "
                                "presence of young people and the good turnout, and pointed to "
                                "a major challenge: few elected officials attended, while the "
                                "links between local authorities and ESS actors need "
                                "strengthening."
                            ),
                        ),
                    ],
                },
                "it": {
                    "title": "Forum 2021",
                    "intro": (
                        "«Quali utopie locali, solidali ed ecologiche nel 2021?» Il forum ha "
                        "alternato conferenze, video di iniziative locali e laboratori, tra "
                        "cui quello che ha presentato il progetto di condivisione Altitudes "
                        "Coopérantes."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "Dopo una «discussione kanak» per rompere il ghiaccio, "
                                "Timothée Duverger, responsabile della cattedra Territori "
                                "dell'ESS a Sciences Po Bordeaux, ha presentato l'ESS come "
                                "un'economia di trasformazione che risponde ai bisogni "
                                "insoddisfatti dei territori rurali, dai terzi luoghi alle "
                                "SCIC che uniscono attori pubblici e privati. Philippe Eynaud, "
                                "professore all'IAE di Parigi, ha sostenuto una gestione "
                                "solidale e democratica, attenta ai beni comuni.\n\nAlcune "
                                "studentesse del master in gestione sostenibile dei territori "
                                "di montagna hanno presentato in video ALPAJE, il caffè delle "
                                "famiglie Chez Bernie, l'Espace Culturel de Chaillol e l'orto "
                                "collettivo di Chorges en Transition. Sono seguiti i "
                                "laboratori: la governance multi-attore della SCIC Échanges "
                                "Paysans, il Média des acteurs, le «transumanze artistiche» di "
                                "Serres Lez'Arts, la moneta locale la Roue."
                            ),
                        ),
                        ("heading", "Altitudes Coopérantes: condividere e fare rete"),
                        (
                            "paragraph",
                            (
                                "Finanziato dal programma Leader e portato avanti dal Comptoir "
                                "des Assos, da France Active PACA, dalla MJC du "
                                "Briançonnais-Centre social e dall'UDESS 05, il progetto copre "
                                "le Alte Alpi e l'Ubaye. Prevede quattro azioni: una "
                                "comunicazione condivisa, mettendo in comune le rubriche della "
                                "stampa e dei professionisti della comunicazione; formazioni e "
                                "consulenze, per esempio per censire insieme gli strumenti "
                                "finanziari esistenti; la condivisione della liquidità; la "
                                "condivisione di mezzi materiali, umani e di competenze, con "
                                "un elenco delle risorse disponibili."
                            ),
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "Questo progetto ha senso e potrà funzionare solo a "
                                    "condizione di riunire un gran numero di organizzazioni, "
                                    "di «fare massa»."
                                ),
                                "attribution": (
                                    "Conclusione del laboratorio Altitudes Coopérantes, "
                                    "condotto da Jean Horgues-Debat, presidente dell'UDESS 05"
                                ),
                            },
                        ),
                        ("heading", "Il punto di attenzione: una rubrica stampa aggiornata"),
                        (
                            "paragraph",
                            (
                                "I partecipanti hanno condiviso il loro entusiasmo e quasi "
                                "tutti si sono detti pronti ad aderire, previo accordo del "
                                "proprio consiglio di amministrazione. È stato però "
                                "sottolineato un rischio: una rubrica condivisa vale solo se "
                                "viene tenuta aggiornata. Per questo la rubrica stampa "
                                "dell'Hub indica, per ogni contatto, chi l'ha aggiunto, quando "
                                "è stato verificato l'ultima volta e se è ancora valido."
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "In chiusura, la CRESS PACA e l'UDESS 05 hanno accolto con "
                                "favore la forte presenza dei giovani e la buona "
                                "partecipazione, segnalando una sfida importante: la scarsa "
                                "presenza degli amministratori locali, mentre i legami tra "
                                "enti locali e attori dell'ESS vanno consolidati."
                            ),
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": "mutualiser",
        "in_menu": True,
        "fr": {
            "title": "Mutualiser",
            "intro": (
                "Locaux, matériel, compétences, communication : mettre en commun ce que chacun "
                "possède permet d'offrir ensemble ce qu'aucune structure ne pourrait offrir "
                "seule."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La mutualisation est au cœur du projet de l'UDESS 05 depuis le forum "
                        "d'Embrun. Le projet de coopération du réseau formalise et expérimente "
                        "cinq volets : les locaux et les matériels ; la communication et les "
                        "échanges ; les compétences, l'emploi et la formation ; la "
                        "diversification financière ; des projets communs décloisonnés pour "
                        "mieux répondre aux besoins des habitants. Lancé au forum 2021, le "
                        "projet Altitudes Coopérantes en fait une offre concrète pour les "
                        "structures des Hautes-Alpes et de l'Ubaye."
                    ),
                ),
                ("heading", "Ce que l'on peut partager"),
                (
                    "list",
                    [
                        (
                            "Des salles : salles de réunion et de formation, coworking, lieux "
                            "d'accueil du public."
                        ),
                        (
                            "Du matériel : barnums, sono, vaisselle réutilisable, véhicules, "
                            "vidéoprojecteurs, malles de jeux."
                        ),
                        (
                            "Des compétences : comptabilité et gestion, emploi partagé, "
                            "graphisme, animation de réunions, montage de dossiers de "
                            "financement."
                        ),
                        (
                            "De la communication : un agenda commun, un annuaire, une salle de "
                            "presse et un carnet de contacts presse mis en commun."
                        ),
                        (
                            "De la trésorerie : des avances entre structures pour passer un "
                            "cap difficile."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Dans l'annuaire, chaque structure indique ce qu'elle propose de "
                        "mutualiser, et un filtre permet de retrouver les salles, le matériel "
                        "ou les compétences disponibles près de chez vous. Les conditions "
                        "(prêt, location solidaire, échange de services, convention de mise à "
                        "disposition) se règlent directement entre structures."
                    ),
                ),
                ("heading", "Ce qui fait réussir une mutualisation"),
                (
                    "list",
                    [
                        "Une volonté réelle des acteurs locaux : l'envie d'abord.",
                        "Du temps pour se connaître et construire un projet commun.",
                        "Des règles claires : conventions, responsabilités, partage des risques.",
                        (
                            "Des moyens d'animation et d'accompagnement, car la coopération ne "
                            "s'organise pas toute seule."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Dans le fait de se croiser, il se trouve que très souvent il "
                            "ressort des choses intéressantes que nous ne pouvions pas prévoir "
                            "au départ."
                        ),
                        "attribution": (
                            "Une association membre d'un pôle territorial de l'ESS, cahier « "
                            "Coopérer / Mutualiser »"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Pooling",
            "intro": (
                "Premises, equipment, skills, communication: putting together what each of us "
                "has makes it possible to offer jointly what no organisation could offer alone."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Pooling has been at the heart of UDESS 05's project since the Embrun "
                        "forum. The network's cooperation project formalises and tests five "
                        "strands: premises and equipment; communication and exchanges; skills, "
                        "employment and training; diversified funding; and joint projects "
                        "across silos to better meet residents' needs. Launched at the 2021 "
                        "forum, the Altitudes Coopérantes project turns this into a practical "
                        "offer for organisations in the Hautes-Alpes and the Ubaye valley."
                    ),
                ),
                ("heading", "What can be shared"),
                (
                    "list",
                    [
                        (
                            "Rooms: meeting and training rooms, coworking, places that welcome "
                            "the public."
                        ),
                        (
                            "Equipment: marquees, sound systems, reusable tableware, vehicles, "
                            "projectors, boxes of games."
                        ),
                        (
                            "Skills: accounting and management, shared employment, graphic "
                            "design, meeting facilitation, funding applications."
                        ),
                        (
                            "Communication: a shared agenda, a directory, a newsroom and a "
                            "pooled book of press contacts."
                        ),
                        "Cash: advances between organisations to get through a difficult period.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "In the directory, each organisation states what it offers to share, "
                        "and a filter helps you find rooms, equipment or skills available near "
                        "you. Terms (loan, solidarity-priced rental, exchange of services, "
                        "staff- or equipment-sharing agreement) are agreed directly between "
                        "organisations."
                    ),
                ),
                ("heading", "What makes pooling work"),
                (
                    "list",
                    [
                        "A genuine will among local actors: wanting it comes first.",
                        "Time to get to know one another and build a common project.",
                        "Clear rules: agreements, responsibilities, shared risks.",
                        (
                            "Resources for facilitation and support, because cooperation does "
                            "not organise itself."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "When we cross paths, very often something interesting comes out "
                            "of it that we could not have foreseen at the start."
                        ),
                        "attribution": (
                            "An association belonging to a local ESS hub, “Cooperate / Pool” paper"
                        ),
                    },
                ),
            ],
        },
        "it": {
            "title": "Condividere",
            "intro": (
                "Locali, attrezzature, competenze, comunicazione: mettere in comune ciò che "
                "ciascuno possiede permette di offrire insieme ciò che nessuna organizzazione "
                "potrebbe offrire da sola."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La condivisione è al centro del progetto dell'UDESS 05 dal forum di "
                        "Embrun. Il progetto di cooperazione della rete formalizza e "
                        "sperimenta cinque ambiti: locali e attrezzature; comunicazione e "
                        "scambi; competenze, lavoro e formazione; diversificazione "
                        "finanziaria; progetti comuni che superino le divisioni per rispondere "
                        "meglio ai bisogni degli abitanti. Avviato al forum 2021, il progetto "
                        "Altitudes Coopérantes ne fa un'offerta concreta per le organizzazioni "
                        "delle Alte Alpi e dell'Ubaye."
                    ),
                ),
                ("heading", "Che cosa si può condividere"),
                (
                    "list",
                    [
                        (
                            "Sale: sale riunioni e di formazione, coworking, luoghi di "
                            "accoglienza del pubblico."
                        ),
                        (
                            "Attrezzature: gazebo, impianti audio, stoviglie riutilizzabili, "
                            "veicoli, videoproiettori, casse di giochi."
                        ),
                        (
                            "Competenze: contabilità e gestione, lavoro condiviso, grafica, "
                            "conduzione di riunioni, preparazione di domande di finanziamento."
                        ),
                        (
                            "Comunicazione: un'agenda comune, un elenco delle organizzazioni, "
                            "una sala stampa e una rubrica condivisa di contatti stampa."
                        ),
                        (
                            "Liquidità: anticipi tra organizzazioni per superare un momento "
                            "difficile."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Nell'elenco ogni organizzazione indica ciò che propone di "
                        "condividere, e un filtro permette di trovare le sale, le attrezzature "
                        "o le competenze disponibili vicino a voi. Le condizioni (prestito, "
                        "noleggio a prezzo solidale, scambio di servizi, convenzione di messa "
                        "a disposizione) si concordano direttamente tra organizzazioni."
                    ),
                ),
                ("heading", "Che cosa fa funzionare la condivisione"),
                (
                    "list",
                    [
                        "Una volontà reale degli attori locali: prima di tutto la voglia.",
                        "Il tempo per conoscersi e costruire un progetto comune.",
                        "Regole chiare: convenzioni, responsabilità, condivisione dei rischi.",
                        (
                            "Mezzi di animazione e di accompagnamento, perché la cooperazione "
                            "non si organizza da sola."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Quando le nostre strade si incrociano, molto spesso ne esce "
                            "qualcosa di interessante che all'inizio non potevamo prevedere."
                        ),
                        "attribution": (
                            "Un'associazione aderente a un polo territoriale dell'ESS, "
                            "quaderno «Cooperare / Condividere»"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "adherer-au-reseau",
        "in_menu": True,
        "fr": {
            "title": "Adhérer au réseau",
            "intro": (
                "Association, coopérative, mutuelle, fondation, entreprise solidaire ou "
                "collectif d'habitants : si vous partagez les valeurs de l'ESS et agissez dans "
                "les Hautes-Alpes, vous avez votre place dans le réseau."
            ),
            "body": [
                ("heading", "Pourquoi adhérer ?"),
                (
                    "list",
                    [
                        (
                            "Publier vos événements et vos actualités dans l'agenda et la "
                            "salle de presse communs, ou y raccorder le calendrier que vous "
                            "tenez déjà."
                        ),
                        (
                            "Figurer dans l'annuaire et faire connaître ce que vous proposez "
                            "de mutualiser."
                        ),
                        (
                            "Accéder au carnet de contacts presse partagé et le faire vivre "
                            "avec les autres membres."
                        ),
                        (
                            "Participer au forum annuel, aux groupes de travail et aux projets "
                            "de coopération."
                        ),
                        (
                            "Porter ensemble la parole de l'ESS auprès des collectivités et "
                            "des partenaires."
                        ),
                    ],
                ),
                ("heading", "Comment faire ?"),
                (
                    "paragraph",
                    (
                        "Écrivez-nous en présentant votre structure, son statut et ses "
                        "activités. Nous vous proposerons un premier échange, puis le bulletin "
                        "d'adhésion à signer. L'adhésion est annuelle ; la cotisation, fixée "
                        "par l'assemblée générale, varie selon la taille de la structure pour "
                        "que les plus petites associations puissent nous rejoindre."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Votre structure n'est pas prête à adhérer ? Les collectivités, "
                        "fondations et réseaux qui soutiennent l'ESS peuvent devenir "
                        "partenaires, et le forum annuel est ouvert à toutes et à tous."
                    ),
                ),
                ("paragraph", "Contact : contact@udess05.example.org ou 04 92 00 00 00."),
            ],
        },
        "en": {
            "title": "Join the network",
            "intro": (
                "Association, cooperative, mutual, foundation, social enterprise or residents' "
                "group: if you share the values of the social and solidarity economy and work "
                "in the Hautes-Alpes, there is a place for you in the network."
            ),
            "body": [
                ("heading", "Why join?"),
                (
                    "list",
                    [
                        (
                            "Publish your events and news in the shared agenda and newsroom, "
                            "or connect the calendar you already keep."
                        ),
                        "Appear in the directory and let others know what you offer to share.",
                        (
                            "Use the shared book of press contacts and keep it alive with the "
                            "other members."
                        ),
                        (
                            "Take part in the annual forum, the working groups and the "
                            "cooperation projects."
                        ),
                        "Speak up together for the ESS with local authorities and partners.",
                    ],
                ),
                ("heading", "How to join"),
                (
                    "paragraph",
                    (
                        "Write to us and introduce your organisation, its legal status and its "
                        "activities. We will suggest a first conversation, then send you the "
                        "membership form to sign. Membership is renewed every year; the fee, "
                        "set by the general assembly, depends on the size of the organisation "
                        "so that the smallest associations can join."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Not ready to join yet? Local authorities, foundations and networks "
                        "that support the ESS can become partners, and the annual forum is "
                        "open to everyone."
                    ),
                ),
                ("paragraph", "Contact: contact@udess05.example.org or +33 4 92 00 00 00."),
            ],
        },
        "it": {
            "title": "Aderire alla rete",
            "intro": (
                "Associazione, cooperativa, mutua, fondazione, impresa solidale o gruppo di "
                "abitanti: se condividete i valori dell'ESS e operate nelle Alte Alpi, nella "
                "rete c'è posto per voi."
            ),
            "body": [
                ("heading", "Perché aderire?"),
                (
                    "list",
                    [
                        (
                            "Pubblicare i vostri eventi e le vostre notizie nell'agenda e "
                            "nella sala stampa comuni, oppure collegarvi il calendario che già "
                            "tenete."
                        ),
                        (
                            "Comparire nell'elenco delle organizzazioni e far conoscere ciò "
                            "che proponete di condividere."
                        ),
                        (
                            "Accedere alla rubrica condivisa dei contatti stampa e mantenerla "
                            "viva con gli altri aderenti."
                        ),
                        (
                            "Partecipare al forum annuale, ai gruppi di lavoro e ai progetti "
                            "di cooperazione."
                        ),
                        "Dare voce insieme all'ESS presso gli enti locali e i partner.",
                    ],
                ),
                ("heading", "Come fare?"),
                (
                    "paragraph",
                    (
                        "Scriveteci presentando la vostra organizzazione, la sua forma "
                        "giuridica e le sue attività. Vi proporremo un primo incontro, poi il "
                        "modulo di adesione da firmare. L'adesione è annuale; la quota, "
                        "stabilita dall'assemblea generale, varia secondo le dimensioni "
                        "dell'organizzazione, perché anche le associazioni più piccole possano "
                        "unirsi a noi."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La vostra organizzazione non è ancora pronta ad aderire? Gli enti "
                        "locali, le fondazioni e le reti che sostengono l'ESS possono "
                        "diventare partner, e il forum annuale è aperto a tutti."
                    ),
                ),
                (
                    "paragraph",
                    "Contatto: contact@udess05.example.org oppure +33 4 92 00 00 00.",
                ),
            ],
        },
    },
    {
        "slug": "accessibilite",
        "in_menu": False,
        "fr": {
            "title": "Accessibilité",
            "intro": (
                "L'UDESS 05 s'engage à rendre le Hub ESS 05 accessible, conformément à "
                "l'article 47 de la loi n° 2005-102 du 11 février 2005."
            ),
            "body": [
                ("heading", "État de conformité"),
                (
                    "paragraph",
                    (
                        "Le Hub ESS 05 est partiellement conforme avec le référentiel général "
                        "d'amélioration de l'accessibilité (RGAA), version 4.1. Un audit de "
                        "conformité par un prestataire indépendant est prévu : ses résultats "
                        "et le taux de conformité seront publiés sur cette page. En attendant, "
                        "le site est conçu pour être utilisable au clavier et avec un lecteur "
                        "d'écran, et son accessibilité est vérifiée automatiquement à chaque "
                        "évolution."
                    ),
                ),
                ("heading", "Contenus non accessibles"),
                (
                    "list",
                    [
                        (
                            "Certains documents PDF publiés par les structures membres "
                            "(dossiers de presse, programmes) peuvent ne pas être accessibles."
                        ),
                        (
                            "Les événements et actualités importés automatiquement depuis les "
                            "sites des membres peuvent contenir des images sans alternative "
                            "textuelle."
                        ),
                        (
                            "La carte interactive de l'annuaire n'est pas entièrement "
                            "utilisable au clavier ; la liste des structures affichée sous la "
                            "carte en donne le même contenu."
                        ),
                    ],
                ),
                ("heading", "Signaler un problème"),
                (
                    "paragraph",
                    (
                        "Si vous n'arrivez pas à accéder à un contenu ou à un service, "
                        "écrivez-nous à accessibilite@udess05.example.org ou appelez le 04 92 "
                        "00 00 00 : nous vous orienterons vers une alternative accessible ou "
                        "vous transmettrons le contenu sous une autre forme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Voies de recours : si vous nous avez signalé un défaut "
                        "d'accessibilité qui vous empêche d'accéder à un contenu ou à un "
                        "service et que vous n'avez pas obtenu de réponse satisfaisante, vous "
                        "pouvez écrire au Défenseur des droits par son formulaire en ligne, "
                        "contacter son délégué dans les Hautes-Alpes, ou envoyer un courrier "
                        "gratuit, sans timbre, à : Défenseur des droits, Libre réponse 71120, "
                        "75342 Paris CEDEX 07."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Accessibility",
            "intro": (
                "UDESS 05 is committed to making Hub ESS 05 accessible, in accordance with "
                "article 47 of French law no. 2005-102 of 11 February 2005."
            ),
            "body": [
                ("heading", "Compliance status"),
                (
                    "paragraph",
                    (
                        "Hub ESS 05 is partially compliant with the French accessibility "
                        "standard RGAA, version 4.1. A compliance audit by an independent "
                        "provider is planned: its results and the compliance rate will be "
                        "published on this page. Meanwhile, the site is designed to be usable "
                        "with a keyboard and a screen reader, and its accessibility is checked "
                        "automatically with every change."
                    ),
                ),
                ("heading", "Non-accessible content"),
                (
                    "list",
                    [
                        (
                            "Some PDF documents published by member organisations (press kits, "
                            "programmes) may not be accessible."
                        ),
                        (
                            "Events and news imported automatically from members' websites may "
                            "contain images without a text alternative."
                        ),
                        (
                            "The directory's interactive map cannot be fully used with a "
                            "keyboard; the list of organisations shown below the map gives the "
                            "same content."
                        ),
                    ],
                ),
                ("heading", "Report a problem"),
                (
                    "paragraph",
                    (
                        "If you cannot access a piece of content or a service, write to "
                        "accessibilite@udess05.example.org or call +33 4 92 00 00 00: we will "
                        "point you to an accessible alternative or send you the content in "
                        "another form."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Remedies: if you have reported an accessibility barrier that prevents "
                        "you from accessing content or a service and have not received a "
                        "satisfactory answer, you can write to the Défenseur des droits "
                        "(French rights ombudsman) through its online form, contact its "
                        "delegate in the Hautes-Alpes, or send a free letter, without a stamp, "
                        "to: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, "
                        "France."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Accessibilità",
            "intro": (
                "L'UDESS 05 si impegna a rendere accessibile l'Hub ESS 05, in conformità "
                "all'articolo 47 della legge francese n. 2005-102 dell'11 febbraio 2005."
            ),
            "body": [
                ("heading", "Stato di conformità"),
                (
                    "paragraph",
                    (
                        "L'Hub ESS 05 è parzialmente conforme al referenziale francese per "
                        "l'accessibilità RGAA, versione 4.1. È previsto un audit di conformità "
                        "da parte di un fornitore indipendente: i risultati e il tasso di "
                        "conformità saranno pubblicati in questa pagina. Nel frattempo il sito "
                        "è progettato per essere utilizzabile da tastiera e con un lettore di "
                        "schermo, e la sua accessibilità viene verificata automaticamente a "
                        "ogni modifica."
                    ),
                ),
                ("heading", "Contenuti non accessibili"),
                (
                    "list",
                    [
                        (
                            "Alcuni documenti PDF pubblicati dalle organizzazioni aderenti "
                            "(cartelle stampa, programmi) potrebbero non essere accessibili."
                        ),
                        (
                            "Gli eventi e le notizie importati automaticamente dai siti degli "
                            "aderenti possono contenere immagini prive di alternativa testuale."
                        ),
                        (
                            "La mappa interattiva dell'elenco non è interamente utilizzabile "
                            "da tastiera; l'elenco delle organizzazioni mostrato sotto la "
                            "mappa ne riporta lo stesso contenuto."
                        ),
                    ],
                ),
                ("heading", "Segnalare un problema"),
                (
                    "paragraph",
                    (
                        "Se non riuscite ad accedere a un contenuto o a un servizio, "
                        "scriveteci all'indirizzo accessibilite@udess05.example.org o chiamate "
                        "il +33 4 92 00 00 00: vi indicheremo un'alternativa accessibile o vi "
                        "invieremo il contenuto in un'altra forma."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Mezzi di ricorso: se ci avete segnalato un difetto di accessibilità "
                        "che vi impedisce di accedere a un contenuto o a un servizio e non "
                        "avete ricevuto una risposta soddisfacente, potete scrivere al "
                        "Défenseur des droits (il difensore dei diritti francese) tramite il "
                        "suo modulo online, contattare il suo delegato nelle Alte Alpi, oppure "
                        "inviare una lettera gratuita, senza francobollo, a: Défenseur des "
                        "droits, Libre réponse 71120, 75342 Paris CEDEX 07, Francia."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "mentions-legales",
        "in_menu": False,
        "fr": {
            "title": "Mentions légales",
            "intro": (
                "Informations sur l'éditeur du site, son hébergeur et le traitement de vos "
                "données personnelles."
            ),
            "body": [
                ("heading", "Éditeur"),
                (
                    "paragraph",
                    (
                        "Le Hub ESS 05 est édité par l'UDESS 05, Union départementale de "
                        "l'économie sociale et solidaire des Hautes-Alpes, association régie "
                        "par la loi du 1er juillet 1901. Siège : 8 rue des Coopérateurs, 05000 "
                        "Gap. Téléphone : 04 92 00 00 00. Courriel : "
                        "contact@udess05.example.org. Direction de la publication : la "
                        "présidence de l'association."
                    ),
                ),
                ("heading", "Hébergement"),
                (
                    "paragraph",
                    (
                        "[Nom de l'hébergeur], [adresse postale de l'hébergeur], [téléphone de "
                        "l'hébergeur]. Ces informations seront complétées lors de la mise en "
                        "ligne."
                    ),
                ),
                ("heading", "Données personnelles"),
                (
                    "paragraph",
                    (
                        "Les données des comptes des contributeurs et celles du carnet de "
                        "contacts presse sont traitées par l'UDESS 05 pour faire fonctionner "
                        "le site et la communication commune du réseau. Le carnet de presse "
                        "n'est jamais public ; pour chaque contact, nous conservons l'origine "
                        "de l'information et la date de sa dernière vérification.\n\n"
                        "Conformément au RGPD et à la loi Informatique et libertés, vous "
                        "disposez d'un droit d'accès, de rectification, d'effacement, de "
                        "limitation et d'opposition. Pour l'exercer, écrivez à "
                        "donnees@udess05.example.org. Vous pouvez aussi adresser une "
                        "réclamation à la CNIL."
                    ),
                ),
                ("heading", "Carte et services tiers"),
                (
                    "paragraph",
                    (
                        "Le site ne dépose aucun cookie de mesure d'audience et ne charge "
                        "aucune police, aucun script ni aucune image d'un autre site, à une "
                        "exception près : le fond de la carte de l'annuaire est fourni par la "
                        "Fondation OpenStreetMap (tile.openstreetmap.org), qui reçoit l'adresse "
                        "IP de votre navigateur lorsqu'il affiche la carte. La liste des "
                        "organisations sous la carte donne les mêmes informations sans la "
                        "charger. Les comptes des contributeurs n'utilisent pas Gravatar."
                    ),
                ),
                ("heading", "Contenus"),
                (
                    "paragraph",
                    (
                        "Les textes, images et documents publiés par les structures membres "
                        "restent sous leur responsabilité et leur propriété. Toute "
                        "reproduction demande l'accord de la structure concernée."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Legal notice",
            "intro": (
                "Information about the publisher of this website, its host and how your "
                "personal data is processed."
            ),
            "body": [
                ("heading", "Publisher"),
                (
                    "paragraph",
                    (
                        "Hub ESS 05 is published by UDESS 05, the departmental union of the "
                        "social and solidarity economy of the Hautes-Alpes, a non-profit "
                        "association under the French law of 1 July 1901. Registered office: 8 "
                        "rue des Coopérateurs, 05000 Gap, France. Telephone: +33 4 92 00 00 "
                        "00. Email: contact@udess05.example.org. Publication director: the "
                        "association's president."
                    ),
                ),
                ("heading", "Hosting"),
                (
                    "paragraph",
                    (
                        "[Host name], [host postal address], [host telephone]. These details "
                        "will be completed when the site goes live."
                    ),
                ),
                ("heading", "Personal data"),
                (
                    "paragraph",
                    (
                        "Contributor account data and the press contact book are processed by "
                        "UDESS 05 to run the website and the network's shared communication. "
                        "The press book is never public; for each contact, we keep where the "
                        "information came from and when it was last checked.\n\nUnder the GDPR "
                        "and the French Data Protection Act, you have the right to access, "
                        "rectify and erase your data, to restrict its processing and to object "
                        "to it. To exercise these rights, write to "
                        "donnees@udess05.example.org. You may also lodge a complaint with the "
                        "CNIL, the French data protection authority."
                    ),
                ),
                ("heading", "Map and third parties"),
                (
                    "paragraph",
                    (
                        "The website sets no audience-measurement cookie and loads no font, "
                        "script or image from another website, with one exception: the "
                        "background of the directory's map is served by the OpenStreetMap "
                        "Foundation (tile.openstreetmap.org), which receives your browser's IP "
                        "address when it shows the map. The list of organisations below the map "
                        "gives the same information without loading it. Contributor accounts do "
                        "not use Gravatar."
                    ),
                ),
                ("heading", "Content"),
                (
                    "paragraph",
                    (
                        "Texts, images and documents published by member organisations remain "
                        "their responsibility and their property. Any reproduction requires "
                        "the consent of the organisation concerned."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Note legali",
            "intro": (
                "Informazioni sull'editore del sito, sul fornitore di hosting e sul "
                "trattamento dei vostri dati personali."
            ),
            "body": [
                ("heading", "Editore"),
                (
                    "paragraph",
                    (
                        "L'Hub ESS 05 è pubblicato dall'UDESS 05, Unione dipartimentale "
                        "dell'economia sociale e solidale delle Alte Alpi, associazione senza "
                        "scopo di lucro disciplinata dalla legge francese del 1° luglio 1901. "
                        "Sede: 8 rue des Coopérateurs, 05000 Gap, Francia. Telefono: +33 4 92 "
                        "00 00 00. E-mail: contact@udess05.example.org. Direttore della "
                        "pubblicazione: la presidenza dell'associazione."
                    ),
                ),
                ("heading", "Hosting"),
                (
                    "paragraph",
                    (
                        "[Nome del fornitore di hosting], [indirizzo postale del fornitore], "
                        "[telefono del fornitore]. Queste informazioni saranno completate al "
                        "momento della messa in linea."
                    ),
                ),
                ("heading", "Dati personali"),
                (
                    "paragraph",
                    (
                        "I dati degli account dei collaboratori e quelli della rubrica dei "
                        "contatti stampa sono trattati dall'UDESS 05 per far funzionare il "
                        "sito e la comunicazione comune della rete. La rubrica stampa non è "
                        "mai pubblica; per ogni contatto conserviamo l'origine "
                        "dell'informazione e la data dell'ultima verifica.\n\nIn base al GDPR "
                        "e alla legge francese sulla protezione dei dati, avete il diritto di "
                        "accesso, rettifica, cancellazione, limitazione e opposizione. Per "
                        "esercitarlo, scrivete a donnees@udess05.example.org. Potete anche "
                        "presentare un reclamo alla CNIL, l'autorità francese per la "
                        "protezione dei dati."
                    ),
                ),
                ("heading", "Mappa e servizi di terzi"),
                (
                    "paragraph",
                    (
                        "Il sito non installa alcun cookie di misurazione del pubblico e non "
                        "carica caratteri, script o immagini da altri siti, con una sola "
                        "eccezione: lo sfondo della mappa dell'elenco è fornito dalla "
                        "Fondazione OpenStreetMap (tile.openstreetmap.org), che riceve "
                        "l'indirizzo IP del vostro browser quando visualizza la mappa. L'elenco "
                        "delle organizzazioni sotto la mappa riporta le stesse informazioni "
                        "senza caricarla. Gli account dei contributori non usano Gravatar."
                    ),
                ),
                ("heading", "Contenuti"),
                (
                    "paragraph",
                    (
                        "I testi, le immagini e i documenti pubblicati dalle organizzazioni "
                        "aderenti restano sotto la loro responsabilità e di loro proprietà. "
                        "Ogni riproduzione richiede il consenso dell'organizzazione "
                        "interessata."
                    ),
                ),
            ],
        },
    },
]
