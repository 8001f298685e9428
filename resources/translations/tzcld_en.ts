<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name />
        <message>
            <source>Actions en retard</source>
            <translation>Overdue actions</translation>
        </message>
        <message>
            <source>Réunions des {days} prochains jours</source>
            <translation>Meetings in the next {days} days</translation>
        </message>
        <message>
            <source>Territoires sans contact depuis plus de {weeks} semaines</source>
            <translation>Territories without contact for more than {weeks} weeks</translation>
        </message>
        <message>
            <source>Candidatures en instruction</source>
            <translation>Applications under review</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territories</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>À propos de TZCLD Desktop</source>
            <translation>About TZCLD Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>L'outil hors ligne des référentes et référents nationaux de TZCLD : territoires, grappes, réunions, documents PDF et échanges par fichier.</source>
            <translation>The offline tool of TZCLD's national referents: territories, clusters, meetings, PDF documents and exchanges by file.</translation>
        </message>
        <message>
            <source>Logiciel libre sous licence GNU Affero General Public License, version 3 ou ultérieure ({license}).</source>
            <translation>Free software under the GNU Affero General Public License, version 3 or later ({license}).</translation>
        </message>
        <message>
            <source>Dossier de données : {path}</source>
            <translation>Data folder: {path}</translation>
        </message>
        <message>
            <source>Ouvrir le dossier</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <source>À propos de Qt</source>
            <translation>About Qt</translation>
        </message>
        <message>
            <source>Composants inclus et leurs licences :</source>
            <translation>Included components and their licences:</translation>
        </message>
        <message>
            <source>Composants inclus et leurs licences</source>
            <translation>Included components and their licences</translation>
        </message>
        <message>
            <source>Composant</source>
            <translation>Component</translation>
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
            <translation>not stated</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Nouvelle action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Modifier l'action</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <source>Aucun (action de la grappe)</source>
            <translation>None (cluster action)</translation>
        </message>
        <message>
            <source>Personne ou organisation</source>
            <translation>Person or organisation</translation>
        </message>
        <message>
            <source>Avant le</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>À faire</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Fait</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Abandonnée</source>
            <translation>Abandoned</translation>
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
            <translation>Territory</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <source>{status}, en retard</source>
            <translation>{status}, overdue</translation>
        </message>
        <message>
            <source>Action non enregistrée</source>
            <translation>Action not saved</translation>
        </message>
        <message>
            <source>&amp;Nouvelle action…</source>
            <translation>&amp;New action…</translation>
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
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Supprimer une action</source>
            <translation>Delete an action</translation>
        </message>
        <message>
            <source>Supprimer l'action « {text} » ?</source>
            <translation>Delete the action “{text}”?</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Points de l'ordre du jour</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Intervenant</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <source>Durée prévue</source>
            <translation>Planned duration</translation>
        </message>
        <message>
            <source>Préparation du point choisi</source>
            <translation>Preparation of the selected item</translation>
        </message>
        <message>
            <source>Préparation du point choisi, en lecture seule</source>
            <translation>Preparation of the selected item, read-only</translation>
        </message>
        <message>
            <source>Texte préparé du point choisi</source>
            <translation>Prepared text of the selected item</translation>
        </message>
        <message>
            <source>Ajouter un point…</source>
            <translation>Add an item…</translation>
        </message>
        <message>
            <source>Modifier le point…</source>
            <translation>Edit the item…</translation>
        </message>
        <message>
            <source>Retirer le point</source>
            <translation>Remove the item</translation>
        </message>
        <message>
            <source>Préparer depuis les territoires présents</source>
            <translation>Prepare from the territories present</translation>
        </message>
        <message>
            <source>Appliquer un modèle…</source>
            <translation>Apply a template…</translation>
        </message>
        <message>
            <source>Enregistrer comme modèle…</source>
            <translation>Save as template…</translation>
        </message>
        <message>
            <source>Alt+Haut et Alt+Bas déplacent le point ou la section choisie ; vous pouvez aussi faire glisser un point. Chaque modification est enregistrée aussitôt.</source>
            <translation>Alt+Up and Alt+Down move the selected item or section; you can also drag an item. Each change is saved at once.</translation>
        </message>
        <message>
            <source>Sans section</source>
            <translation>No section</translation>
        </message>
        <message>
            <source>Durée prévue : {planned} (durée de la réunion non précisée).</source>
            <translation>Planned duration: {planned} (meeting length not specified).</translation>
        </message>
        <message>
            <source>Durée prévue : {planned} pour une réunion de {length}. L'ordre du jour dépasse la durée de la réunion de {overrun}.</source>
            <translation>Planned duration: {planned} for a meeting of {length}. The agenda exceeds the meeting length by {overrun}.</translation>
        </message>
        <message>
            <source>Durée prévue : {planned} pour une réunion de {length} (reste {left}).</source>
            <translation>Planned duration: {planned} for a meeting of {length} ({left} left).</translation>
        </message>
        <message>
            <source>Ce territoire n'est pas noté présent à cette réunion : rien n'est préparé pour lui.</source>
            <translation>This territory is not marked as present at this meeting: nothing is prepared for it.</translation>
        </message>
        <message>
            <source>Point non ajouté</source>
            <translation>Item not added</translation>
        </message>
        <message>
            <source>Point non modifié</source>
            <translation>Item not changed</translation>
        </message>
        <message>
            <source>Retirer le point « {title} » de l'ordre du jour ? Ses décisions et informations sont retirées avec lui ; les actions décidées restent.</source>
            <translation>Remove the item “{title}” from the agenda? Its decisions and information are removed with it; the actions decided stay.</translation>
        </message>
        <message>
            <source>Point non retiré</source>
            <translation>Item not removed</translation>
        </message>
        <message>
            <source>Point non déplacé</source>
            <translation>Item not moved</translation>
        </message>
        <message>
            <source>Section non déplacée</source>
            <translation>Section not moved</translation>
        </message>
        <message>
            <source>Ordre du jour non préparé</source>
            <translation>Agenda not prepared</translation>
        </message>
        <message>
            <source>Chaque territoire présent a déjà sa section, ou aucun territoire n'est invité : cochez les territoires dans l'onglet « Présences ».</source>
            <translation>Each territory present already has its section, or no territory is invited: tick the territories in the “Attendance” tab.</translation>
        </message>
        <message>
            <source>Appliquer un modèle</source>
            <translation>Apply a template</translation>
        </message>
        <message>
            <source>Aucun modèle d'ordre du jour pour ce type de réunion. Préparez un ordre du jour puis cliquez sur « Enregistrer comme modèle… ».</source>
            <translation>No agenda template for this meeting type. Prepare an agenda, then click “Save as template…”.</translation>
        </message>
        <message>
            <source>Ses points sont ajoutés à la fin de l'ordre du jour.</source>
            <translation>Its items are added at the end of the agenda.</translation>
        </message>
        <message>
            <source>Modèle non appliqué</source>
            <translation>Template not applied</translation>
        </message>
        <message>
            <source>Enregistrer comme modèle</source>
            <translation>Save as template</translation>
        </message>
        <message>
            <source>Nom du modèle (les sections des territoires n'y figurent pas) :</source>
            <translation>Template name (the territory sections are not included):</translation>
        </message>
        <message>
            <source>Modèle non enregistré</source>
            <translation>Template not saved</translation>
        </message>
        <message>
            <source>Modèle « {name} » enregistré.</source>
            <translation>Template “{name}” saved.</translation>
        </message>
    </context>
    <context>
        <name>AnimatorDialog</name>
        <message>
            <source>Ajouter à l'animation</source>
            <translation>Add to facilitation</translation>
        </message>
        <message>
            <source>Modifier le contact d'animation</source>
            <translation>Edit the facilitation contact</translation>
        </message>
        <message>
            <source>Par exemple : Association Ressources</source>
            <translation>For example: Association Ressources</translation>
        </message>
        <message>
            <source>Nom de la personne, ou de nouveau l'organisation</source>
            <translation>Name of the person, or the organisation again</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ce contact a été supprimé entre-temps.</source>
            <translation>This contact was deleted in the meantime.</translation>
        </message>
        <message>
            <source>Contact non enregistré</source>
            <translation>Contact not saved</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Fichier de données endommagé</source>
            <translation>Damaged data file</translation>
        </message>
        <message>
            <source>Restaurer cette sauvegarde ? Sinon, l'application repart d'un fichier vide.</source>
            <translation>Restore this backup? Otherwise the application starts again from an empty file.</translation>
        </message>
        <message>
            <source>Sauvegarde quotidienne non faite</source>
            <translation>Daily backup not made</translation>
        </message>
        <message>
            <source>La vérification quotidienne a trouvé des erreurs dans le fichier de données {path}. Fermez TZCLD Desktop puis rouvrez-le : le fichier sera mis de côté et la dernière sauvegarde intacte vous sera proposée.</source>
            <translation>The daily check found errors in the data file {path}. Close TZCLD Desktop, then open it again: the file will be set aside and you will be offered the latest intact backup.</translation>
        </message>
        <message>
            <source>Dossier déjà ouvert</source>
            <translation>Folder already open</translation>
        </message>
        <message>
            <source>Le dossier de données {folder} est déjà ouvert dans une autre fenêtre de TZCLD Desktop. Revenez à cette fenêtre, ou fermez-la avant de rouvrir l'application.</source>
            <translation>The data folder {folder} is already open in another TZCLD Desktop window. Go back to that window, or close it before opening the application again.</translation>
        </message>
        <message>
            <source>Données inaccessibles</source>
            <translation>Data not accessible</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Mois précédent</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Mois suivant</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Exporter vers l'agenda (.ics)…</source>
            <translation>Export to calendar (.ics)…</translation>
        </message>
        <message>
            <source>La réunion choisie…</source>
            <translation>The selected meeting…</translation>
        </message>
        <message>
            <source>Toutes les réunions à venir…</source>
            <translation>All upcoming meetings…</translation>
        </message>
        <message>
            <source>Calendrier des réunions</source>
            <translation>Meeting calendar</translation>
        </message>
        <message>
            <source>Réunions du jour choisi</source>
            <translation>Meetings of the selected day</translation>
        </message>
        <message>
            <source>Jour</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>journée</source>
            <translation>all day</translation>
        </message>
        <message>
            <source>Aucune réunion ce mois-ci.</source>
            <translation>No meetings this month.</translation>
        </message>
    </context>
    <context>
        <name>CleGroup</name>
        <message>
            <source>Comité local pour l'emploi (CLE)</source>
            <translation>Local employment committee (CLE)</translation>
        </message>
        <message>
            <source>En général l'élu ou l'élue du territoire</source>
            <translation>Usually the territory's elected official</translation>
        </message>
        <message>
            <source>Une organisation ou une personne par ligne</source>
            <translation>One organisation or person per line</translation>
        </message>
        <message>
            <source>Présidence</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Membres</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Date de création</source>
            <translation>Creation date</translation>
        </message>
        <message>
            <source>Comité local pour l'emploi enregistré.</source>
            <translation>Local employment committee saved.</translation>
        </message>
    </context>
    <context>
        <name>ClusterDialog</name>
        <message>
            <source>Nouvelle grappe</source>
            <translation>New cluster</translation>
        </message>
        <message>
            <source>Modifier la grappe</source>
            <translation>Edit cluster</translation>
        </message>
        <message>
            <source>Par exemple : Grappe Isère – Savoie</source>
            <translation>For example: Isère – Savoie cluster</translation>
        </message>
        <message>
            <source>Organisations et personnes qui animent la grappe, une par ligne</source>
            <translation>Organisations and people who run the cluster, one per line</translation>
        </message>
        <message>
            <source>La référente ou le référent national en binôme</source>
            <translation>The paired national referent</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Référente ou référent</source>
            <translation>Referent</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Facilitation</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cette grappe a été supprimée entre-temps.</source>
            <translation>This cluster was deleted in the meantime.</translation>
        </message>
        <message>
            <source>Grappe non enregistrée</source>
            <translation>Cluster not saved</translation>
        </message>
    </context>
    <context>
        <name>ClusterMembersDialog</name>
        <message>
            <source>Territoires de la grappe « {name} »</source>
            <translation>Territories of the cluster “{name}”</translation>
        </message>
        <message>
            <source>Cochez les territoires de la région {region} qui font partie de la grappe. Un territoire appartient à une seule grappe : le cocher le retire de sa grappe actuelle.</source>
            <translation>Tick the territories of the {region} region that belong to the cluster. A territory belongs to one cluster only: ticking it removes it from its current cluster.</translation>
        </message>
        <message>
            <source>Rechercher un territoire</source>
            <translation>Search for a territory</translation>
        </message>
        <message>
            <source>Aucun territoire n'est enregistré dans cette région. Ajoutez-en dans l'onglet des territoires.</source>
            <translation>No territory is recorded in this region. Add some in the territories tab.</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>grappe {name}</source>
            <translation>cluster {name}</translation>
        </message>
        <message>
            <source>Territoires non enregistrés</source>
            <translation>Territories not saved</translation>
        </message>
    </context>
    <context>
        <name>ClusterPage</name>
        <message>
            <source>Modifier la grappe…</source>
            <translation>Edit the cluster…</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Facilitation</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Personne</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Ajouter…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Territoires membres</source>
            <translation>Member territories</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Habilitation</source>
            <translation>Habilitation</translation>
        </message>
        <message>
            <source>Choisir les territoires…</source>
            <translation>Choose the territories…</translation>
        </message>
        <message>
            <source>Historique des réunions</source>
            <translation>Meeting history</translation>
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
            <translation>Title</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Territoires présents / invités</source>
            <translation>Territories present / invited</translation>
        </message>
        <message>
            <source>Personnes présentes</source>
            <translation>People present</translation>
        </message>
        <message>
            <source>Aucune réunion enregistrée pour cette grappe.</source>
            <translation>No meeting recorded for this cluster.</translation>
        </message>
        <message>
            <source>Cette grappe a été supprimée.</source>
            <translation>This cluster has been deleted.</translation>
        </message>
        <message>
            <source>Région : {name}</source>
            <translation>Region: {name}</translation>
        </message>
        <message>
            <source>non précisée</source>
            <translation>not specified</translation>
        </message>
        <message>
            <source>Référente ou référent en binôme : {name}</source>
            <translation>Paired referent: {name}</translation>
        </message>
        <message>
            <source>Référente ou référent en binôme : non renseigné</source>
            <translation>Paired referent: not set</translation>
        </message>
        <message>
            <source>Noté dans la fiche de la grappe : {names}</source>
            <translation>Noted in the cluster record: {names}</translation>
        </message>
        <message>
            <source>Territoires membres ({count})</source>
            <translation>Member territories ({count})</translation>
        </message>
        <message>
            <source>Retirer de l'animation</source>
            <translation>Remove from facilitation</translation>
        </message>
        <message>
            <source>Retirer « {name} » de l'animation de la grappe ?</source>
            <translation>Remove “{name}” from the cluster's facilitation?</translation>
        </message>
        <message>
            <source>Contact non retiré</source>
            <translation>Contact not removed</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflits et suppressions à examiner</source>
            <translation>Conflicts and deletions to review</translation>
        </message>
        <message>
            <source>Élément</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Valeurs</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Export the list…</translation>
        </message>
        <message>
            <source>Conflits ({count})</source>
            <translation>Conflicts ({count})</translation>
        </message>
        <message>
            <source>Suppressions à examiner ({count})</source>
            <translation>Deletions to review ({count})</translation>
        </message>
        <message>
            <source>À examiner</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Valeur {number}</source>
            <translation>Value {number}</translation>
        </message>
        <message>
            <source>Conflit</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Suppression</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Choisissez un conflit ou une suppression dans la liste.</source>
            <translation>Choose a conflict or a deletion in the list.</translation>
        </message>
        <message>
            <source>Rien à examiner : aucun conflit ni suppression en attente.</source>
            <translation>Nothing to review: no pending conflict or deletion.</translation>
        </message>
        <message>
            <source>{type} « {name} »</source>
            <translation>{type} “{name}”</translation>
        </message>
        <message>
            <source>Le champ « {field} » a été modifié sur {count} copies sans que l'une ait vu la modification de l'autre. Gardez une des valeurs, ou écrivez-en une autre : votre choix sera transmis à vos collègues lors du prochain échange.</source>
            <translation>The field “{field}” was changed on {count} copies without either seeing the other's change. Keep one of the values, or write another one: your choice will be sent to your colleagues at the next exchange.</translation>
        </message>
        <message>
            <source>Les passages &lt;span style="background-color:{background}; color:{foreground}"&gt;surlignés&lt;/span&gt; ne figurent que dans une des versions.</source>
            <translation>Passages &lt;span style="background-color:{background}; color:{foreground}"&gt;highlighted&lt;/span&gt; appear in only one of the versions.</translation>
        </message>
        <message>
            <source>Pour ce champ, choisissez une des valeurs ci-dessus.</source>
            <translation>For this field, choose one of the values above.</translation>
        </message>
        <message>
            <source>Copie sans nom</source>
            <translation>Unnamed copy</translation>
        </message>
        <message>
            <source>Écrite le {moment}</source>
            <translation>Written on {moment}</translation>
        </message>
        <message>
            <source>Valeur affichée en ce moment</source>
            <translation>Value currently shown</translation>
        </message>
        <message>
            <source>Valeur conservée, pas affichée</source>
            <translation>Value kept, not shown</translation>
        </message>
        <message>
            <source>Garder cette valeur</source>
            <translation>Keep this value</translation>
        </message>
        <message>
            <source>Écrire une autre valeur</source>
            <translation>Write another value</translation>
        </message>
        <message>
            <source>Le texte proposé est la valeur affichée : complétez-le avec ce que l'autre version apporte.</source>
            <translation>The suggested text is the value shown: complete it with what the other version adds.</translation>
        </message>
        <message>
            <source>Enregistrer cette valeur</source>
            <translation>Save this value</translation>
        </message>
        <message>
            <source>Supprimé par une copie pendant qu'une autre le modifiait.</source>
            <translation>Deleted by one copy while another was editing it.</translation>
        </message>
        <message>
            <source>La suppression a été faite sur une copie qui n'avait pas vu la dernière modification. L'élément reste affiché jusqu'à votre décision.</source>
            <translation>The deletion was made on a copy that had not seen the latest change. The item stays visible until you decide.</translation>
        </message>
        <message>
            <source>« Garder » annule la suppression ; « Supprimer » la confirme. Votre choix sera transmis à vos collègues lors du prochain échange.</source>
            <translation>“Keep” cancels the deletion; “Delete” confirms it. Your choice will be sent to your colleagues at the next exchange.</translation>
        </message>
        <message>
            <source>Garder</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Écrivez une valeur : ce champ ne peut pas rester vide.</source>
            <translation>Write a value: this field cannot be left empty.</translation>
        </message>
        <message>
            <source>Le texte est trop long : {length} caractères, pour {maximum} au plus.</source>
            <translation>The text is too long: {length} characters, for {maximum} at most.</translation>
        </message>
        <message>
            <source>Conflit non réglé</source>
            <translation>Conflict not resolved</translation>
        </message>
        <message>
            <source>Suppression non examinée</source>
            <translation>Deletion not reviewed</translation>
        </message>
        <message>
            <source>(vide)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Présent</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Supprimé</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>{count} conflit</source>
            <translation>{count} conflict</translation>
        </message>
        <message>
            <source>{count} conflits</source>
            <translation>{count} conflicts</translation>
        </message>
        <message>
            <source>{count} suppression</source>
            <translation>{count} deletion</translation>
        </message>
        <message>
            <source>{count} suppressions</source>
            <translation>{count} deletions</translation>
        </message>
        <message>
            <source>{first} et {second}</source>
            <translation>{first} and {second}</translation>
        </message>
        <message>
            <source>{items} à examiner</source>
            <translation>{items} to review</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Cochez cette case quand la fiche contient des données personnelles (nom d'une personne, téléphone ou adresse électronique personnels). Ces données sont protégées par le RGPD : elles restent hors des documents PDF, sauf si vous demandez à les y mettre. Décochez-la pour un standard ou une adresse générique d'organisation.</source>
            <translation>Tick this box when the record contains personal data (a person's name, personal phone number or email address). This data is protected by the GDPR: it stays out of PDF documents unless you ask to include it. Untick it for a switchboard number or a generic organisation address.</translation>
        </message>
        <message>
            <source>Nouveau contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Modifier le contact</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <source>prenom.nom@exemple.fr</source>
            <translation>firstname.lastname@example.org</translation>
        </message>
        <message>
            <source>Données &amp;personnelles</source>
            <translation>&amp;Personal data</translation>
        </message>
        <message>
            <source>&amp;Nom</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Rôle</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Téléphone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <source>&amp;Courriel</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ContactPickerDialog</name>
        <message>
            <source>Inviter des contacts</source>
            <translation>Invite contacts</translation>
        </message>
        <message>
            <source>Inviter</source>
            <translation>Invite</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Contacts des territoires invités et de la grappe :</source>
            <translation>Contacts of the invited territories and of the cluster:</translation>
        </message>
    </context>
    <context>
        <name>ContactRole</name>
        <message>
            <source>Élu ou élue</source>
            <translation>Elected official</translation>
        </message>
        <message>
            <source>Chef ou cheffe de projet</source>
            <translation>Project manager</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Facilitation</translation>
        </message>
        <message>
            <source>Direction d'EBE</source>
            <translation>EBE management</translation>
        </message>
        <message>
            <source>Membre du CLE</source>
            <translation>CLE member</translation>
        </message>
        <message>
            <source>Partenaire</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>&amp;Ajouter un contact…</source>
            <translation>&amp;Add a contact…</translation>
        </message>
        <message>
            <source>&amp;Écrire un courriel</source>
            <translation>&amp;Write an email</translation>
        </message>
        <message>
            <source>Données &amp;personnelles</source>
            <translation>&amp;Personal data</translation>
        </message>
        <message>
            <source>Exporter les données de ce contact…</source>
            <translation>Export this contact's data…</translation>
        </message>
        <message>
            <source>Effacer les données personnelles…</source>
            <translation>Erase personal data…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Données personnelles</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Supprimer un contact</source>
            <translation>Delete a contact</translation>
        </message>
        <message>
            <source>Supprimer le contact « {name} » ?

La suppression sera transmise à vos collègues lors du prochain échange de données.</source>
            <translation>Delete the contact “{name}”?

The deletion will be sent to your colleagues at the next data exchange.</translation>
        </message>
        <message>
            <source>Aucun logiciel de messagerie ne s'est ouvert. Écrivez à {email} depuis votre messagerie.</source>
            <translation>No email program opened. Write to {email} from your email program.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Opération impossible</source>
            <translation>Operation failed</translation>
        </message>
        <message>
            <source>(fichier journal indisponible)</source>
            <translation>(log file unavailable)</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite. Vos données déjà enregistrées ne sont pas touchées ; l'application continue. Pour aider à corriger le problème, envoyez le fichier journal à l'équipe qui vous accompagne :
{path}</source>
            <translation>An unexpected error occurred. Your data already saved is not affected, and the application keeps running. To help fix the problem, send the log file to the team that supports you:
{path}</translation>
        </message>
        <message>
            <source>Erreur inattendue</source>
            <translation>Unexpected error</translation>
        </message>
    </context>
    <context>
        <name>Criterion</name>
        <message>
            <source>Engagements du candidat et des collectivités qui le soutiennent</source>
            <translation>Commitments of the applicant and of the local authorities that support it</translation>
        </message>
        <message>
            <source>Profil du territoire</source>
            <translation>Territory profile</translation>
        </message>
        <message>
            <source>Plan de communication</source>
            <translation>Communication plan</translation>
        </message>
        <message>
            <source>Cohérence avec le développement local et les politiques publiques</source>
            <translation>Consistency with local development and public policies</translation>
        </message>
        <message>
            <source>Mobilisation des acteurs</source>
            <translation>Mobilisation of local stakeholders</translation>
        </message>
        <message>
            <source>Création effective du CLE</source>
            <translation>CLE actually set up</translation>
        </message>
        <message>
            <source>Projection des créations d'emplois</source>
            <translation>Projected job creation</translation>
        </message>
        <message>
            <source>Leviers de l'exhaustivité</source>
            <translation>Levers for exhaustiveness</translation>
        </message>
        <message>
            <source>Moyens du CLE</source>
            <translation>CLE resources</translation>
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
            <translation>Attach evidence…</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Ne plus lier ce document au critère ; il reste dans les documents</source>
            <translation>Unlink this document from the criterion; it stays in the documents</translation>
        </message>
        <message>
            <source>Preuve :</source>
            <translation>Evidence:</translation>
        </message>
        <message>
            <source>aucune preuve jointe</source>
            <translation>no evidence attached</translation>
        </message>
        <message>
            <source>Remplacer la preuve…</source>
            <translation>Replace the evidence…</translation>
        </message>
        <message>
            <source>Critère « {criterion} » enregistré.</source>
            <translation>Criterion “{criterion}” saved.</translation>
        </message>
        <message>
            <source>Preuve : {criterion}</source>
            <translation>Evidence: {criterion}</translation>
        </message>
    </context>
    <context>
        <name>CriterionStatus</name>
        <message>
            <source>Non commencé</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Rempli</source>
            <translation>Met</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Toutes les régions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>Compter aussi les territoires des régions que vous ne suivez pas</source>
            <translation>Also count the territories of regions you do not follow</translation>
        </message>
        <message>
            <source>Pour commencer</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Aucun territoire n'est encore enregistré pour vos régions. Vous pouvez importer la liste des territoires habilités fournie avec l'application, recevoir le fichier d'échange d'un collègue (menu « Échanges ») ou créer un territoire dans l'onglet « Territoires ».</source>
            <translation>No territory is recorded for your regions yet. You can import the list of habilitated territories shipped with the application, receive a colleague's exchange file (“Exchanges” menu) or create a territory in the “Territories” tab.</translation>
        </message>
        <message>
            <source>Importer la liste des territoires habilités</source>
            <translation>Import the list of habilitated territories</translation>
        </message>
        <message>
            <source>Territoires par étape</source>
            <translation>Territories by stage</translation>
        </message>
        <message>
            <source>Afficher ces territoires</source>
            <translation>Show these territories</translation>
        </message>
        <message>
            <source>À surveiller</source>
            <translation>To watch</translation>
        </message>
        <message>
            <source>Nombre de semaines sans note de journal ni réunion suivie</source>
            <translation>Number of weeks without a journal note or an attended meeting</translation>
        </message>
        <message>
            <source>Réunions à venir</source>
            <translation>Upcoming meetings</translation>
        </message>
        <message>
            <source>Prochaines réunions</source>
            <translation>Upcoming meetings</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Chargement des données…</source>
            <translation>Loading data…</translation>
        </message>
        <message>
            <source>Tous les territoires, toutes régions confondues</source>
            <translation>All territories, all regions combined</translation>
        </message>
        <message>
            <source>Territoires de vos régions : {regions}</source>
            <translation>Territories of your regions: {regions}</translation>
        </message>
        <message>
            <source>Total : {count} territoire</source>
            <translation>Total: {count} territory</translation>
        </message>
        <message>
            <source>Total : {count} territoires</source>
            <translation>Total: {count} territories</translation>
        </message>
        <message>
            <source>{count} action en retard</source>
            <translation>{count} overdue action</translation>
        </message>
        <message>
            <source>{count} actions en retard</source>
            <translation>{count} overdue actions</translation>
        </message>
        <message>
            <source>{count} candidature en instruction</source>
            <translation>{count} application under review</translation>
        </message>
        <message>
            <source>{count} candidatures en instruction</source>
            <translation>{count} applications under review</translation>
        </message>
        <message>
            <source>{count} territoire sans contact depuis plus de</source>
            <translation>{count} territory without contact for more than</translation>
        </message>
        <message>
            <source>{count} territoires sans contact depuis plus de</source>
            <translation>{count} territories without contact for more than</translation>
        </message>
        <message>
            <source>semaine</source>
            <translation>week</translation>
        </message>
        <message>
            <source>semaines</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>{count} territoire à risque</source>
            <translation>{count} territory at risk</translation>
        </message>
        <message>
            <source>{count} territoires à risque</source>
            <translation>{count} territories at risk</translation>
        </message>
        <message>
            <source>{count} territoire bloqué</source>
            <translation>{count} blocked territory</translation>
        </message>
        <message>
            <source>{count} territoires bloqués</source>
            <translation>{count} blocked territories</translation>
        </message>
        <message>
            <source>{count} réunion dans les {days} prochains jours</source>
            <translation>{count} meeting in the next {days} days</translation>
        </message>
        <message>
            <source>{count} réunions dans les {days} prochains jours</source>
            <translation>{count} meetings in the next {days} days</translation>
        </message>
        <message>
            <source>(sans titre)</source>
            <translation>(untitled)</translation>
        </message>
    </context>
    <context>
        <name>DocumentCategory</name>
        <message>
            <source>Méthode</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Juridique</source>
            <translation>Legal</translation>
        </message>
        <message>
            <source>Modèle</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Évaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>Fiche du territoire</source>
            <translation>Territory record</translation>
        </message>
        <message>
            <source>Document de réunion (avant la réunion)</source>
            <translation>Meeting handout (before the meeting)</translation>
        </message>
        <message>
            <source>Compte rendu de réunion (après la réunion)</source>
            <translation>Meeting minutes (after the meeting)</translation>
        </message>
        <message>
            <source>Synthèse régionale</source>
            <translation>Regional summary</translation>
        </message>
        <message>
            <source>Dossier de réunion (document, fiches et synthèse)</source>
            <translation>Meeting pack (handout, records and summary)</translation>
        </message>
        <message>
            <source>Fiches de tous les territoires d'une région</source>
            <translation>Records of all the territories of a region</translation>
        </message>
        <message>
            <source>Ce document liste les contacts des territoires (nom, rôle, organisation). Leurs téléphones et adresses électroniques sont des données personnelles : ils n'y figurent que si vous cochez la case, et seulement pour les contacts marqués comme données personnelles ; les coordonnées génériques (standard, adresse de service) y figurent toujours.</source>
            <translation>This document lists the territories' contacts (name, role, organisation). Their phone numbers and email addresses are personal data: they appear only if you tick the box, and only for contacts marked as personal data; generic contact details (switchboard, department address) always appear.</translation>
        </message>
        <message>
            <source>Ce document contient les noms des personnes invitées et leur présence, mais aucun téléphone ni adresse électronique.</source>
            <translation>This document contains the names of the invited people and their attendance, but no phone number or email address.</translation>
        </message>
        <message>
            <source>Ce document ne contient aucune donnée personnelle.</source>
            <translation>This document contains no personal data.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Bibliothèque</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Lien web</source>
            <translation>Web link</translation>
        </message>
        <message>
            <source>Pièce jointe</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>&amp;Joindre un fichier…</source>
            <translation>&amp;Attach a file…</translation>
        </message>
        <message>
            <source>&amp;Ouvrir</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Retirer</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Retire le document de ce territoire, sans l'effacer de la bibliothèque</source>
            <translation>Removes the document from this territory, without deleting it from the library</translation>
        </message>
        <message>
            <source>Vous pouvez aussi déposer des fichiers ici en les faisant glisser.</source>
            <translation>You can also drag and drop files here.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Taille</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Transmis le</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Origine</source>
            <translation>Origin</translation>
        </message>
        <message>
            <source>Joindre un fichier</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>Tous les fichiers (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Copie du fichier {name}…</source>
            <translation>Copying the file {name}…</translation>
        </message>
        <message>
            <source>Fichier non joint</source>
            <translation>File not attached</translation>
        </message>
        <message>
            <source>Dossiers non joints</source>
            <translation>Folders not attached</translation>
        </message>
        <message>
            <source>Seuls des fichiers peuvent être joints : les dossiers déposés ont été laissés de côté.</source>
            <translation>Only files can be attached: the dropped folders were left out.</translation>
        </message>
        <message>
            <source>Ouvrir un document</source>
            <translation>Open a document</translation>
        </message>
        <message>
            <source>Le fichier « {name} » n'est pas encore dans vos données : sa fiche est arrivée sans lui. Il arrivera avec un prochain échange de données venant de la personne qui l'a joint ; vous pouvez aussi le lui demander.</source>
            <translation>The file “{name}” is not in your data yet: its record arrived without it. It will arrive with a future data exchange from the person who attached it; you can also ask them for it.</translation>
        </message>
        <message>
            <source>Le fichier « {name} » n'a pas pu être préparé pour l'affichage ({error}). Vérifiez la place libre sur le disque, puis recommencez.</source>
            <translation>The file “{name}” could not be prepared for display ({error}). Check the free space on the disk, then try again.</translation>
        </message>
        <message>
            <source>Aucune application n'a pu ouvrir « {name} ». Une copie du fichier se trouve ici :
{path}</source>
            <translation>No application could open “{name}”. A copy of the file is here:
{path}</translation>
        </message>
        <message>
            <source>Retirer un document</source>
            <translation>Remove a document</translation>
        </message>
        <message>
            <source>Retirer « {title} » des documents de ce territoire ?</source>
            <translation>Remove “{title}” from the documents of this territory?</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>Modifications non enregistrées</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Enregistrer les modifications de « {name} » ?</source>
            <translation>Save the changes to “{name}”?</translation>
        </message>
        <message>
            <source>Territoire « {name} »</source>
            <translation>Territory “{name}”</translation>
        </message>
        <message>
            <source>Nouveau territoire « {name} »</source>
            <translation>New territory “{name}”</translation>
        </message>
        <message>
            <source>Réunion « {name} »</source>
            <translation>Meeting “{name}”</translation>
        </message>
        <message>
            <source>Nouvelle réunion « {name} »</source>
            <translation>New meeting “{name}”</translation>
        </message>
        <message>
            <source>{title} du {date}</source>
            <translation>{title} of {date}</translation>
        </message>
        <message>
            <source>Vous aviez des modifications non enregistrées :
{list}

Les rouvrir maintenant ?</source>
            <translation>You had unsaved changes:
{list}

Reopen them now?</translation>
        </message>
        <message>
            <source>Rouvrir</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Plus tard</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Brouillon abandonné</source>
            <translation>Draft dropped</translation>
        </message>
        <message>
            <source>{record} a été supprimé depuis : ses modifications non enregistrées ne peuvent pas être rouvertes. Vous les trouverez sous « Montrer les détails… ».</source>
            <translation>{record} has been deleted since: its unsaved changes cannot be reopened. You will find them under “Show Details…”.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Doublons possibles</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Autre fiche</source>
            <translation>Other record</translation>
        </message>
        <message>
            <source>Paires de fiches qui pourraient être des doublons</source>
            <translation>Pairs of records that could be duplicates</translation>
        </message>
        <message>
            <source>Comparer…</source>
            <translation>Compare…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Ces fiches portent le même nom au même endroit. Comparez-les pour les fusionner ou pour les garder toutes les deux.</source>
            <translation>These records have the same name at the same place. Compare them to merge them or to keep both.</translation>
        </message>
        <message>
            <source>Aucun doublon possible : chaque territoire n'a qu'une fiche.</source>
            <translation>No possible duplicate: each territory has only one record.</translation>
        </message>
    </context>
    <context>
        <name>EbeDialog</name>
        <message>
            <source>Nouvelle EBE</source>
            <translation>New EBE</translation>
        </message>
        <message>
            <source>Modifier l'EBE</source>
            <translation>Edit EBE</translation>
        </message>
        <message>
            <source>Par exemple : recyclerie, maraîchage, mobilité</source>
            <translation>For example: reuse shop, market gardening, mobility</translation>
        </message>
        <message>
            <source>par exemple 42,5</source>
            <translation>for example 42.5</translation>
        </message>
        <message>
            <source>Équivalents temps plein financés par la convention</source>
            <translation>Full-time equivalents (ETP) funded under the agreement</translation>
        </message>
        <message>
            <source>&amp;Nom</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Ouverture</source>
            <translation>&amp;Opening date</translation>
        </message>
        <message>
            <source>&amp;Secteurs d'activité</source>
            <translation>&amp;Sectors of activity</translation>
        </message>
        <message>
            <source>&amp;ETP financés (maximum)</source>
            <translation>Funded &amp;FTE (ETP, maximum)</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Indiquez un nombre, par exemple 42,5.</source>
            <translation>Enter a number, for example 42.5.</translation>
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
            <translation>Headcount</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>&amp;Ajouter une EBE…</source>
            <translation>&amp;Add an EBE…</translation>
        </message>
        <message>
            <source>Effectifs de l'EBE</source>
            <translation>EBE headcounts</translation>
        </message>
        <message>
            <source>&amp;Nouvel effectif…</source>
            <translation>&amp;New headcount…</translation>
        </message>
        <message>
            <source>Modifier l'effe&amp;ctif…</source>
            <translation>Edit head&amp;count…</translation>
        </message>
        <message>
            <source>Supprimer l'effec&amp;tif</source>
            <translation>Delete headcoun&amp;t</translation>
        </message>
        <message>
            <source>EBE</source>
            <translation>EBE</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Ouverture</source>
            <translation>Opening date</translation>
        </message>
        <message>
            <source>Secteurs d'activité</source>
            <translation>Sectors of activity</translation>
        </message>
        <message>
            <source>ETP financés (max.)</source>
            <translation>Funded FTE (max.)</translation>
        </message>
        <message>
            <source>Dernier effectif</source>
            <translation>Latest headcount</translation>
        </message>
        <message>
            <source>Supprimer une EBE</source>
            <translation>Delete an EBE</translation>
        </message>
        <message>
            <source>Supprimer l'EBE « {name} » ?

Ses effectifs ne seront plus affichés.</source>
            <translation>Delete the EBE “{name}”?

Its headcounts will no longer be shown.</translation>
        </message>
        <message>
            <source>Effectif au fil du temps : choisissez une EBE dans la liste</source>
            <translation>Headcount over time: choose an EBE in the list</translation>
        </message>
        <message>
            <source>Effectif de « {name} » au fil du temps</source>
            <translation>Headcount of “{name}” over time</translation>
        </message>
        <message>
            <source>Effectif de « {name} »</source>
            <translation>Headcount of “{name}”</translation>
        </message>
        <message>
            <source>Supprimer l'effectif du {date} ({value}) ?</source>
            <translation>Delete the headcount of {date} ({value})?</translation>
        </message>
        <message>
            <source>Supprimer un effectif</source>
            <translation>Delete a headcount</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Deletion failed</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Aperçu de l'import : rien n'a encore été enregistré.</source>
            <translation>Import preview: nothing has been saved yet.</translation>
        </message>
        <message>
            <source>Des modifications du fichier envoyé par {person} ({count}) sont datées jusqu'à {days} après l'heure de cet ordinateur. L'horloge de l'un des deux ordinateurs est déréglée : vérifiez la date et l'heure de cet ordinateur, et demandez à {person} de vérifier celles du sien.</source>
            <translation>Changes in the file sent by {person} ({count}) are dated up to {days} ahead of this computer's clock. The clock of one of the two computers is wrong: check the date and time of this computer, and ask {person} to check theirs.</translation>
        </message>
        <message>
            <source>Fichier envoyé par {person} : {counts}.</source>
            <translation>File sent by {person}: {counts}.</translation>
        </message>
        <message>
            <source>conflit à examiner</source>
            <translation>conflict to review</translation>
        </message>
        <message>
            <source>conflits à examiner</source>
            <translation>conflicts to review</translation>
        </message>
        <message>
            <source>document reçu</source>
            <translation>document received</translation>
        </message>
        <message>
            <source>documents reçus</source>
            <translation>documents received</translation>
        </message>
        <message>
            <source>inchangé</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>inchangés</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>jour</source>
            <translation>day</translation>
        </message>
        <message>
            <source>jours</source>
            <translation>days</translation>
        </message>
        <message>
            <source>modification</source>
            <translation>change</translation>
        </message>
        <message>
            <source>modifications</source>
            <translation>changes</translation>
        </message>
        <message>
            <source>modifié</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>modifiés</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>nouveaux éléments</source>
            <translation>new items</translation>
        </message>
        <message>
            <source>nouvel élément</source>
            <translation>new item</translation>
        </message>
        <message>
            <source>supprimé</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>supprimés</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>une copie sans nom de référent</source>
            <translation>a copy without a referent name</translation>
        </message>
        <message>
            <source>{count} sans leur fichier : ils restent listés, marqués « fichier manquant », jusqu'à ce qu'un fichier d'échange les apporte.</source>
            <translation>{count} without their file: they stay listed, marked “file missing”, until an exchange file brings them.</translation>
        </message>
        <message>
            <source>{records} dans {file}.</source>
            <translation>{records} in {file}.</translation>
        </message>
        <message>
            <source>élément exporté</source>
            <translation>item exported</translation>
        </message>
        <message>
            <source>éléments exportés</source>
            <translation>items exported</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFileError</name>
        <message>
            <source>Le fichier d'échange ne contient pas l'élément {member}. Il est incomplet : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file does not contain the item {member}. It is incomplete: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Un enregistrement à exporter dépasse la taille maximale d'une ligne ({limit}) : le fichier d'échange ne pourrait pas être relu. Raccourcissez les textes très longs de cet enregistrement, puis exportez de nouveau.</source>
            <translation>A record to export exceeds the maximum size of a line ({limit}): the exchange file could not be read back. Shorten the very long texts of this record, then export again.</translation>
        </message>
        <message>
            <source>Le manifeste du fichier d'échange {path} dépasserait la taille maximale ({limit}) : le fichier ne pourrait pas être relu. Signalez ce problème à l'équipe qui maintient TZCLD Desktop.</source>
            <translation>The manifest of the exchange file {path} would exceed the maximum size ({limit}): the file could not be read back. Report this problem to the team that maintains TZCLD Desktop.</translation>
        </message>
        <message>
            <source>L'export compte {count} éléments, au-delà de la limite de {limit} par fichier d'échange : le fichier ne pourrait pas être relu. Signalez ce problème à l'équipe qui maintient TZCLD Desktop.</source>
            <translation>The export has {count} items, over the limit of {limit} per exchange file: the file could not be read back. Report this problem to the team that maintains TZCLD Desktop.</translation>
        </message>
        <message>
            <source>L'élément {member} à exporter dépasse la taille maximale de {limit} : le fichier d'échange ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
            <translation>The item {member} to export exceeds the maximum size of {limit}: the exchange file could not be read back. Remove the largest attachments, then export again.</translation>
        </message>
        <message>
            <source>Les données à exporter dépassent la taille maximale d'un fichier d'échange ({limit}) : le fichier ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
            <translation>The data to export exceeds the maximum size of an exchange file ({limit}): the file could not be read back. Remove the largest attachments, then export again.</translation>
        </message>
        <message>
            <source>Le fichier de document {member} à exporter dépasse {limit}, la taille maximale d'un document : le fichier d'échange ne pourrait pas être relu. Remplacez ce document par une version plus légère, puis exportez de nouveau.</source>
            <translation>The document file {member} to export exceeds {limit}, the maximum size of a document: the exchange file could not be read back. Replace this document with a smaller version, then export again.</translation>
        </message>
        <message>
            <source>Les fichiers des documents à exporter totalisent plus de {limit}, la taille maximale des pièces jointes d'un fichier d'échange. Exportez plutôt pour un référent précis : seuls les documents qu'il n'a pas encore reçus sont alors joints.</source>
            <translation>The document files to export total more than {limit}, the maximum size of an exchange file's attachments. Export for a specific referent instead: only the documents they have not received yet are then attached.</translation>
        </message>
        <message>
            <source>Le disque est plein : le fichier d'échange {path} n'a pas pu être écrit. Libérez de la place ou choisissez un autre emplacement.</source>
            <translation>The disk is full: the exchange file {path} could not be written. Free some space or choose another location.</translation>
        </message>
        <message>
            <source>L'emplacement choisi est en lecture seule : le fichier d'échange {path} n'a pas pu être écrit. Choisissez un autre emplacement, par exemple votre dossier Documents.</source>
            <translation>The chosen location is read-only: the exchange file {path} could not be written. Choose another location, for example your Documents folder.</translation>
        </message>
        <message>
            <source>Accès refusé : le fichier d'échange {path} n'a pas pu être écrit. Vérifiez que vous avez le droit d'écrire dans ce dossier et qu'aucun autre programme n'a ouvert ce fichier, ou choisissez un autre emplacement.</source>
            <translation>Access denied: the exchange file {path} could not be written. Check that you may write to this folder and that no other program has this file open, or choose another location.</translation>
        </message>
        <message>
            <source>Le dossier {folder} n'existe pas : le fichier d'échange {path} n'a pas pu être écrit. Choisissez un dossier existant.</source>
            <translation>The folder {folder} does not exist: the exchange file {path} could not be written. Choose an existing folder.</translation>
        </message>
        <message>
            <source>{path} est un dossier : le fichier d'échange n'a pas pu être écrit sous ce nom. Choisissez un autre nom de fichier.</source>
            <translation>{path} is a folder: the exchange file could not be written under this name. Choose another file name.</translation>
        </message>
        <message>
            <source>L'écriture du fichier d'échange {path} a échoué ({reason}). Vérifiez l'emplacement choisi, puis réessayez.</source>
            <translation>Writing the exchange file {path} failed ({reason}). Check the chosen location, then try again.</translation>
        </message>
        <message>
            <source>{path} est un dossier et non un fichier d'échange. Choisissez un fichier {extension}.</source>
            <translation>{path} is a folder, not an exchange file. Choose a {extension} file.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} est endommagé ou incomplet (copie interrompue, téléchargement tronqué ou support défectueux). Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file {path} is damaged or incomplete (interrupted copy, truncated download or faulty medium). Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} est vide : il a sans doute été mal copié ou mal transmis. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file {path} is empty: it was probably copied or sent incorrectly. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop (ce n'est pas une archive zip). Vérifiez que vous avez choisi le bon fichier, d'extension {extension}.</source>
            <translation>The file {path} is not a TZCLD Desktop exchange file (it is not a zip archive). Check that you chose the right file, with the {extension} extension.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient {count} éléments, au-delà de la limite de {limit}. Il a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file {path} contains {count} items, over the limit of {limit}. It was modified or does not come from TZCLD Desktop: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier {path} ne contient pas de manifeste ({manifest}) : ce n'est pas un fichier d'échange TZCLD Desktop, ou il est incomplet. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The file {path} has no manifest ({manifest}): it is not a TZCLD Desktop exchange file, or it is incomplete. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} est introuvable. Vérifiez qu'il n'a pas été déplacé ou renommé, puis choisissez-le de nouveau.</source>
            <translation>The exchange file {path} was not found. Check that it was not moved or renamed, then choose it again.</translation>
        </message>
        <message>
            <source>Accès refusé : vous n'avez pas le droit de lire le fichier d'échange {path}. Vérifiez les droits d'accès à ce fichier ou copiez-le dans votre dossier Documents, puis réessayez.</source>
            <translation>Access denied: you may not read the exchange file {path}. Check the access rights of this file or copy it to your Documents folder, then try again.</translation>
        </message>
        <message>
            <source>La lecture du fichier d'échange {path} a échoué ({reason}). Vérifiez que le support (clé USB, dossier partagé) est toujours accessible, puis réessayez.</source>
            <translation>Reading the exchange file {path} failed ({reason}). Check that the medium (USB stick, shared folder) is still accessible, then try again.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient un élément au nom non autorisé ({member}). Ce fichier a été modifié et pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file {path} contains an item with a forbidden name ({member}). This file was modified and could be malicious: do not import it, and ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient plusieurs éléments nommés {member}. Ce fichier a été modifié : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file {path} contains several items named {member}. This file was modified: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} est protégé par un mot de passe zip, ce que TZCLD Desktop n'utilise pas. Demandez à l'expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le modifier avec un autre outil.</source>
            <translation>The item {member} of the exchange file {path} is protected by a zip password, which TZCLD Desktop does not use. Ask the sender for a new file exported from TZCLD Desktop, without changing it with another tool.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} utilise une méthode de compression ou une version du format zip que TZCLD Desktop ne lit pas. Demandez à l'expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le recompresser avec un autre outil.</source>
            <translation>The item {member} of the exchange file {path} uses a compression method or zip format version that TZCLD Desktop cannot read. Ask the sender for a new file exported from TZCLD Desktop, without recompressing it with another tool.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} contient la clé « {key} » en double. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The manifest ({manifest}) of the exchange file {path} contains the key “{key}” twice. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} n'est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The manifest ({manifest}) of the exchange file {path} is not valid JSON. The file is damaged: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} ne contient pas un objet JSON. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The manifest ({manifest}) of the exchange file {path} does not contain a JSON object. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop : son manifeste n'indique pas le format « {format} ». Vérifiez que vous avez choisi le bon fichier.</source>
            <translation>The file {path} is not a TZCLD Desktop exchange file: its manifest does not state the format “{format}”. Check that you chose the right file.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} demande la version {required} du format d'échange, alors que cette version de TZCLD Desktop ne lit que jusqu'à la version {supported}. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
            <translation>The exchange file {path} requires version {required} of the exchange format, but this version of TZCLD Desktop reads only up to version {supported}. Update TZCLD Desktop, then import this file again.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient une pièce jointe au nom non autorisé ({member}) : une pièce jointe doit être nommée files/ suivi de son empreinte SHA-256. Ce fichier a été modifié et pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file {path} contains an attachment with a forbidden name ({member}): an attachment must be named files/ followed by its SHA-256 checksum. This file was modified and could be malicious: do not import it, and ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La pièce jointe {member} du fichier d'échange {path} annonce un contenu différent de celui que son nom désigne : le fichier a été modifié. Ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The attachment {member} of the exchange file {path} declares content other than what its name refers to: the file was modified. Do not import it, and ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La pièce jointe {member} du fichier d'échange {path} dépasse {limit}, la taille maximale d'un document. Ce fichier a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The attachment {member} of the exchange file {path} exceeds {limit}, the maximum size of a document. This file was modified or does not come from TZCLD Desktop: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Les pièces jointes du fichier d'échange {path} totalisent plus de {limit}, la taille maximale admise. Ce fichier a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The attachments of the exchange file {path} total more than {limit}, the maximum size allowed. This file was modified or does not come from TZCLD Desktop: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The manifest ({manifest}) of the exchange file {path} exceeds the maximum size of {limit}. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le manifeste ({manifest}) du fichier d'échange {path} est invalide : le champ « {field} » est absent ou incorrect. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The manifest ({manifest}) of the exchange file {path} is invalid: the field “{field}” is missing or incorrect. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier d'échange {path} contient un élément absent de son manifeste ({member}) : il a été modifié après l'export. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file {path} contains an item missing from its manifest ({member}): it was modified after the export. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>L'élément {member} manque dans le fichier d'échange {path} : le fichier est incomplet ou a été modifié. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The item {member} is missing from the exchange file {path}: the file is incomplete or was modified. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} ne correspond pas à son empreinte SHA-256 : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The item {member} of the exchange file {path} does not match its SHA-256 checksum: the file was modified or damaged. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The item {member} of the exchange file {path} exceeds the maximum size of {limit} once decompressed. This file was modified or could be malicious: do not import it, and ask the sender for a new file.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} est compressé plus de {ratio} fois, ce qui est le signe d'une bombe de décompression (un fichier piégé pour saturer la mémoire). Ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The item {member} of the exchange file {path} is compressed more than {ratio} times, which is the sign of a decompression bomb (a file built to fill up memory). Do not import it, and ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le contenu du fichier d'échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The content of the exchange file {path} exceeds the maximum size of {limit} once decompressed. This file was modified or could be malicious: do not import it, and ask the sender for a new file.</translation>
        </message>
        <message>
            <source>L'élément {member} du fichier d'échange {path} n'a pas la taille indiquée par son manifeste : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The item {member} of the exchange file {path} does not have the size stated in its manifest: the file was modified or damaged. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Line {line} of the item {member} of the exchange file exceeds the maximum size of {limit}. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange n'est pas du texte UTF-8 valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Line {line} of the item {member} of the exchange file is not valid UTF-8 text. The file is damaged: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange contient la clé « {key} » en double. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Line {line} of the item {member} of the exchange file contains the key “{key}” twice. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange n'est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Line {line} of the item {member} of the exchange file is not valid JSON. The file is damaged: ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La ligne {line} de l'élément {member} du fichier d'échange n'est pas un objet JSON. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>Line {line} of the item {member} of the exchange file is not a JSON object. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>le champ {field} ne peut pas être vide</source>
            <translation>the field {field} cannot be empty</translation>
        </message>
        <message>
            <source>le champ {field} dépasse {limit} caractères</source>
            <translation>the field {field} exceeds {limit} characters</translation>
        </message>
        <message>
            <source>la valeur du champ {field} n'a pas le bon type</source>
            <translation>the value of the field {field} has the wrong type</translation>
        </message>
        <message>
            <source>le champ {field} ne désigne pas un élément valide</source>
            <translation>the field {field} does not refer to a valid item</translation>
        </message>
        <message>
            <source>clés inattendues</source>
            <translation>unexpected keys</translation>
        </message>
        <message>
            <source>colonne qui n'est pas une liste</source>
            <translation>column that is not a list</translation>
        </message>
        <message>
            <source>colonnes vides, trop longues ou de longueurs différentes</source>
            <translation>columns empty, too long or of different lengths</translation>
        </message>
        <message>
            <source>table inconnue « {table} » (fichier d'une version plus récente ?)</source>
            <translation>unknown table “{table}” (file from a newer version?)</translation>
        </message>
        <message>
            <source>champ inconnu « {field} » dans {table}</source>
            <translation>unknown field “{field}” in {table}</translation>
        </message>
        <message>
            <source>identifiant d'élément invalide</source>
            <translation>invalid item identifier</translation>
        </message>
        <message>
            <source>contexte de synchronisation invalide</source>
            <translation>invalid synchronisation context</translation>
        </message>
        <message>
            <source>valeurs manquantes ou trop nombreuses</source>
            <translation>missing or too many values</translation>
        </message>
        <message>
            <source>valeur mal formée</source>
            <translation>malformed value</translation>
        </message>
        <message>
            <source>auteur de modification invalide</source>
            <translation>invalid change author</translation>
        </message>
        <message>
            <source>horodatage invalide</source>
            <translation>invalid timestamp</translation>
        </message>
        <message>
            <source>nom d'auteur invalide</source>
            <translation>invalid author name</translation>
        </message>
        <message>
            <source>valeur absente du contexte ou en double</source>
            <translation>value missing from the context or duplicated</translation>
        </message>
        <message>
            <source>Ce fichier d'échange a été protégé par une version plus récente de TZCLD Desktop (chiffrement version {version}, alors que cette version de l'application lit jusqu'à la version {supported}). Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
            <translation>This exchange file was protected by a newer version of TZCLD Desktop (encryption version {version}, but this version of the application reads up to version {supported}). Update TZCLD Desktop, then import this file again.</translation>
        </message>
        <message>
            <source>Ce fichier d'échange est protégé par un mot de passe. Saisissez le mot de passe que l'expéditeur vous a communiqué.</source>
            <translation>This exchange file is protected by a password. Enter the password the sender gave you.</translation>
        </message>
        <message>
            <source>L'en-tête de chiffrement de ce fichier d'échange est invalide : le fichier a été endommagé ou modifié en route, ou ne provient pas de TZCLD Desktop. Demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The encryption header of this exchange file is invalid: the file was damaged or modified on the way, or does not come from TZCLD Desktop. Ask the sender for a new file.</translation>
        </message>
        <message>
            <source>La mémoire disponible ne suffit pas pour calculer la clé de chiffrement du fichier d'échange ({memory} Mio nécessaires). Fermez d'autres applications, puis réessayez.</source>
            <translation>Not enough memory is available to compute the encryption key of the exchange file ({memory} MiB needed). Close other applications, then try again.</translation>
        </message>
        <message>
            <source>Le fichier d'échange contient un état de synchronisation invalide. Demandez à l'expéditeur de refaire l'export.</source>
            <translation>The exchange file contains an invalid synchronisation state. Ask the sender to export again.</translation>
        </message>
        <message>
            <source>Le fichier d'échange dépasse la taille maximale d'un fichier protégé par un mot de passe (environ 2 Gio). Il a été modifié ou ne provient pas de TZCLD Desktop : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.</source>
            <translation>The exchange file exceeds the maximum size of a password-protected file (about 2 GiB). It was modified or does not come from TZCLD Desktop: do not import it, and ask the sender for a new file.</translation>
        </message>
        <message>
            <source>Le fichier d'échange désigne une région ou un département inconnu de cette version. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
            <translation>The exchange file refers to a region or département unknown to this version. Update TZCLD Desktop, then import this file again.</translation>
        </message>
        <message>
            <source>Le fichier d'échange est invalide (ligne {line} des données) : {problem}. Demandez à l'expéditeur de refaire l'export.</source>
            <translation>The exchange file is invalid (data line {line}): {problem}. Ask the sender to export again.</translation>
        </message>
        <message>
            <source>Le fichier d'échange ne dit pas qui l'a envoyé (expéditeur manquant ou invalide). Demandez à l'expéditeur de refaire l'export.</source>
            <translation>The exchange file does not say who sent it (sender missing or invalid). Ask the sender to export again.</translation>
        </message>
        <message>
            <source>Le fichier {file} est incohérent : le champ {field} de l'élément {record} apparaît deux fois (ligne {line}). Demandez à l'expéditeur de refaire l'export.</source>
            <translation>The file {file} is inconsistent: the field {field} of the item {record} appears twice (line {line}). Ask the sender to export again.</translation>
        </message>
        <message>
            <source>Le fichier {file} ne contient pas de données ({member} manquant). Demandez à l'expéditeur de refaire l'export.</source>
            <translation>The file {file} contains no data ({member} missing). Ask the sender to export again.</translation>
        </message>
        <message>
            <source>Le mot de passe est incorrect, ou le fichier a été modifié ou endommagé en route. Vérifiez le mot de passe avec l'expéditeur ; s'il est juste, demandez-lui un nouveau fichier.</source>
            <translation>The password is wrong, or the file was modified or damaged on the way. Check the password with the sender; if it is right, ask them for a new file.</translation>
        </message>
        <message>
            <source>Le mot de passe est vide. Choisissez un mot de passe pour protéger le fichier d'échange, ou exportez-le sans mot de passe.</source>
            <translation>The password is empty. Choose a password to protect the exchange file, or export it without a password.</translation>
        </message>
        <message>
            <source>Le mot de passe est vide. Saisissez le mot de passe que l'expéditeur vous a communiqué.</source>
            <translation>The password is empty. Enter the password the sender gave you.</translation>
        </message>
        <message>
            <source>Les données à exporter dépassent la taille maximale d'un fichier d'échange protégé par un mot de passe (environ 2 Gio). Exportez-les sans mot de passe ou retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
            <translation>The data to export exceeds the maximum size of a password-protected exchange file (about 2 GiB). Export it without a password or remove the largest attachments, then export again.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLogDialog</name>
        <message>
            <source>Journal des échanges</source>
            <translation>Exchange log</translation>
        </message>
        <message>
            <source>Échanges de fichiers</source>
            <translation>File exchanges</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Export the list…</translation>
        </message>
        <message>
            <source>Aucun fichier envoyé ni reçu pour l'instant.</source>
            <translation>No file sent or received yet.</translation>
        </message>
        <message>
            <source>Les {count} derniers échanges sont affichés.</source>
            <translation>The last {count} exchanges are shown.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLogTableModel</name>
        <message>
            <source>Annulé</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Collègue</source>
            <translation>Colleague</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Envoyé</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Reçu</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Réussi</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Sens</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Tous (export complet)</source>
            <translation>Everyone (full export)</translation>
        </message>
        <message>
            <source>Éléments</source>
            <translation>Items</translation>
        </message>
    </context>
    <context>
        <name>ExchangeText</name>
        <message>
            <source>{count} conflit</source>
            <translation>{count} conflict</translation>
        </message>
        <message>
            <source>{count} conflits</source>
            <translation>{count} conflicts</translation>
        </message>
        <message>
            <source>{count} modifié</source>
            <translation>{count} changed</translation>
        </message>
        <message>
            <source>{count} modifiés</source>
            <translation>{count} changed</translation>
        </message>
        <message>
            <source>{count} nouveau</source>
            <translation>{count} new</translation>
        </message>
        <message>
            <source>{count} nouveaux</source>
            <translation>{count} new</translation>
        </message>
        <message>
            <source>{count} supprimé</source>
            <translation>{count} deleted</translation>
        </message>
        <message>
            <source>{count} supprimés</source>
            <translation>{count} deleted</translation>
        </message>
        <message>
            <source>{count} élément</source>
            <translation>{count} item</translation>
        </message>
        <message>
            <source>{count} éléments</source>
            <translation>{count} items</translation>
        </message>
        <message>
            <source>{day} à {time}</source>
            <translation>{day} at {time}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeWorkflows</name>
        <message>
            <source>Exporter tout</source>
            <translation>Export everything</translation>
        </message>
        <message>
            <source>Exporter pour un collègue</source>
            <translation>Export for a colleague</translation>
        </message>
        <message>
            <source>Vous n'avez encore reçu aucun fichier d'un collègue. Utilisez « Exporter tout… » : le fichier contiendra toutes vos données.</source>
            <translation>You have not received any file from a colleague yet. Use “Export everything…”: the file will contain all your data.</translation>
        </message>
        <message>
            <source>Fichiers d'échange TZCLD (*.tzsync)</source>
            <translation>TZCLD exchange files (*.tzsync)</translation>
        </message>
        <message>
            <source>Protéger le fichier par un mot de passe</source>
            <translation>Protect the file with a password</translation>
        </message>
        <message>
            <source>Choisissez le mot de passe du fichier. Communiquez-le à votre collègue par un autre moyen que le fichier lui-même, par exemple par téléphone.</source>
            <translation>Choose the password of the file. Give it to your colleague by another means than the file itself, for example by phone.</translation>
        </message>
        <message>
            <source>Export en cours…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Export des données</source>
            <translation>Data export</translation>
        </message>
        <message>
            <source>Le fichier est protégé par le mot de passe que vous avez choisi.</source>
            <translation>The file is protected by the password you chose.</translation>
        </message>
        <message>
            <source>Importer des données</source>
            <translation>Import data</translation>
        </message>
        <message>
            <source>Fichiers d'échange TZCLD (*.tzsync);;Tous les fichiers (*)</source>
            <translation>TZCLD exchange files (*.tzsync);;All files (*)</translation>
        </message>
        <message>
            <source>Import des données</source>
            <translation>Data import</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>L'import a été annulé : vos données n'ont pas changé.</source>
            <translation>The import was cancelled: your data is unchanged.</translation>
        </message>
        <message>
            <source>Ce fichier est protégé par un mot de passe. Saisissez le mot de passe que l'expéditeur vous a communiqué.</source>
            <translation>This file is protected by a password. Enter the password the sender gave you.</translation>
        </message>
        <message>
            <source>Lecture du fichier…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Saisissez de nouveau le mot de passe, ou annulez.</source>
            <translation>Enter the password again, or cancel.</translation>
        </message>
        <message>
            <source>Fichier protégé</source>
            <translation>Protected file</translation>
        </message>
        <message>
            <source>l'expéditeur</source>
            <translation>the sender</translation>
        </message>
        <message>
            <source>Confirmer les suppressions</source>
            <translation>Confirm deletions</translation>
        </message>
        <message>
            <source>Cet import va supprimer {count} éléments de vos listes (territoires, grappes, réunions ou actions), parce que {person} les a supprimés.

Vérifiez avec {person} que ces suppressions sont voulues. Voulez-vous vraiment importer ce fichier ?</source>
            <translation>This import will delete {count} items from your lists (territories, clusters, meetings or actions), because {person} deleted them.

Check with {person} that these deletions are intended. Do you really want to import this file?</translation>
        </message>
        <message>
            <source>Annuler le dernier import</source>
            <translation>Undo last import</translation>
        </message>
        <message>
            <source>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis.</source>
            <translation>No import can be undone: either no import was made, or changes have been saved since.</translation>
        </message>
        <message>
            <source>un expéditeur sans nom</source>
            <translation>an unnamed sender</translation>
        </message>
        <message>
            <source>Annuler l'import du fichier « {file} » reçu de {person} ?

Vos données reviendront à leur état d'avant cet import. L'état actuel est d'abord copié dans le dossier « sauvegardes » du dossier de données.</source>
            <translation>Undo the import of the file “{file}” received from {person}?

Your data will return to its state before this import. The current state is first copied to the “sauvegardes” (backups) folder of the data folder.</translation>
        </message>
        <message>
            <source>Annulation en cours…</source>
            <translation>Undoing…</translation>
        </message>
        <message>
            <source>L'import du fichier « {file} » a été annulé. Vous pouvez importer ce fichier de nouveau plus tard.</source>
            <translation>The import of the file “{file}” was undone. You can import this file again later.</translation>
        </message>
        <message>
            <source>Dossier partagé avec vos collègues (Nextcloud, Syncthing, OneDrive…)</source>
            <translation>Folder shared with your colleagues (Nextcloud, Syncthing, OneDrive…)</translation>
        </message>
        <message>
            <source>Ne plus synchroniser avec le dossier partagé {folder} ?

Les fichiers du dossier ne sont pas effacés, et vos données ne changent pas.</source>
            <translation>Stop synchronising with the shared folder {folder}?

The files in the folder are not deleted, and your data does not change.</translation>
        </message>
        <message>
            <source>Dossier partagé</source>
            <translation>Shared folder</translation>
        </message>
        <message>
            <source>Aucun dossier partagé n'est choisi. Choisissez-le d'abord par « Échanges › Dossier partagé… ».</source>
            <translation>No shared folder is chosen. Choose it first with “Exchanges › Shared folder…”.</translation>
        </message>
        <message>
            <source>Synchronisation avec le dossier partagé…</source>
            <translation>Synchronising with the shared folder…</translation>
        </message>
        <message>
            <source>Certains fichiers du dossier partagé ont été refusés. Vos données n'en ont rien reçu.</source>
            <translation>Some files of the shared folder were rejected. Nothing from them was added to your data.</translation>
        </message>
        <message>
            <source>Dossier partagé synchronisé : {summary}</source>
            <translation>Shared folder synchronised: {summary}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Présence à une réunion</source>
            <translation>Attendance at a meeting</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Suppression</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Date d'habilitation</source>
            <translation>Habilitation date</translation>
        </message>
        <message>
            <source>Note sur la date</source>
            <translation>Note on the date</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Municipalities</translation>
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
            <translation>Facilitation</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Compte rendu</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Décisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choisir le fichier</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <source>Un classeur Excel (.xlsx) ou un fichier CSV, tel qu'Excel ou LibreOffice l'enregistre.</source>
            <translation>An Excel workbook (.xlsx) or a CSV file, as Excel or LibreOffice saves it.</translation>
        </message>
        <message>
            <source>Données à importer</source>
            <translation>Data to import</translation>
        </message>
        <message>
            <source>Fichier choisi</source>
            <translation>Chosen file</translation>
        </message>
        <message>
            <source>Choisir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Choisir le fichier à importer</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>Classeurs et fichiers CSV (*.xlsx *.csv *.txt);;Tous les fichiers (*)</source>
            <translation>Workbooks and CSV files (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Lecture du fichier…</source>
            <translation>Reading the file…</translation>
        </message>
    </context>
    <context>
        <name>FileSize</name>
        <message>
            <source>{value} octet</source>
            <translation>{value} byte</translation>
        </message>
        <message>
            <source>{value} octets</source>
            <translation>{value} bytes</translation>
        </message>
        <message>
            <source>{value} Ko</source>
            <translation>{value} KB</translation>
        </message>
        <message>
            <source>{value} Mo</source>
            <translation>{value} MB</translation>
        </message>
        <message>
            <source>{value} Go</source>
            <translation>{value} GB</translation>
        </message>
    </context>
    <context>
        <name>FolderReviewDialog</name>
        <message>
            <source>Importer un dossier</source>
            <translation>Import a folder</translation>
        </message>
        <message>
            <source>{count} fichiers trouvés, dont {duplicates} en double. Cochez ceux à ajouter à la base documentaire, puis vérifiez leur titre et leur catégorie.</source>
            <translation>{count} files found, including {duplicates} duplicates. Tick those to add to the document library, then check their title and category.</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Remarque</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Ajouter à la base</source>
            <translation>Add to the library</translation>
        </message>
        <message>
            <source>Plus de 50 Mo : ne peut pas être ajouté</source>
            <translation>Over 50 MB: cannot be added</translation>
        </message>
        <message>
            <source>Déjà dans la base : « {title} »</source>
            <translation>Already in the library: “{title}”</translation>
        </message>
        <message>
            <source>Même contenu que {file}</source>
            <translation>Same content as {file}</translation>
        </message>
    </context>
    <context>
        <name>HabilitationAct</name>
        <message>
            <source>Non précisé</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>Arrêté ministériel</source>
            <translation>Ministerial arrêté</translation>
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
            <translation>Habilitation act</translation>
        </message>
        <message>
            <source>Acte</source>
            <translation>Act</translation>
        </message>
        <message>
            <source>Date de l'acte</source>
            <translation>Date of the act</translation>
        </message>
        <message>
            <source>Publication au JO</source>
            <translation>Publication in the Journal officiel</translation>
        </message>
        <message>
            <source>{date} (d'après l'historique)</source>
            <translation>{date} (from the history)</translation>
        </message>
        <message>
            <source>Ajoutez l'étape d'habilitation dans l'onglet « Historique ».</source>
            <translation>Add the habilitation stage in the “History” tab.</translation>
        </message>
        <message>
            <source>Acte d'habilitation enregistré.</source>
            <translation>Habilitation act saved.</translation>
        </message>
    </context>
    <context>
        <name>HandoutExport</name>
        <message>
            <source>Document de réunion</source>
            <translation>Meeting handout</translation>
        </message>
        <message>
            <source>Document non créé</source>
            <translation>Handout not created</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Enregistrer le document de réunion</source>
            <translation>Save the meeting handout</translation>
        </message>
        <message>
            <source>Le document de réunion ({pages} p.) a été enregistré :
{path}</source>
            <translation>The meeting handout ({pages} p.) was saved:
{path}</translation>
        </message>
        <message>
            <source>Préparation du document de réunion…</source>
            <translation>Preparing the meeting handout…</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>Non renseignée</source>
            <translation>Not set</translation>
        </message>
        <message>
            <source>En bonne voie</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>À risque</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Bloqué</source>
            <translation>Blocked</translation>
        </message>
    </context>
    <context>
        <name>HealthGroup</name>
        <message>
            <source>État de santé</source>
            <translation>Health status</translation>
        </message>
        <message>
            <source>Obligatoire pour « À risque » et « Bloqué »</source>
            <translation>Required for “At risk” and “Blocked”</translation>
        </message>
        <message>
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Raison</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>État de santé enregistré.</source>
            <translation>Health status saved.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Plus récentes en premier</source>
            <translation>Most recent first</translation>
        </message>
        <message>
            <source>Plus anciennes en premier</source>
            <translation>Oldest first</translation>
        </message>
        <message>
            <source>Ordre :</source>
            <translation>Order:</translation>
        </message>
        <message>
            <source>Étapes du territoire</source>
            <translation>Territory stages</translation>
        </message>
        <message>
            <source>Aucune étape enregistrée. Ajoutez la première avec « Ajouter une étape… ».</source>
            <translation>No stage recorded. Add the first one with “Add a stage…”.</translation>
        </message>
        <message>
            <source>Ajouter une étape…</source>
            <translation>Add a stage…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <source>1 étape</source>
            <translation>1 stage</translation>
        </message>
        <message>
            <source>{count} étapes</source>
            <translation>{count} stages</translation>
        </message>
        <message>
            <source>{steps}, la dernière le {date}</source>
            <translation>{steps}, the latest on {date}</translation>
        </message>
        <message>
            <source>Étape enregistrée.</source>
            <translation>Stage saved.</translation>
        </message>
        <message>
            <source>Supprimer l'étape « {step} » ?

L'étape du territoire sera recalculée d'après les étapes restantes.</source>
            <translation>Delete the stage “{step}”?

The territory's stage will be recalculated from the remaining stages.</translation>
        </message>
        <message>
            <source>Supprimer une étape</source>
            <translation>Delete a stage</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Deletion failed</translation>
        </message>
        <message>
            <source>Étape supprimée.</source>
            <translation>Stage deleted.</translation>
        </message>
    </context>
    <context>
        <name>IcsExport</name>
        <message>
            <source>Visioconférence : {link}</source>
            <translation>Video conference: {link}</translation>
        </message>
        <message>
            <source>Ordre du jour :</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Agenda exporté</source>
            <translation>Calendar exported</translation>
        </message>
        <message>
            <source>Agenda non exporté</source>
            <translation>Calendar not exported</translation>
        </message>
        <message>
            <source>Aucune réunion à venir n'est enregistrée : il n'y a rien à exporter.</source>
            <translation>No upcoming meeting is recorded: there is nothing to export.</translation>
        </message>
        <message>
            <source>Cette réunion n'a pas de date : indiquez sa date, puis exportez-la de nouveau.</source>
            <translation>This meeting has no date: enter its date, then export it again.</translation>
        </message>
        <message>
            <source>Export vers l'agenda</source>
            <translation>Export to calendar</translation>
        </message>
        <message>
            <source>Export vers l'agenda impossible</source>
            <translation>Export to calendar failed</translation>
        </message>
        <message>
            <source>Exporter vers l'agenda</source>
            <translation>Export to calendar</translation>
        </message>
        <message>
            <source>Fichiers d'agenda iCalendar (*.ics)</source>
            <translation>iCalendar files (*.ics)</translation>
        </message>
        <message>
            <source>La réunion a été enregistrée dans le fichier :
{path}

Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone).</source>
            <translation>The meeting was saved in the file:
{path}

Open it or import it into your calendar (Thunderbird, Outlook, phone).</translation>
        </message>
        <message>
            <source>Les {count} réunions ont été enregistrées dans le fichier :
{path}

Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone).</source>
            <translation>The {count} meetings were saved in the file:
{path}

