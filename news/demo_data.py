"""Demo news and press releases of the newsroom, drawn from ../shared/seeds (see seed_demo).

`days_ago` is counted from the day the seed runs, so the newsroom always looks current."""

# Each item: a unique French slug, its kind ("news" or "press"), how many days ago it was
# published, 1-3 organisation slugs of directory.demo_data.ORGANISATIONS and 1-3 theme slugs of
# core/data/themes.csv, then French, English and Italian texts with the same keys. Body blocks are
# ("heading", str), ("paragraph", str), ("list", [str, ...]) or
# ("quote", {"text": str, "attribution": str}). People are fictional and quoted by role only;
# contact addresses are the organisations' fictional example.org ones.

NEWS = [
    {
        "slug": "bal-folk-solidaire-serres-annule",
        "kind": "news",
        "days_ago": 0,
        "organisations": ["serres-lez-arts"],
        "themes": ["culture"],
        "fr": {
            "title": "Serres : le bal folk solidaire est annulé",
            "summary": (
                "Le groupe invité a dû renoncer à sa tournée : Serres Lez'Arts annule son bal folk "
                "solidaire. Les billets seront remboursés et la soirée reprogrammée dès que "
                "possible."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Mauvaise nouvelle pour les danseurs du Buëch : le groupe qui devait "
                        "animer le bal folk solidaire de Serres a dû renoncer à sa tournée. Serres "
                        "Lez'Arts se voit contrainte d'annuler la soirée, dont les recettes "
                        "devaient financer l'accueil d'artistes en résidence."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les personnes qui ont acheté leur place à l'avance seront remboursées "
                        "automatiquement sous quinze jours. Celles qui le souhaitent peuvent "
                        "transformer leur billet en don à l'association."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nous sommes déçus, les musiciens aussi. Mais ce n'est que partie "
                            "remise : le bal aura lieu, avec la même envie."
                        ),
                        "attribution": "L'équipe de Serres Lez'Arts",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Le spectacle jeune public de théâtre d'objets est maintenu. La nouvelle "
                        "date du bal sera annoncée dans l'agenda du Hub ESS 05."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Serres: the solidarity folk ball is cancelled",
            "summary": (
                "The guest band had to call off its tour, so Serres Lez'Arts is cancelling its "
                "solidarity folk ball. Tickets will be refunded and the evening rescheduled as "
                "soon as possible."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Bad news for the dancers of the Buëch: the band booked for the solidarity "
                        "folk ball in Serres has had to call off its tour. Serres Lez'Arts has no "
                        "choice but to cancel the evening, whose takings were to fund the hosting "
                        "of artists in residence."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Anyone who bought a ticket in advance will be refunded automatically "
                        "within two weeks. Those who wish can turn their ticket into a donation to "
                        "the association."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We are disappointed, and so are the musicians. But it is only "
                            "postponed: the ball will happen, with the same enthusiasm."
                        ),
                        "attribution": "The Serres Lez'Arts team",
                    },
                ),
                (
                    "paragraph",
                    (
                        "The children's object-theatre show goes ahead as planned. The new date of "
                        "the ball will be announced in the Hub ESS 05 calendar."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Serres: il ballo folk solidale è annullato",
            "summary": (
                "Il gruppo invitato ha dovuto rinunciare alla sua tournée: Serres Lez'Arts annulla "
                "il ballo folk solidale. I biglietti saranno rimborsati e la serata riprogrammata "
                "appena possibile."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Brutta notizia per i ballerini del Buëch: il gruppo che doveva animare il "
                        "ballo folk solidale di Serres ha dovuto rinunciare alla sua tournée. "
                        "Serres Lez'Arts è costretta ad annullare la serata, i cui incassi "
                        "dovevano finanziare l'accoglienza di artisti in residenza."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Chi ha acquistato il biglietto in anticipo sarà rimborsato "
                        "automaticamente entro quindici giorni. Chi lo desidera può trasformare il "
                        "biglietto in una donazione all'associazione."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Siamo delusi, e i musicisti anche. Ma è solo rimandato: il ballo si "
                            "farà, con lo stesso entusiasmo."
                        ),
                        "attribution": "Lo staff di Serres Lez'Arts",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Lo spettacolo di teatro d'oggetti per ragazzi è confermato. La nuova data "
                        "del ballo sarà annunciata nell'agenda dell'Hub ESS 05."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "hub-ess-05-premiers-calendriers-importes",
        "kind": "news",
        "days_ago": 1,
        "organisations": ["udess-05", "cordee-numerique", "atelier-velo-durance"],
        "themes": ["numerique", "cooperation"],
        "fr": {
            "title": "Hub ESS 05 : les calendriers des membres arrivent dans l'agenda partagé",
            "summary": (
                "Une quinzaine de structures ont déjà branché leur agenda Google, Nextcloud ou "
                "Outlook sur le Hub ESS 05 : leurs événements y apparaissent sans double saisie."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Trois semaines après son ouverture, l'agenda partagé du Hub ESS 05 compte "
                        "déjà une quinzaine de calendriers abonnés. Plutôt que de retaper leurs "
                        "dates, les structures indiquent l'adresse du calendrier qu'elles tiennent "
                        "déjà ; le Hub le relit régulièrement et met à jour les événements "
                        "modifiés ou annulés."
                    ),
                ),
                ("heading", "Comment faire"),
                (
                    "list",
                    [
                        (
                            "Copiez l'adresse iCal de votre agenda (Google Agenda, Nextcloud, "
                            "Outlook ou Thunderbird)."
                        ),
                        "Collez-la dans l'espace membre, rubrique « Mes calendriers ».",
                        (
                            "Choisissez la publication directe ou la relecture par l'équipe "
                            "éditoriale."
                        ),
                        (
                            "Vos événements apparaissent dans l'agenda, filtrables par vallée et "
                            "par thème."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nous tenions déjà notre agenda pour l'équipe. Maintenant il alimente "
                            "aussi le Hub, sans que personne ait à recopier quoi que ce soit."
                        ),
                        "attribution": "Une animatrice de l'Atelier Vélo Durance",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Un webinaire de prise en main est proposé aux communicants des structures "
                        "membres d'ici deux semaines ; l'inscription se fait depuis l'agenda."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Hub ESS 05: members' calendars are flowing into the shared agenda",
            "summary": (
                "About fifteen organisations have already connected their Google, Nextcloud or "
                "Outlook calendar to Hub ESS 05: their events show up without being typed in "
                "twice."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Three weeks after its launch, the Hub ESS 05 shared agenda already has "
                        "some fifteen subscribed calendars. Instead of retyping their dates, "
                        "organisations give the address of the calendar they already keep; the Hub "
                        "reads it regularly and updates events that are changed or cancelled."
                    ),
                ),
                ("heading", "How it works"),
                (
                    "list",
                    [
                        (
                            "Copy the iCal address of your calendar (Google Calendar, Nextcloud, "
                            "Outlook or Thunderbird)."
                        ),
                        "Paste it in the members' area, under “My calendars”.",
                        "Choose direct publication or review by the editorial team.",
                        "Your events appear in the agenda, filterable by valley and by theme.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We already kept a calendar for the team. Now it feeds the Hub too, "
                            "without anyone having to copy anything."
                        ),
                        "attribution": "A coordinator at Atelier Vélo Durance",
                    },
                ),
                (
                    "paragraph",
                    (
                        "A getting-started webinar for the communication staff and volunteers of "
                        "member organisations is scheduled within two weeks; registration is open "
                        "from the agenda."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Hub ESS 05: i calendari dei membri arrivano nell'agenda condivisa",
            "summary": (
                "Una quindicina di organizzazioni hanno già collegato il loro calendario Google, "
                "Nextcloud o Outlook all'Hub ESS 05: i loro eventi compaiono senza doverli "
                "inserire due volte."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Tre settimane dopo l'apertura, l'agenda condivisa dell'Hub ESS 05 conta "
                        "già una quindicina di calendari collegati. Invece di ridigitare le date, "
                        "le organizzazioni indicano l'indirizzo del calendario che già tengono; "
                        "l'Hub lo rilegge regolarmente e aggiorna gli eventi modificati o "
                        "annullati."
                    ),
                ),
                ("heading", "Come fare"),
                (
                    "list",
                    [
                        (
                            "Copiate l'indirizzo iCal del vostro calendario (Google Calendar, "
                            "Nextcloud, Outlook o Thunderbird)."
                        ),
                        "Incollatelo nell'area riservata ai membri, alla voce «I miei calendari».",
                        (
                            "Scegliete la pubblicazione diretta o la revisione da parte della "
                            "redazione."
                        ),
                        "I vostri eventi compaiono nell'agenda, filtrabili per valle e per tema.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Tenevamo già un calendario per la squadra. Ora alimenta anche l'Hub, "
                            "senza che nessuno debba ricopiare nulla."
                        ),
                        "attribution": "Un'animatrice dell'Atelier Vélo Durance",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Entro due settimane è previsto un webinar introduttivo per chi si occupa "
                        "della comunicazione nelle organizzazioni socie; l'iscrizione si fa "
                        "dall'agenda."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "la-roue-cap-des-150-prestataires",
        "kind": "news",
        "days_ago": 3,
        "organisations": ["la-roue", "le-cabas-du-buech", "mjc-du-brianconnais"],
        "themes": ["monnaie-locale", "solidarite"],
        "fr": {
            "title": "La Roue franchit le cap des 150 prestataires dans les Hautes-Alpes",
            "summary": (
                "Commerces, producteurs, artisans et associations : la monnaie locale citoyenne "
                "compte désormais 150 lieux où payer en roues, du Briançonnais au Laragnais."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La monnaie locale La Roue continue de s'étendre dans le département. "
                        "L'épicerie coopérative Le Cabas du Buëch, à Laragne-Montéglin, est "
                        "devenue le 150e prestataire haut-alpin à signer la charte, peu après une "
                        "boulangerie de Veynes et un maraîcher du Champsaur."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "En un an, l'équivalent de 48 000 euros a été converti en roues dans les "
                        "comptoirs de change du département. Une roue dépensée chez un prestataire "
                        "a toutes les chances d'être dépensée à nouveau près de chez soi : c'est "
                        "tout l'intérêt d'une monnaie qui relocalise les échanges."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nos producteurs acceptent maintenant d'être payés en partie en roues, "
                            "et ils les dépensent au village. La boucle locale commence vraiment à "
                            "tourner."
                        ),
                        "attribution": "Une salariée du Cabas du Buëch",
                    },
                ),
                ("heading", "Pour en parler"),
                (
                    "paragraph",
                    (
                        "Un ciné-débat « À quoi sert une monnaie locale ? » est organisé avec la "
                        "MJC du Briançonnais dans quelques jours, et la réunion mensuelle de La "
                        "Roue dans le Briançonnais reste ouverte à tous les curieux."
                    ),
                ),
            ],
        },
        "en": {
            "title": "La Roue passes the mark of 150 participating businesses in the Hautes-Alpes",
            "summary": (
                "Shops, farmers, craftspeople and associations: the citizens' local currency can "
                "now be spent in 150 places, from the Briançon area to the Laragne area."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The La Roue local currency keeps spreading across the department. The "
                        "cooperative grocery Le Cabas du Buëch, in Laragne-Montéglin, has become "
                        "the 150th business in the Hautes-Alpes to sign the charter, shortly after "
                        "a bakery in Veynes and a market gardener in the Champsaur."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Over one year, the equivalent of 48,000 euros has been exchanged into "
                        "roues at the department's exchange points. A roue spent in a "
                        "participating business is very likely to be spent again close to home: "
                        "that is the whole point of a currency that brings trade back to the local "
                        "economy."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Our farmers now agree to be paid partly in roues, and they spend them "
                            "in the village. The local loop is really starting to turn."
                        ),
                        "attribution": "A staff member of Le Cabas du Buëch",
                    },
                ),
                ("heading", "Join the conversation"),
                (
                    "paragraph",
                    (
                        "A film and debate evening, “What is a local currency for?”, is organised "
                        "with the MJC du Briançonnais in a few days, and La Roue's monthly meeting "
                        "in the Briançon area remains open to anyone curious."
                    ),
                ),
            ],
        },
        "it": {
            "title": "La Roue supera quota 150 esercizi aderenti nelle Alte Alpi",
            "summary": (
                "Negozi, produttori, artigiani e associazioni: la moneta locale dei cittadini si "
                "può ormai spendere in 150 luoghi, dal Briançonnais al Laragnais."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La moneta locale La Roue continua a diffondersi nel dipartimento. La "
                        "bottega cooperativa Le Cabas du Buëch, a Laragne-Montéglin, è diventata "
                        "il 150° esercizio delle Alte Alpi a firmare la carta, poco dopo un "
                        "panificio di Veynes e un orticoltore del Champsaur."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "In un anno, l'equivalente di 48.000 euro è stato cambiato in roues negli "
                        "sportelli di cambio del dipartimento. Una roue spesa presso un aderente "
                        "ha ottime probabilità di essere spesa di nuovo vicino a casa: è proprio "
                        "questo il senso di una moneta che riporta gli scambi sul territorio."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I nostri produttori accettano ora di essere pagati in parte in roues, "
                            "e le spendono in paese. Il circuito locale comincia davvero a girare."
                        ),
                        "attribution": "Una dipendente del Cabas du Buëch",
                    },
                ),
                ("heading", "Per parlarne"),
                (
                    "paragraph",
                    (
                        "Tra pochi giorni è in programma con la MJC du Briançonnais un cineforum "
                        "«A che cosa serve una moneta locale?», e la riunione mensile di La Roue "
                        "nel Briançonnais resta aperta a tutti i curiosi."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-report-inauguration-centrale-solaire-savines",
        "kind": "press",
        "days_ago": 4,
        "organisations": ["soleil-de-serre-poncon"],
        "themes": ["energie", "environnement", "cooperation"],
        "fr": {
            "title": (
                "Savines-le-Lac : l'inauguration de la centrale solaire citoyenne est reportée"
            ),
            "summary": (
                "Le raccordement au réseau ayant pris du retard, la SCIC Soleil de Serre-Ponçon "
                "reporte l'inauguration de sa centrale posée sur le toit du gymnase municipal. Une "
                "nouvelle date sera annoncée."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Savines-le-Lac. La société coopérative d'intérêt "
                        "collectif Soleil de Serre-Ponçon informe ses sociétaires, les habitants "
                        "et les médias que l'inauguration de sa centrale solaire citoyenne, "
                        "installée sur le toit du gymnase municipal de Savines-le-Lac, est "
                        "reportée."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les panneaux sont posés et l'installation est prête, mais le raccordement "
                        "au réseau de distribution d'électricité n'a pas encore été réalisé. La "
                        "coopérative préfère inaugurer une centrale en production, avec de "
                        "premiers chiffres à partager."
                    ),
                ),
                ("heading", "Le projet en chiffres"),
                (
                    "list",
                    [
                        (
                            "100 kWc de puissance installée, soit la consommation électrique hors "
                            "chauffage d'une cinquantaine de foyers ;"
                        ),
                        "212 sociétaires, dont quatre communes et neuf entreprises locales ;",
                        (
                            "des revenus qui restent sur le territoire et financent des actions "
                            "d'économie d'énergie."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "La nouvelle date sera communiquée aux sociétaires et publiée dans "
                        "l'agenda du Hub ESS 05 dès qu'elle sera connue."
                    ),
                ),
                ("paragraph", "Contact presse : presse@soleil-de-serre-poncon.example.org"),
            ],
        },
        "en": {
            "title": "Savines-le-Lac: the opening of the community solar plant is postponed",
            "summary": (
                "Because the grid connection is running late, the Soleil de Serre-Ponçon "
                "cooperative is postponing the opening of its solar plant on the roof of the "
                "municipal gym. A new date will be announced."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Savines-le-Lac. The Soleil de Serre-Ponçon "
                        "multi-stakeholder cooperative (SCIC) informs its members, residents and "
                        "the media that the opening ceremony of its community solar plant, "
                        "installed on the roof of the municipal gym in Savines-le-Lac, has been "
                        "postponed."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The panels are in place and the installation is ready, but the connection "
                        "to the electricity distribution grid has not yet been made. The "
                        "cooperative would rather open a plant that is producing power, with the "
                        "first figures to share."
                    ),
                ),
                ("heading", "The project in figures"),
                (
                    "list",
                    [
                        (
                            "100 kWp of installed capacity, roughly the non-heating electricity "
                            "use of fifty households;"
                        ),
                        "212 members, including four municipalities and nine local businesses;",
                        "income that stays in the area and funds energy-saving projects.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "The new date will be sent to members and published in the Hub ESS 05 "
                        "calendar as soon as it is known."
                    ),
                ),
                ("paragraph", "Press contact: presse@soleil-de-serre-poncon.example.org"),
            ],
        },
        "it": {
            "title": "Savines-le-Lac: rinviata l'inaugurazione dell'impianto solare dei cittadini",
            "summary": (
                "Poiché l'allacciamento alla rete è in ritardo, la cooperativa Soleil de "
                "Serre-Ponçon rinvia l'inaugurazione dell'impianto sul tetto della palestra "
                "comunale. Sarà comunicata una nuova data."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Savines-le-Lac. La società cooperativa di interesse "
                        "collettivo (SCIC) Soleil de Serre-Ponçon informa i soci, gli abitanti e i "
                        "media che l'inaugurazione del suo impianto solare dei cittadini, "
                        "installato sul tetto della palestra comunale di Savines-le-Lac, è "
                        "rinviata."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "I pannelli sono montati e l'impianto è pronto, ma l'allacciamento alla "
                        "rete di distribuzione elettrica non è ancora stato realizzato. La "
                        "cooperativa preferisce inaugurare un impianto in produzione, con i primi "
                        "dati da condividere."
                    ),
                ),
                ("heading", "Il progetto in cifre"),
                (
                    "list",
                    [
                        (
                            "100 kWp di potenza installata, pari al consumo elettrico, "
                            "riscaldamento escluso, di una cinquantina di famiglie;"
                        ),
                        "212 soci, tra cui quattro comuni e nove imprese locali;",
                        (
                            "ricavi che restano sul territorio e finanziano interventi di "
                            "risparmio energetico."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "La nuova data sarà comunicata ai soci e pubblicata nell'agenda dell'Hub "
                        "ESS 05 non appena sarà nota."
                    ),
                ),
                ("paragraph", "Contatto stampa: presse@soleil-de-serre-poncon.example.org"),
            ],
        },
    },
    {
        "slug": "offre-emploi-charge-mission-altitudes-cooperantes",
        "kind": "news",
        "days_ago": 5,
        "organisations": ["comptoir-des-assos", "france-active-paca", "udess-05"],
        "themes": ["emploi", "cooperation"],
        "fr": {
            "title": (
                "Offre d'emploi : chargé·e de mission mutualisation pour Altitudes Coopérantes"
            ),
            "summary": (
                "Les porteurs du projet recrutent une personne pour animer la mutualisation de "
                "moyens, de trésorerie et de communication entre structures de l'ESS. CDD de 18 "
                "mois, basé à Gap."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Le projet Altitudes Coopérantes, porté par le Comptoir des Assos, France "
                        "Active Provence-Alpes-Côte d'Azur, la MJC du Briançonnais-Centre social "
                        "et l'UDESS 05, entre dans une nouvelle phase. Pour l'accompagner, les "
                        "partenaires recrutent un ou une chargé·e de mission."
                    ),
                ),
                ("heading", "Missions"),
                (
                    "list",
                    [
                        (
                            "animer le réseau des structures adhérentes et l'annuaire des moyens "
                            "partagés (salles, matériel, compétences) ;"
                        ),
                        (
                            "faire vivre le fichier presse mutualisé, désormais intégré au Hub ESS "
                            "05, et veiller à sa mise à jour ;"
                        ),
                        (
                            "préparer avec France Active l'expérimentation de mutualisation de "
                            "trésorerie ;"
                        ),
                        "organiser des formations et des temps d'échange dans les vallées.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Profil : expérience de l'animation de réseau ou de projets coopératifs, "
                        "bonne connaissance de l'ESS, permis B (déplacements dans tout le "
                        "département et en Ubaye). CDD de 18 mois à temps plein, basé à Gap, "
                        "rémunération selon la convention collective ECLAT."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Candidature (lettre et CV) à adresser à "
                        "contact@comptoir-des-assos.example.org, avec « Altitudes Coopérantes » en "
                        "objet."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Job offer: pooling project officer for Altitudes Coopérantes",
            "summary": (
                "The project partners are recruiting someone to lead the pooling of resources, "
                "cash and communication between ESS organisations. 18-month fixed-term contract, "
                "based in Gap."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The Altitudes Coopérantes project, led by the Comptoir des Assos, France "
                        "Active Provence-Alpes-Côte d'Azur, the MJC du Briançonnais community "
                        "centre and UDESS 05, is entering a new phase. To support it, the partners "
                        "are recruiting a project officer."
                    ),
                ),
                ("heading", "Duties"),
                (
                    "list",
                    [
                        (
                            "run the network of member organisations and the directory of shared "
                            "resources (rooms, equipment, skills);"
                        ),
                        (
                            "look after the shared press book, now part of Hub ESS 05, and keep it "
                            "up to date;"
                        ),
                        (
                            "prepare, with France Active, the pilot for pooling cash between "
                            "organisations;"
                        ),
                        "organise training sessions and networking events in the valleys.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Profile: experience in running networks or cooperative projects, good "
                        "knowledge of the ESS, driving licence (travel across the department and "
                        "the Ubaye valley). Full-time 18-month fixed-term contract, based in Gap, "
                        "salary according to the ECLAT collective agreement."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Send applications (cover letter and CV) to "
                        "contact@comptoir-des-assos.example.org, with “Altitudes Coopérantes” in "
                        "the subject line."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Offerta di lavoro: responsabile della condivisione per Altitudes Coopérantes",
            "summary": (
                "I promotori del progetto cercano una persona che animi la condivisione di mezzi, "
                "liquidità e comunicazione tra le organizzazioni dell'ESS. Contratto a tempo "
                "determinato di 18 mesi, con sede a Gap."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Il progetto Altitudes Coopérantes, promosso dal Comptoir des Assos, da "
                        "France Active Provence-Alpes-Côte d'Azur, dalla MJC du "
                        "Briançonnais-Centre social e dall'UDESS 05, entra in una nuova fase. Per "
                        "accompagnarla, i partner cercano un o una responsabile di progetto."
                    ),
                ),
                ("heading", "Compiti"),
                (
                    "list",
                    [
                        (
                            "animare la rete delle organizzazioni aderenti e l'elenco dei mezzi "
                            "condivisi (sale, attrezzature, competenze);"
                        ),
                        (
                            "gestire la rubrica stampa condivisa, ora integrata nell'Hub ESS 05, e "
                            "curarne l'aggiornamento;"
                        ),
                        (
                            "preparare con France Active la sperimentazione di condivisione della "
                            "liquidità;"
                        ),
                        "organizzare formazioni e momenti di scambio nelle valli.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Profilo: esperienza nell'animazione di reti o di progetti cooperativi, "
                        "buona conoscenza dell'ESS, patente B (spostamenti in tutto il "
                        "dipartimento e in Ubaye). Contratto a tempo pieno e determinato di 18 "
                        "mesi, con sede a Gap, retribuzione secondo il contratto collettivo ECLAT."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Candidature (lettera e CV) da inviare a "
                        "contact@comptoir-des-assos.example.org, indicando «Altitudes Coopérantes» "
                        "nell'oggetto."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-forum-ess-05-embrun",
        "kind": "press",
        "days_ago": 6,
        "organisations": ["udess-05", "comptoir-des-assos"],
        "themes": ["cooperation", "emploi", "formation"],
        "fr": {
            "title": "Forum de l'ESS 05 à Embrun : deux jours pour coopérer au service des vallées",
            "summary": (
                "L'UDESS 05 et le Comptoir des Assos réunissent à Embrun structures, élus, "
                "étudiants et habitants pour le forum annuel de l'économie sociale et solidaire "
                "des Hautes-Alpes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Embrun. Le forum annuel de l'économie sociale et "
                        "solidaire des Hautes-Alpes revient à Embrun, où s'était tenu en 2018 le "
                        "13e forum qui avait lancé la dynamique de coopération du département. "
                        "Thème de cette édition : « Coopérer pour nos vallées »."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "L'ESS pèse lourd dans les Hautes-Alpes : 850 établissements employeurs et "
                        "près de 6 400 emplois salariés, soit environ un emploi privé sur cinq. "
                        "Des emplois non délocalisables, au service des habitants permanents comme "
                        "des visiteurs."
                    ),
                ),
                ("heading", "Au programme"),
                (
                    "list",
                    [
                        (
                            "une « discussion kanak » pour briser la glace, puis une conférence "
                            "sur les utopies locales ;"
                        ),
                        (
                            "des ateliers sur la mutualisation des locaux et du matériel, la "
                            "formation et les ressources humaines, la communication partagée et la "
                            "coopération financière ;"
                        ),
                        (
                            "une seconde journée consacrée aux projets communs, dont Altitudes "
                            "Coopérantes et le Hub ESS 05 ;"
                        ),
                        "un repas préparé par des producteurs du territoire.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Entrée libre, inscription souhaitée. Les journalistes sont les bienvenus "
                        "pendant les deux jours ; un point presse est prévu à l'issue de la "
                        "conférence d'ouverture."
                    ),
                ),
                ("paragraph", "Contact presse : presse@udess05.example.org"),
            ],
        },
        "en": {
            "title": "ESS 05 forum in Embrun: two days of cooperation for the valleys",
            "summary": (
                "UDESS 05 and the Comptoir des Assos bring together organisations, elected "
                "officials, students and residents in Embrun for the annual forum of the social "
                "and solidarity economy of the Hautes-Alpes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Embrun. The annual forum of the social and solidarity "
                        "economy (ESS) of the Hautes-Alpes returns to Embrun, where the 13th forum "
                        "was held in 2018 and set off the department's drive towards cooperation. "
                        "This year's theme: “Cooperating for our valleys”."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The ESS carries real weight in the Hautes-Alpes: 850 employer "
                        "establishments and nearly 6,400 salaried jobs, about one private-sector "
                        "job in five. Jobs that cannot be moved elsewhere, serving permanent "
                        "residents and visitors alike."
                    ),
                ),
                ("heading", "Programme"),
                (
                    "list",
                    [
                        (
                            "a “Kanak discussion” to break the ice, followed by a talk on local "
                            "utopias;"
                        ),
                        (
                            "workshops on sharing premises and equipment, training and human "
                            "resources, shared communication and financial cooperation;"
                        ),
                        (
                            "a second day devoted to joint projects, including Altitudes "
                            "Coopérantes and Hub ESS 05;"
                        ),
                        "a meal cooked by local producers.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Free admission, registration appreciated. Journalists are welcome on both "
                        "days; a press briefing will follow the opening talk."
                    ),
                ),
                ("paragraph", "Press contact: presse@udess05.example.org"),
            ],
        },
        "it": {
            "title": "Forum dell'ESS 05 a Embrun: due giorni per cooperare al servizio delle valli",
            "summary": (
                "L'UDESS 05 e il Comptoir des Assos riuniscono a Embrun organizzazioni, "
                "amministratori, studenti e abitanti per il forum annuale dell'economia sociale e "
                "solidale delle Alte Alpi."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Embrun. Il forum annuale dell'economia sociale e "
                        "solidale (ESS) delle Alte Alpi torna a Embrun, dove nel 2018 si era "
                        "tenuto il 13° forum che aveva avviato la dinamica di cooperazione del "
                        "dipartimento. Il tema di quest'edizione: «Cooperare per le nostre valli»."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "L'ESS ha un peso notevole nelle Alte Alpi: 850 sedi con dipendenti e "
                        "quasi 6.400 posti di lavoro, circa un impiego privato su cinque. Posti di "
                        "lavoro non delocalizzabili, al servizio sia degli abitanti sia dei "
                        "visitatori."
                    ),
                ),
                ("heading", "Il programma"),
                (
                    "list",
                    [
                        (
                            "una «discussione kanak» per rompere il ghiaccio, poi una conferenza "
                            "sulle utopie locali;"
                        ),
                        (
                            "laboratori sulla condivisione di locali e attrezzature, sulla "
                            "formazione e le risorse umane, sulla comunicazione condivisa e sulla "
                            "cooperazione finanziaria;"
                        ),
                        (
                            "una seconda giornata dedicata ai progetti comuni, tra cui Altitudes "
                            "Coopérantes e l'Hub ESS 05;"
                        ),
                        "un pranzo preparato dai produttori del territorio.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Ingresso libero, iscrizione gradita. I giornalisti sono benvenuti in "
                        "entrambe le giornate; è previsto un incontro con la stampa al termine "
                        "della conferenza di apertura."
                    ),
                ),
                ("paragraph", "Contatto stampa: presse@udess05.example.org"),
            ],
        },
    },
    {
        "slug": "apero-reseau-ess-brianconnais-koopera",
        "kind": "news",
        "days_ago": 7,
        "organisations": ["koopera", "creacoop-05"],
        "themes": ["cooperation", "emploi"],
        "fr": {
            "title": (
                "Briançonnais : l'apéro du réseau ESS fait se rencontrer indépendants et "
                "associations"
            ),
            "summary": (
                "Près de quarante personnes à l'apéro de Koopera : de quoi lancer deux projets de "
                "mutualisation et préparer la venue de Créacoop 05 à Briançon."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Koopera proposait son apéro du réseau ESS du Briançonnais : un moment "
                        "sans ordre du jour, pour que salariés, bénévoles, indépendants et "
                        "nouveaux arrivants se rencontrent. Près de quarante personnes sont "
                        "venues, dont une dizaine installées dans la vallée depuis moins de deux "
                        "ans."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Deux projets sont nés dans la soirée : un local de stockage partagé entre "
                        "trois associations sportives et culturelles, et un groupe d'artisans du "
                        "bâtiment qui étudie un achat groupé de matériel."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "On vient pour boire un verre, on repart avec un partenaire. C'est "
                            "exactement ce que le réseau doit permettre."
                        ),
                        "attribution": "Un membre du collectif Koopera",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Pour celles et ceux qui veulent tester une activité sans créer leur "
                        "entreprise, Créacoop 05 tient bientôt une réunion d'information à "
                        "Briançon ; un petit-déjeuner « coopérer entre indépendants » est aussi au "
                        "programme."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Briançon area: the ESS network drinks bring freelancers and associations together"
            ),
            "summary": (
                "Nearly forty people came to Koopera's networking drinks, enough to launch two "
                "pooling projects and prepare Créacoop 05's visit to Briançon."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Koopera held its ESS network drinks for the Briançon area: an evening "
                        "with no agenda, so that staff, volunteers, freelancers and newcomers "
                        "could meet. Nearly forty people came, about ten of whom settled in the "
                        "valley less than two years ago."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Two projects were born that evening: a storage space shared by three "
                        "sports and cultural associations, and a group of building craftspeople "
                        "looking into buying equipment together."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "You come for a drink and leave with a partner. That is exactly what "
                            "the network is for."
                        ),
                        "attribution": "A member of the Koopera collective",
                    },
                ),
                (
                    "paragraph",
                    (
                        "For anyone who wants to try out a business without setting up a company, "
                        "Créacoop 05 will soon hold an information meeting in Briançon; a "
                        "breakfast on “cooperating between freelancers” is also planned."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Briançonnais: l'aperitivo della rete ESS fa incontrare lavoratori autonomi e "
                "associazioni"
            ),
            "summary": (
                "Quasi quaranta persone all'aperitivo di Koopera: abbastanza per avviare due "
                "progetti di condivisione e preparare l'arrivo di Créacoop 05 a Briançon."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Koopera ha proposto l'aperitivo della rete ESS del Briançonnais: un "
                        "momento senza ordine del giorno, perché dipendenti, volontari, lavoratori "
                        "autonomi e nuovi arrivati si incontrino. Sono venute quasi quaranta "
                        "persone, una decina delle quali si sono stabilite in valle da meno di due "
                        "anni."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Nella serata sono nati due progetti: un magazzino condiviso tra tre "
                        "associazioni sportive e culturali, e un gruppo di artigiani edili che "
                        "valuta un acquisto collettivo di attrezzature."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Si viene per bere un bicchiere e si riparte con un partner. È "
                            "esattamente ciò che la rete deve rendere possibile."
                        ),
                        "attribution": "Un membro del collettivo Koopera",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Per chi vuole sperimentare un'attività senza creare un'impresa, Créacoop "
                        "05 terrà presto una riunione informativa a Briançon; è in programma anche "
                        "una colazione sul tema «cooperare tra lavoratori autonomi»."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "repair-cafe-argentiere-bilan",
        "kind": "news",
        "days_ago": 9,
        "organisations": ["la-trouvaille"],
        "themes": ["environnement", "solidarite"],
        "fr": {
            "title": "Repair café de L'Argentière : 31 objets apportés, 22 repartis réparés",
            "summary": (
                "Grille-pain, lampes, vêtements, vélos d'enfant : le dernier repair café de la "
                "ressourcerie des Écrins a évité des dizaines de kilos de déchets et accueilli de "
                "nouveaux bénévoles."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Le repair café de La Trouvaille, ressourcerie des Écrins, a accueilli une "
                        "quarantaine de visiteurs à L'Argentière-la-Bessée. Sur 31 objets "
                        "apportés, 22 sont repartis réparés, 5 attendent une pièce de rechange et "
                        "4 n'ont pas pu être sauvés, mais leurs pièces serviront."
                    ),
                ),
                (
                    "list",
                    [
                        "11 petits appareils électriques (grille-pain, bouilloires, lampes) ;",
                        "8 vêtements et sacs recousus ;",
                        "6 vélos et trottinettes ;",
                        "6 objets divers, dont une horloge de famille.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Le plus beau, c'est de voir les gens repartir en sachant réparer "
                            "eux-mêmes la prochaine fois."
                        ),
                        "attribution": "Un bénévole réparateur de La Trouvaille",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Les réparateurs bénévoles sont toujours les bienvenus, quelle que soit "
                        "leur spécialité. Prochains rendez-vous : les portes ouvertes de la "
                        "ressourcerie et le repair café d'Embrun, co-organisé avec le Comptoir des "
                        "Assos."
                    ),
                ),
            ],
        },
        "en": {
            "title": "L'Argentière repair café: 31 items brought in, 22 leave repaired",
            "summary": (
                "Toasters, lamps, clothes, children's bikes: the latest repair café at the Écrins "
                "reuse centre kept dozens of kilos out of the bin and welcomed new volunteers."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The repair café of La Trouvaille, the Écrins reuse centre, welcomed some "
                        "forty visitors in L'Argentière-la-Bessée. Of the 31 items brought in, 22 "
                        "left repaired, 5 are waiting for a spare part and 4 could not be saved, "
                        "though their parts will be reused."
                    ),
                ),
                (
                    "list",
                    [
                        "11 small electrical appliances (toasters, kettles, lamps);",
                        "8 garments and bags mended;",
                        "6 bikes and scooters;",
                        "6 other items, including a family clock.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The best part is seeing people leave knowing how to fix it themselves "
                            "next time."
                        ),
                        "attribution": "A volunteer repairer at La Trouvaille",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Volunteer repairers are always welcome, whatever their speciality. Coming "
                        "up: the reuse centre's open day and the Embrun repair café, co-organised "
                        "with the Comptoir des Assos."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Repair café di L'Argentière: 31 oggetti portati, 22 ripartiti riparati",
            "summary": (
                "Tostapane, lampade, vestiti, biciclette per bambini: l'ultimo repair café del "
                "centro di riuso degli Écrins ha evitato decine di chili di rifiuti e accolto "
                "nuovi volontari."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Il repair café di La Trouvaille, centro di riuso degli Écrins, ha accolto "
                        "una quarantina di visitatori a L'Argentière-la-Bessée. Dei 31 oggetti "
                        "portati, 22 sono ripartiti riparati, 5 attendono un pezzo di ricambio e 4 "
                        "non si sono potuti salvare, ma i loro componenti saranno riutilizzati."
                    ),
                ),
                (
                    "list",
                    [
                        "11 piccoli elettrodomestici (tostapane, bollitori, lampade);",
                        "8 capi di abbigliamento e borse ricuciti;",
                        "6 biciclette e monopattini;",
                        "6 oggetti vari, tra cui un orologio di famiglia.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "La cosa più bella è vedere le persone andare via sapendo riparare da "
                            "sole la prossima volta."
                        ),
                        "attribution": "Un volontario riparatore di La Trouvaille",
                    },
                ),
                (
                    "paragraph",
                    (
                        "I riparatori volontari sono sempre benvenuti, qualunque sia la loro "
                        "specialità. Prossimi appuntamenti: la giornata porte aperte del centro di "
                        "riuso e il repair café di Embrun, organizzato insieme al Comptoir des "
                        "Assos."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "adelha-permanence-logement-gap",
        "kind": "news",
        "days_ago": 11,
        "organisations": ["adelha"],
        "themes": ["habitat", "solidarite", "jeunesse"],
        "fr": {
            "title": "ADELHA ouvre une permanence logement hebdomadaire à Gap",
            "summary": (
                "Sans rendez-vous, chaque semaine : locataires en difficulté, jeunes en recherche "
                "d'un premier logement ou propriétaires peuvent y trouver information et "
                "médiation."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Trouver un logement à l'année dans les Hautes-Alpes n'est pas simple, "
                        "surtout pour les jeunes actifs et les saisonniers. Face à la hausse des "
                        "demandes, ADELHA ouvre une permanence hebdomadaire sans rendez-vous dans "
                        "ses locaux de l'avenue des Alpes, à Gap."
                    ),
                ),
                ("heading", "Pour qui ?"),
                (
                    "list",
                    [
                        (
                            "les locataires qui rencontrent des difficultés de paiement ou un "
                            "conflit avec leur bailleur ;"
                        ),
                        "les jeunes et les saisonniers qui cherchent un premier logement ;",
                        "les propriétaires prêts à louer à loyer modéré avec un accompagnement.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "L'association rappelle que sa salle de réunion reste disponible en soirée "
                        "pour les structures du réseau : une offre à retrouver dans l'annuaire du "
                        "Hub ESS 05."
                    ),
                ),
            ],
        },
        "en": {
            "title": "ADELHA opens a weekly housing drop-in in Gap",
            "summary": (
                "Every week, no appointment needed: tenants in difficulty, young people looking "
                "for a first home and landlords can get information and mediation."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Finding a year-round home in the Hautes-Alpes is not easy, especially for "
                        "young workers and seasonal staff. With requests on the rise, ADELHA is "
                        "opening a weekly drop-in session, no appointment needed, at its premises "
                        "on avenue des Alpes in Gap."
                    ),
                ),
                ("heading", "Who is it for?"),
                (
                    "list",
                    [
                        "tenants struggling to pay or in a dispute with their landlord;",
                        "young people and seasonal workers looking for a first home;",
                        "landlords willing to let at a moderate rent with support.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "The association reminds network members that its meeting room is still "
                        "available in the evening: the offer is listed in the Hub ESS 05 "
                        "directory."
                    ),
                ),
            ],
        },
        "it": {
            "title": "ADELHA apre uno sportello casa settimanale a Gap",
            "summary": (
                "Senza appuntamento, ogni settimana: inquilini in difficoltà, giovani in cerca del "
                "primo alloggio o proprietari possono trovare informazioni e mediazione."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Trovare un alloggio per tutto l'anno nelle Alte Alpi non è semplice, "
                        "soprattutto per i giovani lavoratori e gli stagionali. Di fronte "
                        "all'aumento delle richieste, ADELHA apre uno sportello settimanale senza "
                        "appuntamento nella sua sede di avenue des Alpes, a Gap."
                    ),
                ),
                ("heading", "Per chi?"),
                (
                    "list",
                    [
                        (
                            "gli inquilini che hanno difficoltà a pagare o un conflitto con il "
                            "proprietario;"
                        ),
                        "i giovani e gli stagionali che cercano il primo alloggio;",
                        (
                            "i proprietari disposti ad affittare a canone moderato con un "
                            "accompagnamento."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "L'associazione ricorda che la sua sala riunioni resta disponibile la sera "
                        "per le organizzazioni della rete: l'offerta è nell'elenco dell'Hub ESS "
                        "05."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-mois-de-l-ess-hautes-alpes",
        "kind": "press",
        "days_ago": 12,
        "organisations": ["udess-05", "locommun", "la-locomotive"],
        "themes": ["cooperation", "solidarite", "emploi"],
        "fr": {
            "title": (
                "Mois de l'ESS : un village de l'économie sociale et solidaire à Gap et plus de "
                "trente rendez-vous dans les vallées"
            ),
            "summary": (
                "Pendant le Mois de l'ESS, les structures haut-alpines ouvrent leurs portes. Temps "
                "fort : deux jours de village de l'ESS à Gap, avec Locommun et La Locomotive."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Gap. Le Mois de l'économie sociale et solidaire "
                        "revient dans les Hautes-Alpes avec plus de trente rendez-vous : portes "
                        "ouvertes, ateliers, ciné-débats, repair cafés et visites, du Briançonnais "
                        "au Buëch. Tous sont réunis dans l'agenda partagé du Hub ESS 05, auquel "
                        "chacun peut s'abonner."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Temps fort du mois : le village de l'ESS, deux jours place Jean-Marcellin "
                        "à Gap, avec Locommun et La Locomotive. Une trentaine de structures y "
                        "tiennent stand, avec démonstrations, mini-conférences, espace enfants "
                        "animé par Ludambule et buvette paysanne. La monnaie locale est acceptée "
                        "sur de nombreux stands."
                    ),
                ),
                ("heading", "Quelques rendez-vous"),
                (
                    "list",
                    [
                        (
                            "un ciné-débat sur la monnaie locale à Briançon, avec La Roue et la "
                            "MJC du Briançonnais ;"
                        ),
                        "les portes ouvertes de La Trouvaille, ressourcerie des Écrins ;",
                        "le forum de l'ESS 05 à Embrun ;",
                        "un webinaire pour apprendre à publier ses événements sur le Hub ESS 05.",
                    ],
                ),
                ("paragraph", "Contact presse : presse@udess05.example.org"),
            ],
        },
        "en": {
            "title": (
                "ESS Month: a social and solidarity economy village in Gap and over thirty events "
                "in the valleys"
            ),
            "summary": (
                "During ESS Month, organisations across the Hautes-Alpes open their doors. "
                "Highlight: a two-day ESS village in Gap, with Locommun and La Locomotive."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Gap. Social and Solidarity Economy Month is back in the "
                        "Hautes-Alpes with more than thirty events: open days, workshops, film "
                        "debates, repair cafés and visits, from the Briançon area to the Buëch. "
                        "All of them are listed in the Hub ESS 05 shared calendar, which anyone "
                        "can subscribe to."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The month's highlight is the ESS village: two days on place "
                        "Jean-Marcellin in Gap, with Locommun and La Locomotive. Some thirty "
                        "organisations will have stands, with demonstrations, short talks, a "
                        "children's corner run by Ludambule and a farmers' refreshment bar. The "
                        "local currency is accepted at many stands."
                    ),
                ),
                ("heading", "A few dates"),
                (
                    "list",
                    [
                        (
                            "a film and debate evening on local currency in Briançon, with La Roue "
                            "and the MJC du Briançonnais;"
                        ),
                        "the open day at La Trouvaille, the Écrins reuse centre;",
                        "the ESS 05 forum in Embrun;",
                        "a webinar on publishing your events on Hub ESS 05.",
                    ],
                ),
                ("paragraph", "Press contact: presse@udess05.example.org"),
            ],
        },
        "it": {
            "title": (
                "Mese dell'ESS: un villaggio dell'economia sociale e solidale a Gap e oltre trenta "
                "appuntamenti nelle valli"
            ),
            "summary": (
                "Durante il Mese dell'ESS, le organizzazioni delle Alte Alpi aprono le loro porte. "
                "Momento clou: due giorni di villaggio dell'ESS a Gap, con Locommun e La "
                "Locomotive."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Gap. Il Mese dell'economia sociale e solidale torna "
                        "nelle Alte Alpi con oltre trenta appuntamenti: porte aperte, laboratori, "
                        "cineforum, repair café e visite, dal Briançonnais al Buëch. Sono tutti "
                        "riuniti nell'agenda condivisa dell'Hub ESS 05, a cui chiunque può "
                        "abbonarsi."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Momento clou del mese: il villaggio dell'ESS, due giorni in place "
                        "Jean-Marcellin a Gap, con Locommun e La Locomotive. Una trentina di "
                        "organizzazioni avranno uno stand, con dimostrazioni, brevi conferenze, "
                        "uno spazio bambini animato da Ludambule e un punto ristoro contadino. La "
                        "moneta locale è accettata in molti stand."
                    ),
                ),
                ("heading", "Alcuni appuntamenti"),
                (
                    "list",
                    [
                        (
                            "un cineforum sulla moneta locale a Briançon, con La Roue e la MJC du "
                            "Briançonnais;"
                        ),
                        "la giornata porte aperte di La Trouvaille, centro di riuso degli Écrins;",
                        "il forum dell'ESS 05 a Embrun;",
                        "un webinar per imparare a pubblicare i propri eventi sull'Hub ESS 05.",
                    ],
                ),
                ("paragraph", "Contatto stampa: presse@udess05.example.org"),
            ],
        },
    },
    {
        "slug": "cluster-05-innovation-sociale-feuille-de-route",
        "kind": "news",
        "days_ago": 13,
        "organisations": ["udess-05", "adrets"],
        "themes": ["cooperation", "formation"],
        "fr": {
            "title": (
                "Cluster 05 Innovation sociale : une feuille de route pour l'ingénierie partagée"
            ),
            "summary": (
                "Le groupe de travail de l'UDESS 05 a fixé ses priorités : conventions de "
                "partenariat types, appui au montage de projets et partage du risque entre "
                "structures."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Une vingtaine de participants ont pris part à la journée du groupe « "
                        "Cluster 05 Innovation sociale », animée avec l'ADRETS. Objectif : "
                        "transformer en plan d'action les besoins relevés depuis l'enquête de "
                        "2018, dans laquelle 54 % des structures répondantes disaient avoir besoin "
                        "d'un appui dédié au montage de projets."
                    ),
                ),
                ("heading", "Les priorités retenues"),
                (
                    "list",
                    [
                        (
                            "rédiger des modèles de conventions de partenariat, avec une "
                            "répartition claire des responsabilités ;"
                        ),
                        (
                            "constituer une réserve de temps d'ingénierie apporté par les "
                            "structures elles-mêmes ;"
                        ),
                        (
                            "étudier un fonds de garantie mutuel pour partager la prise de risque "
                            "sur les projets communs ;"
                        ),
                        "former salariés et bénévoles à l'animation de projets coopératifs.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "La coopération démarre facilement. Ce qui est difficile, c'est de la "
                            "faire durer : c'est là que l'ingénierie partagée doit servir."
                        ),
                        "attribution": "La chargée de mission de l'ADRETS",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Les résultats seront présentés à l'assemblée générale de l'UDESS 05, et "
                        "une session de la formation Animacoop est programmée à Gap pour celles et "
                        "ceux qui animent des projets à plusieurs."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Cluster 05 Social Innovation: a roadmap for shared project engineering",
            "summary": (
                "The UDESS 05 working group has set its priorities: model partnership agreements, "
                "support for building projects, and sharing risk between organisations."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Some twenty people took part in the “Cluster 05 Social Innovation” "
                        "working day, run with ADRETS. The aim: to turn into an action plan the "
                        "needs identified since the 2018 survey, in which 54% of responding "
                        "organisations said they needed dedicated support to build projects."
                    ),
                ),
                ("heading", "The priorities"),
                (
                    "list",
                    [
                        "draft model partnership agreements that share responsibilities clearly;",
                        (
                            "build up a pool of engineering time contributed by the organisations "
                            "themselves;"
                        ),
                        "look into a mutual guarantee fund to share the risk of joint projects;",
                        "train staff and volunteers to run cooperative projects.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Cooperation is easy to start. The hard part is making it last, and "
                            "that is what shared engineering must be for."
                        ),
                        "attribution": "The project officer at ADRETS",
                    },
                ),
                (
                    "paragraph",
                    (
                        "The results will be presented at the UDESS 05 general meeting, and a "
                        "session of the Animacoop training course is scheduled in Gap for those "
                        "who run projects with others."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Cluster 05 Innovazione sociale: una tabella di marcia per la progettazione "
                "condivisa"
            ),
            "summary": (
                "Il gruppo di lavoro dell'UDESS 05 ha fissato le sue priorità: modelli di "
                "convenzione di partenariato, supporto alla costruzione dei progetti e "
                "condivisione del rischio tra organizzazioni."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Una ventina di persone hanno partecipato alla giornata del gruppo "
                        "«Cluster 05 Innovazione sociale», condotta insieme all'ADRETS. Obiettivo: "
                        "trasformare in un piano d'azione i bisogni emersi dall'indagine del 2018, "
                        "in cui il 54% delle organizzazioni rispondenti dichiarava di aver bisogno "
                        "di un supporto dedicato alla costruzione dei progetti."
                    ),
                ),
                ("heading", "Le priorità"),
                (
                    "list",
                    [
                        (
                            "redigere modelli di convenzione di partenariato, con una chiara "
                            "ripartizione delle responsabilità;"
                        ),
                        (
                            "costituire una riserva di tempo di progettazione messo a disposizione "
                            "dalle organizzazioni stesse;"
                        ),
                        (
                            "studiare un fondo di garanzia reciproca per condividere il rischio "
                            "dei progetti comuni;"
                        ),
                        "formare dipendenti e volontari all'animazione di progetti cooperativi.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Avviare una cooperazione è facile. Il difficile è farla durare: è lì "
                            "che deve servire la progettazione condivisa."
                        ),
                        "attribution": "La responsabile di progetto dell'ADRETS",
                    },
                ),
                (
                    "paragraph",
                    (
                        "I risultati saranno presentati all'assemblea generale dell'UDESS 05, e a "
                        "Gap è in programma una sessione della formazione Animacoop per chi "
                        "conduce progetti con altri."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "locommun-assemblee-generale-nouveaux-membres",
        "kind": "news",
        "days_ago": 15,
        "organisations": ["locommun", "ludambule"],
        "themes": ["tiers-lieux", "cooperation", "education-populaire"],
        "fr": {
            "title": (
                "Locommun accueille deux nouvelles structures et prépare son université d'hiver"
            ),
            "summary": (
                "Réunie en assemblée générale, l'association gapençaise de locaux partagés élargit "
                "sa collégiale et lance la préparation de son université d'hiver."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Né du besoin de locaux plus grands pour la ludothèque Ludambule, Locommun "
                        "réunissait jusqu'ici six structures. Son assemblée générale a validé "
                        "l'entrée de deux nouveaux membres, une compagnie de théâtre et une "
                        "association d'aide aux devoirs, qui partageront la salle d'activités de "
                        "la rue du Forest d'Entrais."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les adhérents ont aussi fait le point sur l'« archipel de lieux » imaginé "
                        "au forum de 2018 : plutôt qu'un local unique, plusieurs sites dans Gap, "
                        "chacun avec sa fonction dominante (accueil, activités, réunions)."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Partager des murs, c'est le début. Ce qui nous intéresse, c'est ce "
                            "que nos projets deviennent quand ils se croisent."
                        ),
                        "attribution": "Une membre de la collégiale de Locommun",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Prochaine étape : l'université d'hiver de Locommun, deux jours pour "
                        "reposer les bases du projet partagé avec les habitants et les "
                        "partenaires. Inscriptions dans l'agenda."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Locommun welcomes two new organisations and prepares its winter school",
            "summary": (
                "At its general meeting, the shared-premises association in Gap widened its "
                "collegial board and started preparing its winter school."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Born of the need for larger premises for the Ludambule toy library, "
                        "Locommun has so far brought together six organisations. Its general "
                        "meeting approved two new members, a theatre company and a homework-help "
                        "association, who will share the activity room on rue du Forest d'Entrais."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Members also took stock of the “archipelago of places” imagined at the "
                        "2018 forum: rather than a single building, several sites across Gap, each "
                        "with its main purpose (welcome, activities, meetings)."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Sharing walls is just the start. What interests us is what our "
                            "projects become when they meet."
                        ),
                        "attribution": "A member of Locommun's collegial board",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Next step: the Locommun winter school, two days to lay the foundations of "
                        "the shared project again with residents and partners. Registration in the "
                        "agenda."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Locommun accoglie due nuove organizzazioni e prepara la sua università d'inverno"
            ),
            "summary": (
                "Riunita in assemblea generale, l'associazione di Gap che condivide i locali "
                "allarga la sua gestione collegiale e avvia la preparazione dell'università "
                "d'inverno."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Nato dal bisogno di locali più ampi per la ludoteca Ludambule, Locommun "
                        "riuniva finora sei organizzazioni. L'assemblea generale ha approvato "
                        "l'ingresso di due nuovi membri, una compagnia teatrale e un'associazione "
                        "di aiuto ai compiti, che condivideranno la sala attività di rue du Forest "
                        "d'Entrais."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "I soci hanno anche fatto il punto sull'«arcipelago di luoghi» immaginato "
                        "al forum del 2018: invece di un'unica sede, più spazi a Gap, ciascuno con "
                        "la sua funzione principale (accoglienza, attività, riunioni)."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Condividere le mura è solo l'inizio. Quello che ci interessa è ciò "
                            "che diventano i nostri progetti quando si incontrano."
                        ),
                        "attribution": "Una componente del collegio di Locommun",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Prossima tappa: l'università d'inverno di Locommun, due giorni per "
                        "rifondare il progetto comune con gli abitanti e i partner. Iscrizioni "
                        "nell'agenda."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "forum-ess-2021-utopies-locales",
        "kind": "news",
        "days_ago": 16,
        "organisations": ["udess-05"],
        "themes": ["cooperation", "environnement", "solidarite"],
        "fr": {
            "title": (
                "Forum 2021 « Utopies locales » : les synthèses en ligne et une conférence pour "
                "prolonger le débat"
            ),
            "summary": (
                "Les synthèses des forums de 2018 et 2021 et de la table ronde de Tallard sont "
                "consultables sur le Hub. Une conférence à Gap reprend bientôt le thème des "
                "utopies locales."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "« Il y a un autre monde, mais il est dans celui-ci » : c'est sur ces mots "
                        "de Paul Éluard que s'était ouverte la conférence du forum 2021 de l'ESS "
                        "des Hautes-Alpes, consacré aux utopies locales, solidaires et "
                        "écologiques. Ses synthèses rejoignent sur le Hub celles du forum d'Embrun "
                        "de 2018 et de la table ronde de Tallard de 2019."
                    ),
                ),
                ("heading", "Ce que disaient les ateliers"),
                (
                    "list",
                    [
                        (
                            "2018 : mutualiser locaux et matériel, imaginer un « archipel de lieux "
                            "» plutôt qu'un local unique ;"
                        ),
                        (
                            "2018 : une grande plate-forme de communication commune et des "
                            "événements partagés ;"
                        ),
                        (
                            "2019 : partager la prise de risque et se donner le temps de "
                            "construire des projets complexes ;"
                        ),
                        (
                            "2021 : la gouvernance multi-acteurs, la monnaie locale comme levier "
                            "transversal, et la faible présence des élus comme enjeu majeur."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Pour prolonger ces réflexions, l'UDESS 05 organise à Gap une conférence "
                        "sur les utopies locales et les solutions écologiques et solidaires de "
                        "demain, gratuite et ouverte à tous. La date est dans l'agenda."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "2021 “Local utopias” forum: the summaries online, and a talk to carry on the "
                "debate"
            ),
            "summary": (
                "The summaries of the 2018 and 2021 forums and of the Tallard round table are now "
                "available on the Hub. A talk in Gap will soon take up the theme of local utopias "
                "again."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "“There is another world, but it is in this one”: with these words by Paul "
                        "Éluard opened the keynote of the 2021 forum of the ESS of the "
                        "Hautes-Alpes, devoted to local, caring and ecological utopias. Its "
                        "summaries now join those of the 2018 Embrun forum and the 2019 Tallard "
                        "round table on the Hub."
                    ),
                ),
                ("heading", "What the workshops said"),
                (
                    "list",
                    [
                        (
                            "2018: share premises and equipment, imagine an “archipelago of "
                            "places” rather than a single building;"
                        ),
                        "2018: one big shared communication platform and joint events;",
                        "2019: share the risk and take the time needed to build complex projects;",
                        (
                            "2021: multi-stakeholder governance, local currency as a cross-cutting "
                            "lever, and the low turnout of elected officials as a major issue."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "To take these ideas further, UDESS 05 is holding a talk in Gap on local "
                        "utopias and tomorrow's ecological and caring solutions, free and open to "
                        "all. The date is in the agenda."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Forum 2021 «Utopie locali»: le sintesi online e una conferenza per proseguire il "
                "dibattito"
            ),
            "summary": (
                "Le sintesi dei forum del 2018 e del 2021 e della tavola rotonda di Tallard sono "
                "consultabili sull'Hub. Una conferenza a Gap riprenderà presto il tema delle "
                "utopie locali."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "«C'è un altro mondo, ma è in questo»: con queste parole di Paul Éluard si "
                        "era aperta la conferenza del forum 2021 dell'ESS delle Alte Alpi, "
                        "dedicato alle utopie locali, solidali ed ecologiche. Le sue sintesi si "
                        "aggiungono sull'Hub a quelle del forum di Embrun del 2018 e della tavola "
                        "rotonda di Tallard del 2019."
                    ),
                ),
                ("heading", "Che cosa dicevano i laboratori"),
                (
                    "list",
                    [
                        (
                            "2018: condividere locali e attrezzature, immaginare un «arcipelago di "
                            "luoghi» invece di un'unica sede;"
                        ),
                        "2018: una grande piattaforma di comunicazione comune ed eventi condivisi;",
                        (
                            "2019: condividere il rischio e darsi il tempo di costruire progetti "
                            "complessi;"
                        ),
                        (
                            "2021: la governance multi-attore, la moneta locale come leva "
                            "trasversale e la scarsa presenza degli amministratori come sfida "
                            "principale."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Per proseguire queste riflessioni, l'UDESS 05 organizza a Gap una "
                        "conferenza sulle utopie locali e sulle soluzioni ecologiche e solidali di "
                        "domani, gratuita e aperta a tutti. La data è nell'agenda."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "rencontre-elus-acteurs-ess-chorges-retour",
        "kind": "news",
        "days_ago": 18,
        "organisations": ["udess-05", "la-trouvaille"],
        "themes": ["cooperation", "emploi"],
        "fr": {
            "title": (
                "Acheter local et solidaire : élus et acteurs de l'ESS se sont retrouvés à Chorges"
            ),
            "summary": (
                "Une trentaine d'élus, de secrétaires de mairie et de responsables de structures "
                "ont échangé sur la commande publique et les conventions de partenariat."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Le forum 2021 avait pointé la faible présence des élus dans les "
                        "rencontres de l'ESS. Cette fois, ils étaient nombreux dans la salle "
                        "polyvalente de Chorges : maires et adjoints de communes du Gapençais et "
                        "de Serre-Ponçon, secrétaires de mairie et agents intercommunaux, face à "
                        "une quinzaine de structures de l'ESS."
                    ),
                ),
                ("heading", "Trois pistes retenues"),
                (
                    "list",
                    [
                        (
                            "rencontrer les structures de l'ESS avant de lancer un marché, pour "
                            "connaître l'offre locale ;"
                        ),
                        (
                            "utiliser les clauses sociales et les marchés réservés aux structures "
                            "d'insertion ;"
                        ),
                        (
                            "préférer la convention pluriannuelle à l'appel à projets annuel quand "
                            "le projet demande du temps."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nous ne savions pas qu'une ressourcerie pouvait répondre à notre "
                            "marché de débarras des bâtiments communaux. Il suffisait de se "
                            "parler."
                        ),
                        "attribution": "Un adjoint au maire d'une commune du Gapençais",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Un groupe de travail élus-acteurs se réunira de nouveau d'ici quelques "
                        "mois ; les communes intéressées peuvent se faire connaître auprès de "
                        "l'UDESS 05."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Buying local and fair: elected officials and ESS actors met in Chorges",
            "summary": (
                "Some thirty elected officials, town clerks and heads of organisations discussed "
                "public procurement and partnership agreements."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The 2021 forum had noted how few elected officials took part in ESS "
                        "meetings. This time they came in numbers to the Chorges community hall: "
                        "mayors and deputy mayors from the Gap and Serre-Ponçon areas, town clerks "
                        "and staff of the intermunicipal councils, alongside some fifteen ESS "
                        "organisations."
                    ),
                ),
                ("heading", "Three ideas to take forward"),
                (
                    "list",
                    [
                        (
                            "meet ESS organisations before issuing a tender, to know what is "
                            "available locally;"
                        ),
                        (
                            "use social clauses and contracts reserved for work-integration "
                            "organisations;"
                        ),
                        (
                            "prefer multi-year agreements to yearly calls for projects when a "
                            "project needs time."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We did not know a reuse centre could bid for our contract to clear "
                            "out council buildings. All it took was talking to each other."
                        ),
                        "attribution": "A deputy mayor of a municipality near Gap",
                    },
                ),
                (
                    "paragraph",
                    (
                        "A working group of elected officials and ESS actors will meet again "
                        "within a few months; interested municipalities can contact UDESS 05."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Comprare locale e solidale: amministratori e attori dell'ESS si sono incontrati a "
                "Chorges"
            ),
            "summary": (
                "Una trentina di amministratori, segretari comunali e responsabili di "
                "organizzazioni si sono confrontati sugli appalti pubblici e sulle convenzioni di "
                "partenariato."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Il forum 2021 aveva rilevato la scarsa presenza degli amministratori agli "
                        "incontri dell'ESS. Questa volta erano numerosi nella sala polivalente di "
                        "Chorges: sindaci e assessori di comuni del Gapençais e di Serre-Ponçon, "
                        "segretari comunali e funzionari intercomunali, insieme a una quindicina "
                        "di organizzazioni dell'ESS."
                    ),
                ),
                ("heading", "Tre piste da seguire"),
                (
                    "list",
                    [
                        (
                            "incontrare le organizzazioni dell'ESS prima di bandire un appalto, "
                            "per conoscere l'offerta locale;"
                        ),
                        (
                            "usare le clausole sociali e gli appalti riservati alle imprese di "
                            "inserimento lavorativo;"
                        ),
                        (
                            "preferire la convenzione pluriennale al bando annuale quando il "
                            "progetto richiede tempo."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Non sapevamo che un centro di riuso potesse partecipare al nostro "
                            "appalto per sgomberare gli edifici comunali. Bastava parlarsi."
                        ),
                        "attribution": "Un assessore di un comune del Gapençais",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Un gruppo di lavoro tra amministratori e attori dell'ESS si riunirà di "
                        "nuovo entro qualche mese; i comuni interessati possono contattare l'UDESS "
                        "05."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "alpaje-creches-parentales-recrutent",
        "kind": "news",
        "days_ago": 23,
        "organisations": ["alpaje"],
        "themes": ["emploi", "jeunesse", "formation"],
        "fr": {
            "title": "Petite enfance : les crèches parentales des Hautes-Alpes recrutent",
            "summary": (
                "ALPAJE relaie plusieurs offres d'emploi d'auxiliaires de puériculture et "
                "d'éducateurs de jeunes enfants, et accompagne les candidats vers la "
                "qualification."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Plusieurs crèches parentales accompagnées par ALPAJE cherchent à "
                        "compléter leurs équipes pour les mois à venir, dans le Gapençais, "
                        "l'Embrunais et le Briançonnais."
                    ),
                ),
                (
                    "list",
                    [
                        "2 postes d'auxiliaire de puériculture (CDI, temps plein ou partiel) ;",
                        (
                            "1 poste d'éducatrice ou d'éducateur de jeunes enfants (CDI, 28 heures "
                            "par semaine) ;"
                        ),
                        (
                            "des remplacements ponctuels, ouverts aux titulaires d'un CAP "
                            "Accompagnant éducatif petite enfance."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Lauréate d'un appel à projets de lutte contre la pauvreté, ALPAJE "
                        "accompagne aussi des parents éloignés de l'emploi vers les métiers de la "
                        "petite enfance : information sur les formations, stages dans les crèches "
                        "du réseau, solutions de garde pendant la formation."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nos crèches sont gérées par les parents, mais elles ont besoin de "
                            "professionnels qui restent. Chaque recrutement compte pour un "
                            "village."
                        ),
                        "attribution": "La coordinatrice d'ALPAJE",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Candidatures et renseignements : contact@alpaje.example.org. Une matinée "
                        "d'information pour créer ou rejoindre une crèche parentale est aussi "
                        "programmée à Gap."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Early childhood: parent-run nurseries in the Hautes-Alpes are hiring",
            "summary": (
                "ALPAJE is sharing several job offers for childcare assistants and early-years "
                "educators, and helps applicants gain qualifications."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Several parent-run nurseries supported by ALPAJE are looking to "
                        "strengthen their teams for the coming months, in the Gap, Embrun and "
                        "Briançon areas."
                    ),
                ),
                (
                    "list",
                    [
                        "2 childcare assistant positions (permanent, full or part time);",
                        "1 early-years educator position (permanent, 28 hours a week);",
                        "occasional cover, open to holders of a CAP early-years qualification.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Winner of a call for projects against poverty, ALPAJE also helps parents "
                        "who are far from work into early-years careers: information on training, "
                        "placements in the network's nurseries, childcare during training."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Our nurseries are run by parents, but they need professionals who "
                            "stay. Every hire matters for a village."
                        ),
                        "attribution": "The coordinator of ALPAJE",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Applications and information: contact@alpaje.example.org. An information "
                        "morning on starting or joining a parent-run nursery is also planned in "
                        "Gap."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Prima infanzia: gli asili nido parentali delle Alte Alpi assumono",
            "summary": (
                "ALPAJE diffonde diverse offerte di lavoro per ausiliari di puericultura ed "
                "educatori della prima infanzia, e accompagna i candidati verso la qualifica."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Diversi asili nido parentali seguiti da ALPAJE cercano di completare le "
                        "loro squadre per i prossimi mesi, nel Gapençais, nell'Embrunais e nel "
                        "Briançonnais."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "2 posti di ausiliario di puericultura (tempo indeterminato, pieno o "
                            "parziale);"
                        ),
                        (
                            "1 posto di educatrice o educatore della prima infanzia (tempo "
                            "indeterminato, 28 ore settimanali);"
                        ),
                        (
                            "sostituzioni occasionali, aperte a chi possiede il diploma "
                            "professionale CAP per la prima infanzia."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Vincitrice di un bando contro la povertà, ALPAJE accompagna anche "
                        "genitori lontani dal lavoro verso le professioni della prima infanzia: "
                        "informazioni sulle formazioni, tirocini negli asili della rete, soluzioni "
                        "di custodia dei figli durante la formazione."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I nostri asili sono gestiti dai genitori, ma hanno bisogno di "
                            "professionisti che restino. Ogni assunzione conta per un paese."
                        ),
                        "attribution": "La coordinatrice di ALPAJE",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Candidature e informazioni: contact@alpaje.example.org. A Gap è prevista "
                        "anche una mattinata informativa per creare o entrare in un asilo nido "
                        "parentale."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-lancement-hub-ess-05",
        "kind": "press",
        "days_ago": 24,
        "organisations": ["udess-05", "cordee-numerique"],
        "themes": ["numerique", "cooperation"],
        "fr": {
            "title": (
                "L'ESS des Hautes-Alpes se dote d'une plateforme commune : le Hub ESS 05 est en "
                "ligne"
            ),
            "summary": (
                "Agenda, annuaire, actualités et fichier presse partagés : l'UDESS 05 ouvre le Hub "
                "ESS 05, la plateforme de communication commune des acteurs de l'économie sociale "
                "et solidaire du département."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Gap. L'Union départementale de l'économie sociale "
                        "et solidaire des Hautes-Alpes (UDESS 05) met en ligne le Hub ESS 05, une "
                        "plateforme commune pour faire connaître les initiatives de l'ESS du "
                        "département auprès des habitants, des visiteurs et des médias."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Le projet répond à une demande exprimée dès le forum de l'ESS d'Embrun en "
                        "2018 : disposer d'« une grande plate-forme communicative de l'ESS sur les "
                        "Hautes-Alpes » et d'événements en commun. Il met aussi en œuvre le volet "
                        "« communication partagée » du projet de mutualisation Altitudes "
                        "Coopérantes."
                    ),
                ),
                ("heading", "Ce que propose le Hub ESS 05"),
                (
                    "list",
                    [
                        (
                            "un agenda commun, filtrable par vallée, par thème et par public, "
                            "auquel chacun peut s'abonner depuis son application de calendrier ;"
                        ),
                        (
                            "un annuaire des structures de l'ESS et des moyens qu'elles mettent en "
                            "commun (salles, matériel, compétences) ;"
                        ),
                        (
                            "une salle de presse qui réunit les actualités et communiqués des "
                            "membres, avec flux RSS ;"
                        ),
                        (
                            "un fichier presse mutualisé, réservé aux membres et tenu à jour "
                            "collectivement."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "La plateforme a été réalisée avec Cordée Numérique, entreprise solidaire "
                        "d'utilité sociale basée à Gap, à partir de logiciels libres. Elle est "
                        "disponible en français, en anglais et en italien."
                    ),
                ),
                ("paragraph", "Contact presse : presse@udess05.example.org"),
            ],
        },
        "en": {
            "title": "The ESS of the Hautes-Alpes gets a shared platform: Hub ESS 05 is live",
            "summary": (
                "Shared calendar, directory, news and press book: UDESS 05 opens Hub ESS 05, the "
                "joint communication platform of the department's social and solidarity economy."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Gap. The departmental union of the social and solidarity "
                        "economy of the Hautes-Alpes (UDESS 05) is launching Hub ESS 05, a shared "
                        "platform to make the department's ESS initiatives known to residents, "
                        "visitors and the media."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The project answers a request first made at the 2018 ESS forum in Embrun: "
                        "“one big communication platform for the ESS in the Hautes-Alpes” and "
                        "joint events. It also delivers the “shared communication” strand of the "
                        "Altitudes Coopérantes pooling project."
                    ),
                ),
                ("heading", "What Hub ESS 05 offers"),
                (
                    "list",
                    [
                        (
                            "a shared calendar, filterable by valley, theme and audience, which "
                            "anyone can subscribe to from their calendar app;"
                        ),
                        (
                            "a directory of ESS organisations and of the resources they share "
                            "(rooms, equipment, skills);"
                        ),
                        (
                            "a newsroom bringing together members' news and press releases, with "
                            "RSS feeds;"
                        ),
                        "a shared press book, for members only and kept up to date collectively.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "The platform was built with Cordée Numérique, a solidarity enterprise of "
                        "social utility based in Gap, using free software. It is available in "
                        "French, English and Italian."
                    ),
                ),
                ("paragraph", "Press contact: presse@udess05.example.org"),
            ],
        },
        "it": {
            "title": (
                "L'ESS delle Alte Alpi si dota di una piattaforma comune: l'Hub ESS 05 è online"
            ),
            "summary": (
                "Agenda, elenco, notizie e rubrica stampa condivisi: l'UDESS 05 apre l'Hub ESS 05, "
                "la piattaforma di comunicazione comune degli attori dell'economia sociale e "
                "solidale del dipartimento."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Gap. L'Unione dipartimentale dell'economia sociale e "
                        "solidale delle Alte Alpi (UDESS 05) mette online l'Hub ESS 05, una "
                        "piattaforma comune per far conoscere le iniziative dell'ESS del "
                        "dipartimento agli abitanti, ai visitatori e ai media."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Il progetto risponde a una richiesta espressa già al forum dell'ESS di "
                        "Embrun del 2018: disporre di «una grande piattaforma di comunicazione "
                        "dell'ESS nelle Alte Alpi» e di eventi comuni. Realizza inoltre la parte "
                        "«comunicazione condivisa» del progetto di condivisione Altitudes "
                        "Coopérantes."
                    ),
                ),
                ("heading", "Che cosa offre l'Hub ESS 05"),
                (
                    "list",
                    [
                        (
                            "un'agenda comune, filtrabile per valle, tema e pubblico, a cui "
                            "chiunque può abbonarsi dalla propria applicazione di calendario;"
                        ),
                        (
                            "un elenco delle organizzazioni dell'ESS e dei mezzi che mettono in "
                            "comune (sale, attrezzature, competenze);"
                        ),
                        (
                            "una sala stampa che riunisce le notizie e i comunicati dei membri, "
                            "con feed RSS;"
                        ),
                        (
                            "una rubrica stampa condivisa, riservata ai membri e aggiornata "
                            "collettivamente."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "La piattaforma è stata realizzata con Cordée Numérique, impresa solidale "
                        "di utilità sociale con sede a Gap, a partire da software libero. È "
                        "disponibile in francese, inglese e italiano."
                    ),
                ),
                ("paragraph", "Contatto stampa: presse@udess05.example.org"),
            ],
        },
    },
    {
        "slug": "chez-bernie-cafe-des-familles-la-batie-neuve",
        "kind": "news",
        "days_ago": 26,
        "organisations": ["chez-bernie", "alpaje"],
        "themes": ["alimentation", "jeunesse", "solidarite"],
        "fr": {
            "title": "Le café des familles de Chez Bernie revient chaque semaine à La Bâtie-Neuve",
            "summary": (
                "Avec ALPAJE, la cantine participative et itinérante propose de nouveau un accueil "
                "hebdomadaire pour les parents et leurs jeunes enfants."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Sortir de l'isolement et mieux se nourrir : c'est le pari de Chez Bernie, "
                        "café-restaurant participatif et itinérant lauréat d'un appel à projets "
                        "Alimentation durable. Son café des familles revient chaque semaine à La "
                        "Bâtie-Neuve, en partenariat avec ALPAJE, l'association départementale des "
                        "crèches parentales."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Au programme : un petit-déjeuner préparé ensemble avec des produits "
                        "locaux, un coin jeux pour les tout-petits et une professionnelle de la "
                        "petite enfance pour répondre aux questions des parents."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Pendant la crise sanitaire, partager nos locaux nous a paru une "
                            "évidence. Aujourd'hui, ce partage nous permet d'accueillir les "
                            "familles toute l'année."
                        ),
                        "attribution": "Une bénévole de Chez Bernie",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Entrée libre, participation au prix libre. Un atelier de cuisine "
                        "anti-gaspi et une cantine participative à Chorges sont aussi au programme "
                        "des prochaines semaines."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Chez Bernie's family café is back every week in La Bâtie-Neuve",
            "summary": (
                "Together with ALPAJE, the participatory travelling canteen once again offers a "
                "weekly drop-in for parents and their young children."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Breaking isolation and eating better: that is the aim of Chez Bernie, a "
                        "participatory travelling café-restaurant that won a Sustainable Food call "
                        "for projects. Its family café is back every week in La Bâtie-Neuve, in "
                        "partnership with ALPAJE, the departmental association of parent-run "
                        "nurseries."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "On the menu: a breakfast made together with local produce, a play corner "
                        "for toddlers and an early-years professional on hand to answer parents' "
                        "questions."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "During the health crisis, sharing our premises felt obvious. Today, "
                            "that sharing lets us welcome families all year round."
                        ),
                        "attribution": "A volunteer at Chez Bernie",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Free entry, pay what you can. A zero-waste cooking workshop and a "
                        "participatory canteen in Chorges are also coming up in the next few "
                        "weeks."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Il caffè delle famiglie di Chez Bernie torna ogni settimana a La Bâtie-Neuve",
            "summary": (
                "Con ALPAJE, la mensa partecipativa e itinerante propone di nuovo un'accoglienza "
                "settimanale per i genitori e i loro bambini piccoli."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Uscire dall'isolamento e mangiare meglio: è la scommessa di Chez Bernie, "
                        "caffè-ristorante partecipativo e itinerante vincitore di un bando "
                        "sull'alimentazione sostenibile. Il suo caffè delle famiglie torna ogni "
                        "settimana a La Bâtie-Neuve, in collaborazione con ALPAJE, l'associazione "
                        "dipartimentale degli asili nido parentali."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "In programma: una colazione preparata insieme con prodotti locali, un "
                        "angolo giochi per i più piccoli e una professionista della prima infanzia "
                        "per rispondere alle domande dei genitori."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Durante la crisi sanitaria, condividere i nostri locali ci è sembrato "
                            "ovvio. Oggi questa condivisione ci permette di accogliere le famiglie "
                            "tutto l'anno."
                        ),
                        "attribution": "Una volontaria di Chez Bernie",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Ingresso libero, contributo a offerta libera. Nelle prossime settimane "
                        "sono in programma anche un laboratorio di cucina antispreco e una mensa "
                        "partecipativa a Chorges."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "mobilite-solidaire-valgaudemar-conducteurs-benevoles",
        "kind": "news",
        "days_ago": 34,
        "organisations": ["mobilite-solidaire-valgaudemar", "pole-sante-champsaur-valgaudemar"],
        "themes": ["mobilite", "solidarite", "sante"],
        "fr": {
            "title": (
                "Valgaudemar : le transport solidaire cherche de nouveaux conducteurs bénévoles"
            ),
            "summary": (
                "Les demandes de trajets vers les rendez-vous médicaux augmentent. Mobilité "
                "solidaire Valgaudemar lance un appel aux habitants qui disposent d'un peu de "
                "temps et d'une voiture."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "En un an, Mobilité solidaire Valgaudemar a assuré plus de 600 trajets "
                        "pour des habitants isolés : courses, démarches administratives et surtout "
                        "rendez-vous médicaux, au Pôle de santé Champsaur-Valgaudemar, à Gap ou à "
                        "Grenoble."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Avec quatorze conducteurs bénévoles, l'association ne parvient plus à "
                        "répondre à toutes les demandes, en particulier pour les rendez-vous de "
                        "spécialistes qui prennent une journée entière."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Pour une personne âgée du fond de la vallée, un rendez-vous chez "
                            "l'ophtalmologue, c'est une journée. Sans conducteur, beaucoup "
                            "renoncent à se soigner."
                        ),
                        "attribution": "Une infirmière du Pôle de santé Champsaur-Valgaudemar",
                    },
                ),
                ("heading", "Devenir conducteur"),
                (
                    "paragraph",
                    (
                        "Les frais kilométriques sont couverts par une petite participation des "
                        "passagers, et les conducteurs sont assurés par l'association. Une réunion "
                        "d'information sans engagement sera organisée à Saint-Firmin ; la date "
                        "sera publiée dans l'agenda."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Valgaudemar: the community transport scheme is looking for new volunteer drivers"
            ),
            "summary": (
                "Requests for rides to medical appointments are rising. Mobilité solidaire "
                "Valgaudemar is appealing to residents who have a little time and a car."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "In one year, Mobilité solidaire Valgaudemar made more than 600 trips for "
                        "isolated residents: shopping, paperwork and above all medical "
                        "appointments, at the Champsaur-Valgaudemar health centre, in Gap or in "
                        "Grenoble."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "With fourteen volunteer drivers, the association can no longer meet every "
                        "request, especially for specialist appointments that take a whole day."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "For an older person at the far end of the valley, seeing the eye "
                            "doctor takes a whole day. Without a driver, many simply give up on "
                            "care."
                        ),
                        "attribution": "A nurse at the Champsaur-Valgaudemar health centre",
                    },
                ),
                ("heading", "Becoming a driver"),
                (
                    "paragraph",
                    (
                        "Mileage costs are covered by a small contribution from passengers, and "
                        "drivers are insured by the association. A no-commitment information "
                        "meeting will be held in Saint-Firmin; the date will be published in the "
                        "agenda."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Valgaudemar: il trasporto solidale cerca nuovi autisti volontari",
            "summary": (
                "Aumentano le richieste di passaggi verso le visite mediche. Mobilité solidaire "
                "Valgaudemar lancia un appello agli abitanti che hanno un po' di tempo e un'auto."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "In un anno, Mobilité solidaire Valgaudemar ha effettuato oltre 600 viaggi "
                        "per abitanti isolati: spesa, pratiche amministrative e soprattutto visite "
                        "mediche, al polo sanitario Champsaur-Valgaudemar, a Gap o a Grenoble."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Con quattordici autisti volontari, l'associazione non riesce più a "
                        "soddisfare tutte le richieste, in particolare per le visite "
                        "specialistiche che occupano un'intera giornata."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Per una persona anziana in fondo alla valle, una visita dall'oculista "
                            "richiede una giornata intera. Senza un autista, molti rinunciano a "
                            "curarsi."
                        ),
                        "attribution": "Un'infermiera del polo sanitario Champsaur-Valgaudemar",
                    },
                ),
                ("heading", "Diventare autista"),
                (
                    "paragraph",
                    (
                        "Le spese chilometriche sono coperte da un piccolo contributo dei "
                        "passeggeri, e gli autisti sono assicurati dall'associazione. A "
                        "Saint-Firmin si terrà una riunione informativa senza impegno; la data "
                        "sarà pubblicata nell'agenda."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "montagne-partagee-deux-nouvelles-joelettes",
        "kind": "news",
        "days_ago": 37,
        "organisations": ["montagne-partagee"],
        "themes": ["tourisme-durable", "handicap", "jeunesse"],
        "fr": {
            "title": "Montagne Partagée s'équipe de deux nouvelles joëlettes",
            "summary": (
                "Financés par une campagne de dons, deux fauteuils tout-terrain permettront à "
                "davantage de personnes à mobilité réduite de randonner dans le Briançonnais."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La joëlette est un fauteuil tout-terrain à une roue, guidé par deux "
                        "accompagnateurs, qui permet à une personne à mobilité réduite de "
                        "randonner en montagne. La SCIC Montagne Partagée, au Monêtier-les-Bains, "
                        "en possède désormais quatre, grâce à une campagne de dons qui a réuni 230 "
                        "contributeurs."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Ces nouveaux équipements permettront de doubler le nombre de sorties "
                        "accessibles proposées aux groupes, aux établissements spécialisés et aux "
                        "familles."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Voir un enfant arriver au col avec ses camarades de classe, c'est "
                            "pour ça que nous avons créé la coopérative."
                        ),
                        "attribution": (
                            "Un accompagnateur en montagne, sociétaire de Montagne Partagée"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "Les bénévoles qui veulent apprendre à piloter une joëlette peuvent "
                        "participer à une sortie d'initiation, puis à la journée portes ouvertes "
                        "de la coopérative."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Montagne Partagée gets two new joëlettes",
            "summary": (
                "Funded by a donation campaign, two all-terrain chairs will let more people with "
                "reduced mobility go hiking in the Briançon area."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "A joëlette is a one-wheeled all-terrain chair, steered by two guides, "
                        "that lets a person with reduced mobility hike in the mountains. The "
                        "Montagne Partagée cooperative in Le Monêtier-les-Bains now owns four, "
                        "thanks to a donation campaign backed by 230 contributors."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The new equipment will double the number of accessible outings offered to "
                        "groups, specialised care centres and families."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Seeing a child reach the pass with their classmates: that is why we "
                            "created the cooperative."
                        ),
                        "attribution": "A mountain leader and member of Montagne Partagée",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Volunteers who want to learn how to steer a joëlette can join an "
                        "introductory outing, then the cooperative's open day."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Montagne Partagée si dota di due nuove joëlette",
            "summary": (
                "Finanziate da una raccolta di donazioni, due carrozzine fuoristrada permetteranno "
                "a più persone con mobilità ridotta di fare escursioni nel Briançonnais."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La joëlette è una carrozzina fuoristrada a una ruota, guidata da due "
                        "accompagnatori, che permette a una persona con mobilità ridotta di "
                        "camminare in montagna. La cooperativa Montagne Partagée, a Le "
                        "Monêtier-les-Bains, ne possiede ora quattro, grazie a una raccolta di "
                        "donazioni che ha coinvolto 230 sostenitori."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Le nuove attrezzature permetteranno di raddoppiare il numero di uscite "
                        "accessibili proposte ai gruppi, alle strutture specializzate e alle "
                        "famiglie."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Vedere un bambino arrivare al colle con i suoi compagni di classe: è "
                            "per questo che abbiamo creato la cooperativa."
                        ),
                        "attribution": (
                            "Un accompagnatore di media montagna, socio di Montagne Partagée"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "I volontari che vogliono imparare a guidare una joëlette possono "
                        "partecipare a un'uscita di prova, e poi alla giornata porte aperte della "
                        "cooperativa."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "ludambule-soirees-jeux-reprise",
        "kind": "news",
        "days_ago": 47,
        "organisations": ["ludambule", "locommun"],
        "themes": ["culture", "jeunesse", "education-populaire"],
        "fr": {
            "title": "Ludambule relance ses soirées jeux, une semaine sur deux à Gap",
            "summary": (
                "Plus de 1 500 jeux, des animateurs pour les expliquer et une entrée libre : la "
                "ludothèque associative rouvre ses soirées à tous les âges."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Les soirées jeux de Ludambule reviennent une semaine sur deux dans les "
                        "locaux partagés de Locommun. Jeux de plateau, d'ambiance, de stratégie ou "
                        "coopératifs : l'équipe de la ludothèque conseille et explique les règles."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les soirées sont ouvertes dès 10 ans accompagnés, sans inscription. La "
                        "ludothèque continue aussi de prêter ses malles de jeux et ses grands jeux "
                        "en bois aux associations et aux communes pour leurs fêtes."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Le jeu est un prétexte formidable : autour d'une table, on se parle "
                            "sans se connaître."
                        ),
                        "attribution": "Une animatrice de Ludambule",
                    },
                ),
                (
                    "paragraph",
                    (
                        "À noter : un tournoi de jeux coopératifs et une nuit du jeu à Embrun sont "
                        "déjà en préparation."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Ludambule restarts its game nights, every other week in Gap",
            "summary": (
                "Over 1,500 games, facilitators to explain them and free entry: the community toy "
                "library reopens its evenings to all ages."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Ludambule's game nights are back every other week in Locommun's shared "
                        "premises. Board games, party games, strategy or cooperative games: the "
                        "toy library team gives advice and explains the rules."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Evenings are open from age 10 with an adult, no registration needed. The "
                        "toy library also keeps lending its boxes of games and giant wooden games "
                        "to associations and municipalities for their fairs."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Games are a wonderful excuse: around a table, strangers start talking."
                        ),
                        "attribution": "A facilitator at Ludambule",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Coming soon: a cooperative games tournament and a games night in Embrun "
                        "are already being prepared."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Ludambule riprende le sue serate di gioco, una settimana sì e una no a Gap",
            "summary": (
                "Oltre 1.500 giochi, animatori che li spiegano e ingresso libero: la ludoteca "
                "associativa riapre le sue serate a tutte le età."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Le serate di gioco di Ludambule tornano una settimana sì e una no nei "
                        "locali condivisi di Locommun. Giochi da tavolo, di società, di strategia "
                        "o cooperativi: lo staff della ludoteca consiglia e spiega le regole."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Le serate sono aperte dai 10 anni se accompagnati, senza iscrizione. La "
                        "ludoteca continua anche a prestare i suoi bauli di giochi e i grandi "
                        "giochi in legno ad associazioni e comuni per le loro feste."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Il gioco è un pretesto straordinario: intorno a un tavolo si parla "
                            "anche senza conoscersi."
                        ),
                        "attribution": "Un'animatrice di Ludambule",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Da segnare: un torneo di giochi cooperativi e una notte del gioco a "
                        "Embrun sono già in preparazione."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-cantines-bio-locales-plateformes-paysannes",
        "kind": "press",
        "days_ago": 51,
        "organisations": ["manger-bio-en-provence", "echanges-paysans"],
        "themes": ["alimentation", "agriculture", "cooperation"],
        "fr": {
            "title": (
                "Cantines : 42 établissements des Hautes-Alpes servent des produits bio et locaux "
                "grâce aux plateformes paysannes"
            ),
            "summary": (
                "Échanges Paysans et Manger Bio en Provence approvisionnent désormais 42 écoles, "
                "collèges, lycées, crèches et restaurants collectifs du département."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Tallard. Échanges Paysans, plateforme paysanne "
                        "constituée en SCIC, et le réseau régional Manger Bio en Provence "
                        "approvisionnent désormais 42 établissements de restauration collective "
                        "des Hautes-Alpes : écoles, collèges, lycées, crèches et restaurants "
                        "d'entreprise."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La loi impose à la restauration collective publique au moins 50 % de "
                        "produits durables et de qualité, dont 20 % de produits bio. Les "
                        "établissements approvisionnés par les plateformes dépassent en moyenne 35 "
                        "% de bio, en grande partie grâce aux producteurs du département."
                    ),
                ),
                ("heading", "Une coopérative à quatre collèges"),
                (
                    "paragraph",
                    (
                        "Producteurs, élus, clients de la restauration collective et salariés ou "
                        "citoyens siègent ensemble dans la gouvernance de la SCIC Échanges "
                        "Paysans. Cette gouvernance multi-acteurs permet de fixer des prix qui "
                        "rémunèrent justement les producteurs tout en restant accessibles aux "
                        "collectivités."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nous ne vendons pas seulement des légumes : nous organisons une "
                            "filière où chacun sait d'où vient le produit et qui en vit."
                        ),
                        "attribution": (
                            "Un producteur membre du collège des producteurs d'Échanges Paysans"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "Contacts presse : presse@manger-bio-en-provence.example.org et "
                        "presse@echanges-paysans.example.org"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Canteens: 42 establishments in the Hautes-Alpes serve organic, local food thanks "
                "to farmers' platforms"
            ),
            "summary": (
                "Échanges Paysans and Manger Bio en Provence now supply 42 schools, nurseries and "
                "staff canteens across the department."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Tallard. Échanges Paysans, a farmers' platform organised "
                        "as a multi-stakeholder cooperative (SCIC), and the regional Manger Bio en "
                        "Provence network now supply 42 catering establishments in the "
                        "Hautes-Alpes: primary and secondary schools, nurseries and staff "
                        "restaurants."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "French law requires public catering to serve at least 50% sustainable, "
                        "quality products, including 20% organic. The establishments supplied by "
                        "the platforms average over 35% organic, largely thanks to the "
                        "department's own producers."
                    ),
                ),
                ("heading", "A cooperative with four member colleges"),
                (
                    "paragraph",
                    (
                        "Producers, elected officials, catering customers, and staff or citizens "
                        "sit together in the governance of the Échanges Paysans cooperative. This "
                        "multi-stakeholder governance makes it possible to set prices that pay "
                        "producers fairly while remaining affordable for local authorities."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We do not just sell vegetables: we organise a supply chain where "
                            "everyone knows where the food comes from and who makes a living from "
                            "it."
                        ),
                        "attribution": "A farmer in the producers' college of Échanges Paysans",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Press contacts: presse@manger-bio-en-provence.example.org and "
                        "presse@echanges-paysans.example.org"
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Mense: 42 strutture delle Alte Alpi servono prodotti biologici e locali grazie "
                "alle piattaforme contadine"
            ),
            "summary": (
                "Échanges Paysans e Manger Bio en Provence riforniscono ormai 42 scuole, asili "
                "nido e mense aziendali del dipartimento."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Tallard. Échanges Paysans, piattaforma contadina "
                        "costituita come società cooperativa di interesse collettivo (SCIC), e la "
                        "rete regionale Manger Bio en Provence riforniscono ormai 42 strutture "
                        "della ristorazione collettiva delle Alte Alpi: scuole di ogni grado, "
                        "asili nido e mense aziendali."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La legge francese impone alla ristorazione collettiva pubblica almeno il "
                        "50% di prodotti sostenibili e di qualità, di cui il 20% biologici. Le "
                        "strutture rifornite dalle piattaforme superano in media il 35% di "
                        "biologico, in gran parte grazie ai produttori del dipartimento."
                    ),
                ),
                ("heading", "Una cooperativa con quattro collegi"),
                (
                    "paragraph",
                    (
                        "Produttori, amministratori locali, clienti della ristorazione collettiva "
                        "e dipendenti o cittadini siedono insieme negli organi della SCIC Échanges "
                        "Paysans. Questa governance multi-attore permette di fissare prezzi che "
                        "remunerano equamente i produttori restando accessibili agli enti locali."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Non vendiamo soltanto verdura: organizziamo una filiera in cui tutti "
                            "sanno da dove viene il prodotto e chi ci vive."
                        ),
                        "attribution": (
                            "Un produttore del collegio dei produttori di Échanges Paysans"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "Contatti stampa: presse@manger-bio-en-provence.example.org e "
                        "presse@echanges-paysans.example.org"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "mjc-brianconnais-session-bafa-aide-financement",
        "kind": "news",
        "days_ago": 55,
        "organisations": ["mjc-du-brianconnais"],
        "themes": ["jeunesse", "formation", "education-populaire"],
        "fr": {
            "title": (
                "MJC du Briançonnais : une session BAFA près de chez soi, avec une aide au "
                "financement"
            ),
            "summary": (
                "La MJC-Centre social organise une formation générale BAFA à Briançon et prend en "
                "charge la moitié du coût pour les jeunes qui s'engagent à animer dans le "
                "Briançonnais."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Trouver des animateurs pour les accueils de loisirs reste un casse-tête "
                        "dans les vallées. La MJC du Briançonnais-Centre social propose une "
                        "réponse locale : une session de formation générale au BAFA, le brevet "
                        "d'aptitude aux fonctions d'animateur, organisée à Briançon."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les jeunes de 17 ans et plus qui s'engagent à effectuer leur stage "
                        "pratique dans un accueil de loisirs du Briançonnais voient la moitié du "
                        "coût de leur formation prise en charge."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Beaucoup de jeunes ont envie de s'engager mais renoncent à cause du "
                            "prix et de la distance. Nous voulons lever ces deux obstacles."
                        ),
                        "attribution": (
                            "Le responsable du secteur jeunesse de la MJC du Briançonnais"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "Une réunion d'information sera organisée à la MJC ; la date sera annoncée "
                        "dans l'agenda du Hub ESS 05."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "MJC du Briançonnais: a youth-leader course close to home, with financial support"
            ),
            "summary": (
                "The community centre is running a BAFA youth-leader course in Briançon and covers "
                "half the cost for young people who commit to working in the Briançon area."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Finding youth workers for holiday clubs remains a headache in the "
                        "valleys. The MJC du Briançonnais community centre offers a local answer: "
                        "a BAFA course, the French certificate for youth and holiday-club leaders, "
                        "held in Briançon itself."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Young people aged 17 and over who commit to doing their practical "
                        "placement in a holiday club in the Briançon area will have half their "
                        "training costs covered."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Many young people want to get involved but give up because of the "
                            "price and the distance. We want to remove both obstacles."
                        ),
                        "attribution": "The head of youth activities at the MJC du Briançonnais",
                    },
                ),
                (
                    "paragraph",
                    (
                        "An information meeting will be held at the MJC; the date will be "
                        "announced in the Hub ESS 05 calendar."
                    ),
                ),
            ],
        },
        "it": {
            "title": "MJC du Briançonnais: un corso BAFA vicino a casa, con un aiuto economico",
            "summary": (
                "La MJC-Centre social organizza un corso BAFA a Briançon e copre metà del costo "
                "per i giovani che si impegnano a fare gli animatori nel Briançonnais."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Trovare animatori per i centri ricreativi resta un rompicapo nelle valli. "
                        "La MJC du Briançonnais-Centre social propone una risposta locale: un "
                        "corso di formazione generale BAFA, il brevetto francese per animatori di "
                        "centri ricreativi, organizzato a Briançon."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Ai giovani dai 17 anni in su che si impegnano a svolgere il tirocinio "
                        "pratico in un centro ricreativo del Briançonnais viene rimborsata metà "
                        "del costo della formazione."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Molti giovani hanno voglia di impegnarsi ma rinunciano per il prezzo "
                            "e la distanza. Vogliamo eliminare entrambi gli ostacoli."
                        ),
                        "attribution": (
                            "Il responsabile del settore giovani della MJC du Briançonnais"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "Presso la MJC si terrà una riunione informativa; la data sarà annunciata "
                        "nell'agenda dell'Hub ESS 05."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "jardins-du-buech-legumes-cantines",
        "kind": "news",
        "days_ago": 63,
        "organisations": ["les-jardins-du-buech", "echanges-paysans"],
        "themes": ["insertion", "agriculture", "alimentation"],
        "fr": {
            "title": "Les Jardins du Buëch livrent leurs premiers légumes aux cantines",
            "summary": (
                "Le chantier d'insertion maraîcher d'Aspres-sur-Buëch rejoint la plateforme "
                "Échanges Paysans : une partie de sa production part désormais vers les cantines "
                "du département."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Les Jardins du Buëch proposent à des personnes éloignées de l'emploi un "
                        "contrat de travail et un accompagnement, autour de la culture de légumes "
                        "biologiques vendus en paniers. Depuis quelques semaines, une partie de la "
                        "récolte rejoint aussi les cantines du département par la plateforme "
                        "Échanges Paysans."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Pour les salariés en insertion, c'est un nouveau savoir-faire à acquérir "
                        ": préparer des commandes calibrées, tenir des délais de livraison, "
                        "assurer la traçabilité. Des compétences directement utiles pour un futur "
                        "emploi dans l'agriculture ou la logistique."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Savoir que les enfants de l'école mangent nos carottes, ça donne une "
                            "autre fierté au travail."
                        ),
                        "attribution": "Un salarié en insertion aux Jardins du Buëch",
                    },
                ),
                (
                    "paragraph",
                    (
                        "L'association prépare une journée portes ouvertes et un ciné-débat « Du "
                        "champ à la cantine » avec La Gare aux Idées, à Veynes."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Les Jardins du Buëch deliver their first vegetables to school canteens",
            "summary": (
                "The market-garden work-integration project in Aspres-sur-Buëch has joined the "
                "Échanges Paysans platform: part of its harvest now goes to canteens across the "
                "department."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Les Jardins du Buëch offer people who are far from work an employment "
                        "contract and support, growing organic vegetables sold in weekly boxes. "
                        "For a few weeks now, part of the harvest has also been going to the "
                        "department's canteens through the Échanges Paysans platform."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "For the employees on integration contracts, it means new skills: "
                        "preparing orders to specification, meeting delivery deadlines, ensuring "
                        "traceability. Skills that are directly useful for a future job in farming "
                        "or logistics."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Knowing that the schoolchildren eat our carrots makes you proud of "
                            "your work in a new way."
                        ),
                        "attribution": (
                            "An employee on an integration contract at Les Jardins du Buëch"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "The association is preparing an open day and a film debate, “From field "
                        "to canteen”, with La Gare aux Idées in Veynes."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Les Jardins du Buëch consegnano le prime verdure alle mense",
            "summary": (
                "Il progetto orticolo di inserimento lavorativo di Aspres-sur-Buëch entra nella "
                "piattaforma Échanges Paysans: parte della produzione va ora alle mense del "
                "dipartimento."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Les Jardins du Buëch offrono a persone lontane dal lavoro un contratto e "
                        "un accompagnamento, attorno alla coltivazione di ortaggi biologici "
                        "venduti in cassette. Da qualche settimana, parte del raccolto arriva "
                        "anche alle mense del dipartimento tramite la piattaforma Échanges "
                        "Paysans."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Per i lavoratori in inserimento è una nuova competenza da acquisire: "
                        "preparare ordini calibrati, rispettare i tempi di consegna, garantire la "
                        "tracciabilità. Competenze direttamente utili per un futuro impiego in "
                        "agricoltura o nella logistica."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Sapere che i bambini della scuola mangiano le nostre carote dà al "
                            "lavoro un altro tipo di orgoglio."
                        ),
                        "attribution": "Un lavoratore in inserimento dei Jardins du Buëch",
                    },
                ),
                (
                    "paragraph",
                    (
                        "L'associazione prepara una giornata porte aperte e un cineforum «Dal "
                        "campo alla mensa» con La Gare aux Idées, a Veynes."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "la-trouvaille-recrute-trois-salaries-insertion",
        "kind": "news",
        "days_ago": 67,
        "organisations": ["la-trouvaille"],
        "themes": ["insertion", "emploi", "environnement"],
        "fr": {
            "title": "La Trouvaille recrute trois salariés en parcours d'insertion",
            "summary": (
                "Tri, réparation et vente : la ressourcerie des Écrins propose trois contrats à "
                "durée déterminée d'insertion, avec accompagnement et formation."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La Trouvaille, ressourcerie des Écrins installée à "
                        "L'Argentière-la-Bessée, recrute trois personnes en contrat à durée "
                        "déterminée d'insertion (CDDI), à raison de 26 heures par semaine."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "un poste d'agent de tri et de valorisation (meubles, textile, "
                            "vaisselle) ;"
                        ),
                        (
                            "un poste d'agent de réparation de petits appareils électriques, avec "
                            "formation en interne ;"
                        ),
                        "un poste de vendeuse ou vendeur en boutique solidaire.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Les postes sont ouverts aux personnes éligibles à l'insertion par "
                        "l'activité économique ; aucun diplôme n'est demandé. Chaque salarié "
                        "bénéficie d'un accompagnement socioprofessionnel et de formations pour "
                        "préparer la suite de son parcours."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Pour candidater, adressez-vous à votre conseiller France Travail, à la "
                        "mission locale ou directement à contact@la-trouvaille.example.org."
                    ),
                ),
            ],
        },
        "en": {
            "title": "La Trouvaille is hiring three people on work-integration contracts",
            "summary": (
                "Sorting, repairing and selling: the Écrins reuse centre offers three fixed-term "
                "work-integration contracts, with support and training."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La Trouvaille, the Écrins reuse centre in L'Argentière-la-Bessée, is "
                        "hiring three people on fixed-term work-integration contracts (CDDI) of 26 "
                        "hours a week."
                    ),
                ),
                (
                    "list",
                    [
                        "a sorting and upcycling assistant (furniture, textiles, tableware);",
                        "a small electrical appliance repairer, with in-house training;",
                        "a sales assistant in the charity shop.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "The jobs are open to people eligible for work-integration schemes; no "
                        "qualifications are required. Each employee receives social and "
                        "professional support and training to prepare the next step."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "To apply, contact your France Travail adviser, the local youth employment "
                        "service (mission locale) or write directly to "
                        "contact@la-trouvaille.example.org."
                    ),
                ),
            ],
        },
        "it": {
            "title": "La Trouvaille assume tre persone in percorso di inserimento lavorativo",
            "summary": (
                "Selezione, riparazione e vendita: il centro di riuso degli Écrins offre tre "
                "contratti a tempo determinato di inserimento, con accompagnamento e formazione."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La Trouvaille, centro di riuso degli Écrins con sede a "
                        "L'Argentière-la-Bessée, assume tre persone con contratto a tempo "
                        "determinato di inserimento (CDDI), per 26 ore settimanali."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "un addetto alla selezione e alla valorizzazione (mobili, tessili, "
                            "stoviglie);"
                        ),
                        (
                            "un addetto alla riparazione di piccoli elettrodomestici, con "
                            "formazione interna;"
                        ),
                        "una commessa o un commesso nel negozio solidale.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "I posti sono aperti alle persone che hanno diritto ai percorsi di "
                        "inserimento lavorativo; non è richiesto alcun titolo di studio. Ogni "
                        "dipendente riceve un accompagnamento socio-professionale e una formazione "
                        "per preparare il seguito del suo percorso."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Per candidarsi, rivolgersi al proprio consulente di France Travail, alla "
                        "mission locale (servizio per l'impiego dei giovani) o scrivere "
                        "direttamente a contact@la-trouvaille.example.org."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "chorges-en-transition-bilan-jardin-collectif",
        "kind": "news",
        "days_ago": 70,
        "organisations": ["chorges-en-transition", "chez-bernie"],
        "themes": ["environnement", "alimentation", "agriculture"],
        "fr": {
            "title": "Jardin collectif de Chorges : une saison de récoltes et d'apprentissages",
            "summary": (
                "Près de 400 kilos de légumes, 25 jardiniers réguliers et des ateliers pour les "
                "écoles : le collectif Chorges en Transition fait le bilan de sa saison."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Soutenu par un appel à projets Jardins partagés et collectifs, le jardin "
                        "de Chorges en Transition se veut à la fois pédagogique et expérimental. "
                        "Cette saison, il a produit près de 400 kilos de légumes, partagés entre "
                        "les jardiniers et la cantine participative organisée avec Chez Bernie."
                    ),
                ),
                (
                    "list",
                    [
                        "25 jardiniers réguliers, dont une dizaine de nouveaux habitants ;",
                        "4 classes de l'école de Chorges accueillies pour des ateliers ;",
                        "des essais de paillage et de variétés anciennes adaptées à l'altitude ;",
                        "un composteur collectif utilisé par une trentaine de foyers.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ici, personne n'est expert de tout. Chacun apporte ce qu'il sait, et "
                            "c'est le groupe qui trouve les solutions."
                        ),
                        "attribution": "Une jardinière du collectif Chorges en Transition",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Le jardin reste ouvert lors des matinées au jardin collectif, et un "
                        "atelier de greffe d'arbres fruitiers est prévu pour préparer la saison "
                        "suivante."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Chorges community garden: a season of harvests and learning",
            "summary": (
                "Nearly 400 kilos of vegetables, 25 regular gardeners and workshops for schools: "
                "the Chorges en Transition group looks back on its season."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Supported by a call for projects on shared and community gardens, the "
                        "Chorges en Transition garden aims to be both educational and "
                        "experimental. This season it produced nearly 400 kilos of vegetables, "
                        "shared between the gardeners and the participatory canteen run with Chez "
                        "Bernie."
                    ),
                ),
                (
                    "list",
                    [
                        "25 regular gardeners, about ten of them newcomers to the area;",
                        "4 classes from the Chorges school welcomed for workshops;",
                        "trials of mulching and of heritage varieties suited to altitude;",
                        "a shared compost used by some thirty households.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Here nobody is an expert in everything. Everyone brings what they "
                            "know, and the group finds the solutions."
                        ),
                        "attribution": "A gardener of the Chorges en Transition group",
                    },
                ),
                (
                    "paragraph",
                    (
                        "The garden stays open during the community garden mornings, and a "
                        "fruit-tree grafting workshop is planned to prepare the next season."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Orto collettivo di Chorges: una stagione di raccolti e di apprendimento",
            "summary": (
                "Quasi 400 chili di verdura, 25 ortolani abituali e laboratori per le scuole: il "
                "collettivo Chorges en Transition fa il bilancio della stagione."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Sostenuto da un bando sugli orti condivisi e collettivi, l'orto di "
                        "Chorges en Transition vuole essere insieme didattico e sperimentale. "
                        "Quest'anno ha prodotto quasi 400 chili di verdura, divisi tra gli "
                        "ortolani e la mensa partecipativa organizzata con Chez Bernie."
                    ),
                ),
                (
                    "list",
                    [
                        "25 ortolani abituali, tra cui una decina di nuovi abitanti;",
                        "4 classi della scuola di Chorges accolte per dei laboratori;",
                        "prove di pacciamatura e di varietà antiche adatte all'altitudine;",
                        "una compostiera collettiva usata da una trentina di famiglie.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Qui nessuno è esperto di tutto. Ognuno porta ciò che sa, ed è il "
                            "gruppo a trovare le soluzioni."
                        ),
                        "attribution": "Un'ortolana del collettivo Chorges en Transition",
                    },
                ),
                (
                    "paragraph",
                    (
                        "L'orto resta aperto durante le mattinate all'orto collettivo, ed è "
                        "previsto un laboratorio di innesto degli alberi da frutto per preparare "
                        "la stagione successiva."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-altitudes-cooperantes-fichier-presse-mutualise",
        "kind": "press",
        "days_ago": 76,
        "organisations": ["udess-05", "comptoir-des-assos", "mjc-du-brianconnais"],
        "themes": ["cooperation", "numerique"],
        "fr": {
            "title": (
                "Altitudes Coopérantes lance un fichier presse mutualisé pour l'ESS des "
                "Hautes-Alpes et de l'Ubaye"
            ),
            "summary": (
                "Plutôt que chacun tienne sa liste de journalistes, les structures adhérentes "
                "partagent un carnet d'adresses commun, vérifié et tenu à jour collectivement."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Briançon. Le projet Altitudes Coopérantes, financé "
                        "par le programme européen LEADER et porté par le Comptoir des Assos, "
                        "France Active Provence-Alpes-Côte d'Azur, la MJC du Briançonnais-Centre "
                        "social et l'UDESS 05, met en service son fichier presse mutualisé."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Jusqu'ici, chaque association tenait sa propre liste de contacts presse, "
                        "souvent incomplète et vite dépassée. Le fichier commun réunit les "
                        "journalistes et médias locaux, régionaux et spécialisés, avec leurs "
                        "thèmes de prédilection et les vallées qu'ils couvrent. Il est réservé aux "
                        "structures adhérentes et n'est jamais publié."
                    ),
                ),
                ("heading", "La mise à jour, l'affaire de tous"),
                (
                    "paragraph",
                    (
                        "Au forum de 2021, les participants avaient désigné l'actualisation du "
                        "carnet d'adresses comme le principal point de vigilance. Chaque contact "
                        "indique donc sa date de dernière vérification, les adresses qui ne "
                        "répondent plus sont signalées, et les journalistes peuvent à tout moment "
                        "demander à être retirés du fichier."
                    ),
                ),
                ("paragraph", "Contact presse : presse@udess05.example.org"),
            ],
        },
        "en": {
            "title": (
                "Altitudes Coopérantes launches a shared press book for the ESS of the "
                "Hautes-Alpes and Ubaye"
            ),
            "summary": (
                "Instead of each keeping its own list of journalists, member organisations share "
                "one address book, checked and kept up to date collectively."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Briançon. The Altitudes Coopérantes project, funded by "
                        "the European LEADER programme and led by the Comptoir des Assos, France "
                        "Active Provence-Alpes-Côte d'Azur, the MJC du Briançonnais community "
                        "centre and UDESS 05, is launching its shared press book."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Until now, each association kept its own list of press contacts, often "
                        "incomplete and quickly out of date. The shared book brings together "
                        "local, regional and specialist journalists and media, with the topics "
                        "they cover and the valleys they report on. It is for member organisations "
                        "only and is never published."
                    ),
                ),
                ("heading", "Keeping it current is everyone's job"),
                (
                    "paragraph",
                    (
                        "At the 2021 forum, participants named keeping the address book up to date "
                        "as the main risk. Each contact therefore shows when it was last checked, "
                        "addresses that bounce are flagged, and journalists can ask to be removed "
                        "from the book at any time."
                    ),
                ),
                ("paragraph", "Press contact: presse@udess05.example.org"),
            ],
        },
        "it": {
            "title": (
                "Altitudes Coopérantes lancia una rubrica stampa condivisa per l'ESS delle Alte "
                "Alpi e dell'Ubaye"
            ),
            "summary": (
                "Invece di tenere ciascuna la propria lista di giornalisti, le organizzazioni "
                "aderenti condividono una rubrica comune, verificata e aggiornata collettivamente."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Briançon. Il progetto Altitudes Coopérantes, "
                        "finanziato dal programma europeo LEADER e promosso dal Comptoir des "
                        "Assos, da France Active Provence-Alpes-Côte d'Azur, dalla MJC du "
                        "Briançonnais-Centre social e dall'UDESS 05, mette in funzione la sua "
                        "rubrica stampa condivisa."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Finora ogni associazione teneva la propria lista di contatti stampa, "
                        "spesso incompleta e presto superata. La rubrica comune riunisce "
                        "giornalisti e testate locali, regionali e specializzate, con i temi che "
                        "seguono e le valli di cui si occupano. È riservata alle organizzazioni "
                        "aderenti e non viene mai pubblicata."
                    ),
                ),
                ("heading", "L'aggiornamento è compito di tutti"),
                (
                    "paragraph",
                    (
                        "Al forum del 2021, i partecipanti avevano indicato l'aggiornamento della "
                        "rubrica come il principale punto di attenzione. Ogni contatto riporta "
                        "quindi la data dell'ultima verifica, gli indirizzi che non rispondono "
                        "vengono segnalati e i giornalisti possono chiedere in qualsiasi momento "
                        "di essere rimossi."
                    ),
                ),
                ("paragraph", "Contatto stampa: presse@udess05.example.org"),
            ],
        },
    },
    {
        "slug": "meleze-et-cie-renovation-ecole-bois-local",
        "kind": "news",
        "days_ago": 82,
        "organisations": ["meleze-et-cie"],
        "themes": ["habitat", "energie", "environnement"],
        "fr": {
            "title": (
                "Guillestrois : Mélèze & Cie rénove une école avec du bois local et des isolants "
                "biosourcés"
            ),
            "summary": (
                "La SCOP de Guillestre achève la rénovation énergétique d'une école de la vallée, "
                "avec du mélèze des forêts voisines et de la fibre de bois."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Les salariés associés de Mélèze & Cie viennent de terminer la rénovation "
                        "énergétique de l'école d'un village du Guillestrois : isolation des murs "
                        "par l'extérieur en fibre de bois, bardage en mélèze et remplacement des "
                        "menuiseries."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Selon le bureau d'études, la consommation de chauffage du bâtiment "
                        "devrait baisser de plus de moitié. Le bois provient de forêts communales "
                        "situées à moins de 50 kilomètres et a été scié dans la vallée."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Un chantier comme celui-ci fait travailler la forêt, la scierie, nos "
                            "apprentis et nos compagnons. La valeur reste dans la vallée."
                        ),
                        "attribution": "Un salarié associé de Mélèze & Cie",
                    },
                ),
                (
                    "paragraph",
                    (
                        "La coopérative présentera ce chantier lors d'une conférence sur la "
                        "rénovation avec le bois et les isolants biosourcés, à Guillestre."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Guillestrois: Mélèze & Cie renovates a school with local timber and bio-based "
                "insulation"
            ),
            "summary": (
                "The worker cooperative in Guillestre is completing the energy renovation of a "
                "village school, using larch from nearby forests and wood-fibre insulation."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The worker-members of Mélèze & Cie have just completed the energy "
                        "renovation of a village school in the Guillestrois: external wall "
                        "insulation in wood fibre, larch cladding and new windows and doors."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "According to the engineering consultants, the building's heating "
                        "consumption should fall by more than half. The timber comes from "
                        "municipal forests less than 50 kilometres away and was sawn in the "
                        "valley."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A job like this keeps the forest, the sawmill, our apprentices and "
                            "our craftsmen working. The value stays in the valley."
                        ),
                        "attribution": "A worker-member of Mélèze & Cie",
                    },
                ),
                (
                    "paragraph",
                    (
                        "The cooperative will present the project at a talk on renovating with "
                        "timber and bio-based insulation, in Guillestre."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Guillestrois: Mélèze & Cie ristruttura una scuola con legno locale e isolanti di "
                "origine biologica"
            ),
            "summary": (
                "La cooperativa di lavoro di Guillestre completa la riqualificazione energetica di "
                "una scuola della valle, con larice dei boschi vicini e fibra di legno."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "I soci lavoratori di Mélèze & Cie hanno appena terminato la "
                        "riqualificazione energetica della scuola di un paese del Guillestrois: "
                        "isolamento esterno delle pareti in fibra di legno, rivestimento in larice "
                        "e sostituzione dei serramenti."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Secondo lo studio tecnico, il consumo per il riscaldamento dell'edificio "
                        "dovrebbe calare di oltre la metà. Il legno proviene da boschi comunali a "
                        "meno di 50 chilometri ed è stato segato in valle."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Un cantiere come questo fa lavorare il bosco, la segheria, i nostri "
                            "apprendisti e i nostri artigiani. Il valore resta in valle."
                        ),
                        "attribution": "Un socio lavoratore di Mélèze & Cie",
                    },
                ),
                (
                    "paragraph",
                    (
                        "La cooperativa presenterà il cantiere durante una conferenza sulla "
                        "ristrutturazione con il legno e gli isolanti di origine biologica, a "
                        "Guillestre."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "creacoop-05-douze-nouveaux-entrepreneurs",
        "kind": "news",
        "days_ago": 88,
        "organisations": ["creacoop-05"],
        "themes": ["emploi", "cooperation", "formation"],
        "fr": {
            "title": "Créacoop 05 accueille douze nouveaux entrepreneurs salariés",
            "summary": (
                "Traductrice, menuisier, maraîchère, graphiste… La coopérative d'activités et "
                "d'emploi accompagne désormais plus de soixante personnes qui testent ou "
                "développent leur activité."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Douze porteurs de projet ont rejoint Créacoop 05 ces derniers mois. Ils "
                        "testent leur activité au sein de la coopérative, sans créer leur propre "
                        "entreprise : Créacoop 05 porte juridiquement l'activité, tient la "
                        "comptabilité et leur verse un salaire à partir de leur chiffre "
                        "d'affaires."
                    ),
                ),
                (
                    "list",
                    [
                        "une traductrice franco-italienne installée à Briançon ;",
                        "un menuisier spécialisé dans le mobilier en mélèze ;",
                        "une maraîchère en cours d'installation dans le Champsaur ;",
                        "un graphiste qui travaille pour plusieurs associations du réseau.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "J'ai pu me lancer sans risquer mes économies, et je ne suis pas seule "
                            ": on échange entre entrepreneurs tous les mois."
                        ),
                        "attribution": "Une entrepreneuse salariée de Créacoop 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Créacoop 05 organise chaque mois une réunion d'information à Gap et "
                        "propose un webinaire « tester son activité sans créer son entreprise »."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Créacoop 05 welcomes twelve new employee-entrepreneurs",
            "summary": (
                "A translator, a joiner, a market gardener, a graphic designer… The business and "
                "employment cooperative now supports more than sixty people testing or growing "
                "their business."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Twelve project holders have joined Créacoop 05 in recent months. They are "
                        "testing their business inside the cooperative without setting up their "
                        "own company: Créacoop 05 provides the legal framework, keeps the accounts "
                        "and pays them a salary out of their turnover."
                    ),
                ),
                (
                    "list",
                    [
                        "a French-Italian translator based in Briançon;",
                        "a joiner specialising in larch furniture;",
                        "a market gardener setting up in the Champsaur;",
                        "a graphic designer working for several associations in the network.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I was able to start without risking my savings, and I am not alone: "
                            "we entrepreneurs meet every month."
                        ),
                        "attribution": "An employee-entrepreneur at Créacoop 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Créacoop 05 holds a monthly information meeting in Gap and offers a "
                        "webinar on “testing your business without setting up a company”."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Créacoop 05 accoglie dodici nuovi imprenditori dipendenti",
            "summary": (
                "Una traduttrice, un falegname, un'orticoltrice, un grafico… La cooperativa di "
                "attività e di impiego accompagna ormai più di sessanta persone che sperimentano o "
                "sviluppano la propria attività."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Negli ultimi mesi dodici persone con un progetto sono entrate in Créacoop "
                        "05. Sperimentano la loro attività all'interno della cooperativa, senza "
                        "creare una propria impresa: Créacoop 05 ne assume la responsabilità "
                        "giuridica, tiene la contabilità e versa loro uno stipendio in base al "
                        "fatturato."
                    ),
                ),
                (
                    "list",
                    [
                        "una traduttrice italo-francese che vive a Briançon;",
                        "un falegname specializzato in mobili di larice;",
                        "un'orticoltrice che si sta insediando nel Champsaur;",
                        "un grafico che lavora per diverse associazioni della rete.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ho potuto lanciarmi senza rischiare i miei risparmi, e non sono sola: "
                            "ogni mese ci confrontiamo tra imprenditori."
                        ),
                        "attribution": "Un'imprenditrice dipendente di Créacoop 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Créacoop 05 organizza ogni mese una riunione informativa a Gap e propone "
                        "un webinar su come «sperimentare la propria attività senza creare "
                        "un'impresa»."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "ponts-des-alpes-echange-jeunes-queyras-piemont",
        "kind": "news",
        "days_ago": 92,
        "organisations": ["ponts-des-alpes"],
        "themes": ["jeunesse", "culture", "cooperation"],
        "fr": {
            "title": (
                "Queyras-Piémont : vingt jeunes ont franchi la frontière pour un échange culturel"
            ),
            "summary": (
                "Dix jeunes du Guillestrois-Queyras et dix jeunes d'une vallée piémontaise ont "
                "passé deux semaines ensemble, entre chantier, randonnée et création d'un "
                "spectacle bilingue."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Ponts des Alpes organisait son échange de jeunes entre le "
                        "Guillestrois-Queyras et une vallée voisine du Piémont. Pendant deux "
                        "semaines, vingt jeunes de 15 à 18 ans ont alterné chantier de "
                        "restauration d'un sentier, randonnées par les cols frontaliers et "
                        "ateliers de théâtre."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Le séjour s'est conclu par un spectacle bilingue joué à Aiguilles puis de "
                        "l'autre côté de la frontière, devant les familles et les habitants."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Au début, on parlait avec les mains. À la fin, on finissait les "
                            "phrases des autres, en français ou en italien."
                        ),
                        "attribution": "Une participante de l'échange",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Une réunion d'information est prévue pour le prochain échange, et Ponts "
                        "des Alpes prépare une journée transfrontalière de l'ESS entre le Queyras "
                        "et le Piémont."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Queyras–Piedmont: twenty young people crossed the border for a cultural exchange"
            ),
            "summary": (
                "Ten young people from the Guillestrois-Queyras and ten from a Piedmont valley "
                "spent two weeks together, restoring a trail, hiking and creating a bilingual "
                "show."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Ponts des Alpes ran its youth exchange between the Guillestrois-Queyras "
                        "and a neighbouring valley in Piedmont. For two weeks, twenty young people "
                        "aged 15 to 18 alternated between restoring a footpath, hiking over the "
                        "border passes and theatre workshops."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The stay ended with a bilingual show performed in Aiguilles and then on "
                        "the other side of the border, in front of families and residents."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "At first we talked with our hands. By the end, we were finishing each "
                            "other's sentences, in French or in Italian."
                        ),
                        "attribution": "A participant in the exchange",
                    },
                ),
                (
                    "paragraph",
                    (
                        "An information meeting is planned for the next exchange, and Ponts des "
                        "Alpes is preparing a cross-border ESS day between the Queyras and "
                        "Piedmont."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Queyras-Piemonte: venti giovani hanno attraversato il confine per uno scambio "
                "culturale"
            ),
            "summary": (
                "Dieci giovani del Guillestrois-Queyras e dieci di una valle piemontese hanno "
                "trascorso due settimane insieme, tra cantiere, escursioni e creazione di uno "
                "spettacolo bilingue."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Ponts des Alpes ha organizzato il suo scambio di giovani tra il "
                        "Guillestrois-Queyras e una valle vicina del Piemonte. Per due settimane, "
                        "venti ragazze e ragazzi dai 15 ai 18 anni hanno alternato il recupero di "
                        "un sentiero, escursioni attraverso i colli di confine e laboratori "
                        "teatrali."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Il soggiorno si è concluso con uno spettacolo bilingue rappresentato ad "
                        "Aiguilles e poi dall'altra parte del confine, davanti alle famiglie e "
                        "agli abitanti."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "All'inizio parlavamo a gesti. Alla fine finivamo le frasi degli "
                            "altri, in francese o in italiano."
                        ),
                        "attribution": "Una partecipante allo scambio",
                    },
                ),
                (
                    "paragraph",
                    (
                        "È prevista una riunione informativa per il prossimo scambio, e Ponts des "
                        "Alpes prepara una giornata transfrontaliera dell'ESS tra il Queyras e il "
                        "Piemonte."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "artistes-en-presence-nouvelle-residence-champsaur",
        "kind": "news",
        "days_ago": 100,
        "organisations": ["espace-culturel-chaillol"],
        "themes": ["culture", "education-populaire", "tourisme-durable"],
        "fr": {
            "title": (
                "Artistes en présence : une nouvelle résidence longue s'installe dans le Champsaur"
            ),
            "summary": (
                "L'Espace Culturel de Chaillol accueille pour plusieurs mois un duo de musiciens "
                "qui créera avec les habitants des vallées."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Avec son programme « Artistes en présence », l'Espace Culturel de "
                        "Chaillol invite des artistes à s'installer dans la durée sur le "
                        "territoire, plutôt que de passer le temps d'un concert. Un duo de "
                        "musiciens, violoncelle et percussions, rejoint ainsi le Champsaur pour "
                        "plusieurs mois."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Le duo interviendra dans les écoles, les maisons de retraite et les fêtes "
                        "de village, et recueillera chants et récits auprès des habitants pour "
                        "nourrir sa création."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Être présent longtemps, c'est accepter d'être transformé par le "
                            "territoire autant qu'on le transforme."
                        ),
                        "attribution": "La direction artistique de l'Espace Culturel de Chaillol",
                    },
                ),
                (
                    "paragraph",
                    (
                        "La résidence se conclura par un concert à Saint-Julien-en-Champsaur et "
                        "une restitution publique dans le Valgaudemar."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Artistes en présence: a new long residency settles in the Champsaur",
            "summary": (
                "The Espace Culturel de Chaillol is hosting a music duo for several months, who "
                "will create a new work with the people of the valleys."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "With its “Artistes en présence” programme, the Espace Culturel de "
                        "Chaillol invites artists to settle in the area over time, rather than "
                        "just passing through for a concert. A cello and percussion duo is now "
                        "joining the Champsaur for several months."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The duo will work in schools, care homes and village fêtes, and will "
                        "collect songs and stories from residents to feed their new piece."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Being present for a long time means accepting that the place changes "
                            "you as much as you change it."
                        ),
                        "attribution": "The artistic direction of the Espace Culturel de Chaillol",
                    },
                ),
                (
                    "paragraph",
                    (
                        "The residency will end with a concert in Saint-Julien-en-Champsaur and a "
                        "public presentation in the Valgaudemar."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Artistes en présence: una nuova residenza lunga nel Champsaur",
            "summary": (
                "L'Espace Culturel de Chaillol accoglie per diversi mesi un duo di musicisti che "
                "creerà insieme agli abitanti delle valli."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Con il programma «Artistes en présence», l'Espace Culturel de Chaillol "
                        "invita gli artisti a stabilirsi a lungo sul territorio, invece di "
                        "passarci il tempo di un concerto. Un duo di violoncello e percussioni "
                        "arriva così nel Champsaur per diversi mesi."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Il duo lavorerà nelle scuole, nelle case di riposo e nelle feste di "
                        "paese, e raccoglierà canti e racconti dagli abitanti per nutrire la sua "
                        "creazione."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Essere presenti a lungo significa accettare di essere trasformati dal "
                            "territorio quanto lo si trasforma."
                        ),
                        "attribution": "La direzione artistica dell'Espace Culturel de Chaillol",
                    },
                ),
                (
                    "paragraph",
                    (
                        "La residenza si concluderà con un concerto a Saint-Julien-en-Champsaur e "
                        "una presentazione pubblica nel Valgaudemar."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "altitudes-cooperantes-annuaire-des-moyens-partages",
        "kind": "news",
        "days_ago": 105,
        "organisations": ["comptoir-des-assos", "mjc-du-brianconnais", "udess-05"],
        "themes": ["cooperation", "tiers-lieux"],
        "fr": {
            "title": "Altitudes Coopérantes : l'annuaire des moyens partagés est lancé",
            "summary": (
                "Salles, matériel, véhicules, compétences : les structures du réseau peuvent voir "
                "ce que les autres prêtent ou louent à prix solidaire. L'annuaire rejoindra le "
                "futur Hub ESS 05."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "C'était l'une des premières actions annoncées à l'atelier Altitudes "
                        "Coopérantes du forum 2021 : un annuaire des moyens humains et matériels "
                        "que les structures sont prêtes à partager. Il compte déjà une quarantaine "
                        "d'offres et sera intégré à l'annuaire du futur Hub ESS 05."
                    ),
                ),
                ("heading", "Ce qu'on y trouve déjà"),
                (
                    "list",
                    [
                        "des salles de réunion et d'activités à Gap, Briançon, Embrun et Veynes ;",
                        "un camion frigorifique proposé par Échanges Paysans ;",
                        (
                            "du matériel événementiel (barnums, sono, vaisselle réutilisable) au "
                            "Comptoir des Assos ;"
                        ),
                        (
                            "des compétences en comptabilité, en création graphique ou en "
                            "ingénierie de projets."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Le projet n'a de sens que s'il rassemble beaucoup de structures. "
                            "Chaque offre ajoutée rend l'annuaire plus utile à tous."
                        ),
                        "attribution": "Un administrateur de l'UDESS 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Pour proposer une offre, il suffit de remplir le formulaire disponible "
                        "auprès du Comptoir des Assos. Les conditions de prêt (convention, "
                        "caution, participation aux frais) restent fixées par chaque structure."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Altitudes Coopérantes: the directory of shared resources is launched",
            "summary": (
                "Rooms, equipment, vehicles, skills: network members can now see what others lend "
                "or rent out at solidarity prices. The directory will move into the upcoming Hub "
                "ESS 05."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "It was one of the first actions announced at the Altitudes Coopérantes "
                        "workshop of the 2021 forum: a directory of the human and material "
                        "resources that organisations are ready to share. It already lists some "
                        "forty offers and will be built into the directory of the upcoming Hub ESS "
                        "05."
                    ),
                ),
                ("heading", "What is already there"),
                (
                    "list",
                    [
                        "meeting and activity rooms in Gap, Briançon, Embrun and Veynes;",
                        "a refrigerated van offered by Échanges Paysans;",
                        (
                            "event equipment (marquees, sound system, reusable tableware) at the "
                            "Comptoir des Assos;"
                        ),
                        "skills in accounting, graphic design and project engineering.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The project only makes sense if it brings many organisations "
                            "together. Every offer added makes the directory more useful to "
                            "everyone."
                        ),
                        "attribution": "A board member of UDESS 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "To list an offer, simply fill in the form available from the Comptoir des "
                        "Assos. Lending terms (agreement, deposit, contribution to costs) remain "
                        "set by each organisation."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Altitudes Coopérantes: nasce l'elenco dei mezzi condivisi",
            "summary": (
                "Sale, attrezzature, veicoli, competenze: le organizzazioni della rete possono "
                "vedere che cosa le altre prestano o noleggiano a prezzo solidale. L'elenco "
                "confluirà nel futuro Hub ESS 05."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Era una delle prime azioni annunciate al laboratorio Altitudes "
                        "Coopérantes del forum 2021: un elenco dei mezzi umani e materiali che le "
                        "organizzazioni sono pronte a condividere. Conta già una quarantina di "
                        "offerte e sarà integrato nell'elenco del futuro Hub ESS 05."
                    ),
                ),
                ("heading", "Che cosa si trova già"),
                (
                    "list",
                    [
                        "sale riunioni e sale attività a Gap, Briançon, Embrun e Veynes;",
                        "un furgone refrigerato messo a disposizione da Échanges Paysans;",
                        (
                            "attrezzature per eventi (gazebo, impianto audio, stoviglie "
                            "riutilizzabili) al Comptoir des Assos;"
                        ),
                        "competenze in contabilità, grafica o progettazione.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Il progetto ha senso solo se riunisce molte organizzazioni. Ogni "
                            "offerta aggiunta rende l'elenco più utile a tutti."
                        ),
                        "attribution": "Un consigliere dell'UDESS 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Per proporre un'offerta basta compilare il modulo disponibile presso il "
                        "Comptoir des Assos. Le condizioni di prestito (convenzione, cauzione, "
                        "contributo alle spese) restano stabilite da ciascuna organizzazione."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-pole-sante-consultations-avancees-prevention",
        "kind": "press",
        "days_ago": 112,
        "organisations": [
            "pole-sante-champsaur-valgaudemar",
            "mutualite-francaise-sud",
            "profession-sport-05",
        ],
        "themes": ["sante", "solidarite", "cooperation"],
        "fr": {
            "title": (
                "Pôle de santé Champsaur-Valgaudemar : des consultations avancées et un programme "
                "de prévention dans les villages"
            ),
            "summary": (
                "Avec la Mutualité Française Sud et Profession Sport 05, le pôle de santé ouvre "
                "des consultations dans deux villages éloignés et lance un programme de prévention "
                "pour les aînés et leurs aidants."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Saint-Bonnet-en-Champsaur. Dans un territoire de "
                        "montagne où la démographie médicale est fragile, le Pôle de santé "
                        "Champsaur-Valgaudemar, qui rassemble médecins, infirmiers, "
                        "kinésithérapeutes et autres professionnels des deux vallées, renforce sa "
                        "présence au plus près des habitants."
                    ),
                ),
                ("heading", "Ce qui change"),
                (
                    "list",
                    [
                        (
                            "des consultations avancées de médecine générale et de soins "
                            "infirmiers, une demi-journée par semaine, à Saint-Firmin et à "
                            "Orcières ;"
                        ),
                        (
                            "un programme de prévention des chutes, avec des séances de gym douce "
                            "animées par Profession Sport 05 ;"
                        ),
                        (
                            "des après-midi d'information et de répit pour les aidants, avec la "
                            "Mutualité Française Sud."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Ce programme est né d'un travail mené avec les communes, les associations "
                        "de transport solidaire et les services d'aide à domicile : une "
                        "coopération en santé comme l'appelait de ses vœux la table ronde de "
                        "Tallard en 2019."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nous ne pouvons pas installer un médecin dans chaque village. Mais "
                            "nous pouvons nous organiser pour que personne ne soit trop loin du "
                            "soin."
                        ),
                        "attribution": "Un médecin généraliste membre du pôle de santé",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Contacts presse : contact@pole-sante-champsaur-valgaudemar.example.org et "
                        "presse@mutualite-francaise-sud.example.org"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Champsaur-Valgaudemar health centre: outreach clinics and a prevention programme "
                "in the villages"
            ),
            "summary": (
                "With the Mutualité Française Sud and Profession Sport 05, the health centre is "
                "opening clinics in two remote villages and launching a prevention programme for "
                "older people and their carers."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Saint-Bonnet-en-Champsaur. In a mountain area with too "
                        "few doctors, the Champsaur-Valgaudemar health centre, which brings "
                        "together doctors, nurses, physiotherapists and other professionals from "
                        "both valleys, is moving closer to residents."
                    ),
                ),
                ("heading", "What is changing"),
                (
                    "list",
                    [
                        (
                            "outreach GP and nursing clinics, half a day a week, in Saint-Firmin "
                            "and Orcières;"
                        ),
                        (
                            "a falls-prevention programme, with gentle exercise sessions run by "
                            "Profession Sport 05;"
                        ),
                        (
                            "information and respite afternoons for carers, with the Mutualité "
                            "Française Sud."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "The programme grew out of work with municipalities, community transport "
                        "associations and home-care services: the kind of health cooperation the "
                        "2019 Tallard round table called for."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We cannot put a doctor in every village. But we can organise "
                            "ourselves so that nobody is too far from care."
                        ),
                        "attribution": "A GP and member of the health centre",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Press contacts: contact@pole-sante-champsaur-valgaudemar.example.org and "
                        "presse@mutualite-francaise-sud.example.org"
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Polo sanitario Champsaur-Valgaudemar: ambulatori decentrati e un programma di "
                "prevenzione nei paesi"
            ),
            "summary": (
                "Con la Mutualité Française Sud e Profession Sport 05, il polo sanitario apre "
                "ambulatori in due paesi isolati e avvia un programma di prevenzione per gli "
                "anziani e chi li assiste."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Saint-Bonnet-en-Champsaur. In un territorio di "
                        "montagna con pochi medici, il polo sanitario Champsaur-Valgaudemar, che "
                        "riunisce medici, infermieri, fisioterapisti e altri professionisti delle "
                        "due valli, si avvicina ancora di più agli abitanti."
                    ),
                ),
                ("heading", "Che cosa cambia"),
                (
                    "list",
                    [
                        (
                            "ambulatori decentrati di medicina generale e di assistenza "
                            "infermieristica, mezza giornata alla settimana, a Saint-Firmin e a "
                            "Orcières;"
                        ),
                        (
                            "un programma di prevenzione delle cadute, con sedute di ginnastica "
                            "dolce condotte da Profession Sport 05;"
                        ),
                        (
                            "pomeriggi di informazione e di sollievo per chi assiste un familiare, "
                            "con la Mutualité Française Sud."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Il programma nasce da un lavoro svolto con i comuni, le associazioni di "
                        "trasporto solidale e i servizi di assistenza domiciliare: una "
                        "cooperazione in ambito sanitario come quella auspicata dalla tavola "
                        "rotonda di Tallard nel 2019."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Non possiamo mettere un medico in ogni paese. Ma possiamo "
                            "organizzarci perché nessuno sia troppo lontano dalle cure."
                        ),
                        "attribution": "Un medico di medicina generale del polo sanitario",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Contatti stampa: contact@pole-sante-champsaur-valgaudemar.example.org e "
                        "presse@mutualite-francaise-sud.example.org"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "comptasso-outils-gestion-mutualises-associations",
        "kind": "news",
        "days_ago": 128,
        "organisations": ["profession-sport-05", "creacoop-05"],
        "themes": ["emploi", "cooperation", "formation"],
        "fr": {
            "title": (
                "Comptasso : Profession Sport 05 et Créacoop 05 mutualisent leurs outils de gestion"
            ),
            "summary": (
                "Imaginée au forum de 2018, la démarche « Comptasso » propose aux petites "
                "associations employeuses des outils comptables partagés et des échanges de "
                "pratiques."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Au forum d'Embrun en 2018, l'atelier consacré à la coopération financière "
                        "avait imaginé « Comptasso » : des outils comptables mutualisés entre "
                        "acteurs de l'ESS, pour que les petites associations ne restent pas seules "
                        "face à leur gestion. Profession Sport 05 et Créacoop 05 passent à la "
                        "pratique."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "un logiciel de comptabilité libre, paramétré pour les associations, "
                            "avec une formation pour le prendre en main ;"
                        ),
                        "une permanence mensuelle pour les trésoriers bénévoles ;",
                        (
                            "un groupe d'échange de pratiques entre salariés administratifs des "
                            "structures."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Un club de ski de fond avec deux salariés a les mêmes obligations "
                            "qu'une grande association. Mutualiser, c'est la seule façon de tenir."
                        ),
                        "attribution": "Un trésorier bénévole d'un club sportif du Champsaur",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Une vingtaine d'associations testent déjà le dispositif. Une formation « "
                        "être trésorier d'une association » est aussi proposée avec le Comptoir "
                        "des Assos et France Active."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Comptasso: Profession Sport 05 and Créacoop 05 pool their management tools",
            "summary": (
                "First imagined at the 2018 forum, the “Comptasso” initiative offers small "
                "employer associations shared accounting tools and peer learning."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "At the 2018 Embrun forum, the workshop on financial cooperation came up "
                        "with “Comptasso”: accounting tools shared between ESS organisations, so "
                        "that small associations are not left alone with their bookkeeping. "
                        "Profession Sport 05 and Créacoop 05 are now putting it into practice."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "free accounting software set up for associations, with training to "
                            "get started;"
                        ),
                        "a monthly drop-in for volunteer treasurers;",
                        "a peer-learning group for the organisations' administrative staff.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A cross-country ski club with two employees has the same obligations "
                            "as a big association. Pooling is the only way to cope."
                        ),
                        "attribution": "A volunteer treasurer of a sports club in the Champsaur",
                    },
                ),
                (
                    "paragraph",
                    (
                        "About twenty associations are already trying it out. A course on “being "
                        "an association's treasurer” is also offered with the Comptoir des Assos "
                        "and France Active."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Comptasso: Profession Sport 05 e Créacoop 05 mettono in comune i loro strumenti "
                "di gestione"
            ),
            "summary": (
                "Ideata al forum del 2018, l'iniziativa «Comptasso» offre alle piccole "
                "associazioni con dipendenti strumenti contabili condivisi e scambi di pratiche."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Al forum di Embrun del 2018, il laboratorio sulla cooperazione "
                        "finanziaria aveva immaginato «Comptasso»: strumenti contabili condivisi "
                        "tra attori dell'ESS, perché le piccole associazioni non restino sole "
                        "davanti alla gestione. Profession Sport 05 e Créacoop 05 passano ai "
                        "fatti."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "un software di contabilità libero, configurato per le associazioni, "
                            "con una formazione per imparare a usarlo;"
                        ),
                        "uno sportello mensile per i tesorieri volontari;",
                        (
                            "un gruppo di scambio di pratiche tra il personale amministrativo "
                            "delle organizzazioni."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Uno sci club di fondo con due dipendenti ha gli stessi obblighi di "
                            "una grande associazione. Mettersi insieme è l'unico modo per farcela."
                        ),
                        "attribution": "Un tesoriere volontario di un club sportivo del Champsaur",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Una ventina di associazioni stanno già sperimentando il sistema. Con il "
                        "Comptoir des Assos e France Active è proposta anche una formazione su "
                        "come «essere tesoriere di un'associazione»."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "chrysalide-hotel-des-voyageurs-tallard",
        "kind": "news",
        "days_ago": 145,
        "organisations": ["chrysalide"],
        "themes": ["handicap", "habitat", "solidarite"],
        "fr": {
            "title": "Tallard : à l'Hôtel des voyageurs, l'habitat accompagné fait ses preuves",
            "summary": (
                "Logements sociaux en centre-bourg et accompagnement adapté : le projet de la "
                "commune, de l'office public de l'habitat et de Chrysalide permet à des personnes "
                "en situation de handicap mental de vivre chez elles."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Présenté à la table ronde de Tallard en 2019 comme un exemple de "
                        "coopération entre une commune, un bailleur social et une association, "
                        "l'Hôtel des voyageurs accueille aujourd'hui huit locataires en situation "
                        "de handicap mental, dans des logements sociaux du centre de Tallard."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Chrysalide assure un accompagnement adapté au quotidien : démarches, "
                        "budget, vie sociale. Le bâtiment accueille aussi des personnes âgées, et "
                        "une entraide s'est installée entre voisins."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "J'ai ma clé, ma boîte aux lettres, je fais mes courses au marché. Je "
                            "suis chez moi."
                        ),
                        "attribution": "Un locataire de l'Hôtel des voyageurs",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Chrysalide prévoit d'ouvrir les portes de l'Hôtel des voyageurs au public "
                        "dans les prochains mois ; la date sera annoncée dans l'agenda."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Tallard: at the Hôtel des voyageurs, supported housing proves its worth",
            "summary": (
                "Social housing in the town centre with tailored support: the project of the "
                "municipality, the public housing office and Chrysalide lets people with learning "
                "disabilities live in their own homes."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Presented at the 2019 Tallard round table as an example of cooperation "
                        "between a municipality, a social landlord and an association, the Hôtel "
                        "des voyageurs is now home to eight tenants with learning disabilities, in "
                        "social housing in the centre of Tallard."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Chrysalide provides tailored day-to-day support: paperwork, budgeting, "
                        "social life. The building also houses older people, and neighbours have "
                        "started helping each other."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I have my key, my letterbox, I do my shopping at the market. This is "
                            "my home."
                        ),
                        "attribution": "A tenant of the Hôtel des voyageurs",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Chrysalide plans to open the Hôtel des voyageurs to the public in the "
                        "coming months; the date will be announced in the agenda."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Tallard: all'Hôtel des voyageurs l'abitare accompagnato dà buoni risultati",
            "summary": (
                "Alloggi sociali in centro e accompagnamento su misura: il progetto del comune, "
                "dell'ente pubblico per la casa e di Chrysalide permette a persone con disabilità "
                "intellettiva di vivere a casa propria."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Presentato alla tavola rotonda di Tallard del 2019 come esempio di "
                        "cooperazione tra un comune, un ente di edilizia sociale e "
                        "un'associazione, l'Hôtel des voyageurs ospita oggi otto inquilini con "
                        "disabilità intellettiva, in alloggi sociali nel centro di Tallard."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Chrysalide garantisce un accompagnamento quotidiano su misura: pratiche, "
                        "bilancio, vita sociale. L'edificio ospita anche persone anziane, e tra "
                        "vicini è nato un aiuto reciproco."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ho la mia chiave, la mia cassetta delle lettere, faccio la spesa al "
                            "mercato. Sono a casa mia."
                        ),
                        "attribution": "Un inquilino dell'Hôtel des voyageurs",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Chrysalide prevede di aprire l'Hôtel des voyageurs al pubblico nei "
                        "prossimi mesi; la data sarà annunciata nell'agenda."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "la-gare-aux-idees-ouvre-son-fablab",
        "kind": "news",
        "days_ago": 155,
        "organisations": ["la-gare-aux-idees"],
        "themes": ["tiers-lieux", "numerique", "culture"],
        "fr": {
            "title": "Veynes : La Gare aux Idées ouvre son atelier de fabrication numérique",
            "summary": (
                "Imprimante 3D, découpeuse laser et outillage : le tiers-lieu installé dans "
                "l'ancien bâtiment ferroviaire ouvre son fablab aux habitants et aux associations."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Après des mois de travaux en chantier participatif, La Gare aux Idées "
                        "ouvre son atelier de fabrication numérique. Habitants, artisans et "
                        "associations peuvent y utiliser une imprimante 3D, une découpeuse laser "
                        "et de l'outillage, après une séance d'initiation."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "L'atelier complète l'espace de travail partagé et le café associatif du "
                        "tiers-lieu, qui accueille de nombreux nouveaux habitants venus "
                        "s'installer dans le Buëch."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Refaire une pièce de lave-vaisselle introuvable, fabriquer un panneau "
                            "pour la fête du village, tester un prototype : le fablab sert à tout "
                            "ça."
                        ),
                        "attribution": "Un bénévole de La Gare aux Idées",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Initiation gratuite pour les adhérents une fois par mois ; les "
                        "associations peuvent aussi réserver l'atelier pour un projet collectif."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Veynes: La Gare aux Idées opens its digital fabrication workshop",
            "summary": (
                "3D printer, laser cutter and tools: the third place in the old railway building "
                "opens its fablab to residents and associations."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "After months of work by volunteers, La Gare aux Idées is opening its "
                        "digital fabrication workshop. Residents, craftspeople and associations "
                        "can use a 3D printer, a laser cutter and tools after an introductory "
                        "session."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The workshop adds to the third place's shared workspace and community "
                        "café, which welcomes many newcomers settling in the Buëch."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Remaking a dishwasher part you can no longer find, building a sign "
                            "for the village fête, testing a prototype: that is what the fablab is "
                            "for."
                        ),
                        "attribution": "A volunteer at La Gare aux Idées",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Free introduction for members once a month; associations can also book "
                        "the workshop for a group project."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Veynes: La Gare aux Idées apre il suo laboratorio di fabbricazione digitale",
            "summary": (
                "Stampante 3D, taglio laser e utensili: il terzo luogo ospitato nel vecchio "
                "edificio ferroviario apre il suo fablab agli abitanti e alle associazioni."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Dopo mesi di lavori in cantiere partecipativo, La Gare aux Idées apre il "
                        "suo laboratorio di fabbricazione digitale. Abitanti, artigiani e "
                        "associazioni possono usare una stampante 3D, una macchina per il taglio "
                        "laser e degli utensili, dopo una sessione introduttiva."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Il laboratorio completa lo spazio di lavoro condiviso e il caffè "
                        "associativo del terzo luogo, che accoglie molti nuovi abitanti arrivati "
                        "nel Buëch."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Rifare un pezzo di lavastoviglie introvabile, costruire un cartello "
                            "per la festa del paese, provare un prototipo: il fablab serve a tutto "
                            "questo."
                        ),
                        "attribution": "Un volontario della Gare aux Idées",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Introduzione gratuita per i soci una volta al mese; le associazioni "
                        "possono anche prenotare il laboratorio per un progetto collettivo."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "communique-hors-piste-bilan-fondation-de-france",
        "kind": "press",
        "days_ago": 165,
        "organisations": ["fondation-de-france", "udess-05"],
        "themes": ["solidarite", "cooperation"],
        "fr": {
            "title": (
                "Hors-Piste : cinq ans de projets citoyens soutenus par la Fondation de France "
                "dans les Hautes-Alpes"
            ),
            "summary": (
                "Une cinquantaine de projets soutenus, dont la moitié portés par des associations "
                "nouvellement créées : le programme expérimental a renforcé le pouvoir d'agir des "
                "habitants."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Communiqué de presse — Gap. La Fondation de France présente, avec l'UDESS "
                        "05, le bilan du programme expérimental Hors-Piste dans les Hautes-Alpes. "
                        "En cinq ans, il a contribué à financer une cinquantaine de projets "
                        "citoyens, portés majoritairement par des associations, dont la moitié "
                        "nouvellement créées."
                    ),
                ),
                ("heading", "Les principaux enseignements"),
                (
                    "list",
                    [
                        (
                            "un appel à projets transversal et non thématique, qui a fait émerger "
                            "des idées venues directement des habitants ;"
                        ),
                        (
                            "de nouvelles pratiques de gouvernance, comme la collégialité ou la "
                            "sociocratie, qui permettent la participation de tous ;"
                        ),
                        (
                            "des collaborations entre associations qui se connaissaient mal, et "
                            "une plus grande mixité des publics ;"
                        ),
                        (
                            "un besoin d'accompagnement qui ne soit pas seulement technique, pour "
                            "ancrer les projets dans le territoire."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "La Fondation de France continuera de soutenir les projets structurants du "
                        "département, avec des aides plus ciblées, et réfléchit avec les acteurs "
                        "locaux à la consolidation de cette dynamique."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Contacts presse : presse@fondation-de-france.example.org et "
                        "presse@udess05.example.org"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Hors-Piste: five years of citizens' projects supported by the Fondation de France "
                "in the Hautes-Alpes"
            ),
            "summary": (
                "Some fifty projects supported, half of them led by newly created associations: "
                "the pilot programme has strengthened residents' power to act."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Press release — Gap. The Fondation de France, together with UDESS 05, "
                        "presents the results of the Hors-Piste pilot programme in the "
                        "Hautes-Alpes. Over five years, it helped fund some fifty citizens' "
                        "projects, mostly run by associations, half of them newly created."
                    ),
                ),
                ("heading", "Key lessons"),
                (
                    "list",
                    [
                        (
                            "a cross-cutting, non-thematic call for projects, which brought out "
                            "ideas coming straight from residents;"
                        ),
                        (
                            "new governance practices, such as collegial boards or sociocracy, "
                            "that let everyone take part;"
                        ),
                        (
                            "collaboration between associations that barely knew each other, and "
                            "more diverse audiences;"
                        ),
                        (
                            "a need for support that is not only technical, to root projects in "
                            "their area."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "The Fondation de France will keep supporting structuring projects in the "
                        "department, with more targeted grants, and is working with local actors "
                        "on how to consolidate this momentum."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Press contacts: presse@fondation-de-france.example.org and "
                        "presse@udess05.example.org"
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Hors-Piste: cinque anni di progetti dei cittadini sostenuti dalla Fondation de "
                "France nelle Alte Alpi"
            ),
            "summary": (
                "Una cinquantina di progetti sostenuti, metà dei quali promossi da associazioni "
                "appena nate: il programma sperimentale ha rafforzato la capacità di agire degli "
                "abitanti."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Comunicato stampa — Gap. La Fondation de France presenta, insieme "
                        "all'UDESS 05, il bilancio del programma sperimentale Hors-Piste nelle "
                        "Alte Alpi. In cinque anni ha contribuito a finanziare una cinquantina di "
                        "progetti dei cittadini, promossi per lo più da associazioni, metà delle "
                        "quali di nuova costituzione."
                    ),
                ),
                ("heading", "Le principali lezioni"),
                (
                    "list",
                    [
                        (
                            "un bando trasversale e non tematico, che ha fatto emergere idee nate "
                            "direttamente dagli abitanti;"
                        ),
                        (
                            "nuove pratiche di governance, come la gestione collegiale o la "
                            "sociocrazia, che permettono la partecipazione di tutti;"
                        ),
                        (
                            "collaborazioni tra associazioni che si conoscevano poco, e una "
                            "maggiore varietà di pubblici;"
                        ),
                        (
                            "il bisogno di un accompagnamento non solo tecnico, per radicare i "
                            "progetti nel territorio."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "La Fondation de France continuerà a sostenere i progetti strutturanti del "
                        "dipartimento, con aiuti più mirati, e riflette con gli attori locali su "
                        "come consolidare questa dinamica."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Contatti stampa: presse@fondation-de-france.example.org e "
                        "presse@udess05.example.org"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "cordee-numerique-formations-outils-libres",
        "kind": "news",
        "days_ago": 180,
        "organisations": ["cordee-numerique"],
        "themes": ["numerique", "formation"],
        "fr": {
            "title": "Cordée Numérique forme les bénévoles aux outils numériques libres",
            "summary": (
                "Agenda partagé, visioconférence, documents en ligne : l'entreprise solidaire "
                "propose un cycle de formations courtes pour les associations, à tarif solidaire."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Beaucoup d'associations dépendent d'outils gratuits dont elles ne "
                        "maîtrisent ni les données ni l'avenir. Cordée Numérique, entreprise "
                        "solidaire d'utilité sociale installée à Gap, lance un cycle de formations "
                        "courtes pour aider les bénévoles à adopter des outils libres."
                    ),
                ),
                (
                    "list",
                    [
                        "tenir un agenda partagé et le publier au format iCal ;",
                        "organiser des réunions en visioconférence sans inscription ;",
                        "partager et écrire à plusieurs des documents ;",
                        "protéger les données personnelles des adhérents.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nous voulons que les associations soient autonomes. Notre plus belle "
                            "réussite, c'est quand on ne nous rappelle plus."
                        ),
                        "attribution": "Une formatrice de Cordée Numérique",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Les sessions ont lieu à Gap et à Veynes, et une permanence numérique "
                        "mensuelle répond aux questions des associations."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Cordée Numérique trains volunteers in free software tools",
            "summary": (
                "Shared calendars, video calls, online documents: the solidarity enterprise offers "
                "a series of short courses for associations, at solidarity prices."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Many associations rely on free-of-charge tools whose data and future they "
                        "do not control. Cordée Numérique, a solidarity enterprise of social "
                        "utility based in Gap, is launching a series of short courses to help "
                        "volunteers switch to free software."
                    ),
                ),
                (
                    "list",
                    [
                        "keep a shared calendar and publish it in iCal format;",
                        "hold video meetings without anyone having to sign up;",
                        "share documents and write them together;",
                        "protect members' personal data.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We want associations to be independent. Our greatest success is when "
                            "they no longer need to call us."
                        ),
                        "attribution": "A trainer at Cordée Numérique",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Sessions take place in Gap and Veynes, and a monthly digital drop-in "
                        "answers associations' questions."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Cordée Numérique forma i volontari agli strumenti digitali liberi",
            "summary": (
                "Agenda condivisa, videoconferenze, documenti online: l'impresa solidale propone "
                "un ciclo di brevi corsi per le associazioni, a prezzo solidale."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Molte associazioni dipendono da strumenti gratuiti di cui non controllano "
                        "né i dati né il futuro. Cordée Numérique, impresa solidale di utilità "
                        "sociale con sede a Gap, avvia un ciclo di brevi corsi per aiutare i "
                        "volontari ad adottare strumenti liberi."
                    ),
                ),
                (
                    "list",
                    [
                        "tenere un'agenda condivisa e pubblicarla in formato iCal;",
                        "organizzare videoconferenze senza registrazione;",
                        "condividere documenti e scriverli a più mani;",
                        "proteggere i dati personali dei soci.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Vogliamo che le associazioni siano autonome. Il nostro successo più "
                            "bello è quando non ci richiamano più."
                        ),
                        "attribution": "Una formatrice di Cordée Numérique",
                    },
                ),
                (
                    "paragraph",
                    (
                        "I corsi si tengono a Gap e a Veynes, e uno sportello digitale mensile "
                        "risponde alle domande delle associazioni."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "la-roue-paiement-par-telephone",
        "kind": "news",
        "days_ago": 195,
        "organisations": ["la-roue"],
        "themes": ["monnaie-locale", "numerique"],
        "fr": {
            "title": "La Roue se paie aussi par téléphone",
            "summary": (
                "En plus des billets, la monnaie locale propose désormais un compte numérique et "
                "un paiement par téléphone, pour les achats comme pour les échanges entre "
                "professionnels."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Les billets de La Roue restent le moyen de paiement le plus utilisé, mais "
                        "les prestataires le demandaient : la monnaie locale propose désormais un "
                        "compte numérique et un paiement par téléphone, par simple lecture d'un "
                        "code."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Le paiement numérique facilite surtout les échanges entre professionnels "
                        ": un producteur peut régler son fournisseur, ou une association un "
                        "prestataire, sans manipuler de grosses sommes en billets."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Sur les marchés de montagne, le billet reste roi. Mais pour payer un "
                            "grossiste à Gap, le téléphone change tout."
                        ),
                        "attribution": "Une productrice du Briançonnais, prestataire de La Roue",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Les comptoirs de change aident les utilisateurs à ouvrir leur compte. La "
                        "réunion mensuelle de La Roue est ouverte à tous ceux qui veulent en "
                        "savoir plus."
                    ),
                ),
            ],
        },
        "en": {
            "title": "You can now pay in La Roue by phone",
            "summary": (
                "Alongside banknotes, the local currency now offers a digital account and phone "
                "payments, for shopping and for trade between businesses."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La Roue banknotes remain the most used means of payment, but "
                        "participating businesses had been asking for it: the local currency now "
                        "offers a digital account and payment by phone, simply by scanning a code."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Digital payment mainly makes trade between businesses easier: a farmer "
                        "can pay a supplier, or an association a service provider, without "
                        "handling large sums in notes."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "At mountain markets, cash is still king. But to pay a wholesaler in "
                            "Gap, the phone changes everything."
                        ),
                        "attribution": "A farmer in the Briançon area who accepts La Roue",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Exchange points help users open their account. La Roue's monthly meeting "
                        "is open to anyone who wants to know more."
                    ),
                ),
            ],
        },
        "it": {
            "title": "La Roue si paga anche con il telefono",
            "summary": (
                "Oltre alle banconote, la moneta locale propone ora un conto digitale e il "
                "pagamento con il telefono, sia per gli acquisti sia per gli scambi tra "
                "professionisti."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Le banconote di La Roue restano il mezzo di pagamento più usato, ma gli "
                        "aderenti lo chiedevano: la moneta locale offre ora un conto digitale e il "
                        "pagamento con il telefono, semplicemente leggendo un codice."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Il pagamento digitale facilita soprattutto gli scambi tra professionisti: "
                        "un produttore può pagare il suo fornitore, o un'associazione un "
                        "prestatore di servizi, senza maneggiare grosse somme in banconote."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nei mercati di montagna la banconota resta regina. Ma per pagare un "
                            "grossista a Gap, il telefono cambia tutto."
                        ),
                        "attribution": "Una produttrice del Briançonnais che aderisce a La Roue",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Gli sportelli di cambio aiutano gli utenti ad aprire il conto. La "
                        "riunione mensile di La Roue è aperta a chiunque voglia saperne di più."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "le-cabas-du-buech-devient-scic",
        "kind": "news",
        "days_ago": 215,
        "organisations": ["le-cabas-du-buech", "france-active-paca"],
        "themes": ["alimentation", "cooperation", "monnaie-locale"],
        "fr": {
            "title": "Laragne : l'épicerie Le Cabas du Buëch devient une SCIC",
            "summary": (
                "Producteurs, salariés et clients deviennent coopérateurs : l'épicerie paysanne "
                "adopte le statut de société coopérative d'intérêt collectif, avec l'appui de "
                "France Active."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Créée sous forme associative, l'épicerie Le Cabas du Buëch franchit une "
                        "étape : elle devient une société coopérative d'intérêt collectif (SCIC). "
                        "Producteurs, salariés, clients et la commune peuvent désormais en être "
                        "sociétaires et décider ensemble de son avenir."
                    ),
                ),
                ("heading", "Pourquoi une SCIC ?"),
                (
                    "paragraph",
                    (
                        "Ce statut associe toutes les parties prenantes à la gouvernance, tout en "
                        "donnant à l'épicerie les moyens d'investir. France Active "
                        "Provence-Alpes-Côte d'Azur a accompagné la transformation et garanti le "
                        "prêt qui financera une nouvelle chambre froide."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Les producteurs fixent leurs prix avec nous, les clients votent en "
                            "assemblée : l'épicerie appartient vraiment à ceux qui la font vivre."
                        ),
                        "attribution": "Un producteur sociétaire du Cabas du Buëch",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Plus de 120 personnes ont déjà pris une part sociale. Les souscriptions "
                        "restent ouvertes, à partir de 20 euros."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Laragne: the Le Cabas du Buëch grocery becomes a multi-stakeholder cooperative"
            ),
            "summary": (
                "Farmers, staff and customers become co-owners: the farm-produce grocery takes on "
                "the status of a SCIC (collective-interest cooperative), with support from France "
                "Active."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Originally set up as an association, the Le Cabas du Buëch grocery is "
                        "taking a new step: it is becoming a société coopérative d'intérêt "
                        "collectif (SCIC), a multi-stakeholder cooperative. Farmers, staff, "
                        "customers and the municipality can now become members and decide its "
                        "future together."
                    ),
                ),
                ("heading", "Why a SCIC?"),
                (
                    "paragraph",
                    (
                        "This status brings all stakeholders into the governance while giving the "
                        "shop the means to invest. France Active Provence-Alpes-Côte d'Azur "
                        "supported the conversion and guaranteed the loan that will pay for a new "
                        "cold room."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Farmers set their prices with us, customers vote at the general "
                            "meeting: the shop truly belongs to those who keep it alive."
                        ),
                        "attribution": "A farmer and member of Le Cabas du Buëch",
                    },
                ),
                (
                    "paragraph",
                    (
                        "More than 120 people have already bought a share. Subscriptions remain "
                        "open, from 20 euros."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Laragne: la bottega Le Cabas du Buëch diventa una SCIC",
            "summary": (
                "Produttori, dipendenti e clienti diventano cooperatori: la bottega contadina "
                "adotta lo statuto di società cooperativa di interesse collettivo, con il sostegno "
                "di France Active."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Nata come associazione, la bottega Le Cabas du Buëch fa un passo avanti: "
                        "diventa una società cooperativa di interesse collettivo (SCIC). "
                        "Produttori, dipendenti, clienti e il comune possono ora diventarne soci e "
                        "decidere insieme il suo futuro."
                    ),
                ),
                ("heading", "Perché una SCIC?"),
                (
                    "paragraph",
                    (
                        "Questo statuto coinvolge tutte le parti interessate nella governance, "
                        "dando al tempo stesso alla bottega i mezzi per investire. France Active "
                        "Provence-Alpes-Côte d'Azur ha accompagnato la trasformazione e garantito "
                        "il prestito che finanzierà una nuova cella frigorifera."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I produttori fissano i prezzi con noi, i clienti votano in assemblea: "
                            "la bottega appartiene davvero a chi la fa vivere."
                        ),
                        "attribution": "Un produttore socio del Cabas du Buëch",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Più di 120 persone hanno già sottoscritto una quota. Le sottoscrizioni "
                        "restano aperte, a partire da 20 euro."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "malles-de-jeux-villages-du-buech",
        "kind": "news",
        "days_ago": 235,
        "organisations": ["adscb", "ludambule"],
        "themes": ["jeunesse", "education-populaire", "culture"],
        "fr": {
            "title": "Dans le Buëch, les malles de jeux de Ludambule font le tour des villages",
            "summary": (
                "L'ADSCB et Ludambule mutualisent : la ludothèque gapençaise prête ses jeux, "
                "l'association du Buëch les fait circuler dans les villages et les anime avec les "
                "familles."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Les familles des petits villages du Buëch n'ont pas de ludothèque à "
                        "proximité. L'ADSCB et Ludambule ont trouvé une solution : des malles de "
                        "jeux renouvelées chaque trimestre, qui circulent d'une salle des fêtes à "
                        "une bibliothèque selon un calendrier partagé."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les après-midi jeux entre générations organisés à Veynes réunissent "
                        "désormais enfants, parents et aînés, souvent autour des grands jeux en "
                        "bois."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Seuls, nous n'aurions jamais pu acheter autant de jeux. Ensemble, "
                            "chaque village en profite."
                        ),
                        "attribution": "Une animatrice de l'ADSCB",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Les communes qui souhaitent accueillir une malle peuvent contacter "
                        "l'ADSCB à Veynes."
                    ),
                ),
            ],
        },
        "en": {
            "title": "In the Buëch, Ludambule's boxes of games tour the villages",
            "summary": (
                "ADSCB and Ludambule pool their resources: the Gap toy library lends its games, "
                "and the Buëch association takes them round the villages and runs sessions with "
                "families."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Families in the small villages of the Buëch have no toy library nearby. "
                        "ADSCB and Ludambule have found a solution: boxes of games, renewed every "
                        "term, that move from a village hall to a library according to a shared "
                        "calendar."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The intergenerational games afternoons in Veynes now bring together "
                        "children, parents and older people, often around the giant wooden games."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "On our own we could never have bought so many games. Together, every "
                            "village benefits."
                        ),
                        "attribution": "A youth and community worker at ADSCB",
                    },
                ),
                (
                    "paragraph",
                    "Municipalities that would like to host a box can contact ADSCB in Veynes.",
                ),
            ],
        },
        "it": {
            "title": "Nel Buëch, i bauli di giochi di Ludambule fanno il giro dei paesi",
            "summary": (
                "ADSCB e Ludambule mettono in comune: la ludoteca di Gap presta i suoi giochi, "
                "l'associazione del Buëch li fa circolare nei paesi e li anima con le famiglie."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Le famiglie dei piccoli paesi del Buëch non hanno una ludoteca vicina. "
                        "ADSCB e Ludambule hanno trovato una soluzione: bauli di giochi rinnovati "
                        "ogni trimestre, che passano da una sala comunale a una biblioteca secondo "
                        "un calendario condiviso."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "I pomeriggi di gioco tra generazioni organizzati a Veynes riuniscono ora "
                        "bambini, genitori e anziani, spesso attorno ai grandi giochi in legno."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Da soli non avremmo mai potuto comprare così tanti giochi. Insieme, "
                            "ogni paese ne approfitta."
                        ),
                        "attribution": "Un'animatrice dell'ADSCB",
                    },
                ),
                (
                    "paragraph",
                    (
                        "I comuni che desiderano ospitare un baule possono contattare l'ADSCB a "
                        "Veynes."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "soleil-de-serre-poncon-souscription-citoyenne",
        "kind": "news",
        "days_ago": 270,
        "organisations": ["soleil-de-serre-poncon"],
        "themes": ["energie", "cooperation", "environnement"],
        "fr": {
            "title": "Soleil de Serre-Ponçon boucle sa souscription citoyenne",
            "summary": (
                "212 sociétaires, dont quatre communes, ont réuni le capital de la première "
                "centrale solaire de la coopérative, sur un toit public de Savines-le-Lac."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La SCIC Soleil de Serre-Ponçon a clôturé sa souscription : 212 "
                        "sociétaires, habitants, entreprises locales et quatre communes, ont "
                        "apporté ensemble 95 000 euros de capital. Avec un prêt bancaire, ils "
                        "financeront une première centrale solaire de 100 kWc sur le toit du "
                        "gymnase municipal de Savines-le-Lac."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les parts sont de 100 euros, et chaque sociétaire dispose d'une voix en "
                        "assemblée générale, quel que soit le nombre de parts qu'il détient."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "On entend souvent que la transition énergétique se décide ailleurs. "
                            "Ici, ce sont les habitants qui la financent et qui la possèdent."
                        ),
                        "attribution": "Une sociétaire de Soleil de Serre-Ponçon",
                    },
                ),
                (
                    "paragraph",
                    (
                        "La pose des panneaux doit débuter dans les prochains mois. Une réunion "
                        "publique sera organisée à Baratier pour présenter les projets suivants."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Soleil de Serre-Ponçon closes its community share offer",
            "summary": (
                "212 members, including four municipalities, have raised the capital for the "
                "cooperative's first solar plant, on a public roof in Savines-le-Lac."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The Soleil de Serre-Ponçon cooperative has closed its share offer: 212 "
                        "members, residents, local businesses and four municipalities, have "
                        "together put in 95,000 euros of capital. With a bank loan, they will fund "
                        "a first 100 kWp solar plant on the roof of the municipal gym in "
                        "Savines-le-Lac."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Shares cost 100 euros, and each member has one vote at the general "
                        "meeting, however many shares they hold."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We often hear that the energy transition is decided elsewhere. Here, "
                            "residents are the ones who fund it and own it."
                        ),
                        "attribution": "A member of Soleil de Serre-Ponçon",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Installation of the panels should start in the coming months. A public "
                        "meeting will be held in Baratier to present the next projects."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Soleil de Serre-Ponçon chiude la sottoscrizione dei cittadini",
            "summary": (
                "212 soci, tra cui quattro comuni, hanno raccolto il capitale per il primo "
                "impianto solare della cooperativa, su un tetto pubblico di Savines-le-Lac."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "La SCIC Soleil de Serre-Ponçon ha chiuso la sottoscrizione: 212 soci, tra "
                        "abitanti, imprese locali e quattro comuni, hanno conferito insieme 95.000 "
                        "euro di capitale. Con un prestito bancario finanzieranno un primo "
                        "impianto solare da 100 kWp sul tetto della palestra comunale di "
                        "Savines-le-Lac."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Le quote sono da 100 euro, e ogni socio ha un voto in assemblea generale, "
                        "qualunque sia il numero di quote che possiede."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Si sente spesso dire che la transizione energetica si decide altrove. "
                            "Qui sono gli abitanti a finanziarla e a possederla."
                        ),
                        "attribution": "Una socia di Soleil de Serre-Ponçon",
                    },
                ),
                (
                    "paragraph",
                    (
                        "La posa dei pannelli dovrebbe iniziare nei prossimi mesi. A Baratier si "
                        "terrà un incontro pubblico per presentare i progetti successivi."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "cooperer-pour-la-sante-trois-projets-vallees",
        "kind": "news",
        "days_ago": 300,
        "organisations": [
            "mutualite-francaise-sud",
            "pole-sante-champsaur-valgaudemar",
            "mobilite-solidaire-valgaudemar",
        ],
        "themes": ["sante", "solidarite", "mobilite"],
        "fr": {
            "title": (
                "Coopérer pour la santé : la Mutualité Française Sud soutient trois projets dans "
                "les vallées"
            ),
            "summary": (
                "Transport solidaire, prévention des chutes, soutien aux aidants : trois projets "
                "de coopération en santé sont accompagnés dans le Champsaur, le Valgaudemar et le "
                "Buëch."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Dans la lignée des « fabriques santé » évoquées à la table ronde de "
                        "Tallard en 2019, la Mutualité Française Sud soutient des projets qui "
                        "réunissent professionnels de santé, associations et communes autour des "
                        "besoins des habitants."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "le transport solidaire vers les rendez-vous médicaux dans le "
                            "Valgaudemar ;"
                        ),
                        (
                            "un programme de prévention des chutes avec le Pôle de santé "
                            "Champsaur-Valgaudemar ;"
                        ),
                        "des ateliers de répit pour les aidants dans le Buëch.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Dans les vallées, la santé ne se joue pas seulement au cabinet "
                            "médical : elle dépend aussi de la mobilité, de l'isolement, du "
                            "logement."
                        ),
                        "attribution": "Une chargée de prévention de la Mutualité Française Sud",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Les trois projets feront l'objet d'un bilan partagé, pour que d'autres "
                        "territoires du département puissent s'en inspirer."
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Cooperating for health: the Mutualité Française Sud backs three projects in the "
                "valleys"
            ),
            "summary": (
                "Community transport, falls prevention, support for carers: three health "
                "cooperation projects are being supported in the Champsaur, the Valgaudemar and "
                "the Buëch."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Following on from the “health workshops” (fabriques santé) discussed at "
                        "the 2019 Tallard round table, the Mutualité Française Sud is supporting "
                        "projects that bring health professionals, associations and municipalities "
                        "together around residents' needs."
                    ),
                ),
                (
                    "list",
                    [
                        "community transport to medical appointments in the Valgaudemar;",
                        (
                            "a falls-prevention programme with the Champsaur-Valgaudemar health "
                            "centre;"
                        ),
                        "respite workshops for carers in the Buëch.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "In the valleys, health is not only a matter for the doctor's surgery: "
                            "it also depends on transport, isolation and housing."
                        ),
                        "attribution": "A prevention officer at the Mutualité Française Sud",
                    },
                ),
                (
                    "paragraph",
                    (
                        "The three projects will be reviewed together, so that other parts of the "
                        "department can learn from them."
                    ),
                ),
            ],
        },
        "it": {
            "title": (
                "Cooperare per la salute: la Mutualité Française Sud sostiene tre progetti nelle "
                "valli"
            ),
            "summary": (
                "Trasporto solidale, prevenzione delle cadute, sostegno a chi assiste un "
                "familiare: tre progetti di cooperazione sanitaria sono accompagnati nel "
                "Champsaur, nel Valgaudemar e nel Buëch."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Sulla scia delle «fabriques santé» (laboratori della salute) evocate alla "
                        "tavola rotonda di Tallard del 2019, la Mutualité Française Sud sostiene "
                        "progetti che riuniscono professionisti sanitari, associazioni e comuni "
                        "attorno ai bisogni degli abitanti."
                    ),
                ),
                (
                    "list",
                    [
                        "il trasporto solidale verso le visite mediche nel Valgaudemar;",
                        (
                            "un programma di prevenzione delle cadute con il polo sanitario "
                            "Champsaur-Valgaudemar;"
                        ),
                        "laboratori di sollievo per chi assiste un familiare nel Buëch.",
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nelle valli la salute non si gioca solo nello studio medico: dipende "
                            "anche dalla mobilità, dall'isolamento, dall'abitare."
                        ),
                        "attribution": (
                            "Una responsabile della prevenzione della Mutualité Française Sud"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "I tre progetti saranno oggetto di un bilancio condiviso, perché altri "
                        "territori del dipartimento possano ispirarsene."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "assemblee-generale-udess-05-plateforme-commune",
        "kind": "news",
        "days_ago": 330,
        "organisations": ["udess-05"],
        "themes": ["cooperation", "numerique"],
        "fr": {
            "title": (
                "Assemblée générale de l'UDESS 05 : cap sur une plateforme de communication commune"
            ),
            "summary": (
                "Les adhérents ont validé la création du Hub ESS 05, la poursuite d'Altitudes "
                "Coopérantes et un travail renforcé avec les élus."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Réunie en assemblée générale à Gap, l'UDESS 05 a fait le point sur une "
                        "année marquée par la montée en puissance du projet Altitudes Coopérantes "
                        "et par l'arrivée de nouveaux adhérents, notamment des tiers-lieux créés "
                        "par de nouveaux habitants."
                    ),
                ),
                ("heading", "Les décisions de l'assemblée"),
                (
                    "list",
                    [
                        (
                            "créer le Hub ESS 05, plateforme commune d'agenda, d'annuaire et "
                            "d'actualités, avec une entreprise solidaire du réseau ;"
                        ),
                        "poursuivre le groupe de travail « Cluster 05 Innovation sociale » ;",
                        (
                            "renforcer les liens avec les élus, dont la faible présence avait été "
                            "relevée au forum 2021."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Depuis Embrun en 2018, on répète qu'on veut une communication "
                            "commune. Cette année, on la construit."
                        ),
                        "attribution": "Une administratrice de l'UDESS 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Le rapport d'activité et les comptes sont à la disposition des adhérents "
                        "sur simple demande."
                    ),
                ),
            ],
        },
        "en": {
            "title": "UDESS 05 general meeting: heading for a shared communication platform",
            "summary": (
                "Members approved the creation of Hub ESS 05, the continuation of Altitudes "
                "Coopérantes and closer work with elected officials."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "At its general meeting in Gap, UDESS 05 reviewed a year marked by the "
                        "growth of the Altitudes Coopérantes project and by new members joining, "
                        "including third places set up by newcomers to the area."
                    ),
                ),
                ("heading", "What the meeting decided"),
                (
                    "list",
                    [
                        (
                            "create Hub ESS 05, a shared calendar, directory and news platform, "
                            "with a solidarity enterprise from the network;"
                        ),
                        "continue the “Cluster 05 Social Innovation” working group;",
                        (
                            "build stronger ties with elected officials, whose low turnout was "
                            "noted at the 2021 forum."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Since Embrun in 2018, we have kept saying we want shared "
                            "communication. This year, we are building it."
                        ),
                        "attribution": "A board member of UDESS 05",
                    },
                ),
                (
                    "paragraph",
                    "The activity report and accounts are available to members on request.",
                ),
            ],
        },
        "it": {
            "title": (
                "Assemblea generale dell'UDESS 05: verso una piattaforma di comunicazione comune"
            ),
            "summary": (
                "I soci hanno approvato la creazione dell'Hub ESS 05, la prosecuzione di Altitudes "
                "Coopérantes e un lavoro più stretto con gli amministratori locali."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Riunita in assemblea generale a Gap, l'UDESS 05 ha fatto il punto su un "
                        "anno segnato dalla crescita del progetto Altitudes Coopérantes e "
                        "dall'arrivo di nuovi soci, in particolare terzi luoghi creati da nuovi "
                        "abitanti."
                    ),
                ),
                ("heading", "Le decisioni dell'assemblea"),
                (
                    "list",
                    [
                        (
                            "creare l'Hub ESS 05, piattaforma comune di agenda, elenco e notizie, "
                            "con un'impresa solidale della rete;"
                        ),
                        "proseguire il gruppo di lavoro «Cluster 05 Innovazione sociale»;",
                        (
                            "rafforzare i legami con gli amministratori, la cui scarsa presenza "
                            "era stata notata al forum 2021."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Da Embrun nel 2018 ripetiamo che vogliamo una comunicazione comune. "
                            "Quest'anno la costruiamo."
                        ),
                        "attribution": "Una consigliera dell'UDESS 05",
                    },
                ),
                (
                    "paragraph",
                    (
                        "La relazione sulle attività e il bilancio sono a disposizione dei soci su "
                        "semplice richiesta."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "la-locomotive-agrandit-son-coworking",
        "kind": "news",
        "days_ago": 365,
        "organisations": ["la-locomotive"],
        "themes": ["tiers-lieux", "emploi", "numerique"],
        "fr": {
            "title": "La Locomotive agrandit son espace de coworking à Gap",
            "summary": (
                "Douze postes supplémentaires, une salle de visioconférence et des tarifs "
                "solidaires : l'espace de travail partagé associatif répond à l'arrivée de "
                "nouveaux télétravailleurs."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Indépendants, salariés en télétravail, petites associations : La "
                        "Locomotive affichait complet depuis plusieurs mois. L'espace de coworking "
                        "associatif gapençais s'agrandit avec douze postes supplémentaires et une "
                        "petite salle pour les visioconférences."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Au-delà des bureaux, La Locomotive se veut un lieu de rencontre entre "
                        "métiers. Elle avait porté la réponse collective à un appel à projets "
                        "régional sur les données ouvertes : une expérience dont les difficultés, "
                        "liées aux statuts différents des partenaires, ont nourri la réflexion du "
                        "réseau sur les conventions de coopération."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ici, le graphiste aide l'association, et l'association fait découvrir "
                            "son réseau au développeur. C'est ça, un coworking associatif."
                        ),
                        "attribution": "Une coworkeuse de La Locomotive",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Une journée découverte gratuite est régulièrement proposée à celles et "
                        "ceux qui veulent tester l'espace."
                    ),
                ),
            ],
        },
        "en": {
            "title": "La Locomotive expands its coworking space in Gap",
            "summary": (
                "Twelve more desks, a video-call room and solidarity rates: the community-run "
                "shared workspace responds to the arrival of new remote workers."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Freelancers, remote employees, small associations: La Locomotive had been "
                        "full for months. The community-run coworking space in Gap is expanding "
                        "with twelve more desks and a small room for video calls."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Beyond desks, La Locomotive sees itself as a place where trades meet. It "
                        "led a joint bid for a regional open-data call for projects: an experience "
                        "whose difficulties, due to the partners' different legal statuses, fed "
                        "the network's thinking on cooperation agreements."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Here the graphic designer helps the association, and the association "
                            "introduces the developer to its network. That is what a community "
                            "coworking space is."
                        ),
                        "attribution": "A coworker at La Locomotive",
                    },
                ),
                (
                    "paragraph",
                    (
                        "A free discovery day is regularly offered to anyone who wants to try out "
                        "the space."
                    ),
                ),
            ],
        },
        "it": {
            "title": "La Locomotive amplia il suo spazio di coworking a Gap",
            "summary": (
                "Dodici postazioni in più, una sala per videoconferenze e tariffe solidali: lo "
                "spazio di lavoro condiviso associativo risponde all'arrivo di nuovi lavoratori a "
                "distanza."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Lavoratori autonomi, dipendenti in telelavoro, piccole associazioni: La "
                        "Locomotive era al completo da diversi mesi. Lo spazio di coworking "
                        "associativo di Gap si amplia con dodici postazioni in più e una piccola "
                        "sala per le videoconferenze."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Al di là delle scrivanie, La Locomotive vuole essere un luogo d'incontro "
                        "tra mestieri. Aveva guidato la risposta collettiva a un bando regionale "
                        "sugli open data: un'esperienza le cui difficoltà, legate ai diversi "
                        "statuti dei partner, hanno alimentato la riflessione della rete sulle "
                        "convenzioni di cooperazione."
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Qui il grafico aiuta l'associazione, e l'associazione fa conoscere la "
                            "sua rete allo sviluppatore. Questo è un coworking associativo."
                        ),
                        "attribution": "Una coworker della Locomotive",
                    },
                ),
                (
                    "paragraph",
                    (
                        "Una giornata di prova gratuita è proposta regolarmente a chi vuole "
                        "provare lo spazio."
                    ),
                ),
            ],
        },
    },
    {
        "slug": "comptoir-des-assos-formations-benevoles-dirigeants",
        "kind": "news",
        "days_ago": 395,
        "organisations": ["comptoir-des-assos"],
        "themes": ["formation", "emploi", "solidarite"],
        "fr": {
            "title": "Comptoir des Assos : un cycle de formations pour les bénévoles dirigeants",
            "summary": (
                "Fonction employeur, trésorerie, statuts, financements : le centre de ressources "
                "d'Embrun lance des formations courtes pour les bénévoles qui font vivre les "
                "associations."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Au forum de 2018, l'atelier consacré à la formation avait demandé des "
                        "formations courtes, sur le territoire, pour les professionnels, les "
                        "bénévoles et les élus. Le Comptoir des Assos, basé à Embrun, lance un "
                        "cycle de journées pour les bénévoles dirigeants."
                    ),
                ),
                (
                    "list",
                    [
                        "l'association employeuse : contrats, convention collective, obligations ;",
                        "être trésorier : budget, trésorerie, comptes annuels ;",
                        "statuts et gouvernance : faire vivre la démocratie associative ;",
                        (
                            "chercher des financements : subventions, mécénat, financement "
                            "participatif."
                        ),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "Les formations sont gratuites pour les adhérents et ont lieu à Embrun, "
                        "Gap et Briançon. Une permanence est aussi assurée régulièrement à "
                        "Savines-le-Lac."
                    ),
                ),
            ],
        },
        "en": {
            "title": "Comptoir des Assos: a training series for volunteer board members",
            "summary": (
                "Being an employer, treasury, statutes, funding: the Embrun resource centre "
                "launches short courses for the volunteers who keep associations going."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "At the 2018 forum, the training workshop asked for short courses, held "
                        "locally, for professionals, volunteers and elected officials. The "
                        "Comptoir des Assos, based in Embrun, is launching a series of training "
                        "days for volunteer board members."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "the association as an employer: contracts, collective agreement, "
                            "obligations;"
                        ),
                        "being treasurer: budget, cash flow, annual accounts;",
                        "statutes and governance: keeping democracy alive in an association;",
                        "finding funding: grants, sponsorship, crowdfunding.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "The courses are free for members and take place in Embrun, Gap and "
                        "Briançon. A regular drop-in is also held in Savines-le-Lac."
                    ),
                ),
            ],
        },
        "it": {
            "title": "Comptoir des Assos: un ciclo di formazioni per i volontari dirigenti",
            "summary": (
                "Funzione di datore di lavoro, tesoreria, statuti, finanziamenti: il centro "
                "risorse di Embrun lancia brevi corsi per i volontari che fanno vivere le "
                "associazioni."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Al forum del 2018, il laboratorio sulla formazione aveva chiesto corsi "
                        "brevi, sul territorio, per professionisti, volontari e amministratori. Il "
                        "Comptoir des Assos, con sede a Embrun, avvia un ciclo di giornate per i "
                        "volontari che dirigono le associazioni."
                    ),
                ),
                (
                    "list",
                    [
                        (
                            "l'associazione come datore di lavoro: contratti, contratto "
                            "collettivo, obblighi;"
                        ),
                        "essere tesoriere: bilancio preventivo, liquidità, conti annuali;",
                        "statuti e governance: far vivere la democrazia associativa;",
                        "cercare finanziamenti: contributi, mecenatismo, crowdfunding.",
                    ],
                ),
                (
                    "paragraph",
                    (
                        "I corsi sono gratuiti per i soci e si tengono a Embrun, Gap e Briançon. È "
                        "inoltre attivo regolarmente uno sportello a Savines-le-Lac."
                    ),
                ),
            ],
        },
    },
]
