<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Modifier l&apos;action</source>
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
    <name>App</name>
    <message>
        <source>Fichier de données endommagé</source>
        <translation>Damaged data file</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde ? Sinon, l&apos;application repart d&apos;un fichier vide.</source>
        <translation>Restore this backup? Otherwise the application starts again from an empty file.</translation>
    </message>
    <message>
        <source>Dossier déjà ouvert</source>
        <translation>Folder already open</translation>
    </message>
    <message>
        <source>Le dossier de données {folder} est déjà ouvert dans une autre fenêtre de TZCLD Desktop. Revenez à cette fenêtre, ou fermez-la avant de rouvrir l&apos;application.</source>
        <translation>The data folder {folder} is already open in another TZCLD Desktop window. Go back to that window, or close it before opening the application again.</translation>
    </message>
    <message>
        <source>Données inaccessibles</source>
        <translation>Data not accessible</translation>
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
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
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
        <source>Aucun territoire n&apos;est enregistré dans cette région. Ajoutez-en dans l&apos;onglet des territoires.</source>
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
        <source>Conflits ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <source>Suppressions à examiner ({count})</source>
        <translation>Deletions to review ({count})</translation>
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
        <source>Le champ « {field} » a été modifié sur {count} copies sans que l&apos;une ait vu la modification de l&apos;autre. Gardez une des valeurs, ou écrivez-en une autre : votre choix sera transmis à vos collègues lors du prochain échange.</source>
        <translation>The field “{field}” was changed on {count} copies without either seeing the other&apos;s change. Keep one of the values, or write another one: your choice will be sent to your colleagues at the next exchange.</translation>
    </message>
    <message>
        <source>Les passages &lt;span style=&quot;background-color:{background}; color:{foreground}&quot;&gt;surlignés&lt;/span&gt; ne figurent que dans une des versions.</source>
        <translation>Passages &lt;span style=&quot;background-color:{background}; color:{foreground}&quot;&gt;highlighted&lt;/span&gt; appear in only one of the versions.</translation>
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
        <source>Le texte proposé est la valeur affichée : complétez-le avec ce que l&apos;autre version apporte.</source>
        <translation>The suggested text is the value shown: complete it with what the other version adds.</translation>
    </message>
    <message>
        <source>Enregistrer cette valeur</source>
        <translation>Save this value</translation>
    </message>
    <message>
        <source>Supprimé par une copie pendant qu&apos;une autre le modifiait.</source>
        <translation>Deleted by one copy while another was editing it.</translation>
    </message>
    <message>
        <source>La suppression a été faite sur une copie qui n&apos;avait pas vu la dernière modification. L&apos;élément reste affiché jusqu&apos;à votre décision.</source>
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
        <source>Une erreur inattendue s&apos;est produite. Vos données déjà enregistrées ne sont pas touchées ; l&apos;application continue. Pour aider à corriger le problème, envoyez le fichier journal à l&apos;équipe qui vous accompagne :
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
    <name>Exchange</name>
    <message>
        <source>Aperçu de l&apos;import : rien n&apos;a encore été enregistré.</source>
        <translation>Import preview: nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Fichier envoyé par {person} : {counts}.</source>
        <translation>File sent by {person}: {counts}.</translation>
    </message>
    <message>
        <source>L&apos;horloge de l&apos;ordinateur de l&apos;expéditeur ({person}) était en avance de plus d&apos;un jour : {count} ramenées à aujourd&apos;hui. Demandez-lui de régler son horloge.</source>
        <translation>The clock of the sender&apos;s computer ({person}) was more than one day ahead: {count} brought back to today. Ask them to set their clock.</translation>
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
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
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
        <source>Le fichier d&apos;échange ne contient pas l&apos;élément {member}. Il est incomplet : demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file does not contain the item {member}. It is incomplete: ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Un enregistrement à exporter dépasse la taille maximale d&apos;une ligne ({limit}) : le fichier d&apos;échange ne pourrait pas être relu. Raccourcissez les textes très longs de cet enregistrement, puis exportez de nouveau.</source>
        <translation>A record to export exceeds the maximum size of a line ({limit}): the exchange file could not be read back. Shorten the very long texts of this record, then export again.</translation>
    </message>
    <message>
        <source>Le manifeste du fichier d&apos;échange {path} dépasserait la taille maximale ({limit}) : le fichier ne pourrait pas être relu. Signalez ce problème à l&apos;équipe qui maintient TZCLD Desktop.</source>
        <translation>The manifest of the exchange file {path} would exceed the maximum size ({limit}): the file could not be read back. Report this problem to the team that maintains TZCLD Desktop.</translation>
    </message>
    <message>
        <source>L&apos;export compte {count} éléments, au-delà de la limite de {limit} par fichier d&apos;échange : le fichier ne pourrait pas être relu. Signalez ce problème à l&apos;équipe qui maintient TZCLD Desktop.</source>
        <translation>The export has {count} items, over the limit of {limit} per exchange file: the file could not be read back. Report this problem to the team that maintains TZCLD Desktop.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} à exporter dépasse la taille maximale de {limit} : le fichier d&apos;échange ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
        <translation>The item {member} to export exceeds the maximum size of {limit}: the exchange file could not be read back. Remove the largest attachments, then export again.</translation>
    </message>
    <message>
        <source>Les données à exporter dépassent la taille maximale d&apos;un fichier d&apos;échange ({limit}) : le fichier ne pourrait pas être relu. Retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
        <translation>The data to export exceeds the maximum size of an exchange file ({limit}): the file could not be read back. Remove the largest attachments, then export again.</translation>
    </message>
    <message>
        <source>Le disque est plein : le fichier d&apos;échange {path} n&apos;a pas pu être écrit. Libérez de la place ou choisissez un autre emplacement.</source>
        <translation>The disk is full: the exchange file {path} could not be written. Free some space or choose another location.</translation>
    </message>
    <message>
        <source>L&apos;emplacement choisi est en lecture seule : le fichier d&apos;échange {path} n&apos;a pas pu être écrit. Choisissez un autre emplacement, par exemple votre dossier Documents.</source>
        <translation>The chosen location is read-only: the exchange file {path} could not be written. Choose another location, for example your Documents folder.</translation>
    </message>
    <message>
        <source>Accès refusé : le fichier d&apos;échange {path} n&apos;a pas pu être écrit. Vérifiez que vous avez le droit d&apos;écrire dans ce dossier et qu&apos;aucun autre programme n&apos;a ouvert ce fichier, ou choisissez un autre emplacement.</source>
        <translation>Access denied: the exchange file {path} could not be written. Check that you may write to this folder and that no other program has this file open, or choose another location.</translation>
    </message>
    <message>
        <source>Le dossier {folder} n&apos;existe pas : le fichier d&apos;échange {path} n&apos;a pas pu être écrit. Choisissez un dossier existant.</source>
        <translation>The folder {folder} does not exist: the exchange file {path} could not be written. Choose an existing folder.</translation>
    </message>
    <message>
        <source>{path} est un dossier : le fichier d&apos;échange n&apos;a pas pu être écrit sous ce nom. Choisissez un autre nom de fichier.</source>
        <translation>{path} is a folder: the exchange file could not be written under this name. Choose another file name.</translation>
    </message>
    <message>
        <source>L&apos;écriture du fichier d&apos;échange {path} a échoué ({reason}). Vérifiez l&apos;emplacement choisi, puis réessayez.</source>
        <translation>Writing the exchange file {path} failed ({reason}). Check the chosen location, then try again.</translation>
    </message>
    <message>
        <source>{path} est un dossier et non un fichier d&apos;échange. Choisissez un fichier {extension}.</source>
        <translation>{path} is a folder, not an exchange file. Choose a {extension} file.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} est endommagé ou incomplet (copie interrompue, téléchargement tronqué ou support défectueux). Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file {path} is damaged or incomplete (interrupted copy, truncated download or faulty medium). Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} est vide : il a sans doute été mal copié ou mal transmis. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file {path} is empty: it was probably copied or sent incorrectly. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;est pas un fichier d&apos;échange TZCLD Desktop (ce n&apos;est pas une archive zip). Vérifiez que vous avez choisi le bon fichier, d&apos;extension {extension}.</source>
        <translation>The file {path} is not a TZCLD Desktop exchange file (it is not a zip archive). Check that you chose the right file, with the {extension} extension.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} contient {count} éléments, au-delà de la limite de {limit}. Il a été modifié ou ne provient pas de TZCLD Desktop : demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file {path} contains {count} items, over the limit of {limit}. It was modified or does not come from TZCLD Desktop: ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier {path} ne contient pas de manifeste ({manifest}) : ce n&apos;est pas un fichier d&apos;échange TZCLD Desktop, ou il est incomplet. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The file {path} has no manifest ({manifest}): it is not a TZCLD Desktop exchange file, or it is incomplete. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} est introuvable. Vérifiez qu&apos;il n&apos;a pas été déplacé ou renommé, puis choisissez-le de nouveau.</source>
        <translation>The exchange file {path} was not found. Check that it was not moved or renamed, then choose it again.</translation>
    </message>
    <message>
        <source>Accès refusé : vous n&apos;avez pas le droit de lire le fichier d&apos;échange {path}. Vérifiez les droits d&apos;accès à ce fichier ou copiez-le dans votre dossier Documents, puis réessayez.</source>
        <translation>Access denied: you may not read the exchange file {path}. Check the access rights of this file or copy it to your Documents folder, then try again.</translation>
    </message>
    <message>
        <source>La lecture du fichier d&apos;échange {path} a échoué ({reason}). Vérifiez que le support (clé USB, dossier partagé) est toujours accessible, puis réessayez.</source>
        <translation>Reading the exchange file {path} failed ({reason}). Check that the medium (USB stick, shared folder) is still accessible, then try again.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} contient un élément au nom non autorisé ({member}). Ce fichier a été modifié et pourrait être malveillant : ne l&apos;importez pas et demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file {path} contains an item with a forbidden name ({member}). This file was modified and could be malicious: do not import it, and ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} contient plusieurs éléments nommés {member}. Ce fichier a été modifié : demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file {path} contains several items named {member}. This file was modified: ask the sender for a new file.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} du fichier d&apos;échange {path} est protégé par un mot de passe zip, ce que TZCLD Desktop n&apos;utilise pas. Demandez à l&apos;expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le modifier avec un autre outil.</source>
        <translation>The item {member} of the exchange file {path} is protected by a zip password, which TZCLD Desktop does not use. Ask the sender for a new file exported from TZCLD Desktop, without changing it with another tool.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} du fichier d&apos;échange {path} utilise une méthode de compression ou une version du format zip que TZCLD Desktop ne lit pas. Demandez à l&apos;expéditeur un nouveau fichier exporté depuis TZCLD Desktop, sans le recompresser avec un autre outil.</source>
        <translation>The item {member} of the exchange file {path} uses a compression method or zip format version that TZCLD Desktop cannot read. Ask the sender for a new file exported from TZCLD Desktop, without recompressing it with another tool.</translation>
    </message>
    <message>
        <source>Le manifeste ({manifest}) du fichier d&apos;échange {path} contient la clé « {key} » en double. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The manifest ({manifest}) of the exchange file {path} contains the key “{key}” twice. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le manifeste ({manifest}) du fichier d&apos;échange {path} n&apos;est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The manifest ({manifest}) of the exchange file {path} is not valid JSON. The file is damaged: ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le manifeste ({manifest}) du fichier d&apos;échange {path} ne contient pas un objet JSON. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The manifest ({manifest}) of the exchange file {path} does not contain a JSON object. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;est pas un fichier d&apos;échange TZCLD Desktop : son manifeste n&apos;indique pas le format « {format} ». Vérifiez que vous avez choisi le bon fichier.</source>
        <translation>The file {path} is not a TZCLD Desktop exchange file: its manifest does not state the format “{format}”. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} demande la version {required} du format d&apos;échange, alors que cette version de TZCLD Desktop ne lit que jusqu&apos;à la version {supported}. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
        <translation>The exchange file {path} requires version {required} of the exchange format, but this version of TZCLD Desktop reads only up to version {supported}. Update TZCLD Desktop, then import this file again.</translation>
    </message>
    <message>
        <source>Le manifeste ({manifest}) du fichier d&apos;échange {path} dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The manifest ({manifest}) of the exchange file {path} exceeds the maximum size of {limit}. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le manifeste ({manifest}) du fichier d&apos;échange {path} est invalide : le champ « {field} » est absent ou incorrect. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The manifest ({manifest}) of the exchange file {path} is invalid: the field “{field}” is missing or incorrect. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange {path} contient un élément absent de son manifeste ({member}) : il a été modifié après l&apos;export. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file {path} contains an item missing from its manifest ({member}): it was modified after the export. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} manque dans le fichier d&apos;échange {path} : le fichier est incomplet ou a été modifié. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The item {member} is missing from the exchange file {path}: the file is incomplete or was modified. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} du fichier d&apos;échange {path} ne correspond pas à son empreinte SHA-256 : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The item {member} of the exchange file {path} does not match its SHA-256 checksum: the file was modified or damaged. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} du fichier d&apos;échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l&apos;importez pas et demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The item {member} of the exchange file {path} exceeds the maximum size of {limit} once decompressed. This file was modified or could be malicious: do not import it, and ask the sender for a new file.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} du fichier d&apos;échange {path} est compressé plus de {ratio} fois, ce qui est le signe d&apos;une bombe de décompression (un fichier piégé pour saturer la mémoire). Ne l&apos;importez pas et demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The item {member} of the exchange file {path} is compressed more than {ratio} times, which is the sign of a decompression bomb (a file built to fill up memory). Do not import it, and ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le contenu du fichier d&apos;échange {path} dépasse la taille maximale de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : ne l&apos;importez pas et demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The content of the exchange file {path} exceeds the maximum size of {limit} once decompressed. This file was modified or could be malicious: do not import it, and ask the sender for a new file.</translation>
    </message>
    <message>
        <source>L&apos;élément {member} du fichier d&apos;échange {path} n&apos;a pas la taille indiquée par son manifeste : le fichier a été modifié ou endommagé. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The item {member} of the exchange file {path} does not have the size stated in its manifest: the file was modified or damaged. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>La ligne {line} de l&apos;élément {member} du fichier d&apos;échange dépasse la taille maximale de {limit}. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>Line {line} of the item {member} of the exchange file exceeds the maximum size of {limit}. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>La ligne {line} de l&apos;élément {member} du fichier d&apos;échange n&apos;est pas du texte UTF-8 valide. Le fichier est endommagé : demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>Line {line} of the item {member} of the exchange file is not valid UTF-8 text. The file is damaged: ask the sender for a new file.</translation>
    </message>
    <message>
        <source>La ligne {line} de l&apos;élément {member} du fichier d&apos;échange contient la clé « {key} » en double. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>Line {line} of the item {member} of the exchange file contains the key “{key}” twice. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>La ligne {line} de l&apos;élément {member} du fichier d&apos;échange n&apos;est pas du JSON valide. Le fichier est endommagé : demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>Line {line} of the item {member} of the exchange file is not valid JSON. The file is damaged: ask the sender for a new file.</translation>
    </message>
    <message>
        <source>La ligne {line} de l&apos;élément {member} du fichier d&apos;échange n&apos;est pas un objet JSON. Demandez un nouveau fichier à l&apos;expéditeur.</source>
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
        <source>la valeur du champ {field} n&apos;a pas le bon type</source>
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
        <source>table inconnue « {table} » (fichier d&apos;une version plus récente ?)</source>
        <translation>unknown table “{table}” (file from a newer version?)</translation>
    </message>
    <message>
        <source>champ inconnu « {field} » dans {table}</source>
        <translation>unknown field “{field}” in {table}</translation>
    </message>
    <message>
        <source>identifiant d&apos;élément invalide</source>
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
        <source>nom d&apos;auteur invalide</source>
        <translation>invalid author name</translation>
    </message>
    <message>
        <source>valeur absente du contexte ou en double</source>
        <translation>value missing from the context or duplicated</translation>
    </message>
    <message>
        <source>Ce fichier d&apos;échange a été protégé par une version plus récente de TZCLD Desktop (chiffrement version {version}, alors que cette version de l&apos;application lit jusqu&apos;à la version {supported}). Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
        <translation>This exchange file was protected by a newer version of TZCLD Desktop (encryption version {version}, but this version of the application reads up to version {supported}). Update TZCLD Desktop, then import this file again.</translation>
    </message>
    <message>
        <source>Ce fichier d&apos;échange est protégé par un mot de passe. Saisissez le mot de passe que l&apos;expéditeur vous a communiqué.</source>
        <translation>This exchange file is protected by a password. Enter the password the sender gave you.</translation>
    </message>
    <message>
        <source>L&apos;en-tête de chiffrement de ce fichier d&apos;échange est invalide : le fichier a été endommagé ou modifié en route, ou ne provient pas de TZCLD Desktop. Demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The encryption header of this exchange file is invalid: the file was damaged or modified on the way, or does not come from TZCLD Desktop. Ask the sender for a new file.</translation>
    </message>
    <message>
        <source>La mémoire disponible ne suffit pas pour calculer la clé de chiffrement du fichier d&apos;échange ({memory}&#xa0;Mio nécessaires). Fermez d&apos;autres applications, puis réessayez.</source>
        <translation>Not enough memory is available to compute the encryption key of the exchange file ({memory}&#xa0;MiB needed). Close other applications, then try again.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange contient un état de synchronisation invalide. Demandez à l&apos;expéditeur de refaire l&apos;export.</source>
        <translation>The exchange file contains an invalid synchronisation state. Ask the sender to export again.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange dépasse la taille maximale d&apos;un fichier protégé par un mot de passe (environ 2&#xa0;Gio). Il a été modifié ou ne provient pas de TZCLD Desktop : ne l&apos;importez pas et demandez un nouveau fichier à l&apos;expéditeur.</source>
        <translation>The exchange file exceeds the maximum size of a password-protected file (about 2&#xa0;GiB). It was modified or does not come from TZCLD Desktop: do not import it, and ask the sender for a new file.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange désigne une région ou un département inconnu de cette version. Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier.</source>
        <translation>The exchange file refers to a region or département unknown to this version. Update TZCLD Desktop, then import this file again.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange est invalide (ligne {line} des données) : {problem}. Demandez à l&apos;expéditeur de refaire l&apos;export.</source>
        <translation>The exchange file is invalid (data line {line}): {problem}. Ask the sender to export again.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;échange ne dit pas qui l&apos;a envoyé (expéditeur manquant ou invalide). Demandez à l&apos;expéditeur de refaire l&apos;export.</source>
        <translation>The exchange file does not say who sent it (sender missing or invalid). Ask the sender to export again.</translation>
    </message>
    <message>
        <source>Le fichier {file} est incohérent : le champ {field} de l&apos;élément {record} apparaît deux fois (ligne {line}). Demandez à l&apos;expéditeur de refaire l&apos;export.</source>
        <translation>The file {file} is inconsistent: the field {field} of the item {record} appears twice (line {line}). Ask the sender to export again.</translation>
    </message>
    <message>
        <source>Le fichier {file} ne contient pas de données ({member} manquant). Demandez à l&apos;expéditeur de refaire l&apos;export.</source>
        <translation>The file {file} contains no data ({member} missing). Ask the sender to export again.</translation>
    </message>
    <message>
        <source>Le mot de passe est incorrect, ou le fichier a été modifié ou endommagé en route. Vérifiez le mot de passe avec l&apos;expéditeur ; s&apos;il est juste, demandez-lui un nouveau fichier.</source>
        <translation>The password is wrong, or the file was modified or damaged on the way. Check the password with the sender; if it is right, ask them for a new file.</translation>
    </message>
    <message>
        <source>Le mot de passe est vide. Choisissez un mot de passe pour protéger le fichier d&apos;échange, ou exportez-le sans mot de passe.</source>
        <translation>The password is empty. Choose a password to protect the exchange file, or export it without a password.</translation>
    </message>
    <message>
        <source>Le mot de passe est vide. Saisissez le mot de passe que l&apos;expéditeur vous a communiqué.</source>
        <translation>The password is empty. Enter the password the sender gave you.</translation>
    </message>
    <message>
        <source>Les données à exporter dépassent la taille maximale d&apos;un fichier d&apos;échange protégé par un mot de passe (environ 2&#xa0;Gio). Exportez-les sans mot de passe ou retirez les pièces jointes les plus volumineuses, puis exportez de nouveau.</source>
        <translation>The data to export exceeds the maximum size of a password-protected exchange file (about 2&#xa0;GiB). Export it without a password or remove the largest attachments, then export again.</translation>
    </message>
</context>
<context>
    <name>ExchangeLogDialog</name>
    <message>
        <source>Journal des échanges</source>
        <translation>Exchange log</translation>
    </message>
    <message>
        <source>Aucun fichier envoyé ni reçu pour l&apos;instant.</source>
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
        <source>Vous n&apos;avez encore reçu aucun fichier d&apos;un collègue. Utilisez « Exporter tout… » : le fichier contiendra toutes vos données.</source>
        <translation>You have not received any file from a colleague yet. Use “Export everything…”: the file will contain all your data.</translation>
    </message>
    <message>
        <source>Fichiers d&apos;échange TZCLD (*.tzsync)</source>
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
        <source>Fichiers d&apos;échange TZCLD (*.tzsync);;Tous les fichiers (*)</source>
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
        <source>Ce fichier est protégé par un mot de passe. Saisissez le mot de passe que l&apos;expéditeur vous a communiqué.</source>
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
        <source>l&apos;expéditeur</source>
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
        <source>Aucun import ne peut être annulé : soit aucun import n&apos;a été fait, soit des modifications ont été enregistrées depuis.</source>
        <translation>No import can be undone: either no import was made, or changes have been saved since.</translation>
    </message>
    <message>
        <source>un expéditeur sans nom</source>
        <translation>an unnamed sender</translation>
    </message>
    <message>
        <source>Annuler l&apos;import du fichier « {file} » reçu de {person} ?

Vos données reviendront à leur état d&apos;avant cet import. L&apos;état actuel est d&apos;abord copié dans le dossier « sauvegardes » du dossier de données.</source>
        <translation>Undo the import of the file “{file}” received from {person}?

Your data will return to its state before this import. The current state is first copied to the “sauvegardes” (backups) folder of the data folder.</translation>
    </message>
    <message>
        <source>Annulation en cours…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>L&apos;import du fichier « {file} » a été annulé. Vous pouvez importer ce fichier de nouveau plus tard.</source>
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
        <source>Aucun dossier partagé n&apos;est choisi. Choisissez-le d&apos;abord par « Échanges › Dossier partagé… ».</source>
        <translation>No shared folder is chosen. Choose it first with “Exchanges › Shared folder…”.</translation>
    </message>
    <message>
        <source>Synchronisation avec le dossier partagé…</source>
        <translation>Synchronising with the shared folder…</translation>
    </message>
    <message>
        <source>Certains fichiers du dossier partagé ont été refusés. Vos données n&apos;en ont rien reçu.</source>
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
        <source>Date d&apos;habilitation</source>
        <translation>Authorisation date</translation>
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
    <name>ImportPreviewDialog</name>
    <message>
        <source>Aperçu de l&apos;import</source>
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
        <source>L&apos;horloge de l&apos;ordinateur de {person} était en avance de plus d&apos;un jour : {count} dates seront ramenées à aujourd&apos;hui. Signalez-lui de régler son horloge.</source>
        <translation>The clock of {person}&apos;s computer was more than one day ahead: {count} dates will be brought back to today. Ask them to set their clock.</translation>
    </message>
    <message>
        <source>Ce fichier ne vous apporte aucune modification. L&apos;importer enregistre tout de même ce que {person} a déjà reçu, pour que vos prochains envois à {person} ne contiennent que la suite.</source>
        <translation>This file brings you no change. Importing it still records what {person} has already received, so that your next files for {person} contain only what follows.</translation>
    </message>
    <message>
        <source>Rien n&apos;est encore enregistré. Une sauvegarde de vos données sera faite juste avant l&apos;import, et vous pourrez l&apos;annuler par « Échanges › Annuler le dernier import… » tant que vous n&apos;aurez rien modifié.</source>
        <translation>Nothing is saved yet. A backup of your data will be made just before the import, and you can undo it with “Exchanges › Undo last import…” as long as you have not changed anything.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Territoires</source>
        <translation>Territories</translation>
    </message>
    <message>
        <source>Grappes et réunions</source>
        <translation>Clusters and meetings</translation>
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
        <source>Mon profil…</source>
        <translation>My profile…</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
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
        <source>É&amp;changes</source>
        <translation>&amp;Exchanges</translation>
    </message>
    <message>
        <source>Exporter tout…</source>
        <translation>Export everything…</translation>
    </message>
    <message>
        <source>Toutes vos données, pour un collègue qui commence ou qui n&apos;a encore rien reçu de vous</source>
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
        <source>Seulement ce qu&apos;un collègue n&apos;a pas encore reçu, d&apos;après le dernier fichier reçu de lui</source>
        <translation>Only what a colleague has not received yet, according to the last file received from them</translation>
    </message>
    <message>
        <source>Disponible après l&apos;import d&apos;un premier fichier d&apos;un collègue : il indique ce qu&apos;il a déjà</source>
        <translation>Available after importing a first file from a colleague: it states what they already have</translation>
    </message>
    <message>
        <source>Annuler l&apos;import de « {file} »</source>
        <translation>Undo the import of “{file}”</translation>
    </message>
    <message>
        <source>Possible juste après un import, tant que vous n&apos;avez rien modifié depuis</source>
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
        <source>Choisissez d&apos;abord le dossier partagé</source>
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
        <source>La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop. The chosen language applies the next time TZCLD Desktop starts.</source>
        <translation>The chosen language applies the next time TZCLD Desktop starts. La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop.</translation>
    </message>
    <message>
        <source>… et {count} autres lignes, à lire sous « Montrer les détails… ».</source>
        <translation>… and {count} more lines, to read under “Show Details…”.</translation>
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
        <source>Adresse, salle ou lien de visioconférence</source>
        <translation>Address, room or video-conference link</translation>
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
        <source>Territoires présents</source>
        <translation>Territories present</translation>
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
        <source>Actions</source>
        <translation>Actions</translation>
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
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Aucune grappe</source>
        <translation>No cluster</translation>
    </message>
    <message>
        <source>Aucun territoire à proposer : ajoutez des territoires à la région de la grappe.</source>
        <translation>No territory to suggest: add territories to the cluster&apos;s region.</translation>
    </message>
    <message>
        <source>Cette grappe n&apos;a pas encore de territoires membres. Voici les territoires de la région {region} : cochez ceux qui étaient présents.</source>
        <translation>This cluster has no member territories yet. Here are the territories of the {region} region: tick those that were present.</translation>
    </message>
    <message>
        <source>Cette réunion n&apos;a pas de date enregistrée : vérifiez la date proposée.</source>
        <translation>This meeting has no saved date: check the suggested date.</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Meeting</translation>
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
        <source>1 territoire présent</source>
        <translation>1 territory present</translation>
    </message>
    <message>
        <source>{count} territoires présents</source>
        <translation>{count} territories present</translation>
    </message>
    <message>
        <source>Réunion non enregistrée</source>
        <translation>Meeting not saved</translation>
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
        <source>Territoires présents</source>
        <translation>Territories present</translation>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
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
    <name>PeerExportDialog</name>
    <message>
        <source>Exporter pour un collègue</source>
        <translation>Export for a colleague</translation>
    </message>
    <message>
        <source>Choisissez le collègue à qui vous envoyez le fichier. Il contiendra seulement ce que ce collègue n&apos;avait pas encore d&apos;après le dernier fichier reçu de lui, y compris ce qu&apos;un envoi perdu devait lui apporter.</source>
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
    <name>RecordNotFound</name>
    <message>
        <source>Élément introuvable (identifiant {record_id}) : il n&apos;existe pas dans ces données, ou il a été supprimé entre-temps.</source>
        <translation>Item not found (identifier {record_id}): it does not exist in this data, or it was deleted in the meantime.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Réunion de grappe</source>
        <translation>Cluster meeting</translation>
    </message>
</context>
<context>
    <name>ReportWriteError</name>
    <message>
        <source>Le fichier PDF « {path} » n&apos;a pas pu être écrit : {reason}. Vérifiez que le dossier existe, que vous avez le droit d&apos;y écrire, qu&apos;il reste de la place sur le disque et que le fichier n&apos;est pas ouvert dans une autre application.</source>
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
        <source>Choisissez la copie à remettre en place. Vos données actuelles sont d&apos;abord conservées dans une nouvelle sauvegarde : vous pourrez revenir en arrière.</source>
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
        <source>avant une mise à jour de l&apos;application</source>
        <translation>before an application update</translation>
    </message>
    <message>
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>avant l&apos;annulation d&apos;un import</source>
        <translation>before undoing an import</translation>
    </message>
    <message>
        <source>Remettre les données telles qu&apos;elles étaient le {when} ? Ce que vous avez saisi depuis sera retiré de l&apos;application, mais restera dans une sauvegarde.</source>
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
        <translation>Authorised territory</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Le disque est plein : la modification n&apos;a pas été enregistrée et vos données sont intactes. Libérez de la place sur le disque ({path}), puis recommencez.</source>
        <translation>The disk is full: the change was not saved and your data is intact. Free some space on the disk ({path}), then try again.</translation>
    </message>
    <message>
        <source>Le dossier de données {path} est en lecture seule (clé USB verrouillée, disque protégé ?) : la modification n&apos;a pas été enregistrée. Rendez-le accessible en écriture, puis recommencez.</source>
        <translation>The data folder {path} is read-only (locked USB stick, protected disk?): the change was not saved. Make it writable, then try again.</translation>
    </message>
    <message>
        <source>Le fichier de données {path} est occupé par un autre programme. Fermez les autres fenêtres de TZCLD Desktop qui utilisent ce dossier, puis recommencez.</source>
        <translation>The data file {path} is in use by another program. Close the other TZCLD Desktop windows that use this folder, then try again.</translation>
    </message>
    <message>
        <source>Le fichier de données {path} ne peut pas être ouvert. Vérifiez que le dossier existe toujours (clé USB retirée ?) et que vous avez le droit d&apos;y écrire.</source>
        <translation>The data file {path} cannot be opened. Check that the folder still exists (USB stick removed?) and that you may write to it.</translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture sur le disque pour {path} : la modification n&apos;a pas été enregistrée. Vérifiez le support (clé USB mal branchée ?), puis recommencez.</source>
        <translation>Disk read or write error for {path}: the change was not saved. Check the medium (USB stick badly plugged in?), then try again.</translation>
    </message>
    <message>
        <source>La restauration de {file} a échoué ({error}). Vérifiez la place libre sur le disque, puis réessayez.</source>
        <translation>Restoring {file} failed ({error}). Check the free space on the disk, then try again.</translation>
    </message>
    <message>
        <source>La sauvegarde de sécurité n&apos;a pas pu être faite dans {folder} ({error}) ; rien n&apos;a été modifié. Libérez de la place sur le disque ou vérifiez que le dossier est accessible en écriture.</source>
        <translation>The safety backup could not be made in {folder} ({error}); nothing was changed. Free some space on the disk or check that the folder is writable.</translation>
    </message>
    <message>
        <source>La sauvegarde {file} est elle-même endommagée ; elle n&apos;a pas été restaurée. Choisissez-en une autre.</source>
        <translation>The backup {file} is itself damaged; it was not restored. Choose another one.</translation>
    </message>
    <message>
        <source>Le dossier de données {folder} n&apos;a pas pu être créé ({error}). Choisissez un dossier où vous pouvez écrire, avec --data-dir ou TZCLD_DATA_DIR.</source>
        <translation>The data folder {folder} could not be created ({error}). Choose a folder you can write to, with --data-dir or TZCLD_DATA_DIR.</translation>
    </message>
    <message>
        <source>Le fichier de données {path} a été écrit par une version plus récente de TZCLD Desktop (schéma « {revision} »). Il n&apos;a pas été modifié. Installez la dernière version de l&apos;application pour l&apos;ouvrir.</source>
        <translation>The data file {path} was written by a newer version of TZCLD Desktop (schema “{revision}”). It was not changed. Install the latest version of the application to open it.</translation>
    </message>
    <message>
        <source>Le fichier de données {path} est illisible ou endommagé ({error}). Restaurez une sauvegarde ou choisissez un autre dossier de données.</source>
        <translation>The data file {path} is unreadable or damaged ({error}). Restore a backup or choose another data folder.</translation>
    </message>
    <message>
        <source>Le fichier de données {path} ne peut pas être lu ({error}). Si le dossier est sur une clé USB verrouillée ou un support en lecture seule, rendez-le accessible en écriture, puis recommencez.</source>
        <translation>The data file {path} cannot be read ({error}). If the folder is on a locked USB stick or a read-only medium, make it writable, then try again.</translation>
    </message>
    <message>
        <source>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. Aucune sauvegarde intacte n&apos;a été trouvée : l&apos;application repart d&apos;un fichier vide.</source>
        <translation>The data file was damaged; it was set aside under the name {moved}. No intact backup was found: the application starts again from an empty file.</translation>
    </message>
    <message>
        <source>Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. La dernière sauvegarde intacte date du {date} : les modifications faites depuis seraient perdues.</source>
        <translation>The data file was damaged; it was set aside under the name {moved}. The latest intact backup dates from {date}: changes made since then would be lost.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Veuillez patienter</source>
        <translation>Please wait</translation>
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
        <source>Adresse web ou document d&apos;où viennent ces informations</source>
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
        <source>Date d&apos;habilitation</source>
        <translation>Authorisation date</translation>
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
        <source>Le fichier {path} n&apos;est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.</source>
        <translation>The file {path} is neither UTF-8 nor Windows-1252. Save it as “CSV UTF-8”, then import it again.</translation>
    </message>
    <message>
        <source>Le fichier {path} est un classeur (Excel ou LibreOffice), pas un fichier CSV. Enregistrez-le au format CSV puis importez-le de nouveau.</source>
        <translation>The file {path} is a spreadsheet (Excel or LibreOffice), not a CSV file. Save it as CSV, then import it again.</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;est pas un fichier CSV lisible (ligne {line} : {reason}).</source>
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
        <source>Le territoire « {name} » figure déjà à la ligne {first_line}. Vérifiez qu&apos;il ne s&apos;agit pas d&apos;un doublon.</source>
        <translation>The territory “{name}” already appears on line {first_line}. Check that it is not a duplicate.</translation>
    </message>
    <message>
        <source>La ligne a plus de champs que l&apos;en-tête : valeurs ignorées « {values} ».</source>
        <translation>The line has more fields than the header: values “{values}” ignored.</translation>
    </message>
    <message>
        <source>Colonne « {column} » non reconnue : ses valeurs sont ignorées.</source>
        <translation>Column “{column}” not recognised: its values are ignored.</translation>
    </message>
    <message>
        <source>La colonne n° {position} n&apos;a pas de titre : ses valeurs sont ignorées.</source>
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
        <source>Aucune colonne de date d&apos;habilitation : les territoires sont importés sans date.</source>
        <translation>No authorisation date column: the territories are imported without a date.</translation>
    </message>
    <message>
        <source>Code département absent : le territoire est importé sans département.</source>
        <translation>Département code missing: the territory is imported without a département.</translation>
    </message>
    <message>
        <source>Code département non reconnu, conservé tel qu&apos;écrit : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l&apos;outre-mer.</source>
        <translation>Département code not recognised, kept as written: “{code}”. Expected: two digits, 2A, 2B, or three digits for overseas départements.</translation>
    </message>
    <message>
        <source>Date d&apos;habilitation absente.</source>
        <translation>Authorisation date missing.</translation>
    </message>
    <message>
        <source>Date approximative conservée telle qu&apos;elle est écrite dans la note : « {cell} ».</source>
        <translation>Approximate date kept as written in the note: “{cell}”.</translation>
    </message>
    <message>
        <source>Date douteuse, marquée d&apos;un point d&apos;interrogation, conservée telle qu&apos;elle est écrite dans la note : « {cell} ».</source>
        <translation>Doubtful date, marked with a question mark, kept as written in the note: “{cell}”.</translation>
    </message>
    <message>
        <source>Plusieurs dates différentes : aucune n&apos;est retenue et la cellule est conservée telle qu&apos;elle est écrite dans la note : « {cell} ».</source>
        <translation>Several different dates: none is used, and the cell is kept as written in the note: “{cell}”.</translation>
    </message>
    <message>
        <source>Date d&apos;habilitation illisible, conservée telle qu&apos;elle est écrite dans la note : « {cell} ». Formats reconnus : AAAA-MM-JJ ou JJ/MM/AAAA.</source>
        <translation>Unreadable authorisation date, kept as written in the note: “{cell}”. Recognised formats: YYYY-MM-DD or DD/MM/YYYY.</translation>
    </message>
</context>
<context>
    <name>TerritoryPanel</name>
    <message>
        <source>Rechercher un territoire…</source>
        <translation>Search for a territory…</translation>
    </message>
    <message>
        <source>Toutes les étapes</source>
        <translation>All stages</translation>
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
    <name>TerritoryTableModel</name>
    <message>
        <source>Ce territoire a été modifié sur deux postes sans que l&apos;un ait vu l&apos;autre : une des valeurs est affichée, l&apos;autre est conservée.</source>
        <translation>This territory was changed on two computers without either seeing the other: one of the values is shown, the other is kept.</translation>
    </message>
    <message>
        <source>Ce territoire a été supprimé sur un autre poste pendant qu&apos;il était modifié ici. Vérifiez s&apos;il faut le garder.</source>
        <translation>This territory was deleted on another computer while it was being edited here. Check whether it should be kept.</translation>
    </message>
    <message>
        <source>Date d&apos;habilitation : {note}</source>
        <translation>Authorisation date: {note}</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>Aucun import ne peut être annulé : soit aucun import n&apos;a été fait, soit des modifications ont été enregistrées depuis. Restaurez plutôt une sauvegarde.</source>
        <translation>No import can be undone: either no import was made, or changes have been saved since. Restore a backup instead.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe plus : la suppression ne peut pas être examinée.</source>
        <translation>This item no longer exists: the deletion cannot be reviewed.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe plus : le conflit ne peut pas être réglé.</source>
        <translation>This item no longer exists: the conflict cannot be resolved.</translation>
    </message>
    <message>
        <source>Collègue inconnu : « {peer} ». Importez d&apos;abord un fichier de ce collègue, ou utilisez la commande peers pour voir les noms connus.</source>
        <translation>Unknown colleague: “{peer}”. First import a file from this colleague, or use the peers command to see the known names.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans le dossier partagé {folder} ({error}). Vérifiez que vous avez le droit d&apos;y écrire et qu&apos;il reste de la place.</source>
        <translation>Cannot write to the shared folder {folder} ({error}). Check that you may write to it and that there is space left.</translation>
    </message>
    <message>
        <source>La lecture du fichier de mot de passe {path} a échoué ({reason}). Vérifiez ce fichier et vos droits d&apos;accès, puis réessayez.</source>
        <translation>Reading the password file {path} failed ({reason}). Check this file and your access rights, then try again.</translation>
    </message>
    <message>
        <source>Le dossier partagé {folder} est introuvable. Vérifiez qu&apos;il existe et que votre outil de synchronisation (Nextcloud, Syncthing, OneDrive…) est lancé.</source>
        <translation>The shared folder {folder} was not found. Check that it exists and that your synchronisation tool (Nextcloud, Syncthing, OneDrive…) is running.</translation>
    </message>
    <message>
        <source>Le fichier de mot de passe {path} est introuvable. Vérifiez le chemin indiqué après --passphrase-file.</source>
        <translation>The password file {path} was not found. Check the path given after --passphrase-file.</translation>
    </message>
    <message>
        <source>Le fichier de mot de passe {path} n&apos;est pas du texte UTF-8. Enregistrez-le en UTF-8, puis réessayez.</source>
        <translation>The password file {path} is not UTF-8 text. Save it as UTF-8, then try again.</translation>
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
        <source>Ce département n&apos;est pas dans cette région.</source>
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
        <source>Une date d&apos;habilitation n&apos;a de sens que pour un territoire habilité.</source>
        <translation>An authorisation date only makes sense for an authorised territory.</translation>
    </message>
    <message>
        <source>La date d&apos;habilitation ne peut pas être dans le futur.</source>
        <translation>The authorisation date cannot be in the future.</translation>
    </message>
    <message>
        <source>La date d&apos;habilitation ne peut pas précéder la première loi (2016).</source>
        <translation>The authorisation date cannot be before the first law (2016).</translation>
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
        <translation>Choose the cluster&apos;s region.</translation>
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
        <source>Décrivez l&apos;action.</source>
        <translation>Describe the action.</translation>
    </message>
</context>
</TS>
