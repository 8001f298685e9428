<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
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
            <source>Nom</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Région</source>
            <translation>Région</translation>
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
            <source>Conflits ({count})</source>
            <translation>Conflits ({count})</translation>
        </message>
        <message>
            <source>Suppressions à examiner ({count})</source>
            <translation>Suppressions à examiner ({count})</translation>
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
        <name>Exchange</name>
        <message>
            <source>Aperçu de l'import : rien n'a encore été enregistré.</source>
            <translation>Aperçu de l'import : rien n'a encore été enregistré.</translation>
        </message>
        <message>
            <source>Fichier envoyé par {person} : {counts}.</source>
            <translation>Fichier envoyé par {person} : {counts}.</translation>
        </message>
        <message>
            <source>L'horloge de l'ordinateur de l'expéditeur ({person}) était en avance de plus d'un jour : {count} ramenées à aujourd'hui. Demandez-lui de régler son horloge.</source>
            <translation>L'horloge de l'ordinateur de l'expéditeur ({person}) était en avance de plus d'un jour : {count} ramenées à aujourd'hui. Demandez-lui de régler son horloge.</translation>
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
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>dates</translation>
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
            <source>L'horloge de l'ordinateur de {person} était en avance de plus d'un jour : {count} dates seront ramenées à aujourd'hui. Signalez-lui de régler son horloge.</source>
            <translation>L'horloge de l'ordinateur de {person} était en avance de plus d'un jour : {count} dates seront ramenées à aujourd'hui. Signalez-lui de régler son horloge.</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Territoires</source>
            <translation>Territoires</translation>
        </message>
        <message>
            <source>Grappes et réunions</source>
            <translation>Grappes et réunions</translation>
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
            <source>Mon profil…</source>
            <translation>Mon profil…</translation>
        </message>
        <message>
            <source>Restaurer une sauvegarde…</source>
            <translation>Restaurer une sauvegarde…</translation>
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
            <source>La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop. The chosen language applies the next time TZCLD Desktop starts.</source>
            <translation>La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop. The chosen language applies the next time TZCLD Desktop starts.</translation>
        </message>
        <message>
            <source>… et {count} autres lignes, à lire sous « Montrer les détails… ».</source>
            <translation>… et {count} autres lignes, à lire sous « Montrer les détails… ».</translation>
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
            <source>Adresse, salle ou lien de visioconférence</source>
            <translation>Adresse, salle ou lien de visioconférence</translation>
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
            <source>Territoires présents</source>
            <translation>Territoires présents</translation>
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
            <source>Actions</source>
            <translation>Actions</translation>
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
            <source>Annuler</source>
            <translation>Annuler</translation>
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
            <source>Réunion</source>
            <translation>Réunion</translation>
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
            <source>1 territoire présent</source>
            <translation>1 territoire présent</translation>
        </message>
        <message>
            <source>{count} territoires présents</source>
            <translation>{count} territoires présents</translation>
        </message>
        <message>
            <source>Réunion non enregistrée</source>
            <translation>Réunion non enregistrée</translation>
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
            <source>Territoires présents</source>
            <translation>Territoires présents</translation>
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
        <name>RecordNotFound</name>
        <message>
            <source>Élément introuvable (identifiant {record_id}) : il n'existe pas dans ces données, ou il a été supprimé entre-temps.</source>
            <translation>Élément introuvable (identifiant {record_id}) : il n'existe pas dans ces données, ou il a été supprimé entre-temps.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Réunion de grappe</source>
            <translation>Réunion de grappe</translation>
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
            <source>Le dossier de données {folder} n'a pas pu être créé ({error}). Choisissez un dossier où vous pouvez écrire, avec --data-dir ou TZCLD_DATA_DIR.</source>
            <translation>Le dossier de données {folder} n'a pas pu être créé ({error}). Choisissez un dossier où vous pouvez écrire, avec --data-dir ou TZCLD_DATA_DIR.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} a été écrit par une version plus récente de TZCLD Desktop (schéma « {revision} »). Il n'a pas été modifié. Installez la dernière version de l'application pour l'ouvrir.</source>
            <translation>Le fichier de données {path} a été écrit par une version plus récente de TZCLD Desktop (schéma « {revision} »). Il n'a pas été modifié. Installez la dernière version de l'application pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Le fichier de données {path} est illisible ou endommagé ({error}). Restaurez une sauvegarde ou choisissez un autre dossier de données.</source>
            <translation>Le fichier de données {path} est illisible ou endommagé ({error}). Restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
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
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Veuillez patienter</source>
            <translation>Veuillez patienter</translation>
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
            <source>Rechercher un territoire…</source>
            <translation>Rechercher un territoire…</translation>
        </message>
        <message>
            <source>Toutes les étapes</source>
            <translation>Toutes les étapes</translation>
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
    </context>
    <context>
        <name>UserError</name>
        <message>
            <source>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis. Restaurez plutôt une sauvegarde.</source>
            <translation>Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été enregistrées depuis. Restaurez plutôt une sauvegarde.</translation>
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
            <source>Collègue inconnu : « {peer} ». Importez d'abord un fichier de ce collègue, ou utilisez la commande peers pour voir les noms connus.</source>
            <translation>Collègue inconnu : « {peer} ». Importez d'abord un fichier de ce collègue, ou utilisez la commande peers pour voir les noms connus.</translation>
        </message>
        <message>
            <source>Impossible d'écrire dans le dossier partagé {folder} ({error}). Vérifiez que vous avez le droit d'y écrire et qu'il reste de la place.</source>
            <translation>Impossible d'écrire dans le dossier partagé {folder} ({error}). Vérifiez que vous avez le droit d'y écrire et qu'il reste de la place.</translation>
        </message>
        <message>
            <source>La lecture du fichier de mot de passe {path} a échoué ({reason}). Vérifiez ce fichier et vos droits d'accès, puis réessayez.</source>
            <translation>La lecture du fichier de mot de passe {path} a échoué ({reason}). Vérifiez ce fichier et vos droits d'accès, puis réessayez.</translation>
        </message>
        <message>
            <source>Le dossier partagé {folder} est introuvable. Vérifiez qu'il existe et que votre outil de synchronisation (Nextcloud, Syncthing, OneDrive…) est lancé.</source>
            <translation>Le dossier partagé {folder} est introuvable. Vérifiez qu'il existe et que votre outil de synchronisation (Nextcloud, Syncthing, OneDrive…) est lancé.</translation>
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
            <source>Indiquez la date de la réunion.</source>
            <translation>Indiquez la date de la réunion.</translation>
        </message>
        <message>
            <source>Choisissez la grappe qui se réunit.</source>
            <translation>Choisissez la grappe qui se réunit.</translation>
        </message>
        <message>
            <source>Décrivez l'action.</source>
            <translation>Décrivez l'action.</translation>
        </message>
    </context>
</TS>