Open it or import it into your calendar (Thunderbird, Outlook, phone).</translation>
        </message>
    </context>
    <context>
        <name>IcsWriteError</name>
        <message>
            <source>Le fichier d'agenda « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier existe, que vous avez le droit d'y écrire et qu'il reste de la place sur le disque.</source>
            <translation>The calendar file “{path}” could not be written: {reason}. Check that the folder exists, that you may write to it and that there is space left on the disk.</translation>
        </message>
    </context>
    <context>
        <name>ImportAssistant</name>
        <message>
            <source>Importer depuis un tableur</source>
            <translation>Import from a spreadsheet</translation>
        </message>
        <message>
            <source>Suivant &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; Précédent</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import non effectué</source>
            <translation>Import not completed</translation>
        </message>
        <message>
            <source>Enregistrer le rapport d'erreurs</source>
            <translation>Save the error report</translation>
        </message>
        <message>
            <source>CSV pour Excel, séparateur point-virgule (*.csv)</source>
            <translation>CSV for Excel, semicolon separator (*.csv)</translation>
        </message>
        <message>
            <source>Rapport non enregistré</source>
            <translation>Report not saved</translation>
        </message>
        <message>
            <source>Rapport d'erreurs</source>
            <translation>Error report</translation>
        </message>
        <message>
            <source>Le rapport d'erreurs a été enregistré :
{path}</source>
            <translation>The error report was saved:
{path}</translation>
        </message>
        <message>
            <source>Classeur Excel, feuille « {sheet} »</source>
            <translation>Excel workbook, sheet “{sheet}”</translation>
        </message>
        <message>
            <source>Fichier CSV en {encoding}, séparateur {separator}</source>
            <translation>CSV file in {encoding}, {separator} separator</translation>
        </message>
        <message>
            <source>aaaa-mm-jj</source>
            <translation>yyyy-mm-dd</translation>
        </message>
        <message>
            <source>date du classeur</source>
            <translation>workbook date</translation>
        </message>
        <message>
            <source>en toutes lettres (« 3 mars 2026 »)</source>
            <translation>written out (“3 March 2026”)</translation>
        </message>
        <message>
            <source>erreur</source>
            <translation>error</translation>
        </message>
        <message>
            <source>ignoré</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>jj/mm/aa (années 2000)</source>
            <translation>dd/mm/yy (2000s)</translation>
        </message>
        <message>
            <source>jj/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>mis à jour</source>
            <translation>updated</translation>
        </message>
        <message>
            <source>nouveau</source>
            <translation>new</translation>
        </message>
        <message>
            <source>numéro de série Excel</source>
            <translation>Excel serial number</translation>
        </message>
        <message>
            <source>point-virgule « ; »</source>
            <translation>semicolon “;”</translation>
        </message>
        <message>
            <source>tabulation</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>virgule « , »</source>
            <translation>comma “,”</translation>
        </message>
        <message>
            <source>{count} ignoré</source>
            <translation>{count} skipped</translation>
        </message>
        <message>
            <source>{count} ignorés</source>
            <translation>{count} skipped</translation>
        </message>
        <message>
            <source>{count} nouveau</source>
            <translation>{count} new</translation>
        </message>
        <message>
            <source>{count} nouveaux</source>
            <translation>{count} new</translation>
        </message>
        <message>
            <source>{encoding} avec BOM</source>
            <translation>{encoding} with BOM</translation>
        </message>
        <message>
            <source>{file}, en-tête à la ligne {line}, {rows} lignes de données.</source>
            <translation>{file}, header on line {line}, {rows} data lines.</translation>
        </message>
        <message>
            <source>{new}, {updated} mis à jour, {unchanged}, {errors} en erreur</source>
            <translation>{new}, {updated} updated, {unchanged}, {errors} with errors</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Aperçu de l'import</source>
            <translation>Import preview</translation>
        </message>
        <message>
            <source>un expéditeur sans nom</source>
            <translation>an unnamed sender</translation>
        </message>
        <message>
            <source>Fichier « {file} », envoyé par {person}.</source>
            <translation>File “{file}”, sent by {person}.</translation>
        </message>
        <message>
            <source>Nouveaux éléments :</source>
            <translation>New items:</translation>
        </message>
        <message>
            <source>Éléments modifiés :</source>
            <translation>Changed items:</translation>
        </message>
        <message>
            <source>Éléments supprimés :</source>
            <translation>Deleted items:</translation>
        </message>
        <message>
            <source>Conflits à examiner :</source>
            <translation>Conflicts to review:</translation>
        </message>
        <message>
            <source>Éléments déjà à jour :</source>
            <translation>Items already up to date:</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Attention : {count} éléments supprimés par {person} disparaîtront aussi de vos listes.</source>
            <translation>Warning: {count} items deleted by {person} will also disappear from your lists.</translation>
        </message>
        <message>
            <source>Ce fichier ne vous apporte aucune modification. L'importer enregistre tout de même ce que {person} a déjà reçu, pour que vos prochains envois à {person} ne contiennent que la suite.</source>
            <translation>This file brings you no change. Importing it still records what {person} has already received, so that your next files for {person} contain only what follows.</translation>
        </message>
        <message>
            <source>Rien n'est encore enregistré. Une sauvegarde de vos données sera faite juste avant l'import, et vous pourrez l'annuler par « Échanges › Annuler le dernier import… » tant que vous n'aurez rien modifié.</source>
            <translation>Nothing is saved yet. A backup of your data will be made just before the import, and you can undo it with “Exchanges › Undo last import…” as long as you have not changed anything.</translation>
        </message>
    </context>
    <context>
        <name>Indicator</name>
        <message>
            <source>Personnes potentiellement concernées</source>
            <translation>People potentially concerned</translation>
        </message>
        <message>
            <source>Personnes volontaires (cumul)</source>
            <translation>Volunteers (cumulative)</translation>
        </message>
        <message>
            <source>Embauches (cumul)</source>
            <translation>Hires (cumulative)</translation>
        </message>
        <message>
            <source>Durée moyenne sans emploi</source>
            <translation>Average time without employment</translation>
        </message>
        <message>
            <source>Privation d'emploi totale</source>
            <translation>Total employment deprivation</translation>
        </message>
        <message>
            <source>Privation d'emploi partielle</source>
            <translation>Partial employment deprivation</translation>
        </message>
        <message>
            <source>Privation d'emploi régulière</source>
            <translation>Regular employment deprivation</translation>
        </message>
        <message>
            <source>Effectif de l'EBE</source>
            <translation>EBE headcount</translation>
        </message>
        <message>
            <source>personnes</source>
            <translation>people</translation>
        </message>
        <message>
            <source>mois</source>
            <translation>months</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>salariés</source>
            <translation>employees</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>{name} : {value} au {date}</source>
            <translation>{name}: {value} on {date}</translation>
        </message>
        <message>
            <source>{name} : aucune valeur</source>
            <translation>{name}: no value</translation>
        </message>
        <message>
            <source>Évolution de l'indicateur</source>
            <translation>Indicator over time</translation>
        </message>
        <message>
            <source>Aucune valeur à afficher pour cet indicateur.</source>
            <translation>No value to show for this indicator.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorValueDialog</name>
        <message>
            <source>Nouvelle valeur</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>Modifier la valeur</source>
            <translation>Edit value</translation>
        </message>
        <message>
            <source>EBE</source>
            <translation>EBE</translation>
        </message>
        <message>
            <source>par exemple 12,5</source>
            <translation>for example 12.5</translation>
        </message>
        <message>
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Indiquez un nombre, par exemple 12,5 ou 40.</source>
            <translation>Enter a number, for example 12.5 or 40.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsTab</name>
        <message>
            <source>&amp;Ajouter une valeur…</source>
            <translation>&amp;Add a value…</translation>
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Supprimer</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Valeurs des indicateurs</source>
            <translation>Indicator values</translation>
        </message>
        <message>
            <source>Indicateur et date</source>
            <translation>Indicator and date</translation>
        </message>
        <message>
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Indicateurs</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Indicateur inconnu ({value})</source>
            <translation>Unknown indicator ({value})</translation>
        </message>
        <message>
            <source>EBE supprimée</source>
            <translation>Deleted EBE</translation>
        </message>
        <message>
            <source>{indicator} : {ebe}</source>
            <translation>{indicator}: {ebe}</translation>
        </message>
        <message>
            <source>Dernière valeur</source>
            <translation>Latest value</translation>
        </message>
        <message>
            <source>Aucune valeur</source>
            <translation>No value</translation>
        </message>
        <message>
            <source>Supprimer la valeur {value} du {date} ?</source>
            <translation>Delete the value {value} of {date}?</translation>
        </message>
        <message>
            <source>Supprimer une valeur</source>
            <translation>Delete a value</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Deletion failed</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>À traiter</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Traité</source>
            <translation>Dealt with</translation>
        </message>
        <message>
            <source>Reporté</source>
            <translation>Postponed</translation>
        </message>
    </context>
    <context>
        <name>JournalTab</name>
        <message>
            <source>&amp;Nouvelle note…</source>
            <translation>&amp;New note…</translation>
        </message>
        <message>
            <source>Toutes les notes</source>
            <translation>All notes</translation>
        </message>
        <message>
            <source>&amp;Type :</source>
            <translation>&amp;Type:</translation>
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
            <translation>Author</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Aucune note</source>
            <translation>No notes</translation>
        </message>
        <message>
            <source>{shown} sur {total} notes</source>
            <translation>{shown} of {total} notes</translation>
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
            <translation>Delete a note</translation>
        </message>
        <message>
            <source>Supprimer la note du {date} ?

