"""Demo organisations of the directory, drawn from ../shared/seeds (see seed_demo)."""

# Organisations named in the seeds, plus a few fictional ones to cover every valley.
# Contact data is fictional: example.org addresses, 04 92 00 0x xx phone numbers.
# Each offer has French title/description plus "en" and "it" translations.
ORGANISATIONS = [
    {
        "slug": "udess-05",
        "name": "UDESS 05",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["accompagnement-reseaux"],
        "themes": ["cooperation", "emploi", "formation"],
        "commune": "05061",
        "address": "8 rue des Coopérateurs",
        "website": "https://udess05.example.org/",
        "email": "contact@udess05.example.org",
        "phone": "04 92 00 00 00",
        "press_email": "presse@udess05.example.org",
        "social": {
            "mastodon": "https://mastodon.example.org/@udess05",
            "facebook": "https://facebook.example.org/udess05",
            "linkedin": "https://linkedin.example.org/company/udess05",
            "peertube": "https://peertube.example.org/c/udess05",
        },
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": (
                "L'union départementale de l'économie sociale et solidaire des Hautes-Alpes."
            ),
            "description": (
                "L'UDESS 05 réunit environ 70 structures de l'ESS et organise chaque année le "
                "forum de l'ESS 05. Plate-forme de réflexion et de coordination, elle anime le "
                "groupe de travail « Cluster 05 Innovation sociale », co-porte le projet de "
                "mutualisation Altitudes Coopérantes et édite le Hub ESS 05."
            ),
        },
        "en": {
            "summary": (
                "The departmental union of the social and solidarity economy of the Hautes-Alpes."
            ),
            "description": (
                "UDESS 05 brings together about 70 ESS organisations and holds the ESS 05 "
                "forum every year. As a forum for reflection and coordination, it runs the "
                "“Cluster 05 Social Innovation” working group, co-leads the Altitudes "
                "Coopérantes pooling project and publishes Hub ESS 05."
            ),
        },
        "it": {
            "summary": "L'unione dipartimentale dell'economia sociale e solidale delle Alte Alpi.",
            "description": (
                "L'UDESS 05 riunisce circa 70 organizzazioni dell'ESS e organizza ogni anno il "
                "forum dell'ESS 05. Spazio di riflessione e di coordinamento, anima il gruppo "
                "di lavoro «Cluster 05 Innovazione sociale», è tra i promotori del progetto di "
                "condivisione Altitudes Coopérantes e pubblica l'Hub ESS 05."
            ),
        },
    },
    {
        "slug": "adelha",
        "name": "ADELHA",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["habitat-logement", "action-sociale"],
        "themes": ["habitat", "solidarite", "jeunesse"],
        "commune": "05061",
        "address": "14 avenue des Alpes",
        "website": "https://adelha.example.org/",
        "email": "contact@adelha.example.org",
        "phone": "04 92 00 01 01",
        "press_email": "",
        "social": {},
        "offers": [
            {
                "kind": "room",
                "title": "Salle de réunion (20 places)",
                "description": (
                    "Disponible en soirée et certains samedis pour les structures du réseau."
                ),
                "en": {
                    "title": "Meeting room (20 seats)",
                    "description": (
                        "Available in the evening and on some Saturdays for organisations in "
                        "the network."
                    ),
                },
                "it": {
                    "title": "Sala riunioni (20 posti)",
                    "description": (
                        "Disponibile la sera e alcuni sabati per le organizzazioni della rete."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une association pour l'accès au logement dans les Hautes-Alpes.",
            "description": (
                "ADELHA accompagne les personnes qui peinent à trouver ou à garder un logement "
                ": information, médiation avec les bailleurs, accompagnement social lié au "
                "logement. Elle fait partie des structures qui mutualisent déjà locaux et "
                "savoir-faire avec d'autres acteurs de l'ESS du département."
            ),
        },
        "en": {
            "summary": "An association helping people find and keep housing in the Hautes-Alpes.",
            "description": (
                "ADELHA supports people who struggle to find or keep a home: information, "
                "mediation with landlords, housing-related social support. It is one of the "
                "organisations already sharing premises and know-how with other ESS actors in "
                "the department."
            ),
        },
        "it": {
            "summary": "Un'associazione per l'accesso alla casa nelle Alte Alpi.",
            "description": (
                "ADELHA accompagna le persone che faticano a trovare o a mantenere un "
                "alloggio: informazione, mediazione con i proprietari, accompagnamento sociale "
                "legato all'abitare. È tra le organizzazioni che già condividono locali e "
                "competenze con altri attori dell'ESS del dipartimento."
            ),
        },
    },
    {
        "slug": "adscb",
        "name": "ADSCB",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["action-sociale", "culture-loisirs"],
        "themes": ["solidarite", "education-populaire", "jeunesse"],
        "commune": "05179",
        "address": "5 rue des Écoles",
        "website": "https://adscb.example.org/",
        "email": "contact@adscb.example.org",
        "phone": "04 92 00 01 02",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une association d'animation sociale et culturelle dans le Buëch.",
            "description": (
                "L'ADSCB développe des activités sociales et culturelles de proximité pour les "
                "familles, les jeunes et les aînés des villages du Buëch. Elle compte parmi "
                "les structures qui ont engagé des coopérations et des mutualisations de "
                "moyens avec d'autres acteurs de l'ESS du département."
            ),
        },
        "en": {
            "summary": "An association for social and cultural activities in the Buëch valley.",
            "description": (
                "ADSCB runs local social and cultural activities for families, young people "
                "and older residents in the villages of the Buëch. It is one of the "
                "organisations that have started cooperating and sharing resources with other "
                "ESS actors in the department."
            ),
        },
        "it": {
            "summary": "Un'associazione di animazione sociale e culturale nella valle del Buëch.",
            "description": (
                "L'ADSCB sviluppa attività sociali e culturali di prossimità per le famiglie, "
                "i giovani e gli anziani dei paesi del Buëch. È tra le organizzazioni che "
                "hanno avviato cooperazioni e condivisioni di mezzi con altri attori dell'ESS "
                "del dipartimento."
            ),
        },
    },
    {
        "slug": "locommun",
        "name": "Locommun",
        "legal_form": "collectif",
        "membership": "member",
        "sectors": ["accompagnement-reseaux", "culture-loisirs"],
        "themes": ["tiers-lieux", "cooperation", "education-populaire"],
        "commune": "05061",
        "address": "22 rue du Forest d'Entrais",
        "website": "https://locommun.example.org/",
        "email": "contact@locommun.example.org",
        "phone": "04 92 00 01 03",
        "press_email": "presse@locommun.example.org",
        "social": {},
        "offers": [
            {
                "kind": "room",
                "title": "Salle d'activités partagée (30 places)",
                "description": (
                    "Réservable en soirée et le week-end, avec une petite cuisine attenante."
                ),
                "en": {
                    "title": "Shared activity room (30 seats)",
                    "description": (
                        "Bookable in the evening and at weekends, with a small adjoining kitchen."
                    ),
                },
                "it": {
                    "title": "Sala attività condivisa (30 posti)",
                    "description": (
                        "Prenotabile la sera e nel fine settimana, con una piccola cucina annessa."
                    ),
                },
            },
            {
                "kind": "room",
                "title": "Bureau de passage",
                "description": (
                    "Un poste de travail à la journée pour une structure de passage à Gap."
                ),
                "en": {
                    "title": "Drop-in desk",
                    "description": "A desk by the day for an organisation passing through Gap.",
                },
                "it": {
                    "title": "Postazione di passaggio",
                    "description": (
                        "Una postazione di lavoro giornaliera per un'organizzazione di "
                        "passaggio a Gap."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Des associations gapençaises qui partagent leurs locaux et leurs projets.",
            "description": (
                "Né du besoin de locaux plus spacieux pour la ludothèque Ludambule, Locommun "
                "réunit six structures au sein d'une collégiale, dans des locaux répartis sur "
                "plusieurs lieux de Gap. Au-delà du partage de locaux, le collectif veut "
                "mettre en synergie les projets de ses membres et renforcer leur lien avec les "
                "habitants."
            ),
        },
        "en": {
            "summary": "Associations in Gap sharing their premises and their projects.",
            "description": (
                "Born of the need for larger premises for the Ludambule toy library, Locommun "
                "brings six organisations together under a collegial board, in premises spread "
                "over several sites in Gap. Beyond sharing space, the collective aims to "
                "create synergies between its members' projects and strengthen their ties with "
                "residents."
            ),
        },
        "it": {
            "summary": "Associazioni di Gap che condividono i loro locali e i loro progetti.",
            "description": (
                "Nato dal bisogno di locali più ampi per la ludoteca Ludambule, Locommun "
                "riunisce sei organizzazioni con una gestione collegiale, in locali "
                "distribuiti in più sedi di Gap. Al di là della condivisione degli spazi, il "
                "collettivo vuole mettere in sinergia i progetti dei suoi membri e rafforzarne "
                "il legame con gli abitanti."
            ),
        },
    },
    {
        "slug": "creacoop-05",
        "name": "Créacoop 05",
        "legal_form": "scop",
        "membership": "member",
        "sectors": ["accompagnement-reseaux", "formation-insertion"],
        "themes": ["emploi", "formation", "cooperation"],
        "commune": "05061",
        "address": "17 rue des Entrepreneurs",
        "website": "https://creacoop-05.example.org/",
        "email": "contact@creacoop-05.example.org",
        "phone": "04 92 00 01 04",
        "press_email": "presse@creacoop-05.example.org",
        "social": {},
        "offers": [
            {
                "kind": "skill",
                "title": "Gestion et comptabilité partagées",
                "description": (
                    "Échanges de pratiques et outils comptables mutualisés pour les petites "
                    "structures (démarche « Comptasso »)."
                ),
                "en": {
                    "title": "Shared management and accounting",
                    "description": (
                        "Exchange of practices and pooled accounting tools for small "
                        "organisations (the “Comptasso” initiative)."
                    ),
                },
                "it": {
                    "title": "Gestione e contabilità condivise",
                    "description": (
                        "Scambio di pratiche e strumenti contabili condivisi per le piccole "
                        "organizzazioni (iniziativa «Comptasso»)."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une coopérative d'activités et d'emploi pour entreprendre autrement.",
            "description": (
                "Créacoop 05 permet à des porteurs de projet de tester puis de développer leur "
                "activité au sein d'une coopérative, comme entrepreneurs salariés, avec des "
                "services de gestion partagés. Au forum de 2018, elle a témoigné de la "
                "mutualisation de trésorerie au sein d'un groupement d'employeurs."
            ),
        },
        "en": {
            "summary": (
                "A business and employment cooperative for a different way of starting a business."
            ),
            "description": (
                "Créacoop 05 lets project holders test and then grow their activity inside a "
                "cooperative, as employee-entrepreneurs, with shared management services. At "
                "the 2018 forum, it described how cash is pooled within an employers' group."
            ),
        },
        "it": {
            "summary": "Una cooperativa di attività e di impiego per fare impresa in modo diverso.",
            "description": (
                "Créacoop 05 permette a chi ha un progetto di sperimentare e poi sviluppare la "
                "propria attività all'interno di una cooperativa, come imprenditore "
                "dipendente, con servizi di gestione condivisi. Al forum del 2018 ha "
                "raccontato la condivisione della liquidità all'interno di un gruppo di datori "
                "di lavoro."
            ),
        },
    },
    {
        "slug": "echanges-paysans",
        "name": "Échanges Paysans",
        "legal_form": "scic",
        "membership": "member",
        "sectors": ["agriculture-alimentation"],
        "themes": ["alimentation", "agriculture", "cooperation"],
        "commune": "05170",
        "address": "Chemin des Vergers",
        "website": "https://echanges-paysans.example.org/",
        "email": "contact@echanges-paysans.example.org",
        "phone": "04 92 00 01 05",
        "press_email": "presse@echanges-paysans.example.org",
        "social": {"facebook": "https://facebook.example.org/echangespaysans"},
        "offers": [
            {
                "kind": "equipment",
                "title": "Camion frigorifique",
                "description": (
                    "Prêt ou location solidaire, avec convention, pour transporter des "
                    "produits frais."
                ),
                "en": {
                    "title": "Refrigerated van",
                    "description": (
                        "Loan or solidarity-priced rental, under an agreement, to carry fresh "
                        "produce."
                    ),
                },
                "it": {
                    "title": "Furgone refrigerato",
                    "description": (
                        "Prestito o noleggio a prezzo solidale, con convenzione, per "
                        "trasportare prodotti freschi."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": (
                "Une plateforme paysanne qui approvisionne la restauration collective en "
                "produits locaux."
            ),
            "description": (
                "Échanges Paysans relie producteurs, cantines et restaurants pour servir une "
                "nourriture de qualité, locale et qui rémunère justement chacun. Constituée en "
                "SCIC, elle associe quatre collèges : producteurs, élus, clients et salariés "
                "ou citoyens. Elle est à l'origine du réseau régional Manger Bio en Provence."
            ),
        },
        "en": {
            "summary": (
                "A farmers' platform supplying school and staff canteens with local produce."
            ),
            "description": (
                "Échanges Paysans connects producers, canteens and restaurants to serve good "
                "local food that pays everyone fairly. Organised as a SCIC (multi-stakeholder "
                "cooperative), it has four member colleges: producers, elected officials, "
                "customers, and staff or citizens. It started the regional Manger Bio en "
                "Provence network."
            ),
        },
        "it": {
            "summary": (
                "Una piattaforma contadina che rifornisce la ristorazione collettiva di "
                "prodotti locali."
            ),
            "description": (
                "Échanges Paysans mette in contatto produttori, mense e ristoranti per servire "
                "un cibo di qualità, locale e che remunera equamente tutti. Costituita come "
                "SCIC (cooperativa multi-portatori di interesse), riunisce quattro collegi: "
                "produttori, amministratori locali, clienti e dipendenti o cittadini. È "
                "all'origine della rete regionale Manger Bio en Provence."
            ),
        },
    },
    {
        "slug": "manger-bio-en-provence",
        "name": "Manger Bio en Provence",
        "legal_form": "scic",
        "membership": "partner",
        "sectors": ["agriculture-alimentation"],
        "themes": ["alimentation", "agriculture"],
        "commune": "05170",
        "address": "Chemin des Vergers",
        "website": "https://manger-bio-en-provence.example.org/",
        "email": "contact@manger-bio-en-provence.example.org",
        "phone": "04 92 00 01 06",
        "press_email": "presse@manger-bio-en-provence.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un réseau régional de plateformes bio pour la restauration collective.",
            "description": (
                "Créé en 2018 sous forme de SCIC à partir de l'expérience d'Échanges Paysans, "
                "Manger Bio en Provence regroupe des plateformes et des épiceries paysannes de "
                "la région Sud pour approvisionner lycées et cantines en produits bio et "
                "locaux. Il rejoint le réseau national Manger Bio Ici et Maintenant."
            ),
        },
        "en": {
            "summary": (
                "A regional network of organic platforms for catering in schools and public "
                "canteens."
            ),
            "description": (
                "Set up in 2018 as a SCIC building on Échanges Paysans' experience, Manger Bio "
                "en Provence brings together farmers' platforms and grocery shops across the "
                "Sud region to supply secondary schools and canteens with organic, local food. "
                "It is part of the national Manger Bio Ici et Maintenant network."
            ),
        },
        "it": {
            "summary": (
                "Una rete regionale di piattaforme biologiche per la ristorazione collettiva."
            ),
            "description": (
                "Nata nel 2018 come SCIC a partire dall'esperienza di Échanges Paysans, Manger "
                "Bio en Provence riunisce piattaforme e botteghe contadine della regione Sud "
                "per rifornire licei e mense di prodotti biologici e locali. Fa parte della "
                "rete nazionale Manger Bio Ici et Maintenant."
            ),
        },
    },
    {
        "slug": "pole-sante-champsaur-valgaudemar",
        "name": "Pôle de santé Champsaur-Valgaudemar",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["sante"],
        "themes": ["sante", "solidarite", "cooperation"],
        "commune": "05132",
        "address": "12 route de Gap",
        "website": "https://pole-sante-champsaur-valgaudemar.example.org/",
        "email": "contact@pole-sante-champsaur-valgaudemar.example.org",
        "phone": "04 92 00 01 07",
        "press_email": "",
        "social": {},
        "offers": [
            {
                "kind": "room",
                "title": "Salle de prévention (15 places)",
                "description": (
                    "Pour des ateliers santé, des réunions de partenaires ou des permanences."
                ),
                "en": {
                    "title": "Prevention room (15 seats)",
                    "description": "For health workshops, partner meetings or drop-in sessions.",
                },
                "it": {
                    "title": "Sala per la prevenzione (15 posti)",
                    "description": "Per laboratori sulla salute, riunioni tra partner o sportelli.",
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": (
                "Les professionnels de santé du Champsaur et du Valgaudemar, organisés ensemble."
            ),
            "description": (
                "Le pôle de santé rassemble médecins, infirmiers, kinésithérapeutes et autres "
                "professionnels des deux vallées pour coordonner les parcours de soins et "
                "mener des actions de prévention. Dans un territoire de montagne où la "
                "démographie médicale est fragile, il mise sur la coopération avec les "
                "associations et les communes."
            ),
        },
        "en": {
            "summary": (
                "Health professionals of the Champsaur and Valgaudemar valleys, working together."
            ),
            "description": (
                "The health centre brings together doctors, nurses, physiotherapists and other "
                "professionals from both valleys to coordinate patient care and run prevention "
                "activities. In a mountain area where there are too few doctors, it relies on "
                "cooperation with associations and local councils."
            ),
        },
        "it": {
            "summary": (
                "I professionisti della salute del Champsaur e del Valgaudemar, organizzati "
                "insieme."
            ),
            "description": (
                "Il polo sanitario riunisce medici, infermieri, fisioterapisti e altri "
                "professionisti delle due valli per coordinare i percorsi di cura e svolgere "
                "attività di prevenzione. In un territorio di montagna con pochi medici, punta "
                "sulla cooperazione con le associazioni e i comuni."
            ),
        },
    },
    {
        "slug": "serres-lez-arts",
        "name": "Serres Lez'Arts",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["culture-loisirs"],
        "themes": ["culture", "education-populaire", "tourisme-durable"],
        "commune": "05166",
        "address": "6 Grande Rue",
        "website": "https://serres-lez-arts.example.org/",
        "email": "contact@serres-lez-arts.example.org",
        "phone": "04 92 00 01 08",
        "press_email": "presse@serres-lez-arts.example.org",
        "social": {"instagram": "https://instagram.example.org/serreslezarts"},
        "offers": [
            {
                "kind": "equipment",
                "title": "Petit matériel scénique",
                "description": (
                    "Projecteurs, pieds, câbles et un gradin léger pour des spectacles en "
                    "plein air."
                ),
                "en": {
                    "title": "Small stage equipment",
                    "description": (
                        "Spotlights, stands, cables and light seating tiers for open-air shows."
                    ),
                },
                "it": {
                    "title": "Piccola attrezzatura scenica",
                    "description": (
                        "Proiettori, supporti, cavi e una gradinata leggera per spettacoli "
                        "all'aperto."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Arts vivants et résidences d'artistes dans le Buëch, avec les habitants.",
            "description": (
                "Serres Lez'Arts organise spectacles, expositions et résidences d'artistes à "
                "Serres et dans les villages alentour. Avec les Transhumances artistiques, "
                "l'association fait circuler des artistes en création entre le Buëch et le "
                "Ventoux et associe les habitants, jusqu'à la présélection des artistes "
                "accueillis."
            ),
        },
        "en": {
            "summary": (
                "Performing arts and artist residencies in the Buëch valley, with local residents."
            ),
            "description": (
                "Serres Lez'Arts organises shows, exhibitions and artist residencies in Serres "
                "and the surrounding villages. With its artistic “transhumances”, the "
                "association moves artists at work between the Buëch and Mont Ventoux and "
                "involves residents, right down to shortlisting the artists who come."
            ),
        },
        "it": {
            "summary": "Spettacolo dal vivo e residenze d'artista nel Buëch, con gli abitanti.",
            "description": (
                "Serres Lez'Arts organizza spettacoli, mostre e residenze d'artista a Serres e "
                "nei paesi vicini. Con le «transumanze artistiche», l'associazione fa "
                "circolare artisti impegnati in una creazione tra il Buëch e il Ventoux e "
                "coinvolge gli abitanti, fino alla preselezione degli artisti accolti."
            ),
        },
    },
    {
        "slug": "koopera",
        "name": "Koopera",
        "legal_form": "collectif",
        "membership": "member",
        "sectors": ["accompagnement-reseaux"],
        "themes": ["cooperation", "emploi"],
        "commune": "05023",
        "address": "8 rue de la Paix",
        "website": "https://koopera.example.org/",
        "email": "contact@koopera.example.org",
        "phone": "04 92 00 01 09",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un collectif briançonnais qui fait coopérer structures et entrepreneurs.",
            "description": (
                "Koopera compte parmi les initiatives de mutualisation et de coopération entre "
                "structures repérées dans le département. Le collectif met en relation "
                "associations, coopératives et indépendants du Briançonnais pour partager des "
                "moyens, des compétences et des projets."
            ),
        },
        "en": {
            "summary": (
                "A collective in Briançon that gets organisations and entrepreneurs cooperating."
            ),
            "description": (
                "Koopera is one of the pooling and cooperation initiatives between "
                "organisations identified in the department. The collective connects "
                "associations, cooperatives and freelancers of the Briançon area so that they "
                "share resources, skills and projects."
            ),
        },
        "it": {
            "summary": "Un collettivo di Briançon che fa cooperare organizzazioni e imprenditori.",
            "description": (
                "Koopera è tra le iniziative di condivisione e di cooperazione tra "
                "organizzazioni individuate nel dipartimento. Il collettivo mette in contatto "
                "associazioni, cooperative e lavoratori autonomi del Briançonnais per "
                "condividere mezzi, competenze e progetti."
            ),
        },
    },
    {
        "slug": "ludambule",
        "name": "Ludambule",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["culture-loisirs"],
        "themes": ["culture", "jeunesse", "education-populaire"],
        "commune": "05061",
        "address": "22 rue du Forest d'Entrais",
        "website": "https://ludambule.example.org/",
        "email": "contact@ludambule.example.org",
        "phone": "04 92 00 01 10",
        "press_email": "",
        "social": {"facebook": "https://facebook.example.org/ludambule"},
        "offers": [
            {
                "kind": "equipment",
                "title": "Malles de jeux",
                "description": (
                    "Jeux de société et grands jeux en bois prêtés pour vos fêtes et événements."
                ),
                "en": {
                    "title": "Boxes of games",
                    "description": (
                        "Board games and large wooden games lent for your fairs and events."
                    ),
                },
                "it": {
                    "title": "Casse di giochi",
                    "description": (
                        "Giochi da tavolo e grandi giochi in legno in prestito per feste ed eventi."
                    ),
                },
            },
            {
                "kind": "skill",
                "title": "Conception et animation de jeux",
                "description": (
                    "Savoir-faire ludique mis à disposition par convention, pour un projet ou "
                    "un événement."
                ),
                "en": {
                    "title": "Game design and facilitation",
                    "description": (
                        "Games expertise made available under an agreement, for a project or "
                        "an event."
                    ),
                },
                "it": {
                    "title": "Progettazione e animazione di giochi",
                    "description": (
                        "Competenze ludiche messe a disposizione tramite convenzione, per un "
                        "progetto o un evento."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une ludothèque associative : jouer ensemble, à tout âge.",
            "description": (
                "Ludambule fait vivre le jeu à Gap et dans le département : prêt de jeux, "
                "soirées jeux, animations dans les écoles et les fêtes de village. C'est son "
                "besoin de locaux plus grands qui a donné naissance à Locommun, et son "
                "savoir-faire ludique a été mis à disposition d'une entreprise d'édition "
                "numérique par convention."
            ),
        },
        "en": {
            "summary": "A community toy library: playing together, at any age.",
            "description": (
                "Ludambule brings games to life in Gap and across the department: game "
                "lending, game nights, activities in schools and at village fairs. Its need "
                "for larger premises gave birth to Locommun, and its games expertise has been "
                "made available to a digital publishing company under a staff-sharing "
                "agreement."
            ),
        },
        "it": {
            "summary": "Una ludoteca associativa: giocare insieme, a ogni età.",
            "description": (
                "Ludambule fa vivere il gioco a Gap e in tutto il dipartimento: prestito di "
                "giochi, serate di gioco, animazioni nelle scuole e nelle feste di paese. È "
                "dal suo bisogno di locali più grandi che è nato Locommun, e le sue competenze "
                "ludiche sono state messe a disposizione di un'impresa di editoria digitale "
                "tramite convenzione."
            ),
        },
    },
    {
        "slug": "la-locomotive",
        "name": "La Locomotive",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["accompagnement-reseaux", "commerce-services"],
        "themes": ["tiers-lieux", "numerique", "emploi"],
        "commune": "05061",
        "address": "12 rue du Dépôt",
        "website": "https://la-locomotive.example.org/",
        "email": "contact@la-locomotive.example.org",
        "phone": "04 92 00 01 11",
        "press_email": "",
        "social": {},
        "offers": [
            {
                "kind": "room",
                "title": "Coworking et salle de réunion (12 places)",
                "description": (
                    "Postes de travail à la journée et salle de réunion, tarif solidaire pour "
                    "les membres du réseau."
                ),
                "en": {
                    "title": "Coworking and meeting room (12 seats)",
                    "description": (
                        "Desks by the day and a meeting room, at a solidarity price for "
                        "network members."
                    ),
                },
                "it": {
                    "title": "Coworking e sala riunioni (12 posti)",
                    "description": (
                        "Postazioni giornaliere e sala riunioni, a prezzo solidale per gli "
                        "aderenti alla rete."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un espace de coworking associatif à Gap.",
            "description": (
                "La Locomotive accueille indépendants, salariés à distance et petites "
                "structures dans un espace de travail partagé et convivial. Lieu de rencontres "
                "entre métiers, elle a porté une réponse collective à un appel à projets "
                "régional sur les données ouvertes."
            ),
        },
        "en": {
            "summary": "A community-run coworking space in Gap.",
            "description": (
                "La Locomotive hosts freelancers, remote workers and small organisations in a "
                "friendly shared workspace. A meeting place between trades, it led a joint bid "
                "for a regional call for projects on open data."
            ),
        },
        "it": {
            "summary": "Uno spazio di coworking associativo a Gap.",
            "description": (
                "La Locomotive accoglie lavoratori autonomi, dipendenti a distanza e piccole "
                "organizzazioni in uno spazio di lavoro condiviso e conviviale. Luogo "
                "d'incontro tra mestieri diversi, ha coordinato una risposta collettiva a un "
                "bando regionale sui dati aperti."
            ),
        },
    },
    {
        "slug": "alpaje",
        "name": "ALPAJE",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["action-sociale"],
        "themes": ["jeunesse", "solidarite", "emploi"],
        "commune": "05061",
        "address": "3 place Saint-Arnoux",
        "website": "https://alpaje.example.org/",
        "email": "contact@alpaje.example.org",
        "phone": "04 92 00 01 12",
        "press_email": "presse@alpaje.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Le réseau des lieux d'accueil de la petite enfance à gestion parentale.",
            "description": (
                "ALPAJE, association départementale du réseau ACEPP, accompagne les crèches "
                "parentales et les projets petite enfance des Hautes-Alpes. Lauréate d'un "
                "appel à projets de lutte contre la pauvreté, elle agit dès la petite enfance "
                "en facilitant l'accès à l'emploi et la professionnalisation et en soutenant "
                "les parents."
            ),
        },
        "en": {
            "summary": "The network of parent-run early childhood services.",
            "description": (
                "ALPAJE, the departmental branch of the ACEPP network, supports parent-run "
                "crèches and early childhood projects in the Hautes-Alpes. Winner of an "
                "anti-poverty call for projects, it acts from early childhood onwards by "
                "making access to jobs and training easier and by supporting parents."
            ),
        },
        "it": {
            "summary": "La rete dei servizi per la prima infanzia gestiti dai genitori.",
            "description": (
                "ALPAJE, associazione dipartimentale della rete ACEPP, accompagna gli asili "
                "nido parentali e i progetti per la prima infanzia delle Alte Alpi. Vincitrice "
                "di un bando contro la povertà, agisce fin dalla prima infanzia facilitando "
                "l'accesso al lavoro e la professionalizzazione e sostenendo i genitori."
            ),
        },
    },
    {
        "slug": "chez-bernie",
        "name": "Chez Bernie",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["agriculture-alimentation", "action-sociale"],
        "themes": ["alimentation", "solidarite", "jeunesse"],
        "commune": "05017",
        "address": "Place de la Mairie",
        "website": "https://chez-bernie.example.org/",
        "email": "contact@chez-bernie.example.org",
        "phone": "04 92 00 01 13",
        "press_email": "",
        "social": {"facebook": "https://facebook.example.org/chezbernie"},
        "offers": [
            {
                "kind": "equipment",
                "title": "Cuisine mobile",
                "description": (
                    "Cuisine itinérante équipée, à partager pour des repas collectifs et des fêtes."
                ),
                "en": {
                    "title": "Mobile kitchen",
                    "description": (
                        "A fully equipped travelling kitchen to share for communal meals and fairs."
                    ),
                },
                "it": {
                    "title": "Cucina mobile",
                    "description": (
                        "Cucina itinerante attrezzata, da condividere per pasti collettivi e feste."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un café des familles et une cantine participative itinérante.",
            "description": (
                "Chez Bernie aide les familles à sortir de l'isolement et à mieux se nourrir "
                "grâce à un café-restaurant participatif et itinérant. Lauréat d'un appel à "
                "projets Alimentation durable, le café des familles a franchi le cap de la "
                "mutualisation de ses locaux pendant la crise sanitaire."
            ),
        },
        "en": {
            "summary": "A family café and a travelling participatory canteen.",
            "description": (
                "Chez Bernie helps families break out of isolation and eat better through a "
                "participatory café-restaurant that travels from village to village. Winner of "
                "a sustainable food call for projects, the family café took the step of "
                "sharing its premises during the health crisis."
            ),
        },
        "it": {
            "summary": "Un caffè delle famiglie e una mensa partecipativa itinerante.",
            "description": (
                "Chez Bernie aiuta le famiglie a uscire dall'isolamento e a nutrirsi meglio "
                "grazie a un caffè-ristorante partecipativo e itinerante. Vincitore di un "
                "bando sull'alimentazione sostenibile, il caffè delle famiglie ha fatto il "
                "passo di condividere i propri locali durante la crisi sanitaria."
            ),
        },
    },
    {
        "slug": "espace-culturel-chaillol",
        "name": "Espace Culturel de Chaillol",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["culture-loisirs"],
        "themes": ["culture", "tourisme-durable", "education-populaire"],
        "commune": "05153",
        "address": "Le Village",
        "website": "https://espace-culturel-chaillol.example.org/",
        "email": "contact@espace-culturel-chaillol.example.org",
        "phone": "04 92 00 01 14",
        "press_email": "presse@espace-culturel-chaillol.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Festival et création artistique en milieu rural, dans le Champsaur.",
            "description": (
                "L'Espace Culturel de Chaillol porte le Festival de Chaillol et des projets de "
                "création au plus près des habitants des vallées. Avec « Artistes en présence "
                "», des artistes s'installent dans la durée sur le territoire ; l'association "
                "s'interroge aussi sur sa responsabilité sociale et environnementale."
            ),
        },
        "en": {
            "summary": "A festival and artistic creation in the countryside of the Champsaur.",
            "description": (
                "The Espace Culturel de Chaillol runs the Chaillol Festival and creative "
                "projects close to the people of the valleys. With “Artistes en présence”, "
                "artists settle in the area over time; the association also reflects on its "
                "social and environmental responsibility."
            ),
        },
        "it": {
            "summary": "Festival e creazione artistica in ambiente rurale, nel Champsaur.",
            "description": (
                "L'Espace Culturel de Chaillol organizza il Festival di Chaillol e progetti di "
                "creazione vicini agli abitanti delle valli. Con «Artistes en présence», "
                "alcuni artisti si stabiliscono sul territorio per un lungo periodo; "
                "l'associazione riflette anche sulla propria responsabilità sociale e "
                "ambientale."
            ),
        },
    },
    {
        "slug": "chorges-en-transition",
        "name": "Chorges en Transition",
        "legal_form": "collectif",
        "membership": "member",
        "sectors": ["environnement-energie"],
        "themes": ["environnement", "agriculture", "alimentation"],
        "commune": "05040",
        "address": "Chemin du Jardin collectif",
        "website": "https://chorges-en-transition.example.org/",
        "email": "contact@chorges-en-transition.example.org",
        "phone": "04 92 00 01 15",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un collectif citoyen pour la transition écologique à Chorges.",
            "description": (
                "Chorges en Transition rassemble des habitants qui agissent pour un mode de "
                "vie plus sobre et plus solidaire. Son jardin collectif, pédagogique et "
                "expérimental, soutenu par un appel à projets Jardins partagés et collectifs, "
                "est un lieu d'apprentissage et d'intelligence collective."
            ),
        },
        "en": {
            "summary": "A citizens' group for the ecological transition in Chorges.",
            "description": (
                "Chorges en Transition brings together residents working towards a more sober "
                "and caring way of life. Its community garden, both educational and "
                "experimental and supported by a shared gardens call for projects, is a place "
                "for learning and collective intelligence."
            ),
        },
        "it": {
            "summary": "Un collettivo di cittadini per la transizione ecologica a Chorges.",
            "description": (
                "Chorges en Transition riunisce abitanti che agiscono per uno stile di vita "
                "più sobrio e solidale. Il suo orto collettivo, didattico e sperimentale, "
                "sostenuto da un bando sugli orti condivisi e collettivi, è un luogo di "
                "apprendimento e di intelligenza collettiva."
            ),
        },
    },
    {
        "slug": "comptoir-des-assos",
        "name": "Comptoir des Assos",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["accompagnement-reseaux"],
        "themes": ["cooperation", "formation", "solidarite"],
        "commune": "05046",
        "address": "9 rue de la Liberté",
        "website": "https://comptoir-des-assos.example.org/",
        "email": "contact@comptoir-des-assos.example.org",
        "phone": "04 92 00 01 16",
        "press_email": "presse@comptoir-des-assos.example.org",
        "social": {},
        "offers": [
            {
                "kind": "equipment",
                "title": "Matériel événementiel",
                "description": (
                    "Barnums, tables, sono et vaisselle réutilisable prêtés aux associations."
                ),
                "en": {
                    "title": "Event equipment",
                    "description": (
                        "Marquees, tables, sound system and reusable tableware lent to "
                        "associations."
                    ),
                },
                "it": {
                    "title": "Attrezzatura per eventi",
                    "description": (
                        "Gazebo, tavoli, impianto audio e stoviglie riutilizzabili in prestito "
                        "alle associazioni."
                    ),
                },
            },
            {
                "kind": "skill",
                "title": "Conseil à la vie associative",
                "description": (
                    "Premiers conseils sur les statuts, la gouvernance, l'emploi et les "
                    "financements."
                ),
                "en": {
                    "title": "Advice for associations",
                    "description": "First advice on statutes, governance, employment and funding.",
                },
                "it": {
                    "title": "Consulenza per le associazioni",
                    "description": (
                        "Prime indicazioni su statuti, governance, lavoro e finanziamenti."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un centre de ressources et de services pour les associations.",
            "description": (
                "Le Comptoir des Assos conseille et outille les associations dans leur "
                "fonctionnement : vie statutaire, emploi, financements, prêt de matériel. Il "
                "est l'un des quatre porteurs du projet de mutualisation Altitudes Coopérantes."
            ),
        },
        "en": {
            "summary": "A resource and service centre for associations.",
            "description": (
                "The Comptoir des Assos advises and equips associations in how they run: "
                "governance, employment, funding, equipment loans. It is one of the four "
                "organisations leading the Altitudes Coopérantes pooling project."
            ),
        },
        "it": {
            "summary": "Un centro di risorse e servizi per le associazioni.",
            "description": (
                "Il Comptoir des Assos consiglia e fornisce strumenti alle associazioni per il "
                "loro funzionamento: vita statutaria, lavoro, finanziamenti, prestito di "
                "attrezzature. È una delle quattro organizzazioni che guidano il progetto di "
                "condivisione Altitudes Coopérantes."
            ),
        },
    },
    {
        "slug": "mjc-du-brianconnais",
        "name": "MJC du Briançonnais – Centre social",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["culture-loisirs", "action-sociale"],
        "themes": ["education-populaire", "jeunesse", "culture"],
        "commune": "05023",
        "address": "4 avenue du Dauphiné",
        "website": "https://mjc-du-brianconnais.example.org/",
        "email": "contact@mjc-du-brianconnais.example.org",
        "phone": "04 92 00 01 17",
        "press_email": "presse@mjc-du-brianconnais.example.org",
        "social": {},
        "offers": [
            {
                "kind": "room",
                "title": "Salles d'activités",
                "description": (
                    "Salles pour ateliers, réunions et petits spectacles, selon les disponibilités."
                ),
                "en": {
                    "title": "Activity rooms",
                    "description": (
                        "Rooms for workshops, meetings and small shows, subject to availability."
                    ),
                },
                "it": {
                    "title": "Sale per attività",
                    "description": (
                        "Sale per laboratori, riunioni e piccoli spettacoli, secondo disponibilità."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "La maison des jeunes et de la culture et le centre social du Briançonnais.",
            "description": (
                "La MJC du Briançonnais-Centre social propose activités culturelles, accueil "
                "de loisirs, accompagnement des familles et projets de jeunes, dans l'esprit "
                "de l'éducation populaire. Elle co-porte le projet de mutualisation Altitudes "
                "Coopérantes."
            ),
        },
        "en": {
            "summary": "The youth and culture centre and community centre of the Briançon area.",
            "description": (
                "The MJC du Briançonnais community centre offers cultural activities, holiday "
                "and after-school clubs, support for families and youth projects, in the "
                "spirit of popular education. It co-leads the Altitudes Coopérantes pooling "
                "project."
            ),
        },
        "it": {
            "summary": "La casa dei giovani e della cultura e centro sociale del Briançonnais.",
            "description": (
                "La MJC du Briançonnais-Centre social propone attività culturali, centri "
                "ricreativi, sostegno alle famiglie e progetti dei giovani, nello spirito "
                "dell'educazione popolare. È tra i promotori del progetto di condivisione "
                "Altitudes Coopérantes."
            ),
        },
    },
    {
        "slug": "la-roue",
        "name": "La Roue",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["finance-solidaire"],
        "themes": ["monnaie-locale", "solidarite", "cooperation"],
        "commune": "05023",
        "address": "15 Grande Rue",
        "website": "https://la-roue.example.org/",
        "email": "contact@la-roue.example.org",
        "phone": "04 92 00 01 18",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "La monnaie locale citoyenne, qui circule aussi dans les Hautes-Alpes.",
            "description": (
                "La Roue est une monnaie locale complémentaire utilisée par des habitants, des "
                "commerçants et des producteurs engagés. Au forum 2021, elle a été présentée "
                "comme un levier transversal des transitions : elle relocalise les échanges et "
                "relie les acteurs d'un même territoire, du Briançonnais au Buëch."
            ),
        },
        "en": {
            "summary": "The citizens' local currency, also in use in the Hautes-Alpes.",
            "description": (
                "La Roue is a complementary local currency used by committed residents, shops "
                "and producers. At the 2021 forum it was presented as a cross-cutting lever "
                "for transitions: it brings trade back home and links the actors of one "
                "territory, from the Briançon area to the Buëch."
            ),
        },
        "it": {
            "summary": "La moneta locale dei cittadini, che circola anche nelle Alte Alpi.",
            "description": (
                "La Roue è una moneta locale complementare usata da abitanti, commercianti e "
                "produttori impegnati. Al forum 2021 è stata presentata come una leva "
                "trasversale delle transizioni: riporta gli scambi sul territorio e collega "
                "gli attori di uno stesso territorio, dal Briançonnais al Buëch."
            ),
        },
    },
    {
        "slug": "adrets",
        "name": "ADRETS",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["accompagnement-reseaux"],
        "themes": ["cooperation", "mobilite", "solidarite"],
        "commune": "05061",
        "address": "5 rue Pasteur",
        "website": "https://adrets.example.org/",
        "email": "contact@adrets.example.org",
        "phone": "04 92 00 01 19",
        "press_email": "",
        "social": {},
        "offers": [
            {
                "kind": "skill",
                "title": "Ingénierie de projets de coopération",
                "description": (
                    "Diagnostic, animation de groupes de travail et rédaction de conventions "
                    "de partenariat."
                ),
                "en": {
                    "title": "Engineering of cooperation projects",
                    "description": (
                        "Needs assessment, working group facilitation and drafting of "
                        "partnership agreements."
                    ),
                },
                "it": {
                    "title": "Progettazione di progetti di cooperazione",
                    "description": (
                        "Diagnosi, conduzione di gruppi di lavoro e stesura di convenzioni di "
                        "partenariato."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une association d'appui aux territoires alpins et à l'accès aux services.",
            "description": (
                "L'ADRETS accompagne collectivités et acteurs locaux dans leurs projets "
                "d'accès aux services, de mobilité et de coopération. Membre de Locommun, elle "
                "a apporté à la table ronde de Tallard son regard sur les conventions de "
                "partenariat et le partage des responsabilités."
            ),
        },
        "en": {
            "summary": "An association supporting Alpine territories and access to services.",
            "description": (
                "ADRETS supports local authorities and local actors in projects on access to "
                "services, mobility and cooperation. A member of Locommun, it shared its view "
                "on partnership agreements and shared responsibilities at the Tallard round "
                "table."
            ),
        },
        "it": {
            "summary": "Un'associazione di supporto ai territori alpini e all'accesso ai servizi.",
            "description": (
                "L'ADRETS accompagna enti locali e attori del territorio nei loro progetti di "
                "accesso ai servizi, di mobilità e di cooperazione. Membro di Locommun, alla "
                "tavola rotonda di Tallard ha portato il suo punto di vista sulle convenzioni "
                "di partenariato e sulla condivisione delle responsabilità."
            ),
        },
    },
    {
        "slug": "fondation-de-france",
        "name": "Fondation de France",
        "legal_form": "fondation",
        "membership": "partner",
        "sectors": ["finance-solidaire"],
        "themes": ["solidarite", "cooperation"],
        "commune": "05061",
        "address": "Délégation Méditerranée, intervention dans tout le département",
        "website": "https://fondation-de-france.example.org/",
        "email": "contact@fondation-de-france.example.org",
        "phone": "04 92 00 01 20",
        "press_email": "presse@fondation-de-france.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "La fondation qui a soutenu les projets citoyens du programme Hors-Pistes.",
            "description": (
                "Avec le programme Hors-Pistes, la Fondation de France a soutenu en cinq ans "
                "une cinquantaine de projets citoyens dans les Hautes-Alpes, portés pour "
                "moitié par des associations nouvellement créées. Elle continue d'aider les "
                "projets structurants et réfléchit à la consolidation de cette dynamique."
            ),
        },
        "en": {
            "summary": "The foundation behind the citizen projects of the Hors-Pistes programme.",
            "description": (
                "Through its Hors-Pistes programme, the Fondation de France supported some "
                "fifty citizen projects in the Hautes-Alpes over five years, half of them run "
                "by newly created associations. It goes on helping structuring projects and is "
                "considering how to consolidate this momentum."
            ),
        },
        "it": {
            "summary": (
                "La fondazione che ha sostenuto i progetti civici del programma Hors-Pistes."
            ),
            "description": (
                "Con il programma Hors-Pistes, la Fondation de France ha sostenuto in cinque "
                "anni una cinquantina di progetti civici nelle Alte Alpi, per metà portati "
                "avanti da associazioni appena nate. Continua ad aiutare i progetti "
                "strutturanti e riflette su come consolidare questa dinamica."
            ),
        },
    },
    {
        "slug": "france-active-paca",
        "name": "France Active Provence-Alpes-Côte d'Azur",
        "legal_form": "association",
        "membership": "partner",
        "sectors": ["finance-solidaire"],
        "themes": ["emploi", "cooperation"],
        "commune": "05061",
        "address": "24 boulevard de la Libération",
        "website": "https://france-active-paca.example.org/",
        "email": "contact@france-active-paca.example.org",
        "phone": "04 92 00 01 21",
        "press_email": "presse@france-active-paca.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": (
                "Le financement solidaire des entreprises de l'ESS et des créateurs engagés."
            ),
            "description": (
                "France Active PACA accompagne et finance les entrepreneurs engagés et les "
                "structures de l'ESS : garanties bancaires, prêts solidaires, investissements. "
                "Partenaire du projet Altitudes Coopérantes, elle y apporte son expertise sur "
                "la trésorerie et les dispositifs financiers."
            ),
        },
        "en": {
            "summary": "Solidarity finance for ESS organisations and committed entrepreneurs.",
            "description": (
                "France Active PACA supports and finances committed entrepreneurs and ESS "
                "organisations: bank guarantees, solidarity loans, equity. A partner in the "
                "Altitudes Coopérantes project, it brings its expertise on cash management and "
                "funding schemes."
            ),
        },
        "it": {
            "summary": "Finanza solidale per le imprese dell'ESS e gli imprenditori impegnati.",
            "description": (
                "France Active PACA accompagna e finanzia gli imprenditori impegnati e le "
                "organizzazioni dell'ESS: garanzie bancarie, prestiti solidali, investimenti. "
                "Partner del progetto Altitudes Coopérantes, vi porta la sua esperienza sulla "
                "liquidità e sugli strumenti finanziari."
            ),
        },
    },
    {
        "slug": "chrysalide",
        "name": "Chrysalide",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["action-sociale", "habitat-logement"],
        "themes": ["handicap", "habitat", "solidarite"],
        "commune": "05170",
        "address": "Grande Rue",
        "website": "https://chrysalide.example.org/",
        "email": "contact@chrysalide.example.org",
        "phone": "04 92 00 01 22",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": (
                "Accompagner des personnes en situation de handicap mental vers l'autonomie."
            ),
            "description": (
                "Chrysalide accompagne des personnes en situation de handicap mental dans leur "
                "parcours d'autonomie et de citoyenneté. À Tallard, avec la commune et "
                "l'office public de l'habitat, elle participe à l'Hôtel des voyageurs : des "
                "logements sociaux en centre-ville avec un accompagnement adapté."
            ),
        },
        "en": {
            "summary": "Supporting people with intellectual disabilities towards independence.",
            "description": (
                "Chrysalide supports people with intellectual disabilities on their path to "
                "independence and citizenship. In Tallard, with the town council and the "
                "public housing office, it takes part in the Hôtel des voyageurs: social "
                "housing in the town centre with suitable support."
            ),
        },
        "it": {
            "summary": "Accompagnare le persone con disabilità intellettiva verso l'autonomia.",
            "description": (
                "Chrysalide accompagna persone con disabilità intellettiva nel loro percorso "
                "di autonomia e di cittadinanza. A Tallard, con il comune e l'ente pubblico "
                "per la casa, partecipa all'Hôtel des voyageurs: alloggi sociali in centro con "
                "un accompagnamento adeguato."
            ),
        },
    },
    {
        "slug": "profession-sport-05",
        "name": "Profession Sport 05",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["sport-tourisme", "formation-insertion"],
        "themes": ["emploi", "jeunesse", "formation"],
        "commune": "05061",
        "address": "2 rue des Sports",
        "website": "https://profession-sport-05.example.org/",
        "email": "contact@profession-sport-05.example.org",
        "phone": "04 92 00 01 23",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "L'emploi et la professionnalisation dans le sport et l'animation.",
            "description": (
                "Profession Sport 05 facilite l'emploi d'éducateurs sportifs et d'animateurs "
                "par les clubs, les associations et les communes, en prenant en charge les "
                "démarches administratives. Elle réfléchit avec Créacoop 05 à des outils "
                "comptables mutualisés pour les associations."
            ),
        },
        "en": {
            "summary": "Jobs and professional development in sport and youth work.",
            "description": (
                "Profession Sport 05 makes it easier for clubs, associations and local "
                "councils to employ sports coaches and youth workers, by handling the "
                "paperwork. With Créacoop 05, it is working on pooled accounting tools for "
                "associations."
            ),
        },
        "it": {
            "summary": "Lavoro e professionalizzazione nello sport e nell'animazione.",
            "description": (
                "Profession Sport 05 facilita l'assunzione di istruttori sportivi e animatori "
                "da parte di club, associazioni e comuni, occupandosi delle pratiche "
                "amministrative. Con Créacoop 05 lavora a strumenti contabili condivisi per le "
                "associazioni."
            ),
        },
    },
    {
        "slug": "mutualite-francaise-sud",
        "name": "Mutualité Française Sud",
        "legal_form": "mutuelle",
        "membership": "partner",
        "sectors": ["sante"],
        "themes": ["sante", "solidarite"],
        "commune": "05061",
        "address": "11 rue de France",
        "website": "https://mutualite-francaise-sud.example.org/",
        "email": "contact@mutualite-francaise-sud.example.org",
        "phone": "04 92 00 01 24",
        "press_email": "presse@mutualite-francaise-sud.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "La fédération des mutuelles santé de la région Sud.",
            "description": (
                "La Mutualité Française Sud mène des actions de prévention et de promotion de "
                "la santé et soutient des projets de coopération en santé dans les "
                "territoires, par exemple au travers d'appels à projets comme les « fabriques "
                "santé »."
            ),
        },
        "en": {
            "summary": "The federation of health mutuals in the Sud region.",
            "description": (
                "The Mutualité Française Sud runs health prevention and promotion activities "
                "and supports health cooperation projects in local areas, for instance through "
                "calls for projects such as the “health workshops” (fabriques santé)."
            ),
        },
        "it": {
            "summary": "La federazione delle mutue sanitarie della regione Sud.",
            "description": (
                "La Mutualité Française Sud svolge attività di prevenzione e di promozione "
                "della salute e sostiene progetti di cooperazione sanitaria nei territori, per "
                "esempio attraverso bandi come le «fabbriche della salute» (fabriques santé)."
            ),
        },
    },
    {
        "slug": "la-trouvaille",
        "name": "La Trouvaille, ressourcerie des Écrins",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["environnement-energie", "formation-insertion"],
        "themes": ["environnement", "insertion", "solidarite"],
        "commune": "05006",
        "address": "Zone artisanale des Sablières",
        "website": "https://la-trouvaille.example.org/",
        "email": "contact@la-trouvaille.example.org",
        "phone": "04 92 00 01 25",
        "press_email": "",
        "social": {},
        "offers": [
            {
                "kind": "equipment",
                "title": "Camion de 20 m³ avec chauffeur",
                "description": (
                    "Pour les déménagements associatifs et les collectes, sur réservation."
                ),
                "en": {
                    "title": "20 m³ lorry with driver",
                    "description": "For association moves and collections, on booking.",
                },
                "it": {
                    "title": "Camion da 20 m³ con autista",
                    "description": "Per traslochi di associazioni e raccolte, su prenotazione.",
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une ressourcerie : collecter, réparer, revendre et sensibiliser.",
            "description": (
                "La Trouvaille donne une seconde vie aux objets du Pays des Écrins : collecte, "
                "tri, réparation et revente à petit prix. Elle crée des emplois accessibles "
                "aux personnes éloignées de l'emploi et anime des ateliers de réduction des "
                "déchets, à l'image des ressourceries citoyennes souhaitées au forum de 2018."
            ),
        },
        "en": {
            "summary": "A reuse centre: collecting, repairing, reselling and raising awareness.",
            "description": (
                "La Trouvaille gives a second life to objects from the Pays des Écrins: "
                "collection, sorting, repair and resale at low prices. It creates jobs open to "
                "people far from employment and runs waste-reduction workshops, like the "
                "citizen reuse centres called for at the 2018 forum."
            ),
        },
        "it": {
            "summary": "Un centro del riuso: raccogliere, riparare, rivendere e sensibilizzare.",
            "description": (
                "La Trouvaille dà una seconda vita agli oggetti del Pays des Écrins: raccolta, "
                "selezione, riparazione e rivendita a basso prezzo. Crea posti di lavoro "
                "accessibili alle persone lontane dal mondo del lavoro e organizza laboratori "
                "per ridurre i rifiuti, come i centri del riuso civici auspicati al forum del "
                "2018."
            ),
        },
    },
    {
        "slug": "atelier-velo-durance",
        "name": "Atelier Vélo Durance",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["environnement-energie", "commerce-services"],
        "themes": ["mobilite", "environnement", "education-populaire"],
        "commune": "05046",
        "address": "21 avenue de la Gare",
        "website": "https://atelier-velo-durance.example.org/",
        "email": "contact@atelier-velo-durance.example.org",
        "phone": "04 92 00 01 26",
        "press_email": "",
        "social": {"mastodon": "https://mastodon.example.org/@velodurance"},
        "offers": [
            {
                "kind": "equipment",
                "title": "Vélos cargos à assistance électrique",
                "description": "Deux vélos cargos prêtés pour un événement ou une semaine d'essai.",
                "en": {
                    "title": "Electric cargo bikes",
                    "description": "Two cargo bikes lent for an event or a one-week trial.",
                },
                "it": {
                    "title": "Cargo bike a pedalata assistita",
                    "description": (
                        "Due cargo bike in prestito per un evento o per una settimana di prova."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un atelier vélo participatif dans l'Embrunais.",
            "description": (
                "L'atelier apprend à chacun à entretenir et réparer son vélo, remet en état "
                "des vélos délaissés et organise des sorties pour développer les déplacements "
                "à vélo au quotidien entre Embrun, Savines-le-Lac et les villages voisins."
            ),
        },
        "en": {
            "summary": "A community bike workshop in the Embrun area.",
            "description": (
                "The workshop teaches everyone to maintain and repair their own bike, "
                "refurbishes abandoned bikes and organises rides to encourage everyday cycling "
                "between Embrun, Savines-le-Lac and the nearby villages."
            ),
        },
        "it": {
            "summary": "Una ciclofficina partecipativa nell'Embrunais.",
            "description": (
                "La ciclofficina insegna a ciascuno a curare e riparare la propria bicicletta, "
                "rimette in sesto biciclette abbandonate e organizza uscite per diffondere "
                "l'uso quotidiano della bici tra Embrun, Savines-le-Lac e i paesi vicini."
            ),
        },
    },
    {
        "slug": "soleil-de-serre-poncon",
        "name": "Soleil de Serre-Ponçon",
        "legal_form": "scic",
        "membership": "member",
        "sectors": ["environnement-energie"],
        "themes": ["energie", "environnement", "cooperation"],
        "commune": "05164",
        "address": "Route du Lac",
        "website": "https://soleil-de-serre-poncon.example.org/",
        "email": "contact@soleil-de-serre-poncon.example.org",
        "phone": "04 92 00 01 27",
        "press_email": "presse@soleil-de-serre-poncon.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une coopérative citoyenne de production d'énergie solaire.",
            "description": (
                "Habitants, communes et entreprises investissent ensemble dans des centrales "
                "solaires posées sur des toitures publiques et agricoles autour du lac de "
                "Serre-Ponçon. Les revenus restent sur le territoire et financent des actions "
                "d'économie d'énergie."
            ),
        },
        "en": {
            "summary": "A citizens' cooperative producing solar energy.",
            "description": (
                "Residents, local councils and businesses invest together in solar arrays on "
                "public and farm roofs around Lake Serre-Ponçon. The income stays in the area "
                "and funds energy-saving projects."
            ),
        },
        "it": {
            "summary": "Una cooperativa di cittadini per la produzione di energia solare.",
            "description": (
                "Abitanti, comuni e imprese investono insieme in impianti solari installati "
                "sui tetti pubblici e agricoli intorno al lago di Serre-Ponçon. I ricavi "
                "restano sul territorio e finanziano interventi di risparmio energetico."
            ),
        },
    },
    {
        "slug": "les-jardins-du-buech",
        "name": "Les Jardins du Buëch",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["formation-insertion", "agriculture-alimentation"],
        "themes": ["insertion", "agriculture", "alimentation"],
        "commune": "05010",
        "address": "Quartier de la Plaine",
        "website": "https://les-jardins-du-buech.example.org/",
        "email": "contact@les-jardins-du-buech.example.org",
        "phone": "04 92 00 01 28",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Un chantier d'insertion en maraîchage biologique.",
            "description": (
                "Les Jardins du Buëch proposent à des personnes éloignées de l'emploi un "
                "contrat de travail et un accompagnement, autour de la culture de légumes "
                "biologiques vendus en paniers. Une partie de la récolte rejoint les cantines "
                "du département par les plateformes paysannes."
            ),
        },
        "en": {
            "summary": "A work-integration scheme in organic market gardening.",
            "description": (
                "Les Jardins du Buëch offer people far from employment a work contract and "
                "support, growing organic vegetables sold in weekly boxes. Part of the harvest "
                "goes to canteens in the department through the farmers' platforms."
            ),
        },
        "it": {
            "summary": "Un cantiere di inserimento lavorativo nell'orticoltura biologica.",
            "description": (
                "Les Jardins du Buëch offrono a persone lontane dal mondo del lavoro un "
                "contratto e un accompagnamento, coltivando ortaggi biologici venduti in "
                "cassette. Una parte del raccolto arriva alle mense del dipartimento "
                "attraverso le piattaforme contadine."
            ),
        },
    },
    {
        "slug": "mobilite-solidaire-valgaudemar",
        "name": "Mobilité solidaire Valgaudemar",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["action-sociale"],
        "themes": ["mobilite", "solidarite", "sante"],
        "commune": "05142",
        "address": "Place de l'Église",
        "website": "https://mobilite-solidaire-valgaudemar.example.org/",
        "email": "contact@mobilite-solidaire-valgaudemar.example.org",
        "phone": "04 92 00 01 29",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": (
                "Un transport solidaire assuré par des bénévoles pour les habitants sans véhicule."
            ),
            "description": (
                "Des conducteurs bénévoles emmènent les habitants isolés du Valgaudemar vers "
                "les commerces, les rendez-vous médicaux et les services, contre une petite "
                "participation aux frais. Une réponse concrète à l'éloignement des services "
                "dans les vallées les moins accessibles."
            ),
        },
        "en": {
            "summary": "Volunteer-run solidarity transport for residents without a car.",
            "description": (
                "Volunteer drivers take isolated residents of the Valgaudemar to shops, "
                "medical appointments and public services, for a small contribution to costs. "
                "A practical answer to the distance from services in the least accessible "
                "valleys."
            ),
        },
        "it": {
            "summary": "Un trasporto solidale garantito da volontari per gli abitanti senza auto.",
            "description": (
                "Autisti volontari accompagnano gli abitanti isolati del Valgaudemar verso i "
                "negozi, le visite mediche e i servizi, in cambio di un piccolo contributo "
                "alle spese. Una risposta concreta alla lontananza dei servizi nelle valli "
                "meno accessibili."
            ),
        },
    },
    {
        "slug": "meleze-et-cie",
        "name": "Mélèze & Cie",
        "legal_form": "scop",
        "membership": "member",
        "sectors": ["habitat-logement"],
        "themes": ["habitat", "energie", "environnement"],
        "commune": "05065",
        "address": "Zone artisanale du Villard",
        "website": "https://meleze-et-cie.example.org/",
        "email": "contact@meleze-et-cie.example.org",
        "phone": "04 92 00 01 30",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une SCOP de charpente et d'éco-construction en bois local.",
            "description": (
                "Les salariés associés de Mélèze & Cie construisent et rénovent avec le bois "
                "des forêts alpines et des isolants biosourcés. La coopérative forme des "
                "apprentis et travaille avec les communes du Guillestrois et du Queyras à la "
                "rénovation énergétique des bâtiments publics."
            ),
        },
        "en": {
            "summary": "A worker cooperative in carpentry and eco-building with local timber.",
            "description": (
                "The worker-members of Mélèze & Cie build and renovate with timber from Alpine "
                "forests and bio-based insulation. The cooperative trains apprentices and "
                "works with the councils of the Guillestrois and the Queyras on energy "
                "renovation of public buildings."
            ),
        },
        "it": {
            "summary": "Una cooperativa di lavoro di carpenteria e bioedilizia in legno locale.",
            "description": (
                "I soci lavoratori di Mélèze & Cie costruiscono e ristrutturano con il legno "
                "delle foreste alpine e con isolanti di origine biologica. La cooperativa "
                "forma apprendisti e lavora con i comuni del Guillestrois e del Queyras alla "
                "riqualificazione energetica degli edifici pubblici."
            ),
        },
    },
    {
        "slug": "la-gare-aux-idees",
        "name": "La Gare aux Idées",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["accompagnement-reseaux", "culture-loisirs"],
        "themes": ["tiers-lieux", "numerique", "culture"],
        "commune": "05179",
        "address": "1 rue des Cheminots",
        "website": "https://la-gare-aux-idees.example.org/",
        "email": "contact@la-gare-aux-idees.example.org",
        "phone": "04 92 00 01 31",
        "press_email": "",
        "social": {"facebook": "https://facebook.example.org/garedesidees"},
        "offers": [
            {
                "kind": "room",
                "title": "Salle polyvalente (40 places)",
                "description": (
                    "Pour des réunions, des formations ou des projections, avec vidéoprojecteur."
                ),
                "en": {
                    "title": "Multi-purpose hall (40 seats)",
                    "description": (
                        "For meetings, training sessions or screenings, with a projector."
                    ),
                },
                "it": {
                    "title": "Sala polivalente (40 posti)",
                    "description": "Per riunioni, corsi o proiezioni, con videoproiettore.",
                },
            },
            {
                "kind": "equipment",
                "title": "Atelier de fabrication numérique",
                "description": (
                    "Imprimante 3D, découpeuse laser et outillage, accessibles après une "
                    "initiation."
                ),
                "en": {
                    "title": "Digital fabrication workshop",
                    "description": (
                        "3D printer, laser cutter and tools, available after an introductory "
                        "session."
                    ),
                },
                "it": {
                    "title": "Laboratorio di fabbricazione digitale",
                    "description": (
                        "Stampante 3D, taglio laser e utensili, accessibili dopo un corso "
                        "introduttivo."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Le tiers-lieu de Veynes : coworking, fablab et café associatif.",
            "description": (
                "Installée dans un ancien bâtiment ferroviaire, La Gare aux Idées réunit un "
                "espace de travail partagé, un atelier de fabrication numérique et un café "
                "associatif. Elle accueille les nouveaux habitants venus s'installer dans le "
                "Buëch et les aide à rencontrer les acteurs du territoire."
            ),
        },
        "en": {
            "summary": "The third place of Veynes: coworking, fablab and community café.",
            "description": (
                "Housed in a former railway building, La Gare aux Idées combines a shared "
                "workspace, a digital fabrication workshop and a community café. It welcomes "
                "newcomers settling in the Buëch and helps them meet the people and "
                "organisations of the area."
            ),
        },
        "it": {
            "summary": "Il terzo luogo di Veynes: coworking, fablab e caffè associativo.",
            "description": (
                "Ospitata in un vecchio edificio ferroviario, La Gare aux Idées riunisce uno "
                "spazio di lavoro condiviso, un laboratorio di fabbricazione digitale e un "
                "caffè associativo. Accoglie i nuovi abitanti che si stabiliscono nel Buëch e "
                "li aiuta a incontrare gli attori del territorio."
            ),
        },
    },
    {
        "slug": "cordee-numerique",
        "name": "Cordée Numérique",
        "legal_form": "esus",
        "membership": "member",
        "sectors": ["commerce-services"],
        "themes": ["numerique", "cooperation", "emploi"],
        "commune": "05061",
        "address": "30 rue Jean-Eymar",
        "website": "https://cordee-numerique.example.org/",
        "email": "contact@cordee-numerique.example.org",
        "phone": "04 92 00 01 32",
        "press_email": "presse@cordee-numerique.example.org",
        "social": {
            "mastodon": "https://mastodon.example.org/@cordeenumerique",
            "linkedin": "https://linkedin.example.org/company/cordee-numerique",
        },
        "offers": [
            {
                "kind": "skill",
                "title": "Création graphique et sites web",
                "description": (
                    "Identité visuelle, sites et formation aux logiciels libres, à tarif "
                    "solidaire pour les petites structures."
                ),
                "en": {
                    "title": "Graphic design and websites",
                    "description": (
                        "Visual identity, websites and free software training, at a solidarity "
                        "price for small organisations."
                    ),
                },
                "it": {
                    "title": "Grafica e siti web",
                    "description": (
                        "Identità visiva, siti e formazione al software libero, a prezzo "
                        "solidale per le piccole organizzazioni."
                    ),
                },
            },
        ],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une entreprise solidaire de services numériques pour les associations.",
            "description": (
                "Agréée entreprise solidaire d'utilité sociale (ESUS), Cordée Numérique crée "
                "des sites web et des supports de communication et forme les bénévoles aux "
                "outils numériques libres. Elle répond à un besoin relevé au forum d'Embrun : "
                "une communication mutualisée, de la création graphique à la plateforme web."
            ),
        },
        "en": {
            "summary": "A social enterprise providing digital services to associations.",
            "description": (
                "Approved as a solidarity enterprise of social utility (ESUS), Cordée "
                "Numérique builds websites and communication materials and trains volunteers "
                "in free software tools. It meets a need raised at the Embrun forum: pooled "
                "communication, from graphic design to the web platform."
            ),
        },
        "it": {
            "summary": "Un'impresa solidale di servizi digitali per le associazioni.",
            "description": (
                "Riconosciuta come impresa solidale di utilità sociale (ESUS), Cordée "
                "Numérique realizza siti web e materiali di comunicazione e forma i volontari "
                "agli strumenti digitali liberi. Risponde a un bisogno emerso al forum di "
                "Embrun: una comunicazione condivisa, dalla grafica alla piattaforma web."
            ),
        },
    },
    {
        "slug": "montagne-partagee",
        "name": "Montagne Partagée",
        "legal_form": "scic",
        "membership": "member",
        "sectors": ["sport-tourisme"],
        "themes": ["tourisme-durable", "handicap", "jeunesse"],
        "commune": "05079",
        "address": "Route de Grenoble",
        "website": "https://montagne-partagee.example.org/",
        "email": "contact@montagne-partagee.example.org",
        "phone": "04 92 00 01 33",
        "press_email": "presse@montagne-partagee.example.org",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Des séjours de montagne accessibles à tous, en coopérative.",
            "description": (
                "Montagne Partagée organise des séjours et des sorties en montagne pour les "
                "groupes, les familles et les personnes en situation de handicap, avec des "
                "accompagnateurs et des hébergeurs du Briançonnais. Sa gouvernance coopérative "
                "associe salariés, professionnels partenaires, usagers et communes."
            ),
        },
        "en": {
            "summary": "Mountain holidays open to everyone, run as a cooperative.",
            "description": (
                "Montagne Partagée organises mountain stays and outings for groups, families "
                "and people with disabilities, with mountain leaders and accommodation "
                "providers of the Briançon area. Its cooperative governance brings together "
                "staff, partner professionals, users and local councils."
            ),
        },
        "it": {
            "summary": "Soggiorni in montagna accessibili a tutti, in cooperativa.",
            "description": (
                "Montagne Partagée organizza soggiorni ed escursioni in montagna per gruppi, "
                "famiglie e persone con disabilità, con accompagnatori e strutture ricettive "
                "del Briançonnais. La sua governance cooperativa riunisce dipendenti, "
                "professionisti partner, utenti e comuni."
            ),
        },
    },
    {
        "slug": "ponts-des-alpes",
        "name": "Ponts des Alpes",
        "legal_form": "association",
        "membership": "member",
        "sectors": ["culture-loisirs"],
        "themes": ["culture", "jeunesse", "cooperation"],
        "commune": "05065",
        "address": "7 place de la Fontaine",
        "website": "https://ponts-des-alpes.example.org/",
        "email": "contact@ponts-des-alpes.example.org",
        "phone": "04 92 00 01 34",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Des échanges culturels et des coopérations entre le Queyras et le Piémont.",
            "description": (
                "Ponts des Alpes organise des rencontres, des échanges de jeunes et des "
                "projets culturels entre les vallées du Guillestrois-Queyras et leurs voisines "
                "italiennes. L'association répond à une envie exprimée au forum de 2018 : "
                "développer des coopérations transfrontalières entre structures de l'ESS."
            ),
        },
        "en": {
            "summary": "Cultural exchanges and cooperation between the Queyras and Piedmont.",
            "description": (
                "Ponts des Alpes organises meetings, youth exchanges and cultural projects "
                "between the valleys of the Guillestrois-Queyras and their Italian neighbours. "
                "The association answers a wish voiced at the 2018 forum: to develop "
                "cross-border cooperation between ESS organisations."
            ),
        },
        "it": {
            "summary": "Scambi culturali e cooperazioni tra il Queyras e il Piemonte.",
            "description": (
                "Ponts des Alpes organizza incontri, scambi di giovani e progetti culturali "
                "tra le valli del Guillestrois-Queyras e le vicine valli italiane. "
                "L'associazione risponde a un desiderio espresso al forum del 2018: sviluppare "
                "cooperazioni transfrontaliere tra organizzazioni dell'ESS."
            ),
        },
    },
    {
        "slug": "le-cabas-du-buech",
        "name": "Le Cabas du Buëch",
        "legal_form": "scic",
        "membership": "member",
        "sectors": ["agriculture-alimentation", "commerce-services"],
        "themes": ["alimentation", "agriculture", "monnaie-locale"],
        "commune": "05070",
        "address": "10 avenue de Provence",
        "website": "https://le-cabas-du-buech.example.org/",
        "email": "contact@le-cabas-du-buech.example.org",
        "phone": "04 92 00 01 35",
        "press_email": "",
        "social": {},
        "offers": [],
        "feed_url": "",
        "calendar_url": "",
        "fr": {
            "summary": "Une épicerie coopérative de produits paysans et locaux.",
            "description": (
                "Producteurs, salariés et consommateurs gèrent ensemble cette épicerie qui "
                "vend les produits des fermes du Buëch et du Laragnais à des prix justes pour "
                "tous. La monnaie locale y est acceptée."
            ),
        },
        "en": {
            "summary": "A cooperative grocery shop selling local farm produce.",
            "description": (
                "Producers, staff and customers run this grocery together, selling produce "
                "from the farms of the Buëch and the Laragne area at prices that are fair to "
                "all. The local currency is accepted."
            ),
        },
        "it": {
            "summary": "Una bottega cooperativa di prodotti contadini e locali.",
            "description": (
                "Produttori, dipendenti e consumatori gestiscono insieme questa bottega che "
                "vende i prodotti delle aziende agricole del Buëch e del Laragnais a prezzi "
                "equi per tutti. Vi si accetta la moneta locale."
            ),
        },
    },
]

# The site-wide theme vocabulary: slug, fr, en, it.
THEMES = [
    ("alimentation", "Alimentation", "Food", "Alimentazione"),
    ("agriculture", "Agriculture", "Farming", "Agricoltura"),
    ("culture", "Culture", "Culture", "Cultura"),
    ("education-populaire", "Éducation populaire", "Popular education", "Educazione popolare"),
    ("jeunesse", "Enfance et jeunesse", "Children and youth", "Infanzia e gioventù"),
    ("emploi", "Emploi", "Employment", "Lavoro"),
    ("formation", "Formation", "Training", "Formazione"),
    ("insertion", "Insertion", "Work integration", "Inserimento lavorativo"),
    ("sante", "Santé", "Health", "Salute"),
    ("handicap", "Handicap", "Disability", "Disabilità"),
    ("solidarite", "Solidarité", "Solidarity", "Solidarietà"),
    ("habitat", "Habitat", "Housing", "Abitare"),
    ("mobilite", "Mobilité", "Mobility", "Mobilità"),
    ("environnement", "Environnement", "Environment", "Ambiente"),
    ("energie", "Énergie", "Energy", "Energia"),
    ("monnaie-locale", "Monnaie locale", "Local currency", "Moneta locale"),
    ("tiers-lieux", "Tiers-lieux", "Third places", "Terzi luoghi"),
    ("numerique", "Numérique", "Digital", "Digitale"),
    ("tourisme-durable", "Tourisme durable", "Sustainable tourism", "Turismo sostenibile"),
    ("cooperation", "Coopération", "Cooperation", "Cooperazione"),
]

# Sectors of activity: slug, fr, en, it.
SECTORS = [
    ("action-sociale", "Action sociale", "Social action", "Azione sociale"),
    ("culture-loisirs", "Culture et loisirs", "Culture and leisure", "Cultura e tempo libero"),
    (
        "agriculture-alimentation",
        "Agriculture et alimentation",
        "Farming and food",
        "Agricoltura e alimentazione",
    ),
    ("habitat-logement", "Habitat et logement", "Housing", "Abitare e alloggio"),
    ("sante", "Santé", "Health", "Salute"),
    (
        "formation-insertion",
        "Formation et insertion",
        "Training and work integration",
        "Formazione e inserimento lavorativo",
    ),
    ("commerce-services", "Commerce et services", "Trade and services", "Commercio e servizi"),
    (
        "environnement-energie",
        "Environnement et énergie",
        "Environment and energy",
        "Ambiente ed energia",
    ),
    ("sport-tourisme", "Sport et tourisme", "Sport and tourism", "Sport e turismo"),
    ("finance-solidaire", "Finance solidaire", "Solidarity finance", "Finanza solidale"),
    (
        "accompagnement-reseaux",
        "Accompagnement et réseaux",
        "Support and networks",
        "Accompagnamento e reti",
    ),
]
