<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
    <context>
        <name />
        <message>
            <source>Actions en retard</source>
            <translation>Actions en retard</translation>
        </message>
        <message>
            <source>Réunions des {days} prochains jours</source>
            <translation>Réunions des {days} prochains jours</translation>
        </message>
        <message>
            <source>Territoires sans contact depuis plus de {weeks} semaines</source>
            <translation>Territoires sans contact depuis plus de {weeks} semaines</translation>
        </message>
        <message>
            <source>Candidatures en instruction</source>
            <translation>Candidatures en instruction</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territoires</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>À propos de TZCLD Desktop</source>
            <translation>À propos de TZCLD Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>L'outil hors ligne des référentes et référents nationaux de TZCLD : territoires, grappes, réunions, documents PDF et échanges par fichier.</source>
            <translation>L'outil hors ligne des référentes et référents nationaux de TZCLD : territoires, grappes, réunions, documents PDF et échanges par fichier.</translation>
        </message>
        <message>
            <source>Logiciel libre sous licence GNU Affero General Public License, version 3 ou ultérieure ({license}).</source>
            <translation>Logiciel libre sous licence GNU Affero General Public License, version 3 ou ultérieure ({license}).</translation>
        </message>
        <message>
            <source>Dossier de données : {path}</source>
            <translation>Dossier de données : {path}</translation>
        </message>
        <message>
            <source>Ouvrir le dossier</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>À propos de Qt</source>
            <translation>À propos de Qt</translation>
        </message>
        <message>
            <source>Composants inclus et leurs licences :</source>
            <translation>Composants inclus et leurs licences :</translation>
        </message>
        <message>
            <source>Composants inclus et leurs licences</source>
            <translation>Composants inclus et leurs licences</translation>
        </message>
        <message>
            <source>Composant</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>non indiquée</source>
            <translation>non indiquée</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Nouvelle action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Modifier l'action</source>
            <translation>Modifier l'action</translation>
        </message>
        <message>
            <source>Aucun (action de la grappe)</source>
            <translation>Aucun (action de la grappe)</translation>
        </message>
        <message>
            <source>Personne ou organisation</source>
            <translation>Personne ou organisation</translation>
        </message>
        <message>
            <source>Avant le</source>
            <translation>Avant le</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>À faire</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Fait</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Abandonnée</source>
            <translation>Abandonnée</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <source>{status}, en retard</source>
            <translation>{status}, en retard</translation>
        </message>
        <message>
            <source>Action non enregistrée</source>
            <translation>Action non enregistrée</translation>
        </message>
        <message>
            <source>&amp;Nouvelle action…</source>
            <translation>&amp;Nouvelle action…</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Supprimer une action</source>
            <translation>Supprimer une action</translation>
        </message>
        <message>
            <source>Supprimer l'action « {text} » ?</source>
            <translation>Supprimer l'action « {text} » ?</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Points de l'ordre du jour</source>
            <translation>Points de l'ordre du jour</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Intervenant</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <source>Durée prévue</source>
            <translation>Durée prévue</translation>
        </message>
        <message>
            <source>Préparation du point choisi</source>
            <translation>Préparation du point choisi</translation>
        </message>
        <message>
            <source>Préparation du point choisi, en lecture seule</source>
            <translation>Préparation du point choisi, en lecture seule</translation>
        </message>
        <message>
            <source>Texte préparé du point choisi</source>
            <translation>Texte préparé du point choisi</translation>
        </message>
        <message>
            <source>Ajouter un point…</source>
            <translation>Ajouter un point…</translation>
        </message>
        <message>
            <source>Modifier le point…</source>
            <translation>Modifier le point…</translation>
        </message>
        <message>
            <source>Retirer le point</source>
            <translation>Retirer le point</translation>
        </message>
        <message>
            <source>Préparer depuis les territoires présents</source>
            <translation>Préparer depuis les territoires présents</translation>
        </message>
        <message>
            <source>Appliquer un modèle…</source>
            <translation>Appliquer un modèle…</translation>
        </message>
        <message>
            <source>Enregistrer comme modèle…</source>
            <translation>Enregistrer comme modèle…</translation>
        </message>
        <message>
            <source>Alt+Haut et Alt+Bas déplacent le point ou la section choisie ; vous pouvez aussi faire glisser un point. Chaque modification est enregistrée aussitôt.</source>
            <translation>Alt+Haut et Alt+Bas déplacent le point ou la section choisie ; vous pouvez aussi faire glisser un point. Chaque modification est enregistrée aussitôt.</translation>
        </message>
        <message>
            <source>Sans section</source>
            <translation>Sans section</translation>
        </message>
        <message>
            <source>Durée prévue : {planned} (durée de la réunion non précisée).</source>
            <translation>Durée prévue : {planned} (durée de la réunion non précisée).</translation>
        </message>
        <message>
            <source>Durée prévue : {planned} pour une réunion de {length}. L'ordre du jour dépasse la durée de la réunion de {overrun}.</source>
            <translation>Durée prévue : {planned} pour une réunion de {length}. L'ordre du jour dépasse la durée de la réunion de {overrun}.</translation>
        </message>
        <message>
            <source>Durée prévue : {planned} pour une réunion de {length} (reste {left}).</source>
            <translation>Durée prévue : {planned} pour une réunion de {length} (reste {left}).</translation>
        </message>
        <message>
            <source>Ce territoire n'est pas noté présent à cette réunion : rien n'est préparé pour lui.</source>
            <translation>Ce territoire n'est pas noté présent à cette réunion : rien n'est préparé pour lui.</translation>
        </message>
        <message>
            <source>Point non ajouté</source>
            <translation>Point non ajouté</translation>
        </message>
        <message>
            <source>Point non modifié</source>
            <translation>Point non modifié</translation>
        </message>
        <message>
            <source>Retirer le point « {title} » de l'ordre du jour ? Ses décisions et informations sont retirées avec lui ; les actions décidées restent.</source>
            <translation>Retirer le point « {title} » de l'ordre du jour ? Ses décisions et informations sont retirées avec lui ; les actions décidées restent.</translation>
        </message>
        <message>
            <source>Point non retiré</source>
            <translation>Point non retiré</translation>
        </message>
        <message>
            <source>Point non déplacé</source>
            <translation>Point non déplacé</translation>
        </message>
        <message>
            <source>Section non déplacée</source>
            <translation>Section non déplacée</translation>
        </message>
        <message>
            <source>Ordre du jour non préparé</source>
            <translation>Ordre du jour non préparé</translation>
        </message>
        <message>
            <source>Chaque territoire présent a déjà sa section, ou aucun territoire n'est invité : cochez les territoires dans l'onglet « Présences ».</source>
            <translation>Chaque territoire présent a déjà sa section, ou aucun territoire n'est invité : cochez les territoires dans l'onglet « Présences ».</translation>
        </message>
        <message>
            <source>Appliquer un modèle</source>
            <translation>Appliquer un modèle</translation>
        </message>
        <message>
            <source>Aucun modèle d'ordre du jour pour ce type de réunion. Préparez un ordre du jour puis cliquez sur « Enregistrer comme modèle… ».</source>
            <translation>Aucun modèle d'ordre du jour pour ce type de réunion. Préparez un ordre du jour puis cliquez sur « Enregistrer comme modèle… ».</translation>
        </message>
        <message>
            <source>Ses points sont ajoutés à la fin de l'ordre du jour.</source>
            <translation>Ses points sont ajoutés à la fin de l'ordre du jour.</translation>
        </message>
        <message>
            <source>Modèle non appliqué</source>
            <translation>Modèle non appliqué</translation>
        </message>
        <message>
            <source>Enregistrer comme modèle</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <source>Nom du modèle (les sections des territoires n'y figurent pas) :</source>
            <translation>Nom du modèle (les sections des territoires n'y figurent pas) :</translation>
        </message>
        <message>
            <source>Modèle non enregistré</source>
            <translation>Modèle non enregistré</translation>
        </message>
        <message>
            <source>Modèle « {name} » enregistré.</source>
            <translation>Modèle « {name} » enregistré.</translation>
        </message>
    </context>
    <context>
        <name>AnimatorDialog</name>
        <message>
            <source>Ajouter à l'animation</source>
            <translation>Ajouter à l'animation</translation>
        </message>
        <message>
            <source>Modifier le contact d'animation</source>
            <translation>Modifier le contact d'animation</translation>
        </message>
        <message>
            <source>Par exemple : Association Ressources</source>
            <translation>Par exemple : Association Ressources</translation>
        </message>
        <message>
            <source>Nom de la personne, ou de nouveau l'organisation</source>
            <translation>Nom de la personne, ou de nouveau l'organisation</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ce contact a été supprimé entre-temps.</source>
            <translation>Ce contact a été supprimé entre-temps.</translation>
        </message>
        <message>
            <source>Contact non enregistré</source>
            <translation>Contact non enregistré</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Fichier de données endommagé</source>
            <translation>Fichier de données endommagé</translation>
        </message>
        <message>
            <source>Restaurer cette sauvegarde ? Sinon, l'application repart d'un fichier vide.</source>
            <translation>Restaurer cette sauvegarde ? Sinon, l'application repart d'un fichier vide.</translation>
        </message>
        <message>
            <source>Sauvegarde quotidienne non faite</source>
            <translation>Sauvegarde quotidienne non faite</translation>
        </message>
        <message>
            <source>La vérification quotidienne a trouvé des erreurs dans le fichier de données {path}. Fermez TZCLD Desktop puis rouvrez-le : le fichier sera mis de côté et la dernière sauvegarde intacte vous sera proposée.</source>
            <translation>La vérification quotidienne a trouvé des erreurs dans le fichier de données {path}. Fermez TZCLD Desktop puis rouvrez-le : le fichier sera mis de côté et la dernière sauvegarde intacte vous sera proposée.</translation>
        </message>
        <message>
            <source>Dossier déjà ouvert</source>
            <translation>Dossier déjà ouvert</translation>
        </message>
        <message>
            <source>Le dossier de données {folder} est déjà ouvert dans une autre fenêtre de TZCLD Desktop. Revenez à cette fenêtre, ou fermez-la avant de rouvrir l'application.</source>
            <translation>Le dossier de données {folder} est déjà ouvert dans une autre fenêtre de TZCLD Desktop. Revenez à cette fenêtre, ou fermez-la avant de rouvrir l'application.</translation>
        </message>
        <message>
            <source>Données inaccessibles</source>
            <translation>Données inaccessibles</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Mois précédent</source>
            <translation>Mois précédent</translation>
        </message>
        <message>
            <source>Mois suivant</source>
            <translation>Mois suivant</translation>
        </message>
        <message>
            <source>Aujourd'hui</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Exporter vers l'agenda (.ics)…</source>
            <translation>Exporter vers l'agenda (.ics)…</translation>
        </message>
        <message>
            <source>La réunion choisie…</source>
            <translation>La réunion choisie…</translation>
        </message>
        <message>
            <source>Toutes les réunions à venir…</source>
            <translation>Toutes les réunions à venir…</translation>
        </message>
        <message>
            <source>Calendrier des réunions</source>
            <translation>Calendrier des réunions</translation>
        </message>
        <message>
            <source>Réunions du jour choisi</source>
            <translation>Réunions du jour choisi</translation>
        </message>
        <message>
            <source>Jour</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Heure</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>journée</source>
            <translation>journée</translation>
        </message>
        <message>
            <source>Aucune réunion ce mois-ci.</source>
            <translation>Aucune réunion ce mois-ci.</translation>
        </message>
    </context>
    <context>
        <name>CleGroup</name>
        <message>
            <source>Comité local pour l'emploi (CLE)</source>
            <translation>Comité local pour l'emploi (CLE)</translation>
        </message>
        <message>
            <source>En général l'élu ou l'élue du territoire</source>
            <translation>En général l'élu ou l'élue du territoire</translation>
        </message>
        <message>
            <source>Une organisation ou une personne par ligne</source>
            <translation>Une organisation ou une personne par ligne</translation>
        </message>
        <message>
            <source>Présidence</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Membres</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Date de création</source>
            <translation>Date de création</translation>
        </message>
        <message>
            <source>Comité local pour l'emploi enregistré.</source>
            <translation>Comité local pour l'emploi enregistré.</translation>
        </message>
    </context>
    <context>
        <name>ClusterDialog</name>
        <message>
            <source>Nouvelle grappe</source>
            <translation>Nouvelle grappe</translation>
        </message>
        <message>
            <source>Modifier la grappe</source>
            <translation>Modifier la grappe</translation>
        </message>
        <message>
            <source>Par exemple : Grappe Isère – Savoie</source>
            <translation>Par exemple : Grappe Isère – Savoie</translation>
        </message>
        <message>
            <source>Organisations et personnes qui animent la grappe, une par ligne</source>
            <translation>Organisations et personnes qui animent la grappe, une par ligne</translation>
        </message>
        <message>
            <source>La référente ou le référent national en binôme</source>
            <translation>La référente ou le référent national en binôme</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Référente ou référent</source>
            <translation>Référente ou référent</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cette grappe a été supprimée entre-temps.</source>
            <translation>Cette grappe a été supprimée entre-temps.</translation>
        </message>
        <message>
            <source>Grappe non enregistrée</source>
            <translation>Grappe non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>ClusterMembersDialog</name>
        <message>
            <source>Territoires de la grappe « {name} »</source>
            <translation>Territoires de la grappe « {name} »</translation>
        </message>
        <message>
            <source>Cochez les territoires de la région {region} qui font partie de la grappe. Un territoire appartient à une seule grappe : le cocher le retire de sa grappe actuelle.</source>
            <translation>Cochez les territoires de la région {region} qui font partie de la grappe. Un territoire appartient à une seule grappe : le cocher le retire de sa grappe actuelle.</translation>
        </message>
        <message>
            <source>Rechercher un territoire</source>
            <translation>Rechercher un territoire</translation>
        </message>
        <message>
            <source>Aucun territoire n'est enregistré dans cette région. Ajoutez-en dans l'onglet des territoires.</source>
            <translation>Aucun territoire n'est enregistré dans cette région. Ajoutez-en dans l'onglet des territoires.</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>grappe {name}</source>
            <translation>grappe {name}</translation>
        </message>
        <message>
            <source>Territoires non enregistrés</source>
            <translation>Territoires non enregistrés</translation>
        </message>
    </context>
    <context>
        <name>ClusterPage</name>
        <message>
            <source>Modifier la grappe…</source>
            <translation>Modifier la grappe…</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Personne</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Ajouter…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Territoires membres</source>
            <translation>Territoires membres</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Habilitation</source>
            <translation>Habilitation</translation>
        </message>
        <message>
            <source>Choisir les territoires…</source>
            <translation>Choisir les territoires…</translation>
        </message>
        <message>
            <source>Historique des réunions</source>
            <translation>Historique des réunions</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Territoires présents / invités</source>
            <translation>Territoires présents / invités</translation>
        </message>
        <message>
            <source>Personnes présentes</source>
            <translation>Personnes présentes</translation>
        </message>
        <message>
            <source>Aucune réunion enregistrée pour cette grappe.</source>
            <translation>Aucune réunion enregistrée pour cette grappe.</translation>
        </message>
        <message>
            <source>Cette grappe a été supprimée.</source>
            <translation>Cette grappe a été supprimée.</translation>
        </message>
        <message>
            <source>Région : {name}</source>
            <translation>Région : {name}</translation>
        </message>
        <message>
            <source>non précisée</source>
            <translation>non précisée</translation>
        </message>
        <message>
            <source>Référente ou référent en binôme : {name}</source>
            <translation>Référente ou référent en binôme : {name}</translation>
        </message>
        <message>
            <source>Référente ou référent en binôme : non renseigné</source>
            <translation>Référente ou référent en binôme : non renseigné</translation>
        </message>
        <message>
            <source>Noté dans la fiche de la grappe : {names}</source>
            <translation>Noté dans la fiche de la grappe : {names}</translation>
        </message>
        <message>
            <source>Territoires membres ({count})</source>
            <translation>Territoires membres ({count})</translation>
        </message>
        <message>
            <source>Retirer de l'animation</source>
            <translation>Retirer de l'animation</translation>
        </message>
        <message>
            <source>Retirer « {name} » de l'animation de la grappe ?</source>
            <translation>Retirer « {name} » de l'animation de la grappe ?</translation>
        </message>
        <message>
            <source>Contact non retiré</source>
            <translation>Contact non retiré</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflits et suppressions à examiner</source>
            <translation>Conflits et suppressions à examiner</translation>
        </message>
        <message>
            <source>Élément</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Champ</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Valeurs</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Exporter la liste…</translation>
        </message>
        <message>
            <source>Conflits ({count})</source>
            <translation>Conflits ({count})</translation>
        </message>
        <message>
            <source>Suppressions à examiner ({count})</source>
            <translation>Suppressions à examiner ({count})</translation>
        </message>
        <message>
            <source>À examiner</source>
            <translation>À examiner</translation>
        </message>
        <message>
            <source>Valeur {number}</source>
            <translation>Valeur {number}</translation>
        </message>
        <message>
            <source>Conflit</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <source>Suppression</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>Choisissez un conflit ou une suppression dans la liste.</source>
            <translation>Choisissez un conflit ou une suppression dans la liste.</translation>
        </message>
        <message>
            <source>Rien à examiner : aucun conflit ni suppression en attente.</source>
            <translation>Rien à examiner : aucun conflit ni suppression en attente.</translation>
        </message>
        <message>
            <source>{type} « {name} »</source>
            <translation>{type} « {name} »</translation>
        </message>
        <message>
            <source>Le champ « {field} » a été modifié sur {count} copies sans que l'une ait vu la modification de l'autre. Gardez une des valeurs, ou écrivez-en une autre : votre choix sera transmis à vos collègues lors du prochain échange.</source>
            <translation>Le champ « {field} » a été modifié sur {count} copies sans que l'une ait vu la modification de l'autre. Gardez une des valeurs, ou écrivez-en une autre : votre choix sera transmis à vos collègues lors du prochain échange.</translation>
        </message>
        <message>
            <source>Les passages &lt;span style="background-color:{background}; color:{foreground}"&gt;surlignés&lt;/span&gt; ne figurent que dans une des versions.</source>
            <translation>Les passages &lt;span style="background-color:{background}; color:{foreground}"&gt;surlignés&lt;/span&gt; ne figurent que dans une des versions.</translation>
        </message>
        <message>
            <source>Pour ce champ, choisissez une des valeurs ci-dessus.</source>
            <translation>Pour ce champ, choisissez une des valeurs ci-dessus.</translation>
        </message>
        <message>
            <source>Copie sans nom</source>
            <translation>Copie sans nom</translation>
        </message>
        <message>
            <source>Écrite le {moment}</source>
            <translation>Écrite le {moment}</translation>
        </message>
        <message>
            <source>Valeur affichée en ce moment</source>
            <translation>Valeur affichée en ce moment</translation>
        </message>
        <message>
            <source>Valeur conservée, pas affichée</source>
            <translation>Valeur conservée, pas affichée</translation>
        </message>
        <message>
            <source>Garder cette valeur</source>
            <translation>Garder cette valeur</translation>
        </message>
        <message>
            <source>Écrire une autre valeur</source>
            <translation>Écrire une autre valeur</translation>
        </message>
        <message>
            <source>Le texte proposé est la valeur affichée : complétez-le avec ce que l'autre version apporte.</source>
            <translation>Le texte proposé est la valeur affichée : complétez-le avec ce que l'autre version apporte.</translation>
        </message>
        <message>
            <source>Enregistrer cette valeur</source>
            <translation>Enregistrer cette valeur</translation>
        </message>
        <message>
            <source>Supprimé par une copie pendant qu'une autre le modifiait.</source>
            <translation>Supprimé par une copie pendant qu'une autre le modifiait.</translation>
        </message>
        <message>
            <source>La suppression a été faite sur une copie qui n'avait pas vu la dernière modification. L'élément reste affiché jusqu'à votre décision.</source>
            <translation>La suppression a été faite sur une copie qui n'avait pas vu la dernière modification. L'élément reste affiché jusqu'à votre décision.</translation>
        </message>
        <message>
            <source>« Garder » annule la suppression ; « Supprimer » la confirme. Votre choix sera transmis à vos collègues lors du prochain échange.</source>
            <translation>« Garder » annule la suppression ; « Supprimer » la confirme. Votre choix sera transmis à vos collègues lors du prochain échange.</translation>
        </message>
        <message>
            <source>Garder</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Écrivez une valeur : ce champ ne peut pas rester vide.</source>
            <translation>Écrivez une valeur : ce champ ne peut pas rester vide.</translation>
        </message>
        <message>
            <source>Le texte est trop long : {length} caractères, pour {maximum} au plus.</source>
            <translation>Le texte est trop long : {length} caractères, pour {maximum} au plus.</translation>
        </message>
        <message>
            <source>Conflit non réglé</source>
            <translation>Conflit non réglé</translation>
        </message>
        <message>
            <source>Suppression non examinée</source>
            <translation>Suppression non examinée</translation>
        </message>
        <message>
            <source>(vide)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Présent</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Supprimé</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>{count} conflit</source>
            <translation>{count} conflit</translation>
        </message>
        <message>
            <source>{count} conflits</source>
            <translation>{count} conflits</translation>
        </message>
        <message>
            <source>{count} suppression</source>
            <translation>{count} suppression</translation>
        </message>
        <message>
            <source>{count} suppressions</source>
            <translation>{count} suppressions</translation>
        </message>
        <message>
            <source>{first} et {second}</source>
            <translation>{first} et {second}</translation>
        </message>
        <message>
            <source>{items} à examiner</source>
            <translation>{items} à examiner</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Cochez cette case quand la fiche contient des données personnelles (nom d'une personne, téléphone ou adresse électronique personnels). Ces données sont protégées par le RGPD : elles restent hors des documents PDF, sauf si vous demandez à les y mettre. Décochez-la pour un standard ou une adresse générique d'organisation.</source>
            <translation>Cochez cette case quand la fiche contient des données personnelles (nom d'une personne, téléphone ou adresse électronique personnels). Ces données sont protégées par le RGPD : elles restent hors des documents PDF, sauf si vous demandez à les y mettre. Décochez-la pour un standard ou une adresse générique d'organisation.</translation>
        </message>
        <message>
            <source>Nouveau contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Modifier le contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <source>prenom.nom@exemple.fr</source>
            <translation>prenom.nom@exemple.fr</translation>
        </message>
        <message>
            <source>Données &amp;personnelles</source>
            <translation>Données &amp;personnelles</translation>
        </message>
        <message>
            <source>&amp;Nom</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Rôle</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Téléphone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>&amp;Courriel</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ContactPickerDialog</name>
        <message>
            <source>Inviter des contacts</source>
            <translation>Inviter des contacts</translation>
        </message>
        <message>
            <source>Inviter</source>
            <translation>Inviter</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Contacts des territoires invités et de la grappe :</source>
            <translation>Contacts des territoires invités et de la grappe :</translation>
        </message>
    </context>
    <context>
        <name>ContactRole</name>
        <message>
            <source>Élu ou élue</source>
            <translation>Élu ou élue</translation>
        </message>
        <message>
            <source>Chef ou cheffe de projet</source>
            <translation>Chef ou cheffe de projet</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Direction d'EBE</source>
            <translation>Direction d'EBE</translation>
        </message>
        <message>
            <source>Membre du CLE</source>
            <translation>Membre du CLE</translation>
        </message>
        <message>
            <source>Partenaire</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>&amp;Ajouter un contact…</source>
            <translation>&amp;Ajouter un contact…</translation>
        </message>
        <message>
            <source>&amp;Écrire un courriel</source>
            <translation>&amp;Écrire un courriel</translation>
        </message>
        <message>
            <source>Données &amp;personnelles</source>
            <translation>Données &amp;personnelles</translation>
        </message>
        <message>
            <source>Exporter les données de ce contact…</source>
            <translation>Exporter les données de ce contact…</translation>
        </message>
        <message>
            <source>Effacer les données personnelles…</source>
            <translation>Effacer les données personnelles…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Données personnelles</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <source>Oui</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Non</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Supprimer un contact</source>
            <translation>Supprimer un contact</translation>
        </message>
        <message>
            <source>Supprimer le contact « {name} » ?

La suppression sera transmise à vos collègues lors du prochain échange de données.</source>
            <translation>Supprimer le contact « {name} » ?

La suppression sera transmise à vos collègues lors du prochain échange de données.</translation>
        </message>
        <message>
            <source>Aucun logiciel de messagerie ne s'est ouvert. Écrivez à {email} depuis votre messagerie.</source>
            <translation>Aucun logiciel de messagerie ne s'est ouvert. Écrivez à {email} depuis votre messagerie.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Opération impossible</source>
            <translation>Opération impossible</translation>
        </message>
        <message>
            <source>(fichier journal indisponible)</source>
            <translation>(fichier journal indisponible)</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite. Vos données déjà enregistrées ne sont pas touchées ; l'application continue. Pour aider à corriger le problème, envoyez le fichier journal à l'équipe qui vous accompagne :
{path}</source>
            <translation>Une erreur inattendue s'est produite. Vos données déjà enregistrées ne sont pas touchées ; l'application continue. Pour aider à corriger le problème, envoyez le fichier journal à l'équipe qui vous accompagne :
{path}</translation>
        </message>
        <message>
            <source>Erreur inattendue</source>
            <translation>Erreur inattendue</translation>
        </message>
    </context>
    <context>
        <name>Criterion</name>
        <message>
            <source>Engagements du candidat et des collectivités qui le soutiennent</source>
            <translation>Engagements du candidat et des collectivités qui le soutiennent</translation>
        </message>
        <message>
            <source>Profil du territoire</source>
            <translation>Profil du territoire</translation>
        </message>
        <message>
            <source>Plan de communication</source>
            <translation>Plan de communication</translation>
        </message>
        <message>
            <source>Cohérence avec le développement local et les politiques publiques</source>
            <translation>Cohérence avec le développement local et les politiques publiques</translation>
        </message>
        <message>
            <source>Mobilisation des acteurs</source>
            <translation>Mobilisation des acteurs</translation>
        </message>
        <message>
            <source>Création effective du CLE</source>
            <translation>Création effective du CLE</translation>
        </message>
        <message>
            <source>Projection des créations d'emplois</source>
            <translation>Projection des créations d'emplois</translation>
        </message>
        <message>
            <source>Leviers de l'exhaustivité</source>
            <translation>Leviers de l'exhaustivité</translation>
        </message>
        <message>
            <source>Moyens du CLE</source>
            <translation>Moyens du CLE</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
    </context>
    <context>
        <name>CriterionRow</name>
        <message>
            <source>Joindre une preuve…</source>
            <translation>Joindre une preuve…</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Ne plus lier ce document au critère ; il reste dans les documents</source>
            <translation>Ne plus lier ce document au critère ; il reste dans les documents</translation>
        </message>
        <message>
            <source>Preuve :</source>
            <translation>Preuve :</translation>
        </message>
        <message>
            <source>aucune preuve jointe</source>
            <translation>aucune preuve jointe</translation>
        </message>
        <message>
            <source>Remplacer la preuve…</source>
            <translation>Remplacer la preuve…</translation>
        </message>
        <message>
            <source>Critère « {criterion} » enregistré.</source>
            <translation>Critère « {criterion} » enregistré.</translation>
        </message>
        <message>
            <source>Preuve : {criterion}</source>
            <translation>Preuve : {criterion}</translation>
        </message>
    </context>
    <context>
        <name>CriterionStatus</name>
        <message>
            <source>Non commencé</source>
            <translation>Non commencé</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Rempli</source>
            <translation>Rempli</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Toutes les régions</source>
            <translation>Toutes les régions</translation>
        </message>
        <message>
            <source>Compter aussi les territoires des régions que vous ne suivez pas</source>
            <translation>Compter aussi les territoires des régions que vous ne suivez pas</translation>
        </message>
        <message>
            <source>Pour commencer</source>
            <translation>Pour commencer</translation>
        </message>
        <message>
            <source>Aucun territoire n'est encore enregistré pour vos régions. Vous pouvez importer la liste des territoires habilités fournie avec l'application, recevoir le fichier d'échange d'un collègue (menu « Échanges ») ou créer un territoire dans l'onglet « Territoires ».</source>
            <translation>Aucun territoire n'est encore enregistré pour vos régions. Vous pouvez importer la liste des territoires habilités fournie avec l'application, recevoir le fichier d'échange d'un collègue (menu « Échanges ») ou créer un territoire dans l'onglet « Territoires ».</translation>
        </message>
        <message>
            <source>Importer la liste des territoires habilités</source>
            <translation>Importer la liste des territoires habilités</translation>
        </message>
        <message>
            <source>Territoires par étape</source>
            <translation>Territoires par étape</translation>
        </message>
        <message>
            <source>Afficher ces territoires</source>
            <translation>Afficher ces territoires</translation>
        </message>
        <message>
            <source>À surveiller</source>
            <translation>À surveiller</translation>
        </message>
        <message>
            <source>Nombre de semaines sans note de journal ni réunion suivie</source>
            <translation>Nombre de semaines sans note de journal ni réunion suivie</translation>
        </message>
        <message>
            <source>Réunions à venir</source>
            <translation>Réunions à venir</translation>
        </message>
        <message>
            <source>Prochaines réunions</source>
            <translation>Prochaines réunions</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Chargement des données…</source>
            <translation>Chargement des données…</translation>
        </message>
        <message>
            <source>Tous les territoires, toutes régions confondues</source>
            <translation>Tous les territoires, toutes régions confondues</translation>
        </message>
        <message>
            <source>Territoires de vos régions : {regions}</source>
            <translation>Territoires de vos régions : {regions}</translation>
        </message>
        <message>
            <source>Total : {count} territoire</source>
            <translation>Total : {count} territoire</translation>
        </message>
        <message>
            <source>Total : {count} territoires</source>
            <translation>Total : {count} territoires</translation>
        </message>
        <message>
            <source>{count} action en retard</source>
            <translation>{count} action en retard</translation>
        </message>
        <message>
            <source>{count} actions en retard</source>
            <translation>{count} actions en retard</translation>
        </message>
        <message>
            <source>{count} candidature en instruction</source>
            <translation>{count} candidature en instruction</translation>
        </message>
        <message>
            <source>{count} candidatures en instruction</source>
            <translation>{count} candidatures en instruction</translation>
        </message>
        <message>
            <source>{count} territoire sans contact depuis plus de</source>
            <translation>{count} territoire sans contact depuis plus de</translation>
        </message>
        <message>
            <source>{count} territoires sans contact depuis plus de</source>
            <translation>{count} territoires sans contact depuis plus de</translation>
        </message>
        <message>
            <source>semaine</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>semaines</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>{count} territoire à risque</source>
            <translation>{count} territoire à risque</translation>
        </message>
        <message>
            <source>{count} territoires à risque</source>
            <translation>{count} territoires à risque</translation>
        </message>
        <message>
            <source>{count} territoire bloqué</source>
            <translation>{count} territoire bloqué</translation>
        </message>
        <message>
            <source>{count} territoires bloqués</source>
            <translation>{count} territoires bloqués</translation>
        </message>
        <message>
            <source>{count} réunion dans les {days} prochains jours</source>
            <translation>{count} réunion dans les {days} prochains jours</translation>
        </message>
        <message>
            <source>{count} réunions dans les {days} prochains jours</source>
            <translation>{count} réunions dans les {days} prochains jours</translation>
        </message>
        <message>
            <source>(sans titre)</source>
            <translation>(sans titre)</translation>
        </message>
    </context>
    <context>
        <name>DocumentCategory</name>
        <message>
            <source>Méthode</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Juridique</source>
            <translation>Juridique</translation>
        </message>
        <message>
            <source>Modèle</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Formation</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Évaluation</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>Fiche du territoire</source>
            <translation>Fiche du territoire</translation>
        </message>
        <message>
            <source>Document de réunion (avant la réunion)</source>
            <translation>Document de réunion (avant la réunion)</translation>
        </message>
        <message>
            <source>Compte rendu de réunion (après la réunion)</source>
            <translation>Compte rendu de réunion (après la réunion)</translation>
        </message>
        <message>
            <source>Synthèse régionale</source>
            <translation>Synthèse régionale</translation>
        </message>
        <message>
            <source>Dossier de réunion (document, fiches et synthèse)</source>
            <translation>Dossier de réunion (document, fiches et synthèse)</translation>
        </message>
        <message>
            <source>Fiches de tous les territoires d'une région</source>
            <translation>Fiches de tous les territoires d'une région</translation>
        </message>
        <message>
            <source>Ce document liste les contacts des territoires (nom, rôle, organisation). Leurs téléphones et adresses électroniques sont des données personnelles : ils n'y figurent que si vous cochez la case, et seulement pour les contacts marqués comme données personnelles ; les coordonnées génériques (standard, adresse de service) y figurent toujours.</source>
            <translation>Ce document liste les contacts des territoires (nom, rôle, organisation). Leurs téléphones et adresses électroniques sont des données personnelles : ils n'y figurent que si vous cochez la case, et seulement pour les contacts marqués comme données personnelles ; les coordonnées génériques (standard, adresse de service) y figurent toujours.</translation>
        </message>
        <message>
            <source>Ce document contient les noms des personnes invitées et leur présence, mais aucun téléphone ni adresse électronique.</source>
            <translation>Ce document contient les noms des personnes invitées et leur présence, mais aucun téléphone ni adresse électronique.</translation>
        </message>
        <message>
            <source>Ce document ne contient aucune donnée personnelle.</source>
            <translation>Ce document ne contient aucune donnée personnelle.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Bibliothèque</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Lien web</source>
            <translation>Lien web</translation>
        </message>
        <message>
            <source>Pièce jointe</source>
            <translation>Pièce jointe</translation>
        </message>
        <message>
            <source>&amp;Joindre un fichier…</source>
            <translation>&amp;Joindre un fichier…</translation>
        </message>
        <message>
            <source>&amp;Ouvrir</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Retirer</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Retire le document de ce territoire, sans l'effacer de la bibliothèque</source>
            <translation>Retire le document de ce territoire, sans l'effacer de la bibliothèque</translation>
        </message>
        <message>
            <source>Vous pouvez aussi déposer des fichiers ici en les faisant glisser.</source>
            <translation>Vous pouvez aussi déposer des fichiers ici en les faisant glisser.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Taille</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Transmis le</source>
            <translation>Transmis le</translation>
        </message>
        <message>
            <source>Origine</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Joindre un fichier</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <source>Tous les fichiers (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Copie du fichier {name}…</source>
            <translation>Copie du fichier {name}…</translation>
        </message>
        <message>
            <source>Fichier non joint</source>
            <translation>Fichier non joint</translation>
        </message>
        <message>
            <source>Dossiers non joints</source>
            <translation>Dossiers non joints</translation>
        </message>
        <message>
            <source>Seuls des fichiers peuvent être joints : les dossiers déposés ont été laissés de côté.</source>
            <translation>Seuls des fichiers peuvent être joints : les dossiers déposés ont été laissés de côté.</translation>
        </message>
        <message>
            <source>Ouvrir un document</source>
            <translation>Ouvrir un document</translation>
        </message>
        <message>
            <source>Le fichier « {name} » n'est pas encore dans vos données : sa fiche est arrivée sans lui. Il arrivera avec un prochain échange de données venant de la personne qui l'a joint ; vous pouvez aussi le lui demander.</source>
            <translation>Le fichier « {name} » n'est pas encore dans vos données : sa fiche est arrivée sans lui. Il arrivera avec un prochain échange de données venant de la personne qui l'a joint ; vous pouvez aussi le lui demander.</translation>
        </message>
        <message>
            <source>Le fichier « {name} » n'a pas pu être préparé pour l'affichage ({error}). Vérifiez la place libre sur le disque, puis recommencez.</source>
            <translation>Le fichier « {name} » n'a pas pu être préparé pour l'affichage ({error}). Vérifiez la place libre sur le disque, puis recommencez.</translation>
        </message>
        <message>
            <source>Aucune application n'a pu ouvrir « {name} ». Une copie du fichier se trouve ici :
{path}</source>
            <translation>Aucune application n'a pu ouvrir « {name} ». Une copie du fichier se trouve ici :
{path}</translation>
        </message>
        <message>
            <source>Retirer un document</source>
            <translation>Retirer un document</translation>
        </message>
        <message>
            <source>Retirer « {title} » des documents de ce territoire ?</source>
            <translation>Retirer « {title} » des documents de ce territoire ?</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>Modifications non enregistrées</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Enregistrer les modifications de « {name} » ?</source>
            <translation>Enregistrer les modifications de « {name} » ?</translation>
        </message>
        <message>
            <source>Territoire « {name} »</source>
            <translation>Territoire « {name} »</translation>
        </message>
        <message>
            <source>Nouveau territoire « {name} »</source>
            <translation>Nouveau territoire « {name} »</translation>
        </message>
        <message>
            <source>Réunion « {name} »</source>
            <translation>Réunion « {name} »</translation>
        </message>
        <message>
            <source>Nouvelle réunion « {name} »</source>
            <translation>Nouvelle réunion « {name} »</translation>
        </message>
        <message>
            <source>{title} du {date}</source>
            <translation>{title} du {date}</translation>
        </message>
        <message>
            <source>Vous aviez des modifications non enregistrées :
{list}

Les rouvrir maintenant ?</source>
            <translation>Vous aviez des modifications non enregistrées :
{list}

Les rouvrir maintenant ?</translation>
        </message>
        <message>
            <source>Rouvrir</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Plus tard</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Brouillon abandonné</source>
            <translation>Brouillon abandonné</translation>
        </message>
        <message>
            <source>{record} a été supprimé depuis : ses modifications non enregistrées ne peuvent pas être rouvertes. Vous les trouverez sous « Montrer les détails… ».</source>
            <translation>{record} a été supprimé depuis : ses modifications non enregistrées ne peuvent pas être rouvertes. Vous les trouverez sous « Montrer les détails… ».</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Doublons possibles</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Autre fiche</source>
            <translation>Autre fiche</translation>
        </message>
        <message>
            <source>Paires de fiches qui pourraient être des doublons</source>
            <translation>Paires de fiches qui pourraient être des doublons</translation>
        </message>
        <message>
            <source>Comparer…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Ces fiches portent le même nom au même endroit. Comparez-les pour les fusionner ou pour les garder toutes les deux.</source>
            <translation>Ces fiches portent le même nom au même endroit. Comparez-les pour les fusionner ou pour les garder toutes les deux.</translation>
        </message>
        <message>
            <source>Aucun doublon possible : chaque territoire n'a qu'une fiche.</source>
            <translation>Aucun doublon possible : chaque territoire n'a qu'une fiche.</translation>
        </message>
    </context>
    <context>
        <name>EbeDialog</name>
        <message>
            <source>Nouvelle EBE</source>
            <translation>Nouvelle EBE</translation>
        </message>
        <message>
            <source>Modifier l'EBE</source>
            <translation>Modifier l'EBE</translation>
        </message>
        <message>
            <source>Par exemple : recyclerie, maraîchage, mobilité</source>
            <translation>Par exemple : recyclerie, maraîchage, mobilité</translation>
        </message>
        <message>
            <source>par exemple 42,5</source>
            <translation>par exemple 42,5</translation>
        </message>
        <message>
            <source>Équivalents temps plein financés par la convention</source>
            <translation>Équivalents temps plein financés par la convention</translation>
        </message>
        <message>
            <source>&amp;Nom</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Ouverture</source>
            <translation>&amp;Ouverture</translation>
        </message>
        <message>
            <source>&amp;Secteurs d'activité</source>
            <translation>&amp;Secteurs d'activité</translation>
        </message>
        <message>
            <source>&amp;ETP financés (maximum)</source>
            <translation>&amp;ETP financés (maximum)</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Indiquez un nombre, par exemple 42,5.</source>
            <translation>Indiquez un nombre, par exemple 42,5.</translation>
        </message>
    </context>
    <context>
        <name>EbeTab</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Effectif</source>
            <translation>Effectif</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>&amp;Ajouter une EBE…</source>
            <translation>&amp;Ajouter une EBE…</translation>
        </message>
        <message>
            <source>Effectifs de l'EBE</source>
            <translation>Effectifs de l'EBE</translation>
        </message>
        <message>
            <source>&amp;Nouvel effectif…</source>
            <translation>&amp;Nouvel effectif…</translation>
        </message>
        <message>
            <source>Modifier l'effe&amp;ctif…</source>
            <translation>Modifier l'effe&amp;ctif…</translation>
        </message>
        <message>
            <source>Supprimer l'effec&amp;tif</source>
            <translation>Supprimer l'effec&amp;tif</translation>
        </message>
        <message>
            <source>EBE</source>
            <translation>EBE</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Ouverture</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Secteurs d'activité</source>
            <translation>Secteurs d'activité</translation>
        </message>
        <message>
            <source>ETP financés (max.)</source>
            <translation>ETP financés (max.)</translation>
        </message>
        <message>
            <source>Dernier effectif</source>
            <translation>Dernier effectif</translation>
        </message>
        <message>
            <source>Supprimer une EBE</source>
            <translation>Supprimer une EBE</translation>
        </message>
        <message>
            <source>Supprimer l'EBE « {name} » ?

Ses effectifs ne seront plus affichés.</source>
            <translation>Supprimer l'EBE « {name} » ?

Ses effectifs ne seront plus affichés.</translation>
        </message>
        <message>
            <source>Effectif au fil du temps : choisissez une EBE dans la liste</source>
            <translation>Effectif au fil du temps : choisissez une EBE dans la liste</translation>
        </message>
        <message>
            <source>Effectif de « {name} » au fil du temps</source>
            <translation>Effectif de « {name} » au fil du temps</translation>
        </message>
        <message>
            <source>Effectif de « {name} »</source>
            <translation>Effectif de « {name} »</translation>
        </message>
        <message>
            <source>Supprimer l'effectif du {date} ({value}) ?</source>
            <translation>Supprimer l'effectif du {date} ({value}) ?</translation>
        </message>
        <message>
            <source>Supprimer un effectif</source>
            <translation>Supprimer un effectif</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Suppression impossible</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Aperçu de l'import : rien n'a encore été enregistré.</source>
            <translation>Aperçu de l'import : rien n'a encore été enregistré.</translation>
        </message>
        <message>
            <source>Des modifications du fichier envoyé par {person} ({count}) sont datées jusqu'à {days} après l'heure de cet ordinateur. L'horloge de l'un des deux ordinateurs est déréglée : vérifiez la date et l'heure de cet ordinateur, et demandez à {person} de vérifier celles du sien.</source>
            <translation>Des modifications du fichier envoyé par {person} ({count}) sont datées jusqu'à {days} après l'heure de cet ordinateur. L'horloge de l'un des deux ordinateurs est déréglée : vérifiez la date et l'heure de cet ordinateur, et demandez à {person} de vérifier celles du sien.</translation>
        </message>
        <message>
            <source>Fichier envoyé par {person} : {counts}.</source>
            <translation>Fichier envoyé par {person} : {counts}.</translation>
        </message>
        <message>
            <source>conflit à examiner</source>
            <translation>conflit à examiner</translation>
        </message>
        <message>
            <source>conflits à examiner</source>
            <translation>conflits à examiner</translation>
        </message>
        <message>
            <source>document reçu</source>
            <translation>document reçu</translation>
        </message>
        <message>
            <source>documents reçus</source>
            <translation>documents reçus</translation>
        </message>
        <message>
            <source>inchangé</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>inchangés</source>
            <translation>inchangés</translation>
        </message>
        <message>
            <source>jour</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>jours</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>modification</source>
            <translation>modification</translation>
        </message>
        <message>
            <source>modifications</source>
            <translation>modifications</translation>
        </message>
        <message>
            <source>modifié</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>modifiés</source>
            <translation>modifiés</translation>
        </message>
        <message>
            <source>nouveaux éléments</source>
            <translation>nouveaux éléments</translation>
        </message>
        <message>
            <source>nouvel élément</source>
            <translation>nouvel élément</translation>
        </message>
        <message>
            <source>supprimé</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>supprimés</source>
            <translation>supprimés</translation>
        </message>
        <message>
            <source>une copie sans nom de référent</source>
            <translation>une copie sans nom de référent</translation>
        </message>
        <message>
            <source>{count} sans leur fichier : ils restent listés, marqués « fichier manquant », jusqu'à ce qu'un fichier d'échange les apporte.</source>
            <translation>{count} sans leur fichier : ils restent listés, marqués « fichier manquant », jusqu'à ce qu'un fichier d'échange les apporte.</translation>
        </message>
        <message>
            <source>{records} dans {file}.</source>
            <translation>{records} dans {file}.</translation>
        </message>
        <message>
            <source>élément exporté</source>
            <translation>élément exporté</translation>
        </message>
        <message>
            <source>éléments exportés</source>
            <translation>éléments exportés</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFileError</name>
        <message>
            <source>Le fichier d'échange ne contient pas l'élément {member}. Il est incomplet : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange ne contient pas l'élément {member}. Il est incomplet : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Un enregistrement à exporter dépasse la taille maximale d'une ligne ({limit}) : le fichier d'échange ne pourrait pas être relu. Raccourcissez les textes très longs de cet enregistrement, puis exportez de nouveau.</source>
            <translation>Un enregistrement à exporter dépasse la taille maximale d'une ligne ({limit}) : le fichier d'échange ne pourrait pas être relu. Raccourcissez les textes très longs de cet enregistrement, puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>Le manifeste du fichier d'échange {path} dépasserait la taille maximale ({limit}) : le fichier ne pourrait pas être relu. Signalez ce problème à l'équipe qui maintient TZCLD Desktop.</source>
            <translation>Le manifeste du fichier d'échange {path} dépasserait la taille maximale ({limit}) : le fichier ne pourrait pas être relu. Signalez ce problème à l'équipe qui maintient TZCLD Desktop.</translation>
        </message>
        <message>
            <source>L'export compte {count} éléments, au-delà de la limite de {limit} par fichier d'échange : le fichier ne pourrait pas être relu. Signalez ce problème à l'équipe qui maintient TZCLD Desktop.</source>
            <translation>L'export compte {count} éléments, au-delà de la limite de {limit} par fichier d'échange : le fichier ne pourrait pas être relu. Signalez ce problème à l'équipe qui maintient TZCLD Desktop.</translation>
        </message>
        <message>
            <source>L'élément {member} à exporter dépasse la taille maximale de {limit} : le fichier d'échange ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
            <translation>L'élément {member} à exporter dépasse la taille maximale de {limit} : le fichier d'échange ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>Les données à exporter dépassent la taille maximale d'un fichier d'échange ({limit}) : le fichier ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
            <translation>Les données à exporter dépassent la taille maximale d'un fichier d'échange ({limit}) : le fichier ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>Le fichier de document {member} à exporter dépasse {limit}, la taille maximale d'un document : le fichier d'échange ne pourrait pas être relu. Remplacez ce document par une version plus légère, puis exportez de nouveau.</source>
            <translation>Le fichier de document {member} à exporter dépasse {limit}, la taille maximale d'un document : le fichier d'échange ne pourrait pas être relu. Remplacez ce document par une version plus légère, puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>Les fichiers des documents à exporter totalisent plus de {limit}, la taille maximale des pièces jointes d'un fichier d'échange. Exportez plutôt pour un référent précis : seuls les documents qu'il n'a pas encore reçus sont alors joints.</source>
            <translation>Les fichiers des documents à exporter totalisent plus de {limit}, la taille maximale des pièces jointes d'un fichier d'échange. Exportez plutôt pour un référent précis : seuls les documents qu'il n'a pas encore reçus sont alors joints.</translation>
        </message>
        <message>
            <source>Le disque est plein : le fichier d'échange {path} n'a pas pu être écrit. Libérez de la place ou choisissez un autre emplacement.</source>
            <translation>Le disque est plein : le fichier d'échange {path} n'a pas pu être écrit. Libérez de la place ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>L'emplacement choisi est en lecture seule : le fichier d'échange {path} n'a pas pu être écrit. Choisissez un autre emplacement, par exemple votre dossier Documents.</source>
            <translation>L'emplacement choisi est en lecture seule : le fichier d'échange {path} n'a pas pu être écrit. Choisissez un autre emplacement, par exemple votre dossier Documents.</translation>
        </message>
        <message>
            <source>Accès refusé : le fichier d'échange {path} n'a pas pu être écrit. Vérifiez que vous avez le droit d'écrire dans ce dossier et qu'aucun autre programme n'a ouvert ce fichier, ou choisissez un autre emplacement.</source>
            <translation>Accès refusé : le fichier d'échange {path} n'a pas pu être écrit. Vérifiez que vous avez le droit d'écrire dans ce dossier et qu'aucun autre programme n'a ouvert ce fichier, ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>Le dossier {folder} n'existe pas : le fichier d'échange {path} n'a pas pu être écrit. Choisissez un dossier existant.</source>
            <translation>Le dossier {folder} n'existe pas : le fichier d'échange {path} n'a pas pu être écrit. Choisissez un dossier existant.</translation>
        </message>
        <message>
            <source>{path} est un dossier : le fichier d'échange n'a pas pu être écrit sous ce nom. Choisissez un autre nom de fichier.</source>
            <translation>{path} est un dossier : le fichier d'échange n'a pas pu être écrit sous ce nom. Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>L'écriture du fichier d'échange {path} a échoué ({reason}). Vérifiez l'emplacement choisi, puis réessayez.</source>
            <translation>L'écriture du fichier d'échange {path} a échoué ({reason}). Vérifiez l'emplacement choisi, puis réessayez.</translation>
        </message>
        <message>
            <source>{path} est un dossier et non un fichier d'échange. Choisissez un fichier {extension}.</source>
            <translation>{path} est un dossier et non un fichier d'échange. Choisissez un fichier {extension}.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} est endommagé ou incomplet (copie interrompue, téléchargement tronqué ou support défectueux). Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange {path} est endommagé ou incomplet (copie interrompue, téléchargement tronqué ou support défectueux). Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} est vide : il a sans doute été mal copié ou mal transmis. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange {path} est vide : il a sans doute été mal copié ou mal transmis. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop (ce n'est pas une archive zip). Vérifiez que vous avez choisi le bon fichier, d'extension {extension}.</source>
            <translation>Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop (ce n'est pas une archive zip). Vérifiez que vous avez choisi le bon fichier, d'extension {extension}.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient {count} éléments, au-delà de la limite de {limit}. Il a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange {path} contient {count} éléments, au-delà de la limite de {limit}. Il a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier {path} ne contient pas de manifeste ({manifest}) : ce n'est pas un fichier d'échange TZCLD Desktop, ou il est incomplet. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier {path} ne contient pas de manifeste ({manifest}) : ce n'est pas un fichier d'échange TZCLD Desktop, ou il est incomplet. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} est introuvable. Vérifiez qu'il n'a pas été déplacé ou renommé, puis choisissez-le de nouveau.</source>
            <translation>Le fichier d'échange {path} est introuvable. Vérifiez qu'il n'a pas été déplacé ou renommé, puis choisissez-le de nouveau.</translation>
        </message>
        <message>
            <source>Accès refusé : vous n'avez pas le droit de lire le fichier d'échange {path}. Vérifiez les droits d'accès à ce fichier ou copiez-le dans votre dossier Documents, puis réessayez.</source>
            <translation>Accès refusé : vous n'avez pas le droit de lire le fichier d'échange {path}. Vérifiez les droits d'accès à ce fichier ou copiez-le dans votre dossier Documents, puis réessayez.</translation>
        </message>
        <message>
            <source>La lecture du fichier d'échange {path} a échoué ({reason}). Vérifiez que le support (clé USB, dossier partagé) est toujours accessible, puis réessayez.</source>
            <translation>La lecture du fichier d'échange {path} a échoué ({reason}). Vérifiez que le support (clé USB, dossier partagé) est toujours accessible, puis réessayez.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient un élément au nom non autorisé ({member}). Ce fichier a été modifié et pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange {path} contient un élément au nom non autorisé ({member}). Ce fichier a été modifié et pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient plusieurs éléments nommés {member}. Ce fichier a été modifié : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange {path} contient plusieurs éléments nommés {member}. Ce fichier a été modifié : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} est protégé par un mot de passe zip, ce que TZCLD Desktop n'utilise pas. Demandez à l'expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le modifier avec un autre outil.</source>
            <translation>L'élément {member} du fichier d'échange {path} est protégé par un mot de passe zip, ce que TZCLD Desktop n'utilise pas. Demandez à l'expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le modifier avec un autre outil.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} utilise une méthode de compression ou une version du format zip que TZCLD Desktop ne lit pas. Demandez à l'expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le recompresser avec un autre outil.</source>
            <translation>L'élément {member} du fichier d'échange {path} utilise une méthode de compression ou une version du format zip que TZCLD Desktop ne lit pas. Demandez à l'expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le recompresser avec un autre outil.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} contient la clé « {key} » en double. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le manifeste ({manifest}) du fichier d'échange {path} contient la clé « {key} » en double. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} n'est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le manifeste ({manifest}) du fichier d'échange {path} n'est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} ne contient pas un objet JSON. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le manifeste ({manifest}) du fichier d'échange {path} ne contient pas un objet JSON. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop : son manifeste n'indique pas le format « {format} ». Vérifiez que vous avez choisi le bon fichier.</source>
            <translation>Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop : son manifeste n'indique pas le format « {format} ». Vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} demande la version {required} du format d'échange, alors que cette version de TZCLD Desktop ne lit que jusqu'à la version {supported}. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
            <translation>Le fichier d'échange {path} demande la version {required} du format d'échange, alors que cette version de TZCLD Desktop ne lit que jusqu'à la version {supported}. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient une pièce jointe au nom non autorisé ({member}) : une pièce jointe doit être nommée files/ suivi de son empreinte SHA-256. Ce fichier a été modifié et pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange {path} contient une pièce jointe au nom non autorisé ({member}) : une pièce jointe doit être nommée files/ suivi de son empreinte SHA-256. Ce fichier a été modifié et pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La pièce jointe {member} du fichier d'échange {path} annonce un contenu différent de celui que son nom désigne : le fichier a été modifié. Ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>La pièce jointe {member} du fichier d'échange {path} annonce un contenu différent de celui que son nom désigne : le fichier a été modifié. Ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La pièce jointe {member} du fichier d'échange {path} dépasse {limit}, la taille maximale d'un document. Ce fichier a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>La pièce jointe {member} du fichier d'échange {path} dépasse {limit}, la taille maximale d'un document. Ce fichier a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Les pièces jointes du fichier d'échange {path} totalisent plus de {limit}, la taille maximale admise. Ce fichier a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Les pièces jointes du fichier d'échange {path} totalisent plus de {limit}, la taille maximale admise. Ce fichier a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le manifeste ({manifest}) du fichier d'échange {path} dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} est invalide : le champ « {field} » est absent ou incorrect. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le manifeste ({manifest}) du fichier d'échange {path} est invalide : le champ « {field} » est absent ou incorrect. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient un élément absent de son manifeste ({member}) : il a été modifié après l'export. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange {path} contient un élément absent de son manifeste ({member}) : il a été modifié après l'export. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>L'élément {member} manque dans le fichier d'échange {path} : le fichier est incomplet ou a été modifié. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>L'élément {member} manque dans le fichier d'échange {path} : le fichier est incomplet ou a été modifié. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} ne correspond pas à son empreinte SHA-256 : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>L'élément {member} du fichier d'échange {path} ne correspond pas à son empreinte SHA-256 : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>L'élément {member} du fichier d'échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} est compressé plus de {ratio} fois, ce qui est le signe d'une bombe de décompression (un fichier piégé pour saturer la mémoire). Ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>L'élément {member} du fichier d'échange {path} est compressé plus de {ratio} fois, ce qui est le signe d'une bombe de décompression (un fichier piégé pour saturer la mémoire). Ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le contenu du fichier d'échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le contenu du fichier d'échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} n'a pas la taille indiquée par son manifeste : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>L'élément {member} du fichier d'échange {path} n'a pas la taille indiquée par son manifeste : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>La ligne {line} de l'élément {member} du fichier d'échange dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange n'est pas du texte UTF-8 valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>La ligne {line} de l'élément {member} du fichier d'échange n'est pas du texte UTF-8 valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange contient la clé « {key} » en double. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>La ligne {line} de l'élément {member} du fichier d'échange contient la clé « {key} » en double. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange n'est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>La ligne {line} de l'élément {member} du fichier d'échange n'est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange n'est pas un objet JSON. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>La ligne {line} de l'élément {member} du fichier d'échange n'est pas un objet JSON. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>le champ {field} ne peut pas être vide</source>
            <translation>le champ {field} ne peut pas être vide</translation>
        </message>
        <message>
            <source>le champ {field} dépasse {limit} caractères</source>
            <translation>le champ {field} dépasse {limit} caractères</translation>
        </message>
        <message>
            <source>la valeur du champ {field} n'a pas le bon type</source>
            <translation>la valeur du champ {field} n'a pas le bon type</translation>
        </message>
        <message>
            <source>le champ {field} ne désigne pas un élément valide</source>
            <translation>le champ {field} ne désigne pas un élément valide</translation>
        </message>
        <message>
            <source>clés inattendues</source>
            <translation>clés inattendues</translation>
        </message>
        <message>
            <source>colonne qui n'est pas une liste</source>
            <translation>colonne qui n'est pas une liste</translation>
        </message>
        <message>
            <source>colonnes vides, trop longues ou de longueurs différentes</source>
            <translation>colonnes vides, trop longues ou de longueurs différentes</translation>
        </message>
        <message>
            <source>table inconnue « {table} » (fichier d'une version plus récente ?)</source>
            <translation>table inconnue « {table} » (fichier d'une version plus récente ?)</translation>
        </message>
        <message>
            <source>champ inconnu « {field} » dans {table}</source>
            <translation>champ inconnu « {field} » dans {table}</translation>
        </message>
        <message>
            <source>identifiant d'élément invalide</source>
            <translation>identifiant d'élément invalide</translation>
        </message>
        <message>
            <source>contexte de synchronisation invalide</source>
            <translation>contexte de synchronisation invalide</translation>
        </message>
        <message>
            <source>valeurs manquantes ou trop nombreuses</source>
            <translation>valeurs manquantes ou trop nombreuses</translation>
        </message>
        <message>
            <source>valeur mal formée</source>
            <translation>valeur mal formée</translation>
        </message>
        <message>
            <source>auteur de modification invalide</source>
            <translation>auteur de modification invalide</translation>
        </message>
        <message>
            <source>horodatage invalide</source>
            <translation>horodatage invalide</translation>
        </message>
        <message>
            <source>nom d'auteur invalide</source>
            <translation>nom d'auteur invalide</translation>
        </message>
        <message>
            <source>valeur absente du contexte ou en double</source>
            <translation>valeur absente du contexte ou en double</translation>
        </message>
        <message>
            <source>Ce fichier d'échange a été protégé par une version plus récente de TZCLD Desktop (chiffrement version {version}, alors que cette version de l'application lit jusqu'à la version {supported}). Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
            <translation>Ce fichier d'échange a été protégé par une version plus récente de TZCLD Desktop (chiffrement version {version}, alors que cette version de l'application lit jusqu'à la version {supported}). Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</translation>
        </message>
        <message>
            <source>Ce fichier d'échange est protégé par un mot de passe. Saisissez le mot de passe que l'expéditeur vous a communiqué.</source>
            <translation>Ce fichier d'échange est protégé par un mot de passe. Saisissez le mot de passe que l'expéditeur vous a communiqué.</translation>
        </message>
        <message>
            <source>L'en-tête de chiffrement de ce fichier d'échange est invalide : le fichier a été endommagé ou modifié en route, ou ne provient pas de TZCLD Desktop. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>L'en-tête de chiffrement de ce fichier d'échange est invalide : le fichier a été endommagé ou modifié en route, ou ne provient pas de TZCLD Desktop. Demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>La mémoire disponible ne suffit pas pour calculer la clé de chiffrement du fichier d'échange ({memory} Mio nécessaires). Fermez d'autres applications, puis réessayez.</source>
            <translation>La mémoire disponible ne suffit pas pour calculer la clé de chiffrement du fichier d'échange ({memory} Mio nécessaires). Fermez d'autres applications, puis réessayez.</translation>
        </message>
        <message>
            <source>Le fichier d'échange contient un état de synchronisation invalide. Demandez à l'expéditeur de refaire l'export.</source>
            <translation>Le fichier d'échange contient un état de synchronisation invalide. Demandez à l'expéditeur de refaire l'export.</translation>
        </message>
        <message>
            <source>Le fichier d'échange dépasse la taille maximale d'un fichier protégé par un mot de passe (environ 2 Gio). Il a été modifié ou ne provient pas de TZCLD Desktop : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Le fichier d'échange dépasse la taille maximale d'un fichier protégé par un mot de passe (environ 2 Gio). Il a été modifié ou ne provient pas de TZCLD Desktop : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>Le fichier d'échange désigne une région ou un département inconnu de cette version. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
            <translation>Le fichier d'échange désigne une région ou un département inconnu de cette version. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</translation>
        </message>
        <message>
            <source>Le fichier d'échange est invalide (ligne {line} des données) : {problem}. Demandez à l'expéditeur de refaire l'export.</source>
            <translation>Le fichier d'échange est invalide (ligne {line} des données) : {problem}. Demandez à l'expéditeur de refaire l'export.</translation>
        </message>
        <message>
            <source>Le fichier d'échange ne dit pas qui l'a envoyé (expéditeur manquant ou invalide). Demandez à l'expéditeur de refaire l'export.</source>
            <translation>Le fichier d'échange ne dit pas qui l'a envoyé (expéditeur manquant ou invalide). Demandez à l'expéditeur de refaire l'export.</translation>
        </message>
        <message>
            <source>Le fichier {file} est incohérent : le champ {field} de l'élément {record} apparaît deux fois (ligne {line}). Demandez à l'expéditeur de refaire l'export.</source>
            <translation>Le fichier {file} est incohérent : le champ {field} de l'élément {record} apparaît deux fois (ligne {line}). Demandez à l'expéditeur de refaire l'export.</translation>
        </message>
        <message>
            <source>Le fichier {file} ne contient pas de données ({member} manquant). Demandez à l'expéditeur de refaire l'export.</source>
            <translation>Le fichier {file} ne contient pas de données ({member} manquant). Demandez à l'expéditeur de refaire l'export.</translation>
        </message>
        <message>
            <source>Le mot de passe est incorrect, ou le fichier a été modifié ou endommagé en route. Vérifiez le mot de passe avec l'expéditeur ; s'il est juste, demandez-lui un nouveau fichier.</source>
            <translation>Le mot de passe est incorrect, ou le fichier a été modifié ou endommagé en route. Vérifiez le mot de passe avec l'expéditeur ; s'il est juste, demandez-lui un nouveau fichier.</translation>
        </message>
        <message>
            <source>Le mot de passe est vide. Choisissez un mot de passe pour protéger le fichier d'échange, ou exportez-le sans mot de passe.</source>
            <translation>Le mot de passe est vide. Choisissez un mot de passe pour protéger le fichier d'échange, ou exportez-le sans mot de passe.</translation>
        </message>
        <message>
            <source>Le mot de passe est vide. Saisissez le mot de passe que l'expéditeur vous a communiqué.</source>
            <translation>Le mot de passe est vide. Saisissez le mot de passe que l'expéditeur vous a communiqué.</translation>
        </message>
        <message>
            <source>Les données à exporter dépassent la taille maximale d'un fichier d'échange protégé par un mot de passe (environ 2 Gio). Exportez-les sans mot de passe ou retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
            <translation>Les données à exporter dépassent la taille maximale d'un fichier d'échange protégé par un mot de passe (environ 2 Gio). Exportez-les sans mot de passe ou retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLogDialog</name>
        <message>
            <source>Journal des échanges</source>
            <translation>Journal des échanges</translation>
        </message>
        <message>
            <source>Échanges de fichiers</source>
            <translation>Échanges de fichiers</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Exporter la liste…</translation>
        </message>
        <message>
            <source>Aucun fichier envoyé ni reçu pour l'instant.</source>
            <translation>Aucun fichier envoyé ni reçu pour l'instant.</translation>
        </message>
        <message>
            <source>Les {count} derniers échanges sont affichés.</source>
            <translation>Les {count} derniers échanges sont affichés.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLogTableModel</name>
        <message>
            <source>Annulé</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Collègue</source>
            <translation>Collègue</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Envoyé</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Reçu</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Résultat</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Réussi</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Sens</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Tous (export complet)</source>
            <translation>Tous (export complet)</translation>
        </message>
        <message>
            <source>Éléments</source>
            <translation>Éléments</translation>
        </message>
    </context>
    <context>
        <name>ExchangeText</name>
        <message>
            <source>{count} conflit</source>
            <translation>{count} conflit</translation>
        </message>
        <message>
            <source>{count} conflits</source>
            <translation>{count} conflits</translation>
        </message>
        <message>
            <source>{count} modifié</source>
            <translation>{count} modifié</translation>
        </message>
        <message>
            <source>{count} modifiés</source>
            <translation>{count} modifiés</translation>
        </message>
        <message>
            <source>{count} nouveau</source>
            <translation>{count} nouveau</translation>
        </message>
        <message>
            <source>{count} nouveaux</source>
            <translation>{count} nouveaux</translation>
        </message>
        <message>
            <source>{count} supprimé</source>
            <translation>{count} supprimé</translation>
        </message>
        <message>
            <source>{count} supprimés</source>
            <translation>{count} supprimés</translation>
        </message>
        <message>
            <source>{count} élément</source>
            <translation>{count} élément</translation>
        </message>
        <message>
            <source>{count} éléments</source>
            <translation>{count} éléments</translation>
        </message>
        <message>
            <source>{day} à {time}</source>
            <translation>{day} à {time}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeWorkflows</name>
        <message>
            <source>Exporter tout</source>
            <translation>Exporter tout</translation>
        </message>
        <message>
            <source>Exporter pour un collègue</source>
            <translation>Exporter pour un collègue</translation>
        </message>
        <message>
            <source>Vous n'avez encore reçu aucun fichier d'un collègue. Utilisez « Exporter tout… » : le fichier contiendra toutes vos données.</source>
            <translation>Vous n'avez encore reçu aucun fichier d'un collègue. Utilisez « Exporter tout… » : le fichier contiendra toutes vos données.</translation>
        </message>
        <message>
            <source>Fichiers d'échange TZCLD (*.tzsync)</source>
            <translation>Fichiers d'échange TZCLD (*.tzsync)</translation>
        </message>
        <message>
            <source>Protéger le fichier par un mot de passe</source>
            <translation>Protéger le fichier par un mot de passe</translation>
        </message>
        <message>
            <source>Choisissez le mot de passe du fichier. Communiquez-le à votre collègue par un autre moyen que le fichier lui-même, par exemple par téléphone.</source>
            <translation>Choisissez le mot de passe du fichier. Communiquez-le à votre collègue par un autre moyen que le fichier lui-même, par exemple par téléphone.</translation>
        </message>
        <message>
            <source>Export en cours…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Export des données</source>
            <translation>Export des données</translation>
        </message>
        <message>
            <source>Le fichier est protégé par le mot de passe que vous avez choisi.</source>
            <translation>Le fichier est protégé par le mot de passe que vous avez choisi.</translation>
        </message>
        <message>
            <source>Importer des données</source>
            <translation>Importer des données</translation>
        </message>
        <message>
            <source>Fichiers d'échange TZCLD (*.tzsync);;Tous les fichiers (*)</source>
            <translation>Fichiers d'échange TZCLD (*.tzsync);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import des données</source>
            <translation>Import des données</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>L'import a été annulé : vos données n'ont pas changé.</source>
            <translation>L'import a été annulé : vos données n'ont pas changé.</translation>
        </message>
        <message>
            <source>Ce fichier est protégé par un mot de passe. Saisissez le mot de passe que l'expéditeur vous a communiqué.</source>
            <translation>Ce fichier est protégé par un mot de passe. Saisissez le mot de passe que l'expéditeur vous a communiqué.</translation>
        </message>
        <message>
            <source>Lecture du fichier…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Saisissez de nouveau le mot de passe, ou annulez.</source>
            <translation>Saisissez de nouveau le mot de passe, ou annulez.</translation>
        </message>
        <message>
            <source>Fichier protégé</source>
            <translation>Fichier protégé</translation>
        </message>
        <message>
            <source>l'expéditeur</source>
            <translation>l'expéditeur</translation>
        </message>
        <message>
            <source>Confirmer les suppressions</source>
            <translation>Confirmer les suppressions</translation>
        </message>
        <message>
            <source>Cet import va supprimer {count} éléments de vos listes (territoires, grappes, réunions ou actions), parce que {person} les a supprimés.

Vérifiez avec {person} que ces suppressions sont voulues. Voulez-vous vraiment importer ce fichier ?</source>
            <translation>Cet import va supprimer {count} éléments de vos listes (territoires, grappes, réunions ou actions), parce que {person} les a supprimés.

Vérifiez avec {person} que ces suppressions sont voulues. Voulez-vous vraiment importer ce fichier ?</translation>
        </message>
        <message>
            <source>Annuler le dernier import</source>
            <translation>Annuler le dernier import</translation>
        </message>
        <message>
            <source>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis.</source>
            <translation>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis.</translation>
        </message>
        <message>
            <source>un expéditeur sans nom</source>
            <translation>un expéditeur sans nom</translation>
        </message>
        <message>
            <source>Annuler l'import du fichier « {file} » reçu de {person} ?

Vos données reviendront à leur état d'avant cet import. L'état actuel est d'abord copié dans le dossier « sauvegardes » du dossier de données.</source>
            <translation>Annuler l'import du fichier « {file} » reçu de {person} ?

Vos données reviendront à leur état d'avant cet import. L'état actuel est d'abord copié dans le dossier « sauvegardes » du dossier de données.</translation>
        </message>
        <message>
            <source>Annulation en cours…</source>
            <translation>Annulation en cours…</translation>
        </message>
        <message>
            <source>L'import du fichier « {file} » a été annulé. Vous pouvez importer ce fichier de nouveau plus tard.</source>
            <translation>L'import du fichier « {file} » a été annulé. Vous pouvez importer ce fichier de nouveau plus tard.</translation>
        </message>
        <message>
            <source>Dossier partagé avec vos collègues (Nextcloud, Syncthing, OneDrive…)</source>
            <translation>Dossier partagé avec vos collègues (Nextcloud, Syncthing, OneDrive…)</translation>
        </message>
        <message>
            <source>Ne plus synchroniser avec le dossier partagé {folder} ?

Les fichiers du dossier ne sont pas effacés, et vos données ne changent pas.</source>
            <translation>Ne plus synchroniser avec le dossier partagé {folder} ?

Les fichiers du dossier ne sont pas effacés, et vos données ne changent pas.</translation>
        </message>
        <message>
            <source>Dossier partagé</source>
            <translation>Dossier partagé</translation>
        </message>
        <message>
            <source>Aucun dossier partagé n'est choisi. Choisissez-le d'abord par « Échanges › Dossier partagé… ».</source>
            <translation>Aucun dossier partagé n'est choisi. Choisissez-le d'abord par « Échanges › Dossier partagé… ».</translation>
        </message>
        <message>
            <source>Synchronisation avec le dossier partagé…</source>
            <translation>Synchronisation avec le dossier partagé…</translation>
        </message>
        <message>
            <source>Certains fichiers du dossier partagé ont été refusés. Vos données n'en ont rien reçu.</source>
            <translation>Certains fichiers du dossier partagé ont été refusés. Vos données n'en ont rien reçu.</translation>
        </message>
        <message>
            <source>Dossier partagé synchronisé : {summary}</source>
            <translation>Dossier partagé synchronisé : {summary}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Présence à une réunion</source>
            <translation>Présence à une réunion</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Suppression</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Date d'habilitation</source>
            <translation>Date d'habilitation</translation>
        </message>
        <message>
            <source>Note sur la date</source>
            <translation>Note sur la date</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Compte rendu</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>Décisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choisir le fichier</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>Un classeur Excel (.xlsx) ou un fichier CSV, tel qu'Excel ou LibreOffice l'enregistre.</source>
            <translation>Un classeur Excel (.xlsx) ou un fichier CSV, tel qu'Excel ou LibreOffice l'enregistre.</translation>
        </message>
        <message>
            <source>Données à importer</source>
            <translation>Données à importer</translation>
        </message>
        <message>
            <source>Fichier choisi</source>
            <translation>Fichier choisi</translation>
        </message>
        <message>
            <source>Choisir…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Choisir le fichier à importer</source>
            <translation>Choisir le fichier à importer</translation>
        </message>
        <message>
            <source>Classeurs et fichiers CSV (*.xlsx *.csv *.txt);;Tous les fichiers (*)</source>
            <translation>Classeurs et fichiers CSV (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Lecture du fichier…</source>
            <translation>Lecture du fichier…</translation>
        </message>
    </context>
    <context>
        <name>FileSize</name>
        <message>
            <source>{value} octet</source>
            <translation>{value} octet</translation>
        </message>
        <message>
            <source>{value} octets</source>
            <translation>{value} octets</translation>
        </message>
        <message>
            <source>{value} Ko</source>
            <translation>{value} Ko</translation>
        </message>
        <message>
            <source>{value} Mo</source>
            <translation>{value} Mo</translation>
        </message>
        <message>
            <source>{value} Go</source>
            <translation>{value} Go</translation>
        </message>
    </context>
    <context>
        <name>FolderReviewDialog</name>
        <message>
            <source>Importer un dossier</source>
            <translation>Importer un dossier</translation>
        </message>
        <message>
            <source>{count} fichiers trouvés, dont {duplicates} en double. Cochez ceux à ajouter à la base documentaire, puis vérifiez leur titre et leur catégorie.</source>
            <translation>{count} fichiers trouvés, dont {duplicates} en double. Cochez ceux à ajouter à la base documentaire, puis vérifiez leur titre et leur catégorie.</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Remarque</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Ajouter à la base</source>
            <translation>Ajouter à la base</translation>
        </message>
        <message>
            <source>Plus de 50 Mo : ne peut pas être ajouté</source>
            <translation>Plus de 50 Mo : ne peut pas être ajouté</translation>
        </message>
        <message>
            <source>Déjà dans la base : « {title} »</source>
            <translation>Déjà dans la base : « {title} »</translation>
        </message>
        <message>
            <source>Même contenu que {file}</source>
            <translation>Même contenu que {file}</translation>
        </message>
    </context>
    <context>
        <name>HabilitationAct</name>
        <message>
            <source>Non précisé</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Arrêté ministériel</source>
            <translation>Arrêté ministériel</translation>
        </message>
        <message>
            <source>Décret en Conseil d'État</source>
            <translation>Décret en Conseil d'État</translation>
        </message>
    </context>
    <context>
        <name>HabilitationGroup</name>
        <message>
            <source>Acte d'habilitation</source>
            <translation>Acte d'habilitation</translation>
        </message>
        <message>
            <source>Acte</source>
            <translation>Acte</translation>
        </message>
        <message>
            <source>Date de l'acte</source>
            <translation>Date de l'acte</translation>
        </message>
        <message>
            <source>Publication au JO</source>
            <translation>Publication au JO</translation>
        </message>
        <message>
            <source>{date} (d'après l'historique)</source>
            <translation>{date} (d'après l'historique)</translation>
        </message>
        <message>
            <source>Ajoutez l'étape d'habilitation dans l'onglet « Historique ».</source>
            <translation>Ajoutez l'étape d'habilitation dans l'onglet « Historique ».</translation>
        </message>
        <message>
            <source>Acte d'habilitation enregistré.</source>
            <translation>Acte d'habilitation enregistré.</translation>
        </message>
    </context>
    <context>
        <name>HandoutExport</name>
        <message>
            <source>Document de réunion</source>
            <translation>Document de réunion</translation>
        </message>
        <message>
            <source>Document non créé</source>
            <translation>Document non créé</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Enregistrer le document de réunion</source>
            <translation>Enregistrer le document de réunion</translation>
        </message>
        <message>
            <source>Le document de réunion ({pages} p.) a été enregistré :
{path}</source>
            <translation>Le document de réunion ({pages} p.) a été enregistré :
{path}</translation>
        </message>
        <message>
            <source>Préparation du document de réunion…</source>
            <translation>Préparation du document de réunion…</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>Non renseignée</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>En bonne voie</source>
            <translation>En bonne voie</translation>
        </message>
        <message>
            <source>À risque</source>
            <translation>À risque</translation>
        </message>
        <message>
            <source>Bloqué</source>
            <translation>Bloqué</translation>
        </message>
    </context>
    <context>
        <name>HealthGroup</name>
        <message>
            <source>État de santé</source>
            <translation>État de santé</translation>
        </message>
        <message>
            <source>Obligatoire pour « À risque » et « Bloqué »</source>
            <translation>Obligatoire pour « À risque » et « Bloqué »</translation>
        </message>
        <message>
            <source>État</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Raison</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>État de santé enregistré.</source>
            <translation>État de santé enregistré.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Plus récentes en premier</source>
            <translation>Plus récentes en premier</translation>
        </message>
        <message>
            <source>Plus anciennes en premier</source>
            <translation>Plus anciennes en premier</translation>
        </message>
        <message>
            <source>Ordre :</source>
            <translation>Ordre :</translation>
        </message>
        <message>
            <source>Étapes du territoire</source>
            <translation>Étapes du territoire</translation>
        </message>
        <message>
            <source>Aucune étape enregistrée. Ajoutez la première avec « Ajouter une étape… ».</source>
            <translation>Aucune étape enregistrée. Ajoutez la première avec « Ajouter une étape… ».</translation>
        </message>
        <message>
            <source>Ajouter une étape…</source>
            <translation>Ajouter une étape…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>1 étape</source>
            <translation>1 étape</translation>
        </message>
        <message>
            <source>{count} étapes</source>
            <translation>{count} étapes</translation>
        </message>
        <message>
            <source>{steps}, la dernière le {date}</source>
            <translation>{steps}, la dernière le {date}</translation>
        </message>
        <message>
            <source>Étape enregistrée.</source>
            <translation>Étape enregistrée.</translation>
        </message>
        <message>
            <source>Supprimer l'étape « {step} » ?

L'étape du territoire sera recalculée d'après les étapes restantes.</source>
            <translation>Supprimer l'étape « {step} » ?

L'étape du territoire sera recalculée d'après les étapes restantes.</translation>
        </message>
        <message>
            <source>Supprimer une étape</source>
            <translation>Supprimer une étape</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Suppression impossible</translation>
        </message>
        <message>
            <source>Étape supprimée.</source>
            <translation>Étape supprimée.</translation>
        </message>
    </context>
    <context>
        <name>IcsExport</name>
        <message>
            <source>Visioconférence : {link}</source>
            <translation>Visioconférence : {link}</translation>
        </message>
        <message>
            <source>Ordre du jour :</source>
            <translation>Ordre du jour :</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Agenda exporté</source>
            <translation>Agenda exporté</translation>
        </message>
        <message>
            <source>Agenda non exporté</source>
            <translation>Agenda non exporté</translation>
        </message>
        <message>
            <source>Aucune réunion à venir n'est enregistrée : il n'y a rien à exporter.</source>
            <translation>Aucune réunion à venir n'est enregistrée : il n'y a rien à exporter.</translation>
        </message>
        <message>
            <source>Cette réunion n'a pas de date : indiquez sa date, puis exportez-la de nouveau.</source>
            <translation>Cette réunion n'a pas de date : indiquez sa date, puis exportez-la de nouveau.</translation>
        </message>
        <message>
            <source>Export vers l'agenda</source>
            <translation>Export vers l'agenda</translation>
        </message>
        <message>
            <source>Export vers l'agenda impossible</source>
            <translation>Export vers l'agenda impossible</translation>
        </message>
        <message>
            <source>Exporter vers l'agenda</source>
            <translation>Exporter vers l'agenda</translation>
        </message>
        <message>
            <source>Fichiers d'agenda iCalendar (*.ics)</source>
            <translation>Fichiers d'agenda iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>La réunion a été enregistrée dans le fichier :
{path}

Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone).</source>
            <translation>La réunion a été enregistrée dans le fichier :
{path}

Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone).</translation>
        </message>
        <message>
            <source>Les {count} réunions ont été enregistrées dans le fichier :
{path}

Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone).</source>
            <translation>Les {count} réunions ont été enregistrées dans le fichier :
{path}

Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone).</translation>
        </message>
    </context>
    <context>
        <name>IcsWriteError</name>
        <message>
            <source>Le fichier d'agenda « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier existe, que vous avez le droit d'y écrire et qu'il reste de la place sur le disque.</source>
            <translation>Le fichier d'agenda « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier existe, que vous avez le droit d'y écrire et qu'il reste de la place sur le disque.</translation>
        </message>
    </context>
    <context>
        <name>ImportAssistant</name>
        <message>
            <source>Importer depuis un tableur</source>
            <translation>Importer depuis un tableur</translation>
        </message>
        <message>
            <source>Suivant &gt;</source>
            <translation>Suivant &gt;</translation>
        </message>
        <message>
            <source>&lt; Précédent</source>
            <translation>&lt; Précédent</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Import non effectué</source>
            <translation>Import non effectué</translation>
        </message>
        <message>
            <source>Enregistrer le rapport d'erreurs</source>
            <translation>Enregistrer le rapport d'erreurs</translation>
        </message>
        <message>
            <source>CSV pour Excel, séparateur point-virgule (*.csv)</source>
            <translation>CSV pour Excel, séparateur point-virgule (*.csv)</translation>
        </message>
        <message>
            <source>Rapport non enregistré</source>
            <translation>Rapport non enregistré</translation>
        </message>
        <message>
            <source>Rapport d'erreurs</source>
            <translation>Rapport d'erreurs</translation>
        </message>
        <message>
            <source>Le rapport d'erreurs a été enregistré :
{path}</source>
            <translation>Le rapport d'erreurs a été enregistré :
{path}</translation>
        </message>
        <message>
            <source>Classeur Excel, feuille « {sheet} »</source>
            <translation>Classeur Excel, feuille « {sheet} »</translation>
        </message>
        <message>
            <source>Fichier CSV en {encoding}, séparateur {separator}</source>
            <translation>Fichier CSV en {encoding}, séparateur {separator}</translation>
        </message>
        <message>
            <source>aaaa-mm-jj</source>
            <translation>aaaa-mm-jj</translation>
        </message>
        <message>
            <source>date du classeur</source>
            <translation>date du classeur</translation>
        </message>
        <message>
            <source>en toutes lettres (« 3 mars 2026 »)</source>
            <translation>en toutes lettres (« 3 mars 2026 »)</translation>
        </message>
        <message>
            <source>erreur</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>ignoré</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <source>jj/mm/aa (années 2000)</source>
            <translation>jj/mm/aa (années 2000)</translation>
        </message>
        <message>
            <source>jj/mm/aaaa</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>mis à jour</source>
            <translation>mis à jour</translation>
        </message>
        <message>
            <source>nouveau</source>
            <translation>nouveau</translation>
        </message>
        <message>
            <source>numéro de série Excel</source>
            <translation>numéro de série Excel</translation>
        </message>
        <message>
            <source>point-virgule « ; »</source>
            <translation>point-virgule « ; »</translation>
        </message>
        <message>
            <source>tabulation</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>virgule « , »</source>
            <translation>virgule « , »</translation>
        </message>
        <message>
            <source>{count} ignoré</source>
            <translation>{count} ignoré</translation>
        </message>
        <message>
            <source>{count} ignorés</source>
            <translation>{count} ignorés</translation>
        </message>
        <message>
            <source>{count} nouveau</source>
            <translation>{count} nouveau</translation>
        </message>
        <message>
            <source>{count} nouveaux</source>
            <translation>{count} nouveaux</translation>
        </message>
        <message>
            <source>{encoding} avec BOM</source>
            <translation>{encoding} avec BOM</translation>
        </message>
        <message>
            <source>{file}, en-tête à la ligne {line}, {rows} lignes de données.</source>
            <translation>{file}, en-tête à la ligne {line}, {rows} lignes de données.</translation>
        </message>
        <message>
            <source>{new}, {updated} mis à jour, {unchanged}, {errors} en erreur</source>
            <translation>{new}, {updated} mis à jour, {unchanged}, {errors} en erreur</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Aperçu de l'import</source>
            <translation>Aperçu de l'import</translation>
        </message>
        <message>
            <source>un expéditeur sans nom</source>
            <translation>un expéditeur sans nom</translation>
        </message>
        <message>
            <source>Fichier « {file} », envoyé par {person}.</source>
            <translation>Fichier « {file} », envoyé par {person}.</translation>
        </message>
        <message>
            <source>Nouveaux éléments :</source>
            <translation>Nouveaux éléments :</translation>
        </message>
        <message>
            <source>Éléments modifiés :</source>
            <translation>Éléments modifiés :</translation>
        </message>
        <message>
            <source>Éléments supprimés :</source>
            <translation>Éléments supprimés :</translation>
        </message>
        <message>
            <source>Conflits à examiner :</source>
            <translation>Conflits à examiner :</translation>
        </message>
        <message>
            <source>Éléments déjà à jour :</source>
            <translation>Éléments déjà à jour :</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Attention : {count} éléments supprimés par {person} disparaîtront aussi de vos listes.</source>
            <translation>Attention : {count} éléments supprimés par {person} disparaîtront aussi de vos listes.</translation>
        </message>
        <message>
            <source>Ce fichier ne vous apporte aucune modification. L'importer enregistre tout de même ce que {person} a déjà reçu, pour que vos prochains envois à {person} ne contiennent que la suite.</source>
            <translation>Ce fichier ne vous apporte aucune modification. L'importer enregistre tout de même ce que {person} a déjà reçu, pour que vos prochains envois à {person} ne contiennent que la suite.</translation>
        </message>
        <message>
            <source>Rien n'est encore enregistré. Une sauvegarde de vos données sera faite juste avant l'import, et vous pourrez l'annuler par « Échanges › Annuler le dernier import… » tant que vous n'aurez rien modifié.</source>
            <translation>Rien n'est encore enregistré. Une sauvegarde de vos données sera faite juste avant l'import, et vous pourrez l'annuler par « Échanges › Annuler le dernier import… » tant que vous n'aurez rien modifié.</translation>
        </message>
    </context>
    <context>
        <name>Indicator</name>
        <message>
            <source>Personnes potentiellement concernées</source>
            <translation>Personnes potentiellement concernées</translation>
        </message>
        <message>
            <source>Personnes volontaires (cumul)</source>
            <translation>Personnes volontaires (cumul)</translation>
        </message>
        <message>
            <source>Embauches (cumul)</source>
            <translation>Embauches (cumul)</translation>
        </message>
        <message>
            <source>Durée moyenne sans emploi</source>
            <translation>Durée moyenne sans emploi</translation>
        </message>
        <message>
            <source>Privation d'emploi totale</source>
            <translation>Privation d'emploi totale</translation>
        </message>
        <message>
            <source>Privation d'emploi partielle</source>
            <translation>Privation d'emploi partielle</translation>
        </message>
        <message>
            <source>Privation d'emploi régulière</source>
            <translation>Privation d'emploi régulière</translation>
        </message>
        <message>
            <source>Effectif de l'EBE</source>
            <translation>Effectif de l'EBE</translation>
        </message>
        <message>
            <source>personnes</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>mois</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>salariés</source>
            <translation>salariés</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>{name} : {value} au {date}</source>
            <translation>{name} : {value} au {date}</translation>
        </message>
        <message>
            <source>{name} : aucune valeur</source>
            <translation>{name} : aucune valeur</translation>
        </message>
        <message>
            <source>Évolution de l'indicateur</source>
            <translation>Évolution de l'indicateur</translation>
        </message>
        <message>
            <source>Aucune valeur à afficher pour cet indicateur.</source>
            <translation>Aucune valeur à afficher pour cet indicateur.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorValueDialog</name>
        <message>
            <source>Nouvelle valeur</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Modifier la valeur</source>
            <translation>Modifier la valeur</translation>
        </message>
        <message>
            <source>EBE</source>
            <translation>EBE</translation>
        </message>
        <message>
            <source>par exemple 12,5</source>
            <translation>par exemple 12,5</translation>
        </message>
        <message>
            <source>Indicateur</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Valeur</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Indiquez un nombre, par exemple 12,5 ou 40.</source>
            <translation>Indiquez un nombre, par exemple 12,5 ou 40.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsTab</name>
        <message>
            <source>&amp;Ajouter une valeur…</source>
            <translation>&amp;Ajouter une valeur…</translation>
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Supprimer</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Valeurs des indicateurs</source>
            <translation>Valeurs des indicateurs</translation>
        </message>
        <message>
            <source>Indicateur et date</source>
            <translation>Indicateur et date</translation>
        </message>
        <message>
            <source>Valeur</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Indicateurs</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>Indicateur inconnu ({value})</source>
            <translation>Indicateur inconnu ({value})</translation>
        </message>
        <message>
            <source>EBE supprimée</source>
            <translation>EBE supprimée</translation>
        </message>
        <message>
            <source>{indicator} : {ebe}</source>
            <translation>{indicator} : {ebe}</translation>
        </message>
        <message>
            <source>Dernière valeur</source>
            <translation>Dernière valeur</translation>
        </message>
        <message>
            <source>Aucune valeur</source>
            <translation>Aucune valeur</translation>
        </message>
        <message>
            <source>Supprimer la valeur {value} du {date} ?</source>
            <translation>Supprimer la valeur {value} du {date} ?</translation>
        </message>
        <message>
            <source>Supprimer une valeur</source>
            <translation>Supprimer une valeur</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Suppression impossible</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>À traiter</source>
            <translation>À traiter</translation>
        </message>
        <message>
            <source>Traité</source>
            <translation>Traité</translation>
        </message>
        <message>
            <source>Reporté</source>
            <translation>Reporté</translation>
        </message>
    </context>
    <context>
        <name>JournalTab</name>
        <message>
            <source>&amp;Nouvelle note…</source>
            <translation>&amp;Nouvelle note…</translation>
        </message>
        <message>
            <source>Toutes les notes</source>
            <translation>Toutes les notes</translation>
        </message>
        <message>
            <source>&amp;Type :</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Auteur</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Aucune note</source>
            <translation>Aucune note</translation>
        </message>
        <message>
            <source>{shown} sur {total} notes</source>
            <translation>{shown} sur {total} notes</translation>
        </message>
        <message>
            <source>1 note</source>
            <translation>1 note</translation>
        </message>
        <message>
            <source>{total} notes</source>
            <translation>{total} notes</translation>
        </message>
        <message>
            <source>Supprimer une note</source>
            <translation>Supprimer une note</translation>
        </message>
        <message>
            <source>Supprimer la note du {date} ?