« {text} »</source>
            <translation>Delete the note of {date}?

“{text}”</translation>
        </message>
    </context>
    <context>
        <name>LibraryDocumentDialog</name>
        <message>
            <source>séparés par des virgules</source>
            <translation>separated by commas</translation>
        </message>
        <message>
            <source>sans date</source>
            <translation>undated</translation>
        </message>
        <message>
            <source>aucun fichier choisi</source>
            <translation>no file chosen</translation>
        </message>
        <message>
            <source>Choisir un fichier…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Mots-clés</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <source>Étapes concernées</source>
            <translation>Stages concerned</translation>
        </message>
        <message>
            <source>Auteur ou source</source>
            <translation>Author or source</translation>
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
            <translation>Language</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>ou adresse web</source>
            <translation>or web address</translation>
        </message>
        <message>
            <source>Choisir le fichier du document</source>
            <translation>Choose the document file</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.odt *.txt *.xlsx *.pptx);;Tous les fichiers (*)</source>
            <translation>Documents (*.pdf *.docx *.odt *.txt *.xlsx *.pptx);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>LibraryTableModel</name>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
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
            <translation>Validity</translation>
        </message>
        <message>
            <source>Extrait</source>
            <translation>Excerpt</translation>
        </message>
        <message>
            <source>à jour</source>
            <translation>current</translation>
        </message>
        <message>
            <source>remplacé par « {title} »</source>
            <translation>replaced by “{title}”</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Rechercher dans les documents</source>
            <translation>Search the documents</translation>
        </message>
        <message>
            <source>Rechercher dans les titres, mots-clés et textes…</source>
            <translation>Search titles, keywords and texts…</translation>
        </message>
        <message>
            <source>Toutes les catégories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Toutes les étapes</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>À jour et remplacés</source>
            <translation>Current and replaced</translation>
        </message>
        <message>
            <source>À jour</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Remplacés</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Nouveautés</source>
            <translation>New arrivals</translation>
        </message>
        <message>
            <source>Les documents arrivés avec le dernier fichier d'échange importé</source>
            <translation>The documents that came with the last imported exchange file</translation>
        </message>
        <message>
            <source>Documents de la base</source>
            <translation>Documents of the library</translation>
        </message>
        <message>
            <source>Ajouter…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Importer un dossier…</source>
            <translation>Import a folder…</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Nouvelle version…</source>
            <translation>New version…</translation>
        </message>
        <message>
            <source>Donner à un territoire…</source>
            <translation>Give to a territory…</translation>
        </message>
        <message>
            <source>Joindre à une réunion…</source>
            <translation>Attach to a meeting…</translation>
        </message>
        <message>
            <source>{count} document(s)</source>
            <translation>{count} document(s)</translation>
        </message>
        <message>
            <source>Choisissez un document dans la liste.</source>
            <translation>Choose a document in the list.</translation>
        </message>
        <message>
            <source>Catégorie : {value}</source>
            <translation>Category: {value}</translation>
        </message>
        <message>
            <source>Mots-clés : {value}</source>
            <translation>Keywords: {value}</translation>
        </message>
        <message>
            <source>Étapes : {value}</source>
            <translation>Stages: {value}</translation>
        </message>
        <message>
            <source>Source : {value}</source>
            <translation>Source: {value}</translation>
        </message>
        <message>
            <source>Version : {value}</source>
            <translation>Version: {value}</translation>
        </message>
        <message>
            <source>Date : {value}</source>
            <translation>Date: {value}</translation>
        </message>
        <message>
            <source>Adresse web : {value}</source>
            <translation>Web address: {value}</translation>
        </message>
        <message>
            <source>Fichier manquant : il arrivera avec un prochain fichier d'échange.</source>
            <translation>File missing: it will arrive with a future exchange file.</translation>
        </message>
        <message>
            <source>Fichier : {value}</source>
            <translation>File: {value}</translation>
        </message>
        <message>
            <source>Historique des versions :</source>
            <translation>Version history:</translation>
        </message>
        <message>
            <source>à jour</source>
            <translation>current</translation>
        </message>
        <message>
            <source>remplacée</source>
            <translation>replaced</translation>
        </message>
        <message>
            <source>Transmis :</source>
            <translation>Given to:</translation>
        </message>
        <message>
            <source>Ouvrir le document</source>
            <translation>Open the document</translation>
        </message>
        <message>
            <source>Le fichier de ce document n'est pas encore sur cet ordinateur. Il arrivera avec un prochain fichier d'échange de la personne qui l'a publié.</source>
            <translation>The file of this document is not on this computer yet. It will arrive with a future exchange file from the person who published it.</translation>
        </message>
        <message>
            <source>Le document n'a pas pu être préparé pour l'ouverture ({error}).</source>
            <translation>The document could not be prepared for opening ({error}).</translation>
        </message>
        <message>
            <source>Ajouter un document à la base</source>
            <translation>Add a document to the library</translation>
        </message>
        <message>
            <source>Modifier le document</source>
            <translation>Edit the document</translation>
        </message>
        <message>
            <source>Nouvelle version de « {title} »</source>
            <translation>New version of “{title}”</translation>
        </message>
        <message>
            <source>Enregistrement du document…</source>
            <translation>Saving the document…</translation>
        </message>
        <message>
            <source>Donner à un territoire</source>
            <translation>Give to a territory</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Joindre à une réunion</source>
            <translation>Attach to a meeting</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Choisir le dossier à importer</source>
            <translation>Choose the folder to import</translation>
        </message>
        <message>
            <source>Lecture du dossier…</source>
            <translation>Reading the folder…</translation>
        </message>
        <message>
            <source>Importer un dossier</source>
            <translation>Import a folder</translation>
        </message>
        <message>
            <source>Ce dossier ne contient aucun fichier.</source>
            <translation>This folder contains no files.</translation>
        </message>
        <message>
            <source>Ajout des documents…</source>
            <translation>Adding the documents…</translation>
        </message>
        <message>
            <source>{added} document(s) ajouté(s) à la base, {duplicates} fichier(s) en double non copié(s).</source>
            <translation>{added} document(s) added to the library, {duplicates} duplicate file(s) not copied.</translation>
        </message>
        <message>
            <source>{count} fichier(s) n'ont pas pu être lus.</source>
            <translation>{count} file(s) could not be read.</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>&amp;Modifier…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Supprimer</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Deletion failed</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Accueil</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territories</translation>
        </message>
        <message>
            <source>Mes actions</source>
            <translation>My actions</translation>
        </message>
        <message>
            <source>Grappes et réunions</source>
            <translation>Clusters and meetings</translation>
        </message>
        <message>
            <source>Calendrier</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Besoins remontés</source>
            <translation>Needs raised</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Importer une liste de territoires…</source>
            <translation>Import a territory list…</translation>
        </message>
        <message>
            <source>Importer un tableur (territoires, contacts, indicateurs)…</source>
            <translation>Import a spreadsheet (territories, contacts, indicators)…</translation>
        </message>
        <message>
            <source>Exporter en PDF…</source>
            <translation>Export as PDF…</translation>
        </message>
        <message>
            <source>Le document de l'écran affiché : fiche, réunion ou synthèse régionale</source>
            <translation>The document of the screen shown: territory record, meeting or regional summary</translation>
        </message>
        <message>
            <source>Mon profil…</source>
            <translation>My profile…</translation>
        </message>
        <message>
            <source>Restaurer une sauvegarde…</source>
            <translation>Restore a backup…</translation>
        </message>
        <message>
            <source>Protéger par mot de passe…</source>
            <translation>Protect with a password…</translation>
        </message>
        <message>
            <source>Chiffrer vos données à la fermeture, pour un ordinateur qui pourrait être perdu ou volé</source>
            <translation>Encrypt your data on closing, for a computer that could be lost or stolen</translation>
        </message>
        <message>
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>É&amp;dition</source>
            <translation>E&amp;dit</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Nouveau territoire…</source>
            <translation>New territory…</translation>
        </message>
        <message>
            <source>Rechercher partout…</source>
            <translation>Search everywhere…</translation>
        </message>
        <message>
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <source>Doublons possibles…</source>
            <translation>Possible duplicates…</translation>
        </message>
        <message>
            <source>&amp;Aide</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Guide d'utilisation</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>À propos de TZCLD Desktop</source>
            <translation>About TZCLD Desktop</translation>
        </message>
        <message>
            <source>É&amp;changes</source>
            <translation>&amp;Exchanges</translation>
        </message>
        <message>
            <source>Exporter tout…</source>
            <translation>Export everything…</translation>
        </message>
        <message>
            <source>Toutes vos données, pour un collègue qui commence ou qui n'a encore rien reçu de vous</source>
            <translation>All your data, for a colleague who is starting or has not received anything from you yet</translation>
        </message>
        <message>
            <source>Exporter pour…</source>
            <translation>Export for…</translation>
        </message>
        <message>
            <source>Protéger les fichiers exportés par un mot de passe</source>
            <translation>Protect exported files with a password</translation>
        </message>
        <message>
            <source>Importer des données…</source>
            <translation>Import data…</translation>
        </message>
        <message>
            <source>Annuler le dernier import…</source>
            <translation>Undo last import…</translation>
        </message>
        <message>
            <source>Synchroniser avec le dossier partagé</source>
            <translation>Synchronise with the shared folder</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>Dossier partagé…</source>
            <translation>Shared folder…</translation>
        </message>
        <message>
            <source>Ne plus utiliser le dossier partagé…</source>
            <translation>Stop using the shared folder…</translation>
        </message>
        <message>
            <source>Conflits et suppressions…</source>
            <translation>Conflicts and deletions…</translation>
        </message>
        <message>
            <source>Journal des échanges…</source>
            <translation>Exchange log…</translation>
        </message>
        <message>
            <source>Ouvrir la liste des conflits et des suppressions à examiner</source>
            <translation>Open the list of conflicts and deletions to review</translation>
        </message>
        <message>
            <source>Dossier de données : {folder}</source>
            <translation>Data folder: {folder}</translation>
        </message>
        <message>
            <source>TZCLD Desktop — {name}</source>
            <translation>TZCLD Desktop — {name}</translation>
        </message>
        <message>
            <source>Seulement ce qu'un collègue n'a pas encore reçu, d'après le dernier fichier reçu de lui</source>
            <translation>Only what a colleague has not received yet, according to the last file received from them</translation>
        </message>
        <message>
            <source>Disponible après l'import d'un premier fichier d'un collègue : il indique ce qu'il a déjà</source>
            <translation>Available after importing a first file from a colleague: it states what they already have</translation>
        </message>
        <message>
            <source>Annuler l'import de « {file} »</source>
            <translation>Undo the import of “{file}”</translation>
        </message>
        <message>
            <source>Possible juste après un import, tant que vous n'avez rien modifié depuis</source>
            <translation>Possible just after an import, as long as you have not changed anything since</translation>
        </message>
        <message>
            <source>Dossier partagé actuel : {folder}</source>
            <translation>Current shared folder: {folder}</translation>
        </message>
        <message>
            <source>Choisir un dossier synchronisé par Nextcloud, Syncthing ou OneDrive avec vos collègues</source>
            <translation>Choose a folder synchronised with your colleagues by Nextcloud, Syncthing or OneDrive</translation>
        </message>
        <message>
            <source>Choisissez d'abord le dossier partagé</source>
            <translation>Choose the shared folder first</translation>
        </message>
        <message>
            <source>Importer une liste de territoires</source>
            <translation>Import a territory list</translation>
        </message>
        <message>
            <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Import de la liste de territoires</source>
            <translation>Territory list import</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Annuler : {edit}</source>
            <translation>Undo: {edit}</translation>
        </message>
        <message>
            <source>Modification annulée : {edit}.</source>
            <translation>Change undone: {edit}.</translation>
        </message>
        <message>
            <source>La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop. The chosen language applies the next time TZCLD Desktop starts.</source>
            <translation>The chosen language applies the next time TZCLD Desktop starts. La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop.</translation>
        </message>
        <message>
            <source>… et {count} autres lignes, à lire sous « Montrer les détails… ».</source>
            <translation>… and {count} more lines, to read under “Show Details…”.</translation>
        </message>
        <message>
            <source>Chargement des données…</source>
            <translation>Loading data…</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Associer les colonnes</source>
            <translation>Match the columns</translation>
        </message>
        <message>
            <source>Vérifiez la ligne d'en-tête et la colonne de chaque information. Une cellule vide ne modifie pas la valeur déjà enregistrée. Les champs marqués * sont obligatoires.</source>
            <translation>Check the header line and the column of each piece of information. An empty cell does not change the value already saved. Fields marked * are required.</translation>
        </message>
        <message>
            <source>Ligne d'en-tête</source>
            <translation>Header line</translation>
        </message>
        <message>
            <source>Ligne {line} : {cells}</source>
            <translation>Line {line}: {cells}</translation>
        </message>
        <message>
            <source>(ne pas importer)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <source>{format} ({count})</source>
            <translation>{format} ({count})</translation>
        </message>
        <message>
            <source>Dates lues au format : {formats}. Les dates avec des barres obliques sont lues jour puis mois.</source>
            <translation>Dates read in the format: {formats}. Dates with slashes are read day first, then month.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Nouvelle réunion</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Réunion de grappe</source>
            <translation>Cluster meeting</translation>
        </message>
        <message>
            <source>Cette réunion a été supprimée entre-temps.</source>
            <translation>This meeting was deleted in the meantime.</translation>
        </message>
        <message>
            <source>Ajouter une action</source>
            <translation>Add an action</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Compte rendu</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Décisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Les actions sont enregistrées avec la réunion.</source>
            <translation>Actions are saved with the meeting.</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>HH:MM, par exemple 09:30</source>
            <translation>HH:MM, for example 09:30</translation>
        </message>
        <message>
            <source>Adresse ou salle</source>
            <translation>Address or room</translation>
        </message>
        <message>
            <source>Lien de visioconférence, s'il y en a un</source>
            <translation>Video conference link, if there is one</translation>
        </message>
        <message>
            <source>Planifier</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Marquer comme tenue</source>
            <translation>Mark as held</translation>
        </message>
        <message>
            <source>Valider le compte rendu</source>
            <translation>Approve the minutes</translation>
        </message>
        <message>
            <source>Rouvrir…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Ordre du jour</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Présences</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Besoins remontés</source>
            <translation>Needs raised</translation>
        </message>
        <message>
            <source>Appliquer</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Heure de début</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Durée</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Visioconférence</source>
            <translation>Video conference</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Territoires invités</source>
            <translation>Invited territories</translation>
        </message>
        <message>
            <source>Présence des territoires (enregistrée avec la réunion)</source>
            <translation>Territory attendance (saved with the meeting)</translation>
        </message>
        <message>
            <source>Personnes (enregistrées aussitôt)</source>
            <translation>People (saved at once)</translation>
        </message>
        <message>
            <source>Compte rendu général</source>
            <translation>General minutes</translation>
        </message>
        <message>
            <source>Actions hors ordre du jour</source>
            <translation>Actions outside the agenda</translation>
        </message>
        <message>
            <source>Par point de l'ordre du jour</source>
            <translation>By agenda item</translation>
        </message>
        <message>
            <source>Compte rendu général et actions</source>
            <translation>General minutes and actions</translation>
        </message>
        <message>
            <source>Aucune grappe</source>
            <translation>No cluster</translation>
        </message>
        <message>
            <source>Aucun territoire à proposer : ajoutez des territoires à la région de la grappe.</source>
            <translation>No territory to suggest: add territories to the cluster's region.</translation>
        </message>
        <message>
            <source>Cette grappe n'a pas encore de territoires membres. Voici les territoires de la région {region} : cochez ceux qui étaient présents.</source>
            <translation>This cluster has no member territories yet. Here are the territories of the {region} region: tick those that were present.</translation>
        </message>
        <message>
            <source>Cette réunion n'a pas de date enregistrée : vérifiez la date proposée.</source>
            <translation>This meeting has no saved date: check the suggested date.</translation>
        </message>
        <message>
            <source>Compte rendu validé : cliquez sur « Rouvrir… » en haut de la fenêtre pour modifier ce champ.</source>
            <translation>Minutes validated: click “Reopen…” at the top of the window to edit this field.</translation>
        </message>
        <message>
            <source>La marquer comme tenue quand même ?</source>
            <translation>Mark it as held anyway?</translation>
        </message>
        <message>
            <source>Cette réunion est datée du {date}, une date qui n'est pas encore passée. Si elle a eu lieu plus tôt, répondez « Non » et corrigez d'abord la date dans l'onglet « Réunion ».</source>
            <translation>This meeting is dated {date}, a date that has not passed yet. If it took place earlier, answer “No” and first correct the date in the “Meeting” tab.</translation>
        </message>
        <message>
            <source>{hint}

