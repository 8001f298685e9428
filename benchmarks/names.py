"""Invented French names and texts for the generated datasets.

Every function takes the generator's ``random.Random``, so a seed always gives the
same words. The lists are written for these benchmarks: the place names sound French
and some are real communes, but the combinations are made up.
"""

from __future__ import annotations

import random

COMMUNE_ROOTS = (
    "Échirolles", "Villefranche", "Beaumont", "Montfort", "Rochefort", "Châteauneuf", "Bellevue",
    "Fontaine", "Villeneuve", "Champagne", "Mirebeau", "Sablé", "Lavaur", "Vitré", "Pontivy",
    "Quimperlé", "Landerneau", "Fougères", "Redon", "Ploërmel", "Loudéac", "Guingamp", "Lamballe",
    "Dinan", "Combourg", "Janzé", "Bain", "Guichen", "Montauban", "Moissac", "Castelsarrasin",
    "Figeac", "Gourdon", "Cahors", "Millau", "Rodez", "Decazeville", "Villefranche-de-Rouergue",
    "Saint-Affrique", "Lodève", "Clermont", "Pézenas", "Agde", "Sète", "Lunel", "Ganges", "Alès",
    "Anduze", "Uzès", "Bagnols", "Pont-Saint-Esprit", "Aubenas", "Privas", "Tournon", "Annonay",
    "Crest", "Die", "Nyons", "Montélimar", "Pierrelatte", "Valréas", "Carpentras", "Cavaillon",
    "Apt", "Pertuis", "Manosque", "Forcalquier", "Sisteron", "Digne", "Briançon", "Embrun", "Gap",
    "Voiron", "Vienne", "Bourgoin", "Vizille", "Moirans", "Rives", "Tullins", "Saint-Marcellin",
    "Romans", "Thiers", "Ambert", "Issoire", "Riom", "Brioude", "Yssingeaux", "Aurillac",
    "Mauriac", "Ussel", "Tulle", "Brive", "Guéret", "Aubusson", "Bellac", "Rochechouart", "Confolens",
    "Ruffec", "Cognac", "Jarnac", "Barbezieux", "Saintes", "Royan", "Marennes", "Rochefort-sur-Mer",
    "Surgères", "Niort", "Melle", "Parthenay", "Bressuire", "Thouars", "Loudun", "Chauvigny",
    "Montmorillon", "Civray", "Saumur", "Doué", "Cholet", "Chemillé", "Segré", "Château-Gontier",
    "Laval", "Mayenne", "Évron", "Sillé", "Mamers", "Nogent", "Vendôme", "Romorantin", "Blois",
    "Amboise", "Loches", "Chinon", "Bourgueil", "Gien", "Montargis", "Pithiviers", "Vierzon",
    "Sancerre", "Nevers", "Clamecy", "Cosne", "Avallon", "Tonnerre", "Sens", "Joigny", "Auxerre",
    "Autun", "Louhans", "Tournus", "Cluny", "Charolles", "Digoin", "Paray", "Montceau", "Le Creusot",
    "Dole", "Lons", "Champagnole", "Pontarlier", "Morteau", "Montbéliard", "Héricourt", "Lure",
    "Luxeuil", "Vesoul", "Gray", "Langres", "Chaumont", "Joinville", "Saint-Dizier", "Vitry",
    "Épernay", "Sézanne", "Romilly", "Nogent-sur-Seine", "Bar", "Commercy", "Verdun", "Étain",
    "Briey", "Longwy", "Toul", "Lunéville", "Épinal", "Remiremont", "Neufchâteau", "Sarrebourg",
    "Forbach", "Creutzwald", "Bitche", "Haguenau", "Saverne", "Sélestat", "Colmar", "Guebwiller",
    "Thann", "Altkirch", "Abbeville", "Péronne", "Montdidier", "Doullens", "Hirson", "Guise",
    "Chauny", "Tergnier", "Laon", "Soissons", "Château-Thierry", "Maubeuge", "Avesnes", "Fourmies",
    "Denain", "Anzin", "Wattrelos", "Roubaix", "Hazebrouck", "Bailleul", "Armentières", "Lens",
    "Liévin", "Bruay", "Béthune", "Auchel", "Calais", "Boulogne", "Étaples", "Berck", "Dieppe",
    "Fécamp", "Bolbec", "Lillebonne", "Elbeuf", "Louviers", "Vernon", "Évreux", "Bernay", "Lisieux",
    "Falaise", "Vire", "Flers", "Argentan", "Alençon", "Mortagne", "L'Aigle", "Granville",
    "Coutances", "Carentan", "Valognes", "Cherbourg", "Sarcelles", "Garges", "Villiers", "Clichy",
    "Montfermeil", "Bondy", "Aulnay", "Stains", "Bobigny", "Grigny", "Évry", "Corbeil", "Mantes",
    "Les Mureaux", "Trappes", "Melun", "Meaux", "Provins", "Nemours", "Fontainebleau",
)