« {text} »</source>
            <translation>Supprimer la note du {date} ?

« {text} »</translation>
        </message>
    </context>
    <context>
        <name>LibraryDocumentDialog</name>
        <message>
            <source>séparés par des virgules</source>
            <translation>séparés par des virgules</translation>
        </message>
        <message>
            <source>sans date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>aucun fichier choisi</source>
            <translation>aucun fichier choisi</translation>
        </message>
        <message>
            <source>Choisir un fichier…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Mots-clés</source>
            <translation>Mots-clés</translation>
        </message>
        <message>
            <source>Étapes concernées</source>
            <translation>Étapes concernées</translation>
        </message>
        <message>
            <source>Auteur ou source</source>
            <translation>Auteur ou source</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>ou adresse web</source>
            <translation>ou adresse web</translation>
        </message>
        <message>
            <source>Choisir le fichier du document</source>
            <translation>Choisir le fichier du document</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.odt *.txt *.xlsx *.pptx);;Tous les fichiers (*)</source>
            <translation>Documents (*.pdf *.docx *.odt *.txt *.xlsx *.pptx);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>LibraryTableModel</name>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Validité</source>
            <translation>Validité</translation>
        </message>
        <message>
            <source>Extrait</source>
            <translation>Extrait</translation>
        </message>
        <message>
            <source>à jour</source>
            <translation>à jour</translation>
        </message>
        <message>
            <source>remplacé par « {title} »</source>
            <translation>remplacé par « {title} »</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Rechercher dans les documents</source>
            <translation>Rechercher dans les documents</translation>
        </message>
        <message>
            <source>Rechercher dans les titres, mots-clés et textes…</source>
            <translation>Rechercher dans les titres, mots-clés et textes…</translation>
        </message>
        <message>
            <source>Toutes les catégories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Toutes les étapes</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <source>À jour et remplacés</source>
            <translation>À jour et remplacés</translation>
        </message>
        <message>
            <source>À jour</source>
            <translation>À jour</translation>
        </message>
        <message>
            <source>Remplacés</source>
            <translation>Remplacés</translation>
        </message>
        <message>
            <source>Nouveautés</source>
            <translation>Nouveautés</translation>
        </message>
        <message>
            <source>Les documents arrivés avec le dernier fichier d'échange importé</source>
            <translation>Les documents arrivés avec le dernier fichier d'échange importé</translation>
        </message>
        <message>
            <source>Documents de la base</source>
            <translation>Documents de la base</translation>
        </message>
        <message>
            <source>Ajouter…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Importer un dossier…</source>
            <translation>Importer un dossier…</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Nouvelle version…</source>
            <translation>Nouvelle version…</translation>
        </message>
        <message>
            <source>Donner à un territoire…</source>
            <translation>Donner à un territoire…</translation>
        </message>
        <message>
            <source>Joindre à une réunion…</source>
            <translation>Joindre à une réunion…</translation>
        </message>
        <message>
            <source>{count} document(s)</source>
            <translation>{count} document(s)</translation>
        </message>
        <message>
            <source>Choisissez un document dans la liste.</source>
            <translation>Choisissez un document dans la liste.</translation>
        </message>
        <message>
            <source>Catégorie : {value}</source>
            <translation>Catégorie : {value}</translation>
        </message>
        <message>
            <source>Mots-clés : {value}</source>
            <translation>Mots-clés : {value}</translation>
        </message>
        <message>
            <source>Étapes : {value}</source>
            <translation>Étapes : {value}</translation>
        </message>
        <message>
            <source>Source : {value}</source>
            <translation>Source : {value}</translation>
        </message>
        <message>
            <source>Version : {value}</source>
            <translation>Version : {value}</translation>
        </message>
        <message>
            <source>Date : {value}</source>
            <translation>Date : {value}</translation>
        </message>
        <message>
            <source>Adresse web : {value}</source>
            <translation>Adresse web : {value}</translation>
        </message>
        <message>
            <source>Fichier manquant : il arrivera avec un prochain fichier d'échange.</source>
            <translation>Fichier manquant : il arrivera avec un prochain fichier d'échange.</translation>
        </message>
        <message>
            <source>Fichier : {value}</source>
            <translation>Fichier : {value}</translation>
        </message>
        <message>
            <source>Historique des versions :</source>
            <translation>Historique des versions :</translation>
        </message>
        <message>
            <source>à jour</source>
            <translation>à jour</translation>
        </message>
        <message>
            <source>remplacée</source>
            <translation>remplacée</translation>
        </message>
        <message>
            <source>Transmis :</source>
            <translation>Transmis :</translation>
        </message>
        <message>
            <source>Ouvrir le document</source>
            <translation>Ouvrir le document</translation>
        </message>
        <message>
            <source>Le fichier de ce document n'est pas encore sur cet ordinateur. Il arrivera avec un prochain fichier d'échange de la personne qui l'a publié.</source>
            <translation>Le fichier de ce document n'est pas encore sur cet ordinateur. Il arrivera avec un prochain fichier d'échange de la personne qui l'a publié.</translation>
        </message>
        <message>
            <source>Le document n'a pas pu être préparé pour l'ouverture ({error}).</source>
            <translation>Le document n'a pas pu être préparé pour l'ouverture ({error}).</translation>
        </message>
        <message>
            <source>Ajouter un document à la base</source>
            <translation>Ajouter un document à la base</translation>
        </message>
        <message>
            <source>Modifier le document</source>
            <translation>Modifier le document</translation>
        </message>
        <message>
            <source>Nouvelle version de « {title} »</source>
            <translation>Nouvelle version de « {title} »</translation>
        </message>
        <message>
            <source>Enregistrement du document…</source>
            <translation>Enregistrement du document…</translation>
        </message>
        <message>
            <source>Donner à un territoire</source>
            <translation>Donner à un territoire</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Joindre à une réunion</source>
            <translation>Joindre à une réunion</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Choisir le dossier à importer</source>
            <translation>Choisir le dossier à importer</translation>
        </message>
        <message>
            <source>Lecture du dossier…</source>
            <translation>Lecture du dossier…</translation>
        </message>
        <message>
            <source>Importer un dossier</source>
            <translation>Importer un dossier</translation>
        </message>
        <message>
            <source>Ce dossier ne contient aucun fichier.</source>
            <translation>Ce dossier ne contient aucun fichier.</translation>
        </message>
        <message>
            <source>Ajout des documents…</source>
            <translation>Ajout des documents…</translation>
        </message>
        <message>
            <source>{added} document(s) ajouté(s) à la base, {duplicates} fichier(s) en double non copié(s).</source>
            <translation>{added} document(s) ajouté(s) à la base, {duplicates} fichier(s) en double non copié(s).</translation>
        </message>
        <message>
            <source>{count} fichier(s) n'ont pas pu être lus.</source>
            <translation>{count} fichier(s) n'ont pas pu être lus.</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>&amp;Modifier…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Supprimer</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Suppression impossible</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accueil</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territoires</translation>
        </message>
        <message>
            <source>Mes actions</source>
            <translation>Mes actions</translation>
        </message>
        <message>
            <source>Grappes et réunions</source>
            <translation>Grappes et réunions</translation>
        </message>
        <message>
            <source>Calendrier</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Besoins remontés</source>
            <translation>Besoins remontés</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Importer une liste de territoires…</source>
            <translation>Importer une liste de territoires…</translation>
        </message>
        <message>
            <source>Importer un tableur (territoires, contacts, indicateurs)…</source>
            <translation>Importer un tableur (territoires, contacts, indicateurs)…</translation>
        </message>
        <message>
            <source>Exporter en PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Le document de l'écran affiché : fiche, réunion ou synthèse régionale</source>
            <translation>Le document de l'écran affiché : fiche, réunion ou synthèse régionale</translation>
        </message>
        <message>
            <source>Mon profil…</source>
            <translation>Mon profil…</translation>
        </message>
        <message>
            <source>Restaurer une sauvegarde…</source>
            <translation>Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Protéger par mot de passe…</source>
            <translation>Protéger par mot de passe…</translation>
        </message>
        <message>
            <source>Chiffrer vos données à la fermeture, pour un ordinateur qui pourrait être perdu ou volé</source>
            <translation>Chiffrer vos données à la fermeture, pour un ordinateur qui pourrait être perdu ou volé</translation>
        </message>
        <message>
            <source>Langue de l'interface</source>
            <translation>Langue de l'interface</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>É&amp;dition</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Nouveau territoire…</source>
            <translation>Nouveau territoire…</translation>
        </message>
        <message>
            <source>Rechercher partout…</source>
            <translation>Rechercher partout…</translation>
        </message>
        <message>
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <source>Doublons possibles…</source>
            <translation>Doublons possibles…</translation>
        </message>
        <message>
            <source>&amp;Aide</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Guide d'utilisation</source>
            <translation>Guide d'utilisation</translation>
        </message>
        <message>
            <source>À propos de TZCLD Desktop</source>
            <translation>À propos de TZCLD Desktop</translation>
        </message>
        <message>
            <source>É&amp;changes</source>
            <translation>É&amp;changes</translation>
        </message>
        <message>
            <source>Exporter tout…</source>
            <translation>Exporter tout…</translation>
        </message>
        <message>
            <source>Toutes vos données, pour un collègue qui commence ou qui n'a encore rien reçu de vous</source>
            <translation>Toutes vos données, pour un collègue qui commence ou qui n'a encore rien reçu de vous</translation>
        </message>
        <message>
            <source>Exporter pour…</source>
            <translation>Exporter pour…</translation>
        </message>
        <message>
            <source>Protéger les fichiers exportés par un mot de passe</source>
            <translation>Protéger les fichiers exportés par un mot de passe</translation>
        </message>
        <message>
            <source>Importer des données…</source>
            <translation>Importer des données…</translation>
        </message>
        <message>
            <source>Annuler le dernier import…</source>
            <translation>Annuler le dernier import…</translation>
        </message>
        <message>
            <source>Synchroniser avec le dossier partagé</source>
            <translation>Synchroniser avec le dossier partagé</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>Dossier partagé…</source>
            <translation>Dossier partagé…</translation>
        </message>
        <message>
            <source>Ne plus utiliser le dossier partagé…</source>
            <translation>Ne plus utiliser le dossier partagé…</translation>
        </message>
        <message>
            <source>Conflits et suppressions…</source>
            <translation>Conflits et suppressions…</translation>
        </message>
        <message>
            <source>Journal des échanges…</source>
            <translation>Journal des échanges…</translation>
        </message>
        <message>
            <source>Ouvrir la liste des conflits et des suppressions à examiner</source>
            <translation>Ouvrir la liste des conflits et des suppressions à examiner</translation>
        </message>
        <message>
            <source>Dossier de données : {folder}</source>
            <translation>Dossier de données : {folder}</translation>
        </message>
        <message>
            <source>TZCLD Desktop — {name}</source>
            <translation>TZCLD Desktop — {name}</translation>
        </message>
        <message>
            <source>Seulement ce qu'un collègue n'a pas encore reçu, d'après le dernier fichier reçu de lui</source>
            <translation>Seulement ce qu'un collègue n'a pas encore reçu, d'après le dernier fichier reçu de lui</translation>
        </message>
        <message>
            <source>Disponible après l'import d'un premier fichier d'un collègue : il indique ce qu'il a déjà</source>
            <translation>Disponible après l'import d'un premier fichier d'un collègue : il indique ce qu'il a déjà</translation>
        </message>
        <message>
            <source>Annuler l'import de « {file} »</source>
            <translation>Annuler l'import de « {file} »</translation>
        </message>
        <message>
            <source>Possible juste après un import, tant que vous n'avez rien modifié depuis</source>
            <translation>Possible juste après un import, tant que vous n'avez rien modifié depuis</translation>
        </message>
        <message>
            <source>Dossier partagé actuel : {folder}</source>
            <translation>Dossier partagé actuel : {folder}</translation>
        </message>
        <message>
            <source>Choisir un dossier synchronisé par Nextcloud, Syncthing ou OneDrive avec vos collègues</source>
            <translation>Choisir un dossier synchronisé par Nextcloud, Syncthing ou OneDrive avec vos collègues</translation>
        </message>
        <message>
            <source>Choisissez d'abord le dossier partagé</source>
            <translation>Choisissez d'abord le dossier partagé</translation>
        </message>
        <message>
            <source>Importer une liste de territoires</source>
            <translation>Importer une liste de territoires</translation>
        </message>
        <message>
            <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import de la liste de territoires</source>
            <translation>Import de la liste de territoires</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Annuler : {edit}</source>
            <translation>Annuler : {edit}</translation>
        </message>
        <message>
            <source>Modification annulée : {edit}.</source>
            <translation>Modification annulée : {edit}.</translation>
        </message>
        <message>
            <source>La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop. The chosen language applies the next time TZCLD Desktop starts.</source>
            <translation>La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop. The chosen language applies the next time TZCLD Desktop starts.</translation>
        </message>
        <message>
            <source>… et {count} autres lignes, à lire sous « Montrer les détails… ».</source>
            <translation>… et {count} autres lignes, à lire sous « Montrer les détails… ».</translation>
        </message>
        <message>
            <source>Chargement des données…</source>
            <translation>Chargement des données…</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Associer les colonnes</source>
            <translation>Associer les colonnes</translation>
        </message>
        <message>
            <source>Vérifiez la ligne d'en-tête et la colonne de chaque information. Une cellule vide ne modifie pas la valeur déjà enregistrée. Les champs marqués * sont obligatoires.</source>
            <translation>Vérifiez la ligne d'en-tête et la colonne de chaque information. Une cellule vide ne modifie pas la valeur déjà enregistrée. Les champs marqués * sont obligatoires.</translation>
        </message>
        <message>
            <source>Ligne d'en-tête</source>
            <translation>Ligne d'en-tête</translation>
        </message>
        <message>
            <source>Ligne {line} : {cells}</source>
            <translation>Ligne {line} : {cells}</translation>
        </message>
        <message>
            <source>(ne pas importer)</source>
            <translation>(ne pas importer)</translation>
        </message>
        <message>
            <source>{format} ({count})</source>
            <translation>{format} ({count})</translation>
        </message>
        <message>
            <source>Dates lues au format : {formats}. Les dates avec des barres obliques sont lues jour puis mois.</source>
            <translation>Dates lues au format : {formats}. Les dates avec des barres obliques sont lues jour puis mois.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Nouvelle réunion</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>Réunion de grappe</source>
            <translation>Réunion de grappe</translation>
        </message>
        <message>
            <source>Cette réunion a été supprimée entre-temps.</source>
            <translation>Cette réunion a été supprimée entre-temps.</translation>
        </message>
        <message>
            <source>Ajouter une action</source>
            <translation>Ajouter une action</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Compte rendu</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>Décisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Les actions sont enregistrées avec la réunion.</source>
            <translation>Les actions sont enregistrées avec la réunion.</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>HH:MM, par exemple 09:30</source>
            <translation>HH:MM, par exemple 09:30</translation>
        </message>
        <message>
            <source>Adresse ou salle</source>
            <translation>Adresse ou salle</translation>
        </message>
        <message>
            <source>Lien de visioconférence, s'il y en a un</source>
            <translation>Lien de visioconférence, s'il y en a un</translation>
        </message>
        <message>
            <source>Planifier</source>
            <translation>Planifier</translation>
        </message>
        <message>
            <source>Marquer comme tenue</source>
            <translation>Marquer comme tenue</translation>
        </message>
        <message>
            <source>Valider le compte rendu</source>
            <translation>Valider le compte rendu</translation>
        </message>
        <message>
            <source>Rouvrir…</source>
            <translation>Rouvrir…</translation>
        </message>
        <message>
            <source>Ordre du jour</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Présences</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Besoins remontés</source>
            <translation>Besoins remontés</translation>
        </message>
        <message>
            <source>Appliquer</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Heure de début</source>
            <translation>Heure de début</translation>
        </message>
        <message>
            <source>Durée</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Visioconférence</source>
            <translation>Visioconférence</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Territoires invités</source>
            <translation>Territoires invités</translation>
        </message>
        <message>
            <source>Présence des territoires (enregistrée avec la réunion)</source>
            <translation>Présence des territoires (enregistrée avec la réunion)</translation>
        </message>
        <message>
            <source>Personnes (enregistrées aussitôt)</source>
            <translation>Personnes (enregistrées aussitôt)</translation>
        </message>
        <message>
            <source>Compte rendu général</source>
            <translation>Compte rendu général</translation>
        </message>
        <message>
            <source>Actions hors ordre du jour</source>
            <translation>Actions hors ordre du jour</translation>
        </message>
        <message>
            <source>Par point de l'ordre du jour</source>
            <translation>Par point de l'ordre du jour</translation>
        </message>
        <message>
            <source>Compte rendu général et actions</source>
            <translation>Compte rendu général et actions</translation>
        </message>
        <message>
            <source>Aucune grappe</source>
            <translation>Aucune grappe</translation>
        </message>
        <message>
            <source>Aucun territoire à proposer : ajoutez des territoires à la région de la grappe.</source>
            <translation>Aucun territoire à proposer : ajoutez des territoires à la région de la grappe.</translation>
        </message>
        <message>
            <source>Cette grappe n'a pas encore de territoires membres. Voici les territoires de la région {region} : cochez ceux qui étaient présents.</source>
            <translation>Cette grappe n'a pas encore de territoires membres. Voici les territoires de la région {region} : cochez ceux qui étaient présents.</translation>
        </message>
        <message>
            <source>Cette réunion n'a pas de date enregistrée : vérifiez la date proposée.</source>
            <translation>Cette réunion n'a pas de date enregistrée : vérifiez la date proposée.</translation>
        </message>
        <message>
            <source>Compte rendu validé : cliquez sur « Rouvrir… » en haut de la fenêtre pour modifier ce champ.</source>
            <translation>Compte rendu validé : cliquez sur « Rouvrir… » en haut de la fenêtre pour modifier ce champ.</translation>
        </message>
        <message>
            <source>La marquer comme tenue quand même ?</source>
            <translation>La marquer comme tenue quand même ?</translation>
        </message>
        <message>
            <source>Cette réunion est datée du {date}, une date qui n'est pas encore passée. Si elle a eu lieu plus tôt, répondez « Non » et corrigez d'abord la date dans l'onglet « Réunion ».</source>
            <translation>Cette réunion est datée du {date}, une date qui n'est pas encore passée. Si elle a eu lieu plus tôt, répondez « Non » et corrigez d'abord la date dans l'onglet « Réunion ».</translation>
        </message>
        <message>
            <source>{hint}