Préparation :
{preparation}</source>
            <translation>{hint}

Preparation:
{preparation}</translation>
        </message>
        <message>
            <source>1 territoire invité</source>
            <translation>1 invited territory</translation>
        </message>
        <message>
            <source>{count} territoires invités</source>
            <translation>{count} invited territories</translation>
        </message>
        <message>
            <source>Territoires présents : {present} sur {invited} invités. Personnes venues : {people}</source>
            <translation>Territories present: {present} of {invited} invited. Attendees: {people}</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Statut : {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>{date} — {text} ({author})</source>
            <translation>{date} — {text} ({author})</translation>
        </message>
        <message>
            <source>auteur inconnu</source>
            <translation>unknown author</translation>
        </message>
        <message>
            <source>date inconnue</source>
            <translation>unknown date</translation>
        </message>
        <message>
            <source>Compte rendu validé le {date} — il ne peut plus être modifié sans être rouvert.</source>
            <translation>Minutes approved on {date} — they can no longer be changed unless they are reopened.</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Statut non modifié</source>
            <translation>Status not changed</translation>
        </message>
        <message>
            <source>Valider le compte rendu ? Il ne pourra plus être modifié, sauf en le rouvrant avec une raison, qui sera enregistrée.</source>
            <translation>Approve the minutes? They can no longer be changed, except by reopening them with a reason, which will be recorded.</translation>
        </message>
        <message>
            <source>Rouvrir le compte rendu</source>
            <translation>Reopen the minutes</translation>
        </message>
        <message>
            <source>Pourquoi rouvrez-vous ce compte rendu validé ? La raison est enregistrée avec la réunion.</source>
            <translation>Why are you reopening these approved minutes? The reason is recorded with the meeting.</translation>
        </message>
        <message>
            <source>Compte rendu non rouvert</source>
            <translation>Minutes not reopened</translation>
        </message>
        <message>
            <source>{title} du {date}</source>
            <translation>{title} of {date}</translation>
        </message>
        <message>
            <source>Aucun territoire coché</source>
            <translation>No territory ticked</translation>
        </message>
        <message>
            <source>Réunion non enregistrée</source>
            <translation>Meeting not saved</translation>
        </message>
    </context>
    <context>
        <name>MeetingKind</name>
        <message>
            <source>Réunion de grappe</source>
            <translation>Cluster meeting</translation>
        </message>
        <message>
            <source>Comité de pilotage</source>
            <translation>Steering committee</translation>
        </message>
        <message>
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Visite de territoire</source>
            <translation>Territory visit</translation>
        </message>
        <message>
            <source>Événement national</source>
            <translation>National event</translation>
        </message>
    </context>
    <context>
        <name>MeetingLocked</name>
        <message>
            <source>Le compte rendu de cette réunion est validé : il ne peut plus être modifié. Pour le corriger, rouvrez-le d'abord avec le bouton « Rouvrir… ».</source>
            <translation>The minutes of this meeting are approved: they can no longer be changed. To correct them, first reopen them with the “Reopen…” button.</translation>
        </message>
    </context>
    <context>
        <name>MeetingNeedsWidget</name>
        <message>
            <source>Besoins remontés</source>
            <translation>Needs raised</translation>
        </message>
        <message>
            <source>Aucun besoin noté pour cette réunion.</source>
            <translation>No needs recorded for this meeting.</translation>
        </message>
        <message>
            <source>Noter un besoin…</source>
            <translation>Record a need…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>MeetingPrompts</name>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ce champ est obligatoire.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Durée prévue</source>
            <translation>Planned duration</translation>
        </message>
        <message>
            <source>Décision, information ou action</source>
            <translation>Decision, information or action</translation>
        </message>
        <message>
            <source>Intervenant</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Non précisée</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>Nouveau point</source>
            <translation>New item</translation>
        </message>
        <message>
            <source>Point de l'ordre du jour</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Valider</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
    </context>
    <context>
        <name>MeetingRecord</name>
        <message>
            <source>Actions ouvertes :</source>
            <translation>Open actions:</translation>
        </message>
        <message>
            <source>Actions ouvertes : aucune.</source>
            <translation>Open actions: none.</translation>
        </message>
        <message>
            <source>Depuis la réunion du {date} :</source>
            <translation>Since the meeting of {date}:</translation>
        </message>
        <message>
            <source>Depuis la réunion du {date} : aucun changement enregistré.</source>
            <translation>Since the meeting of {date}: no change recorded.</translation>
        </message>
        <message>
            <source>Première réunion enregistrée de la grappe : pas de changement à comparer.</source>
            <translation>First recorded meeting of the cluster: no changes to compare.</translation>
        </message>
        <message>
            <source>Suivi des actions</source>
            <translation>Action follow-up</translation>
        </message>
        <message>
            <source>Étape : {stage}</source>
            <translation>Stage: {stage}</translation>
        </message>
        <message>
            <source>échéance {date}</source>
            <translation>due {date}</translation>
        </message>
        <message>
            <source>– {date} : action en retard « {text} »{owner}</source>
            <translation>– {date}: overdue action “{text}”{owner}</translation>
        </message>
        <message>
            <source>– {date} : action faite « {text} »</source>
            <translation>– {date}: action done “{text}”</translation>
        </message>
        <message>
            <source>– {date} : note ({kind}) « {text} »</source>
            <translation>– {date}: note ({kind}) “{text}”</translation>
        </message>
        <message>
            <source>– {date} : {indicator} = {value} {unit}</source>
            <translation>– {date}: {indicator} = {value} {unit}</translation>
        </message>
        <message>
            <source>– {date} : étape « {step} »</source>
            <translation>– {date}: stage “{step}”</translation>
        </message>
    </context>
    <context>
        <name>MeetingStatus</name>
        <message>
            <source>Brouillon</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Planifiée</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Tenue</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Compte rendu validé</source>
            <translation>Minutes approved</translation>
        </message>
    </context>
    <context>
        <name>MeetingWrites</name>
        <message>
            <source>Compte rendu rouvert : {reason}</source>
            <translation>Minutes reopened: {reason}</translation>
        </message>
        <message>
            <source>Compte rendu validé</source>
            <translation>Minutes approved</translation>
        </message>
        <message>
            <source>Point d'étape</source>
            <translation>Progress update</translation>
        </message>
        <message>
            <source>Suivi</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>{kind} : {text}</source>
            <translation>{kind}: {text}</translation>
        </message>
        <message>
            <source>échéance {date}</source>
            <translation>due {date}</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source>Grappes de vos régions</source>
            <translation>Clusters of your regions</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Aucune grappe dans vos régions. Cliquez sur « Nouvelle grappe » pour en créer une.</source>
            <translation>No cluster in your regions. Click “New cluster” to create one.</translation>
        </message>
        <message>
            <source>Nouvelle grappe</source>
            <translation>New cluster</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Page de la grappe</source>
            <translation>Cluster page</translation>
        </message>
        <message>
            <source>Animation, territoires membres et historique des réunions</source>
            <translation>Facilitation, member territories and meeting history</translation>
        </message>
        <message>
            <source>Territoires de la grappe</source>
            <translation>Territories of the cluster</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Territoires de la grappe…</source>
            <translation>Cluster territories…</translation>
        </message>
        <message>
            <source>Réunions</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Territoires invités</source>
            <translation>Invited territories</translation>
        </message>
        <message>
            <source>Nouvelle réunion</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Document de réunion (PDF)…</source>
            <translation>Meeting handout (PDF)…</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Export the list…</translation>
        </message>
        <message>
            <source>Préparer la réunion suivante…</source>
            <translation>Prepare the next meeting…</translation>
        </message>
        <message>
            <source>Présenter</source>
            <translation>Presentation mode</translation>
        </message>
        <message>
            <source>L'ordre du jour en plein écran, point par point, avec un minuteur</source>
            <translation>The agenda full screen, item by item, with a timer</translation>
        </message>
        <message>
            <source>Agenda (.ics)…</source>
            <translation>Calendar (.ics)…</translation>
        </message>
        <message>
            <source>Exporter la réunion pour Thunderbird ou Outlook</source>
            <translation>Export the meeting for Thunderbird or Outlook</translation>
        </message>
        <message>
            <source>Aucune grappe choisie</source>
            <translation>No cluster chosen</translation>
        </message>
        <message>
            <source>Animation : {names}</source>
            <translation>Facilitation: {names}</translation>
        </message>
        <message>
            <source>Aucun territoire membre</source>
            <translation>No member territory</translation>
        </message>
        <message>
            <source>1 territoire</source>
            <translation>1 territory</translation>
        </message>
        <message>
            <source>{count} territoires</source>
            <translation>{count} territories</translation>
        </message>
        <message>
            <source>Supprimer la grappe « {name} » ? Ses réunions enregistrées ({count}) ne seront plus affichées.</source>
            <translation>Delete the cluster “{name}”? Its saved meetings ({count}) will no longer be shown.</translation>
        </message>
        <message>
            <source>Supprimer la grappe « {name} » ?</source>
            <translation>Delete the cluster “{name}”?</translation>
        </message>
        <message>
            <source>Supprimer la grappe</source>
            <translation>Delete cluster</translation>
        </message>
        <message>
            <source>Grappe non supprimée</source>
            <translation>Cluster not deleted</translation>
        </message>
        <message>
            <source>Supprimer la réunion « {title} » du {date} ? Les actions décidées lors de cette réunion restent enregistrées.</source>
            <translation>Delete the meeting “{title}” of {date}? The actions decided at this meeting stay saved.</translation>
        </message>
        <message>
            <source>Supprimer la réunion</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <source>Réunion non supprimée</source>
            <translation>Meeting not deleted</translation>
        </message>
        <message>
            <source>Réunions de la grappe {name}</source>
            <translation>Meetings of the cluster {name}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Territoires en double ?</source>
            <translation>Duplicate territories?</translation>
        </message>
        <message>
            <source>Ces deux fiches semblent décrire le même territoire. Choisissez la fiche à garder : la fusion lui rattache les notes, actions, documents, contacts et valeurs de l'autre, complète ses champs vides, puis supprime l'autre fiche.</source>
            <translation>These two records seem to describe the same territory. Choose the record to keep: the merge moves the notes, actions, documents, contacts and values of the other one to it, fills in its empty fields, then deletes the other record.</translation>
        </message>
        <message>
            <source>Garder cette fiche</source>
            <translation>Keep this record</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Notes du journal</source>
            <translation>Journal notes</translation>
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
            <translation>Merge</translation>
        </message>
        <message>
            <source>Garder les deux</source>
            <translation>Keep both</translation>
        </message>
        <message>
            <source>Fusion impossible</source>
            <translation>Merge failed</translation>
        </message>
        <message>
            <source>Enregistrer et comparer…</source>
            <translation>Save and compare…</translation>
        </message>
        <message>
            <source>Ouvrir la fiche existante</source>
            <translation>Open the existing record</translation>
        </message>
        <message>
            <source>Revenir au formulaire</source>
            <translation>Back to the form</translation>
        </message>
        <message>
            <source>Territoire déjà enregistré ?</source>
            <translation>Territory already recorded?</translation>
        </message>
        <message>
            <source>Un territoire semblable existe déjà : « {name} » ({place}, {stage}).</source>
            <translation>A similar territory already exists: “{name}” ({place}, {stage}).</translation>
        </message>
        <message>
            <source>« Enregistrer et comparer » enregistre ce nouveau territoire puis montre les deux fiches côte à côte : vous choisirez de les fusionner ou de les garder toutes les deux.</source>
            <translation>“Save and compare” saves this new territory, then shows both records side by side: you will choose whether to merge them or keep both.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Ne pas enregistrer</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Afficher le mot de passe</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Les deux mots de passe ne sont pas identiques.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Mot de passe</source>
            <translation>Passphrase</translation>
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
            <translation>Building consensus and the CLE</translation>
        </message>
        <message>
            <source>Identification des travaux utiles</source>
            <translation>Identifying useful work</translation>
        </message>
        <message>
            <source>Rencontre des personnes volontaires (PPDE)</source>
            <translation>Meeting the volunteers (PPDE)</translation>
        </message>
        <message>
            <source>Ouverture des EBE</source>
            <translation>Opening the EBEs</translation>
        </message>
    </context>
    <context>
        <name>MethodTab</name>
        <message>
            <source>Un critère rempli compte entier, un critère en cours pour moitié.</source>
            <translation>A met criterion counts in full, a criterion in progress counts for half.</translation>
        </message>
        <message>
            <source>Méthode</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Phases de la méthode</source>
            <translation>Method phases</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Critères du cahier des charges : un territoire de consensus</source>
            <translation>Criteria of the specifications (cahier des charges): a consensus territory</translation>
        </message>
        <message>
            <source>Préparation du dossier : {percent} %</source>
            <translation>Application readiness: {percent}%</translation>
        </message>
        <message>
            <source>Joindre une preuve</source>
            <translation>Attach evidence</translation>
        </message>
        <message>
            <source>Tous les fichiers (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Preuve non jointe</source>
            <translation>Evidence not attached</translation>
        </message>
        <message>
            <source>Preuve jointe : {file}</source>
            <translation>Evidence attached: {file}</translation>
        </message>
        <message>
            <source>Preuve non retirée</source>
            <translation>Evidence not removed</translation>
        </message>
        <message>
            <source>Preuve retirée du critère ; le document reste dans la fiche.</source>
            <translation>Evidence removed from the criterion; the document stays in the record.</translation>
        </message>
        <message>
            <source>Preuve introuvable</source>
            <translation>Evidence not found</translation>
        </message>
        <message>
            <source>Le fichier « {file} » n'est pas dans le dossier de données de cette copie. Demandez-le à la personne qui l'a joint, ou joignez-le de nouveau.</source>
            <translation>The file “{file}” is not in the data folder of this copy. Ask the person who attached it for it, or attach it again.</translation>
        </message>
        <message>
            <source>Ouverture impossible</source>
            <translation>Opening failed</translation>
        </message>
        <message>
            <source>Aucune application n'a pu ouvrir « {file} ». Le fichier se trouve ici :
{path}</source>
            <translation>No application could open “{file}”. The file is here:
{path}</translation>
        </message>
    </context>
    <context>
        <name>MinutesEditor</name>
        <message>
            <source>Points de l'ordre du jour</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <source>Choisissez un point de l'ordre du jour.</source>
            <translation>Choose an agenda item.</translation>
        </message>
        <message>
            <source>Compte rendu du point choisi</source>
            <translation>Minutes of the selected item</translation>
        </message>
        <message>
            <source>Ce qui a été dit sur ce point</source>
            <translation>What was said on this item</translation>
        </message>
        <message>
            <source>Enregistrer ce point</source>
            <translation>Save this item</translation>
        </message>
        <message>
            <source>Décisions et suites du point</source>
            <translation>Decisions and follow-up of the item</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Nouvelle décision ou action…</source>
            <translation>New decision or action…</translation>
        </message>
        <message>
            <source>Modifier la sélection…</source>
            <translation>Edit the selection…</translation>
        </message>
        <message>
            <source>Retirer la sélection</source>
            <translation>Remove the selection</translation>
        </message>
        <message>
            <source>Avancement</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Décisions, informations et actions</source>
            <translation>Decisions, information and actions</translation>
        </message>
        <message>
            <source>Compte rendu du point non enregistré</source>
            <translation>Item minutes not saved</translation>
        </message>
        <message>
            <source>Décision ou action non enregistrée</source>
            <translation>Decision or action not saved</translation>
        </message>
        <message>
            <source>Retirer « {text} » du compte rendu ?</source>
            <translation>Remove “{text}” from the minutes?</translation>
        </message>
        <message>
            <source>Élément non retiré</source>
            <translation>Item not removed</translation>
        </message>
    </context>
    <context>
        <name>MyActionsView</name>
        <message>
            <source>Réunion : {title}</source>
            <translation>Meeting: {title}</translation>
        </message>
        <message>
            <source>&amp;Seulement les miennes</source>
            <translation>&amp;Only mine</translation>
        </message>
        <message>
            <source>Aucune action ouverte.</source>
            <translation>No open actions.</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Responsable</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Actions dont le responsable est {name}</source>
            <translation>Actions owned by {name}</translation>
        </message>
        <message>
            <source>Indiquez votre nom dans votre profil.</source>
            <translation>Enter your name in your profile.</translation>
        </message>
        <message>
            <source>1 action ouverte</source>
            <translation>1 open action</translation>
        </message>
        <message>
            <source>{count} actions ouvertes</source>
            <translation>{count} open actions</translation>
        </message>
        <message>
            <source>{total}, dont {overdue} en retard</source>
            <translation>{total}, of which {overdue} overdue</translation>
        </message>
    </context>
    <context>
        <name>NeedCategory</name>
        <message>
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Outil</source>
            <translation>Tool</translation>
        </message>
        <message>
            <source>Juridique</source>
            <translation>Legal</translation>
        </message>
        <message>
            <source>Financement</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Accompagnement</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <source>Nouveau besoin</source>
            <translation>New need</translation>
        </message>
        <message>
            <source>Modifier le besoin</source>
            <translation>Edit need</translation>
        </message>
        <message>
            <source>Par exemple : formation des membres du CLE au repérage des personnes volontaires</source>
            <translation>For example: training the CLE members to identify volunteers</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Exprimé le</source>
            <translation>Expressed on</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Aucun territoire en particulier</source>
            <translation>No particular territory</translation>
        </message>
        <message>
            <source>Celle de la réunion ou du territoire</source>
            <translation>The meeting's or territory's cluster</translation>
        </message>
        <message>
            <source>Réunion supprimée</source>
            <translation>Meeting deleted</translation>
        </message>
        <message>
            <source>Ce besoin a été supprimé entre-temps.</source>
            <translation>This need was deleted in the meantime.</translation>
        </message>
        <message>
            <source>Besoin non enregistré</source>
            <translation>Need not saved</translation>
        </message>
    </context>
    <context>
        <name>NeedStatus</name>
        <message>
            <source>Ouvert</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Traité</source>
            <translation>Dealt with</translation>
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
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>NeedsView</name>
        <message>
            <source>Besoins remontés</source>
            <translation>Needs raised</translation>
        </message>
        <message>
            <source>Rechercher dans les besoins</source>
            <translation>Search the needs</translation>
        </message>
        <message>
            <source>Rechercher dans les besoins ou les territoires…</source>
            <translation>Search the needs or territories…</translation>
        </message>
        <message>
            <source>Toutes les catégories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Tous les statuts</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Nouveau besoin…</source>
            <translation>New need…</translation>
        </message>
        <message>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Export the list…</translation>
        </message>
        <message>
            <source>Toutes les grappes</source>
            <translation>All clusters</translation>
        </message>
        <message>
            <source>Toutes les régions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>Aucun besoin ne correspond à ces filtres.</source>
            <translation>No needs match these filters.</translation>
        </message>
        <message>
            <source>Aucun besoin enregistré. Cliquez sur « Nouveau besoin… » pour en noter un.</source>
            <translation>No needs recorded. Click “New need…” to record one.</translation>
        </message>
        <message>
            <source>1 besoin</source>
            <translation>1 need</translation>
        </message>
        <message>
            <source>{count} besoins</source>
            <translation>{count} needs</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Remontées de besoins</source>
            <translation>Needs raised</translation>
        </message>
        <message>
            <source>Besoin non supprimé</source>
            <translation>Need not deleted</translation>
        </message>
        <message>
            <source>Supprimer le besoin</source>
            <translation>Delete need</translation>
        </message>
        <message>
            <source>Supprimer le besoin « {text} » ?</source>
            <translation>Delete the need “{text}”?</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingDialog</name>
        <message>
            <source>Préparer la réunion suivante</source>
            <translation>Prepare the next meeting</translation>
        </message>
        <message>
            <source>Date de la réunion suivante</source>
            <translation>Date of the next meeting</translation>
        </message>
        <message>
            <source>La réunion suivante reprend la grappe, le type, le lieu, l'horaire et les territoires invités. Décochez ce qu'elle ne doit pas reprendre.</source>
            <translation>The next meeting takes over the cluster, type, place, time and invited territories. Untick what it should not take over.</translation>
        </message>
        <message>
            <source>Actions ouvertes, listées dans le point « Suivi des actions »</source>
            <translation>Open actions, listed in the “Action follow-up” item</translation>
        </message>
        <message>
            <source>Aucune action ouverte.</source>
            <translation>No open actions.</translation>
        </message>
        <message>
            <source>Points non traités ou reportés, repris à l'ordre du jour</source>
            <translation>Items not dealt with or postponed, carried over to the agenda</translation>
        </message>
        <message>
            <source>Aucun point en suspens.</source>
            <translation>No pending items.</translation>
        </message>
        <message>
            <source>Créer la réunion</source>
            <translation>Create the meeting</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Réunion suivante non créée</source>
            <translation>Next meeting not created</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Nouvelle note</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>Modifier la note</source>
            <translation>Edit note</translation>
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
            <translation>&amp;Author</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>NoteKind</name>
        <message>
            <source>Visite</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Appel</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Sans date</source>
            <translation>No date</translation>
        </message>
    </context>
    <context>
        <name>OutcomeKind</name>
        <message>
            <source>Décision</source>
            <translation>Decision</translation>
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
            <translation>Creating the document “{kind}”…</translation>
        </message>
        <message>
            <source>Document créé</source>
            <translation>Document created</translation>
        </message>
        <message>
            <source>Document non créé</source>
            <translation>Document not created</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Dossier où enregistrer les fiches</source>
            <translation>Folder to save the records in</translation>
        </message>
        <message>
            <source>Enregistrer le document PDF</source>
            <translation>Save the PDF document</translation>
        </message>
        <message>
            <source>Export annulé</source>
            <translation>Export cancelled</translation>
        </message>
        <message>
            <source>L'export a été annulé. Fichiers déjà terminés : {count}.</source>
            <translation>The export was cancelled. Files already completed: {count}.</translation>
        </message>
        <message>
            <source>Le document a été enregistré, mais aucune application n'a pu l'ouvrir :
{path}</source>
            <translation>The document was saved, but no application could open it:
{path}</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <source>Exporter en PDF</source>
            <translation>Export to PDF</translation>
        </message>
        <message>
            <source>par étape</source>
            <translation>by stage</translation>
        </message>
        <message>
            <source>par département</source>
            <translation>by département</translation>
        </message>
        <message>
            <source>Un seul fichier PDF</source>
            <translation>A single PDF file</translation>
        </message>
        <message>
            <source>Un fichier par territoire, dans un dossier</source>
            <translation>One file per territory, in a folder</translation>
        </message>
        <message>
            <source>Inclure les téléphones et adresses électroniques des contacts</source>
            <translation>Include the contacts' phone numbers and email addresses</translation>
        </message>
        <message>
            <source>Ajouter à la fin les documents PDF joints à la réunion</source>
            <translation>Append the PDF documents attached to the meeting</translation>
        </message>
        <message>
            <source>Document :</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>Régions :</source>
            <translation>Regions:</translation>
        </message>
        <message>
            <source>Situation au :</source>
            <translation>Situation as of:</translation>
        </message>
        <message>
            <source>Territoires groupés :</source>
            <translation>Territories grouped:</translation>
        </message>
        <message>
            <source>Fichiers :</source>
            <translation>Files:</translation>
        </message>
        <message>
            <source>Créer le PDF</source>
            <translation>Create the PDF</translation>
        </message>
        <message>
            <source>Cochez au moins une région.</source>
            <translation>Tick at least one region.</translation>
        </message>
        <message>
            <source>Cochez une seule région : les fiches sont produites région par région.</source>
            <translation>Tick a single region: the records are produced region by region.</translation>
        </message>
    </context>
    <context>
        <name>PeerExportDialog</name>
        <message>
            <source>Exporter pour un collègue</source>
            <translation>Export for a colleague</translation>
        </message>
        <message>
            <source>Choisissez le collègue à qui vous envoyez le fichier. Il contiendra seulement ce que ce collègue n'avait pas encore d'après le dernier fichier reçu de lui, y compris ce qu'un envoi perdu devait lui apporter.</source>
            <translation>Choose the colleague you are sending the file to. It will contain only what this colleague did not have yet according to the last file received from them, including what a lost file was meant to bring them.</translation>
        </message>
        <message>
            <source>Collègue sans nom</source>
            <translation>Unnamed colleague</translation>
        </message>
        <message>
            <source>{person} — dernier fichier reçu le {moment}</source>
            <translation>{person} — last file received on {moment}</translation>
        </message>
        <message>
            <source>Protéger par un mot de passe</source>
            <translation>Protect with a password</translation>
        </message>
        <message>
            <source>Exporter…</source>
            <translation>Export…</translation>
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
            <translation>Name</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Invitée</source>
            <translation>Invited</translation>
        </message>
        <message>
            <source>Présente</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Inviter des contacts…</source>
            <translation>Invite contacts…</translation>
        </message>
        <message>
            <source>Ajouter une personne…</source>
            <translation>Add a person…</translation>
        </message>
        <message>
            <source>Retirer la personne</source>
            <translation>Remove the person</translation>
        </message>
        <message>
            <source>Personnes : {invited} invitées, {present} présentes</source>
            <translation>People: {invited} invited, {present} present</translation>
        </message>
        <message>
            <source>Présence non enregistrée</source>
            <translation>Attendance not saved</translation>
        </message>
        <message>
            <source>Inviter des contacts</source>
            <translation>Invite contacts</translation>
        </message>
        <message>
            <source>Aucun autre contact dans les territoires invités ni dans la grappe. Ajoutez des contacts aux fiches des territoires, ou tapez le nom avec « Ajouter une personne… ».</source>
            <translation>No other contacts in the invited territories or in the cluster. Add contacts to the territory records, or type the name with “Add a person…”.</translation>
        </message>
        <message>
            <source>Contacts non invités</source>
            <translation>Contacts not invited</translation>
        </message>
        <message>
            <source>Personne non ajoutée</source>
            <translation>Person not added</translation>
        </message>
        <message>
            <source>Personne non retirée</source>
            <translation>Person not removed</translation>
        </message>
    </context>
    <context>
        <name>PerimeterGroup</name>
        <message>
            <source>Périmètre</source>
            <translation>Perimeter</translation>
        </message>
        <message>
            <source>Une commune par ligne, par exemple : Le Teil (07319)</source>
            <translation>One municipality per line, for example: Le Teil (07319)</translation>
        </message>
        <message>
            <source>Communauté de communes ou d'agglomération</source>
            <translation>Community of municipalities or urban community</translation>
        </message>
        <message>
            <source>Quartiers prioritaires de la politique de la ville</source>
            <translation>Priority urban neighbourhoods (QPV)</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Municipalities</translation>
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
            <translation>Free note</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Le département et la région se modifient dans la fiche du territoire (bouton « Modifier » de la liste).</source>
            <translation>The département and region are changed in the territory record (“Edit” button of the list).</translation>
        </message>
        <message>
            <source>Non renseigné</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>Non renseignée</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>Périmètre enregistré.</source>
            <translation>Perimeter saved.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Ajouter une personne</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>Aucun</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Valider</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Indiquez le nom de la personne.</source>
            <translation>Enter the person's name.</translation>
        </message>
    </context>
    <context>
        <name>PersonalData</name>
        <message>
            <source>Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. Supprimez-les vous-même du dossier « sauvegardes » du dossier de données.</source>
            <translation>These backups still contain the erased data and could not be deleted: {files}. Delete them yourself from the “sauvegardes” folder of the data folder.</translation>
        </message>
        <message>
            <source>Ces sauvegardes ne pouvaient pas être nettoyées et ont été supprimées : {files}.</source>
            <translation>These backups could not be cleaned and were deleted: {files}.</translation>
        </message>
        <message>
            <source>Données exportées</source>
            <translation>Data exported</translation>
        </message>
        <message>
            <source>Effacement en cours…</source>
            <translation>Erasing…</translation>
        </message>
        <message>
            <source>Effacer les données personnelles</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <source>Effacer les données personnelles de « {name} » ?

{what} Les anciennes valeurs sont aussi retirées du fichier de données et de toutes les sauvegardes de ce dossier.

L'effacement sera transmis à vos collègues avec votre prochain échange de données. Il ne peut pas être annulé.</source>
            <translation>Erase the personal data of “{name}”?

{what} The old values are also removed from the data file and from every backup in this folder.

The erasure will be passed on to your colleagues with your next data exchange. It cannot be undone.</translation>
        </message>
        <message>
            <source>Export impossible</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Exporter les données de ce contact</source>
            <translation>Export this contact's data</translation>
        </message>
        <message>
            <source>Fichiers JSON (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Le fichier de données n'a pas pu être réécrit (disque plein, ou fichier lu par un autre programme) : d'anciennes valeurs peuvent y rester dans l'espace libre. Libérez de la place, fermez les autres programmes, puis effacez de nouveau les données de ce contact.</source>
            <translation>The data file could not be rewritten (disk full, or file read by another program): old values may remain in its free space. Free some space, close the other programs, then erase this contact's data again.</translation>
        </message>
        <message>
            <source>Les données personnelles ont été effacées de {records} élément(s) et de {backups} sauvegarde(s). L'effacement partira chez vos collègues avec votre prochain échange de données.</source>
            <translation>Personal data was erased from {records} item(s) and {backups} backup(s). The erasure will reach your colleagues with your next data exchange.</translation>
        </message>
        <message>
            <source>Les données que cette copie contient sur « {name} » ont été écrites dans {path}. Transmettez ce fichier à la personne par un moyen sûr, puis supprimez-le.</source>
            <translation>The data this copy holds about “{name}” was written to {path}. Send this file to the person by a secure means, then delete it.</translation>
        </message>
        <message>
            <source>Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les notes de ce contact, ainsi que le nom et l'organisation de cette personne dans {count} participation(s) aux réunions.</source>
            <translation>To be erased: the name (replaced by “{erased}”), the organisation, the phone, the e-mail and the notes of this contact, as well as this person's name and organisation in {count} meeting participation(s).</translation>
        </message>
        <message>
            <source>Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les notes de ce contact.</source>
            <translation>To be erased: the name (replaced by “{erased}”), the organisation, the phone, the e-mail and the notes of this contact.</translation>
        </message>
    </context>
    <context>
        <name>PhaseRow</name>
        <message>
            <source>Phase « {phase} » enregistrée.</source>
            <translation>Phase “{phase}” saved.</translation>
        </message>
    </context>
    <context>
        <name>PhaseStatus</name>
        <message>
            <source>À venir</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Atteinte</source>
            <translation>Reached</translation>
        </message>
    </context>
    <context>
        <name>PresenceTable</name>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Personnes venues</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Personnes nommées</source>
            <translation>Named people</translation>
        </message>
        <message>
            <source>Non renseignée</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>Présent</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>{invited} invitées, {present} présentes</source>
            <translation>{invited} invited, {present} present</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>Présentation — {title}</source>
            <translation>Presentation — {title}</translation>
        </message>
        <message>
            <source>→ ou Espace : point suivant · ← : point précédent · P : pause · Échap : quitter</source>
            <translation>→ or Space: next item · ←: previous item · P: pause · Esc: quit</translation>
        </message>
        <message>
            <source>L'ordre du jour de cette réunion est vide.</source>
            <translation>The agenda of this meeting is empty.</translation>
        </message>
        <message>
            <source>Point {number} / {count}</source>
            <translation>Item {number} / {count}</translation>
        </message>
        <message>
            <source>Présenté par {name}</source>
            <translation>Presented by {name}</translation>
        </message>
        <message>
            <source>Durée prévue : {minutes} min</source>
            <translation>Planned duration: {minutes} min</translation>
        </message>
        <message>
            <source>Durée non prévue</source>
            <translation>No planned duration</translation>
        </message>
        <message>
            <source>Dépassement : {time}</source>
            <translation>Overrun: {time}</translation>
        </message>
        <message>
            <source>Reste {time}</source>
            <translation>{time} left</translation>
        </message>
        <message>
            <source>En pause (P pour reprendre)</source>
            <translation>Paused (P to resume)</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Vérifier avant d'importer</source>
            <translation>Check before importing</translation>
        </message>
        <message>
            <source>Rien n'est encore enregistré. Les lignes en erreur ne seront pas importées ; une copie de sauvegarde est faite avant l'import.</source>
            <translation>Nothing is saved yet. Lines with errors will not be imported; a backup copy is made before the import.</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Élément</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Remarques</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Enregistrer le rapport d'erreurs…</source>
            <translation>Save the error report…</translation>
        </message>
        <message>
            <source>Préparation de l'aperçu…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <source>Aperçu impossible</source>
            <translation>Preview failed</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Bienvenue dans TZCLD Desktop</source>
            <translation>Welcome to TZCLD Desktop</translation>
        </message>
        <message>
            <source>TZCLD Desktop garde sur cet ordinateur les territoires, les grappes et les réunions que vous suivez, même sans connexion.

Indiquez votre nom : il accompagne vos modifications quand vous échangez des fichiers avec vos collègues. Cochez ensuite les régions dont vous suivez les territoires ; vous pourrez les changer plus tard dans « Fichier › Mon profil… ».</source>
            <translation>TZCLD Desktop keeps the territories, clusters and meetings you follow on this computer, even offline.

Enter your name: it goes with your changes when you exchange files with your colleagues. Then tick the regions whose territories you follow; you can change them later in “File › My profile…”.</translation>
        </message>
        <message>
            <source>Mon profil</source>
            <translation>My profile</translation>
        </message>
        <message>
            <source>Votre nom accompagne vos modifications quand vous échangez des fichiers avec vos collègues. La liste des territoires affiche ceux des régions cochées.</source>
            <translation>Your name goes with your changes when you exchange files with your colleagues. The territory list shows those of the ticked regions.</translation>
        </message>
        <message>
            <source>Prénom et nom</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>Les régions que vous suivez</source>
            <translation>The regions you follow</translation>
        </message>
        <message>
            <source>Votre nom</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Commencer</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Profil non enregistré</source>
            <translation>Profile not saved</translation>
        </message>
    </context>
    <context>
        <name>ProgressRow</name>
        <message>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Date : {name}</source>
            <translation>Date: {name}</translation>
        </message>
        <message>
            <source>Commentaire : {name}</source>
            <translation>Comment: {name}</translation>
        </message>
        <message>
            <source>Modification non enregistrée</source>
            <translation>Change not saved</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <source>Ces copies chiffrées sont endommagées et n'ont pas pu être déchiffrées : {files}. Vos données actuelles sont intactes ; ces copies seront supprimées à la fermeture.</source>
            <translation>These encrypted copies are damaged and could not be decrypted: {files}. Your current data is intact; these copies will be deleted on closing.</translation>
        </message>
        <message>
            <source>Chiffrement impossible</source>
            <translation>Encryption failed</translation>
        </message>
        <message>
            <source>Données protégées par un mot de passe</source>
            <translation>Data protected by a password</translation>
        </message>
        <message>
            <source>La protection est activée. Vos données seront chiffrées à la fermeture de l'application.</source>
            <translation>Protection is on. Your data will be encrypted when the application closes.</translation>
        </message>
        <message>
            <source>La protection est retirée. Vos données restent non chiffrées sur ce disque.</source>
            <translation>Protection is removed. Your data stays unencrypted on this disk.</translation>
        </message>
        <message>
            <source>Les données de ce dossier sont protégées. Saisissez votre mot de passe pour les ouvrir.

{folder}</source>
            <translation>The data in this folder is protected. Enter your password to open it.

{folder}</translation>
        </message>
        <message>
            <source>Protéger par mot de passe</source>
            <translation>Protect with a password</translation>
        </message>
        <message>
            <source>Retirer la protection par mot de passe</source>
            <translation>Remove password protection</translation>
        </message>
        <message>
            <source>Saisissez votre mot de passe pour retirer la protection. Vos données ne seront plus chiffrées à la fermeture de l'application.</source>
            <translation>Enter your password to remove the protection. Your data will no longer be encrypted when the application closes.</translation>
        </message>
        <message>
            <source>TZCLD Desktop ne s'est pas fermé normalement la dernière fois : vos données sont restées non chiffrées sur le disque depuis. Elles sont intactes et seront de nouveau chiffrées quand vous fermerez l'application.</source>
            <translation>TZCLD Desktop did not close normally last time: your data has stayed unencrypted on the disk since. It is intact and will be encrypted again when you close the application.</translation>
        </message>
        <message>
            <source>À la fermeture de TZCLD Desktop, vos données et leurs sauvegardes seront chiffrées avec ce mot de passe (AES-256) ; il vous sera demandé à chaque démarrage. Cela protège vos données si l'ordinateur éteint est perdu ou volé, pas pendant que l'application est ouverte.

Sans ce mot de passe, personne ne peut récupérer les données, pas même l'équipe nationale : notez-le en lieu sûr. Les documents joints (dossier « documents ») ne sont pas chiffrés.</source>
            <translation>When TZCLD Desktop closes, your data and its backups will be encrypted with this password (AES-256); it will be asked at every start. This protects your data if the switched-off computer is lost or stolen, not while the application is open.

Without this password, nobody can recover the data, not even the national team: write it down somewhere safe. Attached documents (“documents” folder) are not encrypted.</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>Fichiers récents</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <source>Aucun fichier récent</source>
            <translation>No recent file</translation>
        </message>
        <message>
            <source>Importé : {name}</source>
            <translation>Imported: {name}</translation>
        </message>
        <message>
            <source>Exporté : {name}</source>
            <translation>Exported: {name}</translation>
        </message>
        <message>
            <source>{entry} (introuvable)</source>
            <translation>{entry} (not found)</translation>
        </message>
        <message>
            <source>Vider la liste</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <source>Le fichier {path} n'existe plus : il a été déplacé, renommé ou supprimé. Il est retiré de la liste des fichiers récents.</source>
            <translation>The file {path} no longer exists: it was moved, renamed or deleted. It is removed from the list of recent files.</translation>
        </message>
        <message>
            <source>Le dossier n'a pas pu être ouvert. Le fichier se trouve ici :
{path}</source>
            <translation>The folder could not be opened. The file is here:
{path}</translation>
        </message>
    </context>
    <context>
        <name>RecordHeader</name>
        <message>
            <source>Étape du territoire, d'après son historique</source>
            <translation>Territory stage, based on its history</translation>
        </message>
        <message>
            <source>Santé : {health}</source>
            <translation>Health: {health}</translation>
        </message>
        <message>
            <source>Raison : {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>Département non renseigné</source>
            <translation>Département not specified</translation>
        </message>
        <message>
            <source>aucune</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{place} · Grappe : {cluster}</source>
            <translation>{place} · Cluster: {cluster}</translation>
        </message>
        <message>
            <source>Territoire supprimé</source>
            <translation>Territory deleted</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé ou fusionné entre-temps. Fermez cette fenêtre.</source>
            <translation>This territory was deleted or merged in the meantime. Close this window.</translation>
        </message>
    </context>
    <context>
        <name>RecordNotFound</name>
        <message>
            <source>Élément introuvable (identifiant {record_id}) : il n'existe pas dans ces données, ou il a été supprimé entre-temps.</source>
            <translation>Item not found (identifier {record_id}): it does not exist in this data, or it was deleted in the meantime.</translation>
        </message>
    </context>
    <context>
        <name>RecordWrites</name>
        <message>
            <source>Fusion avec la fiche en double « {name} » : ses notes, actions, documents et valeurs sont rattachés à ce territoire.</source>
            <translation>Merged with the duplicate record “{name}”: its notes, actions, documents and values are moved to this territory.</translation>
        </message>
    </context>
    <context>
        <name>ReportWriteError</name>
        <message>
            <source>Le fichier PDF « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier existe, que vous avez le droit d'y écrire, qu'il reste de la place sur le disque et que le fichier n'est pas ouvert dans une autre application.</source>
            <translation>The PDF file “{path}” could not be written: {reason}. Check that the folder exists, that you may write to it, that there is space left on the disk and that the file is not open in another application.</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restaurer une sauvegarde</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Choisissez la copie à remettre en place. Vos données actuelles sont d'abord conservées dans une nouvelle sauvegarde : vous pourrez revenir en arrière.</source>
            <translation>Choose the copy to put back in place. Your current data is first kept in a new backup, so you can go back.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Taille</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Faite</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Sauvegardes disponibles</source>
            <translation>Available backups</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>au premier démarrage du jour</source>
            <translation>at the first start of the day</translation>
        </message>
        <message>
            <source>avant un import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <source>avant une mise à jour de l'application</source>
            <translation>before an application update</translation>
        </message>
        <message>
            <source>avant une restauration</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <source>avant l'annulation d'un import</source>
            <translation>before undoing an import</translation>
        </message>
        <message>
            <source>Remettre les données telles qu'elles étaient le {when} ? Ce que vous avez saisi depuis sera retiré de l'application, mais restera dans une sauvegarde.</source>
            <translation>Put the data back as it was on {when}? What you entered since will be removed from the application, but will stay in a backup.</translation>
        </message>
        <message>
            <source>Restauration en cours…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>Restauration impossible</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>Sauvegarde restaurée</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Les données du {when} sont en place.</source>
            <translation>The data of {when} is in place.</translation>
        </message>
    </context>
    <context>
        <name>SaveKey</name>
        <message>
            <source>Enregistrer ({key})</source>
            <translation>Save ({key})</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Territoires</source>
            <translation>Territories</translation>
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
            <translation>Search everywhere</translation>
        </message>
        <message>
            <source>Territoire, contact, note ou action…</source>
            <translation>Territory, contact, note or action…</translation>
        </message>
        <message>
            <source>Résultats de la recherche</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>{label} ({listed} sur plus de {total})</source>
            <translation>{label} ({listed} of more than {total})</translation>
        </message>
        <message>
            <source>{label} ({listed} sur {total})</source>
            <translation>{label} ({listed} of {total})</translation>
        </message>
        <message>
            <source>{label} ({total})</source>
            <translation>{label} ({total})</translation>
        </message>
        <message>
            <source>Tapez au moins deux lettres. Les accents et majuscules sont ignorés.</source>
            <translation>Type at least two letters. Accents and capitals are ignored.</translation>
        </message>
        <message>
            <source>Aucun résultat pour « {text} ».</source>
            <translation>No results for “{text}”.</translation>
        </message>
        <message>
            <source>Entrée : ouvrir · ↑ ↓ : parcourir · Échap : fermer</source>
            <translation>Enter: open · ↑ ↓: browse · Esc: close</translation>
        </message>
        <message>
            <source>Sans territoire</source>
            <translation>No territory</translation>
        </message>
        <message>
            <source>sans date</source>
            <translation>undated</translation>
        </message>
        <message>
            <source>sans échéance</source>
            <translation>no due date</translation>
        </message>
        <message>
            <source>échéance le {date}</source>
            <translation>due {date}</translation>
        </message>
    </context>
    <context>
        <name>SharedFolder</name>
        <message>
            <source>déjà connu</source>
            <translation>already known</translation>
        </message>
        <message>
            <source>déjà connus</source>
            <translation>already known</translation>
        </message>
        <message>
            <source>fichier importé</source>
            <translation>file imported</translation>
        </message>
        <message>
            <source>fichiers importés</source>
            <translation>files imported</translation>
        </message>
        <message>
            <source>refusé</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>refusés</source>
            <translation>rejected</translation>
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
            <translation>The disk is full: the file {path} was not saved. Free some space on the disk, then try again.</translation>
        </message>
        <message>
            <source>Le dossier de {path} est en lecture seule ou vous n'avez pas le droit d'y écrire (clé USB verrouillée, dossier protégé ?). Choisissez un autre dossier, puis recommencez.</source>
            <translation>The folder of {path} is read-only or you may not write to it (locked USB stick, protected folder?). Choose another folder, then try again.</translation>
        </message>
        <message>
            <source>Le dossier de {path} n'existe pas ou n'est plus accessible. Choisissez un autre dossier.</source>
            <translation>The folder of {path} does not exist or is no longer accessible. Choose another folder.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être remplacé ({reason}). S'il est ouvert dans Excel ou LibreOffice, fermez-le, puis recommencez.</source>
            <translation>The file {path} could not be replaced ({reason}). If it is open in Excel or LibreOffice, close it, then try again.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être enregistré ({reason}). Vérifiez le dossier choisi, puis recommencez.</source>
            <translation>The file {path} could not be saved ({reason}). Check the chosen folder, then try again.</translation>
        </message>
        <message>
            <source>Format de fichier non pris en charge : {path}. Choisissez un nom se terminant par .xlsx ou .csv.</source>
            <translation>Unsupported file format: {path}. Choose a name ending in .xlsx or .csv.</translation>
        </message>
        <message>
            <source>La ligne {row}, colonne « {column} », contient {length} caractères, plus que les 32 767 qu'accepte une cellule Excel. Exportez plutôt au format CSV.</source>
            <translation>Row {row}, column “{column}”, contains {length} characters, more than the 32,767 an Excel cell accepts. Export to CSV instead.</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Territoire intéressé</source>
            <translation>Interested territory</translation>
        </message>
        <message>
            <source>Projet émergent</source>
            <translation>Emerging project</translation>
        </message>
        <message>
            <source>Candidature</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>Territoire habilité</source>
            <translation>Habilitated territory</translation>
        </message>
    </context>
    <context>
        <name>StageEventDialog</name>
        <message>
            <source>Modifier une étape</source>
            <translation>Edit a stage</translation>
        </message>
        <message>
            <source>Ajouter une étape</source>
            <translation>Add a stage</translation>
        </message>
        <message>
            <source>Par exemple : charte signée en conseil municipal</source>
            <translation>For example: charter signed in the municipal council</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Publication au JO</source>
            <translation>Publication in the Journal officiel</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Étape non enregistrée</source>
            <translation>Stage not saved</translation>
        </message>
    </context>
    <context>
        <name>StageStep</name>
        <message>
            <source>Intérêt manifesté</source>
            <translation>Interest expressed</translation>
        </message>
        <message>
            <source>Charte d'engagement signée</source>
            <translation>Commitment charter signed</translation>
        </message>
        <message>
            <source>Dossier de candidature déposé</source>
            <translation>Application file submitted</translation>
        </message>
        <message>
            <source>Dossier en instruction</source>
            <translation>Application under review</translation>
        </message>
        <message>
            <source>Avis favorable</source>
            <translation>Favourable opinion</translation>
        </message>
        <message>
            <source>Avis d'ajournement</source>
            <translation>Deferral opinion</translation>
        </message>
        <message>
            <source>Dossier déposé de nouveau</source>
            <translation>Application resubmitted</translation>
        </message>
        <message>
            <source>Habilitation par arrêté</source>
            <translation>Habilitation by ministerial arrêté</translation>
        </message>
        <message>
            <source>Habilitation par décret</source>
            <translation>Habilitation by décret</translation>
        </message>
    </context>
    <context>
        <name>StatusChangeRejected</name>
        <message>
            <source>Seul le compte rendu d'une réunion tenue peut être validé : marquez d'abord la réunion comme tenue.</source>
            <translation>Only the minutes of a held meeting can be approved: first mark the meeting as held.</translation>
        </message>
        <message>
            <source>Une réunion « {current} » ne peut pas passer directement à « {target} ».</source>
            <translation>A “{current}” meeting cannot go directly to “{target}”.</translation>
        </message>
    </context>
    <context>
        <name>StorageError</name>
        <message>
            <source>Le disque est plein : la modification n'a pas été enregistrée et vos données sont intactes. Libérez de la place sur le disque ({path}), puis recommencez.</source>
            <translation>The disk is full: the change was not saved and your data is intact. Free some space on the disk ({path}), then try again.</translation>
        </message>
        <message>
            <source>Le dossier de données {path} est en lecture seule (clé USB verrouillée, disque protégé ?) : la modification n'a pas été enregistrée. Rendez-le accessible en écriture, puis recommencez.</source>
            <translation>The data folder {path} is read-only (locked USB stick, protected disk?): the change was not saved. Make it writable, then try again.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} est occupé par un autre programme. Fermez les autres fenêtres de TZCLD Desktop qui utilisent ce dossier, puis recommencez.</source>
            <translation>The data file {path} is in use by another program. Close the other TZCLD Desktop windows that use this folder, then try again.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} ne peut pas être ouvert. Vérifiez que le dossier existe toujours (clé USB retirée ?) et que vous avez le droit d'y écrire.</source>
            <translation>The data file {path} cannot be opened. Check that the folder still exists (USB stick removed?) and that you may write to it.</translation>
        </message>
        <message>
            <source>Erreur de lecture ou d'écriture sur le disque pour {path} : la modification n'a pas été enregistrée. Vérifiez le support (clé USB mal branchée ?), puis recommencez.</source>
            <translation>Disk read or write error for {path}: the change was not saved. Check the medium (USB stick badly plugged in?), then try again.</translation>
        </message>
        <message>
            <source>Des données ont été enregistrées pendant la lecture du fichier {file} : l'import est annulé et vos données n'ont pas changé. Recommencez l'import.</source>
            <translation>Data was saved while the file {file} was being read: the import was cancelled and your data has not changed. Start the import again.</translation>
        </message>
        <message>
            <source>La copie chiffrée de vos données {path} est endommagée ou a été modifiée : elle ne peut pas être déchiffrée. Remettez le dossier de données depuis une copie de sauvegarde.</source>
            <translation>The encrypted copy of your data {path} is damaged or was modified: it cannot be decrypted. Put the data folder back from a backup copy.</translation>
        </message>
        <message>
            <source>La restauration de {file} a échoué ({error}). Vérifiez la place libre sur le disque, puis réessayez.</source>
            <translation>Restoring {file} failed ({error}). Check the free space on the disk, then try again.</translation>
        </message>
        <message>
            <source>La sauvegarde de sécurité n'a pas pu être faite dans {folder} ({error}) ; rien n'a été modifié. Libérez de la place sur le disque ou vérifiez que le dossier est accessible en écriture.</source>
            <translation>The safety backup could not be made in {folder} ({error}); nothing was changed. Free some space on the disk or check that the folder is writable.</translation>
        </message>
        <message>
            <source>La sauvegarde {file} est elle-même endommagée ; elle n'a pas été restaurée. Choisissez-en une autre.</source>
            <translation>The backup {file} is itself damaged; it was not restored. Choose another one.</translation>
        </message>
        <message>
            <source>Le dossier de données {folder} est protégé par un mot de passe. Ouvrez-le avec l'application TZCLD Desktop, qui vous demandera le mot de passe.</source>
            <translation>The data folder {folder} is protected by a password. Open it with the TZCLD Desktop application, which will ask for the password.</translation>
        </message>
        <message>
            <source>Le dossier de données {folder} n'a pas pu être créé ({error}). Choisissez un dossier où vous pouvez écrire, avec --data-dir ou TZCLD_DATA_DIR.</source>
            <translation>The data folder {folder} could not be created ({error}). Choose a folder you can write to, with --data-dir or TZCLD_DATA_DIR.</translation>
        </message>
        <message>
            <source>Le fichier de clé {path} est endommagé : vos données protégées ne peuvent pas être déchiffrées. Remettez ce fichier depuis une copie du dossier de données.</source>
            <translation>The key file {path} is damaged: your protected data cannot be decrypted. Put this file back from a copy of the data folder.</translation>
        </message>
        <message>
            <source>Le fichier de clé {path} n'a pas pu être lu ({error}). Vérifiez que le dossier de données est accessible, puis recommencez.</source>
            <translation>The key file {path} could not be read ({error}). Check that the data folder is reachable, then try again.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} a été écrit par une version plus récente de TZCLD Desktop (schéma « {revision} »). Il n'a pas été modifié. Installez la dernière version de l'application pour l'ouvrir.</source>
            <translation>The data file {path} was written by a newer version of TZCLD Desktop (schema “{revision}”). It was not changed. Install the latest version of the application to open it.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} est encore utilisé par un autre programme : vos données n'ont pas été chiffrées. Fermez les autres fenêtres de TZCLD Desktop, puis refermez celle-ci.</source>
            <translation>The data file {path} is still used by another program: your data was not encrypted. Close the other TZCLD Desktop windows, then close this one again.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} est illisible ou endommagé ({error}). Restaurez une sauvegarde ou choisissez un autre dossier de données.</source>
            <translation>The data file {path} is unreadable or damaged ({error}). Restore a backup or choose another data folder.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} n'a pas pu être préparé pour le chiffrement ({error}) : vos données restent non chiffrées sur ce disque. Rouvrez TZCLD Desktop pour le vérifier.</source>
            <translation>The data file {path} could not be prepared for encryption ({error}): your data stays unencrypted on this disk. Open TZCLD Desktop again to check it.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} ne peut pas être lu ({error}). Si le dossier est sur une clé USB verrouillée ou un support en lecture seule, rendez-le accessible en écriture, puis recommencez.</source>
            <translation>The data file {path} cannot be read ({error}). If the folder is on a locked USB stick or a read-only medium, make it writable, then try again.</translation>
        </message>
        <message>
            <source>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. Aucune sauvegarde intacte n'a été trouvée : l'application repart d'un fichier vide.</source>
            <translation>The data file was damaged; it was set aside under the name {moved}. No intact backup was found: the application starts again from an empty file.</translation>
        </message>
        <message>
            <source>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. La dernière sauvegarde intacte date du {date} : les modifications faites depuis seraient perdues.</source>
            <translation>The data file was damaged; it was set aside under the name {moved}. The latest intact backup dates from {date}: changes made since then would be lost.</translation>
        </message>
        <message>
            <source>Le fichier du document {path} n'a pas pu être lu ({error}) : l'export est annulé. Vérifiez le dossier de données, puis recommencez.</source>
            <translation>The file of the document {path} could not be read ({error}): the export is cancelled. Check the data folder, then try again.</translation>
        </message>
        <message>
            <source>Le fichier {path} dépasse 50 Mo, la taille la plus grande qu'un document peut avoir. Réduisez-le (par exemple en l'exportant en PDF compressé) ou gardez-le comme lien.</source>
            <translation>The file {path} exceeds 50 MB, the largest size a document can have. Reduce it (for example by exporting it as a compressed PDF) or keep it as a link.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être copié dans le dossier de données ({error}). Vérifiez la place libre sur le disque, puis recommencez.</source>
            <translation>The file {path} could not be copied to the data folder ({error}). Check the free space on the disk, then try again.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être lu ({error}). Vérifiez qu'il existe et que vous pouvez l'ouvrir.</source>
            <translation>The file {path} could not be read ({error}). Check that it exists and that you can open it.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être écrit ({error}). Choisissez un autre dossier ou libérez de la place.</source>
            <translation>The file {path} could not be written ({error}). Choose another folder or free some space.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'a pas pu être écrit ({error}). Libérez de la place ou vérifiez que le dossier est accessible en écriture, puis recommencez.</source>
            <translation>The file {path} could not be written ({error}). Free some space or check that the folder is writable, then try again.</translation>
        </message>
        <message>
            <source>Le mot de passe est incorrect : vos données n'ont pas été déchiffrées et rien n'a été modifié. Vérifiez la touche Verr. Maj et la disposition du clavier, puis recommencez.</source>
            <translation>The password is wrong: your data was not decrypted and nothing was changed. Check the Caps Lock key and the keyboard layout, then try again.</translation>
        </message>
        <message>
            <source>Les fichiers des documents n'ont pas pu être enregistrés dans le dossier de données {path} ({error}) : l'import est annulé et vos données sont intactes. Libérez de la place sur le disque, puis recommencez.</source>
            <translation>The document files could not be saved in the data folder {path} ({error}): the import is cancelled and your data is intact. Free some space on the disk, then try again.</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être chiffrées dans {folder} ({error}) : elles restent non chiffrées sur ce disque. Libérez de la place, puis ouvrez et refermez TZCLD Desktop pour les chiffrer.</source>
            <translation>Your data could not be encrypted in {folder} ({error}): it stays unencrypted on this disk. Free some space, then open and close TZCLD Desktop to encrypt it.</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être déchiffrées dans {folder} ({error}). Libérez de la place ou vérifiez que le dossier est accessible en écriture, puis recommencez.</source>
            <translation>Your data could not be decrypted in {folder} ({error}). Free some space or check that the folder is writable, then try again.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import terminé</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>Enregistrer le rapport d'erreurs…</source>
            <translation>Save the error report…</translation>
        </message>
        <message>
            <source>{created} nouveaux, {updated} mis à jour, {unchanged} ignorés (déjà à jour), {rejected} en erreur.</source>
            <translation>{created} new, {updated} updated, {unchanged} skipped (already up to date), {rejected} with errors.</translation>
        </message>
        <message>
            <source>Copie de sauvegarde faite avant l'import : {file}</source>
            <translation>Backup copy made before the import: {file}</translation>
        </message>
        <message>
            <source>Les lignes en erreur n'ont pas été importées : enregistrez le rapport d'erreurs pour les corriger dans votre tableur.</source>
            <translation>Lines with errors were not imported: save the error report to correct them in your spreadsheet.</translation>
        </message>
    </context>
    <context>
        <name>SummaryTab</name>
        <message>
            <source>Résumé</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>CSV pour Excel, séparateur point-virgule (*.csv)</source>
            <translation>CSV for Excel, semicolon separator (*.csv)</translation>
        </message>
        <message>
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Export de la liste en cours…</source>
            <translation>Exporting the list…</translation>
        </message>
        <message>
            <source>Exporter la liste « {title} »</source>
            <translation>Export the list “{title}”</translation>
        </message>
        <message>
            <source>La liste « {title} » ({rows}) a été enregistrée :
{path}</source>
            <translation>The list “{title}” ({rows}) was saved:
{path}</translation>
        </message>
        <message>
            <source>Liste exportée</source>
            <translation>List exported</translation>
        </message>
        <message>
            <source>Liste non exportée</source>
            <translation>List not exported</translation>
        </message>
        <message>
            <source>{count} ligne</source>
            <translation>{count} row</translation>
        </message>
        <message>
            <source>{count} lignes</source>
            <translation>{count} rows</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <source>Nom du territoire manquant.</source>
            <translation>Territory name missing.</translation>
        </message>
        <message>
            <source>Territoire introuvable : « {name} »{place}. Importez ou créez d'abord ce territoire.</source>
            <translation>Territory not found: “{name}”{place}. Import or create this territory first.</translation>
        </message>
        <message>
            <source>Code département non reconnu : « {code} ».</source>
            <translation>Département code not recognised: “{code}”.</translation>
        </message>
        <message>
            <source>Valeur non reconnue : « {value} ». Valeurs possibles : {choices}.</source>
            <translation>Value not recognised: “{value}”. Possible values: {choices}.</translation>
        </message>
        <message>
            <source>Nom de la personne manquant.</source>
            <translation>Person's name missing.</translation>
        </message>
        <message>
            <source>Indicateur manquant.</source>
            <translation>Indicator missing.</translation>
        </message>
        <message>
            <source>L'effectif d'une EBE ne s'importe pas depuis un tableur : saisissez-le dans la fiche de l'EBE.</source>
            <translation>An EBE's headcount is not imported from a spreadsheet: enter it in the EBE's record.</translation>
        </message>
        <message>
            <source>Date illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj, « 3 mars 2026 » ou une date du classeur.</source>
            <translation>Unreadable date: “{cell}”. Recognised formats: dd/mm/yyyy, dd/mm/yy, yyyy-mm-dd, “3 mars 2026” (month in French) or a spreadsheet date.</translation>
        </message>
        <message>
            <source>Date de la valeur manquante.</source>
            <translation>Date of the value missing.</translation>
        </message>
        <message>
            <source>Nombre illisible : « {cell} ».</source>
            <translation>Unreadable number: “{cell}”.</translation>
        </message>
        <message>
            <source>Valeur manquante.</source>
            <translation>Value missing.</translation>
        </message>
        <message>
            <source>Cette ligne désigne le même élément que la ligne {line}.</source>
            <translation>This line refers to the same item as line {line}.</translation>
        </message>
        <message>
            <source>Déjà à jour.</source>
            <translation>Already up to date.</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Département du territoire (code)</source>
            <translation>Territory's département (code)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Nom de la personne</source>
            <translation>Person's name</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Adresse électronique</source>
            <translation>Email address</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Valeurs d'indicateurs</source>
            <translation>Indicator values</translation>
        </message>
        <message>
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Date de la valeur</source>
            <translation>Date of the value</translation>
        </message>
        <message>
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>La ligne {line} ({label}) n'a pas pu être enregistrée : {reason} Rien n'a été importé. Vérifiez cette ligne, puis relancez l'aperçu.</source>
            <translation>Line {line} ({label}) could not be saved: {reason} Nothing was imported. Check this line, then run the preview again.</translation>
        </message>
        <message>
            <source>Code département non reconnu : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l'outre-mer.</source>
            <translation>Département code not recognised: “{code}”. Expected: two digits, 2A, 2B, or three digits for overseas départements.</translation>
        </message>
        <message>
            <source>Département inconnu : « {code} ».</source>
            <translation>Unknown département: “{code}”.</translation>
        </message>
        <message>
            <source>Région non reconnue : « {region} ». Écrivez le nom officiel de la région.</source>
            <translation>Region not recognised: “{region}”. Write the official name of the region.</translation>
        </message>
        <message>
            <source>Date d'habilitation illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj, « 3 mars 2026 » ou une date du classeur.</source>
            <translation>Unreadable habilitation date: “{cell}”. Recognised formats: dd/mm/yyyy, dd/mm/yy, yyyy-mm-dd, “3 mars 2026” (month in French) or a spreadsheet date.</translation>
        </message>
        <message>
            <source>Date imprécise conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Imprecise date kept as written in the note: “{cell}”.</translation>
        </message>
        <message>
            <source>Ce territoire figure déjà à la ligne {line} du fichier.</source>
            <translation>This territory already appears on line {line} of the file.</translation>
        </message>
        <message>
            <source>Nom du territoire</source>
            <translation>Territory name</translation>
        </message>
        <message>
            <source>Département (code)</source>
            <translation>Département (code)</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Municipalities</translation>
        </message>
        <message>
            <source>Date d'habilitation</source>
            <translation>Habilitation date</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territories</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Motif du rejet</source>
            <translation>Reason for rejection</translation>
        </message>
    </context>
    <context>
        <name>Tabular</name>
        <message>
            <source>Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier.</source>
            <translation>File not found: {path}. Check the path and the file name.</translation>
        </message>
        <message>
            <source>Impossible de lire le fichier {path} : {reason}</source>
            <translation>The file {path} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.</source>
            <translation>The file {path} is neither UTF-8 nor Windows-1252. Save it as “CSV UTF-8”, then import it again.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason}).</source>
            <translation>The file {path} is not a readable CSV file (line {line}: {reason}).</translation>
        </message>
        <message>
            <source>Le fichier {path} ne contient aucune ligne remplie.</source>
            <translation>The file {path} contains no filled-in lines.</translation>
        </message>
        <message>
            <source>Le classeur {path} n'a pas pu être lu ({reason}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.</source>
            <translation>The workbook {path} could not be read ({reason}). Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)” or CSV, then import it again.</translation>
        </message>
        <message>
            <source>Le fichier {path} est un classeur Excel ancien (.xls) ou un autre format que .xlsx. Enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.</source>
            <translation>The file {path} is an old Excel workbook (.xls) or a format other than .xlsx. Save it as “Excel Workbook (.xlsx)” or CSV, then import it again.</translation>
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
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Veuillez patienter</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <source>Annulation en cours…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>TerritoryDialog</name>
        <message>
            <source>Nouveau territoire</source>
            <translation>New territory</translation>
        </message>
        <message>
            <source>Modifier le territoire</source>
            <translation>Edit territory</translation>
        </message>
        <message>
            <source>Aucune date exacte</source>
            <translation>No exact date</translation>
        </message>
        <message>
            <source>Par exemple : ~2022-09 (même vague que Poitiers)</source>
            <translation>For example: ~2022-09 (same wave as Poitiers)</translation>
        </message>
        <message>
            <source>Date approchée ou détail sur la date, par exemple : ~2022-09 (même vague que Poitiers)</source>
            <translation>Approximate date or detail about the date, for example: ~2022-09 (same wave as Poitiers)</translation>
        </message>
        <message>
            <source>Adresse web ou document d'où viennent ces informations</source>
            <translation>Web address or document these details come from</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Date d'habilitation</source>
            <translation>Habilitation date</translation>
        </message>
        <message>
            <source>Précision sur la date</source>
            <translation>Detail on the date</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Municipalities</translation>
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
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>— Région inconnue —</source>
            <translation>— Unknown region —</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé entre-temps.</source>
            <translation>This territory was deleted in the meantime.</translation>
        </message>
        <message>
            <source>— Aucun —</source>
            <translation>— None —</translation>
        </message>
        <message>
            <source>— Aucune —</source>
            <translation>— None —</translation>
        </message>
        <message>
            <source>Territoire non enregistré</source>
            <translation>Territory not saved</translation>
        </message>
    </context>
    <context>
        <name>TerritoryImport</name>
        <message>
            <source>Lignes ignorées :</source>
            <translation>Lines skipped:</translation>
        </message>
        <message>
            <source>Ni département ni région reconnus (« {region} ») : territoire importé sans région.</source>
            <translation>Neither département nor region recognised (“{region}”): territory imported without a region.</translation>
        </message>
        <message>
            <source>inchangé</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>inchangés</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>ligne ignorée</source>
            <translation>line skipped</translation>
        </message>
        <message>
            <source>ligne lue</source>
            <translation>line read</translation>
        </message>
        <message>
            <source>ligne {line}</source>
            <translation>line {line}</translation>
        </message>
        <message>
            <source>lignes ignorées</source>
            <translation>lines skipped</translation>
        </message>
        <message>
            <source>lignes lues</source>
            <translation>lines read</translation>
        </message>
        <message>
            <source>mis à jour</source>
            <translation>updated</translation>
        </message>
        <message>
            <source>territoire créé</source>
            <translation>territory created</translation>
        </message>
        <message>
            <source>territoires créés</source>
            <translation>territories created</translation>
        </message>
        <message>
            <source>{rows} : {created}, {updated}, {unchanged}, {skipped}.</source>
            <translation>{rows}: {created}, {updated}, {unchanged}, {skipped}.</translation>
        </message>
        <message>
            <source>À vérifier :</source>
            <translation>To check:</translation>
        </message>
    </context>
    <context>
        <name>TerritoryList</name>
        <message>
            <source>Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier.</source>
            <translation>File not found: {path}. Check the path and the file name.</translation>
        </message>
        <message>
            <source>Impossible de lire le fichier {path} : {reason}</source>
            <translation>The file {path} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.</source>
            <translation>The file {path} is neither UTF-8 nor Windows-1252. Save it as “CSV UTF-8”, then import it again.</translation>
        </message>
        <message>
            <source>Le fichier {path} est un classeur (Excel ou LibreOffice), pas un fichier CSV. Enregistrez-le au format CSV puis importez-le de nouveau.</source>
            <translation>The file {path} is a spreadsheet (Excel or LibreOffice), not a CSV file. Save it as CSV, then import it again.</translation>
        </message>
        <message>
            <source>Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason}).</source>
            <translation>The file {path} is not a readable CSV file (line {line}: {reason}).</translation>
        </message>
        <message>
            <source>Le fichier {path} est vide.</source>
            <translation>The file {path} is empty.</translation>
        </message>
        <message>
            <source>La colonne du nom du territoire est introuvable : attendu « territoire » ou « nom ». Vérifiez la première ligne du fichier.</source>
            <translation>The territory name column was not found: expected “territoire” or “nom”. Check the first line of the file.</translation>
        </message>
        <message>
            <source>Nom du territoire manquant : ligne ignorée.</source>
            <translation>Territory name missing: line skipped.</translation>
        </message>
        <message>
            <source>Le territoire « {name} » figure déjà à la ligne {first_line}. Vérifiez qu'il ne s'agit pas d'un doublon.</source>
            <translation>The territory “{name}” already appears on line {first_line}. Check that it is not a duplicate.</translation>
        </message>
        <message>
            <source>La ligne a plus de champs que l'en-tête : valeurs ignorées « {values} ».</source>
            <translation>The line has more fields than the header: values “{values}” ignored.</translation>
        </message>
        <message>
            <source>Colonne « {column} » non reconnue : ses valeurs sont ignorées.</source>
            <translation>Column “{column}” not recognised: its values are ignored.</translation>
        </message>
        <message>
            <source>La colonne n° {position} n'a pas de titre : ses valeurs sont ignorées.</source>
            <translation>Column no. {position} has no title: its values are ignored.</translation>
        </message>
        <message>
            <source>La colonne « {column} » désigne la même information que « {first} » : seule « {first} » est lue.</source>
            <translation>The column “{column}” holds the same information as “{first}”: only “{first}” is read.</translation>
        </message>
        <message>
            <source>Aucune colonne de code département : les territoires sont importés sans département.</source>
            <translation>No département code column: the territories are imported without a département.</translation>
        </message>
        <message>
            <source>Aucune colonne de date d'habilitation : les territoires sont importés sans date.</source>
            <translation>No habilitation date column: the territories are imported without a date.</translation>
        </message>
        <message>
            <source>Code département absent : le territoire est importé sans département.</source>
            <translation>Département code missing: the territory is imported without a département.</translation>
        </message>
        <message>
            <source>Code département non reconnu, conservé tel qu'écrit : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l'outre-mer.</source>
            <translation>Département code not recognised, kept as written: “{code}”. Expected: two digits, 2A, 2B, or three digits for overseas départements.</translation>
        </message>
        <message>
            <source>Date d'habilitation absente.</source>
            <translation>Habilitation date missing.</translation>
        </message>
        <message>
            <source>Date approximative conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Approximate date kept as written in the note: “{cell}”.</translation>
        </message>
        <message>
            <source>Date douteuse, marquée d'un point d'interrogation, conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Doubtful date, marked with a question mark, kept as written in the note: “{cell}”.</translation>
        </message>
        <message>
            <source>Plusieurs dates différentes : aucune n'est retenue et la cellule est conservée telle qu'elle est écrite dans la note : « {cell} ».</source>
            <translation>Several different dates: none is used, and the cell is kept as written in the note: “{cell}”.</translation>
        </message>
        <message>
            <source>Date d'habilitation illisible, conservée telle qu'elle est écrite dans la note : « {cell} ». Formats reconnus : AAAA-MM-JJ ou JJ/MM/AAAA.</source>
            <translation>Unreadable habilitation date, kept as written in the note: “{cell}”. Recognised formats: YYYY-MM-DD or DD/MM/YYYY.</translation>
        </message>
    </context>
    <context>
        <name>TerritoryPanel</name>
        <message>
            <source>Rechercher un territoire</source>
            <translation>Search for a territory</translation>
        </message>
        <message>
            <source>Rechercher un territoire…</source>
            <translation>Search for a territory…</translation>
        </message>
        <message>
            <source>Toutes les étapes</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>Tout afficher</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Liste des territoires</source>
            <translation>Territory list</translation>
        </message>
        <message>
            <source>Nouveau territoire</source>
            <translation>New territory</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Fiche PDF…</source>
            <translation>PDF sheet…</translation>
        </message>
        <message>
            <source>Ouvrir la fiche</source>
            <translation>Open the record</translation>
        </message>
        <message>
            <source>Suivi complet du territoire : historique, méthode, contacts, journal…</source>
            <translation>Full follow-up of the territory: history, method, contacts, journal…</translation>
        </message>
        <message>
            <source>Exporter la liste…</source>
            <translation>Export the list…</translation>
        </message>
        <message>
            <source>Toutes mes régions</source>
            <translation>All my regions</translation>
        </message>
        <message>
            <source>Toutes les régions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>Aucun territoire</source>
            <translation>No territory</translation>
        </message>
        <message>
            <source>1 territoire</source>
            <translation>1 territory</translation>
        </message>
        <message numerus="yes">
            <source>%Ln territoires</source>
            <translation>
                <numerusform>%Ln territory</numerusform>
                <numerusform>%Ln territories</numerusform>
            </translation>
        </message>
        <message>
            <source>Liste filtrée : {title}</source>
            <translation>Filtered list: {title}</translation>
        </message>
        <message>
            <source>Territoires</source>
            <translation>Territories</translation>
        </message>
        <message>
            <source>territoires</source>
            <translation>territories</translation>
        </message>
        <message>
            <source>Supprimer le territoire « {name} » ?