# Endings that make a commune name from a root, as in "Beaumont-sur-Sarthe".
COMMUNE_ENDINGS = (
    "", "", "", "", "", "-sur-Loire", "-sur-Mer", "-les-Bains", "-le-Château", "-en-Vexin",
    "-sur-Sarthe", "-la-Forêt", "-du-Lac", "-sur-Garonne", "-en-Bresse", "-sous-Bois", "-de-Bretagne",
    "-le-Vieux", "-les-Mines", "-sur-Rhône", "-en-Vallée",
)

QUARTIERS = (
    "Les Tilleuls", "La Chapelle", "Les Hauts", "Centre ancien", "Le Mail", "Les Provinces",
    "La Découverte", "Les Acacias", "Bellevue", "Le Plateau", "La Source", "Les Peupliers",
    "Le Val Fourré", "La Grande Borne", "Les Minguettes", "Le Mirail", "La Pierre-Collinet",
    "Les Bosquets", "Le Bois-l'Abbé", "Les Trois-Cités", "Saint-Jean", "La Paillade", "Kervénanec",
    "Les Côteaux", "Le Chemin Vert", "Ménimur", "La Rabière", "Les Sablons", "Beaulieu",
    "Le Haut-du-Lièvre", "La Croix-Rouge", "Maurepas", "Villejean", "Le Blosne", "Bréquigny",
    "Les Aubiers", "La Bastide", "Les Izards", "Empalot", "Bagatelle", "La Duchère", "Vaulx Village",
    "Les Grésillons", "Le Luth", "Les Courtillières", "La Noue", "Les Quatre-Chemins",
)

PAYS = (
    "du Pays de {root}", "des Coteaux de {root}", "du Val de {root}", "de la Vallée de {root}",
    "du Haut-{root}", "{root} Agglomération", "des Portes de {root}", "du Bocage de {root}",
    "du Plateau de {root}", "des Monts de {root}", "de la Côte de {root}",
)

FIRST_NAMES = (
    "Claire", "Julien", "Sophie", "Mathieu", "Nadia", "Karim", "Élodie", "Thomas", "Aurélie",
    "Nicolas", "Fatima", "Olivier", "Camille", "Sébastien", "Léa", "Yannick", "Hélène", "Mehdi",
    "Isabelle", "François", "Marion", "Pierre", "Amandine", "Rachid", "Céline", "Benoît", "Laure",
    "Guillaume", "Agnès", "Samuel", "Maëlle", "Jérôme", "Anne-Sophie", "Jean-Marc", "Chloé", "Didier",
)

LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
    "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
    "Boyer", "Benali", "Nguyen", "Le Gall", "Kerbrat", "Haddad", "Ferreira", "Da Silva",
)

ORGANISATIONS = (
    "la mairie", "la communauté de communes", "le département", "la préfecture", "France Travail",
    "la mission locale", "le comité local pour l'emploi", "l'entreprise à but d'emploi",
    "la région", "la chambre de commerce", "l'association des habitants", "le centre social",
    "la Caf", "le PLIE", "la DDETS", "les bailleurs sociaux", "le Fonds d'expérimentation",
)

TASKS = (
    "Relancer {org} au sujet de la convention de financement",
    "Préparer le dossier de candidature pour {org}",
    "Organiser une réunion publique avec {org}",
    "Transmettre le compte rendu à {org}",
    "Recenser les personnes privées durablement d'emploi avec {org}",
    "Chiffrer les besoins en locaux avec {org}",
    "Rencontrer {org} pour présenter l'expérimentation",
    "Mettre à jour la liste des activités utiles avec {org}",
    "Caler le calendrier du comité local avec {org}",
    "Faire signer la délibération par {org}",
    "Envoyer le bilan intermédiaire à {org}",
    "Vérifier les chiffres du chômage de longue durée avec {org}",
    "Préparer la visite de l'entreprise à but d'emploi avec {org}",
    "Répondre aux questions de {org} sur le budget",
)