Préparation :
{preparation}</source>
            <translation>{hint}

Préparation :
{preparation}</translation>
        </message>
        <message>
            <source>1 territoire invité</source>
            <translation>1 territoire invité</translation>
        </message>
        <message>
            <source>{count} territoires invités</source>
            <translation>{count} territoires invités</translation>
        </message>
        <message>
            <source>Territoires présents : {present} sur {invited} invités. Personnes venues : {people}</source>
            <translation>Territoires présents : {present} sur {invited} invités. Personnes venues : {people}</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Statut : {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>{date} — {text} ({author})</source>
            <translation>{date} — {text} ({author})</translation>
        </message>
        <message>
            <source>auteur inconnu</source>
            <translation>auteur inconnu</translation>
        </message>
        <message>
            <source>date inconnue</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>Compte rendu validé le {date} — il ne peut plus être modifié sans être rouvert.</source>
            <translation>Compte rendu validé le {date} — il ne peut plus être modifié sans être rouvert.</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Statut non modifié</source>
            <translation>Statut non modifié</translation>
        </message>
        <message>
            <source>Valider le compte rendu ? Il ne pourra plus être modifié, sauf en le rouvrant avec une raison, qui sera enregistrée.</source>
            <translation>Valider le compte rendu ? Il ne pourra plus être modifié, sauf en le rouvrant avec une raison, qui sera enregistrée.</translation>
        </message>
        <message>
            <source>Rouvrir le compte rendu</source>
            <translation>Rouvrir le compte rendu</translation>
        </message>
        <message>
            <source>Pourquoi rouvrez-vous ce compte rendu validé ? La raison est enregistrée avec la réunion.</source>
            <translation>Pourquoi rouvrez-vous ce compte rendu validé ? La raison est enregistrée avec la réunion.</translation>
        </message>
        <message>
            <source>Compte rendu non rouvert</source>
            <translation>Compte rendu non rouvert</translation>
        </message>
        <message>
            <source>{title} du {date}</source>
            <translation>{title} du {date}</translation>
        </message>
        <message>
            <source>Aucun territoire coché</source>
            <translation>Aucun territoire coché</translation>
        </message>
        <message>
            <source>Réunion non enregistrée</source>
            <translation>Réunion non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>MeetingKind</name>
        <message>
            <source>Réunion de grappe</source>
            <translation>Réunion de grappe</translation>
        </message>
        <message>
            <source>Comité de pilotage</source>
            <translation>Comité de pilotage</translation>
        </message>
        <message>
            <source>Formation</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Visite de territoire</source>
            <translation>Visite de territoire</translation>
        </message>
        <message>
            <source>Événement national</source>
            <translation>Événement national</translation>
        </message>
    </context>
    <context>
        <name>MeetingLocked</name>
        <message>
            <source>Le compte rendu de cette réunion est validé : il ne peut plus être modifié. Pour le corriger, rouvrez-le d'abord avec le bouton « Rouvrir… ».</source>
            <translation>Le compte rendu de cette réunion est validé : il ne peut plus être modifié. Pour le corriger, rouvrez-le d'abord avec le bouton « Rouvrir… ».</translation>
        </message>
    </context>
    <context>
        <name>MeetingNeedsWidget</name>
        <message>
            <source>Besoins remontés</source>
            <translation>Besoins remontés</translation>
        </message>
        <message>
            <source>Aucun besoin noté pour cette réunion.</source>
            <translation>Aucun besoin noté pour cette réunion.</translation>
        </message>
        <message>
            <source>Noter un besoin…</source>
            <translation>Noter un besoin…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>MeetingPrompts</name>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ce champ est obligatoire.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <source>Durée prévue</source>
            <translation>Durée prévue</translation>
        </message>
        <message>
            <source>Décision, information ou action</source>
            <translation>Décision, information ou action</translation>
        </message>
        <message>
            <source>Intervenant</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Non précisée</source>
            <translation>Non précisée</translation>
        </message>
        <message>
            <source>Nouveau point</source>
            <translation>Nouveau point</translation>
        </message>
        <message>
            <source>Point de l'ordre du jour</source>
            <translation>Point de l'ordre du jour</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Valider</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Échéance</translation>
        </message>
    </context>
    <context>
        <name>MeetingRecord</name>
        <message>
            <source>Actions ouvertes :</source>
            <translation>Actions ouvertes :</translation>
        </message>
        <message>
            <source>Actions ouvertes : aucune.</source>
            <translation>Actions ouvertes : aucune.</translation>
        </message>
        <message>
            <source>Depuis la réunion du {date} :</source>
            <translation>Depuis la réunion du {date} :</translation>
        </message>
        <message>
            <source>Depuis la réunion du {date} : aucun changement enregistré.</source>
            <translation>Depuis la réunion du {date} : aucun changement enregistré.</translation>
        </message>
        <message>
            <source>Première réunion enregistrée de la grappe : pas de changement à comparer.</source>
            <translation>Première réunion enregistrée de la grappe : pas de changement à comparer.</translation>
        </message>
        <message>
            <source>Suivi des actions</source>
            <translation>Suivi des actions</translation>
        </message>
        <message>
            <source>Étape : {stage}</source>
            <translation>Étape : {stage}</translation>
        </message>
        <message>
            <source>échéance {date}</source>
            <translation>échéance {date}</translation>
        </message>
        <message>
            <source>– {date} : action en retard « {text} »{owner}</source>
            <translation>– {date} : action en retard « {text} »{owner}</translation>
        </message>
        <message>
            <source>– {date} : action faite « {text} »</source>
            <translation>– {date} : action faite « {text} »</translation>
        </message>
        <message>
            <source>– {date} : note ({kind}) « {text} »</source>
            <translation>– {date} : note ({kind}) « {text} »</translation>
        </message>
        <message>
            <source>– {date} : {indicator} = {value} {unit}</source>
            <translation>– {date} : {indicator} = {value} {unit}</translation>
        </message>
        <message>
            <source>– {date} : étape « {step} »</source>
            <translation>– {date} : étape « {step} »</translation>
        </message>
    </context>
    <context>
        <name>MeetingStatus</name>
        <message>
            <source>Brouillon</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Planifiée</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Tenue</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Compte rendu validé</source>
            <translation>Compte rendu validé</translation>
        </message>
    </context>
    <context>
        <name>MeetingWrites</name>
        <message>
            <source>Compte rendu rouvert : {reason}</source>
            <translation>Compte rendu rouvert : {reason}</translation>
        </message>
        <message>
            <source>Compte rendu validé</source>
            <translation>Compte rendu validé</translation>
        </message>
        <message>
            <source>Point d'étape</source>
            <translation>Point d'étape</translation>
        </message>
        <message>
            <source>Suivi</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>{kind} : {text}</source>
            <translation>{kind} : {text}</translation>
        </message>
        <message>
            <source>échéance {date}</source>
            <translation>échéance {date}</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source>Grappes de vos régions</source>
            <translation>Grappes de vos régions</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Aucune grappe dans vos régions. Cliquez sur « Nouvelle grappe » pour en créer une.</source>
            <translation>Aucune grappe dans vos régions. Cliquez sur « Nouvelle grappe » pour en créer une.</translation>
        </message>
        <message>
            <source>Nouvelle grappe</source>
            <translation>Nouvelle grappe</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Page de la grappe</source>
            <translation>Page de la grappe</translation>
        </message>
        <message>
            <source>Animation, territoires membres et historique des réunions</source>
            <translation>Animation, territoires membres et historique des réunions</translation>
        </message>
        <message>
            <source>Territoires de la grappe</source>
            <translation>Territoires de la grappe</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Territoires de la grappe…</source>
            <translation>Territoires de la grappe…</translation>
        </message>
        <message>
            <source>Réunions</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Territoires invités</source>
            <translation>Territoires invités</translation>
        </message>
        <message>
            <source>Nouvelle réunion</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Document de réunion (PDF)…</source>
            <translation>Document de réunion (PDF)…</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Exporter la liste…</translation>
        </message>
        <message>
            <source>Préparer la réunion suivante…</source>
            <translation>Préparer la réunion suivante…</translation>
        </message>
        <message>
            <source>Présenter</source>
            <translation>Présenter</translation>
        </message>
        <message>
            <source>L'ordre du jour en plein écran, point par point, avec un minuteur</source>
            <translation>L'ordre du jour en plein écran, point par point, avec un minuteur</translation>
        </message>
        <message>
            <source>Agenda (.ics)…</source>
            <translation>Agenda (.ics)…</translation>
        </message>
        <message>
            <source>Exporter la réunion pour Thunderbird ou Outlook</source>
            <translation>Exporter la réunion pour Thunderbird ou Outlook</translation>
        </message>
        <message>
            <source>Aucune grappe choisie</source>
            <translation>Aucune grappe choisie</translation>
        </message>
        <message>
            <source>Animation : {names}</source>
            <translation>Animation : {names}</translation>
        </message>
        <message>
            <source>Aucun territoire membre</source>
            <translation>Aucun territoire membre</translation>
        </message>
        <message>
            <source>1 territoire</source>
            <translation>1 territoire</translation>
        </message>
        <message>
            <source>{count} territoires</source>
            <translation>{count} territoires</translation>
        </message>
        <message>
            <source>Supprimer la grappe « {name} » ? Ses réunions enregistrées ({count}) ne seront plus affichées.</source>
            <translation>Supprimer la grappe « {name} » ? Ses réunions enregistrées ({count}) ne seront plus affichées.</translation>
        </message>
        <message>
            <source>Supprimer la grappe « {name} » ?</source>
            <translation>Supprimer la grappe « {name} » ?</translation>
        </message>
        <message>
            <source>Supprimer la grappe</source>
            <translation>Supprimer la grappe</translation>
        </message>
        <message>
            <source>Grappe non supprimée</source>
            <translation>Grappe non supprimée</translation>
        </message>
        <message>
            <source>Supprimer la réunion « {title} » du {date} ? Les actions décidées lors de cette réunion restent enregistrées.</source>
            <translation>Supprimer la réunion « {title} » du {date} ? Les actions décidées lors de cette réunion restent enregistrées.</translation>
        </message>
        <message>
            <source>Supprimer la réunion</source>
            <translation>Supprimer la réunion</translation>
        </message>
        <message>
            <source>Réunion non supprimée</source>
            <translation>Réunion non supprimée</translation>
        </message>
        <message>
            <source>Réunions de la grappe {name}</source>
            <translation>Réunions de la grappe {name}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Territoires en double ?</source>
            <translation>Territoires en double ?</translation>
        </message>
        <message>
            <source>Ces deux fiches semblent décrire le même territoire. Choisissez la fiche à garder : la fusion lui rattache les notes, actions, documents, contacts et valeurs de l'autre, complète ses champs vides, puis supprime l'autre fiche.</source>
            <translation>Ces deux fiches semblent décrire le même territoire. Choisissez la fiche à garder : la fusion lui rattache les notes, actions, documents, contacts et valeurs de l'autre, complète ses champs vides, puis supprime l'autre fiche.</translation>
        </message>
        <message>
            <source>Garder cette fiche</source>
            <translation>Garder cette fiche</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Notes du journal</source>
            <translation>Notes du journal</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Fusionner</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Garder les deux</source>
            <translation>Garder les deux</translation>
        </message>
        <message>
            <source>Fusion impossible</source>
            <translation>Fusion impossible</translation>
        </message>
        <message>
            <source>Enregistrer et comparer…</source>
            <translation>Enregistrer et comparer…</translation>
        </message>
        <message>
            <source>Ouvrir la fiche existante</source>
            <translation>Ouvrir la fiche existante</translation>
        </message>
        <message>
            <source>Revenir au formulaire</source>
            <translation>Revenir au formulaire</translation>
        </message>
        <message>
            <source>Territoire déjà enregistré ?</source>
            <translation>Territoire déjà enregistré ?</translation>
        </message>
        <message>
            <source>Un territoire semblable existe déjà : « {name} » ({place}, {stage}).</source>
            <translation>Un territoire semblable existe déjà : « {name} » ({place}, {stage}).</translation>
        </message>
        <message>
            <source>« Enregistrer et comparer » enregistre ce nouveau territoire puis montre les deux fiches côte à côte : vous choisirez de les fusionner ou de les garder toutes les deux.</source>
            <translation>« Enregistrer et comparer » enregistre ce nouveau territoire puis montre les deux fiches côte à côte : vous choisirez de les fusionner ou de les garder toutes les deux.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Ne pas enregistrer</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Afficher le mot de passe</source>
            <translation>Afficher le mot de passe</translation>
        </message>
        <message>
            <source>Les deux mots de passe ne sont pas identiques.</source>
            <translation>Les deux mots de passe ne sont pas identiques.</translation>
        </message>
        <message>
            <source>Mot de passe</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Confirmation</source>
            <translation>Confirmation</translation>
        </message>
    </context>
    <context>
        <name>MethodPhase</name>
        <message>
            <source>Fabrique du consensus et CLE</source>
            <translation>Fabrique du consensus et CLE</translation>
        </message>
        <message>
            <source>Identification des travaux utiles</source>
            <translation>Identification des travaux utiles</translation>
        </message>
        <message>
            <source>Rencontre des personnes volontaires (PPDE)</source>
            <translation>Rencontre des personnes volontaires (PPDE)</translation>
        </message>
        <message>
            <source>Ouverture des EBE</source>
            <translation>Ouverture des EBE</translation>
        </message>
    </context>
    <context>
        <name>MethodTab</name>
        <message>
            <source>Un critère rempli compte entier, un critère en cours pour moitié.</source>
            <translation>Un critère rempli compte entier, un critère en cours pour moitié.</translation>
        </message>
        <message>
            <source>Méthode</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Phases de la méthode</source>
            <translation>Phases de la méthode</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Critères du cahier des charges : un territoire de consensus</source>
            <translation>Critères du cahier des charges : un territoire de consensus</translation>
        </message>
        <message>
            <source>Préparation du dossier : {percent} %</source>
            <translation>Préparation du dossier : {percent} %</translation>
        </message>
        <message>
            <source>Joindre une preuve</source>
            <translation>Joindre une preuve</translation>
        </message>
        <message>
            <source>Tous les fichiers (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Preuve non jointe</source>
            <translation>Preuve non jointe</translation>
        </message>
        <message>
            <source>Preuve jointe : {file}</source>
            <translation>Preuve jointe : {file}</translation>
        </message>
        <message>
            <source>Preuve non retirée</source>
            <translation>Preuve non retirée</translation>
        </message>
        <message>
            <source>Preuve retirée du critère ; le document reste dans la fiche.</source>
            <translation>Preuve retirée du critère ; le document reste dans la fiche.</translation>
        </message>
        <message>
            <source>Preuve introuvable</source>
            <translation>Preuve introuvable</translation>
        </message>
        <message>
            <source>Le fichier « {file} » n'est pas dans le dossier de données de cette copie. Demandez-le à la personne qui l'a joint, ou joignez-le de nouveau.</source>
            <translation>Le fichier « {file} » n'est pas dans le dossier de données de cette copie. Demandez-le à la personne qui l'a joint, ou joignez-le de nouveau.</translation>
        </message>
        <message>
            <source>Ouverture impossible</source>
            <translation>Ouverture impossible</translation>
        </message>
        <message>
            <source>Aucune application n'a pu ouvrir « {file} ». Le fichier se trouve ici :
{path}</source>
            <translation>Aucune application n'a pu ouvrir « {file} ». Le fichier se trouve ici :
{path}</translation>
        </message>
    </context>
    <context>
        <name>MinutesEditor</name>
        <message>
            <source>Points de l'ordre du jour</source>
            <translation>Points de l'ordre du jour</translation>
        </message>
        <message>
            <source>Choisissez un point de l'ordre du jour.</source>
            <translation>Choisissez un point de l'ordre du jour.</translation>
        </message>
        <message>
            <source>Compte rendu du point choisi</source>
            <translation>Compte rendu du point choisi</translation>
        </message>
        <message>
            <source>Ce qui a été dit sur ce point</source>
            <translation>Ce qui a été dit sur ce point</translation>
        </message>
        <message>
            <source>Enregistrer ce point</source>
            <translation>Enregistrer ce point</translation>
        </message>
        <message>
            <source>Décisions et suites du point</source>
            <translation>Décisions et suites du point</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Nouvelle décision ou action…</source>
            <translation>Nouvelle décision ou action…</translation>
        </message>
        <message>
            <source>Modifier la sélection…</source>
            <translation>Modifier la sélection…</translation>
        </message>
        <message>
            <source>Retirer la sélection</source>
            <translation>Retirer la sélection</translation>
        </message>
        <message>
            <source>Avancement</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Décisions, informations et actions</source>
            <translation>Décisions, informations et actions</translation>
        </message>
        <message>
            <source>Compte rendu du point non enregistré</source>
            <translation>Compte rendu du point non enregistré</translation>
        </message>
        <message>
            <source>Décision ou action non enregistrée</source>
            <translation>Décision ou action non enregistrée</translation>
        </message>
        <message>
            <source>Retirer « {text} » du compte rendu ?</source>
            <translation>Retirer « {text} » du compte rendu ?</translation>
        </message>
        <message>
            <source>Élément non retiré</source>
            <translation>Élément non retiré</translation>
        </message>
    </context>
    <context>
        <name>MyActionsView</name>
        <message>
            <source>Réunion : {title}</source>
            <translation>Réunion : {title}</translation>
        </message>
        <message>
            <source>&amp;Seulement les miennes</source>
            <translation>&amp;Seulement les miennes</translation>
        </message>
        <message>
            <source>Aucune action ouverte.</source>
            <translation>Aucune action ouverte.</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Actions dont le responsable est {name}</source>
            <translation>Actions dont le responsable est {name}</translation>
        </message>
        <message>
            <source>Indiquez votre nom dans votre profil.</source>
            <translation>Indiquez votre nom dans votre profil.</translation>
        </message>
        <message>
            <source>1 action ouverte</source>
            <translation>1 action ouverte</translation>
        </message>
        <message>
            <source>{count} actions ouvertes</source>
            <translation>{count} actions ouvertes</translation>
        </message>
        <message>
            <source>{total}, dont {overdue} en retard</source>
            <translation>{total}, dont {overdue} en retard</translation>
        </message>
    </context>
    <context>
        <name>NeedCategory</name>
        <message>
            <source>Formation</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Outil</source>
            <translation>Outil</translation>
        </message>
        <message>
            <source>Juridique</source>
            <translation>Juridique</translation>
        </message>
        <message>
            <source>Financement</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>Accompagnement</source>
            <translation>Accompagnement</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <source>Nouveau besoin</source>
            <translation>Nouveau besoin</translation>
        </message>
        <message>
            <source>Modifier le besoin</source>
            <translation>Modifier le besoin</translation>
        </message>
        <message>
            <source>Par exemple : formation des membres du CLE au repérage des personnes volontaires</source>
            <translation>Par exemple : formation des membres du CLE au repérage des personnes volontaires</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Exprimé le</source>
            <translation>Exprimé le</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Aucun territoire en particulier</source>
            <translation>Aucun territoire en particulier</translation>
        </message>
        <message>
            <source>Celle de la réunion ou du territoire</source>
            <translation>Celle de la réunion ou du territoire</translation>
        </message>
        <message>
            <source>Réunion supprimée</source>
            <translation>Réunion supprimée</translation>
        </message>
        <message>
            <source>Ce besoin a été supprimé entre-temps.</source>
            <translation>Ce besoin a été supprimé entre-temps.</translation>
        </message>
        <message>
            <source>Besoin non enregistré</source>
            <translation>Besoin non enregistré</translation>
        </message>
    </context>
    <context>
        <name>NeedStatus</name>
        <message>
            <source>Ouvert</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Traité</source>
            <translation>Traité</translation>
        </message>
    </context>
    <context>
        <name>NeedTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>NeedsView</name>
        <message>
            <source>Besoins remontés</source>
            <translation>Besoins remontés</translation>
        </message>
        <message>
            <source>Rechercher dans les besoins</source>
            <translation>Rechercher dans les besoins</translation>
        </message>
        <message>
            <source>Rechercher dans les besoins ou les territoires…</source>
            <translation>Rechercher dans les besoins ou les territoires…</translation>
        </message>
        <message>
            <source>Toutes les catégories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Tous les statuts</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Nouveau besoin…</source>
            <translation>Nouveau besoin…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Exporter la liste…</translation>
        </message>
        <message>
            <source>Toutes les grappes</source>
            <translation>Toutes les grappes</translation>
        </message>
        <message>
            <source>Toutes les régions</source>
            <translation>Toutes les régions</translation>
        </message>
        <message>
            <source>Aucun besoin ne correspond à ces filtres.</source>
            <translation>Aucun besoin ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>Aucun besoin enregistré. Cliquez sur « Nouveau besoin… » pour en noter un.</source>
            <translation>Aucun besoin enregistré. Cliquez sur « Nouveau besoin… » pour en noter un.</translation>
        </message>
        <message>
            <source>1 besoin</source>
            <translation>1 besoin</translation>
        </message>
        <message>
            <source>{count} besoins</source>
            <translation>{count} besoins</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Remontées de besoins</source>
            <translation>Remontées de besoins</translation>
        </message>
        <message>
            <source>Besoin non supprimé</source>
            <translation>Besoin non supprimé</translation>
        </message>
        <message>
            <source>Supprimer le besoin</source>
            <translation>Supprimer le besoin</translation>
        </message>
        <message>
            <source>Supprimer le besoin « {text} » ?</source>
            <translation>Supprimer le besoin « {text} » ?</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingDialog</name>
        <message>
            <source>Préparer la réunion suivante</source>
            <translation>Préparer la réunion suivante</translation>
        </message>
        <message>
            <source>Date de la réunion suivante</source>
            <translation>Date de la réunion suivante</translation>
        </message>
        <message>
            <source>La réunion suivante reprend la grappe, le type, le lieu, l'horaire et les territoires invités. Décochez ce qu'elle ne doit pas reprendre.</source>
            <translation>La réunion suivante reprend la grappe, le type, le lieu, l'horaire et les territoires invités. Décochez ce qu'elle ne doit pas reprendre.</translation>
        </message>
        <message>
            <source>Actions ouvertes, listées dans le point « Suivi des actions »</source>
            <translation>Actions ouvertes, listées dans le point « Suivi des actions »</translation>
        </message>
        <message>
            <source>Aucune action ouverte.</source>
            <translation>Aucune action ouverte.</translation>
        </message>
        <message>
            <source>Points non traités ou reportés, repris à l'ordre du jour</source>
            <translation>Points non traités ou reportés, repris à l'ordre du jour</translation>
        </message>
        <message>
            <source>Aucun point en suspens.</source>
            <translation>Aucun point en suspens.</translation>
        </message>
        <message>
            <source>Créer la réunion</source>
            <translation>Créer la réunion</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Réunion suivante non créée</source>
            <translation>Réunion suivante non créée</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Nouvelle note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <source>Modifier la note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Auteur</source>
            <translation>&amp;Auteur</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>NoteKind</name>
        <message>
            <source>Visite</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Appel</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Sans date</source>
            <translation>Sans date</translation>
        </message>
    </context>
    <context>
        <name>OutcomeKind</name>
        <message>
            <source>Décision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message>
            <source>Création du document « {kind} »…</source>
            <translation>Création du document « {kind} »…</translation>
        </message>
        <message>
            <source>Document créé</source>
            <translation>Document créé</translation>
        </message>
        <message>
            <source>Document non créé</source>
            <translation>Document non créé</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Dossier où enregistrer les fiches</source>
            <translation>Dossier où enregistrer les fiches</translation>
        </message>
        <message>
            <source>Enregistrer le document PDF</source>
            <translation>Enregistrer le document PDF</translation>
        </message>
        <message>
            <source>Export annulé</source>
            <translation>Export annulé</translation>
        </message>
        <message>
            <source>L'export a été annulé. Fichiers déjà terminés : {count}.</source>
            <translation>L'export a été annulé. Fichiers déjà terminés : {count}.</translation>
        </message>
        <message>
            <source>Le document a été enregistré, mais aucune application n'a pu l'ouvrir :
{path}</source>
            <translation>Le document a été enregistré, mais aucune application n'a pu l'ouvrir :
{path}</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <source>Exporter en PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>par étape</source>
            <translation>par étape</translation>
        </message>
        <message>
            <source>par département</source>
            <translation>par département</translation>
        </message>
        <message>
            <source>Un seul fichier PDF</source>
            <translation>Un seul fichier PDF</translation>
        </message>
        <message>
            <source>Un fichier par territoire, dans un dossier</source>
            <translation>Un fichier par territoire, dans un dossier</translation>
        </message>
        <message>
            <source>Inclure les téléphones et adresses électroniques des contacts</source>
            <translation>Inclure les téléphones et adresses électroniques des contacts</translation>
        </message>
        <message>
            <source>Ajouter à la fin les documents PDF joints à la réunion</source>
            <translation>Ajouter à la fin les documents PDF joints à la réunion</translation>
        </message>
        <message>
            <source>Document :</source>
            <translation>Document :</translation>
        </message>
        <message>
            <source>Régions :</source>
            <translation>Régions :</translation>
        </message>
        <message>
            <source>Situation au :</source>
            <translation>Situation au :</translation>
        </message>
        <message>
            <source>Territoires groupés :</source>
            <translation>Territoires groupés :</translation>
        </message>
        <message>
            <source>Fichiers :</source>
            <translation>Fichiers :</translation>
        </message>
        <message>
            <source>Créer le PDF</source>
            <translation>Créer le PDF</translation>
        </message>
        <message>
            <source>Cochez au moins une région.</source>
            <translation>Cochez au moins une région.</translation>
        </message>
        <message>
            <source>Cochez une seule région : les fiches sont produites région par région.</source>
            <translation>Cochez une seule région : les fiches sont produites région par région.</translation>
        </message>
    </context>
    <context>
        <name>PeerExportDialog</name>
        <message>
            <source>Exporter pour un collègue</source>
            <translation>Exporter pour un collègue</translation>
        </message>
        <message>
            <source>Choisissez le collègue à qui vous envoyez le fichier. Il contiendra seulement ce que ce collègue n'avait pas encore d'après le dernier fichier reçu de lui, y compris ce qu'un envoi perdu devait lui apporter.</source>
            <translation>Choisissez le collègue à qui vous envoyez le fichier. Il contiendra seulement ce que ce collègue n'avait pas encore d'après le dernier fichier reçu de lui, y compris ce qu'un envoi perdu devait lui apporter.</translation>
        </message>
        <message>
            <source>Collègue sans nom</source>
            <translation>Collègue sans nom</translation>
        </message>
        <message>
            <source>{person} — dernier fichier reçu le {moment}</source>
            <translation>{person} — dernier fichier reçu le {moment}</translation>
        </message>
        <message>
            <source>Protéger par un mot de passe</source>
            <translation>Protéger par un mot de passe</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Exporter…</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditor</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Invitée</source>
            <translation>Invitée</translation>
        </message>
        <message>
            <source>Présente</source>
            <translation>Présente</translation>
        </message>
        <message>
            <source>Inviter des contacts…</source>
            <translation>Inviter des contacts…</translation>
        </message>
        <message>
            <source>Ajouter une personne…</source>
            <translation>Ajouter une personne…</translation>
        </message>
        <message>
            <source>Retirer la personne</source>
            <translation>Retirer la personne</translation>
        </message>
        <message>
            <source>Personnes : {invited} invitées, {present} présentes</source>
            <translation>Personnes : {invited} invitées, {present} présentes</translation>
        </message>
        <message>
            <source>Présence non enregistrée</source>
            <translation>Présence non enregistrée</translation>
        </message>
        <message>
            <source>Inviter des contacts</source>
            <translation>Inviter des contacts</translation>
        </message>
        <message>
            <source>Aucun autre contact dans les territoires invités ni dans la grappe. Ajoutez des contacts aux fiches des territoires, ou tapez le nom avec « Ajouter une personne… ».</source>
            <translation>Aucun autre contact dans les territoires invités ni dans la grappe. Ajoutez des contacts aux fiches des territoires, ou tapez le nom avec « Ajouter une personne… ».</translation>
        </message>
        <message>
            <source>Contacts non invités</source>
            <translation>Contacts non invités</translation>
        </message>
        <message>
            <source>Personne non ajoutée</source>
            <translation>Personne non ajoutée</translation>
        </message>
        <message>
            <source>Personne non retirée</source>
            <translation>Personne non retirée</translation>
        </message>
    </context>
    <context>
        <name>PerimeterGroup</name>
        <message>
            <source>Périmètre</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>Une commune par ligne, par exemple : Le Teil (07319)</source>
            <translation>Une commune par ligne, par exemple : Le Teil (07319)</translation>
        </message>
        <message>
            <source>Communauté de communes ou d'agglomération</source>
            <translation>Communauté de communes ou d'agglomération</translation>
        </message>
        <message>
            <source>Quartiers prioritaires de la politique de la ville</source>
            <translation>Quartiers prioritaires de la politique de la ville</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>EPCI</source>
            <translation>EPCI</translation>
        </message>
        <message>
            <source>QPV</source>
            <translation>QPV</translation>
        </message>
        <message>
            <source>Note libre</source>
            <translation>Note libre</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Le département et la région se modifient dans la fiche du territoire (bouton « Modifier » de la liste).</source>
            <translation>Le département et la région se modifient dans la fiche du territoire (bouton « Modifier » de la liste).</translation>
        </message>
        <message>
            <source>Non renseigné</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Non renseignée</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>Périmètre enregistré.</source>
            <translation>Périmètre enregistré.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Ajouter une personne</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <source>Aucun</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Valider</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Indiquez le nom de la personne.</source>
            <translation>Indiquez le nom de la personne.</translation>
        </message>
    </context>
    <context>
        <name>PersonalData</name>
        <message>
            <source>Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. Supprimez-les vous-même du dossier « sauvegardes » du dossier de données.</source>
            <translation>Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. Supprimez-les vous-même du dossier « sauvegardes » du dossier de données.</translation>
        </message>
        <message>
            <source>Ces sauvegardes ne pouvaient pas être nettoyées et ont été supprimées : {files}.</source>
            <translation>Ces sauvegardes ne pouvaient pas être nettoyées et ont été supprimées : {files}.</translation>
        </message>
        <message>
            <source>Données exportées</source>
            <translation>Données exportées</translation>
        </message>
        <message>
            <source>Effacement en cours…</source>
            <translation>Effacement en cours…</translation>
        </message>
        <message>
            <source>Effacer les données personnelles</source>
            <translation>Effacer les données personnelles</translation>
        </message>
        <message>
            <source>Effacer les données personnelles de « {name} » ?

{what} Les anciennes valeurs sont aussi retirées du fichier de données et de toutes les sauvegardes de ce dossier.

L'effacement sera transmis à vos collègues avec votre prochain échange de données. Il ne peut pas être annulé.</source>
            <translation>Effacer les données personnelles de « {name} » ?

{what} Les anciennes valeurs sont aussi retirées du fichier de données et de toutes les sauvegardes de ce dossier.

L'effacement sera transmis à vos collègues avec votre prochain échange de données. Il ne peut pas être annulé.</translation>
        </message>
        <message>
            <source>Export impossible</source>
            <translation>Export impossible</translation>
        </message>
        <message>
            <source>Exporter les données de ce contact</source>
            <translation>Exporter les données de ce contact</translation>
        </message>
        <message>
            <source>Fichiers JSON (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Le fichier de données n'a pas pu être réécrit (disque plein, ou fichier lu par un autre programme) : d'anciennes valeurs peuvent y rester dans l'espace libre. Libérez de la place, fermez les autres programmes, puis effacez de nouveau les données de ce contact.</source>
            <translation>Le fichier de données n'a pas pu être réécrit (disque plein, ou fichier lu par un autre programme) : d'anciennes valeurs peuvent y rester dans l'espace libre. Libérez de la place, fermez les autres programmes, puis effacez de nouveau les données de ce contact.</translation>
        </message>
        <message>
            <source>Les données personnelles ont été effacées de {records} élément(s) et de {backups} sauvegarde(s). L'effacement partira chez vos collègues avec votre prochain échange de données.</source>
            <translation>Les données personnelles ont été effacées de {records} élément(s) et de {backups} sauvegarde(s). L'effacement partira chez vos collègues avec votre prochain échange de données.</translation>
        </message>
        <message>
            <source>Les données que cette copie contient sur « {name} » ont été écrites dans {path}. Transmettez ce fichier à la personne par un moyen sûr, puis supprimez-le.</source>
            <translation>Les données que cette copie contient sur « {name} » ont été écrites dans {path}. Transmettez ce fichier à la personne par un moyen sûr, puis supprimez-le.</translation>
        </message>
        <message>
            <source>Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les notes de ce contact, ainsi que le nom et l'organisation de cette personne dans {count} participation(s) aux réunions.</source>
            <translation>Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les notes de ce contact, ainsi que le nom et l'organisation de cette personne dans {count} participation(s) aux réunions.</translation>
        </message>
        <message>
            <source>Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les notes de ce contact.</source>
            <translation>Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les notes de ce contact.</translation>
        </message>
    </context>
    <context>
        <name>PhaseRow</name>
        <message>
            <source>Phase « {phase} » enregistrée.</source>
            <translation>Phase « {phase} » enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>PhaseStatus</name>
        <message>
            <source>À venir</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Atteinte</source>
            <translation>Atteinte</translation>
        </message>
    </context>
    <context>
        <name>PresenceTable</name>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Présence</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Personnes venues</source>
            <translation>Personnes venues</translation>
        </message>
        <message>
            <source>Personnes nommées</source>
            <translation>Personnes nommées</translation>
        </message>
        <message>
            <source>Non renseignée</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>Présent</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>{invited} invitées, {present} présentes</source>
            <translation>{invited} invitées, {present} présentes</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>Présentation — {title}</source>
            <translation>Présentation — {title}</translation>
        </message>
        <message>
            <source>→ ou Espace : point suivant · ← : point précédent · P : pause · Échap : quitter</source>
            <translation>→ ou Espace : point suivant · ← : point précédent · P : pause · Échap : quitter</translation>
        </message>
        <message>
            <source>L'ordre du jour de cette réunion est vide.</source>
            <translation>L'ordre du jour de cette réunion est vide.</translation>
        </message>
        <message>
            <source>Point {number} / {count}</source>
            <translation>Point {number} / {count}</translation>
        </message>
        <message>
            <source>Présenté par {name}</source>
            <translation>Présenté par {name}</translation>
        </message>
        <message>
            <source>Durée prévue : {minutes} min</source>
            <translation>Durée prévue : {minutes} min</translation>
        </message>
        <message>
            <source>Durée non prévue</source>
            <translation>Durée non prévue</translation>
        </message>
        <message>
            <source>Dépassement : {time}</source>
            <translation>Dépassement : {time}</translation>
        </message>
        <message>
            <source>Reste {time}</source>
            <translation>Reste {time}</translation>
        </message>
        <message>
            <source>En pause (P pour reprendre)</source>
            <translation>En pause (P pour reprendre)</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Vérifier avant d'importer</source>
            <translation>Vérifier avant d'importer</translation>
        </message>
        <message>
            <source>Rien n'est encore enregistré. Les lignes en erreur ne seront pas importées ; une copie de sauvegarde est faite avant l'import.</source>
            <translation>Rien n'est encore enregistré. Les lignes en erreur ne seront pas importées ; une copie de sauvegarde est faite avant l'import.</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Élément</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Remarques</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Enregistrer le rapport d'erreurs…</source>
            <translation>Enregistrer le rapport d'erreurs…</translation>
        </message>
        <message>
            <source>Préparation de l'aperçu…</source>
            <translation>Préparation de l'aperçu…</translation>
        </message>
        <message>
            <source>Aperçu impossible</source>
            <translation>Aperçu impossible</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Bienvenue dans TZCLD Desktop</source>
            <translation>Bienvenue dans TZCLD Desktop</translation>
        </message>
        <message>
            <source>TZCLD Desktop garde sur cet ordinateur les territoires, les grappes et les réunions que vous suivez, même sans connexion.

Indiquez votre nom : il accompagne vos modifications quand vous échangez des fichiers avec vos collègues. Cochez ensuite les régions dont vous suivez les territoires ; vous pourrez les changer plus tard dans « Fichier › Mon profil… ».</source>
            <translation>TZCLD Desktop garde sur cet ordinateur les territoires, les grappes et les réunions que vous suivez, même sans connexion.

Indiquez votre nom : il accompagne vos modifications quand vous échangez des fichiers avec vos collègues. Cochez ensuite les régions dont vous suivez les territoires ; vous pourrez les changer plus tard dans « Fichier › Mon profil… ».</translation>
        </message>
        <message>
            <source>Mon profil</source>
            <translation>Mon profil</translation>
        </message>
        <message>
            <source>Votre nom accompagne vos modifications quand vous échangez des fichiers avec vos collègues. La liste des territoires affiche ceux des régions cochées.</source>
            <translation>Votre nom accompagne vos modifications quand vous échangez des fichiers avec vos collègues. La liste des territoires affiche ceux des régions cochées.</translation>
        </message>
        <message>
            <source>Prénom et nom</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>Les régions que vous suivez</source>
            <translation>Les régions que vous suivez</translation>
        </message>
        <message>
            <source>Votre nom</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Commencer</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Profil non enregistré</source>
            <translation>Profil non enregistré</translation>
        </message>
    </context>
    <context>
        <name>ProgressRow</name>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Date : {name}</source>
            <translation>Date : {name}</translation>
        </message>
        <message>
            <source>Commentaire : {name}</source>
            <translation>Commentaire : {name}</translation>
        </message>
        <message>
            <source>Modification non enregistrée</source>
            <translation>Modification non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <source>Ces copies chiffrées sont endommagées et n'ont pas pu être déchiffrées : {files}. Vos données actuelles sont intactes ; ces copies seront supprimées à la fermeture.</source>
            <translation>Ces copies chiffrées sont endommagées et n'ont pas pu être déchiffrées : {files}. Vos données actuelles sont intactes ; ces copies seront supprimées à la fermeture.</translation>
        </message>
        <message>
            <source>Chiffrement impossible</source>
            <translation>Chiffrement impossible</translation>
        </message>
        <message>
            <source>Données protégées par un mot de passe</source>
            <translation>Données protégées par un mot de passe</translation>
        </message>
        <message>
            <source>La protection est activée. Vos données seront chiffrées à la fermeture de l'application.</source>
            <translation>La protection est activée. Vos données seront chiffrées à la fermeture de l'application.</translation>
        </message>
        <message>
            <source>La protection est retirée. Vos données restent non chiffrées sur ce disque.</source>
            <translation>La protection est retirée. Vos données restent non chiffrées sur ce disque.</translation>
        </message>
        <message>
            <source>Les données de ce dossier sont protégées. Saisissez votre mot de passe pour les ouvrir.

{folder}</source>
            <translation>Les données de ce dossier sont protégées. Saisissez votre mot de passe pour les ouvrir.

{folder}</translation>
        </message>
        <message>
            <source>Protéger par mot de passe</source>
            <translation>Protéger par mot de passe</translation>
        </message>
        <message>
            <source>Retirer la protection par mot de passe</source>
            <translation>Retirer la protection par mot de passe</translation>
        </message>
        <message>
            <source>Saisissez votre mot de passe pour retirer la protection. Vos données ne seront plus chiffrées à la fermeture de l'application.</source>
            <translation>Saisissez votre mot de passe pour retirer la protection. Vos données ne seront plus chiffrées à la fermeture de l'application.</translation>
        </message>
        <message>
            <source>TZCLD Desktop ne s'est pas fermé normalement la dernière fois : vos données sont restées non chiffrées sur le disque depuis. Elles sont intactes et seront de nouveau chiffrées quand vous fermerez l'application.</source>
            <translation>TZCLD Desktop ne s'est pas fermé normalement la dernière fois : vos données sont restées non chiffrées sur le disque depuis. Elles sont intactes et seront de nouveau chiffrées quand vous fermerez l'application.</translation>
        </message>
        <message>
            <source>À la fermeture de TZCLD Desktop, vos données et leurs sauvegardes seront chiffrées avec ce mot de passe (AES-256) ; il vous sera demandé à chaque démarrage. Cela protège vos données si l'ordinateur éteint est perdu ou volé, pas pendant que l'application est ouverte.

Sans ce mot de passe, personne ne peut récupérer les données, pas même l'équipe nationale : notez-le en lieu sûr. Les documents joints (dossier « documents ») ne sont pas chiffrés.</source>
            <translation>À la fermeture de TZCLD Desktop, vos données et leurs sauvegardes seront chiffrées avec ce mot de passe (AES-256) ; il vous sera demandé à chaque démarrage. Cela protège vos données si l'ordinateur éteint est perdu ou volé, pas pendant que l'application est ouverte.

Sans ce mot de passe, personne ne peut récupérer les données, pas même l'équipe nationale : notez-le en lieu sûr. Les documents joints (dossier « documents ») ne sont pas chiffrés.</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>Fichiers récents</source>
            <translation>Fichiers récents</translation>
        </message>
        <message>
            <source>Aucun fichier récent</source>
            <translation>Aucun fichier récent</translation>
        </message>
        <message>
            <source>Importé : {name}</source>
            <translation>Importé : {name}</translation>
        </message>
        <message>
            <source>Exporté : {name}</source>
            <translation>Exporté : {name}</translation>
        </message>
        <message>
            <source>{entry} (introuvable)</source>
            <translation>{entry} (introuvable)</translation>
        </message>
        <message>
            <source>Vider la liste</source>
            <translation>Vider la liste</translation>
        </message>
        <message>
            <source>Le fichier {path} n'existe plus : il a été déplacé, renommé ou supprimé. Il est retiré de la liste des fichiers récents.</source>
            <translation>Le fichier {path} n'existe plus : il a été déplacé, renommé ou supprimé. Il est retiré de la liste des fichiers récents.</translation>
        </message>
        <message>
            <source>Le dossier n'a pas pu être ouvert. Le fichier se trouve ici :
{path}</source>
            <translation>Le dossier n'a pas pu être ouvert. Le fichier se trouve ici :
{path}</translation>
        </message>
    </context>
    <context>
        <name>RecordHeader</name>
        <message>
            <source>Étape du territoire, d'après son historique</source>
            <translation>Étape du territoire, d'après son historique</translation>
        </message>
        <message>
            <source>Santé : {health}</source>
            <translation>Santé : {health}</translation>
        </message>
        <message>
            <source>Raison : {reason}</source>
            <translation>Raison : {reason}</translation>
        </message>
        <message>
            <source>Département non renseigné</source>
            <translation>Département non renseigné</translation>
        </message>
        <message>
            <source>aucune</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>{place} · Grappe : {cluster}</source>
            <translation>{place} · Grappe : {cluster}</translation>
        </message>
        <message>
            <source>Territoire supprimé</source>
            <translation>Territoire supprimé</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé ou fusionné entre-temps. Fermez cette fenêtre.</source>
            <translation>Ce territoire a été supprimé ou fusionné entre-temps. Fermez cette fenêtre.</translation>
        </message>
    </context>
    <context>
        <name>RecordNotFound</name>
        <message>
            <source>Élément introuvable (identifiant {record_id}) : il n'existe pas dans ces données, ou il a été supprimé entre-temps.</source>
            <translation>Élément introuvable (identifiant {record_id}) : il n'existe pas dans ces données, ou il a été supprimé entre-temps.</translation>
        </message>
    </context>
    <context>
        <name>RecordWrites</name>
        <message>
            <source>Fusion avec la fiche en double « {name} » : ses notes, actions, documents et valeurs sont rattachés à ce territoire.</source>
            <translation>Fusion avec la fiche en double « {name} » : ses notes, actions, documents et valeurs sont rattachés à ce territoire.</translation>
        </message>
    </context>
    <context>
        <name>ReportWriteError</name>
        <message>
            <source>Le fichier PDF « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier existe, que vous avez le droit d'y écrire, qu'il reste de la place sur le disque et que le fichier n'est pas ouvert dans une autre application.</source>
            <translation>Le fichier PDF « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier existe, que vous avez le droit d'y écrire, qu'il reste de la place sur le disque et que le fichier n'est pas ouvert dans une autre application.</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restaurer une sauvegarde</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Choisissez la copie à remettre en place. Vos données actuelles sont d'abord conservées dans une nouvelle sauvegarde : vous pourrez revenir en arrière.</source>
            <translation>Choisissez la copie à remettre en place. Vos données actuelles sont d'abord conservées dans une nouvelle sauvegarde : vous pourrez revenir en arrière.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Taille</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Faite</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Sauvegardes disponibles</source>
            <translation>Sauvegardes disponibles</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>au premier démarrage du jour</source>
            <translation>au premier démarrage du jour</translation>
        </message>
        <message>
            <source>avant un import</source>
            <translation>avant un import</translation>
        </message>
        <message>
            <source>avant une mise à jour de l'application</source>
            <translation>avant une mise à jour de l'application</translation>
        </message>
        <message>
            <source>avant une restauration</source>
            <translation>avant une restauration</translation>
        </message>
        <message>
            <source>avant l'annulation d'un import</source>
            <translation>avant l'annulation d'un import</translation>
        </message>
        <message>
            <source>Remettre les données telles qu'elles étaient le {when} ? Ce que vous avez saisi depuis sera retiré de l'application, mais restera dans une sauvegarde.</source>
            <translation>Remettre les données telles qu'elles étaient le {when} ? Ce que vous avez saisi depuis sera retiré de l'application, mais restera dans une sauvegarde.</translation>
        </message>
        <message>
            <source>Restauration en cours…</source>
            <translation>Restauration en cours…</translation>
        </message>
        <message>
            <source>Restauration impossible</source>
            <translation>Restauration impossible</translation>
        </message>
        <message>
            <source>Sauvegarde restaurée</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>Les données du {when} sont en place.</source>
            <translation>Les données du {when} sont en place.</translation>
        </message>
    </context>
    <context>
        <name>SaveKey</name>
        <message>
            <source>Enregistrer ({key})</source>
            <translation>Enregistrer ({key})</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Territoires</source>
            <translation>Territoires</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Rechercher partout</source>
            <translation>Rechercher partout</translation>
        </message>
        <message>
            <source>Territoire, contact, note ou action…</source>
            <translation>Territoire, contact, note ou action…</translation>
        </message>
        <message>
            <source>Résultats de la recherche</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>{label} ({listed} sur plus de {total})</source>
            <translation>{label} ({listed} sur plus de {total})</translation>
        </message>
        <message>
            <source>{label} ({listed} sur {total})</source>
            <translation>{label} ({listed} sur {total})</translation>
        </message>
        <message>
            <source>{label} ({total})</source>
            <translation>{label} ({total})</translation>
        </message>
        <message>
            <source>Tapez au moins deux lettres. Les accents et majuscules sont ignorés.</source>
            <translation>Tapez au moins deux lettres. Les accents et majuscules sont ignorés.</translation>
        </message>
        <message>
            <source>Aucun résultat pour « {text} ».</source>
            <translation>Aucun résultat pour « {text} ».</translation>
        </message>
        <message>
            <source>Entrée : ouvrir · ↑ ↓ : parcourir · Échap : fermer</source>
            <translation>Entrée : ouvrir · ↑ ↓ : parcourir · Échap : fermer</translation>
        </message>
        <message>
            <source>Sans territoire</source>
            <translation>Sans territoire</translation>
        </message>
        <message>
            <source>sans date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>sans échéance</source>
            <translation>sans échéance</translation>
        </message>
        <message>
            <source>échéance le {date}</source>
            <translation>échéance le {date}</translation>
        </message>
    </context>
    <context>
        <name>SharedFolder</name>
        <message>
            <source>déjà connu</source>
            <translation>déjà connu</translation>
        </message>
        <message>
            <source>déjà connus</source>
            <translation>déjà connus</translation>
        </message>
        <message>
            <source>fichier importé</source>
            <translation>fichier importé</translation>
        </message>
        <message>
            <source>fichiers importés</source>
            <translation>fichiers importés</translation>
        </message>
        <message>
            <source>refusé</source>
            <translation>refusé</translation>
        </message>
        <message>
            <source>refusés</source>
            <translation>refusés</translation>
        </message>
        <message>
            <source>{imported}, {skipped}, {rejected}.</source>
            <translation>{imported}, {skipped}, {rejected}.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheets</name>
        <message>
            <source>Le disque est plein : le fichier {path} n'a pas été enregistré. Libérez de la place sur le disque, puis recommencez.</source>
            <translation>Le disque est plein : le fichier {path} n'a pas été enregistré. Libérez de la place sur le disque, puis recommencez.</translation>
        </message>
        <message>
            <source>Le dossier de {path} est en lecture seule ou vous n'avez pas le droit d'y écrire (clé USB verrouillée, dossier protégé ?). Choisissez un autre dossier, puis recommencez.</source>
            <translation>Le dossier de {path} est en lecture seule ou vous n'avez pas le droit d'y écrire (clé USB verrouillée, dossier protégé ?). Choisissez un autre dossier, puis recommencez.</translation>
        </message>
        <message>
            <source>Le dossier de {path} n'existe pas ou n'est plus accessible. Choisissez un autre dossier.</source>
            <translation>Le dossier de {path} n'existe pas ou n'est plus accessible. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être remplacé ({reason}). S'il est ouvert dans Excel ou LibreOffice, fermez-le, puis recommencez.</source>
            <translation>Le fichier {path} n'a pas pu être remplacé ({reason}). S'il est ouvert dans Excel ou LibreOffice, fermez-le, puis recommencez.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être enregistré ({reason}). Vérifiez le dossier choisi, puis recommencez.</source>
            <translation>Le fichier {path} n'a pas pu être enregistré ({reason}). Vérifiez le dossier choisi, puis recommencez.</translation>
        </message>
        <message>
            <source>Format de fichier non pris en charge : {path}. Choisissez un nom se terminant par .xlsx ou .csv.</source>
            <translation>Format de fichier non pris en charge : {path}. Choisissez un nom se terminant par .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>La ligne {row}, colonne « {column} », contient {length} caractères, plus que les 32 767 qu'accepte une cellule Excel. Exportez plutôt au format CSV.</source>
            <translation>La ligne {row}, colonne « {column} », contient {length} caractères, plus que les 32 767 qu'accepte une cellule Excel. Exportez plutôt au format CSV.</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Territoire intéressé</source>
            <translation>Territoire intéressé</translation>
        </message>
        <message>
            <source>Projet émergent</source>
            <translation>Projet émergent</translation>
        </message>
        <message>
            <source>Candidature</source>
            <translation>Candidature</translation>
        </message>
        <message>
            <source>Territoire habilité</source>
            <translation>Territoire habilité</translation>
        </message>
    </context>
    <context>
        <name>StageEventDialog</name>
        <message>
            <source>Modifier une étape</source>
            <translation>Modifier une étape</translation>
        </message>
        <message>
            <source>Ajouter une étape</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Par exemple : charte signée en conseil municipal</source>
            <translation>Par exemple : charte signée en conseil municipal</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Publication au JO</source>
            <translation>Publication au JO</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Étape non enregistrée</source>
            <translation>Étape non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>StageStep</name>
        <message>
            <source>Intérêt manifesté</source>
            <translation>Intérêt manifesté</translation>
        </message>
        <message>
            <source>Charte d'engagement signée</source>
            <translation>Charte d'engagement signée</translation>
        </message>
        <message>
            <source>Dossier de candidature déposé</source>
            <translation>Dossier de candidature déposé</translation>
        </message>
        <message>
            <source>Dossier en instruction</source>
            <translation>Dossier en instruction</translation>
        </message>
        <message>
            <source>Avis favorable</source>
            <translation>Avis favorable</translation>
        </message>
        <message>
            <source>Avis d'ajournement</source>
            <translation>Avis d'ajournement</translation>
        </message>
        <message>
            <source>Dossier déposé de nouveau</source>
            <translation>Dossier déposé de nouveau</translation>
        </message>
        <message>
            <source>Habilitation par arrêté</source>
            <translation>Habilitation par arrêté</translation>
        </message>
        <message>
            <source>Habilitation par décret</source>
            <translation>Habilitation par décret</translation>
        </message>
    </context>
    <context>
        <name>StatusChangeRejected</name>
        <message>
            <source>Seul le compte rendu d'une réunion tenue peut être validé : marquez d'abord la réunion comme tenue.</source>
            <translation>Seul le compte rendu d'une réunion tenue peut être validé : marquez d'abord la réunion comme tenue.</translation>
        </message>
        <message>
            <source>Une réunion « {current} » ne peut pas passer directement à « {target} ».</source>
            <translation>Une réunion « {current} » ne peut pas passer directement à « {target} ».</translation>
        </message>
    </context>
    <context>
        <name>StorageError</name>
        <message>
            <source>Le disque est plein : la modification n'a pas été enregistrée et vos données sont intactes. Libérez de la place sur le disque ({path}), puis recommencez.</source>
            <translation>Le disque est plein : la modification n'a pas été enregistrée et vos données sont intactes. Libérez de la place sur le disque ({path}), puis recommencez.</translation>
        </message>
        <message>
            <source>Le dossier de données {path} est en lecture seule (clé USB verrouillée, disque protégé ?) : la modification n'a pas été enregistrée. Rendez-le accessible en écriture, puis recommencez.</source>
            <translation>Le dossier de données {path} est en lecture seule (clé USB verrouillée, disque protégé ?) : la modification n'a pas été enregistrée. Rendez-le accessible en écriture, puis recommencez.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} est occupé par un autre programme. Fermez les autres fenêtres de TZCLD Desktop qui utilisent ce dossier, puis recommencez.</source>
            <translation>Le fichier de données {path} est occupé par un autre programme. Fermez les autres fenêtres de TZCLD Desktop qui utilisent ce dossier, puis recommencez.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} ne peut pas être ouvert. Vérifiez que le dossier existe toujours (clé USB retirée ?) et que vous avez le droit d'y écrire.</source>
            <translation>Le fichier de données {path} ne peut pas être ouvert. Vérifiez que le dossier existe toujours (clé USB retirée ?) et que vous avez le droit d'y écrire.</translation>
        </message>
        <message>
            <source>Erreur de lecture ou d'écriture sur le disque pour {path} : la modification n'a pas été enregistrée. Vérifiez le support (clé USB mal branchée ?), puis recommencez.</source>
            <translation>Erreur de lecture ou d'écriture sur le disque pour {path} : la modification n'a pas été enregistrée. Vérifiez le support (clé USB mal branchée ?), puis recommencez.</translation>
        </message>
        <message>
            <source>Des données ont été enregistrées pendant la lecture du fichier {file} : l'import est annulé et vos données n'ont pas changé. Recommencez l'import.</source>
            <translation>Des données ont été enregistrées pendant la lecture du fichier {file} : l'import est annulé et vos données n'ont pas changé. Recommencez l'import.</translation>
        </message>
        <message>
            <source>La copie chiffrée de vos données {path} est endommagée ou a été modifiée : elle ne peut pas être déchiffrée. Remettez le dossier de données depuis une copie de sauvegarde.</source>
            <translation>La copie chiffrée de vos données {path} est endommagée ou a été modifiée : elle ne peut pas être déchiffrée. Remettez le dossier de données depuis une copie de sauvegarde.</translation>
        </message>
        <message>
            <source>La restauration de {file} a échoué ({error}). Vérifiez la place libre sur le disque, puis réessayez.</source>
            <translation>La restauration de {file} a échoué ({error}). Vérifiez la place libre sur le disque, puis réessayez.</translation>
        </message>
        <message>
            <source>La sauvegarde de sécurité n'a pas pu être faite dans {folder} ({error}) ; rien n'a été modifié. Libérez de la place sur le disque ou vérifiez que le dossier est accessible en écriture.</source>
            <translation>La sauvegarde de sécurité n'a pas pu être faite dans {folder} ({error}) ; rien n'a été modifié. Libérez de la place sur le disque ou vérifiez que le dossier est accessible en écriture.</translation>
        </message>
        <message>
            <source>La sauvegarde {file} est elle-même endommagée ; elle n'a pas été restaurée. Choisissez-en une autre.</source>
            <translation>La sauvegarde {file} est elle-même endommagée ; elle n'a pas été restaurée. Choisissez-en une autre.</translation>
        </message>
        <message>
            <source>Le dossier de données {folder} est protégé par un mot de passe. Ouvrez-le avec l'application TZCLD Desktop, qui vous demandera le mot de passe.</source>
            <translation>Le dossier de données {folder} est protégé par un mot de passe. Ouvrez-le avec l'application TZCLD Desktop, qui vous demandera le mot de passe.</translation>
        </message>
        <message>
            <source>Le dossier de données {folder} n'a pas pu être créé ({error}). Choisissez un dossier où vous pouvez écrire, avec --data-dir ou TZCLD_DATA_DIR.</source>
            <translation>Le dossier de données {folder} n'a pas pu être créé ({error}). Choisissez un dossier où vous pouvez écrire, avec --data-dir ou TZCLD_DATA_DIR.</translation>
        </message>
        <message>
            <source>Le fichier de clé {path} est endommagé : vos données protégées ne peuvent pas être déchiffrées. Remettez ce fichier depuis une copie du dossier de données.</source>
            <translation>Le fichier de clé {path} est endommagé : vos données protégées ne peuvent pas être déchiffrées. Remettez ce fichier depuis une copie du dossier de données.</translation>
        </message>
        <message>
            <source>Le fichier de clé {path} n'a pas pu être lu ({error}). Vérifiez que le dossier de données est accessible, puis recommencez.</source>
            <translation>Le fichier de clé {path} n'a pas pu être lu ({error}). Vérifiez que le dossier de données est accessible, puis recommencez.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} a été écrit par une version plus récente de TZCLD Desktop (schéma « {revision} »). Il n'a pas été modifié. Installez la dernière version de l'application pour l'ouvrir.</source>
            <translation>Le fichier de données {path} a été écrit par une version plus récente de TZCLD Desktop (schéma « {revision} »). Il n'a pas été modifié. Installez la dernière version de l'application pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} est encore utilisé par un autre programme : vos données n'ont pas été chiffrées. Fermez les autres fenêtres de TZCLD Desktop, puis refermez celle-ci.</source>
            <translation>Le fichier de données {path} est encore utilisé par un autre programme : vos données n'ont pas été chiffrées. Fermez les autres fenêtres de TZCLD Desktop, puis refermez celle-ci.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} est illisible ou endommagé ({error}). Restaurez une sauvegarde ou choisissez un autre dossier de données.</source>
            <translation>Le fichier de données {path} est illisible ou endommagé ({error}). Restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} n'a pas pu être préparé pour le chiffrement ({error}) : vos données restent non chiffrées sur ce disque. Rouvrez TZCLD Desktop pour le vérifier.</source>
            <translation>Le fichier de données {path} n'a pas pu être préparé pour le chiffrement ({error}) : vos données restent non chiffrées sur ce disque. Rouvrez TZCLD Desktop pour le vérifier.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} ne peut pas être lu ({error}). Si le dossier est sur une clé USB verrouillée ou un support en lecture seule, rendez-le accessible en écriture, puis recommencez.</source>
            <translation>Le fichier de données {path} ne peut pas être lu ({error}). Si le dossier est sur une clé USB verrouillée ou un support en lecture seule, rendez-le accessible en écriture, puis recommencez.</translation>
        </message>
        <message>
            <source>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. Aucune sauvegarde intacte n'a été trouvée : l'application repart d'un fichier vide.</source>
            <translation>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. Aucune sauvegarde intacte n'a été trouvée : l'application repart d'un fichier vide.</translation>
        </message>
        <message>
            <source>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. La dernière sauvegarde intacte date du {date} : les modifications faites depuis seraient perdues.</source>
            <translation>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. La dernière sauvegarde intacte date du {date} : les modifications faites depuis seraient perdues.</translation>
        </message>
        <message>
            <source>Le fichier du document {path} n'a pas pu être lu ({error}) : l'export est annulé. Vérifiez le dossier de données, puis recommencez.</source>
            <translation>Le fichier du document {path} n'a pas pu être lu ({error}) : l'export est annulé. Vérifiez le dossier de données, puis recommencez.</translation>
        </message>
        <message>
            <source>Le fichier {path} dépasse 50 Mo, la taille la plus grande qu'un document peut avoir. Réduisez-le (par exemple en l'exportant en PDF compressé) ou gardez-le comme lien.</source>
            <translation>Le fichier {path} dépasse 50 Mo, la taille la plus grande qu'un document peut avoir. Réduisez-le (par exemple en l'exportant en PDF compressé) ou gardez-le comme lien.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être copié dans le dossier de données ({error}). Vérifiez la place libre sur le disque, puis recommencez.</source>
            <translation>Le fichier {path} n'a pas pu être copié dans le dossier de données ({error}). Vérifiez la place libre sur le disque, puis recommencez.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être lu ({error}). Vérifiez qu'il existe et que vous pouvez l'ouvrir.</source>
            <translation>Le fichier {path} n'a pas pu être lu ({error}). Vérifiez qu'il existe et que vous pouvez l'ouvrir.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être écrit ({error}). Choisissez un autre dossier ou libérez de la place.</source>
            <translation>Le fichier {path} n'a pas pu être écrit ({error}). Choisissez un autre dossier ou libérez de la place.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être écrit ({error}). Libérez de la place ou vérifiez que le dossier est accessible en écriture, puis recommencez.</source>
            <translation>Le fichier {path} n'a pas pu être écrit ({error}). Libérez de la place ou vérifiez que le dossier est accessible en écriture, puis recommencez.</translation>
        </message>
        <message>
            <source>Le mot de passe est incorrect : vos données n'ont pas été déchiffrées et rien n'a été modifié. Vérifiez la touche Verr. Maj et la disposition du clavier, puis recommencez.</source>
            <translation>Le mot de passe est incorrect : vos données n'ont pas été déchiffrées et rien n'a été modifié. Vérifiez la touche Verr. Maj et la disposition du clavier, puis recommencez.</translation>
        </message>
        <message>
            <source>Les fichiers des documents n'ont pas pu être enregistrés dans le dossier de données {path} ({error}) : l'import est annulé et vos données sont intactes. Libérez de la place sur le disque, puis recommencez.</source>
            <translation>Les fichiers des documents n'ont pas pu être enregistrés dans le dossier de données {path} ({error}) : l'import est annulé et vos données sont intactes. Libérez de la place sur le disque, puis recommencez.</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être chiffrées dans {folder} ({error}) : elles restent non chiffrées sur ce disque. Libérez de la place, puis ouvrez et refermez TZCLD Desktop pour les chiffrer.</source>
            <translation>Vos données n'ont pas pu être chiffrées dans {folder} ({error}) : elles restent non chiffrées sur ce disque. Libérez de la place, puis ouvrez et refermez TZCLD Desktop pour les chiffrer.</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être déchiffrées dans {folder} ({error}). Libérez de la place ou vérifiez que le dossier est accessible en écriture, puis recommencez.</source>
            <translation>Vos données n'ont pas pu être déchiffrées dans {folder} ({error}). Libérez de la place ou vérifiez que le dossier est accessible en écriture, puis recommencez.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import terminé</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>Enregistrer le rapport d'erreurs…</source>
            <translation>Enregistrer le rapport d'erreurs…</translation>
        </message>
        <message>
            <source>{created} nouveaux, {updated} mis à jour, {unchanged} ignorés (déjà à jour), {rejected} en erreur.</source>
            <translation>{created} nouveaux, {updated} mis à jour, {unchanged} ignorés (déjà à jour), {rejected} en erreur.</translation>
        </message>
        <message>
            <source>Copie de sauvegarde faite avant l'import : {file}</source>
            <translation>Copie de sauvegarde faite avant l'import : {file}</translation>
        </message>
        <message>
            <source>Les lignes en erreur n'ont pas été importées : enregistrez le rapport d'erreurs pour les corriger dans votre tableur.</source>
            <translation>Les lignes en erreur n'ont pas été importées : enregistrez le rapport d'erreurs pour les corriger dans votre tableur.</translation>
        </message>
    </context>
    <context>
        <name>SummaryTab</name>
        <message>
            <source>Résumé</source>
            <translation>Résumé</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>CSV pour Excel, séparateur point-virgule (*.csv)</source>
            <translation>CSV pour Excel, séparateur point-virgule (*.csv)</translation>
        </message>
        <message>
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export de la liste en cours…</source>
            <translation>Export de la liste en cours…</translation>
        </message>
        <message>
            <source>Exporter la liste « {title} »</source>
            <translation>Exporter la liste « {title} »</translation>
        </message>
        <message>
            <source>La liste « {title} » ({rows}) a été enregistrée :
{path}</source>
            <translation>La liste « {title} » ({rows}) a été enregistrée :
{path}</translation>
        </message>
        <message>
            <source>Liste exportée</source>
            <translation>Liste exportée</translation>
        </message>
        <message>
            <source>Liste non exportée</source>
            <translation>Liste non exportée</translation>
        </message>
        <message>
            <source>{count} ligne</source>
            <translation>{count} ligne</translation>
        </message>
        <message>
            <source>{count} lignes</source>
            <translation>{count} lignes</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <source>Nom du territoire manquant.</source>
            <translation>Nom du territoire manquant.</translation>
        </message>
        <message>
            <source>Territoire introuvable : « {name} »{place}. Importez ou créez d'abord ce territoire.</source>
            <translation>Territoire introuvable : « {name} »{place}. Importez ou créez d'abord ce territoire.</translation>
        </message>
        <message>
            <source>Code département non reconnu : « {code} ».</source>
            <translation>Code département non reconnu : « {code} ».</translation>
        </message>
        <message>
            <source>Valeur non reconnue : « {value} ». Valeurs possibles : {choices}.</source>
            <translation>Valeur non reconnue : « {value} ». Valeurs possibles : {choices}.</translation>
        </message>
        <message>
            <source>Nom de la personne manquant.</source>
            <translation>Nom de la personne manquant.</translation>
        </message>
        <message>
            <source>Indicateur manquant.</source>
            <translation>Indicateur manquant.</translation>
        </message>
        <message>
            <source>L'effectif d'une EBE ne s'importe pas depuis un tableur : saisissez-le dans la fiche de l'EBE.</source>
            <translation>L'effectif d'une EBE ne s'importe pas depuis un tableur : saisissez-le dans la fiche de l'EBE.</translation>
        </message>
        <message>
            <source>Date illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj, « 3 mars 2026 » ou une date du classeur.</source>
            <translation>Date illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj, « 3 mars 2026 » ou une date du classeur.</translation>
        </message>
        <message>
            <source>Date de la valeur manquante.</source>
            <translation>Date de la valeur manquante.</translation>
        </message>
        <message>
            <source>Nombre illisible : « {cell} ».</source>
            <translation>Nombre illisible : « {cell} ».</translation>
        </message>
        <message>
            <source>Valeur manquante.</source>
            <translation>Valeur manquante.</translation>
        </message>
        <message>
            <source>Cette ligne désigne le même élément que la ligne {line}.</source>
            <translation>Cette ligne désigne le même élément que la ligne {line}.</translation>
        </message>
        <message>
            <source>Déjà à jour.</source>
            <translation>Déjà à jour.</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Département du territoire (code)</source>
            <translation>Département du territoire (code)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Nom de la personne</source>
            <translation>Nom de la personne</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Adresse électronique</source>
            <translation>Adresse électronique</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Valeurs d'indicateurs</source>
            <translation>Valeurs d'indicateurs</translation>
        </message>
        <message>
            <source>Indicateur</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Date de la valeur</source>
            <translation>Date de la valeur</translation>
        </message>
        <message>
            <source>Valeur</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>La ligne {line} ({label}) n'a pas pu être enregistrée : {reason} Rien n'a été importé. Vérifiez cette ligne, puis relancez l'aperçu.</source>
            <translation>La ligne {line} ({label}) n'a pas pu être enregistrée : {reason} Rien n'a été importé. Vérifiez cette ligne, puis relancez l'aperçu.</translation>
        </message>
        <message>
            <source>Code département non reconnu : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l'outre-mer.</source>
            <translation>Code département non reconnu : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l'outre-mer.</translation>
        </message>
        <message>
            <source>Département inconnu : « {code} ».</source>
            <translation>Département inconnu : « {code} ».</translation>
        </message>
        <message>
            <source>Région non reconnue : « {region} ». Écrivez le nom officiel de la région.</source>
            <translation>Région non reconnue : « {region} ». Écrivez le nom officiel de la région.</translation>
        </message>
        <message>
            <source>Date d'habilitation illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj, « 3 mars 2026 » ou une date du classeur.</source>
            <translation>Date d'habilitation illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj, « 3 mars 2026 » ou une date du classeur.</translation>
        </message>
        <message>
            <source>Date imprécise conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Date imprécise conservée telle qu'elle est écrite dans la note : « {cell} ».</translation>
        </message>
        <message>
            <source>Ce territoire figure déjà à la ligne {line} du fichier.</source>
            <translation>Ce territoire figure déjà à la ligne {line} du fichier.</translation>
        </message>
        <message>
            <source>Nom du territoire</source>
            <translation>Nom du territoire</translation>
        </message>
        <message>
            <source>Département (code)</source>
            <translation>Département (code)</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>Date d'habilitation</source>
            <translation>Date d'habilitation</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territoires</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Motif du rejet</source>
            <translation>Motif du rejet</translation>
        </message>
    </context>
    <context>
        <name>Tabular</name>
        <message>
            <source>Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier.</source>
            <translation>Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier.</translation>
        </message>
        <message>
            <source>Impossible de lire le fichier {path} : {reason}</source>
            <translation>Impossible de lire le fichier {path} : {reason}</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.</source>
            <translation>Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason}).</source>
            <translation>Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason}).</translation>
        </message>
        <message>
            <source>Le fichier {path} ne contient aucune ligne remplie.</source>
            <translation>Le fichier {path} ne contient aucune ligne remplie.</translation>
        </message>
        <message>
            <source>Le classeur {path} n'a pas pu être lu ({reason}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.</source>
            <translation>Le classeur {path} n'a pas pu être lu ({reason}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Le fichier {path} est un classeur Excel ancien (.xls) ou un autre format que .xlsx. Enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.</source>
            <translation>Le fichier {path} est un classeur Excel ancien (.xls) ou un autre format que .xlsx. Enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Commentaire</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Veuillez patienter</source>
            <translation>Veuillez patienter</translation>
        </message>
        <message>
            <source>Annulation en cours…</source>
            <translation>Annulation en cours…</translation>
        </message>
    </context>
    <context>
        <name>TerritoryDialog</name>
        <message>
            <source>Nouveau territoire</source>
            <translation>Nouveau territoire</translation>
        </message>
        <message>
            <source>Modifier le territoire</source>
            <translation>Modifier le territoire</translation>
        </message>
        <message>
            <source>Aucune date exacte</source>
            <translation>Aucune date exacte</translation>
        </message>
        <message>
            <source>Par exemple : ~2022-09 (même vague que Poitiers)</source>
            <translation>Par exemple : ~2022-09 (même vague que Poitiers)</translation>
        </message>
        <message>
            <source>Date approchée ou détail sur la date, par exemple : ~2022-09 (même vague que Poitiers)</source>
            <translation>Date approchée ou détail sur la date, par exemple : ~2022-09 (même vague que Poitiers)</translation>
        </message>
        <message>
            <source>Adresse web ou document d'où viennent ces informations</source>
            <translation>Adresse web ou document d'où viennent ces informations</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Date d'habilitation</source>
            <translation>Date d'habilitation</translation>
        </message>
        <message>
            <source>Précision sur la date</source>
            <translation>Précision sur la date</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>— Région inconnue —</source>
            <translation>— Région inconnue —</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé entre-temps.</source>
            <translation>Ce territoire a été supprimé entre-temps.</translation>
        </message>
        <message>
            <source>— Aucun —</source>
            <translation>— Aucun —</translation>
        </message>
        <message>
            <source>— Aucune —</source>
            <translation>— Aucune —</translation>
        </message>
        <message>
            <source>Territoire non enregistré</source>
            <translation>Territoire non enregistré</translation>
        </message>
    </context>
    <context>
        <name>TerritoryImport</name>
        <message>
            <source>Lignes ignorées :</source>
            <translation>Lignes ignorées :</translation>
        </message>
        <message>
            <source>Ni département ni région reconnus (« {region} ») : territoire importé sans région.</source>
            <translation>Ni département ni région reconnus (« {region} ») : territoire importé sans région.</translation>
        </message>
        <message>
            <source>inchangé</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>inchangés</source>
            <translation>inchangés</translation>
        </message>
        <message>
            <source>ligne ignorée</source>
            <translation>ligne ignorée</translation>
        </message>
        <message>
            <source>ligne lue</source>
            <translation>ligne lue</translation>
        </message>
        <message>
            <source>ligne {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>lignes ignorées</source>
            <translation>lignes ignorées</translation>
        </message>
        <message>
            <source>lignes lues</source>
            <translation>lignes lues</translation>
        </message>
        <message>
            <source>mis à jour</source>
            <translation>mis à jour</translation>
        </message>
        <message>
            <source>territoire créé</source>
            <translation>territoire créé</translation>
        </message>
        <message>
            <source>territoires créés</source>
            <translation>territoires créés</translation>
        </message>
        <message>
            <source>{rows} : {created}, {updated}, {unchanged}, {skipped}.</source>
            <translation>{rows} : {created}, {updated}, {unchanged}, {skipped}.</translation>
        </message>
        <message>
            <source>À vérifier :</source>
            <translation>À vérifier :</translation>
        </message>
    </context>
    <context>
        <name>TerritoryList</name>
        <message>
            <source>Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier.</source>
            <translation>Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier.</translation>
        </message>
        <message>
            <source>Impossible de lire le fichier {path} : {reason}</source>
            <translation>Impossible de lire le fichier {path} : {reason}</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.</source>
            <translation>Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Le fichier {path} est un classeur (Excel ou LibreOffice), pas un fichier CSV. Enregistrez-le au format CSV puis importez-le de nouveau.</source>
            <translation>Le fichier {path} est un classeur (Excel ou LibreOffice), pas un fichier CSV. Enregistrez-le au format CSV puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason}).</source>
            <translation>Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason}).</translation>
        </message>
        <message>
            <source>Le fichier {path} est vide.</source>
            <translation>Le fichier {path} est vide.</translation>
        </message>
        <message>
            <source>La colonne du nom du territoire est introuvable : attendu « territoire » ou « nom ». Vérifiez la première ligne du fichier.</source>
            <translation>La colonne du nom du territoire est introuvable : attendu « territoire » ou « nom ». Vérifiez la première ligne du fichier.</translation>
        </message>
        <message>
            <source>Nom du territoire manquant : ligne ignorée.</source>
            <translation>Nom du territoire manquant : ligne ignorée.</translation>
        </message>
        <message>
            <source>Le territoire « {name} » figure déjà à la ligne {first_line}. Vérifiez qu'il ne s'agit pas d'un doublon.</source>
            <translation>Le territoire « {name} » figure déjà à la ligne {first_line}. Vérifiez qu'il ne s'agit pas d'un doublon.</translation>
        </message>
        <message>
            <source>La ligne a plus de champs que l'en-tête : valeurs ignorées « {values} ».</source>
            <translation>La ligne a plus de champs que l'en-tête : valeurs ignorées « {values} ».</translation>
        </message>
        <message>
            <source>Colonne « {column} » non reconnue : ses valeurs sont ignorées.</source>
            <translation>Colonne « {column} » non reconnue : ses valeurs sont ignorées.</translation>
        </message>
        <message>
            <source>La colonne n° {position} n'a pas de titre : ses valeurs sont ignorées.</source>
            <translation>La colonne n° {position} n'a pas de titre : ses valeurs sont ignorées.</translation>
        </message>
        <message>
            <source>La colonne « {column} » désigne la même information que « {first} » : seule « {first} » est lue.</source>
            <translation>La colonne « {column} » désigne la même information que « {first} » : seule « {first} » est lue.</translation>
        </message>
        <message>
            <source>Aucune colonne de code département : les territoires sont importés sans département.</source>
            <translation>Aucune colonne de code département : les territoires sont importés sans département.</translation>
        </message>
        <message>
            <source>Aucune colonne de date d'habilitation : les territoires sont importés sans date.</source>
            <translation>Aucune colonne de date d'habilitation : les territoires sont importés sans date.</translation>
        </message>
        <message>
            <source>Code département absent : le territoire est importé sans département.</source>
            <translation>Code département absent : le territoire est importé sans département.</translation>
        </message>
        <message>
            <source>Code département non reconnu, conservé tel qu'écrit : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l'outre-mer.</source>
            <translation>Code département non reconnu, conservé tel qu'écrit : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l'outre-mer.</translation>
        </message>
        <message>
            <source>Date d'habilitation absente.</source>
            <translation>Date d'habilitation absente.</translation>
        </message>
        <message>
            <source>Date approximative conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Date approximative conservée telle qu'elle est écrite dans la note : « {cell} ».</translation>
        </message>
        <message>
            <source>Date douteuse, marquée d'un point d'interrogation, conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Date douteuse, marquée d'un point d'interrogation, conservée telle qu'elle est écrite dans la note : « {cell} ».</translation>
        </message>
        <message>
            <source>Plusieurs dates différentes : aucune n'est retenue et la cellule est conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Plusieurs dates différentes : aucune n'est retenue et la cellule est conservée telle qu'elle est écrite dans la note : « {cell} ».</translation>
        </message>
        <message>
            <source>Date d'habilitation illisible, conservée telle qu'elle est écrite dans la note : « {cell} ». Formats reconnus : AAAA-MM-JJ ou JJ/MM/AAAA.</source>
            <translation>Date d'habilitation illisible, conservée telle qu'elle est écrite dans la note : « {cell} ». Formats reconnus : AAAA-MM-JJ ou JJ/MM/AAAA.</translation>
        </message>
    </context>
    <context>
        <name>TerritoryPanel</name>
        <message>
            <source>Rechercher un territoire</source>
            <translation>Rechercher un territoire</translation>
        </message>
        <message>
            <source>Rechercher un territoire…</source>
            <translation>Rechercher un territoire…</translation>
        </message>
        <message>
            <source>Toutes les étapes</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <source>Tout afficher</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>Liste des territoires</source>
            <translation>Liste des territoires</translation>
        </message>
        <message>
            <source>Nouveau territoire</source>
            <translation>Nouveau territoire</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Fiche PDF…</source>
            <translation>Fiche PDF…</translation>
        </message>
        <message>
            <source>Ouvrir la fiche</source>
            <translation>Ouvrir la fiche</translation>
        </message>
        <message>
            <source>Suivi complet du territoire : historique, méthode, contacts, journal…</source>
            <translation>Suivi complet du territoire : historique, méthode, contacts, journal…</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Exporter la liste…</translation>
        </message>
        <message>
            <source>Toutes mes régions</source>
            <translation>Toutes mes régions</translation>
        </message>
        <message>
            <source>Toutes les régions</source>
            <translation>Toutes les régions</translation>
        </message>
        <message>
            <source>Aucun territoire</source>
            <translation>Aucun territoire</translation>
        </message>
        <message>
            <source>1 territoire</source>
            <translation>1 territoire</translation>
        </message>
        <message numerus="yes">
            <source>%Ln territoires</source>
            <translation>
                <numerusform>%Ln territoire</numerusform>
                <numerusform>%Ln territoires</numerusform>
            </translation>
        </message>
        <message>
            <source>Liste filtrée : {title}</source>
            <translation>Liste filtrée : {title}</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territoires</translation>
        </message>
        <message>
            <source>territoires</source>
            <translation>territoires</translation>
        </message>
        <message>
            <source>Supprimer le territoire « {name} » ?