La suppression sera transmise à vos collègues lors du prochain échange de données.</source>
            <translation>Delete the territory “{name}”?

The deletion will be sent to your colleagues at the next data exchange.</translation>
        </message>
        <message>
            <source>Supprimer un territoire</source>
            <translation>Delete a territory</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Deletion failed</translation>
        </message>
        <message>
            <source>Enregistrer la fiche PDF</source>
            <translation>Save the PDF sheet</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Création de la fiche PDF…</source>
            <translation>Creating the PDF sheet…</translation>
        </message>
        <message>
            <source>Fiche PDF non créée</source>
            <translation>PDF sheet not created</translation>
        </message>
        <message>
            <source>Fiche PDF créée</source>
            <translation>PDF sheet created</translation>
        </message>
        <message>
            <source>La fiche a été enregistrée dans :
{path}</source>
            <translation>The sheet was saved in:
{path}</translation>
        </message>
    </context>
    <context>
        <name>TerritoryRecordView</name>
        <message>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <source>Annuler : {label}</source>
            <translation>Undo: {label}</translation>
        </message>
        <message>
            <source>Annulation impossible</source>
            <translation>Undo failed</translation>
        </message>
        <message>
            <source>Modification annulée : {label}.</source>
            <translation>Change undone: {label}.</translation>
        </message>
    </context>
    <context>
        <name>TerritoryRecordWindow</name>
        <message>
            <source>territoire supprimé</source>
            <translation>deleted territory</translation>
        </message>
        <message>
            <source>&amp;Fiche</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Ctrl+W</source>
            <translation>Ctrl+W</translation>
        </message>
        <message>
            <source>&amp;Édition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Fiche territoire — {name}</source>
            <translation>Territory record — {name}</translation>
        </message>
        <message>
            <source>Rien à enregistrer dans cet onglet.</source>
            <translation>Nothing to save in this tab.</translation>
        </message>
        <message>
            <source>Modifications enregistrées.</source>
            <translation>Changes saved.</translation>
        </message>
        <message>
            <source>Modifications non enregistrées</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Ces parties de la fiche ont des modifications non enregistrées :
{parts}