SENTENCES = (
    "Le comité local s'est réuni au complet et a validé la feuille de route.",
    "Les élus ont confirmé leur soutien et proposent de mettre à disposition un local.",
    "Le recensement des personnes privées durablement d'emploi avance : une centaine de rencontres ont eu lieu.",
    "L'entreprise à but d'emploi compte désormais plusieurs dizaines de salariés en CDI.",
    "La question du financement de la part départementale reste ouverte.",
    "France Travail participera aux prochaines rencontres avec les demandeurs d'emploi.",
    "Des activités nouvelles sont envisagées : ressourcerie, maraîchage, conciergerie de quartier.",
    "Les commerçants s'inquiètent d'une concurrence possible ; une rencontre est prévue pour les rassurer.",
    "Le calendrier de candidature est tenu, le dossier sera déposé avant l'été.",
    "Un point d'étape sera présenté au conseil communautaire du mois prochain.",
    "Les habitants du quartier ont été invités à une réunion publique à la salle des fêtes.",
    "La grappe propose de mutualiser la formation des encadrants entre territoires voisins.",
    "Le bilan de l'année montre une hausse des sorties vers l'emploi classique.",
    "Plusieurs partenaires attendent la publication de l'arrêté avant de s'engager.",
    "Le comité a demandé un appui juridique sur la question des statuts de l'association.",
)

PLACES = (
    "Mairie de {commune}", "Salle polyvalente, {commune}", "Maison des associations, {commune}",
    "Locaux de l'EBE, {commune}", "Médiathèque de {commune}", "Visioconférence",
    "Centre social, {commune}", "Hôtel de la communauté de communes, {commune}",
)

AGENDA_THEMES = (
    "Accueil et tour de table", "Actualités nationales", "Vie de la grappe", "Financement",
    "Formation des encadrants", "Questions diverses", "Calendrier des prochaines rencontres",
)

AGENDA_POINTS = (
    "Point d'étape du projet", "Retour sur le recensement des personnes privées d'emploi",
    "Présentation des nouvelles activités", "Budget et convention de financement",
    "Préparation du dossier de candidature", "Échanges de pratiques entre territoires",
    "Bilan du comité local pour l'emploi", "Organisation de la prochaine visite",
)

DOCUMENT_TITLES = (
    "Compte rendu du comité local", "Convention de financement", "Dossier de candidature",
    "Fiche méthode sur le recensement", "Modèle de délibération", "Bilan annuel de l'entreprise à but d'emploi",
    "Support de formation des encadrants", "Plaquette de présentation", "Note juridique sur les statuts",
    "Programme de la journée de grappe",
)

DOCUMENT_TAGS = ("candidature", "financement", "CLE", "EBE", "recensement", "formation", "juridique", "bilan")

DIRECTIONS = ("Nord", "Sud", "Est", "Ouest", "Centre", "Littoral", "Montagne", "Vallée", "Plaine", "Bocage")


def commune(rng: random.Random) -> str:
    """Return a commune name such as "Beaumont-sur-Sarthe"."""
    root = rng.choice(COMMUNE_ROOTS)
    ending = rng.choice(COMMUNE_ENDINGS)
    if "-" in root and ending:
        return root
    return root + ending


def territory_name(rng: random.Random) -> tuple[str, str]:
    """Return an invented territory name and the communes it covers."""
    pattern = rng.random()
    if pattern < 0.35:
        name = commune(rng)
        return name, name
    if pattern < 0.55:
        town = commune(rng)
        return f"{town} – quartier {rng.choice(QUARTIERS)}", town
    if pattern < 0.75:
        root = rng.choice(COMMUNE_ROOTS)
        members = sorted({commune(rng) for _ in range(rng.randint(3, 9))})
        return f"Communauté de communes {rng.choice(PAYS).format(root=root)}", " ; ".join(members)
    if pattern < 0.85:
        first, second = commune(rng), commune(rng)
        return f"{first} et {second}", f"{first} ; {second}"
    town = commune(rng)
    quartier, other = rng.sample(QUARTIERS, 2)
    return f"{town} ({quartier} et {other})", town


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def task(rng: random.Random) -> str:
    return rng.choice(TASKS).format(org=rng.choice(ORGANISATIONS))


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def text(rng: random.Random, paragraphs: int, sentences: tuple[int, int] = (2, 5)) -> str:
    """Return paragraphs separated by blank lines, as referents type minutes and notes."""
    return "\n\n".join(paragraph(rng, rng.randint(*sentences)) for _ in range(paragraphs))


def place(rng: random.Random) -> str:
    return rng.choice(PLACES).format(commune=commune(rng))