La suppression sera transmise à vos collègues lors du prochain échange de données.</source>
            <translation>Supprimer le territoire « {name} » ?

La suppression sera transmise à vos collègues lors du prochain échange de données.</translation>
        </message>
        <message>
            <source>Supprimer un territoire</source>
            <translation>Supprimer un territoire</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Suppression impossible</translation>
        </message>
        <message>
            <source>Enregistrer la fiche PDF</source>
            <translation>Enregistrer la fiche PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Création de la fiche PDF…</source>
            <translation>Création de la fiche PDF…</translation>
        </message>
        <message>
            <source>Fiche PDF non créée</source>
            <translation>Fiche PDF non créée</translation>
        </message>
        <message>
            <source>Fiche PDF créée</source>
            <translation>Fiche PDF créée</translation>
        </message>
        <message>
            <source>La fiche a été enregistrée dans :
{path}</source>
            <translation>La fiche a été enregistrée dans :
{path}</translation>
        </message>
    </context>
    <context>
        <name>TerritoryRecordView</name>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <source>Annuler : {label}</source>
            <translation>Annuler : {label}</translation>
        </message>
        <message>
            <source>Annulation impossible</source>
            <translation>Annulation impossible</translation>
        </message>
        <message>
            <source>Modification annulée : {label}.</source>
            <translation>Modification annulée : {label}.</translation>
        </message>
    </context>
    <context>
        <name>TerritoryRecordWindow</name>
        <message>
            <source>territoire supprimé</source>
            <translation>territoire supprimé</translation>
        </message>
        <message>
            <source>&amp;Fiche</source>
            <translation>&amp;Fiche</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Ctrl+W</source>
            <translation>Ctrl+W</translation>
        </message>
        <message>
            <source>&amp;Édition</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>Fiche territoire — {name}</source>
            <translation>Fiche territoire — {name}</translation>
        </message>
        <message>
            <source>Rien à enregistrer dans cet onglet.</source>
            <translation>Rien à enregistrer dans cet onglet.</translation>
        </message>
        <message>
            <source>Modifications enregistrées.</source>
            <translation>Modifications enregistrées.</translation>
        </message>
        <message>
            <source>Modifications non enregistrées</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Ces parties de la fiche ont des modifications non enregistrées :
{parts}

