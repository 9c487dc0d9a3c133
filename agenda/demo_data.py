"""Demo events of the shared agenda, drawn from ../shared/seeds (see seed_demo).

Dates are relative to the day the seed runs: `day` is the number of days from today (0 = today,
negative = past), so the agenda always looks alive."""

# Times are local (Europe/Paris). `start` and `end` are None for all-day events; `days` > 1 makes
# a multi-day all-day event. A recurring event starts on `day`: weekly rules have no BYDAY, so
# they repeat on that weekday; a monthly rule with BYDAY (e.g. 1SA, "first Saturday") is meant to
# start on the first matching date on or after `day`, and its texts name that day of the month.
# Organisers are slugs of directory.demo_data.ORGANISATIONS, themes slugs of core/data/themes.csv,
# communes INSEE codes of core/data/communes_05.csv. Contact and registration links are fictional
# (example.org); no real private person is named.

EVENTS = [
    {
        "slug": "rencontre-elus-acteurs-ess-chorges",
        "organisers": ["udess-05"],
        "day": -20,
        "start": "17:30",
        "end": "20:00",
        "days": 1,
        "rrule": "",
        "commune": "05040",
        "venue": "Salle polyvalente",
        "address": "Rue des Écoles",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "emploi"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Rencontre élus et acteurs de l'ESS : acheter local et solidaire",
            "summary": (
                "Comment les communes peuvent-elles travailler davantage avec les structures de "
                "l'ESS de leur territoire ?"
            ),
            "description": (
                "Le forum 2021 avait relevé la faible présence des élus : cette rencontre leur est "
                "d'abord destinée. Sourcing avant les marchés publics, clauses sociales, "
                "conventions de partenariat : des exemples concrets du département, puis un temps "
                "d'échange autour d'un buffet de produits locaux."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Meeting of elected officials and ESS actors: buying local and fair",
            "summary": "How can municipalities work more with the ESS organisations of their area?",
            "description": (
                "The 2021 forum noted how few elected officials took part: this meeting is first "
                "of all for them. Sourcing before public tenders, social clauses, partnership "
                "agreements: concrete examples from the department, followed by an exchange over a "
                "buffet of local produce."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Incontro tra amministratori e attori dell'ESS: comprare locale e solidale",
            "summary": (
                "Come possono i comuni lavorare di più con le organizzazioni dell'ESS del loro "
                "territorio?"
            ),
            "description": (
                "Il forum 2021 aveva notato la scarsa presenza degli amministratori locali: questo "
                "incontro è pensato innanzitutto per loro. Consultazioni preliminari agli appalti "
                "pubblici, clausole sociali, convenzioni di partenariato: esempi concreti del "
                "dipartimento, seguiti da uno scambio attorno a un buffet di prodotti locali."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "assemblee-generale-locommun",
        "organisers": ["locommun"],
        "day": -17,
        "start": "18:00",
        "end": "21:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "Locommun",
        "address": "22 rue du Forest d'Entrais",
        "online_url": "",
        "attendance": "offline",
        "themes": ["tiers-lieux", "cooperation"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Assemblée générale de Locommun",
            "summary": (
                "Bilan de l'année et projets des six structures qui partagent les locaux de "
                "Locommun."
            ),
            "description": (
                "La collégiale présente le bilan de l'année écoulée, l'organisation des lieux "
                "partagés et les pistes pour accueillir de nouvelles structures. L'assemblée est "
                "suivie d'un repas partagé : chacun apporte un plat."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Locommun annual general meeting",
            "summary": (
                "The year in review and the plans of the six organisations sharing Locommun's "
                "premises."
            ),
            "description": (
                "The collegiate board presents the past year, how the shared spaces are organised "
                "and ideas for welcoming new organisations. The meeting is followed by a potluck "
                "meal: everyone brings a dish."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Assemblea generale di Locommun",
            "summary": (
                "Bilancio dell'anno e progetti delle sei organizzazioni che condividono i locali "
                "di Locommun."
            ),
            "description": (
                "La direzione collegiale presenta il bilancio dell'anno trascorso, "
                "l'organizzazione degli spazi condivisi e le idee per accogliere nuove "
                "organizzazioni. L'assemblea è seguita da una cena condivisa: ognuno porta un "
                "piatto."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "journee-cluster-05-innovation-sociale",
        "organisers": ["udess-05", "adrets"],
        "day": -15,
        "start": "09:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "La Locomotive",
        "address": "12 rue du Dépôt",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "formation"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://udess05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Journée du groupe « Cluster 05 Innovation sociale »",
            "summary": (
                "Une journée de travail pour faire le point sur les coopérations engagées depuis "
                "le forum d'Embrun."
            ),
            "description": (
                "Mutualisation de locaux, de trésorerie, d'emplois et de communication : chaque "
                "groupe présente où il en est, ce qui bloque et ce dont il a besoin. L'après-midi "
                "est consacré à la feuille de route commune et à l'appui en ingénierie que les "
                "structures réclament pour « sortir le nez du guidon »."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "“Cluster 05 Social Innovation” working day",
            "summary": (
                "A working day to take stock of the cooperation launched since the Embrun forum."
            ),
            "description": (
                "Shared premises, pooled cash, shared jobs and joint communication: each group "
                "reports on its progress, what is holding it back and what it needs. The afternoon "
                "is devoted to the common roadmap and to the project support that organisations "
                "ask for so that they can step back from day-to-day pressure."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Giornata del gruppo «Cluster 05 Innovazione sociale»",
            "summary": (
                "Una giornata di lavoro per fare il punto sulle cooperazioni avviate dopo il forum "
                "di Embrun."
            ),
            "description": (
                "Condivisione di locali, di tesoreria, di posti di lavoro e di comunicazione: ogni "
                "gruppo presenta a che punto è, cosa lo frena e di cosa ha bisogno. Il pomeriggio "
                "è dedicato alla tabella di marcia comune e al supporto progettuale che le "
                "organizzazioni chiedono per «alzare la testa dal manubrio»."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "repair-cafe-argentiere",
        "organisers": ["la-trouvaille"],
        "day": -11,
        "start": "14:00",
        "end": "18:00",
        "days": 1,
        "rrule": "",
        "commune": "05006",
        "venue": "La Trouvaille, ressourcerie",
        "address": "Zone artisanale des Sablières",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Repair café à la ressourcerie",
            "summary": (
                "Apportez un objet en panne et réparez-le avec l'aide de bénévoles bricoleurs."
            ),
            "description": (
                "Petit électroménager, lampes, vêtements, jouets : les réparateurs bénévoles de La "
                "Trouvaille vous aident à diagnostiquer la panne et à réparer vous-même. Café et "
                "gâteaux offerts pendant l'attente."
            ),
            "accessibility": (
                "Atelier de plain-pied ; un poste de travail à hauteur adaptée peut être installé "
                "sur demande."
            ),
            "price": "",
        },
        "en": {
            "title": "Repair café at the reuse centre",
            "summary": (
                "Bring something that is broken and fix it with the help of volunteer tinkerers."
            ),
            "description": (
                "Small appliances, lamps, clothes, toys: La Trouvaille's volunteer repairers help "
                "you find the fault and fix it yourself. Coffee and cakes while you wait."
            ),
            "accessibility": (
                "Step-free workshop; a workstation at an adapted height can be set up on request."
            ),
            "price": "",
        },
        "it": {
            "title": "Repair café al centro del riuso",
            "summary": (
                "Portate un oggetto guasto e riparatelo con l'aiuto di volontari esperti di "
                "bricolage."
            ),
            "description": (
                "Piccoli elettrodomestici, lampade, vestiti, giocattoli: i riparatori volontari di "
                "La Trouvaille vi aiutano a trovare il guasto e a ripararlo da soli. Caffè e dolci "
                "offerti durante l'attesa."
            ),
            "accessibility": (
                "Laboratorio al piano terra; su richiesta si può allestire una postazione ad "
                "altezza adattata."
            ),
            "price": "",
        },
    },
    {
        "slug": "soirees-jeux-ludambule",
        "organisers": ["ludambule"],
        "day": -9,
        "start": "20:00",
        "end": "23:30",
        "days": 1,
        "rrule": "FREQ=WEEKLY;INTERVAL=2;COUNT=8",
        "commune": "05061",
        "venue": "Ludothèque Ludambule",
        "address": "22 rue du Forest d'Entrais",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "education-populaire"],
        "audience": "everyone",
        "free": False,
        "price": "2 € ; gratuit pour les adhérents",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Soirée jeux à Ludambule",
            "summary": (
                "Une semaine sur deux, la ludothèque ouvre ses étagères pour une soirée de jeux de "
                "société."
            ),
            "description": (
                "Jeux d'ambiance, de stratégie ou coopératifs : les animateurs de Ludambule vous "
                "conseillent et expliquent les règles. Débutants bienvenus, à partir de 12 ans. "
                "Boissons et grignotages à prix doux."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "2 € ; gratuit pour les adhérents",
        },
        "en": {
            "title": "Games night at Ludambule",
            "summary": (
                "Every other week, the toy library opens its shelves for an evening of board games."
            ),
            "description": (
                "Party, strategy or cooperative games: Ludambule's facilitators suggest games and "
                "explain the rules. Beginners welcome, ages 12 and up. Drinks and snacks at gentle "
                "prices."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "€2; free for members",
        },
        "it": {
            "title": "Serata giochi a Ludambule",
            "summary": (
                "Una settimana su due, la ludoteca apre i suoi scaffali per una serata di giochi "
                "da tavolo."
            ),
            "description": (
                "Giochi di società, di strategia o cooperativi: gli animatori di Ludambule vi "
                "consigliano e spiegano le regole. Principianti benvenuti, dai 12 anni in su. "
                "Bevande e stuzzichini a prezzi modici."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "2 €; gratuito per i soci",
        },
    },
    {
        "slug": "apero-reseau-ess-brianconnais",
        "organisers": ["koopera"],
        "day": -8,
        "start": "18:30",
        "end": "21:00",
        "days": 1,
        "rrule": "",
        "commune": "05023",
        "venue": "Koopera",
        "address": "8 rue de la Paix",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "emploi"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Apéro du réseau ESS du Briançonnais",
            "summary": (
                "Un moment convivial pour que structures et indépendants du Briançonnais se "
                "rencontrent."
            ),
            "description": (
                "Associations, coopératives, entrepreneurs : venez présenter votre activité en "
                "deux minutes et repartez avec de nouveaux contacts. Comme le demandait le forum "
                "d'Embrun, des rencontres régulières et conviviales pour apprendre à se connaître."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Briançonnais ESS network drinks",
            "summary": (
                "A friendly get-together for Briançonnais organisations and freelancers to meet."
            ),
            "description": (
                "Associations, cooperatives, entrepreneurs: come and present your work in two "
                "minutes and leave with new contacts. As the Embrun forum asked: regular, friendly "
                "meetings to get to know one another."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Aperitivo della rete ESS del Briançonnais",
            "summary": (
                "Un momento conviviale per far incontrare organizzazioni e professionisti del "
                "Briançonnais."
            ),
            "description": (
                "Associazioni, cooperative, imprenditori: venite a presentare la vostra attività "
                "in due minuti e ripartite con nuovi contatti. Come chiedeva il forum di Embrun: "
                "incontri regolari e conviviali per imparare a conoscersi."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "atelier-velo-participatif-embrun",
        "organisers": ["atelier-velo-durance"],
        "day": -6,
        "start": "17:30",
        "end": "19:30",
        "days": 1,
        "rrule": "FREQ=WEEKLY;COUNT=14",
        "commune": "05046",
        "venue": "Atelier Vélo Durance",
        "address": "21 avenue de la Gare",
        "online_url": "",
        "attendance": "offline",
        "themes": ["mobilite", "environnement", "education-populaire"],
        "audience": "everyone",
        "free": False,
        "price": "Adhésion annuelle 10 € (prix libre pour les petits budgets)",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Atelier vélo participatif",
            "summary": (
                "Chaque semaine, venez entretenir et réparer votre vélo avec les outils et les "
                "conseils de l'atelier."
            ),
            "description": (
                "Crevaison, freins, dérailleur, éclairage : on ne répare pas à votre place, on "
                "vous apprend à le faire. Des pièces de réemploi sont disponibles à petit prix et "
                "des vélos remis en état attendent de nouveaux cyclistes."
            ),
            "accessibility": (
                "Atelier de plain-pied ; un poste de travail à hauteur adaptée peut être installé "
                "sur demande."
            ),
            "price": "Adhésion annuelle 10 € (prix libre pour les petits budgets)",
        },
        "en": {
            "title": "Community bike workshop",
            "summary": (
                "Every week, come and service and repair your bike with the workshop's tools and "
                "advice."
            ),
            "description": (
                "Punctures, brakes, gears, lights: we won't fix it for you, we'll show you how. "
                "Second-hand parts are available cheaply, and refurbished bikes are waiting for "
                "new riders."
            ),
            "accessibility": (
                "Step-free workshop; a workstation at an adapted height can be set up on request."
            ),
            "price": "Annual membership €10 (pay what you can on a tight budget)",
        },
        "it": {
            "title": "Ciclofficina partecipativa",
            "summary": (
                "Ogni settimana, venite a fare la manutenzione e a riparare la vostra bici con gli "
                "attrezzi e i consigli dell'officina."
            ),
            "description": (
                "Foratura, freni, cambio, luci: non ripariamo al posto vostro, vi insegniamo a "
                "farlo. Sono disponibili pezzi di recupero a poco prezzo e bici rimesse a nuovo "
                "aspettano nuovi ciclisti."
            ),
            "accessibility": (
                "Laboratorio al piano terra; su richiesta si può allestire una postazione ad "
                "altezza adattata."
            ),
            "price": "Tessera annuale 10 € (offerta libera per chi ha un budget ridotto)",
        },
    },
    {
        "slug": "balade-velo-embrun-savines",
        "organisers": ["atelier-velo-durance"],
        "day": -5,
        "start": "09:30",
        "end": "12:30",
        "days": 1,
        "rrule": "",
        "commune": "05046",
        "venue": "Atelier Vélo Durance",
        "address": "21 avenue de la Gare",
        "online_url": "",
        "attendance": "offline",
        "themes": ["mobilite", "environnement"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Balade à vélo Embrun – Savines-le-Lac",
            "summary": (
                "Une sortie tranquille pour découvrir l'itinéraire cyclable du quotidien entre "
                "Embrun et Savines-le-Lac."
            ),
            "description": (
                "L'atelier vous montre les passages les plus sûrs pour aller au travail ou faire "
                "ses courses à vélo. Casque conseillé ; vérification des freins et des pneus avant "
                "le départ."
            ),
            "accessibility": (
                "Boucle de 20 km sur petites routes et voie verte ; vélos à assistance électrique "
                "prêtés sur réservation."
            ),
            "price": "",
        },
        "en": {
            "title": "Bike ride Embrun – Savines-le-Lac",
            "summary": (
                "An easy ride to discover the everyday cycle route between Embrun and "
                "Savines-le-Lac."
            ),
            "description": (
                "The workshop shows you the safest ways to ride to work or to the shops. A helmet "
                "is recommended; brakes and tyres are checked before we set off."
            ),
            "accessibility": (
                "20 km loop on quiet roads and a greenway; e-bikes lent on reservation."
            ),
            "price": "",
        },
        "it": {
            "title": "Giro in bici Embrun – Savines-le-Lac",
            "summary": (
                "Un'uscita tranquilla per scoprire il percorso ciclabile quotidiano tra Embrun e "
                "Savines-le-Lac."
            ),
            "description": (
                "L'officina vi mostra i passaggi più sicuri per andare al lavoro o a fare la spesa "
                "in bici. Casco consigliato; controllo di freni e pneumatici prima della partenza."
            ),
            "accessibility": (
                "Anello di 20 km su strade secondarie e pista ciclabile; bici a pedalata assistita "
                "in prestito su prenotazione."
            ),
            "price": "",
        },
    },
    {
        "slug": "atelier-greffe-jardin-chorges",
        "organisers": ["chorges-en-transition"],
        "day": -3,
        "start": "14:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05040",
        "venue": "Jardin collectif",
        "address": "Chemin du Jardin collectif",
        "online_url": "",
        "attendance": "offline",
        "themes": ["agriculture", "environnement"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Atelier greffe d'arbres fruitiers",
            "summary": "Apprendre à greffer des variétés anciennes de pommiers et de poiriers.",
            "description": (
                "Au jardin collectif, des jardiniers expérimentés montrent les gestes de la greffe "
                "et partagent des greffons de variétés locales. Chacun repart avec son "
                "porte-greffe greffé. Prévoir un couteau bien aiguisé si vous en avez un."
            ),
            "accessibility": (
                "Jardin en terrain naturel, en partie en pente : accès difficile en fauteuil, aide "
                "possible sur place."
            ),
            "price": "",
        },
        "en": {
            "title": "Fruit tree grafting workshop",
            "summary": "Learn to graft heritage varieties of apple and pear trees.",
            "description": (
                "At the community garden, experienced gardeners show how to graft and share scions "
                "of local varieties. Everyone leaves with their own grafted rootstock. Bring a "
                "sharp knife if you have one."
            ),
            "accessibility": (
                "Garden on natural, partly sloping ground: difficult wheelchair access, help "
                "available on site."
            ),
            "price": "",
        },
        "it": {
            "title": "Laboratorio di innesto di alberi da frutto",
            "summary": "Imparare a innestare varietà antiche di meli e peri.",
            "description": (
                "Nell'orto collettivo, giardinieri esperti mostrano i gesti dell'innesto e "
                "condividono marze di varietà locali. Ognuno riparte con il proprio portainnesto "
                "innestato. Portate un coltello ben affilato, se ne avete uno."
            ),
            "accessibility": (
                "Orto su terreno naturale, in parte in pendenza: accesso difficile in sedia a "
                "rotelle, aiuto possibile sul posto."
            ),
            "price": "",
        },
    },
    {
        "slug": "petit-dejeuner-cooperer-independants-briancon",
        "organisers": ["koopera"],
        "day": 1,
        "start": "08:30",
        "end": "10:00",
        "days": 1,
        "rrule": "",
        "commune": "05023",
        "venue": "Koopera",
        "address": "8 rue de la Paix",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "emploi"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Petit-déjeuner : coopérer entre indépendants",
            "summary": (
                "Partager un local, un outil ou un client : un petit-déjeuner pour lancer des "
                "coopérations concrètes."
            ),
            "description": (
                "Koopera invite indépendants, artisans et petites structures du Briançonnais à "
                "présenter un besoin et une ressource à partager. Les mises en relation sont "
                "suivies au prochain rendez-vous."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Breakfast: cooperation between freelancers",
            "summary": (
                "Sharing premises, a tool or a client: a breakfast to start concrete cooperation."
            ),
            "description": (
                "Koopera invites freelancers, craftspeople and small organisations of the "
                "Briançonnais to present one need and one resource they can share. Introductions "
                "are followed up at the next meeting."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Colazione: cooperare tra professionisti indipendenti",
            "summary": (
                "Condividere un locale, uno strumento o un cliente: una colazione per avviare "
                "cooperazioni concrete."
            ),
            "description": (
                "Koopera invita professionisti, artigiani e piccole organizzazioni del "
                "Briançonnais a presentare un bisogno e una risorsa da condividere. I contatti "
                "nati vengono seguiti all'incontro successivo."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "gym-douce-prevention-chutes-saint-bonnet",
        "organisers": [
            "profession-sport-05",
            "pole-sante-champsaur-valgaudemar",
            "mutualite-francaise-sud",
        ],
        "day": 1,
        "start": "10:00",
        "end": "11:00",
        "days": 1,
        "rrule": "FREQ=WEEKLY;COUNT=10",
        "commune": "05132",
        "venue": "Salle des fêtes",
        "address": "Place du Champsaur",
        "online_url": "",
        "attendance": "offline",
        "themes": ["sante", "solidarite"],
        "audience": "seniors",
        "free": True,
        "price": "",
        "registration_url": "https://profession-sport-05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Gym douce et prévention des chutes",
            "summary": (
                "Dix séances hebdomadaires pour garder équilibre, souplesse et confiance en soi."
            ),
            "description": (
                "Un éducateur sportif diplômé propose des exercices adaptés à chacun, conçus avec "
                "les kinésithérapeutes du pôle de santé. Un bilan d'équilibre est proposé à la "
                "première et à la dernière séance. Places limitées, inscription conseillée."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Gentle exercise and fall prevention",
            "summary": "Ten weekly sessions to keep your balance, flexibility and self-confidence.",
            "description": (
                "A qualified sports instructor offers exercises suited to each person, designed "
                "with the health centre's physiotherapists. A balance check is offered at the "
                "first and last sessions. Places are limited; booking recommended."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Ginnastica dolce e prevenzione delle cadute",
            "summary": (
                "Dieci sedute settimanali per mantenere equilibrio, flessibilità e fiducia in sé."
            ),
            "description": (
                "Un istruttore sportivo qualificato propone esercizi adatti a ciascuno, ideati con "
                "i fisioterapisti del polo sanitario. Alla prima e all'ultima seduta viene "
                "proposta una valutazione dell'equilibrio. Posti limitati, iscrizione consigliata."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "journee-decouverte-coworking-la-locomotive",
        "organisers": ["la-locomotive"],
        "day": 2,
        "start": "09:00",
        "end": "18:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "La Locomotive",
        "address": "12 rue du Dépôt",
        "online_url": "",
        "attendance": "offline",
        "themes": ["tiers-lieux", "numerique", "emploi"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Journée découverte du coworking",
            "summary": (
                "Venez travailler une journée gratuitement à La Locomotive et rencontrer ses "
                "coworkers."
            ),
            "description": (
                "Poste de travail, connexion, café et déjeuner partagé à midi : testez le travail "
                "en espace partagé avant de vous engager. Idéal pour les télétravailleurs et les "
                "nouveaux arrivants à Gap."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Coworking discovery day",
            "summary": (
                "Come and work for a day at La Locomotive free of charge and meet its coworkers."
            ),
            "description": (
                "Desk, internet, coffee and a shared lunch at noon: try working in a shared space "
                "before you commit. Ideal for remote workers and newcomers to Gap."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Giornata di scoperta del coworking",
            "summary": (
                "Venite a lavorare gratuitamente per un giorno a La Locomotive e a conoscere i "
                "suoi coworker."
            ),
            "description": (
                "Postazione, connessione, caffè e pranzo condiviso a mezzogiorno: provate il "
                "lavoro in uno spazio condiviso prima di impegnarvi. Ideale per chi lavora da "
                "remoto e per chi si è appena trasferito a Gap."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "permanence-logement-adelha-gap",
        "organisers": ["adelha"],
        "day": 2,
        "start": "09:30",
        "end": "12:00",
        "days": 1,
        "rrule": "FREQ=WEEKLY;COUNT=12",
        "commune": "05061",
        "venue": "Locaux d'ADELHA",
        "address": "14 avenue des Alpes",
        "online_url": "",
        "attendance": "offline",
        "themes": ["habitat", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Permanence logement d'ADELHA",
            "summary": (
                "Chaque semaine, sans rendez-vous : une question sur votre logement, un conseil, "
                "une orientation."
            ),
            "description": (
                "Recherche de logement, impayés, dépôt de garantie, relations avec le bailleur, "
                "aides au logement : les travailleurs sociaux d'ADELHA vous reçoivent "
                "confidentiellement et gratuitement. Apportez les documents utiles (bail, "
                "courriers)."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "ADELHA housing drop-in",
            "summary": (
                "Every week, no appointment needed: a question about your home, some advice, a "
                "referral."
            ),
            "description": (
                "Looking for a home, rent arrears, deposits, dealings with your landlord, housing "
                "benefits: ADELHA's social workers see you confidentially and free of charge. "
                "Bring any useful documents (lease, letters)."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Sportello casa di ADELHA",
            "summary": (
                "Ogni settimana, senza appuntamento: una domanda sulla vostra casa, un consiglio, "
                "un orientamento."
            ),
            "description": (
                "Ricerca di un alloggio, affitti arretrati, deposito cauzionale, rapporti con il "
                "proprietario, sussidi per la casa: gli assistenti sociali di ADELHA vi ricevono "
                "in modo riservato e gratuito. Portate i documenti utili (contratto, lettere)."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "cafe-des-familles-la-batie-neuve",
        "organisers": ["chez-bernie", "alpaje"],
        "day": 3,
        "start": "09:00",
        "end": "11:30",
        "days": 1,
        "rrule": "FREQ=WEEKLY;COUNT=10",
        "commune": "05017",
        "venue": "Salle polyvalente",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["jeunesse", "solidarite", "alimentation"],
        "audience": "families",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Café des familles",
            "summary": (
                "Chaque semaine, un café pour les parents et leurs tout-petits : se poser, jouer, "
                "échanger."
            ),
            "description": (
                "Le café itinérant de Chez Bernie s'installe à La Bâtie-Neuve avec une "
                "professionnelle de la petite enfance d'ALPAJE. Coin jeux pour les enfants de "
                "moins de 6 ans, boissons et collation maison à prix libre, et du temps pour "
                "parler des petites et grandes questions de parents."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Family café",
            "summary": (
                "Every week, a café for parents and their little ones: take a break, play, talk."
            ),
            "description": (
                "Chez Bernie's travelling café sets up in La Bâtie-Neuve with an early-years "
                "professional from ALPAJE. Play corner for children under 6, drinks and homemade "
                "snacks at a pay-what-you-can price, and time to talk about parenting questions "
                "big and small."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Caffè delle famiglie",
            "summary": (
                "Ogni settimana, un caffè per i genitori e i loro piccoli: fermarsi, giocare, "
                "parlare."
            ),
            "description": (
                "Il caffè itinerante di Chez Bernie si installa a La Bâtie-Neuve con un'educatrice "
                "della prima infanzia di ALPAJE. Angolo giochi per i bambini sotto i 6 anni, "
                "bevande e merenda fatta in casa a offerta libera, e tempo per parlare delle "
                "piccole e grandi domande dei genitori."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "atelier-zero-dechet-argentiere",
        "organisers": ["la-trouvaille"],
        "day": 3,
        "start": "14:00",
        "end": "16:30",
        "days": 1,
        "rrule": "",
        "commune": "05006",
        "venue": "La Trouvaille, ressourcerie",
        "address": "Zone artisanale des Sablières",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "insertion"],
        "audience": "everyone",
        "free": False,
        "price": "5 €, matériel compris",
        "registration_url": "https://la-trouvaille.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Atelier zéro déchet : sacs à vrac et bee wraps",
            "summary": (
                "Fabriquez vos sacs à vrac et vos emballages alimentaires à partir de tissus de "
                "réemploi."
            ),
            "description": (
                "Les tissus viennent des dons à la ressourcerie. L'atelier est animé par une "
                "salariée en insertion de La Trouvaille, qui partage aussi ses astuces pour "
                "réduire les déchets de la cuisine. Huit places."
            ),
            "accessibility": (
                "Atelier de plain-pied ; un poste de travail à hauteur adaptée peut être installé "
                "sur demande."
            ),
            "price": "5 €, matériel compris",
        },
        "en": {
            "title": "Zero-waste workshop: bulk bags and beeswax wraps",
            "summary": "Make your own bulk-shopping bags and food wraps from reused fabric.",
            "description": (
                "The fabric comes from donations to the reuse centre. The workshop is run by one "
                "of La Trouvaille's employees on a work-integration contract, who also shares tips "
                "for cutting kitchen waste. Eight places."
            ),
            "accessibility": (
                "Step-free workshop; a workstation at an adapted height can be set up on request."
            ),
            "price": "€5, materials included",
        },
        "it": {
            "title": "Laboratorio rifiuti zero: sacchetti per lo sfuso e involucri in cera d'api",
            "summary": (
                "Realizzate i vostri sacchetti per lo sfuso e gli involucri per alimenti con "
                "tessuti di recupero."
            ),
            "description": (
                "I tessuti provengono dalle donazioni al centro del riuso. Il laboratorio è "
                "animato da una dipendente in percorso di inserimento di La Trouvaille, che "
                "condivide anche i suoi consigli per ridurre i rifiuti in cucina. Otto posti."
            ),
            "accessibility": (
                "Laboratorio al piano terra; su richiesta si può allestire una postazione ad "
                "altezza adattata."
            ),
            "price": "5 €, materiale compreso",
        },
    },
    {
        "slug": "marche-paysan-tallard",
        "organisers": ["echanges-paysans"],
        "day": 4,
        "start": "16:00",
        "end": "19:00",
        "days": 1,
        "rrule": "FREQ=WEEKLY;COUNT=16",
        "commune": "05170",
        "venue": "Place du marché",
        "address": "Centre du village",
        "online_url": "",
        "attendance": "offline",
        "themes": ["alimentation", "agriculture"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Marché paysan de Tallard",
            "summary": (
                "Chaque semaine, les producteurs d'Échanges Paysans vendent en direct légumes, "
                "fromages, viandes et pain."
            ),
            "description": (
                "Les mêmes fermes qui approvisionnent les cantines du département vous proposent "
                "leurs produits de saison, à un prix qui rémunère justement chacun. Paiement "
                "possible en monnaie locale chez plusieurs producteurs."
            ),
            "accessibility": "Sur la place, de plain-pied ; toilettes adaptées à proximité.",
            "price": "",
        },
        "en": {
            "title": "Tallard farmers' market",
            "summary": (
                "Every week, Échanges Paysans' farmers sell vegetables, cheese, meat and bread "
                "directly."
            ),
            "description": (
                "The same farms that supply the department's school canteens offer their seasonal "
                "produce at prices that pay everyone fairly. Several producers accept the local "
                "currency."
            ),
            "accessibility": "On the square, step-free; accessible toilets nearby.",
            "price": "",
        },
        "it": {
            "title": "Mercato contadino di Tallard",
            "summary": (
                "Ogni settimana, i produttori di Échanges Paysans vendono direttamente verdure, "
                "formaggi, carni e pane."
            ),
            "description": (
                "Le stesse aziende agricole che riforniscono le mense del dipartimento vi "
                "propongono i loro prodotti di stagione, a un prezzo che remunera equamente "
                "ciascuno. Diversi produttori accettano la moneta locale."
            ),
            "accessibility": (
                "Sulla piazza, senza gradini; servizi igienici accessibili nelle vicinanze."
            ),
            "price": "",
        },
    },
    {
        "slug": "cine-debat-monnaie-locale-briancon",
        "organisers": ["mjc-du-brianconnais", "la-roue"],
        "day": 4,
        "start": "20:00",
        "end": "22:30",
        "days": 1,
        "rrule": "",
        "commune": "05023",
        "venue": "MJC du Briançonnais",
        "address": "4 avenue du Dauphiné",
        "online_url": "",
        "attendance": "offline",
        "themes": ["monnaie-locale", "culture", "solidarite"],
        "audience": "everyone",
        "free": False,
        "price": "5 € ; 3 € tarif réduit ; payable en Roues",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Ciné-débat : à quoi sert une monnaie locale ?",
            "summary": (
                "Projection d'un documentaire sur les monnaies citoyennes, suivie d'un débat avec "
                "des bénévoles de La Roue."
            ),
            "description": (
                "Relocaliser les échanges, soutenir les commerces de proximité, relier les acteurs "
                "d'un même territoire : le film montre des expériences d'ici et d'ailleurs. Le "
                "débat portera sur l'extension de La Roue dans les vallées des Hautes-Alpes."
            ),
            "accessibility": (
                "Salle de plain-pied, accessible en fauteuil roulant, équipée d'une boucle "
                "magnétique."
            ),
            "price": "5 € ; 3 € tarif réduit ; payable en Roues",
        },
        "en": {
            "title": "Film and debate: what is a local currency for?",
            "summary": (
                "Screening of a documentary on community currencies, followed by a debate with "
                "volunteers from La Roue."
            ),
            "description": (
                "Keeping trade local, supporting neighbourhood shops, connecting the actors of one "
                "area: the film shows experiences from here and elsewhere. The debate will focus "
                "on extending La Roue across the valleys of the Hautes-Alpes."
            ),
            "accessibility": "Step-free room, wheelchair accessible, fitted with a hearing loop.",
            "price": "€5; €3 concessions; can be paid in Roues",
        },
        "it": {
            "title": "Cine-dibattito: a cosa serve una moneta locale?",
            "summary": (
                "Proiezione di un documentario sulle monete cittadine, seguita da un dibattito con "
                "i volontari de La Roue."
            ),
            "description": (
                "Rilocalizzare gli scambi, sostenere i negozi di prossimità, collegare gli attori "
                "di uno stesso territorio: il film mostra esperienze di qui e d'altrove. Il "
                "dibattito verterà sull'estensione de La Roue nelle valli delle Alte Alpi."
            ),
            "accessibility": (
                "Sala al piano terra, accessibile in sedia a rotelle, dotata di anello magnetico."
            ),
            "price": "5 €; 3 € ridotto; pagabile in Roues",
        },
    },
    {
        "slug": "degustation-producteurs-cabas-du-buech",
        "organisers": ["le-cabas-du-buech"],
        "day": 5,
        "start": "16:00",
        "end": "19:00",
        "days": 1,
        "rrule": "",
        "commune": "05070",
        "venue": "Le Cabas du Buëch",
        "address": "10 avenue de Provence",
        "online_url": "",
        "attendance": "offline",
        "themes": ["alimentation", "agriculture", "monnaie-locale"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Dégustation avec les producteurs de l'épicerie",
            "summary": (
                "Goûtez les fromages, jus et conserves des fermes du Buëch et du Laragnais, en "
                "présence de ceux qui les font."
            ),
            "description": (
                "Les producteurs associés de l'épicerie coopérative expliquent leur travail et la "
                "façon dont les prix sont fixés ensemble. L'occasion de découvrir comment devenir "
                "coopérateur consommateur."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Tasting with the shop's producers",
            "summary": (
                "Taste cheeses, juices and preserves from the farms of the Buëch and the "
                "Laragnais, with the people who make them."
            ),
            "description": (
                "The cooperative grocery's member producers explain their work and how prices are "
                "set together. A chance to find out how to become a consumer member."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Degustazione con i produttori della bottega",
            "summary": (
                "Assaggiate formaggi, succhi e conserve delle aziende agricole del Buëch e del "
                "Laragnais, in presenza di chi li produce."
            ),
            "description": (
                "I produttori soci della bottega cooperativa raccontano il loro lavoro e il modo "
                "in cui i prezzi vengono fissati insieme. L'occasione per scoprire come diventare "
                "soci consumatori."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "soiree-accueil-nouveaux-habitants-veynes",
        "organisers": ["la-gare-aux-idees"],
        "day": 5,
        "start": "18:30",
        "end": "21:00",
        "days": 1,
        "rrule": "",
        "commune": "05179",
        "venue": "La Gare aux Idées",
        "address": "1 rue des Cheminots",
        "online_url": "",
        "attendance": "offline",
        "themes": ["tiers-lieux", "cooperation", "culture"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Soirée d'accueil des nouveaux habitants du Buëch",
            "summary": (
                "Vous venez de vous installer ? Rencontrez les associations, les commerces et les "
                "voisins qui font vivre la vallée."
            ),
            "description": (
                "Une dizaine de structures du territoire tiennent table ouverte au café associatif "
                "de La Gare aux Idées : emploi, garde d'enfants, loisirs, engagement bénévole. La "
                "soirée se termine par une soupe partagée."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Welcome evening for newcomers to the Buëch",
            "summary": (
                "Just moved here? Meet the associations, shops and neighbours who keep the valley "
                "alive."
            ),
            "description": (
                "About ten local organisations hold an open table at La Gare aux Idées' community "
                "café: jobs, childcare, leisure, volunteering. The evening ends with a shared "
                "soup."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Serata di accoglienza dei nuovi abitanti del Buëch",
            "summary": (
                "Vi siete appena trasferiti? Incontrate le associazioni, i negozi e i vicini che "
                "animano la valle."
            ),
            "description": (
                "Una decina di organizzazioni del territorio vi aspettano al caffè associativo de "
                "La Gare aux Idées: lavoro, custodia dei bambini, tempo libero, volontariato. La "
                "serata si chiude con una zuppa condivisa."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "village-mois-de-l-ess-gap",
        "organisers": ["udess-05", "locommun", "la-locomotive"],
        "day": 6,
        "start": None,
        "end": None,
        "days": 2,
        "rrule": "",
        "commune": "05061",
        "venue": "Place Jean-Marcellin",
        "address": "Centre-ville",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "emploi", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Village de l'ESS – Mois de l'ESS",
            "summary": (
                "Deux jours pour découvrir, au cœur de Gap, les structures de l'économie sociale "
                "et solidaire des Hautes-Alpes."
            ),
            "description": (
                "Dans le cadre du Mois de l'ESS, une trentaine de structures tiennent stand : "
                "alimentation, culture, habitat, mobilité, emploi, jeux. Au programme : "
                "démonstrations, mini-conférences, espace enfants animé par Ludambule et buvette "
                "paysanne. Les visiteurs peuvent payer en monnaie locale sur de nombreux stands."
            ),
            "accessibility": "Sur la place, de plain-pied ; toilettes adaptées à proximité.",
            "price": "",
        },
        "en": {
            "title": "ESS Village – ESS Month",
            "summary": (
                "Two days in the heart of Gap to discover the social and solidarity economy "
                "organisations of the Hautes-Alpes."
            ),
            "description": (
                "As part of ESS Month, some thirty organisations hold stands: food, culture, "
                "housing, mobility, jobs, games. On the programme: demonstrations, short talks, a "
                "children's area run by Ludambule and a farm-produce refreshment stand. Many "
                "stands accept the local currency."
            ),
            "accessibility": "On the square, step-free; accessible toilets nearby.",
            "price": "",
        },
        "it": {
            "title": "Villaggio dell'ESS – Mese dell'ESS",
            "summary": (
                "Due giorni nel cuore di Gap per scoprire le organizzazioni dell'economia sociale "
                "e solidale delle Alte Alpi."
            ),
            "description": (
                "Nell'ambito del Mese dell'ESS, una trentina di organizzazioni sono presenti con i "
                "loro stand: alimentazione, cultura, abitare, mobilità, lavoro, giochi. In "
                "programma: dimostrazioni, brevi conferenze, spazio bambini animato da Ludambule e "
                "punto ristoro contadino. Molti stand accettano la moneta locale."
            ),
            "accessibility": (
                "Sulla piazza, senza gradini; servizi igienici accessibili nelle vicinanze."
            ),
            "price": "",
        },
    },
    {
        "slug": "matinees-jardin-collectif-chorges",
        "organisers": ["chorges-en-transition"],
        "day": 6,
        "start": "09:30",
        "end": "12:00",
        "days": 1,
        "rrule": "FREQ=WEEKLY;COUNT=8",
        "commune": "05040",
        "venue": "Jardin collectif",
        "address": "Chemin du Jardin collectif",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "alimentation", "agriculture"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Matinées au jardin collectif",
            "summary": (
                "Chaque semaine, le jardin pédagogique et expérimental de Chorges ouvre sa porte à "
                "tous les curieux."
            ),
            "description": (
                "Semis, paillage, compost, récoltes : on apprend en faisant, les uns avec les "
                "autres. Pas besoin de savoir jardiner ni de venir à toutes les séances. Outils "
                "fournis ; prévoir des gants et une gourde."
            ),
            "accessibility": (
                "Jardin en terrain naturel, en partie en pente : accès difficile en fauteuil, aide "
                "possible sur place."
            ),
            "price": "",
        },
        "en": {
            "title": "Mornings at the community garden",
            "summary": (
                "Every week, Chorges' educational and experimental garden opens its gate to anyone "
                "curious."
            ),
            "description": (
                "Sowing, mulching, composting, harvesting: we learn by doing, from one another. No "
                "gardening experience needed, and no need to come every time. Tools provided; "
                "bring gloves and a water bottle."
            ),
            "accessibility": (
                "Garden on natural, partly sloping ground: difficult wheelchair access, help "
                "available on site."
            ),
            "price": "",
        },
        "it": {
            "title": "Mattinate all'orto collettivo",
            "summary": (
                "Ogni settimana, l'orto didattico e sperimentale di Chorges apre il cancello a "
                "tutti i curiosi."
            ),
            "description": (
                "Semina, pacciamatura, compost, raccolto: si impara facendo, gli uni con gli "
                "altri. Non serve saper coltivare né venire a tutti gli incontri. Attrezzi "
                "forniti; portate guanti e una borraccia."
            ),
            "accessibility": (
                "Orto su terreno naturale, in parte in pendenza: accesso difficile in sedia a "
                "rotelle, aiuto possibile sul posto."
            ),
            "price": "",
        },
    },
    {
        "slug": "repair-cafe-embrun",
        "organisers": ["comptoir-des-assos", "la-trouvaille"],
        "day": 6,
        "start": "14:00",
        "end": "17:30",
        "days": 1,
        "rrule": "FREQ=MONTHLY;BYDAY=1SA;COUNT=6",
        "commune": "05046",
        "venue": "Comptoir des Assos",
        "address": "9 rue de la Liberté",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Repair café d'Embrun",
            "summary": "Le premier samedi du mois, on répare ensemble plutôt que de jeter.",
            "description": (
                "Grille-pain, radio, ourlet, chaise bancale : des bénévoles du Comptoir des Assos "
                "et des réparateurs de La Trouvaille vous accompagnent pour réparer vous-même vos "
                "objets. Ce qui ne peut être sauvé part en pièces détachées à la ressourcerie."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Embrun repair café",
            "summary": (
                "On the first Saturday of the month, we repair things together instead of throwing "
                "them away."
            ),
            "description": (
                "Toaster, radio, hem, wobbly chair: volunteers from the Comptoir des Assos and "
                "repairers from La Trouvaille help you fix your things yourself. Whatever can't be "
                "saved goes to the reuse centre as spare parts."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Repair café di Embrun",
            "summary": "Il primo sabato del mese si ripara insieme invece di buttare.",
            "description": (
                "Tostapane, radio, orli, sedie traballanti: i volontari del Comptoir des Assos e i "
                "riparatori di La Trouvaille vi aiutano a riparare da soli i vostri oggetti. Ciò "
                "che non si può salvare va al centro del riuso come pezzi di ricambio."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "apres-midi-jeux-intergenerations-veynes",
        "organisers": ["ludambule", "adscb"],
        "day": 7,
        "start": "14:00",
        "end": "18:00",
        "days": 1,
        "rrule": "",
        "commune": "05179",
        "venue": "Salle des fêtes",
        "address": "Place de l'Hôtel de Ville",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "jeunesse", "education-populaire"],
        "audience": "families",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Après-midi jeux entre générations",
            "summary": (
                "Ludambule apporte ses jeux à Veynes pour un après-midi où petits et grands jouent "
                "ensemble."
            ),
            "description": (
                "Jeux en bois géants, jeux de société et coin des tout-petits : l'ADSCB et "
                "Ludambule réunissent familles, jeunes et aînés des villages du Buëch. Goûter "
                "partagé à 16 heures."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Intergenerational games afternoon",
            "summary": (
                "Ludambule brings its games to Veynes for an afternoon where young and old play "
                "together."
            ),
            "description": (
                "Giant wooden games, board games and a corner for toddlers: ADSCB and Ludambule "
                "bring together families, young people and older residents of the Buëch villages. "
                "Shared snack at 4 pm."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Pomeriggio di giochi tra generazioni",
            "summary": (
                "Ludambule porta i suoi giochi a Veynes per un pomeriggio in cui grandi e piccoli "
                "giocano insieme."
            ),
            "description": (
                "Giochi giganti in legno, giochi da tavolo e angolo per i più piccoli: l'ADSCB e "
                "Ludambule riuniscono famiglie, giovani e anziani dei villaggi del Buëch. Merenda "
                "condivisa alle 16."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "concert-artistes-en-presence-saint-julien",
        "organisers": ["espace-culturel-chaillol"],
        "day": 7,
        "start": "17:00",
        "end": "18:30",
        "days": 1,
        "rrule": "",
        "commune": "05147",
        "venue": "Salle des fêtes",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "education-populaire"],
        "audience": "everyone",
        "free": False,
        "price": "Participation libre",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Artistes en présence : concert de fin de résidence",
            "summary": (
                "Les musiciens accueillis en résidence dans le Champsaur partagent le fruit de "
                "leur travail avec les habitants."
            ),
            "description": (
                "Avec « Artistes en présence », l'Espace Culturel de Chaillol installe des "
                "artistes dans la durée sur le territoire. Après plusieurs semaines de rencontres "
                "dans les écoles et les villages, le quatuor joue ses nouvelles pièces, suivies "
                "d'un échange avec le public."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "Participation libre",
        },
        "en": {
            "title": "Artistes en présence: end-of-residency concert",
            "summary": (
                "The musicians in residence in the Champsaur share the fruit of their work with "
                "local people."
            ),
            "description": (
                "With “Artistes en présence”, the Espace Culturel de Chaillol brings artists to "
                "live and work in the area over time. After several weeks of meetings in schools "
                "and villages, the quartet plays its new pieces, followed by a conversation with "
                "the audience."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "Pay what you wish",
        },
        "it": {
            "title": "Artistes en présence: concerto di fine residenza",
            "summary": (
                "I musicisti in residenza nel Champsaur condividono con gli abitanti il frutto del "
                "loro lavoro."
            ),
            "description": (
                "Con «Artistes en présence», l'Espace Culturel de Chaillol fa vivere gli artisti "
                "sul territorio per lunghi periodi. Dopo diverse settimane di incontri nelle "
                "scuole e nei villaggi, il quartetto esegue i suoi nuovi brani, seguiti da uno "
                "scambio con il pubblico."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "Offerta libera",
        },
    },
    {
        "slug": "webinaire-creacoop-tester-son-activite",
        "organisers": ["creacoop-05"],
        "day": 8,
        "start": "12:30",
        "end": "13:30",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "",
        "address": "",
        "online_url": "https://visio.example.org/creacoop-05/tester-son-activite",
        "attendance": "online",
        "themes": ["emploi", "formation"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://creacoop-05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Webinaire : tester son activité sans créer son entreprise",
            "summary": (
                "Une heure en ligne, à l'heure du déjeuner, pour comprendre le parcours "
                "d'entrepreneur à l'essai en coopérative d'activités et d'emploi."
            ),
            "description": (
                "Contrat d'appui, passage au statut d'entrepreneur salarié, assurance, "
                "facturation, protection sociale : Créacoop 05 répond à vos questions en direct. "
                "Le lien de connexion est envoyé après inscription."
            ),
            "accessibility": (
                "En ligne, sous-titrage automatique activé ; support envoyé à l'avance sur demande."
            ),
            "price": "",
        },
        "en": {
            "title": "Webinar: testing your business idea without setting up a company",
            "summary": (
                "One online hour at lunchtime to understand the trial-entrepreneur path in a "
                "business and employment cooperative."
            ),
            "description": (
                "Support contract, moving to salaried-entrepreneur status, insurance, invoicing, "
                "social protection: Créacoop 05 answers your questions live. The link is sent once "
                "you have registered."
            ),
            "accessibility": "Online, with automatic captions; slides sent in advance on request.",
            "price": "",
        },
        "it": {
            "title": "Webinar: testare la propria attività senza creare un'impresa",
            "summary": (
                "Un'ora online, all'ora di pranzo, per capire il percorso di imprenditore in prova "
                "in una cooperativa di attività e di impiego."
            ),
            "description": (
                "Contratto di supporto, passaggio allo statuto di imprenditore dipendente, "
                "assicurazione, fatturazione, protezione sociale: Créacoop 05 risponde in diretta "
                "alle vostre domande. Il link di collegamento viene inviato dopo l'iscrizione."
            ),
            "accessibility": (
                "Online, con sottotitoli automatici; materiale inviato in anticipo su richiesta."
            ),
            "price": "",
        },
    },
    {
        "slug": "echanges-jeunes-queyras-piemont-information",
        "organisers": ["ponts-des-alpes"],
        "day": 8,
        "start": "18:00",
        "end": "19:30",
        "days": 1,
        "rrule": "",
        "commune": "05065",
        "venue": "Ponts des Alpes",
        "address": "7 place de la Fontaine",
        "online_url": "",
        "attendance": "offline",
        "themes": ["jeunesse", "culture", "cooperation"],
        "audience": "young",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Réunion d'information : échange de jeunes Queyras – Piémont",
            "summary": (
                "Tu as entre 16 et 25 ans et tu veux partir une semaine rencontrer des jeunes des "
                "vallées italiennes voisines ?"
            ),
            "description": (
                "Ponts des Alpes présente le prochain échange : hébergement, activités, coût "
                "(largement pris en charge), et comment participer à sa préparation. Parents "
                "bienvenus. Aucun niveau d'italien requis."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Information meeting: Queyras – Piedmont youth exchange",
            "summary": (
                "Aged 16 to 25 and keen to spend a week meeting young people from the neighbouring "
                "Italian valleys?"
            ),
            "description": (
                "Ponts des Alpes presents the next exchange: accommodation, activities, cost "
                "(largely covered), and how to help prepare it. Parents welcome. No Italian "
                "required."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Riunione informativa: scambio giovanile Queyras – Piemonte",
            "summary": (
                "Hai tra i 16 e i 25 anni e vuoi partire per una settimana a conoscere i giovani "
                "delle vicine valli italiane?"
            ),
            "description": (
                "Ponts des Alpes presenta il prossimo scambio: alloggio, attività, costi (in gran "
                "parte coperti) e come partecipare alla sua preparazione. Genitori benvenuti. Non "
                "è richiesta la conoscenza dell'italiano."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "formation-benevoles-fonction-employeur",
        "organisers": ["comptoir-des-assos"],
        "day": 9,
        "start": "09:00",
        "end": "12:30",
        "days": 1,
        "rrule": "",
        "commune": "05046",
        "venue": "Comptoir des Assos",
        "address": "9 rue de la Liberté",
        "online_url": "",
        "attendance": "offline",
        "themes": ["formation", "emploi"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "https://comptoir-des-assos.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Formation des bénévoles : l'association employeuse",
            "summary": (
                "Une matinée pour les dirigeants bénévoles qui embauchent ou envisagent de le "
                "faire."
            ),
            "description": (
                "Contrats, convention collective, fiches de paie, entretien annuel, relations "
                "entre bénévoles et salariés : le Comptoir des Assos fait le tour des obligations "
                "et des bonnes pratiques, à partir de vos situations. Gratuit pour les "
                "associations adhérentes."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Volunteer training: the association as an employer",
            "summary": (
                "A morning for volunteer board members who employ staff or are thinking of doing "
                "so."
            ),
            "description": (
                "Contracts, collective agreement, payslips, annual reviews, relations between "
                "volunteers and staff: the Comptoir des Assos covers the obligations and good "
                "practice, starting from your own situations. Free for member associations."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Formazione dei volontari: l'associazione come datore di lavoro",
            "summary": "Una mattinata per i dirigenti volontari che assumono o pensano di farlo.",
            "description": (
                "Contratti, contratto collettivo, buste paga, colloquio annuale, rapporti tra "
                "volontari e dipendenti: il Comptoir des Assos passa in rassegna obblighi e buone "
                "pratiche, partendo dalle vostre situazioni. Gratuito per le associazioni "
                "aderenti."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "reunion-mensuelle-la-roue-briancon",
        "organisers": ["la-roue"],
        "day": 9,
        "start": "18:30",
        "end": "20:30",
        "days": 1,
        "rrule": "FREQ=MONTHLY;BYDAY=1TU;COUNT=6",
        "commune": "05023",
        "venue": "Local de La Roue",
        "address": "15 Grande Rue",
        "online_url": "",
        "attendance": "offline",
        "themes": ["monnaie-locale", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Réunion mensuelle de La Roue dans le Briançonnais",
            "summary": (
                "Le premier mardi du mois, utilisateurs, commerçants et curieux de la monnaie "
                "locale se retrouvent."
            ),
            "description": (
                "Nouveaux prestataires, comptoirs de change, circulation des billets dans les "
                "vallées : on fait le point ensemble et on prépare les prochaines actions. Les "
                "nouveaux venus peuvent changer leurs premiers euros en Roues sur place."
            ),
            "accessibility": (
                "Salle à l'étage sans ascenseur : prévenez-nous, nous trouverons une solution "
                "adaptée."
            ),
            "price": "",
        },
        "en": {
            "title": "La Roue monthly meeting in the Briançonnais",
            "summary": (
                "On the first Tuesday of the month, users, shopkeepers and anyone curious about "
                "the local currency get together."
            ),
            "description": (
                "New businesses, exchange points, how the notes circulate in the valleys: we take "
                "stock together and plan the next actions. Newcomers can exchange their first "
                "euros for Roues on the spot."
            ),
            "accessibility": (
                "Upstairs room with no lift: let us know and we will find a suitable arrangement."
            ),
            "price": "",
        },
        "it": {
            "title": "Riunione mensile de La Roue nel Briançonnais",
            "summary": (
                "Il primo martedì del mese si ritrovano utenti, commercianti e curiosi della "
                "moneta locale."
            ),
            "description": (
                "Nuovi aderenti, punti di cambio, circolazione delle banconote nelle valli: "
                "facciamo il punto insieme e prepariamo le prossime iniziative. I nuovi arrivati "
                "possono cambiare sul posto i primi euro in Roues."
            ),
            "accessibility": (
                "Sala al piano superiore senza ascensore: avvisateci e troveremo una soluzione "
                "adatta."
            ),
            "price": "",
        },
    },
    {
        "slug": "conference-utopies-locales-gap",
        "organisers": ["udess-05"],
        "day": 10,
        "start": "18:30",
        "end": "20:30",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "Salle polyvalente de Locommun",
        "address": "22 rue du Forest d'Entrais",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "environnement", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": (
                "Conférence : utopies locales, les solutions écologiques et solidaires de demain"
            ),
            "summary": (
                "« Il y a un autre monde, mais il est dans celui-ci » : une conférence-débat sur "
                "l'ESS comme économie de transformation."
            ),
            "description": (
                "Coopératives, tiers-lieux, pôles territoriaux de coopération économique, monnaies "
                "locales : un chercheur spécialiste des territoires de l'ESS montre comment les "
                "initiatives locales répondent aux besoins que ni le marché ni l'action publique "
                "ne satisfont. Débat avec des acteurs haut-alpins, puis verre de l'amitié."
            ),
            "accessibility": (
                "Salle de plain-pied, accessible en fauteuil roulant, équipée d'une boucle "
                "magnétique."
            ),
            "price": "",
        },
        "en": {
            "title": "Talk: local utopias, tomorrow's ecological and solidarity-based solutions",
            "summary": (
                "“There is another world, but it is in this one”: a talk and debate on the ESS as "
                "an economy of transformation."
            ),
            "description": (
                "Cooperatives, third places, territorial economic cooperation hubs, local "
                "currencies: a researcher specialising in ESS territories shows how local "
                "initiatives meet needs that neither the market nor public action satisfy. Debate "
                "with people from the Hautes-Alpes, then drinks."
            ),
            "accessibility": "Step-free room, wheelchair accessible, fitted with a hearing loop.",
            "price": "",
        },
        "it": {
            "title": "Conferenza: utopie locali, le soluzioni ecologiche e solidali di domani",
            "summary": (
                "«C'è un altro mondo, ma è in questo»: una conferenza-dibattito sull'ESS come "
                "economia di trasformazione."
            ),
            "description": (
                "Cooperative, terzi luoghi, poli territoriali di cooperazione economica, monete "
                "locali: un ricercatore specialista dei territori dell'ESS mostra come le "
                "iniziative locali rispondono a bisogni che né il mercato né l'azione pubblica "
                "soddisfano. Dibattito con attori delle Alte Alpi, poi un brindisi."
            ),
            "accessibility": (
                "Sala al piano terra, accessibile in sedia a rotelle, dotata di anello magnetico."
            ),
            "price": "",
        },
    },
    {
        "slug": "reunion-information-creacoop-briancon",
        "organisers": ["creacoop-05", "koopera"],
        "day": 11,
        "start": "14:00",
        "end": "16:00",
        "days": 1,
        "rrule": "",
        "commune": "05023",
        "venue": "Koopera",
        "address": "8 rue de la Paix",
        "online_url": "",
        "attendance": "offline",
        "themes": ["emploi", "cooperation"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://creacoop-05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Réunion d'information Créacoop 05 à Briançon",
            "summary": (
                "Créacoop 05 vient présenter l'entrepreneuriat en coopérative aux porteurs de "
                "projet du Briançonnais."
            ),
            "description": (
                "Accueillie par Koopera, la réunion présente le parcours d'entrepreneur salarié et "
                "les services mutualisés de la coopérative. Elle sera suivie de rendez-vous "
                "individuels sur demande."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Créacoop 05 information meeting in Briançon",
            "summary": (
                "Créacoop 05 comes to present cooperative entrepreneurship to project holders in "
                "the Briançonnais."
            ),
            "description": (
                "Hosted by Koopera, the meeting presents the salaried-entrepreneur path and the "
                "cooperative's shared services. Individual appointments can follow on request."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Riunione informativa di Créacoop 05 a Briançon",
            "summary": (
                "Créacoop 05 viene a presentare l'imprenditoria in cooperativa a chi ha un "
                "progetto nel Briançonnais."
            ),
            "description": (
                "Ospitata da Koopera, la riunione presenta il percorso di imprenditore dipendente "
                "e i servizi condivisi della cooperativa. Su richiesta seguiranno appuntamenti "
                "individuali."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "devenir-conducteur-benevole-valgaudemar",
        "organisers": ["mobilite-solidaire-valgaudemar"],
        "day": 11,
        "start": "18:00",
        "end": "19:30",
        "days": 1,
        "rrule": "",
        "commune": "05142",
        "venue": "Salle du conseil",
        "address": "Place de l'Église",
        "online_url": "",
        "attendance": "offline",
        "themes": ["mobilite", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Devenir conducteur bénévole dans le Valgaudemar",
            "summary": (
                "Quelques heures par mois pour conduire un voisin chez le médecin ou au marché : "
                "venez découvrir le transport solidaire."
            ),
            "description": (
                "L'association présente son fonctionnement, l'assurance, le défraiement "
                "kilométrique et l'organisation des trajets. Des conducteurs et des habitants "
                "transportés témoignent. Sans engagement."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Becoming a volunteer driver in the Valgaudemar",
            "summary": (
                "A few hours a month to drive a neighbour to the doctor or the market: come and "
                "discover community transport."
            ),
            "description": (
                "The association explains how it works, insurance, mileage allowances and how "
                "trips are organised. Drivers and passengers share their experience. No "
                "commitment."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Diventare autista volontario in Valgaudemar",
            "summary": (
                "Qualche ora al mese per accompagnare un vicino dal medico o al mercato: venite a "
                "scoprire il trasporto solidale."
            ),
            "description": (
                "L'associazione presenta il suo funzionamento, l'assicurazione, il rimborso "
                "chilometrico e l'organizzazione dei tragitti. Autisti e passeggeri raccontano la "
                "loro esperienza. Senza impegno."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "forum-ess-05-embrun",
        "organisers": ["udess-05", "comptoir-des-assos"],
        "day": 12,
        "start": None,
        "end": None,
        "days": 2,
        "rrule": "",
        "commune": "05046",
        "venue": "Salle des fêtes",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "formation", "emploi"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "https://udess05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Forum de l'ESS 05 : coopérer pour nos vallées",
            "summary": (
                "Le rendez-vous annuel des acteurs de l'économie sociale et solidaire des "
                "Hautes-Alpes, deux jours à Embrun."
            ),
            "description": (
                "Discussion kanak pour briser la glace, conférence sur les utopies locales, puis "
                "ateliers : mutualisation de locaux et de matériel, formation et ressources "
                "humaines, communication partagée, coopération financière. Le second jour est "
                "consacré aux projets communs, dont Altitudes Coopérantes et le Hub ESS 05. Repas "
                "préparé par des producteurs du territoire ; inscription souhaitée."
            ),
            "accessibility": (
                "Salle de plain-pied, accessible en fauteuil roulant, équipée d'une boucle "
                "magnétique."
            ),
            "price": "",
        },
        "en": {
            "title": "ESS 05 Forum: cooperating for our valleys",
            "summary": (
                "The annual gathering of the social and solidarity economy of the Hautes-Alpes: "
                "two days in Embrun."
            ),
            "description": (
                "A kanak discussion to break the ice, a talk on local utopias, then workshops: "
                "sharing premises and equipment, training and human resources, joint "
                "communication, financial cooperation. The second day is devoted to shared "
                "projects, including Altitudes Coopérantes and Hub ESS 05. Meals prepared by local "
                "producers; registration appreciated."
            ),
            "accessibility": "Step-free room, wheelchair accessible, fitted with a hearing loop.",
            "price": "",
        },
        "it": {
            "title": "Forum dell'ESS 05: cooperare per le nostre valli",
            "summary": (
                "L'appuntamento annuale degli attori dell'economia sociale e solidale delle Alte "
                "Alpi: due giorni a Embrun."
            ),
            "description": (
                "Discussione kanak per rompere il ghiaccio, conferenza sulle utopie locali, poi "
                "laboratori: condivisione di locali e attrezzature, formazione e risorse umane, "
                "comunicazione condivisa, cooperazione finanziaria. Il secondo giorno è dedicato "
                "ai progetti comuni, tra cui Altitudes Coopérantes e l'Hub ESS 05. Pasti preparati "
                "da produttori del territorio; iscrizione gradita."
            ),
            "accessibility": (
                "Sala al piano terra, accessibile in sedia a rotelle, dotata di anello magnetico."
            ),
            "price": "",
        },
    },
    {
        "slug": "portes-ouvertes-la-trouvaille",
        "organisers": ["la-trouvaille"],
        "day": 13,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05006",
        "venue": "La Trouvaille, ressourcerie",
        "address": "Zone artisanale des Sablières",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "insertion", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Journée portes ouvertes de La Trouvaille",
            "summary": (
                "Visitez les coulisses de la ressourcerie : collecte, tri, réparation, revente."
            ),
            "description": (
                "Toute la journée, les salariés et bénévoles présentent leur travail et les "
                "emplois d'insertion créés grâce au réemploi. Démonstrations de réparation, vente "
                "à petits prix et buvette au profit des ateliers."
            ),
            "accessibility": (
                "Atelier de plain-pied ; un poste de travail à hauteur adaptée peut être installé "
                "sur demande."
            ),
            "price": "",
        },
        "en": {
            "title": "La Trouvaille open day",
            "summary": (
                "Go behind the scenes of the reuse centre: collection, sorting, repair, resale."
            ),
            "description": (
                "All day long, staff and volunteers present their work and the work-integration "
                "jobs created through reuse. Repair demonstrations, low-price sale and a "
                "refreshment stand raising funds for the workshops."
            ),
            "accessibility": (
                "Step-free workshop; a workstation at an adapted height can be set up on request."
            ),
            "price": "",
        },
        "it": {
            "title": "Giornata porte aperte de La Trouvaille",
            "summary": (
                "Visitate il dietro le quinte del centro del riuso: raccolta, smistamento, "
                "riparazione, rivendita."
            ),
            "description": (
                "Per tutta la giornata, dipendenti e volontari presentano il loro lavoro e i posti "
                "di inserimento lavorativo creati grazie al riuso. Dimostrazioni di riparazione, "
                "vendita a prezzi bassi e punto ristoro a favore dei laboratori."
            ),
            "accessibility": (
                "Laboratorio al piano terra; su richiesta si può allestire una postazione ad "
                "altezza adattata."
            ),
            "price": "",
        },
    },
    {
        "slug": "atelier-cuisine-anti-gaspi-la-batie-neuve",
        "organisers": ["chez-bernie"],
        "day": 14,
        "start": "10:00",
        "end": "14:00",
        "days": 1,
        "rrule": "",
        "commune": "05017",
        "venue": "Salle polyvalente",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["alimentation", "solidarite"],
        "audience": "families",
        "free": False,
        "price": "Prix libre",
        "registration_url": "https://chez-bernie.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Atelier cuisine anti-gaspi",
            "summary": (
                "Cuisiner ensemble les légumes moches et les restes, puis partager le repas."
            ),
            "description": (
                "Avec les invendus des producteurs locaux, la cantine participative propose un "
                "atelier pour apprendre des recettes simples et économiques. Les enfants sont les "
                "bienvenus aux fourneaux."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "Prix libre",
        },
        "en": {
            "title": "Anti-waste cooking workshop",
            "summary": "Cook ugly vegetables and leftovers together, then share the meal.",
            "description": (
                "Using unsold produce from local farmers, the participatory canteen offers a "
                "workshop to learn simple, budget-friendly recipes. Children are welcome in the "
                "kitchen."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "Pay what you can",
        },
        "it": {
            "title": "Laboratorio di cucina antispreco",
            "summary": "Cucinare insieme verdure brutte e avanzi, poi condividere il pasto.",
            "description": (
                "Con l'invenduto dei produttori locali, la mensa partecipativa propone un "
                "laboratorio per imparare ricette semplici ed economiche. I bambini sono i "
                "benvenuti ai fornelli."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "Offerta libera",
        },
    },
    {
        "slug": "webinaire-hub-ess-05-agenda-partage",
        "organisers": ["udess-05"],
        "day": 15,
        "start": "11:00",
        "end": "12:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "",
        "address": "",
        "online_url": "https://visio.example.org/udess-05/hub-agenda-partage",
        "attendance": "online",
        "themes": ["numerique", "cooperation"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "https://udess05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Webinaire : publier vos événements sur le Hub ESS 05",
            "summary": (
                "Publier une fois, être vu partout : prise en main de l'agenda partagé pour les "
                "communicants des structures membres."
            ),
            "description": (
                "Créer un événement, le co-organiser avec une autre structure, importer l'agenda "
                "que vous tenez déjà (Google, Nextcloud, Outlook ou fichier .ics) et afficher "
                "l'agenda sur votre propre site. Démonstration puis questions-réponses."
            ),
            "accessibility": (
                "En ligne, sous-titrage automatique activé ; support envoyé à l'avance sur demande."
            ),
            "price": "",
        },
        "en": {
            "title": "Webinar: publishing your events on Hub ESS 05",
            "summary": (
                "Publish once, be seen everywhere: getting started with the shared calendar for "
                "member organisations' communicators."
            ),
            "description": (
                "Creating an event, co-organising it with another organisation, importing the "
                "calendar you already keep (Google, Nextcloud, Outlook or an .ics file) and "
                "showing the calendar on your own website. Demonstration, then questions and "
                "answers."
            ),
            "accessibility": "Online, with automatic captions; slides sent in advance on request.",
            "price": "",
        },
        "it": {
            "title": "Webinar: pubblicare i vostri eventi sull'Hub ESS 05",
            "summary": (
                "Pubblicare una volta, essere visti ovunque: introduzione all'agenda condivisa per "
                "chi cura la comunicazione delle organizzazioni aderenti."
            ),
            "description": (
                "Creare un evento, co-organizzarlo con un'altra organizzazione, importare l'agenda "
                "che già tenete (Google, Nextcloud, Outlook o file .ics) e mostrare l'agenda sul "
                "vostro sito. Dimostrazione, poi domande e risposte."
            ),
            "accessibility": (
                "Online, con sottotitoli automatici; materiale inviato in anticipo su richiesta."
            ),
            "price": "",
        },
    },
    {
        "slug": "bal-folk-solidaire-serres",
        "organisers": ["serres-lez-arts"],
        "day": 16,
        "start": "20:30",
        "end": "23:30",
        "days": 1,
        "rrule": "",
        "commune": "05166",
        "venue": "Salle des fêtes",
        "address": "Avenue de Grenoble",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture"],
        "audience": "everyone",
        "free": False,
        "price": "8 € ; gratuit pour les moins de 12 ans",
        "registration_url": "",
        "status": "cancelled",
        "fr": {
            "title": "Bal folk solidaire – annulé",
            "summary": (
                "Le bal folk de Serres Lez'Arts est annulé, les musiciens ne pouvant pas assurer "
                "la soirée."
            ),
            "description": (
                "Nous sommes désolés : le groupe invité a dû renoncer à sa tournée. Les billets "
                "achetés à l'avance seront remboursés. Le bal sera reprogrammé dès que possible, "
                "annonce sur cet agenda."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "8 € ; gratuit pour les moins de 12 ans",
        },
        "en": {
            "title": "Solidarity folk dance – cancelled",
            "summary": (
                "Serres Lez'Arts' folk dance is cancelled, as the musicians are unable to play."
            ),
            "description": (
                "We are sorry: the invited band had to call off its tour. Tickets bought in "
                "advance will be refunded. The dance will be rescheduled as soon as possible; "
                "watch this calendar."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "€8; free for under-12s",
        },
        "it": {
            "title": "Ballo folk solidale – annullato",
            "summary": (
                "Il ballo folk di Serres Lez'Arts è annullato, poiché i musicisti non possono "
                "suonare."
            ),
            "description": (
                "Ci dispiace: il gruppo invitato ha dovuto rinunciare alla sua tournée. I "
                "biglietti acquistati in anticipo saranno rimborsati. Il ballo sarà riprogrammato "
                "appena possibile: seguite questa agenda."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "8 €; gratuito per i minori di 12 anni",
        },
    },
    {
        "slug": "permanence-comptoir-des-assos-savines",
        "organisers": ["comptoir-des-assos"],
        "day": 17,
        "start": "09:30",
        "end": "12:30",
        "days": 1,
        "rrule": "",
        "commune": "05164",
        "venue": "Mairie, salle du rez-de-chaussée",
        "address": "Place de l'Église",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "formation"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Permanence du Comptoir des Assos à Savines-le-Lac",
            "summary": (
                "Statuts, subventions, emploi, prêt de matériel : un conseiller répond aux "
                "associations du lac."
            ),
            "description": (
                "Pour éviter aux bénévoles le trajet jusqu'à Embrun, le Comptoir des Assos tient "
                "une permanence décentralisée. Sur rendez-vous de préférence, mais les visiteurs "
                "sans rendez-vous sont reçus entre deux entretiens."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Comptoir des Assos drop-in in Savines-le-Lac",
            "summary": (
                "Statutes, grants, employment, equipment loans: an adviser answers the questions "
                "of the lake's associations."
            ),
            "description": (
                "To save volunteers the trip to Embrun, the Comptoir des Assos holds a local "
                "drop-in. Appointments preferred, but walk-ins are seen between meetings."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Sportello del Comptoir des Assos a Savines-le-Lac",
            "summary": (
                "Statuti, contributi, lavoro, prestito di attrezzature: un consulente risponde "
                "alle associazioni del lago."
            ),
            "description": (
                "Per evitare ai volontari il viaggio fino a Embrun, il Comptoir des Assos tiene "
                "uno sportello decentrato. Preferibilmente su appuntamento, ma chi arriva senza "
                "viene ricevuto tra un colloquio e l'altro."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "permanence-numerique-associations-gap",
        "organisers": ["cordee-numerique"],
        "day": 17,
        "start": "14:00",
        "end": "17:00",
        "days": 1,
        "rrule": "FREQ=MONTHLY;BYDAY=2WE;COUNT=5",
        "commune": "05061",
        "venue": "La Locomotive",
        "address": "12 rue du Dépôt",
        "online_url": "",
        "attendance": "offline",
        "themes": ["numerique", "cooperation"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Permanence numérique pour les associations",
            "summary": (
                "Le deuxième mercredi du mois, une aide concrète pour le site, les réseaux, "
                "l'agenda partagé ou les outils libres de votre association."
            ),
            "description": (
                "Venez avec votre ordinateur et votre question : mettre à jour votre fiche sur le "
                "Hub ESS 05, relier l'agenda de votre structure, choisir un outil de visio ou de "
                "partage de fichiers. Pour les bénévoles et salariés des structures membres."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Digital help desk for associations",
            "summary": (
                "On the second Wednesday of the month, practical help with your association's "
                "website, social media, shared calendar or free software."
            ),
            "description": (
                "Bring your laptop and your question: updating your Hub ESS 05 entry, connecting "
                "your organisation's calendar, choosing a video-call or file-sharing tool. For "
                "volunteers and staff of member organisations."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Sportello digitale per le associazioni",
            "summary": (
                "Il secondo mercoledì del mese, un aiuto concreto per il sito, i social, l'agenda "
                "condivisa o gli strumenti liberi della vostra associazione."
            ),
            "description": (
                "Venite con il vostro computer e la vostra domanda: aggiornare la scheda sull'Hub "
                "ESS 05, collegare l'agenda della vostra organizzazione, scegliere uno strumento "
                "di videoconferenza o di condivisione di file. Per volontari e dipendenti delle "
                "organizzazioni aderenti."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "matinee-information-creches-parentales",
        "organisers": ["alpaje"],
        "day": 18,
        "start": "09:30",
        "end": "11:30",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "ALPAJE",
        "address": "3 place Saint-Arnoux",
        "online_url": "",
        "attendance": "offline",
        "themes": ["jeunesse", "solidarite", "emploi"],
        "audience": "families",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Matinée d'information : créer ou rejoindre une crèche parentale",
            "summary": (
                "Parents, élus, professionnels de la petite enfance : découvrez le fonctionnement "
                "des lieux d'accueil à gestion parentale."
            ),
            "description": (
                "ALPAJE présente le réseau des crèches parentales des Hautes-Alpes, la place des "
                "parents dans leur gestion et l'accompagnement proposé aux nouveaux projets. Un "
                "espace jeux accueille les enfants pendant la réunion."
            ),
            "accessibility": "Salle à l'étage desservie par un ascenseur ; toilettes adaptées.",
            "price": "",
        },
        "en": {
            "title": "Information morning: starting or joining a parent-run nursery",
            "summary": (
                "Parents, elected officials, early-years professionals: find out how parent-run "
                "childcare settings work."
            ),
            "description": (
                "ALPAJE presents the network of parent-run nurseries in the Hautes-Alpes, the role "
                "of parents in running them and the support offered to new projects. A play area "
                "welcomes children during the meeting."
            ),
            "accessibility": "Upstairs room served by a lift; accessible toilets.",
            "price": "",
        },
        "it": {
            "title": "Mattinata informativa: creare o entrare in un asilo nido parentale",
            "summary": (
                "Genitori, amministratori, professionisti della prima infanzia: scoprite come "
                "funzionano i servizi per l'infanzia gestiti dai genitori."
            ),
            "description": (
                "ALPAJE presenta la rete degli asili nido parentali delle Alte Alpi, il ruolo dei "
                "genitori nella loro gestione e l'accompagnamento offerto ai nuovi progetti. Uno "
                "spazio giochi accoglie i bambini durante la riunione."
            ),
            "accessibility": (
                "Sala al piano superiore servita da ascensore; servizi igienici accessibili."
            ),
            "price": "",
        },
    },
    {
        "slug": "inauguration-centrale-solaire-savines",
        "organisers": ["soleil-de-serre-poncon"],
        "day": 19,
        "start": "11:00",
        "end": "13:00",
        "days": 1,
        "rrule": "",
        "commune": "05164",
        "venue": "Gymnase municipal",
        "address": "Route du Lac",
        "online_url": "",
        "attendance": "offline",
        "themes": ["energie", "environnement", "cooperation"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "postponed",
        "fr": {
            "title": "Inauguration de la centrale solaire citoyenne – reportée",
            "summary": (
                "L'inauguration de la centrale posée sur le toit du gymnase est reportée à une "
                "date ultérieure."
            ),
            "description": (
                "Le raccordement au réseau électrique a pris du retard : nous préférons inaugurer "
                "une centrale qui produit. La nouvelle date sera annoncée aux sociétaires et sur "
                "cet agenda dès qu'elle sera connue."
            ),
            "accessibility": (
                "En extérieur, sur terrain plat ; allées stabilisées praticables en fauteuil."
            ),
            "price": "",
        },
        "en": {
            "title": "Opening of the community solar plant – postponed",
            "summary": (
                "The opening of the solar plant on the gymnasium roof is postponed to a later date."
            ),
            "description": (
                "The grid connection has been delayed, and we would rather open a plant that is "
                "actually producing. The new date will be announced to members and on this "
                "calendar as soon as it is known."
            ),
            "accessibility": "Outdoors on level ground; firm paths suitable for wheelchairs.",
            "price": "",
        },
        "it": {
            "title": "Inaugurazione della centrale solare cittadina – rinviata",
            "summary": (
                "L'inaugurazione della centrale installata sul tetto della palestra è rinviata a "
                "data da destinarsi."
            ),
            "description": (
                "L'allacciamento alla rete elettrica ha subito ritardi: preferiamo inaugurare una "
                "centrale che produce. La nuova data sarà comunicata ai soci e su questa agenda "
                "non appena sarà nota."
            ),
            "accessibility": (
                "All'aperto su terreno pianeggiante; vialetti stabilizzati percorribili in sedia a "
                "rotelle."
            ),
            "price": "",
        },
    },
    {
        "slug": "cantine-participative-chorges",
        "organisers": ["chez-bernie", "chorges-en-transition"],
        "day": 20,
        "start": "12:00",
        "end": "14:30",
        "days": 1,
        "rrule": "",
        "commune": "05040",
        "venue": "Salle polyvalente",
        "address": "Rue des Écoles",
        "online_url": "",
        "attendance": "offline",
        "themes": ["alimentation", "solidarite", "environnement"],
        "audience": "everyone",
        "free": False,
        "price": "Prix libre et conscient",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Cantine participative à Chorges",
            "summary": (
                "Un déjeuner cuisiné ensemble avec les légumes du jardin collectif et des fermes "
                "voisines."
            ),
            "description": (
                "La cantine itinérante de Chez Bernie fait étape à Chorges. Rendez-vous dès 9 h 30 "
                "pour participer à la cuisine, ou à midi pour simplement partager le repas. "
                "Végétarien, fait maison, pour tous les budgets."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "Prix libre et conscient",
        },
        "en": {
            "title": "Participatory canteen in Chorges",
            "summary": (
                "A lunch cooked together with vegetables from the community garden and nearby "
                "farms."
            ),
            "description": (
                "Chez Bernie's travelling canteen stops in Chorges. Come from 9:30 am to help "
                "cook, or at noon just to share the meal. Vegetarian, homemade, for every budget."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "Pay what you feel is fair",
        },
        "it": {
            "title": "Mensa partecipativa a Chorges",
            "summary": (
                "Un pranzo cucinato insieme con le verdure dell'orto collettivo e delle aziende "
                "agricole vicine."
            ),
            "description": (
                "La mensa itinerante di Chez Bernie fa tappa a Chorges. Appuntamento dalle 9.30 "
                "per cucinare insieme, o a mezzogiorno semplicemente per condividere il pasto. "
                "Vegetariano, fatto in casa, per tutte le tasche."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "Offerta libera e consapevole",
        },
    },
    {
        "slug": "repair-cafe-briancon",
        "organisers": ["mjc-du-brianconnais"],
        "day": 20,
        "start": "14:00",
        "end": "18:00",
        "days": 1,
        "rrule": "",
        "commune": "05023",
        "venue": "MJC du Briançonnais",
        "address": "4 avenue du Dauphiné",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "education-populaire"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Repair café de la MJC",
            "summary": "Réparer ensemble ses objets du quotidien, dans la bonne humeur.",
            "description": (
                "Des bénévoles bricoleurs, couturières et électroniciens amateurs vous aident à "
                "remettre en marche ce qui devait finir à la déchetterie. Un coin lecture et jeux "
                "attend les enfants."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "MJC repair café",
            "summary": "Repairing everyday things together, in good spirits.",
            "description": (
                "Volunteer tinkerers, seamstresses and amateur electronics buffs help you get "
                "going again what was bound for the tip. A reading and games corner awaits the "
                "children."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Repair café della MJC",
            "summary": "Riparare insieme gli oggetti di tutti i giorni, in allegria.",
            "description": (
                "Volontari esperti di bricolage, sarte ed elettronici dilettanti vi aiutano a far "
                "ripartire ciò che stava per finire in discarica. Un angolo lettura e giochi "
                "aspetta i bambini."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "conference-renover-bois-local-guillestre",
        "organisers": ["meleze-et-cie"],
        "day": 21,
        "start": "18:30",
        "end": "20:30",
        "days": 1,
        "rrule": "",
        "commune": "05065",
        "venue": "Salle des fêtes",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["habitat", "energie", "environnement"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Conférence : rénover avec le bois et les isolants biosourcés",
            "summary": (
                "Les charpentiers de Mélèze & Cie partagent leurs retours d'expérience de "
                "rénovation énergétique en montagne."
            ),
            "description": (
                "Mélèze des forêts alpines, fibre de bois, paille, chanvre : quels matériaux pour "
                "quels bâtiments, à quel coût, avec quelles aides ? Exemples de chantiers de "
                "maisons et de bâtiments communaux du Guillestrois et du Queyras."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Talk: renovating with wood and bio-based insulation",
            "summary": (
                "Mélèze & Cie's carpenters share lessons from energy renovation projects in the "
                "mountains."
            ),
            "description": (
                "Larch from Alpine forests, wood fibre, straw, hemp: which materials for which "
                "buildings, at what cost, with what grants? Examples of houses and municipal "
                "buildings renovated in the Guillestrois and the Queyras."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Conferenza: ristrutturare con il legno e gli isolanti di origine biologica",
            "summary": (
                "I carpentieri di Mélèze & Cie condividono le loro esperienze di riqualificazione "
                "energetica in montagna."
            ),
            "description": (
                "Larice delle foreste alpine, fibra di legno, paglia, canapa: quali materiali per "
                "quali edifici, a quale costo, con quali incentivi? Esempi di cantieri di case e "
                "di edifici comunali del Guillestrois e del Queyras."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "altitudes-cooperantes-mutualiser-tresorerie",
        "organisers": ["mjc-du-brianconnais", "france-active-paca", "udess-05"],
        "day": 22,
        "start": "18:00",
        "end": "20:00",
        "days": 1,
        "rrule": "",
        "commune": "05023",
        "venue": "MJC du Briançonnais",
        "address": "4 avenue du Dauphiné",
        "online_url": "https://visio.example.org/altitudes-cooperantes/tresorerie",
        "attendance": "mixed",
        "themes": ["cooperation", "emploi"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://udess05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Altitudes Coopérantes : mutualiser la trésorerie entre structures",
            "summary": (
                "Réunion d'information, sur place et en visio, sur le volet trésorerie du projet "
                "de mutualisation Altitudes Coopérantes."
            ),
            "description": (
                "Avances entre structures, fonds commun, articulation avec les prêts et garanties "
                "de France Active : les porteurs du projet présentent les pistes retenues et "
                "recueillent vos besoins. Ouvert aux dirigeants, trésoriers et salariés des "
                "structures de l'ESS des Hautes-Alpes et de l'Ubaye."
            ),
            "accessibility": (
                "Salle de plain-pied accessible en fauteuil ; participation à distance possible, "
                "avec sous-titrage automatique."
            ),
            "price": "",
        },
        "en": {
            "title": "Altitudes Coopérantes: pooling cash between organisations",
            "summary": (
                "Information meeting, on site and by video call, on the cash-pooling strand of the "
                "Altitudes Coopérantes project."
            ),
            "description": (
                "Advances between organisations, a common fund, how it fits with France Active's "
                "loans and guarantees: the project's partners present the options chosen and "
                "gather your needs. Open to directors, treasurers and staff of ESS organisations "
                "in the Hautes-Alpes and the Ubaye."
            ),
            "accessibility": (
                "Step-free, wheelchair-accessible room; remote participation possible, with "
                "automatic captions."
            ),
            "price": "",
        },
        "it": {
            "title": "Altitudes Coopérantes: mettere in comune la tesoreria tra organizzazioni",
            "summary": (
                "Riunione informativa, in presenza e in videoconferenza, sulla parte tesoreria del "
                "progetto di condivisione Altitudes Coopérantes."
            ),
            "description": (
                "Anticipi tra organizzazioni, fondo comune, raccordo con i prestiti e le garanzie "
                "di France Active: i promotori del progetto presentano le piste scelte e "
                "raccolgono i vostri bisogni. Aperta a dirigenti, tesorieri e dipendenti delle "
                "organizzazioni dell'ESS delle Alte Alpi e dell'Ubaye."
            ),
            "accessibility": (
                "Sala al piano terra accessibile in sedia a rotelle; possibile partecipare a "
                "distanza, con sottotitoli automatici."
            ),
            "price": "",
        },
    },
    {
        "slug": "rencontre-producteurs-cantines-tallard",
        "organisers": ["manger-bio-en-provence", "echanges-paysans"],
        "day": 23,
        "start": "09:30",
        "end": "16:30",
        "days": 1,
        "rrule": "",
        "commune": "05170",
        "venue": "Plateforme Échanges Paysans",
        "address": "Chemin des Vergers",
        "online_url": "",
        "attendance": "offline",
        "themes": ["alimentation", "agriculture", "cooperation"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://manger-bio-en-provence.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Rencontre producteurs – restauration collective",
            "summary": (
                "Cuisiniers de cantines, gestionnaires et producteurs se retrouvent pour préparer "
                "les approvisionnements de la saison."
            ),
            "description": (
                "Volumes, calendrier des cultures, logistique, prix : Manger Bio en Provence et "
                "Échanges Paysans organisent une journée d'échanges entre ceux qui produisent et "
                "ceux qui servent les repas. Déjeuner bio et local cuisiné sur place."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Producers – catering meeting",
            "summary": (
                "Canteen cooks, managers and farmers meet to plan the coming season's supplies."
            ),
            "description": (
                "Volumes, crop calendar, logistics, prices: Manger Bio en Provence and Échanges "
                "Paysans hold a day of exchanges between those who grow the food and those who "
                "serve the meals. Organic, local lunch cooked on site."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Incontro produttori – ristorazione collettiva",
            "summary": (
                "Cuochi delle mense, gestori e produttori si incontrano per preparare gli "
                "approvvigionamenti della stagione."
            ),
            "description": (
                "Volumi, calendario delle colture, logistica, prezzi: Manger Bio en Provence ed "
                "Échanges Paysans organizzano una giornata di scambio tra chi produce e chi serve "
                "i pasti. Pranzo biologico e locale cucinato sul posto."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "cine-debat-cantines-bio-veynes",
        "organisers": ["la-gare-aux-idees", "les-jardins-du-buech"],
        "day": 24,
        "start": "20:00",
        "end": "22:30",
        "days": 1,
        "rrule": "",
        "commune": "05179",
        "venue": "La Gare aux Idées",
        "address": "1 rue des Cheminots",
        "online_url": "",
        "attendance": "offline",
        "themes": ["alimentation", "agriculture", "insertion"],
        "audience": "everyone",
        "free": False,
        "price": "4 € ; gratuit pour les moins de 18 ans",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Ciné-débat : du champ à la cantine",
            "summary": (
                "Un documentaire sur le bio dans les cantines, puis un débat avec les maraîchers "
                "des Jardins du Buëch."
            ),
            "description": (
                "Comment une partie des légumes cultivés par le chantier d'insertion arrive-t-elle "
                "dans les assiettes des collégiens ? Salariés en insertion, encadrants et "
                "cuisiniers racontent. Soupe du jardin offerte à l'entracte."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "4 € ; gratuit pour les moins de 18 ans",
        },
        "en": {
            "title": "Film and debate: from field to canteen",
            "summary": (
                "A documentary on organic food in school canteens, followed by a debate with the "
                "market gardeners of Les Jardins du Buëch."
            ),
            "description": (
                "How do some of the vegetables grown by the work-integration project end up on "
                "secondary-school pupils' plates? Employees, supervisors and cooks tell the story. "
                "Garden soup offered at the interval."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "€4; free for under-18s",
        },
        "it": {
            "title": "Cine-dibattito: dal campo alla mensa",
            "summary": (
                "Un documentario sul biologico nelle mense, poi un dibattito con gli orticoltori "
                "de Les Jardins du Buëch."
            ),
            "description": (
                "Come arriva una parte delle verdure coltivate dal cantiere di inserimento nei "
                "piatti degli studenti? Lavoratori in inserimento, tutor e cuochi raccontano. "
                "Zuppa dell'orto offerta durante l'intervallo."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "4 €; gratuito per i minori di 18 anni",
        },
    },
    {
        "slug": "reunion-information-creacoop-gap",
        "organisers": ["creacoop-05"],
        "day": 25,
        "start": "14:00",
        "end": "16:00",
        "days": 1,
        "rrule": "FREQ=MONTHLY;BYDAY=3TH;COUNT=6",
        "commune": "05061",
        "venue": "Créacoop 05",
        "address": "17 rue des Entrepreneurs",
        "online_url": "",
        "attendance": "offline",
        "themes": ["emploi", "cooperation"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://creacoop-05.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Réunion d'information : entreprendre en coopérative",
            "summary": (
                "Le troisième jeudi du mois, découvrez comment tester et développer votre activité "
                "au sein de Créacoop 05."
            ),
            "description": (
                "Statut d'entrepreneur salarié, services de gestion partagés, accompagnement, "
                "contribution coopérative : tout ce qu'il faut savoir avant de se lancer, avec le "
                "témoignage d'un entrepreneur de la coopérative. Inscription demandée."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Information meeting: starting a business within a cooperative",
            "summary": (
                "On the third Thursday of the month, find out how to test and grow your business "
                "within Créacoop 05."
            ),
            "description": (
                "Salaried-entrepreneur status, shared back-office services, support, cooperative "
                "contribution: everything you need to know before you start, with a first-hand "
                "account from one of the cooperative's entrepreneurs. Registration required."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Riunione informativa: fare impresa in cooperativa",
            "summary": (
                "Il terzo giovedì del mese, scoprite come testare e sviluppare la vostra attività "
                "all'interno di Créacoop 05."
            ),
            "description": (
                "Statuto di imprenditore dipendente, servizi di gestione condivisi, "
                "accompagnamento, contributo cooperativo: tutto ciò che occorre sapere prima di "
                "partire, con la testimonianza di un imprenditore della cooperativa. Iscrizione "
                "richiesta."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "apres-midi-prevention-aidants-saint-bonnet",
        "organisers": ["pole-sante-champsaur-valgaudemar", "mutualite-francaise-sud"],
        "day": 26,
        "start": "14:00",
        "end": "17:30",
        "days": 1,
        "rrule": "",
        "commune": "05132",
        "venue": "Maison de santé",
        "address": "12 route de Gap",
        "online_url": "",
        "attendance": "offline",
        "themes": ["sante", "solidarite"],
        "audience": "seniors",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Après-midi prévention : prendre soin des aidants",
            "summary": (
                "Vous accompagnez un proche malade, âgé ou en situation de handicap ? Cet "
                "après-midi est pour vous."
            ),
            "description": (
                "Ateliers courts sur le sommeil, le dos et la gestion du stress, information sur "
                "les solutions de répit dans les vallées, et temps d'échange entre aidants avec "
                "les professionnels du pôle de santé. Une solution de garde du proche peut être "
                "organisée sur demande."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Prevention afternoon: caring for carers",
            "summary": (
                "Do you look after a relative who is ill, elderly or disabled? This afternoon is "
                "for you."
            ),
            "description": (
                "Short workshops on sleep, back care and stress, information on respite options in "
                "the valleys, and time for carers to talk with the health centre's professionals. "
                "Care for your relative can be arranged on request."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Pomeriggio di prevenzione: prendersi cura di chi assiste",
            "summary": (
                "Assistete un familiare malato, anziano o con disabilità? Questo pomeriggio è per "
                "voi."
            ),
            "description": (
                "Brevi laboratori su sonno, schiena e gestione dello stress, informazioni sulle "
                "soluzioni di sollievo nelle valli e momento di scambio tra caregiver con i "
                "professionisti del polo sanitario. Su richiesta si può organizzare l'assistenza "
                "del vostro familiare."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "tandem-linguistique-franco-italien-guillestre",
        "organisers": ["ponts-des-alpes"],
        "day": 26,
        "start": "19:00",
        "end": "21:00",
        "days": 1,
        "rrule": "FREQ=MONTHLY;BYDAY=3FR;COUNT=6",
        "commune": "05065",
        "venue": "Ponts des Alpes",
        "address": "7 place de la Fontaine",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "cooperation"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Tandem linguistique franco-italien",
            "summary": (
                "Le troisième vendredi du mois, on parle italien et français autour d'un verre, à "
                "tous les niveaux."
            ),
            "description": (
                "Francophones et italophones des deux côtés du col se retrouvent par binômes : une "
                "demi-heure dans chaque langue, puis un moment libre. Une bonne façon de préparer "
                "les échanges et les projets transfrontaliers. Chacun apporte une spécialité à "
                "partager."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "French-Italian language tandem",
            "summary": (
                "On the third Friday of the month, speak Italian and French over a drink, whatever "
                "your level."
            ),
            "description": (
                "French and Italian speakers from both sides of the pass meet in pairs: half an "
                "hour in each language, then free time together. A good way to prepare "
                "cross-border exchanges and projects. Everyone brings a speciality to share."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Tandem linguistico italo-francese",
            "summary": (
                "Il terzo venerdì del mese si parla italiano e francese davanti a un bicchiere, a "
                "tutti i livelli."
            ),
            "description": (
                "Francofoni e italofoni dei due versanti del colle si incontrano a coppie: "
                "mezz'ora in ciascuna lingua, poi un momento libero. Un buon modo per preparare "
                "gli scambi e i progetti transfrontalieri. Ognuno porta una specialità da "
                "condividere."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "formation-tresorier-association",
        "organisers": ["comptoir-des-assos", "france-active-paca"],
        "day": 27,
        "start": "09:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "ADELHA, salle de réunion",
        "address": "14 avenue des Alpes",
        "online_url": "",
        "attendance": "offline",
        "themes": ["formation", "cooperation"],
        "audience": "members",
        "free": False,
        "price": "20 € par personne, repas compris ; gratuit pour les adhérents du Comptoir",
        "registration_url": "https://comptoir-des-assos.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Formation : être trésorier d'une association",
            "summary": (
                "Une journée pour prendre en main budget, plan de trésorerie et relations avec la "
                "banque."
            ),
            "description": (
                "Le Comptoir des Assos et France Active Provence-Alpes-Côte d'Azur animent cette "
                "formation à partir de cas concrets : budget prévisionnel, suivi des subventions, "
                "besoins de trésorerie à court terme et solutions de financement solidaire. "
                "Accueil dans la salle mutualisée d'ADELHA."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "20 € par personne, repas compris ; gratuit pour les adhérents du Comptoir",
        },
        "en": {
            "title": "Training: being an association's treasurer",
            "summary": (
                "A day to get to grips with budgets, cash-flow plans and dealing with the bank."
            ),
            "description": (
                "The Comptoir des Assos and France Active Provence-Alpes-Côte d'Azur run this "
                "training using real cases: forecast budget, tracking grants, short-term cash "
                "needs and solidarity-based financing. Hosted in ADELHA's shared meeting room."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "€20 per person, lunch included; free for Comptoir members",
        },
        "it": {
            "title": "Formazione: fare il tesoriere di un'associazione",
            "summary": (
                "Una giornata per padroneggiare bilancio, piano di tesoreria e rapporti con la "
                "banca."
            ),
            "description": (
                "Il Comptoir des Assos e France Active Provence-Alpes-Côte d'Azur conducono questa "
                "formazione a partire da casi concreti: bilancio di previsione, monitoraggio dei "
                "contributi, fabbisogno di tesoreria a breve termine e soluzioni di finanza "
                "solidale. Si tiene nella sala condivisa di ADELHA."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "20 € a persona, pranzo compreso; gratuito per i soci del Comptoir",
        },
    },
    {
        "slug": "soiree-contes-devoluy",
        "organisers": ["adscb"],
        "day": 29,
        "start": "18:00",
        "end": "19:30",
        "days": 1,
        "rrule": "",
        "commune": "05139",
        "venue": "Bibliothèque municipale",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "jeunesse", "education-populaire"],
        "audience": "families",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Soirée contes en famille",
            "summary": (
                "Des histoires de montagne racontées au coin du poêle, pour les enfants dès 4 ans "
                "et leurs parents."
            ),
            "description": (
                "Une conteuse venue du Buëch partage légendes et récits d'ici et d'ailleurs. "
                "L'ADSCB propose ensuite une soupe et des gâteaux préparés avec les familles du "
                "village."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Family storytelling evening",
            "summary": (
                "Mountain tales told around the stove, for children aged 4 and up and their "
                "parents."
            ),
            "description": (
                "A storyteller from the Buëch shares legends and tales from here and elsewhere. "
                "ADSCB then serves soup and cakes made with the village's families."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Serata di racconti in famiglia",
            "summary": (
                "Storie di montagna raccontate accanto alla stufa, per bambini dai 4 anni e i loro "
                "genitori."
            ),
            "description": (
                "Una cantastorie del Buëch condivide leggende e racconti di qui e d'altrove. "
                "L'ADSCB offre poi una zuppa e dolci preparati con le famiglie del villaggio."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "portes-ouvertes-hotel-des-voyageurs-tallard",
        "organisers": ["chrysalide"],
        "day": 30,
        "start": "10:00",
        "end": "16:00",
        "days": 1,
        "rrule": "",
        "commune": "05170",
        "venue": "Hôtel des voyageurs",
        "address": "Grande Rue",
        "online_url": "",
        "attendance": "offline",
        "themes": ["handicap", "habitat", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Portes ouvertes de l'Hôtel des voyageurs",
            "summary": (
                "Découvrez les logements sociaux accompagnés ouverts en centre-ville de Tallard "
                "pour des personnes en situation de handicap mental."
            ),
            "description": (
                "Les locataires, l'équipe de Chrysalide et leurs partenaires présentent ce projet "
                "d'habitat inclusif mené avec la commune et l'office public de l'habitat. Visites "
                "commentées toutes les heures, exposition photo réalisée par les habitants."
            ),
            "accessibility": "Salle à l'étage desservie par un ascenseur ; toilettes adaptées.",
            "price": "",
        },
        "en": {
            "title": "Hôtel des voyageurs open day",
            "summary": (
                "Discover the supported social housing opened in the centre of Tallard for people "
                "with learning disabilities."
            ),
            "description": (
                "Tenants, the Chrysalide team and their partners present this inclusive housing "
                "project run with the municipality and the public housing office. Guided tours "
                "every hour, and a photo exhibition made by the residents."
            ),
            "accessibility": "Upstairs room served by a lift; accessible toilets.",
            "price": "",
        },
        "it": {
            "title": "Porte aperte all'Hôtel des voyageurs",
            "summary": (
                "Scoprite gli alloggi sociali con accompagnamento aperti nel centro di Tallard per "
                "persone con disabilità intellettiva."
            ),
            "description": (
                "Gli inquilini, l'équipe di Chrysalide e i loro partner presentano questo progetto "
                "di abitare inclusivo realizzato con il comune e l'ente pubblico per l'edilizia "
                "sociale. Visite guidate ogni ora e una mostra fotografica realizzata dagli "
                "abitanti."
            ),
            "accessibility": (
                "Sala al piano superiore servita da ascensore; servizi igienici accessibili."
            ),
            "price": "",
        },
    },
    {
        "slug": "reunion-information-bafa-briancon",
        "organisers": ["mjc-du-brianconnais"],
        "day": 31,
        "start": "17:30",
        "end": "19:00",
        "days": 1,
        "rrule": "",
        "commune": "05023",
        "venue": "MJC du Briançonnais",
        "address": "4 avenue du Dauphiné",
        "online_url": "",
        "attendance": "offline",
        "themes": ["jeunesse", "formation", "education-populaire"],
        "audience": "young",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Réunion d'information BAFA",
            "summary": (
                "Tu as 17 ans ou plus et tu voudrais encadrer des enfants en accueil de loisirs ou "
                "en séjour ?"
            ),
            "description": (
                "La MJC présente la formation au brevet d'aptitude aux fonctions d'animateur : "
                "étapes, coût, aides financières possibles et stages pratiques dans les accueils "
                "du Briançonnais. D'anciens stagiaires racontent leur expérience."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "BAFA information meeting",
            "summary": "Aged 17 or over and keen to supervise children at holiday clubs or camps?",
            "description": (
                "The MJC presents the BAFA youth-leader training: steps, cost, possible financial "
                "help and work placements at holiday clubs in the Briançonnais. Former trainees "
                "talk about their experience."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Riunione informativa BAFA",
            "summary": (
                "Hai almeno 17 anni e vorresti fare l'animatore nei centri ricreativi o nei "
                "soggiorni per ragazzi?"
            ),
            "description": (
                "La MJC presenta la formazione per il brevetto di animatore (BAFA): tappe, costi, "
                "possibili aiuti economici e tirocini nei centri del Briançonnais. Ex corsisti "
                "raccontano la loro esperienza."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "formation-outils-numeriques-libres-veynes",
        "organisers": ["cordee-numerique"],
        "day": 33,
        "start": "09:30",
        "end": "16:30",
        "days": 1,
        "rrule": "",
        "commune": "05179",
        "venue": "La Gare aux Idées",
        "address": "1 rue des Cheminots",
        "online_url": "",
        "attendance": "offline",
        "themes": ["numerique", "formation"],
        "audience": "members",
        "free": False,
        "price": "30 € par structure ; repas tiré du sac",
        "registration_url": "https://cordee-numerique.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Formation : des outils numériques libres pour votre association",
            "summary": (
                "Une journée pour remplacer les outils qui enferment vos données par des solutions "
                "libres et partagées."
            ),
            "description": (
                "Agenda et fichiers partagés, visioconférence, lettre d'information, formulaires : "
                "Cordée Numérique présente des alternatives libres et aide chaque participant à "
                "configurer celles dont sa structure a besoin. Venir avec un ordinateur portable."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "30 € par structure ; repas tiré du sac",
        },
        "en": {
            "title": "Training: free software tools for your association",
            "summary": "A day to replace tools that lock in your data with free, shared solutions.",
            "description": (
                "Shared calendar and files, video calls, newsletter, forms: Cordée Numérique "
                "presents free-software alternatives and helps each participant set up the ones "
                "their organisation needs. Bring a laptop."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "€30 per organisation; bring your own lunch",
        },
        "it": {
            "title": "Formazione: strumenti digitali liberi per la vostra associazione",
            "summary": (
                "Una giornata per sostituire gli strumenti che imprigionano i vostri dati con "
                "soluzioni libere e condivise."
            ),
            "description": (
                "Agenda e file condivisi, videoconferenze, newsletter, moduli: Cordée Numérique "
                "presenta alternative libere e aiuta ogni partecipante a configurare quelle di cui "
                "la sua organizzazione ha bisogno. Portate un computer portatile."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "30 € per organizzazione; pranzo al sacco",
        },
    },
    {
        "slug": "portes-ouvertes-jardins-du-buech",
        "organisers": ["les-jardins-du-buech"],
        "day": 34,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05010",
        "venue": "Les Jardins du Buëch",
        "address": "Quartier de la Plaine",
        "online_url": "",
        "attendance": "offline",
        "themes": ["insertion", "agriculture", "alimentation"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Journée portes ouvertes des Jardins du Buëch",
            "summary": (
                "Visitez les serres et les champs du chantier d'insertion en maraîchage biologique."
            ),
            "description": (
                "Toute la journée, salariés et encadrants font découvrir leur travail, de la "
                "graine au panier. Vente de légumes, inscription aux paniers hebdomadaires et "
                "pique-nique partagé à midi."
            ),
            "accessibility": (
                "En extérieur, sur terrain plat ; allées stabilisées praticables en fauteuil."
            ),
            "price": "",
        },
        "en": {
            "title": "Les Jardins du Buëch open day",
            "summary": (
                "Visit the greenhouses and fields of the organic market-garden work-integration "
                "project."
            ),
            "description": (
                "All day long, employees and supervisors show their work, from seed to veg box. "
                "Vegetable sale, sign-up for weekly boxes and a shared picnic at noon."
            ),
            "accessibility": "Outdoors on level ground; firm paths suitable for wheelchairs.",
            "price": "",
        },
        "it": {
            "title": "Giornata porte aperte de Les Jardins du Buëch",
            "summary": (
                "Visitate le serre e i campi del cantiere di inserimento in orticoltura biologica."
            ),
            "description": (
                "Per tutta la giornata, lavoratori e tutor fanno scoprire il loro lavoro, dal seme "
                "alla cassetta. Vendita di verdure, iscrizione alle cassette settimanali e picnic "
                "condiviso a mezzogiorno."
            ),
            "accessibility": (
                "All'aperto su terreno pianeggiante; vialetti stabilizzati percorribili in sedia a "
                "rotelle."
            ),
            "price": "",
        },
    },
    {
        "slug": "sortie-joelette-monetier",
        "organisers": ["montagne-partagee"],
        "day": 35,
        "start": "10:00",
        "end": "16:00",
        "days": 1,
        "rrule": "",
        "commune": "05079",
        "venue": "Montagne Partagée",
        "address": "Route de Grenoble",
        "online_url": "",
        "attendance": "offline",
        "themes": ["tourisme-durable", "handicap"],
        "audience": "everyone",
        "free": False,
        "price": "15 € par personne, gratuit pour les accompagnants",
        "registration_url": "https://montagne-partagee.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Sortie en montagne accessible à tous",
            "summary": (
                "Une journée de balade en vallée de la Guisane, en joëlette pour celles et ceux "
                "qui ne peuvent pas marcher."
            ),
            "description": (
                "Accompagnateurs en montagne et bénévoles formés au pilotage de joëlettes emmènent "
                "un groupe mixte sur un itinéraire adapté aux conditions du moment. Pique-nique "
                "tiré du sac ; départ et retour au local de la coopérative."
            ),
            "accessibility": (
                "Sortie conçue pour les personnes à mobilité réduite : joëlettes et pilotes formés "
                "fournis."
            ),
            "price": "15 € par personne, gratuit pour les accompagnants",
        },
        "en": {
            "title": "Mountain outing open to everyone",
            "summary": (
                "A day's walk in the Guisane valley, with joëlette chairs for those who cannot "
                "walk."
            ),
            "description": (
                "Mountain guides and volunteers trained to steer joëlettes take a mixed group "
                "along a route suited to the conditions of the day. Bring a packed lunch; start "
                "and finish at the cooperative's premises."
            ),
            "accessibility": (
                "Outing designed for people with reduced mobility: joëlette all-terrain chairs and "
                "trained guides provided."
            ),
            "price": "€15 per person, free for companions",
        },
        "it": {
            "title": "Uscita in montagna accessibile a tutti",
            "summary": (
                "Una giornata di passeggiata nella valle della Guisane, in joëlette per chi non "
                "può camminare."
            ),
            "description": (
                "Accompagnatori di media montagna e volontari formati alla guida delle joëlette "
                "portano un gruppo misto lungo un itinerario adatto alle condizioni del momento. "
                "Pranzo al sacco; partenza e ritorno presso la sede della cooperativa."
            ),
            "accessibility": (
                "Uscita pensata per persone con mobilità ridotta: joëlette e accompagnatori "
                "formati forniti."
            ),
            "price": "15 € a persona, gratuito per gli accompagnatori",
        },
    },
    {
        "slug": "rencontre-tiers-lieux-hautes-alpes",
        "organisers": ["la-gare-aux-idees", "la-locomotive", "locommun"],
        "day": 36,
        "start": "09:30",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05179",
        "venue": "La Gare aux Idées",
        "address": "1 rue des Cheminots",
        "online_url": "",
        "attendance": "offline",
        "themes": ["tiers-lieux", "cooperation"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://la-gare-aux-idees.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Rencontre des tiers-lieux des Hautes-Alpes",
            "summary": (
                "Coworkings, fablabs, cafés associatifs et lieux partagés du département se "
                "retrouvent pour échanger leurs pratiques."
            ),
            "description": (
                "Modèle économique, gouvernance, accueil des nouveaux habitants, partage de locaux "
                "en « archipel » entre plusieurs structures : ateliers en petits groupes le matin, "
                "visite du fablab de La Gare aux Idées et chantier commun l'après-midi."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Gathering of the third places of the Hautes-Alpes",
            "summary": (
                "The department's coworking spaces, fablabs, community cafés and shared venues "
                "meet to swap practices."
            ),
            "description": (
                "Business model, governance, welcoming newcomers, sharing premises as an "
                "“archipelago” between several organisations: small-group workshops in the "
                "morning, a tour of La Gare aux Idées' fablab and a joint work session in the "
                "afternoon."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Incontro dei terzi luoghi delle Alte Alpi",
            "summary": (
                "Coworking, fablab, caffè associativi e spazi condivisi del dipartimento si "
                "ritrovano per scambiarsi pratiche."
            ),
            "description": (
                "Modello economico, governance, accoglienza dei nuovi abitanti, condivisione di "
                "locali ad «arcipelago» tra più organizzazioni: laboratori in piccoli gruppi al "
                "mattino, visita del fablab de La Gare aux Idées e lavoro comune nel pomeriggio."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "chantier-participatif-abri-jardin-chorges",
        "organisers": ["chorges-en-transition", "meleze-et-cie"],
        "day": 38,
        "start": "09:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05040",
        "venue": "Jardin collectif",
        "address": "Chemin du Jardin collectif",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "habitat"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "https://chorges-en-transition.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Chantier participatif : un abri en bois pour le jardin",
            "summary": (
                "Construire ensemble l'abri à outils du jardin collectif, en mélèze local, avec "
                "les charpentiers de Mélèze & Cie."
            ),
            "description": (
                "Débutants bienvenus : chacun apprend à mesurer, scier, assembler. Repas partagé "
                "le midi avec les légumes du jardin. Inscription souhaitée pour prévoir outils et "
                "matériaux."
            ),
            "accessibility": (
                "Chantier en extérieur et en intérieur ; tâches adaptées à chacun, chaussures "
                "fermées obligatoires."
            ),
            "price": "",
        },
        "en": {
            "title": "Community work day: a wooden shed for the garden",
            "summary": (
                "Build the community garden's tool shed together, in local larch, with the "
                "carpenters of Mélèze & Cie."
            ),
            "description": (
                "Beginners welcome: everyone learns to measure, saw and assemble. Shared lunch "
                "with vegetables from the garden. Please register so we can plan tools and "
                "materials."
            ),
            "accessibility": (
                "Indoor and outdoor work site; tasks suited to everyone, closed shoes required."
            ),
            "price": "",
        },
        "it": {
            "title": "Cantiere partecipativo: un capanno in legno per l'orto",
            "summary": (
                "Costruire insieme il capanno degli attrezzi dell'orto collettivo, in larice "
                "locale, con i carpentieri di Mélèze & Cie."
            ),
            "description": (
                "Principianti benvenuti: ognuno impara a misurare, segare, assemblare. Pranzo "
                "condiviso con le verdure dell'orto. Iscrizione gradita per prevedere attrezzi e "
                "materiali."
            ),
            "accessibility": (
                "Cantiere all'aperto e al chiuso; compiti adatti a ciascuno, scarpe chiuse "
                "obbligatorie."
            ),
            "price": "",
        },
    },
    {
        "slug": "spectacle-jeune-public-serres",
        "organisers": ["serres-lez-arts"],
        "day": 39,
        "start": "15:00",
        "end": "16:00",
        "days": 1,
        "rrule": "",
        "commune": "05166",
        "venue": "Salle des fêtes",
        "address": "Avenue de Grenoble",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "jeunesse"],
        "audience": "families",
        "free": False,
        "price": "6 € ; 4 € pour les moins de 12 ans",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Spectacle jeune public : théâtre d'objets",
            "summary": (
                "Un spectacle poétique et drôle pour les enfants dès 5 ans, créé en résidence à "
                "Serres."
            ),
            "description": (
                "Une compagnie accueillie par Serres Lez'Arts donne vie à des objets du quotidien "
                "trouvés dans les greniers du village. Le spectacle est suivi d'un goûter et d'un "
                "atelier de manipulation avec les artistes."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "6 € ; 4 € pour les moins de 12 ans",
        },
        "en": {
            "title": "Children's show: object theatre",
            "summary": (
                "A poetic and funny show for children aged 5 and up, created in residence in "
                "Serres."
            ),
            "description": (
                "A company hosted by Serres Lez'Arts brings to life everyday objects found in the "
                "village's attics. The show is followed by a snack and a puppetry workshop with "
                "the artists."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "€6; €4 for under-12s",
        },
        "it": {
            "title": "Spettacolo per ragazzi: teatro di oggetti",
            "summary": (
                "Uno spettacolo poetico e divertente per bambini dai 5 anni, creato in residenza a "
                "Serres."
            ),
            "description": (
                "Una compagnia ospitata da Serres Lez'Arts dà vita a oggetti quotidiani trovati "
                "nelle soffitte del paese. Lo spettacolo è seguito da una merenda e da un "
                "laboratorio di manipolazione con gli artisti."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "6 €; 4 € per i minori di 12 anni",
        },
    },
    {
        "slug": "assemblee-generale-udess-05",
        "organisers": ["udess-05"],
        "day": 40,
        "start": "17:00",
        "end": "20:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "Locommun",
        "address": "22 rue du Forest d'Entrais",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Assemblée générale de l'UDESS 05",
            "summary": (
                "Les quelque 70 membres de l'union départementale font le bilan de l'année et "
                "votent les orientations."
            ),
            "description": (
                "Rapport d'activité, comptes, avancement du projet Altitudes Coopérantes et du Hub "
                "ESS 05, renouvellement du conseil d'administration. L'assemblée se conclut par un "
                "buffet préparé par une structure d'insertion du réseau."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "UDESS 05 annual general meeting",
            "summary": (
                "The departmental union's seventy or so members review the year and vote on its "
                "direction."
            ),
            "description": (
                "Activity report, accounts, progress on the Altitudes Coopérantes project and Hub "
                "ESS 05, election of the board. The meeting ends with a buffet prepared by a "
                "work-integration organisation from the network."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Assemblea generale dell'UDESS 05",
            "summary": (
                "I circa 70 membri dell'unione dipartimentale fanno il bilancio dell'anno e votano "
                "gli orientamenti."
            ),
            "description": (
                "Relazione di attività, bilancio, avanzamento del progetto Altitudes Coopérantes e "
                "dell'Hub ESS 05, rinnovo del consiglio di amministrazione. L'assemblea si chiude "
                "con un buffet preparato da un'impresa di inserimento della rete."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "bourse-aux-velos-savines",
        "organisers": ["atelier-velo-durance"],
        "day": 41,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05164",
        "venue": "Parking du port",
        "address": "Route du Lac",
        "online_url": "",
        "attendance": "offline",
        "themes": ["mobilite", "environnement"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Bourse aux vélos de Savines-le-Lac",
            "summary": (
                "Vendez le vélo qui dort au garage, achetez celui qu'il vous faut, faites réviser "
                "le vôtre."
            ),
            "description": (
                "Dépôt des vélos à vendre le matin, vente toute la journée, marquage antivol et "
                "stand de réparation tenu par les bénévoles de l'atelier. Les vélos invendus "
                "peuvent être donnés à l'atelier, qui les remettra en état."
            ),
            "accessibility": (
                "En extérieur, sur terrain plat ; allées stabilisées praticables en fauteuil."
            ),
            "price": "",
        },
        "en": {
            "title": "Savines-le-Lac bike swap",
            "summary": (
                "Sell the bike gathering dust in your garage, buy the one you need, get yours "
                "serviced."
            ),
            "description": (
                "Bikes for sale are dropped off in the morning and sold all day, with anti-theft "
                "marking and a repair stand run by the workshop's volunteers. Unsold bikes can be "
                "donated to the workshop, which will refurbish them."
            ),
            "accessibility": "Outdoors on level ground; firm paths suitable for wheelchairs.",
            "price": "",
        },
        "it": {
            "title": "Mercatino delle bici di Savines-le-Lac",
            "summary": (
                "Vendete la bici che dorme in garage, comprate quella che vi serve, fate "
                "revisionare la vostra."
            ),
            "description": (
                "Consegna delle bici da vendere al mattino, vendita per tutta la giornata, "
                "marcatura antifurto e banco riparazioni tenuto dai volontari dell'officina. Le "
                "bici invendute possono essere donate all'officina, che le rimetterà a nuovo."
            ),
            "accessibility": (
                "All'aperto su terreno pianeggiante; vialetti stabilizzati percorribili in sedia a "
                "rotelle."
            ),
            "price": "",
        },
    },
    {
        "slug": "sport-et-handicap-tallard",
        "organisers": ["profession-sport-05", "chrysalide"],
        "day": 44,
        "start": "14:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05170",
        "venue": "Gymnase",
        "address": "Avenue du Stade",
        "online_url": "",
        "attendance": "offline",
        "themes": ["handicap", "jeunesse", "sante"],
        "audience": "young",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Après-midi sport partagé",
            "summary": (
                "Jeunes valides et en situation de handicap jouent ensemble : boccia, basket "
                "fauteuil, parcours sensoriels."
            ),
            "description": (
                "Les éducateurs sportifs de Profession Sport 05, avec les résidents accompagnés "
                "par Chrysalide, proposent une découverte du sport adapté. Une occasion pour les "
                "clubs et les communes de voir comment ouvrir leurs activités à tous."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Shared sports afternoon",
            "summary": (
                "Young people with and without disabilities play together: boccia, wheelchair "
                "basketball, sensory courses."
            ),
            "description": (
                "Profession Sport 05's sports instructors, with residents supported by Chrysalide, "
                "offer an introduction to adapted sport. A chance for clubs and municipalities to "
                "see how to open their activities to everyone."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Pomeriggio di sport condiviso",
            "summary": (
                "Giovani con e senza disabilità giocano insieme: boccia, basket in carrozzina, "
                "percorsi sensoriali."
            ),
            "description": (
                "Gli istruttori di Profession Sport 05, con i residenti accompagnati da "
                "Chrysalide, propongono una scoperta dello sport adattato. Un'occasione per club e "
                "comuni di vedere come aprire le loro attività a tutti."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "formation-animacoop-gap",
        "organisers": ["adrets"],
        "day": 45,
        "start": "09:00",
        "end": "17:00",
        "days": 1,
        "rrule": "FREQ=WEEKLY;COUNT=6",
        "commune": "05061",
        "venue": "ADRETS",
        "address": "5 rue Pasteur",
        "online_url": "",
        "attendance": "offline",
        "themes": ["formation", "cooperation"],
        "audience": "professionals",
        "free": False,
        "price": (
            "360 € les six journées ; prise en charge possible par votre opérateur de compétences"
        ),
        "registration_url": "https://adrets.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Formation Animacoop : animer des projets coopératifs",
            "summary": (
                "Six journées, une par semaine, pour apprendre à faciliter des projets collectifs "
                "et des réseaux d'acteurs."
            ),
            "description": (
                "Gouvernance partagée, outils collaboratifs, animation de réunions, intelligence "
                "collective : une formation-action conçue avec plusieurs structures du territoire, "
                "où chaque participant avance sur son propre projet. Pour salariés, bénévoles et "
                "élus."
            ),
            "accessibility": (
                "Salle à l'étage sans ascenseur : prévenez-nous, nous trouverons une solution "
                "adaptée."
            ),
            "price": (
                "360 € les six journées ; prise en charge possible par votre opérateur de "
                "compétences"
            ),
        },
        "en": {
            "title": "Animacoop training: facilitating cooperative projects",
            "summary": (
                "Six days, one a week, to learn how to facilitate collective projects and networks "
                "of actors."
            ),
            "description": (
                "Shared governance, collaborative tools, running meetings, collective "
                "intelligence: an action-learning course designed with several local "
                "organisations, in which each participant works on their own project. For staff, "
                "volunteers and elected officials."
            ),
            "accessibility": (
                "Upstairs room with no lift: let us know and we will find a suitable arrangement."
            ),
            "price": "€360 for the six days; may be funded by your training fund",
        },
        "it": {
            "title": "Formazione Animacoop: animare progetti cooperativi",
            "summary": (
                "Sei giornate, una a settimana, per imparare a facilitare progetti collettivi e "
                "reti di attori."
            ),
            "description": (
                "Governance condivisa, strumenti collaborativi, conduzione di riunioni, "
                "intelligenza collettiva: una formazione-azione ideata con diverse organizzazioni "
                "del territorio, in cui ogni partecipante porta avanti il proprio progetto. Per "
                "dipendenti, volontari e amministratori."
            ),
            "accessibility": (
                "Sala al piano superiore senza ascensore: avvisateci e troveremo una soluzione "
                "adatta."
            ),
            "price": (
                "360 € per le sei giornate; possibile copertura da parte del vostro fondo per la "
                "formazione"
            ),
        },
    },
    {
        "slug": "table-ronde-cooperations-innovation-sociale",
        "organisers": ["udess-05", "fondation-de-france", "adrets"],
        "day": 46,
        "start": "17:30",
        "end": "20:00",
        "days": 1,
        "rrule": "",
        "commune": "05170",
        "venue": "Salle des fêtes",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Table ronde : quelles coopérations pour renforcer l'innovation sociale ?",
            "summary": (
                "Collectivités, fondation, chercheurs, entreprises et citoyens croisent leurs "
                "regards sur les coopérations dans les Hautes-Alpes."
            ),
            "description": (
                "Que reste-t-il des projets citoyens soutenus par le programme Hors-Pistes ? "
                "Comment passer de l'individuel au collectif, partager les responsabilités dans "
                "une convention de partenariat, impliquer les communes ? Une table ronde suivie "
                "d'un débat avec la salle."
            ),
            "accessibility": (
                "Salle de plain-pied, accessible en fauteuil roulant, équipée d'une boucle "
                "magnétique."
            ),
            "price": "",
        },
        "en": {
            "title": "Round table: what cooperation to strengthen social innovation?",
            "summary": (
                "Local authorities, a foundation, researchers, businesses and citizens compare "
                "their views on cooperation in the Hautes-Alpes."
            ),
            "description": (
                "What remains of the citizen projects backed by the Hors-Pistes programme? How do "
                "we move from individual to collective action, share responsibilities in a "
                "partnership agreement, involve municipalities? A round table followed by a debate "
                "with the audience."
            ),
            "accessibility": "Step-free room, wheelchair accessible, fitted with a hearing loop.",
            "price": "",
        },
        "it": {
            "title": "Tavola rotonda: quali cooperazioni per rafforzare l'innovazione sociale?",
            "summary": (
                "Enti locali, una fondazione, ricercatori, imprese e cittadini mettono a confronto "
                "i loro sguardi sulle cooperazioni nelle Alte Alpi."
            ),
            "description": (
                "Cosa resta dei progetti cittadini sostenuti dal programma Hors-Pistes? Come "
                "passare dall'individuale al collettivo, condividere le responsabilità in una "
                "convenzione di partenariato, coinvolgere i comuni? Una tavola rotonda seguita da "
                "un dibattito con il pubblico."
            ),
            "accessibility": (
                "Sala al piano terra, accessibile in sedia a rotelle, dotata di anello magnetico."
            ),
            "price": "",
        },
    },
    {
        "slug": "reunion-publique-cooperative-solaire-baratier",
        "organisers": ["soleil-de-serre-poncon"],
        "day": 48,
        "start": "18:30",
        "end": "20:30",
        "days": 1,
        "rrule": "",
        "commune": "05012",
        "venue": "Salle polyvalente",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["energie", "cooperation"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Réunion publique : devenir sociétaire de la coopérative solaire",
            "summary": (
                "Investir quelques dizaines d'euros dans des toitures solaires du territoire : "
                "comment ça marche ?"
            ),
            "description": (
                "Soleil de Serre-Ponçon présente ses centrales, leurs résultats et les prochaines "
                "toitures étudiées avec les communes et les agriculteurs. Une part sociale, une "
                "voix : la gouvernance est expliquée en détail."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Public meeting: becoming a member of the solar cooperative",
            "summary": "Investing a few tens of euros in local solar roofs: how does it work?",
            "description": (
                "Soleil de Serre-Ponçon presents its plants, their results and the next roofs "
                "being studied with municipalities and farmers. One share, one vote: the "
                "governance is explained in detail."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Riunione pubblica: diventare socio della cooperativa solare",
            "summary": (
                "Investire qualche decina di euro in tetti solari del territorio: come funziona?"
            ),
            "description": (
                "Soleil de Serre-Ponçon presenta le sue centrali, i loro risultati e i prossimi "
                "tetti allo studio con i comuni e gli agricoltori. Una quota, un voto: la "
                "governance viene spiegata nel dettaglio."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "forum-emploi-sport-animation-gap",
        "organisers": ["profession-sport-05"],
        "day": 50,
        "start": "09:30",
        "end": "16:30",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "Gymnase municipal",
        "address": "2 rue des Sports",
        "online_url": "",
        "attendance": "offline",
        "themes": ["emploi", "jeunesse", "formation"],
        "audience": "young",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Forum de l'emploi du sport et de l'animation",
            "summary": (
                "Clubs, associations et communes recrutent éducateurs sportifs et animateurs pour "
                "les saisons à venir."
            ),
            "description": (
                "Offres d'emploi à temps plein ou partagé, formations qualifiantes, apprentissage "
                ": Profession Sport 05 réunit employeurs et candidats. Apportez plusieurs CV ; un "
                "atelier d'aide à la candidature est proposé le matin."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Sport and youth-work jobs fair",
            "summary": (
                "Clubs, associations and municipalities are recruiting sports instructors and "
                "youth workers for the coming seasons."
            ),
            "description": (
                "Full-time or shared-time jobs, qualifying courses, apprenticeships: Profession "
                "Sport 05 brings employers and candidates together. Bring several CVs; an "
                "application workshop is held in the morning."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Fiera del lavoro nello sport e nell'animazione",
            "summary": (
                "Club, associazioni e comuni cercano istruttori sportivi e animatori per le "
                "prossime stagioni."
            ),
            "description": (
                "Offerte di lavoro a tempo pieno o condiviso, corsi qualificanti, apprendistato: "
                "Profession Sport 05 riunisce datori di lavoro e candidati. Portate più copie del "
                "curriculum; al mattino si tiene un laboratorio di aiuto alla candidatura."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "matinee-mobilite-solidaire-champsaur-valgaudemar",
        "organisers": ["adrets"],
        "day": 52,
        "start": "09:30",
        "end": "12:30",
        "days": 1,
        "rrule": "",
        "commune": "05132",
        "venue": "Salle du conseil communautaire",
        "address": "Place du Champsaur",
        "online_url": "",
        "attendance": "offline",
        "themes": ["mobilite", "solidarite"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://adrets.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Matinée de la mobilité solidaire en Champsaur-Valgaudemar",
            "summary": (
                "Élus, associations et services sociaux font le point sur les solutions pour se "
                "déplacer sans voiture dans les vallées."
            ),
            "description": (
                "Transport solidaire, autopartage, covoiturage de proximité, location de vélos "
                "électriques : retours d'expérience de l'association du Valgaudemar et d'autres "
                "territoires de montagne, puis atelier pour imaginer une offre coordonnée."
            ),
            "accessibility": "Salle à l'étage desservie par un ascenseur ; toilettes adaptées.",
            "price": "",
        },
        "en": {
            "title": "Community mobility morning in Champsaur-Valgaudemar",
            "summary": (
                "Elected officials, associations and social services review the options for "
                "getting around the valleys without a car."
            ),
            "description": (
                "Volunteer transport, car sharing, local ride-sharing, e-bike hire: lessons from "
                "the Valgaudemar association and other mountain areas, then a workshop to design a "
                "coordinated service."
            ),
            "accessibility": "Upstairs room served by a lift; accessible toilets.",
            "price": "",
        },
        "it": {
            "title": "Mattinata della mobilità solidale in Champsaur-Valgaudemar",
            "summary": (
                "Amministratori, associazioni e servizi sociali fanno il punto sulle soluzioni per "
                "spostarsi senza auto nelle valli."
            ),
            "description": (
                "Trasporto solidale, car sharing, passaggi tra vicini, noleggio di bici "
                "elettriche: esperienze dell'associazione del Valgaudemar e di altri territori di "
                "montagna, poi un laboratorio per immaginare un'offerta coordinata."
            ),
            "accessibility": (
                "Sala al piano superiore servita da ascensore; servizi igienici accessibili."
            ),
            "price": "",
        },
    },
    {
        "slug": "fete-monnaie-locale-laragne",
        "organisers": ["la-roue", "le-cabas-du-buech"],
        "day": 55,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05070",
        "venue": "Place des Aires",
        "address": "Centre-ville",
        "online_url": "",
        "attendance": "offline",
        "themes": ["monnaie-locale", "alimentation", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Fête de la monnaie locale à Laragne",
            "summary": "Une journée de marché, d'animations et de musique où l'on paie en Roues.",
            "description": (
                "Producteurs, artisans et commerçants du Laragnais qui acceptent la monnaie locale "
                "tiennent leurs étals sur la place ; un comptoir de change est ouvert toute la "
                "journée. Débat à 15 h sur la monnaie locale comme levier transversal des "
                "transitions."
            ),
            "accessibility": "Sur la place, de plain-pied ; toilettes adaptées à proximité.",
            "price": "",
        },
        "en": {
            "title": "Local currency festival in Laragne",
            "summary": "A day of market stalls, activities and music where you pay in Roues.",
            "description": (
                "Farmers, craftspeople and shopkeepers of the Laragnais who accept the local "
                "currency set up their stalls on the square; an exchange desk is open all day. "
                "Debate at 3 pm on the local currency as a lever across all transitions."
            ),
            "accessibility": "On the square, step-free; accessible toilets nearby.",
            "price": "",
        },
        "it": {
            "title": "Festa della moneta locale a Laragne",
            "summary": "Una giornata di mercato, animazioni e musica in cui si paga in Roues.",
            "description": (
                "Produttori, artigiani e commercianti del Laragnais che accettano la moneta locale "
                "allestiscono i loro banchi sulla piazza; uno sportello di cambio è aperto tutto "
                "il giorno. Dibattito alle 15 sulla moneta locale come leva trasversale delle "
                "transizioni."
            ),
            "accessibility": (
                "Sulla piazza, senza gradini; servizi igienici accessibili nelle vicinanze."
            ),
            "price": "",
        },
    },
    {
        "slug": "atelier-gouvernance-scic-tallard",
        "organisers": ["echanges-paysans"],
        "day": 58,
        "start": "14:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05170",
        "venue": "Plateforme Échanges Paysans",
        "address": "Chemin des Vergers",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "agriculture"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://echanges-paysans.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Atelier : la gouvernance multi-acteurs d'une SCIC",
            "summary": (
                "Un jeu de rôle pour comprendre comment producteurs, élus, clients et citoyens "
                "décident ensemble."
            ),
            "description": (
                "Chaque participant tire au sort un rôle et une humeur, puis la table ronde "
                "simulée débat d'un projet de coopérative d'approvisionnement des cantines. "
                "Échanges Paysans partage ensuite son expérience réelle de SCIC à quatre collèges."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Workshop: multi-stakeholder governance in a SCIC",
            "summary": (
                "A role-play to understand how farmers, elected officials, customers and citizens "
                "make decisions together."
            ),
            "description": (
                "Each participant draws a role and a mood at random, then the simulated round "
                "table debates a cooperative project to supply school canteens. Échanges Paysans "
                "then shares its real experience of a SCIC with four member colleges."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Laboratorio: la governance multi-attore di una SCIC",
            "summary": (
                "Un gioco di ruolo per capire come produttori, amministratori, clienti e cittadini "
                "decidono insieme."
            ),
            "description": (
                "Ogni partecipante estrae a sorte un ruolo e uno stato d'animo, poi la tavola "
                "rotonda simulata discute un progetto di cooperativa per rifornire le mense. "
                "Échanges Paysans condivide poi la sua esperienza reale di SCIC a quattro collegi."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "universite-d-hiver-locommun",
        "organisers": ["locommun", "adrets", "ludambule"],
        "day": 60,
        "start": None,
        "end": None,
        "days": 2,
        "rrule": "",
        "commune": "05061",
        "venue": "Locommun",
        "address": "22 rue du Forest d'Entrais",
        "online_url": "",
        "attendance": "offline",
        "themes": ["tiers-lieux", "cooperation", "education-populaire"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "https://locommun.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Université d'hiver de Locommun",
            "summary": (
                "Deux jours pour reposer les bases du projet partagé entre les structures de "
                "Locommun et leurs partenaires."
            ),
            "description": (
                "Comme l'avait proposé le forum d'Embrun : un « archipel de lieux » plutôt qu'un "
                "local unique, des espaces d'accueil et pas seulement des bureaux, un festival "
                "pour gagner en visibilité. Ateliers, jeux coopératifs et veillée conviviale ; "
                "ouvert aux membres et aux structures qui souhaitent rejoindre le collectif."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Locommun winter university",
            "summary": (
                "Two days to lay the foundations again for the project shared by Locommun's "
                "organisations and their partners."
            ),
            "description": (
                "As the Embrun forum proposed: an “archipelago of places” rather than a single "
                "building, welcoming spaces and not just offices, a festival to become more "
                "visible. Workshops, cooperative games and a convivial evening; open to members "
                "and to organisations wishing to join the collective."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Università d'inverno di Locommun",
            "summary": (
                "Due giorni per ripensare le basi del progetto condiviso tra le organizzazioni di "
                "Locommun e i loro partner."
            ),
            "description": (
                "Come aveva proposto il forum di Embrun: un «arcipelago di luoghi» invece di un "
                "unico locale, spazi di accoglienza e non solo uffici, un festival per farsi "
                "conoscere. Laboratori, giochi cooperativi e una serata conviviale; aperta ai "
                "membri e alle organizzazioni che desiderano entrare nel collettivo."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "tournoi-jeux-cooperatifs-gap",
        "organisers": ["ludambule"],
        "day": 63,
        "start": "14:00",
        "end": "18:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "Ludothèque Ludambule",
        "address": "22 rue du Forest d'Entrais",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "jeunesse", "education-populaire"],
        "audience": "families",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Tournoi de jeux coopératifs",
            "summary": (
                "Un tournoi où l'on gagne ensemble… ou pas du tout ! En équipes familiales, dès 6 "
                "ans."
            ),
            "description": (
                "Les équipes enchaînent des jeux où il faut s'entraider pour réussir. Pas de "
                "perdants, mais des prix pour l'équipe la plus solidaire et la plus drôle. Goûter "
                "offert."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Cooperative games tournament",
            "summary": (
                "A tournament where everyone wins together… or nobody does! Family teams, ages 6 "
                "and up."
            ),
            "description": (
                "Teams play a series of games where you have to help each other to succeed. No "
                "losers, but prizes for the most supportive and the funniest teams. Snack "
                "provided."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Torneo di giochi cooperativi",
            "summary": (
                "Un torneo in cui si vince insieme… o non vince nessuno! A squadre familiari, dai "
                "6 anni."
            ),
            "description": (
                "Le squadre si cimentano in giochi in cui bisogna aiutarsi per riuscire. Nessun "
                "perdente, ma premi per la squadra più solidale e per quella più divertente. "
                "Merenda offerta."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "restitution-artistes-en-presence-valgaudemar",
        "organisers": ["espace-culturel-chaillol"],
        "day": 67,
        "start": "18:00",
        "end": "19:30",
        "days": 1,
        "rrule": "",
        "commune": "05064",
        "venue": "Salle communale",
        "address": "Le Village",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "education-populaire", "tourisme-durable"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Artistes en présence : restitution publique dans le Valgaudemar",
            "summary": (
                "Les habitants découvrent la création nourrie de leurs récits et de leurs paysages."
            ),
            "description": (
                "Pendant plusieurs semaines, une artiste a recueilli la parole des habitants de la "
                "vallée. Elle présente une lecture musicale de ce travail, suivie d'un échange et "
                "d'un verre offert par l'Espace Culturel de Chaillol."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Artistes en présence: public presentation in the Valgaudemar",
            "summary": "Residents discover a work inspired by their stories and their landscapes.",
            "description": (
                "For several weeks, an artist gathered the words of the valley's inhabitants. She "
                "presents a musical reading of this work, followed by a conversation and a drink "
                "offered by the Espace Culturel de Chaillol."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Artistes en présence: restituzione pubblica in Valgaudemar",
            "summary": (
                "Gli abitanti scoprono la creazione nata dai loro racconti e dai loro paesaggi."
            ),
            "description": (
                "Per diverse settimane, un'artista ha raccolto le parole degli abitanti della "
                "valle. Presenta una lettura musicale di questo lavoro, seguita da uno scambio e "
                "da un bicchiere offerto dall'Espace Culturel de Chaillol."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "conference-penser-une-autre-gestion-embrun",
        "organisers": ["udess-05"],
        "day": 70,
        "start": "18:30",
        "end": "20:30",
        "days": 1,
        "rrule": "",
        "commune": "05046",
        "venue": "Comptoir des Assos",
        "address": "9 rue de la Liberté",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "solidarite", "formation"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Conférence : solidarité et organisation, penser une autre gestion",
            "summary": (
                "Comment réconcilier l'économique et le social dans la gestion de nos structures ?"
            ),
            "description": (
                "Hybridation des ressources, organisation multi-acteurs, gestion démocratique, "
                "communs : un enseignant-chercheur en sciences de gestion propose des repères pour "
                "une gestion solidaire, illustrés par des exemples haut-alpins. Échange avec la "
                "salle."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Talk: solidarity and organisation, thinking management differently",
            "summary": (
                "How can we reconcile the economic and the social in the way our organisations are "
                "run?"
            ),
            "description": (
                "Mixing resources, multi-stakeholder organisation, democratic management, commons: "
                "a management scholar offers guidelines for solidarity-based management, "
                "illustrated by examples from the Hautes-Alpes. Discussion with the audience."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Conferenza: solidarietà e organizzazione, pensare un'altra gestione",
            "summary": (
                "Come riconciliare l'economico e il sociale nella gestione delle nostre "
                "organizzazioni?"
            ),
            "description": (
                "Ibridazione delle risorse, organizzazione multi-attore, gestione democratica, "
                "beni comuni: un docente di scienze gestionali propone dei riferimenti per una "
                "gestione solidale, illustrati da esempi delle Alte Alpi. Scambio con il pubblico."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "journee-transfrontaliere-ess-aiguilles",
        "organisers": ["ponts-des-alpes"],
        "day": 75,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05003",
        "venue": "Salle des fêtes",
        "address": "Route du Queyras",
        "online_url": "",
        "attendance": "offline",
        "themes": ["cooperation", "culture", "tourisme-durable"],
        "audience": "professionals",
        "free": True,
        "price": "",
        "registration_url": "https://ponts-des-alpes.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Journée transfrontalière de l'ESS Queyras – Piémont",
            "summary": (
                "Structures de l'ESS des deux côtés de la frontière se rencontrent pour monter des "
                "projets communs."
            ),
            "description": (
                "Tourisme durable, culture, échanges de jeunes, filières bois et agricoles : "
                "présentations croisées le matin, ateliers par thème l'après-midi, avec "
                "interprétation français-italien. Repas partagé de spécialités des deux versants."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Queyras – Piedmont cross-border ESS day",
            "summary": (
                "ESS organisations from both sides of the border meet to build joint projects."
            ),
            "description": (
                "Sustainable tourism, culture, youth exchanges, timber and farming sectors: "
                "presentations from both sides in the morning, thematic workshops in the "
                "afternoon, with French-Italian interpreting. Shared meal of specialities from "
                "both valleys."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Giornata transfrontaliera dell'ESS Queyras – Piemonte",
            "summary": (
                "Organizzazioni dell'ESS dei due lati del confine si incontrano per costruire "
                "progetti comuni."
            ),
            "description": (
                "Turismo sostenibile, cultura, scambi giovanili, filiere del legno e agricole: "
                "presentazioni incrociate al mattino, laboratori tematici al pomeriggio, con "
                "interpretariato francese-italiano. Pranzo condiviso con specialità dei due "
                "versanti."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "formation-premiers-secours-sante-mentale",
        "organisers": ["mutualite-francaise-sud"],
        "day": 80,
        "start": "09:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05061",
        "venue": "Mutualité Française Sud",
        "address": "11 rue de France",
        "online_url": "",
        "attendance": "offline",
        "themes": ["sante", "formation", "solidarite"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "https://mutualite-francaise-sud.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Sensibilisation aux premiers secours en santé mentale",
            "summary": (
                "Une journée pour savoir repérer une personne en difficulté psychique et lui "
                "apporter une première aide."
            ),
            "description": (
                "Destinée aux bénévoles, salariés associatifs et habitants, cette journée donne "
                "des repères sur les troubles les plus fréquents, la façon d'engager la "
                "conversation et les ressources à mobiliser dans le département. Places limitées."
            ),
            "accessibility": "Salle à l'étage desservie par un ascenseur ; toilettes adaptées.",
            "price": "",
        },
        "en": {
            "title": "Mental health first aid awareness",
            "summary": (
                "A day to learn how to recognise someone in psychological distress and offer "
                "initial help."
            ),
            "description": (
                "For volunteers, association staff and residents, this day gives pointers on the "
                "most common disorders, how to start a conversation and which resources to call on "
                "in the department. Places limited."
            ),
            "accessibility": "Upstairs room served by a lift; accessible toilets.",
            "price": "",
        },
        "it": {
            "title": "Sensibilizzazione al primo soccorso in salute mentale",
            "summary": (
                "Una giornata per imparare a riconoscere una persona in difficoltà psichica e "
                "offrirle un primo aiuto."
            ),
            "description": (
                "Rivolta a volontari, dipendenti di associazioni e abitanti, la giornata fornisce "
                "riferimenti sui disturbi più frequenti, su come avviare la conversazione e sulle "
                "risorse da attivare nel dipartimento. Posti limitati."
            ),
            "accessibility": (
                "Sala al piano superiore servita da ascensore; servizi igienici accessibili."
            ),
            "price": "",
        },
    },
    {
        "slug": "chantier-enduits-terre-veynes",
        "organisers": ["meleze-et-cie", "la-gare-aux-idees"],
        "day": 85,
        "start": "09:00",
        "end": "17:00",
        "days": 1,
        "rrule": "",
        "commune": "05179",
        "venue": "La Gare aux Idées",
        "address": "1 rue des Cheminots",
        "online_url": "",
        "attendance": "offline",
        "themes": ["habitat", "environnement", "tiers-lieux"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "https://la-gare-aux-idees.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Chantier participatif : enduits terre au tiers-lieu",
            "summary": (
                "Apprendre à préparer et poser des enduits en terre crue en rénovant la salle du "
                "café associatif."
            ),
            "description": (
                "Encadré par une artisane de Mélèze & Cie, le chantier fait découvrir un matériau "
                "local, sain et bon marché. Chacun repart avec les gestes de base et une recette "
                "adaptée à sa maison. Repas offert aux participants."
            ),
            "accessibility": (
                "Chantier en extérieur et en intérieur ; tâches adaptées à chacun, chaussures "
                "fermées obligatoires."
            ),
            "price": "",
        },
        "en": {
            "title": "Community work day: earth plasters at the third place",
            "summary": (
                "Learn to mix and apply earth plasters while renovating the community café's room."
            ),
            "description": (
                "Led by a craftswoman from Mélèze & Cie, the work day introduces a local, healthy "
                "and inexpensive material. Everyone leaves with the basic techniques and a recipe "
                "suited to their own home. Lunch provided for participants."
            ),
            "accessibility": (
                "Indoor and outdoor work site; tasks suited to everyone, closed shoes required."
            ),
            "price": "",
        },
        "it": {
            "title": "Cantiere partecipativo: intonaci in terra al terzo luogo",
            "summary": (
                "Imparare a preparare e stendere intonaci in terra cruda rinnovando la sala del "
                "caffè associativo."
            ),
            "description": (
                "Guidato da un'artigiana di Mélèze & Cie, il cantiere fa scoprire un materiale "
                "locale, sano ed economico. Ognuno riparte con i gesti di base e una ricetta "
                "adatta alla propria casa. Pranzo offerto ai partecipanti."
            ),
            "accessibility": (
                "Cantiere all'aperto e al chiuso; compiti adatti a ciascuno, scarpe chiuse "
                "obbligatorie."
            ),
            "price": "",
        },
    },
    {
        "slug": "portes-ouvertes-montagne-partagee",
        "organisers": ["montagne-partagee"],
        "day": 90,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05079",
        "venue": "Montagne Partagée",
        "address": "Route de Grenoble",
        "online_url": "",
        "attendance": "offline",
        "themes": ["tourisme-durable", "handicap", "jeunesse"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Journée portes ouvertes de Montagne Partagée",
            "summary": (
                "Rencontrez les accompagnateurs et hébergeurs de la coopérative et essayez le "
                "matériel de montagne adapté."
            ),
            "description": (
                "Démonstrations de joëlette et de matériel adapté, présentation des séjours pour "
                "les groupes, les familles et les établissements spécialisés, et explication de la "
                "gouvernance coopérative qui associe usagers et communes."
            ),
            "accessibility": (
                "En extérieur, sur terrain plat ; allées stabilisées praticables en fauteuil."
            ),
            "price": "",
        },
        "en": {
            "title": "Montagne Partagée open day",
            "summary": (
                "Meet the cooperative's guides and hosts and try out adapted mountain equipment."
            ),
            "description": (
                "Demonstrations of joëlettes and adapted equipment, presentation of holidays for "
                "groups, families and specialist care settings, and an explanation of the "
                "cooperative governance that involves users and municipalities."
            ),
            "accessibility": "Outdoors on level ground; firm paths suitable for wheelchairs.",
            "price": "",
        },
        "it": {
            "title": "Giornata porte aperte di Montagne Partagée",
            "summary": (
                "Incontrate gli accompagnatori e gli albergatori della cooperativa e provate "
                "l'attrezzatura da montagna adattata."
            ),
            "description": (
                "Dimostrazioni di joëlette e di attrezzatura adattata, presentazione dei soggiorni "
                "per gruppi, famiglie e strutture specializzate, e spiegazione della governance "
                "cooperativa che coinvolge utenti e comuni."
            ),
            "accessibility": (
                "All'aperto su terreno pianeggiante; vialetti stabilizzati percorribili in sedia a "
                "rotelle."
            ),
            "price": "",
        },
    },
    {
        "slug": "transhumances-artistiques-buech",
        "organisers": ["serres-lez-arts"],
        "day": 98,
        "start": None,
        "end": None,
        "days": 3,
        "rrule": "",
        "commune": "05166",
        "venue": "Village de Serres et alentours",
        "address": "6 Grande Rue",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "tourisme-durable", "education-populaire"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Les Transhumances artistiques",
            "summary": (
                "Trois jours de spectacles, de lectures et d'expositions itinérantes entre les "
                "villages du Buëch."
            ),
            "description": (
                "Les artistes en résidence circulent entre Buëch et Ventoux et présentent leurs "
                "créations dans les villages, sur les places et chez les commerçants. Certains ont "
                "été présélectionnés par les habitants eux-mêmes. Programme détaillé et navettes "
                "partagées sur le site de Serres Lez'Arts."
            ),
            "accessibility": (
                "Accessibilité variable selon les lieux : renseignez-vous auprès des organisateurs."
            ),
            "price": "",
        },
        "en": {
            "title": "Les Transhumances artistiques",
            "summary": (
                "Three days of shows, readings and travelling exhibitions across the villages of "
                "the Buëch."
            ),
            "description": (
                "The artists in residence travel between the Buëch and the Ventoux and present "
                "their work in villages, on squares and in shops. Some were shortlisted by the "
                "residents themselves. Full programme and shared shuttles on Serres Lez'Arts' "
                "website."
            ),
            "accessibility": "Accessibility varies from one venue to another: ask the organisers.",
            "price": "",
        },
        "it": {
            "title": "Les Transhumances artistiques",
            "summary": (
                "Tre giorni di spettacoli, letture e mostre itineranti tra i villaggi del Buëch."
            ),
            "description": (
                "Gli artisti in residenza si spostano tra Buëch e Ventoux e presentano le loro "
                "creazioni nei villaggi, nelle piazze e nei negozi. Alcuni sono stati "
                "preselezionati dagli abitanti stessi. Programma dettagliato e navette condivise "
                "sul sito di Serres Lez'Arts."
            ),
            "accessibility": (
                "L'accessibilità varia a seconda dei luoghi: informatevi presso gli organizzatori."
            ),
            "price": "",
        },
    },
    {
        "slug": "fete-du-velo-embrun",
        "organisers": ["atelier-velo-durance"],
        "day": 105,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05046",
        "venue": "Plan d'eau",
        "address": "Route du Plan d'eau",
        "online_url": "",
        "attendance": "offline",
        "themes": ["mobilite", "environnement", "education-populaire"],
        "audience": "families",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Fête du vélo",
            "summary": (
                "Une journée pour fêter le vélo sous toutes ses formes, des draisiennes aux vélos "
                "cargos."
            ),
            "description": (
                "Parcours d'apprentissage pour les enfants, essais de vélos à assistance "
                "électrique et de vélos cargos, atelier réparation, balade collective à midi vers "
                "Savines-le-Lac. Venez à vélo, parking surveillé sur place."
            ),
            "accessibility": (
                "En extérieur, sur terrain plat ; allées stabilisées praticables en fauteuil."
            ),
            "price": "",
        },
        "en": {
            "title": "Bike festival",
            "summary": "A day to celebrate bikes in every form, from balance bikes to cargo bikes.",
            "description": (
                "Learning course for children, e-bike and cargo-bike test rides, repair workshop, "
                "group ride at noon towards Savines-le-Lac. Come by bike; supervised bike parking "
                "on site."
            ),
            "accessibility": "Outdoors on level ground; firm paths suitable for wheelchairs.",
            "price": "",
        },
        "it": {
            "title": "Festa della bicicletta",
            "summary": (
                "Una giornata per festeggiare la bici in tutte le sue forme, dalle bici senza "
                "pedali alle cargo bike."
            ),
            "description": (
                "Percorso di apprendimento per i bambini, prove di bici a pedalata assistita e di "
                "cargo bike, officina di riparazione, pedalata collettiva a mezzogiorno verso "
                "Savines-le-Lac. Venite in bici: parcheggio custodito sul posto."
            ),
            "accessibility": (
                "All'aperto su terreno pianeggiante; vialetti stabilizzati percorribili in sedia a "
                "rotelle."
            ),
            "price": "",
        },
    },
    {
        "slug": "grand-deballage-ressourcerie-vallouise",
        "organisers": ["la-trouvaille"],
        "day": 112,
        "start": None,
        "end": None,
        "days": 1,
        "rrule": "",
        "commune": "05101",
        "venue": "Place du village",
        "address": "Vallouise",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "insertion"],
        "audience": "everyone",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Grand déballage de la ressourcerie",
            "summary": (
                "La Trouvaille installe sa boutique en plein air à Vallouise pour une journée de "
                "bonnes affaires."
            ),
            "description": (
                "Meubles, vaisselle, livres, vêtements, matériel de montagne : tout a été trié et "
                "vérifié par l'équipe. Collecte de vos dons sur place et stand de réparation de "
                "petit électroménager."
            ),
            "accessibility": "Sur la place, de plain-pied ; toilettes adaptées à proximité.",
            "price": "",
        },
        "en": {
            "title": "Reuse centre big sale",
            "summary": (
                "La Trouvaille sets up its shop in the open air in Vallouise for a day of bargains."
            ),
            "description": (
                "Furniture, crockery, books, clothes, mountain gear: everything has been sorted "
                "and checked by the team. Donations collected on site and a small-appliance repair "
                "stand."
            ),
            "accessibility": "On the square, step-free; accessible toilets nearby.",
            "price": "",
        },
        "it": {
            "title": "Grande svendita del centro del riuso",
            "summary": (
                "La Trouvaille allestisce il suo negozio all'aperto a Vallouise per una giornata "
                "di affari."
            ),
            "description": (
                "Mobili, stoviglie, libri, vestiti, attrezzatura da montagna: tutto è stato "
                "selezionato e controllato dall'équipe. Raccolta delle vostre donazioni sul posto "
                "e banco riparazione di piccoli elettrodomestici."
            ),
            "accessibility": (
                "Sulla piazza, senza gradini; servizi igienici accessibili nelle vicinanze."
            ),
            "price": "",
        },
    },
    {
        "slug": "nuit-du-jeu-embrun",
        "organisers": ["ludambule"],
        "day": 118,
        "start": "18:00",
        "end": "23:30",
        "days": 1,
        "rrule": "",
        "commune": "05046",
        "venue": "Salle des fêtes",
        "address": "Place de la Mairie",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "education-populaire"],
        "audience": "everyone",
        "free": False,
        "price": "3 € ; gratuit pour les moins de 12 ans",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "La nuit du jeu",
            "summary": (
                "Ludambule s'installe à Embrun avec plus de 300 jeux pour une soirée jusqu'à tard."
            ),
            "description": (
                "Espace petits joueurs en début de soirée, jeux d'ambiance, grands classiques et "
                "nouveautés, prototypes de créateurs locaux. Buvette et petite restauration tenues "
                "par des associations embrunaises."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "3 € ; gratuit pour les moins de 12 ans",
        },
        "en": {
            "title": "Games night out",
            "summary": "Ludambule comes to Embrun with more than 300 games for a late evening.",
            "description": (
                "Area for young players early in the evening, party games, great classics and new "
                "releases, prototypes by local designers. Drinks and snacks run by Embrun "
                "associations."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "€3; free for under-12s",
        },
        "it": {
            "title": "La notte del gioco",
            "summary": (
                "Ludambule arriva a Embrun con più di 300 giochi per una serata fino a tardi."
            ),
            "description": (
                "Spazio per i piccoli giocatori a inizio serata, giochi di società, grandi "
                "classici e novità, prototipi di autori locali. Bar e piccola ristorazione gestiti "
                "da associazioni di Embrun."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "3 €; gratuito per i minori di 12 anni",
        },
    },
    {
        "slug": "festival-de-chaillol",
        "organisers": ["espace-culturel-chaillol"],
        "day": 128,
        "start": None,
        "end": None,
        "days": 3,
        "rrule": "",
        "commune": "05153",
        "venue": "Espace Culturel de Chaillol",
        "address": "Le Village",
        "online_url": "",
        "attendance": "offline",
        "themes": ["culture", "tourisme-durable"],
        "audience": "everyone",
        "free": False,
        "price": "Concerts de 8 à 15 € ; balades musicales et rencontres gratuites",
        "registration_url": "https://espace-culturel-chaillol.example.org/inscription",
        "status": "scheduled",
        "fr": {
            "title": "Festival de Chaillol",
            "summary": "Trois jours de musique dans les villages et les alpages du Champsaur.",
            "description": (
                "Concerts dans les églises et les granges, balades musicales, rencontres avec les "
                "artistes en résidence : le festival fait découvrir des musiques d'aujourd'hui au "
                "plus près des habitants. Navettes et covoiturage organisés depuis Gap et "
                "Saint-Bonnet-en-Champsaur pour limiter l'impact du festival."
            ),
            "accessibility": (
                "Site accessible en fauteuil, places réservées près des scènes, toilettes adaptées."
            ),
            "price": "Concerts de 8 à 15 € ; balades musicales et rencontres gratuites",
        },
        "en": {
            "title": "Chaillol Festival",
            "summary": (
                "Three days of music in the villages and mountain pastures of the Champsaur."
            ),
            "description": (
                "Concerts in churches and barns, musical walks, meetings with the artists in "
                "residence: the festival brings today's music close to local people. Shuttles and "
                "car-sharing from Gap and Saint-Bonnet-en-Champsaur to reduce the festival's "
                "footprint."
            ),
            "accessibility": (
                "Wheelchair-accessible site, reserved spaces near the stages, accessible toilets."
            ),
            "price": "Concerts €8 to €15; musical walks and talks free",
        },
        "it": {
            "title": "Festival di Chaillol",
            "summary": "Tre giorni di musica nei villaggi e negli alpeggi del Champsaur.",
            "description": (
                "Concerti nelle chiese e nei fienili, passeggiate musicali, incontri con gli "
                "artisti in residenza: il festival fa scoprire le musiche di oggi vicino agli "
                "abitanti. Navette e car sharing organizzati da Gap e da Saint-Bonnet-en-Champsaur "
                "per ridurre l'impatto del festival."
            ),
            "accessibility": (
                "Sito accessibile in sedia a rotelle, posti riservati vicino ai palchi, servizi "
                "igienici accessibili."
            ),
            "price": "Concerti da 8 a 15 €; passeggiate musicali e incontri gratuiti",
        },
    },
    {
        "slug": "assemblee-generale-echanges-paysans",
        "organisers": ["echanges-paysans"],
        "day": 140,
        "start": "17:00",
        "end": "20:00",
        "days": 1,
        "rrule": "",
        "commune": "05170",
        "venue": "Plateforme Échanges Paysans",
        "address": "Chemin des Vergers",
        "online_url": "",
        "attendance": "offline",
        "themes": ["alimentation", "agriculture", "cooperation"],
        "audience": "members",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Assemblée générale de la SCIC Échanges Paysans",
            "summary": (
                "Producteurs, élus, clients et salariés ou citoyens sociétaires votent les comptes "
                "et les projets de la coopérative."
            ),
            "description": (
                "Chaque collège fait entendre sa voix sur l'année écoulée, les prix, les nouveaux "
                "débouchés en restauration collective et les liens avec Manger Bio en Provence. "
                "Buffet des producteurs pour conclure."
            ),
            "accessibility": "Salle de plain-pied, accessible en fauteuil roulant.",
            "price": "",
        },
        "en": {
            "title": "Échanges Paysans SCIC annual general meeting",
            "summary": (
                "Farmers, elected officials, customers and employee or citizen members vote on the "
                "cooperative's accounts and plans."
            ),
            "description": (
                "Each college has its say on the past year, prices, new outlets in institutional "
                "catering and links with Manger Bio en Provence. The producers' buffet rounds off "
                "the evening."
            ),
            "accessibility": "Step-free room, wheelchair accessible.",
            "price": "",
        },
        "it": {
            "title": "Assemblea generale della SCIC Échanges Paysans",
            "summary": (
                "Produttori, amministratori, clienti e soci lavoratori o cittadini votano il "
                "bilancio e i progetti della cooperativa."
            ),
            "description": (
                "Ogni collegio fa sentire la sua voce sull'anno trascorso, i prezzi, i nuovi "
                "sbocchi nella ristorazione collettiva e i legami con Manger Bio en Provence. Per "
                "concludere, buffet dei produttori."
            ),
            "accessibility": "Sala al piano terra, accessibile in sedia a rotelle.",
            "price": "",
        },
    },
    {
        "slug": "fete-du-jardin-collectif-chorges",
        "organisers": ["chorges-en-transition"],
        "day": 148,
        "start": "11:00",
        "end": "18:00",
        "days": 1,
        "rrule": "",
        "commune": "05040",
        "venue": "Jardin collectif",
        "address": "Chemin du Jardin collectif",
        "online_url": "",
        "attendance": "offline",
        "themes": ["environnement", "alimentation", "agriculture"],
        "audience": "families",
        "free": True,
        "price": "",
        "registration_url": "",
        "status": "scheduled",
        "fr": {
            "title": "Fête du jardin collectif",
            "summary": (
                "Le jardin de Chorges en Transition ouvre grand ses portes : troc de plants, "
                "ateliers et pique-nique."
            ),
            "description": (
                "Troc de graines et de plants, atelier compost, chasse aux petites bêtes pour les "
                "enfants, visite guidée des expérimentations du jardin. Apportez votre pique-nique "
                "et vos surplus de semis à échanger."
            ),
            "accessibility": (
                "Jardin en terrain naturel, en partie en pente : accès difficile en fauteuil, aide "
                "possible sur place."
            ),
            "price": "",
        },
        "en": {
            "title": "Community garden party",
            "summary": (
                "Chorges en Transition's garden opens wide: seedling swap, workshops and a picnic."
            ),
            "description": (
                "Seed and seedling swap, composting workshop, bug hunt for children, guided tour "
                "of the garden's experiments. Bring your picnic and any spare seedlings to swap."
            ),
            "accessibility": (
                "Garden on natural, partly sloping ground: difficult wheelchair access, help "
                "available on site."
            ),
            "price": "",
        },
        "it": {
            "title": "Festa dell'orto collettivo",
            "summary": (
                "L'orto di Chorges en Transition apre le sue porte: scambio di piantine, "
                "laboratori e picnic."
            ),
            "description": (
                "Scambio di semi e piantine, laboratorio di compostaggio, caccia ai piccoli "
                "insetti per i bambini, visita guidata delle sperimentazioni dell'orto. Portate il "
                "vostro picnic e le piantine in più da scambiare."
            ),
            "accessibility": (
                "Orto su terreno naturale, in parte in pendenza: accesso difficile in sedia a "
                "rotelle, aiuto possibile sul posto."
            ),
            "price": "",
        },
    },
]