Voulez-vous les enregistrer ?</source>
            <translation>These parts of the record have unsaved changes:
{parts}

Do you want to save them?</translation>
        </message>
    </context>
    <context>
        <name>TerritoryTableModel</name>
        <message>
            <source>Ce territoire a été modifié sur deux postes sans que l'un ait vu l'autre : une des valeurs est affichée, l'autre est conservée.</source>
            <translation>This territory was changed on two computers without either seeing the other: one of the values is shown, the other is kept.</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé sur un autre poste pendant qu'il était modifié ici. Vérifiez s'il faut le garder.</source>
            <translation>This territory was deleted on another computer while it was being edited here. Check whether it should be kept.</translation>
        </message>
        <message>
            <source>Date d'habilitation : {note}</source>
            <translation>Habilitation date: {note}</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Département</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Grappe</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
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
            <translation>Unknown date</translation>
        </message>
        <message>
            <source>publié au Journal officiel le {date}</source>
            <translation>published in the Journal officiel on {date}</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Ajout d'un document à la base</source>
            <translation>Adding a document to the library</translation>
        </message>
        <message>
            <source>Modification d'un document</source>
            <translation>Editing a document</translation>
        </message>
        <message>
            <source>Nouvelle version d'un document</source>
            <translation>New version of a document</translation>
        </message>
        <message>
            <source>Import d'un dossier de documents</source>
            <translation>Importing a folder of documents</translation>
        </message>
        <message>
            <source>Statut de la réunion</source>
            <translation>Meeting status</translation>
        </message>
        <message>
            <source>Réouverture du compte rendu</source>
            <translation>Reopening the minutes</translation>
        </message>
        <message>
            <source>Ajout d'un point à l'ordre du jour</source>
            <translation>Adding an agenda item</translation>
        </message>
        <message>
            <source>Modification d'un point de l'ordre du jour</source>
            <translation>Editing an agenda item</translation>
        </message>
        <message>
            <source>Compte rendu d'un point</source>
            <translation>Minutes of an item</translation>
        </message>
        <message>
            <source>Suppression d'un point de l'ordre du jour</source>
            <translation>Deleting an agenda item</translation>
        </message>
        <message>
            <source>Déplacement d'un point</source>
            <translation>Moving an item</translation>
        </message>
        <message>
            <source>Déplacement d'une section</source>
            <translation>Moving a section</translation>
        </message>
        <message>
            <source>Décision ou action d'un point</source>
            <translation>Decision or action of an item</translation>
        </message>
        <message>
            <source>Suppression d'une décision ou d'une action</source>
            <translation>Deleting a decision or action</translation>
        </message>
        <message>
            <source>Personne invitée</source>
            <translation>Person invited</translation>
        </message>
        <message>
            <source>Personnes invitées</source>
            <translation>People invited</translation>
        </message>
        <message>
            <source>Retrait d'une personne</source>
            <translation>Removing a person</translation>
        </message>
        <message>
            <source>Préparation depuis les territoires</source>
            <translation>Preparation from the territories</translation>
        </message>
        <message>
            <source>Préparation de la réunion suivante</source>
            <translation>Preparing the next meeting</translation>
        </message>
        <message>
            <source>Modèle d'ordre du jour</source>
            <translation>Agenda template</translation>
        </message>
        <message>
            <source>Application d'un modèle</source>
            <translation>Applying a template</translation>
        </message>
        <message>
            <source>Suppression d'un modèle</source>
            <translation>Deleting a template</translation>
        </message>
        <message>
            <source>Enregistrement du besoin</source>
            <translation>Saving the need</translation>
        </message>
        <message>
            <source>Suppression du besoin</source>
            <translation>Deleting the need</translation>
        </message>
        <message>
            <source>Étape de l'historique</source>
            <translation>History stage</translation>
        </message>
        <message>
            <source>Suppression d'une étape</source>
            <translation>Deleting a stage</translation>
        </message>
        <message>
            <source>Phase de la méthode</source>
            <translation>Method phase</translation>
        </message>
        <message>
            <source>Critère du cahier des charges</source>
            <translation>Specifications (cahier des charges) criterion</translation>
        </message>
        <message>
            <source>Comité local pour l'emploi</source>
            <translation>Local employment committee (CLE)</translation>
        </message>
        <message>
            <source>Périmètre</source>
            <translation>Perimeter</translation>
        </message>
        <message>
            <source>État de santé</source>
            <translation>Health status</translation>
        </message>
        <message>
            <source>Acte d'habilitation</source>
            <translation>Habilitation act</translation>
        </message>
        <message>
            <source>Enregistrement de l'EBE</source>
            <translation>Saving the EBE</translation>
        </message>
        <message>
            <source>Suppression de l'EBE</source>
            <translation>Deleting the EBE</translation>
        </message>
        <message>
            <source>Valeur d'indicateur</source>
            <translation>Indicator value</translation>
        </message>
        <message>
            <source>Suppression d'une valeur d'indicateur</source>
            <translation>Deleting an indicator value</translation>
        </message>
        <message>
            <source>Enregistrement du contact</source>
            <translation>Saving the contact</translation>
        </message>
        <message>
            <source>Suppression du contact</source>
            <translation>Deleting the contact</translation>
        </message>
        <message>
            <source>Note du journal</source>
            <translation>Journal note</translation>
        </message>
        <message>
            <source>Suppression de la note</source>
            <translation>Deleting the note</translation>
        </message>
        <message>
            <source>Ajout d'un document</source>
            <translation>Adding a document</translation>
        </message>
        <message>
            <source>Document transmis</source>
            <translation>Document shared</translation>
        </message>
        <message>
            <source>Retrait d'un document</source>
            <translation>Removing a document</translation>
        </message>
        <message>
            <source>Fusion de territoires</source>
            <translation>Merging territories</translation>
        </message>
        <message>
            <source>Création du territoire</source>
            <translation>Creating the territory</translation>
        </message>
        <message>
            <source>Modification du territoire</source>
            <translation>Editing the territory</translation>
        </message>
        <message>
            <source>Suppression du territoire</source>
            <translation>Deleting the territory</translation>
        </message>
        <message>
            <source>Enregistrement de l'action</source>
            <translation>Saving the action</translation>
        </message>
        <message>
            <source>Suppression de l'action</source>
            <translation>Deleting the action</translation>
        </message>
    </context>
    <context>
        <name>UnknownRegion</name>
        <message>
            <source>Région inconnue : « {code} ». Indiquez le code INSEE d'une région, par exemple 84 pour Auvergne-Rhône-Alpes.</source>
            <translation>Unknown region: “{code}”. Enter the INSEE code of a region, for example 84 for Auvergne-Rhône-Alpes.</translation>
        </message>
    </context>
    <context>
        <name>UserError</name>
        <message>
            <source>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis. Restaurez plutôt une sauvegarde.</source>
            <translation>No import can be undone: either no import was made, or changes have been saved since. Restore a backup instead.</translation>
        </message>
        <message>
            <source>Ce document a déjà été remplacé par une version plus récente. Publiez la nouvelle version à partir de la dernière.</source>
            <translation>This document has already been replaced by a newer version. Publish the new version from the latest one.</translation>
        </message>
        <message>
            <source>Ce territoire a été supprimé entre-temps.</source>
            <translation>This territory was deleted in the meantime.</translation>
        </message>
        <message>
            <source>Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. Supprimez-les vous-même du dossier sauvegardes.</source>
            <translation>These backups still contain the erased data and could not be deleted: {files}. Delete them yourself from the sauvegardes folder.</translation>
        </message>
        <message>
            <source>Cet ordre du jour n'a aucun point hors des sections de territoires : il n'y a rien à enregistrer comme modèle.</source>
            <translation>This agenda has no items outside the territory sections: there is nothing to save as a template.</translation>
        </message>
        <message>
            <source>Cet élément n'existe plus : la suppression ne peut pas être examinée.</source>
            <translation>This item no longer exists: the deletion cannot be reviewed.</translation>
        </message>
        <message>
            <source>Cet élément n'existe plus : le conflit ne peut pas être réglé.</source>
            <translation>This item no longer exists: the conflict cannot be resolved.</translation>
        </message>
        <message>
            <source>Choisissez deux territoires différents à fusionner.</source>
            <translation>Choose two different territories to merge.</translation>
        </message>
        <message>
            <source>Collègue inconnu : « {peer} ». Importez d'abord un fichier de ce collègue, ou utilisez la commande peers pour voir les noms connus.</source>
            <translation>Unknown colleague: “{peer}”. First import a file from this colleague, or use the peers command to see the known names.</translation>
        </message>
        <message>
            <source>Il n'y a rien à annuler.</source>
            <translation>There is nothing to undo.</translation>
        </message>
        <message>
            <source>Impossible d'écrire dans le dossier partagé {folder} ({error}). Vérifiez que vous avez le droit d'y écrire et qu'il reste de la place.</source>
            <translation>Cannot write to the shared folder {folder} ({error}). Check that you may write to it and that there is space left.</translation>
        </message>
        <message>
            <source>Indiquez le fichier JSON à écrire après l'identifiant du contact.</source>
            <translation>Give the JSON file to write after the contact identifier.</translation>
        </message>
        <message>
            <source>Indiquez une seule région après --region pour les fiches d'une région.</source>
            <translation>Give a single region after --region for the records of a region.</translation>
        </message>
        <message>
            <source>L'effacement ne peut pas être annulé. Relancez la commande avec --yes pour confirmer.</source>
            <translation>Erasing cannot be undone. Run the command again with --yes to confirm.</translation>
        </message>
        <message>
            <source>La lecture du fichier de mot de passe {path} a échoué ({reason}). Vérifiez ce fichier et vos droits d'accès, puis réessayez.</source>
            <translation>Reading the password file {path} failed ({reason}). Check this file and your access rights, then try again.</translation>
        </message>
        <message>
            <source>Le compte rendu de cette réunion n'est pas validé : il est déjà modifiable.</source>
            <translation>The minutes of this meeting are not approved: they can already be changed.</translation>
        </message>
        <message>
            <source>Le dossier partagé {folder} est introuvable. Vérifiez qu'il existe et que votre outil de synchronisation (Nextcloud, Syncthing, OneDrive…) est lancé.</source>
            <translation>The shared folder {folder} was not found. Check that it exists and that your synchronisation tool (Nextcloud, Syncthing, OneDrive…) is running.</translation>
        </message>
        <message>
            <source>Le dossier « {path} » n'existe pas. Créez-le, ou ajoutez --one-file pour écrire un seul fichier PDF.</source>
            <translation>The folder “{path}” does not exist. Create it, or add --one-file to write a single PDF file.</translation>
        </message>
        <message>
            <source>Le fichier de mot de passe {path} est introuvable. Vérifiez le chemin indiqué après --passphrase-file.</source>
            <translation>The password file {path} was not found. Check the path given after --passphrase-file.</translation>
        </message>
        <message>
            <source>Le fichier de mot de passe {path} n'est pas du texte UTF-8. Enregistrez-le en UTF-8, puis réessayez.</source>
            <translation>The password file {path} is not UTF-8 text. Save it as UTF-8, then try again.</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>Guide d'utilisation</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Le guide d'utilisation est introuvable : le fichier {path} n'existe pas. Réinstallez l'application pour le retrouver.</source>
            <translation>The user guide was not found: the file {path} does not exist. Reinstall the application to get it back.</translation>
        </message>
        <message>
            <source>La lecture du guide d'utilisation {path} a échoué ({reason}). Réinstallez l'application pour le retrouver.</source>
            <translation>Reading the user guide {path} failed ({reason}). Reinstall the application to get it back.</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>Texte du guide d'utilisation</source>
            <translation>User guide text</translation>
        </message>
        <message>
            <source>Précédent</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Suivant</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Début du guide</source>
            <translation>Start of the guide</translation>
        </message>
        <message>
            <source>Guide d'utilisation</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>[Image non disponible : {description}]</source>
            <translation>[Image not available: {description}]</translation>
        </message>
        <message>
            <source>[Image non disponible]</source>
            <translation>[Image not available]</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Ce champ ne peut pas être vide.</source>
            <translation>This field cannot be empty.</translation>
        </message>
        <message>
            <source>Ce texte est trop long.</source>
            <translation>This text is too long.</translation>
        </message>
        <message>
            <source>Département inconnu.</source>
            <translation>Unknown département.</translation>
        </message>
        <message>
            <source>Ce département n'est pas dans cette région.</source>
            <translation>This département is not in this region.</translation>
        </message>
        <message>
            <source>Région inconnue.</source>
            <translation>Unknown region.</translation>
        </message>
        <message>
            <source>Indiquez votre nom.</source>
            <translation>Enter your name.</translation>
        </message>
        <message>
            <source>Choisissez au moins une région.</source>
            <translation>Choose at least one region.</translation>
        </message>
        <message>
            <source>Un territoire de ce nom existe déjà à cet endroit.</source>
            <translation>A territory with this name already exists at this place.</translation>
        </message>
        <message>
            <source>Indiquez le nom du territoire.</source>
            <translation>Enter the territory name.</translation>
        </message>
        <message>
            <source>Le nom du territoire dépasse 300 caractères.</source>
            <translation>The territory name exceeds 300 characters.</translation>
        </message>
        <message>
            <source>Une date d'habilitation n'a de sens que pour un territoire habilité.</source>
            <translation>An habilitation date only makes sense for an habilitated territory.</translation>
        </message>
        <message>
            <source>La date d'habilitation ne peut pas être dans le futur.</source>
            <translation>The habilitation date cannot be in the future.</translation>
        </message>
        <message>
            <source>La date d'habilitation ne peut pas précéder la première loi (2016).</source>
            <translation>The habilitation date cannot be before the first law (2016).</translation>
        </message>
        <message>
            <source>Indiquez le nom de la grappe.</source>
            <translation>Enter the cluster name.</translation>
        </message>
        <message>
            <source>Le nom de la grappe dépasse 300 caractères.</source>
            <translation>The cluster name exceeds 300 characters.</translation>
        </message>
        <message>
            <source>Choisissez la région de la grappe.</source>
            <translation>Choose the cluster's region.</translation>
        </message>
        <message>
            <source>Le nom de la référente ou du référent dépasse 200 caractères.</source>
            <translation>The referent's name exceeds 200 characters.</translation>
        </message>
        <message>
            <source>Indiquez la date de la réunion.</source>
            <translation>Enter the meeting date.</translation>
        </message>
        <message>
            <source>Choisissez la grappe qui se réunit.</source>
            <translation>Choose the cluster that is meeting.</translation>
        </message>
        <message>
            <source>Le titre dépasse 300 caractères.</source>
            <translation>The title exceeds 300 characters.</translation>
        </message>
        <message>
            <source>Indiquez l'heure sous la forme HH:MM, par exemple 09:30.</source>
            <translation>Enter the time as HH:MM, for example 09:30.</translation>
        </message>
        <message>
            <source>La durée doit être comprise entre 1 minute et 24 heures.</source>
            <translation>The duration must be between 1 minute and 24 hours.</translation>
        </message>
        <message>
            <source>Le nombre de personnes d'un territoire doit être compris entre 0 et 10 000.</source>
            <translation>The number of people from a territory must be between 0 and 10,000.</translation>
        </message>
        <message>
            <source>Décrivez l'action.</source>
            <translation>Describe the action.</translation>
        </message>
        <message>
            <source>Indiquez un titre.</source>
            <translation>Enter a title.</translation>
        </message>
        <message>
            <source>Le titre est trop long.</source>
            <translation>The title is too long.</translation>
        </message>
        <message>
            <source>Choisissez un fichier ou indiquez une adresse web.</source>
            <translation>Choose a file or enter a web address.</translation>
        </message>
        <message>
            <source>L'adresse web doit commencer par http:// ou https://.</source>
            <translation>The web address must start with http:// or https://.</translation>
        </message>
        <message>
            <source>Un mot-clé est trop long.</source>
            <translation>A keyword is too long.</translation>
        </message>
        <message>
            <source>Langue inconnue.</source>
            <translation>Unknown language.</translation>
        </message>
        <message>
            <source>Indiquez la raison.</source>
            <translation>Enter the reason.</translation>
        </message>
        <message>
            <source>Indiquez l'intitulé du point.</source>
            <translation>Enter the item title.</translation>
        </message>
        <message>
            <source>L'intitulé du point dépasse 300 caractères.</source>
            <translation>The item title exceeds 300 characters.</translation>
        </message>
        <message>
            <source>Le nom de la section dépasse 300 caractères.</source>
            <translation>The section name exceeds 300 characters.</translation>
        </message>
        <message>
            <source>Le nom de l'intervenant dépasse 200 caractères.</source>
            <translation>The speaker's name exceeds 200 characters.</translation>
        </message>
        <message>
            <source>La durée prévue doit être comprise entre 1 minute et 24 heures.</source>
            <translation>The planned duration must be between 1 minute and 24 hours.</translation>
        </message>
        <message>
            <source>Décrivez la décision, l'information ou l'action.</source>
            <translation>Describe the decision, information or action.</translation>
        </message>
        <message>
            <source>Le nom du responsable dépasse 200 caractères.</source>
            <translation>The owner's name exceeds 200 characters.</translation>
        </message>
        <message>
            <source>Indiquez le nom de la personne.</source>
            <translation>Enter the person's name.</translation>
        </message>
        <message>
            <source>Le nom dépasse 200 caractères.</source>
            <translation>The name exceeds 200 characters.</translation>
        </message>
        <message>
            <source>Le nom de la structure dépasse 300 caractères.</source>
            <translation>The organisation name exceeds 300 characters.</translation>
        </message>
        <message>
            <source>Indiquez pourquoi vous rouvrez le compte rendu.</source>
            <translation>Say why you are reopening the minutes.</translation>
        </message>
        <message>
            <source>Indiquez le nom du modèle.</source>
            <translation>Enter the template name.</translation>
        </message>
        <message>
            <source>Le nom du modèle dépasse 200 caractères.</source>
            <translation>The template name exceeds 200 characters.</translation>
        </message>
        <message>
            <source>Décrivez le besoin.</source>
            <translation>Describe the need.</translation>
        </message>
        <message>
            <source>Cette date précède les débuts de l'expérimentation (2014).</source>
            <translation>This date is before the start of the experiment (2014).</translation>
        </message>
        <message>
            <source>Cette date est dans le futur.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <source>Indiquez la date.</source>
            <translation>Enter the date.</translation>
        </message>
        <message>
            <source>Une date de publication ne concerne qu'un arrêté ou un décret.</source>
            <translation>A publication date only applies to a ministerial arrêté or a décret.</translation>
        </message>
        <message>
            <source>La publication ne peut pas précéder la signature de l'acte.</source>
            <translation>The publication cannot be before the signature of the act.</translation>
        </message>
        <message>
            <source>Indiquez le nom de l'EBE.</source>
            <translation>Enter the EBE's name.</translation>
        </message>
        <message>
            <source>Le nombre d'ETP doit être compris entre 0 et 10 000.</source>
            <translation>The FTE (ETP) count must be between 0 and 10,000.</translation>
        </message>
        <message>
            <source>Indiquez la valeur.</source>
            <translation>Enter the value.</translation>
        </message>
        <message>
            <source>La valeur ne peut pas être négative.</source>
            <translation>The value cannot be negative.</translation>
        </message>
        <message>
            <source>Un pourcentage ne peut pas dépasser 100.</source>
            <translation>A percentage cannot exceed 100.</translation>
        </message>
        <message>
            <source>Cette valeur est trop grande.</source>
            <translation>This value is too large.</translation>
        </message>
        <message>
            <source>Choisissez l'EBE dont c'est l'effectif.</source>
            <translation>Choose the EBE whose headcount this is.</translation>
        </message>
        <message>
            <source>Cette adresse électronique n'est pas valide.</source>
            <translation>This email address is not valid.</translation>
        </message>
        <message>
            <source>Ce numéro de téléphone n'est pas valide (chiffres, espaces, points, + et tirets).</source>
            <translation>This phone number is not valid (digits, spaces, dots, + and hyphens).</translation>
        </message>
        <message>
            <source>Écrivez la note.</source>
            <translation>Write the note.</translation>
        </message>
        <message>
            <source>Un code entre parenthèses n'est pas un code INSEE de commune : il compte 5 caractères, par exemple 07319 ou 2A004.</source>
            <translation>A code in brackets is not an INSEE commune code: it has 5 characters, for example 07319 or 2A004.</translation>
        </message>
    </context>
    <context>
        <name>_Group</name>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Modification non enregistrée</source>
            <translation>Change not saved</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Nouvelle action</source>
            <translation>New action</translation>
        </message>
    </context>
</TS>