Voulez-vous les enregistrer ?</source>
            <translation>Ces parties de la fiche ont des modifications non enregistrées :
{parts}

Voulez-vous les enregistrer ?</translation>
        </message>
    </context>
    <context>
        <name>TerritoryTableModel</name>
        <message>
            <source>Ce territoire a été modifié sur deux postes sans que l'un ait vu l'autre : une des valeurs est affichée, l'autre est conservée.</source>
            <translation>Ce territoire a été modifié sur deux postes sans que l'un ait vu l'autre : une des valeurs est affichée, l'autre est conservée.</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé sur un autre poste pendant qu'il était modifié ici. Vérifiez s'il faut le garder.</source>
            <translation>Ce territoire a été supprimé sur un autre poste pendant qu'il était modifié ici. Vérifiez s'il faut le garder.</translation>
        </message>
        <message>
            <source>Date d'habilitation : {note}</source>
            <translation>Date d'habilitation : {note}</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Grappe</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Habilitation</source>
            <translation>Habilitation</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Date inconnue</source>
            <translation>Date inconnue</translation>
        </message>
        <message>
            <source>publié au Journal officiel le {date}</source>
            <translation>publié au Journal officiel le {date}</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Ajout d'un document à la base</source>
            <translation>Ajout d'un document à la base</translation>
        </message>
        <message>
            <source>Modification d'un document</source>
            <translation>Modification d'un document</translation>
        </message>
        <message>
            <source>Nouvelle version d'un document</source>
            <translation>Nouvelle version d'un document</translation>
        </message>
        <message>
            <source>Import d'un dossier de documents</source>
            <translation>Import d'un dossier de documents</translation>
        </message>
        <message>
            <source>Statut de la réunion</source>
            <translation>Statut de la réunion</translation>
        </message>
        <message>
            <source>Réouverture du compte rendu</source>
            <translation>Réouverture du compte rendu</translation>
        </message>
        <message>
            <source>Ajout d'un point à l'ordre du jour</source>
            <translation>Ajout d'un point à l'ordre du jour</translation>
        </message>
        <message>
            <source>Modification d'un point de l'ordre du jour</source>
            <translation>Modification d'un point de l'ordre du jour</translation>
        </message>
        <message>
            <source>Compte rendu d'un point</source>
            <translation>Compte rendu d'un point</translation>
        </message>
        <message>
            <source>Suppression d'un point de l'ordre du jour</source>
            <translation>Suppression d'un point de l'ordre du jour</translation>
        </message>
        <message>
            <source>Déplacement d'un point</source>
            <translation>Déplacement d'un point</translation>
        </message>
        <message>
            <source>Déplacement d'une section</source>
            <translation>Déplacement d'une section</translation>
        </message>
        <message>
            <source>Décision ou action d'un point</source>
            <translation>Décision ou action d'un point</translation>
        </message>
        <message>
            <source>Suppression d'une décision ou d'une action</source>
            <translation>Suppression d'une décision ou d'une action</translation>
        </message>
        <message>
            <source>Personne invitée</source>
            <translation>Personne invitée</translation>
        </message>
        <message>
            <source>Personnes invitées</source>
            <translation>Personnes invitées</translation>
        </message>
        <message>
            <source>Retrait d'une personne</source>
            <translation>Retrait d'une personne</translation>
        </message>
        <message>
            <source>Préparation depuis les territoires</source>
            <translation>Préparation depuis les territoires</translation>
        </message>
        <message>
            <source>Préparation de la réunion suivante</source>
            <translation>Préparation de la réunion suivante</translation>
        </message>
        <message>
            <source>Modèle d'ordre du jour</source>
            <translation>Modèle d'ordre du jour</translation>
        </message>
        <message>
            <source>Application d'un modèle</source>
            <translation>Application d'un modèle</translation>
        </message>
        <message>
            <source>Suppression d'un modèle</source>
            <translation>Suppression d'un modèle</translation>
        </message>
        <message>
            <source>Enregistrement du besoin</source>
            <translation>Enregistrement du besoin</translation>
        </message>
        <message>
            <source>Suppression du besoin</source>
            <translation>Suppression du besoin</translation>
        </message>
        <message>
            <source>Étape de l'historique</source>
            <translation>Étape de l'historique</translation>
        </message>
        <message>
            <source>Suppression d'une étape</source>
            <translation>Suppression d'une étape</translation>
        </message>
        <message>
            <source>Phase de la méthode</source>
            <translation>Phase de la méthode</translation>
        </message>
        <message>
            <source>Critère du cahier des charges</source>
            <translation>Critère du cahier des charges</translation>
        </message>
        <message>
            <source>Comité local pour l'emploi</source>
            <translation>Comité local pour l'emploi</translation>
        </message>
        <message>
            <source>Périmètre</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>État de santé</source>
            <translation>État de santé</translation>
        </message>
        <message>
            <source>Acte d'habilitation</source>
            <translation>Acte d'habilitation</translation>
        </message>
        <message>
            <source>Enregistrement de l'EBE</source>
            <translation>Enregistrement de l'EBE</translation>
        </message>
        <message>
            <source>Suppression de l'EBE</source>
            <translation>Suppression de l'EBE</translation>
        </message>
        <message>
            <source>Valeur d'indicateur</source>
            <translation>Valeur d'indicateur</translation>
        </message>
        <message>
            <source>Suppression d'une valeur d'indicateur</source>
            <translation>Suppression d'une valeur d'indicateur</translation>
        </message>
        <message>
            <source>Enregistrement du contact</source>
            <translation>Enregistrement du contact</translation>
        </message>
        <message>
            <source>Suppression du contact</source>
            <translation>Suppression du contact</translation>
        </message>
        <message>
            <source>Note du journal</source>
            <translation>Note du journal</translation>
        </message>
        <message>
            <source>Suppression de la note</source>
            <translation>Suppression de la note</translation>
        </message>
        <message>
            <source>Ajout d'un document</source>
            <translation>Ajout d'un document</translation>
        </message>
        <message>
            <source>Document transmis</source>
            <translation>Document transmis</translation>
        </message>
        <message>
            <source>Retrait d'un document</source>
            <translation>Retrait d'un document</translation>
        </message>
        <message>
            <source>Fusion de territoires</source>
            <translation>Fusion de territoires</translation>
        </message>
        <message>
            <source>Création du territoire</source>
            <translation>Création du territoire</translation>
        </message>
        <message>
            <source>Modification du territoire</source>
            <translation>Modification du territoire</translation>
        </message>
        <message>
            <source>Suppression du territoire</source>
            <translation>Suppression du territoire</translation>
        </message>
        <message>
            <source>Enregistrement de l'action</source>
            <translation>Enregistrement de l'action</translation>
        </message>
        <message>
            <source>Suppression de l'action</source>
            <translation>Suppression de l'action</translation>
        </message>
    </context>
    <context>
        <name>UnknownRegion</name>
        <message>
            <source>Région inconnue : « {code} ». Indiquez le code INSEE d'une région, par exemple 84 pour Auvergne-Rhône-Alpes.</source>
            <translation>Région inconnue : « {code} ». Indiquez le code INSEE d'une région, par exemple 84 pour Auvergne-Rhône-Alpes.</translation>
        </message>
    </context>
    <context>
        <name>UserError</name>
        <message>
            <source>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis. Restaurez plutôt une sauvegarde.</source>
            <translation>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis. Restaurez plutôt une sauvegarde.</translation>
        </message>
        <message>
            <source>Ce document a déjà été remplacé par une version plus récente. Publiez la nouvelle version à partir de la dernière.</source>
            <translation>Ce document a déjà été remplacé par une version plus récente. Publiez la nouvelle version à partir de la dernière.</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé entre-temps.</source>
            <translation>Ce territoire a été supprimé entre-temps.</translation>
        </message>
        <message>
            <source>Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. Supprimez-les vous-même du dossier sauvegardes.</source>
            <translation>Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. Supprimez-les vous-même du dossier sauvegardes.</translation>
        </message>
        <message>
            <source>Cet ordre du jour n'a aucun point hors des sections de territoires : il n'y a rien à enregistrer comme modèle.</source>
            <translation>Cet ordre du jour n'a aucun point hors des sections de territoires : il n'y a rien à enregistrer comme modèle.</translation>
        </message>
        <message>
            <source>Cet élément n'existe plus : la suppression ne peut pas être examinée.</source>
            <translation>Cet élément n'existe plus : la suppression ne peut pas être examinée.</translation>
        </message>
        <message>
            <source>Cet élément n'existe plus : le conflit ne peut pas être réglé.</source>
            <translation>Cet élément n'existe plus : le conflit ne peut pas être réglé.</translation>
        </message>
        <message>
            <source>Choisissez deux territoires différents à fusionner.</source>
            <translation>Choisissez deux territoires différents à fusionner.</translation>
        </message>
        <message>
            <source>Collègue inconnu : « {peer} ». Importez d'abord un fichier de ce collègue, ou utilisez la commande peers pour voir les noms connus.</source>
            <translation>Collègue inconnu : « {peer} ». Importez d'abord un fichier de ce collègue, ou utilisez la commande peers pour voir les noms connus.</translation>
        </message>
        <message>
            <source>Il n'y a rien à annuler.</source>
            <translation>Il n'y a rien à annuler.</translation>
        </message>
        <message>
            <source>Impossible d'écrire dans le dossier partagé {folder} ({error}). Vérifiez que vous avez le droit d'y écrire et qu'il reste de la place.</source>
            <translation>Impossible d'écrire dans le dossier partagé {folder} ({error}). Vérifiez que vous avez le droit d'y écrire et qu'il reste de la place.</translation>
        </message>
        <message>
            <source>Indiquez le fichier JSON à écrire après l'identifiant du contact.</source>
            <translation>Indiquez le fichier JSON à écrire après l'identifiant du contact.</translation>
        </message>
        <message>
            <source>Indiquez une seule région après --region pour les fiches d'une région.</source>
            <translation>Indiquez une seule région après --region pour les fiches d'une région.</translation>
        </message>
        <message>
            <source>L'effacement ne peut pas être annulé. Relancez la commande avec --yes pour confirmer.</source>
            <translation>L'effacement ne peut pas être annulé. Relancez la commande avec --yes pour confirmer.</translation>
        </message>
        <message>
            <source>La lecture du fichier de mot de passe {path} a échoué ({reason}). Vérifiez ce fichier et vos droits d'accès, puis réessayez.</source>
            <translation>La lecture du fichier de mot de passe {path} a échoué ({reason}). Vérifiez ce fichier et vos droits d'accès, puis réessayez.</translation>
        </message>
        <message>
            <source>Le compte rendu de cette réunion n'est pas validé : il est déjà modifiable.</source>
            <translation>Le compte rendu de cette réunion n'est pas validé : il est déjà modifiable.</translation>
        </message>
        <message>
            <source>Le dossier partagé {folder} est introuvable. Vérifiez qu'il existe et que votre outil de synchronisation (Nextcloud, Syncthing, OneDrive…) est lancé.</source>
            <translation>Le dossier partagé {folder} est introuvable. Vérifiez qu'il existe et que votre outil de synchronisation (Nextcloud, Syncthing, OneDrive…) est lancé.</translation>
        </message>
        <message>
            <source>Le dossier « {path} » n'existe pas. Créez-le, ou ajoutez --one-file pour écrire un seul fichier PDF.</source>
            <translation>Le dossier « {path} » n'existe pas. Créez-le, ou ajoutez --one-file pour écrire un seul fichier PDF.</translation>
        </message>
        <message>
            <source>Le fichier de mot de passe {path} est introuvable. Vérifiez le chemin indiqué après --passphrase-file.</source>
            <translation>Le fichier de mot de passe {path} est introuvable. Vérifiez le chemin indiqué après --passphrase-file.</translation>
        </message>
        <message>
            <source>Le fichier de mot de passe {path} n'est pas du texte UTF-8. Enregistrez-le en UTF-8, puis réessayez.</source>
            <translation>Le fichier de mot de passe {path} n'est pas du texte UTF-8. Enregistrez-le en UTF-8, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>Guide d'utilisation</source>
            <translation>Guide d'utilisation</translation>
        </message>
        <message>
            <source>Le guide d'utilisation est introuvable : le fichier {path} n'existe pas. Réinstallez l'application pour le retrouver.</source>
            <translation>Le guide d'utilisation est introuvable : le fichier {path} n'existe pas. Réinstallez l'application pour le retrouver.</translation>
        </message>
        <message>
            <source>La lecture du guide d'utilisation {path} a échoué ({reason}). Réinstallez l'application pour le retrouver.</source>
            <translation>La lecture du guide d'utilisation {path} a échoué ({reason}). Réinstallez l'application pour le retrouver.</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>Texte du guide d'utilisation</source>
            <translation>Texte du guide d'utilisation</translation>
        </message>
        <message>
            <source>Précédent</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Suivant</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Début du guide</source>
            <translation>Début du guide</translation>
        </message>
        <message>
            <source>Guide d'utilisation</source>
            <translation>Guide d'utilisation</translation>
        </message>
        <message>
            <source>[Image non disponible : {description}]</source>
            <translation>[Image non disponible : {description}]</translation>
        </message>
        <message>
            <source>[Image non disponible]</source>
            <translation>[Image non disponible]</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Ce champ ne peut pas être vide.</source>
            <translation>Ce champ ne peut pas être vide.</translation>
        </message>
        <message>
            <source>Ce texte est trop long.</source>
            <translation>Ce texte est trop long.</translation>
        </message>
        <message>
            <source>Département inconnu.</source>
            <translation>Département inconnu.</translation>
        </message>
        <message>
            <source>Ce département n'est pas dans cette région.</source>
            <translation>Ce département n'est pas dans cette région.</translation>
        </message>
        <message>
            <source>Région inconnue.</source>
            <translation>Région inconnue.</translation>
        </message>
        <message>
            <source>Indiquez votre nom.</source>
            <translation>Indiquez votre nom.</translation>
        </message>
        <message>
            <source>Choisissez au moins une région.</source>
            <translation>Choisissez au moins une région.</translation>
        </message>
        <message>
            <source>Un territoire de ce nom existe déjà à cet endroit.</source>
            <translation>Un territoire de ce nom existe déjà à cet endroit.</translation>
        </message>
        <message>
            <source>Indiquez le nom du territoire.</source>
            <translation>Indiquez le nom du territoire.</translation>
        </message>
        <message>
            <source>Le nom du territoire dépasse 300 caractères.</source>
            <translation>Le nom du territoire dépasse 300 caractères.</translation>
        </message>
        <message>
            <source>Une date d'habilitation n'a de sens que pour un territoire habilité.</source>
            <translation>Une date d'habilitation n'a de sens que pour un territoire habilité.</translation>
        </message>
        <message>
            <source>La date d'habilitation ne peut pas être dans le futur.</source>
            <translation>La date d'habilitation ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>La date d'habilitation ne peut pas précéder la première loi (2016).</source>
            <translation>La date d'habilitation ne peut pas précéder la première loi (2016).</translation>
        </message>
        <message>
            <source>Indiquez le nom de la grappe.</source>
            <translation>Indiquez le nom de la grappe.</translation>
        </message>
        <message>
            <source>Le nom de la grappe dépasse 300 caractères.</source>
            <translation>Le nom de la grappe dépasse 300 caractères.</translation>
        </message>
        <message>
            <source>Choisissez la région de la grappe.</source>
            <translation>Choisissez la région de la grappe.</translation>
        </message>
        <message>
            <source>Le nom de la référente ou du référent dépasse 200 caractères.</source>
            <translation>Le nom de la référente ou du référent dépasse 200 caractères.</translation>
        </message>
        <message>
            <source>Indiquez la date de la réunion.</source>
            <translation>Indiquez la date de la réunion.</translation>
        </message>
        <message>
            <source>Choisissez la grappe qui se réunit.</source>
            <translation>Choisissez la grappe qui se réunit.</translation>
        </message>
        <message>
            <source>Le titre dépasse 300 caractères.</source>
            <translation>Le titre dépasse 300 caractères.</translation>
        </message>
        <message>
            <source>Indiquez l'heure sous la forme HH:MM, par exemple 09:30.</source>
            <translation>Indiquez l'heure sous la forme HH:MM, par exemple 09:30.</translation>
        </message>
        <message>
            <source>La durée doit être comprise entre 1 minute et 24 heures.</source>
            <translation>La durée doit être comprise entre 1 minute et 24 heures.</translation>
        </message>
        <message>
            <source>Le nombre de personnes d'un territoire doit être compris entre 0 et 10 000.</source>
            <translation>Le nombre de personnes d'un territoire doit être compris entre 0 et 10 000.</translation>
        </message>
        <message>
            <source>Décrivez l'action.</source>
            <translation>Décrivez l'action.</translation>
        </message>
        <message>
            <source>Indiquez un titre.</source>
            <translation>Indiquez un titre.</translation>
        </message>
        <message>
            <source>Le titre est trop long.</source>
            <translation>Le titre est trop long.</translation>
        </message>
        <message>
            <source>Choisissez un fichier ou indiquez une adresse web.</source>
            <translation>Choisissez un fichier ou indiquez une adresse web.</translation>
        </message>
        <message>
            <source>L'adresse web doit commencer par http:// ou https://.</source>
            <translation>L'adresse web doit commencer par http:// ou https://.</translation>
        </message>
        <message>
            <source>Un mot-clé est trop long.</source>
            <translation>Un mot-clé est trop long.</translation>
        </message>
        <message>
            <source>Langue inconnue.</source>
            <translation>Langue inconnue.</translation>
        </message>
        <message>
            <source>Indiquez la raison.</source>
            <translation>Indiquez la raison.</translation>
        </message>
        <message>
            <source>Indiquez l'intitulé du point.</source>
            <translation>Indiquez l'intitulé du point.</translation>
        </message>
        <message>
            <source>L'intitulé du point dépasse 300 caractères.</source>
            <translation>L'intitulé du point dépasse 300 caractères.</translation>
        </message>
        <message>
            <source>Le nom de la section dépasse 300 caractères.</source>
            <translation>Le nom de la section dépasse 300 caractères.</translation>
        </message>
        <message>
            <source>Le nom de l'intervenant dépasse 200 caractères.</source>
            <translation>Le nom de l'intervenant dépasse 200 caractères.</translation>
        </message>
        <message>
            <source>La durée prévue doit être comprise entre 1 minute et 24 heures.</source>
            <translation>La durée prévue doit être comprise entre 1 minute et 24 heures.</translation>
        </message>
        <message>
            <source>Décrivez la décision, l'information ou l'action.</source>
            <translation>Décrivez la décision, l'information ou l'action.</translation>
        </message>
        <message>
            <source>Le nom du responsable dépasse 200 caractères.</source>
            <translation>Le nom du responsable dépasse 200 caractères.</translation>
        </message>
        <message>
            <source>Indiquez le nom de la personne.</source>
            <translation>Indiquez le nom de la personne.</translation>
        </message>
        <message>
            <source>Le nom dépasse 200 caractères.</source>
            <translation>Le nom dépasse 200 caractères.</translation>
        </message>
        <message>
            <source>Le nom de la structure dépasse 300 caractères.</source>
            <translation>Le nom de la structure dépasse 300 caractères.</translation>
        </message>
        <message>
            <source>Indiquez pourquoi vous rouvrez le compte rendu.</source>
            <translation>Indiquez pourquoi vous rouvrez le compte rendu.</translation>
        </message>
        <message>
            <source>Indiquez le nom du modèle.</source>
            <translation>Indiquez le nom du modèle.</translation>
        </message>
        <message>
            <source>Le nom du modèle dépasse 200 caractères.</source>
            <translation>Le nom du modèle dépasse 200 caractères.</translation>
        </message>
        <message>
            <source>Décrivez le besoin.</source>
            <translation>Décrivez le besoin.</translation>
        </message>
        <message>
            <source>Cette date précède les débuts de l'expérimentation (2014).</source>
            <translation>Cette date précède les débuts de l'expérimentation (2014).</translation>
        </message>
        <message>
            <source>Cette date est dans le futur.</source>
            <translation>Cette date est dans le futur.</translation>
        </message>
        <message>
            <source>Indiquez la date.</source>
            <translation>Indiquez la date.</translation>
        </message>
        <message>
            <source>Une date de publication ne concerne qu'un arrêté ou un décret.</source>
            <translation>Une date de publication ne concerne qu'un arrêté ou un décret.</translation>
        </message>
        <message>
            <source>La publication ne peut pas précéder la signature de l'acte.</source>
            <translation>La publication ne peut pas précéder la signature de l'acte.</translation>
        </message>
        <message>
            <source>Indiquez le nom de l'EBE.</source>
            <translation>Indiquez le nom de l'EBE.</translation>
        </message>
        <message>
            <source>Le nombre d'ETP doit être compris entre 0 et 10 000.</source>
            <translation>Le nombre d'ETP doit être compris entre 0 et 10 000.</translation>
        </message>
        <message>
            <source>Indiquez la valeur.</source>
            <translation>Indiquez la valeur.</translation>
        </message>
        <message>
            <source>La valeur ne peut pas être négative.</source>
            <translation>La valeur ne peut pas être négative.</translation>
        </message>
        <message>
            <source>Un pourcentage ne peut pas dépasser 100.</source>
            <translation>Un pourcentage ne peut pas dépasser 100.</translation>
        </message>
        <message>
            <source>Cette valeur est trop grande.</source>
            <translation>Cette valeur est trop grande.</translation>
        </message>
        <message>
            <source>Choisissez l'EBE dont c'est l'effectif.</source>
            <translation>Choisissez l'EBE dont c'est l'effectif.</translation>
        </message>
        <message>
            <source>Cette adresse électronique n'est pas valide.</source>
            <translation>Cette adresse électronique n'est pas valide.</translation>
        </message>
        <message>
            <source>Ce numéro de téléphone n'est pas valide (chiffres, espaces, points, + et tirets).</source>
            <translation>Ce numéro de téléphone n'est pas valide (chiffres, espaces, points, + et tirets).</translation>
        </message>
        <message>
            <source>Écrivez la note.</source>
            <translation>Écrivez la note.</translation>
        </message>
        <message>
            <source>Un code entre parenthèses n'est pas un code INSEE de commune : il compte 5 caractères, par exemple 07319 ou 2A004.</source>
            <translation>Un code entre parenthèses n'est pas un code INSEE de commune : il compte 5 caractères, par exemple 07319 ou 2A004.</translation>
        </message>
    </context>
    <context>
        <name>_Group</name>
        <message>
            <source>Enregistrer</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Modification non enregistrée</source>
            <translation>Modification non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Nouvelle action</source>
            <translation>Nouvelle action</translation>
        </message>
    </context>
</TS>
