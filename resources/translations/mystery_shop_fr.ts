<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>section_below must be a percentage above 0, at most 100</source>
            <translation>section_below doit être un pourcentage supérieur à 0, au plus 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>there is no such action</source>
            <translation>cette action n’existe pas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an entry cannot come before the one it follows</source>
            <translation>une entrée ne peut précéder celle qu’elle suit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the note is longer than {max} characters</source>
            <translation>la note dépasse {max} caractères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>at most {max} photos</source>
            <translation>au plus {max} photos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>only head office verifies or reopens an action</source>
            <translation>seul le siège valide ou rouvre une action</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an action that is {status} cannot be {event}</source>
            <translation>une action à l’état {status} ne peut pas être {event}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>{field} must be a whole number of days from 0 to {max}</source>
            <translation>{field} doit être un nombre entier de jours de 0 à {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action is open already</source>
            <translation>l’action est déjà ouverte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>a later visit judged this action already</source>
            <translation>une visite ultérieure a déjà jugé cette action</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action was withdrawn</source>
            <translation>l’action a été retirée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>say what was done</source>
            <translation>dites ce qui a été fait</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>give the reason to reopen it</source>
            <translation>donnez la raison de la rouvrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>unknown question type {type!r}</source>
            <translation>type de question inconnu {type!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number from {lo} to {hi}</source>
            <translation>un nombre de {lo} à {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at least {lo}</source>
            <translation>un nombre d’au moins {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at most {hi}</source>
            <translation>un nombre d’au plus {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override on a question that earns no points</source>
            <translation>correction sur une question qui ne rapporte aucun point</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points {points!r} is not a number</source>
            <translation>les points corrigés {points!r} ne sont pas un nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points must be between 0 and {max}</source>
            <translation>les points corrigés doivent être entre 0 et {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>an override needs a reason</source>
            <translation>une correction doit être justifiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no value given (leave the question out, or mark it N/A)</source>
            <translation>aucune valeur donnée (omettez la question ou marquez-la S.O.)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not yes or no</source>
            <translation>{value!r} n’est ni oui ni non</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number from {lo} to {hi}</source>
            <translation>un nombre entier de {lo} à {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at least {lo}</source>
            <translation>un nombre entier d’au moins {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at most {hi}</source>
            <translation>un nombre entier d’au plus {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not {rule}</source>
            <translation>{value!r} n’est pas {rule}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not one of the choices ({choices})</source>
            <translation>{value!r} ne fait pas partie des choix ({choices})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>expects a list of choice values</source>
            <translation>attend une liste de valeurs de choix</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a whole number from {lo} to {hi}</source>
            <translation>{value!r} n’est pas un nombre entier de {lo} à {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number of seconds (0 or more)</source>
            <translation>{value!r} n’est pas un nombre de secondes (0 ou plus)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} n’est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not text</source>
            <translation>{value!r} n’est pas du texte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a date as YYYY-MM-DD</source>
            <translation>{value!r} n’est pas une date au format AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a time as HH:MM</source>
            <translation>{value!r} n’est pas une heure au format HH:MM</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is chosen twice</source>
            <translation>{value!r} est choisi deux fois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no such question in this form</source>
            <translation>cette question n’existe pas dans ce formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>marked N/A but there is no such question in this form</source>
            <translation>marquée S.O., mais cette question n’existe pas dans ce formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override for a question not in this form</source>
            <translation>correction pour une question absente de ce formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>N/A is not allowed on this question</source>
            <translation>S.O. n’est pas autorisé pour cette question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>both answered and marked N/A</source>
            <translation>à la fois répondue et marquée S.O.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The auditor got it wrong</source>
            <translation>L'auditeur s'est trompé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The standard was applied wrongly</source>
            <translation>La norme a été mal appliquée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Information the auditor lacked</source>
            <translation>Des informations manquaient à l'auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Waiting for the auditor</source>
            <translation>En attente de l'auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>an appeal window is 1 to {max} days</source>
            <translation>un délai de contestation va de 1 à {max} jours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the appeal window of this report closed on {day}</source>
            <translation>le délai de contestation de ce rapport a pris fin le {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only a question that lost points can be appealed</source>
            <translation>seule une question qui a perdu des points peut être contestée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>this question has an open appeal already</source>
            <translation>cette question fait déjà l'objet d'une contestation ouverte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>choose what the appeal is about</source>
            <translation>choisissez l'objet de la contestation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>say why the finding is wrong</source>
            <translation>dites pourquoi le constat est faux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the argument is longer than {max} characters</source>
            <translation>l'argument dépasse {max} caractères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>an appeal takes at most {max} files</source>
            <translation>une contestation accepte au plus {max} fichiers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the file is larger than {max} MB</source>
            <translation>le fichier dépasse {max} Mo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only JPEG, PNG and PDF files can be attached</source>
            <translation>seuls les fichiers JPEG, PNG et PDF peuvent être joints</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>the appeal is closed already</source>
            <translation>la contestation est déjà close</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>decide to accept or to decline</source>
            <translation>décidez d'accepter ou de refuser</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>a decision needs a reply to the appellant</source>
            <translation>une décision demande une réponse au contestataire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the reply is longer than {max} characters</source>
            <translation>la réponse dépasse {max} caractères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting needs the question's new points</source>
            <translation>accepter demande les nouveaux points de la question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the points must be between 0 and {max}</source>
            <translation>les points doivent être entre 0 et {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting must give back points: the question has {earned} already</source>
            <translation>accepter doit rendre des points : la question en a déjà {earned}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Reports are written in {languages}, not {code!r}.</source>
            <translation>Les rapports sont rédigés en {languages}, pas en {code!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Give both latitude and longitude, or neither.</source>
            <translation>Indiquez la latitude et la longitude, ou aucune des deux.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Latitude must be between -90 and 90.</source>
            <translation>La latitude doit être comprise entre -90 et 90.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Longitude must be between -180 and 180.</source>
            <translation>La longitude doit être comprise entre -180 et 180.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>time_zone is an IANA zone name or null</source>
            <translation>time_zone est un nom de fuseau IANA ou null</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A client needs a name.</source>
            <translation>Un client doit avoir un nom.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A location needs a name.</source>
            <translation>Un site doit avoir un nom.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at most {max}.</source>
            <translation>{question!r} devrait valoir au plus {max}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} needs an answer.</source>
            <translation>{question!r} demande une réponse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be {values}.</source>
            <translation>{question!r} devrait valoir {values}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be between {min} and {max}.</source>
            <translation>{question!r} devrait être entre {min} et {max}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at least {min}.</source>
            <translation>{question!r} devrait valoir au moins {min}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>A check blocks the submission: {message}</source>
            <translation>Un contrôle bloque l'envoi : {message}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit has warnings: explain them to submit it anyway.</source>
            <translation>La visite a des avertissements : expliquez-les pour l'envoyer quand même.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes; it takes at least {need}.</source>
            <translation>La visite a duré {minutes} minutes ; il en faut au moins {need}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes, less than its timed waits ({waits} minutes).</source>
            <translation>La visite a duré {minutes} minutes, moins que ses attentes chronométrées ({waits} minutes).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It earned nothing: explain why in a comment of at least {n} words.</source>
            <translation>Aucun point : expliquez pourquoi dans un commentaire d'au moins {n} mots.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It failed: add a photo of it to {section}.</source>
            <translation>Échec : ajoutez-en une photo à {section}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No client {given!r}.</source>
            <translation>Aucun client {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No location {given!r}.</source>
            <translation>Aucun site {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No form {given!r}.</source>
            <translation>Aucun formulaire {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No touchpoint {given!r}.</source>
            <translation>Aucun point de contact {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No question {given!r}.</source>
            <translation>Aucune question {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No time zone {given!r}.</source>
            <translation>Aucun fuseau horaire {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no location {given!r}.</source>
            <translation>{owner} n’a aucun site {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Touchpoint {owner!r} has no question {given!r}.</source>
            <translation>Le point de contact {owner!r} n’a aucune question {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no {what} {given!r}.</source>
            <translation>{owner} : aucun {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No {what} {given!r}.</source>
            <translation>Aucun {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Did you mean {name!r}?</source>
            <translation>Vouliez-vous dire {name!r} ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names} and %n more.</source>
            <translation>
                <numerusform>Connus : {names} et %n autre.</numerusform>
                <numerusform>Connus : {names} et %n autres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names}.</source>
            <translation>Connus : {names}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>There is none yet.</source>
            <translation>Il n’y en a encore aucun.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's mean on this form in {month} is {mean:.1f}, {sds:.1f} SD from the peers' {peers:.1f}.</source>
            <translation>La moyenne de l'auditeur sur ce formulaire en {month} est de {mean:.1f}, à {sds:.1f} écarts-types de celle des autres ({peers:.1f}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same auditor was at this location on {date}.</source>
            <translation>Le même auditeur était à cet endroit le {date}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same comment is in another visit.</source>
            <translation>Le même commentaire figure dans une autre visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>A photo of this visit is in another visit too.</source>
            <translation>Une photo de cette visite figure aussi dans une autre visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>Answered in {took:.0f} s: reading the questions alone takes {need:.0f} s.</source>
            <translation>Répondu en {took:.0f} s : la seule lecture des questions prend {need:.0f} s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's last {n} visits of this form have the very same answers.</source>
            <translation>Les {n} dernières visites de l'auditeur sur ce formulaire ont exactement les mêmes réponses.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {distance} from the location</source>
            <translation>prise à {distance} du site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no photos</source>
            <translation>aucune photo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at least {min} needed</source>
            <translation>{touchpoint} : {photos}, au moins {min} requises</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>the same photo is used in %n other visit(s)</source>
            <translation>
                <numerusform>la même photo est utilisée dans %n autre visite</numerusform>
                <numerusform>la même photo est utilisée dans %n autres visites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no capture time in the photo</source>
            <translation>la photo n’a pas d’heure de prise de vue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken on {taken}, not on the visit's day ({day})</source>
            <translation>prise le {taken}, pas le jour de la visite ({day})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} before the visit started (more than {limit:g} h)</source>
            <translation>prise {time} avant le début de la visite (plus de {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} after the visit started (more than {limit:g} h)</source>
            <translation>prise {time} après le début de la visite (plus de {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at most {max} allowed</source>
            <translation>{touchpoint} : {photos}, au plus {max} autorisées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug (lower-case letters, digits, '-' and '_')</source>
            <translation>{id!r} n’est pas un identifiant (lettres minuscules, chiffres, « - » et « _ »)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a positive integer</source>
            <translation>doit être un entier positif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a form needs at least one section</source>
            <translation>un formulaire doit avoir au moins une section</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>unknown question</source>
            <translation>question inconnue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must include a band with min: 0</source>
            <translation>doit contenir une tranche avec min: 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug</source>
            <translation>{id!r} n’est pas un identifiant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate question id {id!r}: ids must be unique in the whole form</source>
            <translation>identifiant de question en double {id!r} : les identifiants doivent être uniques dans tout le formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>only a question that can earn points can be critical</source>
            <translation>seule une question qui peut rapporter des points peut être critique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>whole is only for number questions, not {type}</source>
            <translation>whole ne s’applique qu’aux questions number, pas {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a question cannot depend on itself</source>
            <translation>une question ne peut pas dépendre d’elle-même</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not an earlier question in this form</source>
            <translation>{question!r} n’est pas une question antérieure de ce formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is a {type} question; show_if needs a yes_no, choice, multi, scale or rating question</source>
            <translation>{question!r} est une question {type} ; show_if demande une question yes_no, choice, multi, scale ou de notation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>needs equals: VALUE or in: [VALUES]</source>
            <translation>demande equals: VALEUR ou in: [VALEURS]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>at least one section weight must be above 0</source>
            <translation>au moins un poids de section doit être supérieur à 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate section id {id!r} (first at sections[{first}])</source>
            <translation>identifiant de section en double {id!r} (d’abord à sections[{first}])</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative</source>
            <translation>ne doit pas être négatif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min</source>
            <translation>doit être au moins égal à min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a section needs at least one question</source>
            <translation>une section doit avoir au moins une question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least 1</source>
            <translation>doit valoir au moins 1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choose at least one question</source>
            <translation>choisissez au moins une question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} cannot take the value {value!r} (it takes {values})</source>
            <translation>{question!r} ne peut pas prendre la valeur {value!r} (elle prend {values})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate min {min}</source>
            <translation>min {min} en double</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be between 0 and 100</source>
            <translation>doit être compris entre 0 et 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not a language code (such as en, pl or pt-BR)</source>
            <translation>{lang!r} n’est pas un code de langue (comme en, pl ou pt-BR)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is listed twice</source>
            <translation>{lang!r} figure deux fois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question needs choices</source>
            <translation>une question {type} doit avoir des choix (choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choices are only for choice and multi questions, not {type}</source>
            <translation>choices ne s’applique qu’aux questions choice et multi, pas {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a duration question needs thresholds</source>
            <translation>une question duration doit avoir des seuils (thresholds)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>thresholds are only for duration questions, not {type}</source>
            <translation>thresholds ne s’applique qu’aux questions duration, pas {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be yes or no</source>
            <translation>doit valoir yes ou no</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected is only for yes_no questions, not {type}</source>
            <translation>expected ne s’applique qu’aux questions yes_no, pas {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be greater than min ({lo})</source>
            <translation>doit être supérieur à min ({lo})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>either every section has a weight or none has</source>
            <translation>soit chaque section a un poids, soit aucune</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate check id {id!r}</source>
            <translation>identifiant de contrôle en double {id!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{key} is only for a rule (require)</source>
            <translation>{key} est réservé à une règle (require)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a translated text needs the form's languages (languages: [en, pl], default first)</source>
            <translation>un texte traduit demande les langues du formulaire (languages: [en, pl], celle par défaut en premier)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>has translations but no text in the default language {default!r}</source>
            <translation>a des traductions mais aucun texte dans la langue par défaut {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate choice value {value!r}</source>
            <translation>valeur de choix en double {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative on a choice question</source>
            <translation>ne doit pas être négatif sur une question choice</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a choice question: each choice carries its points</source>
            <translation>points ne se donne pas sur une question choice : chaque choix porte ses points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a duration question: the thresholds carry the points</source>
            <translation>points ne se donne pas sur une question duration : les seuils portent les points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question is unscored and takes no points</source>
            <translation>une question {type} n’est pas notée et ne prend pas de points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must not be negative</source>
            <translation>max ne doit pas être négatif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not be negative</source>
            <translation>points ne doit pas être négatif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number on a scale question</source>
            <translation>doit être un nombre entier sur une question scale</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min ({min})</source>
            <translation>doit être au moins égal à min ({min})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>min and max are only for scale and number questions, not {type}</source>
            <translation>min et max ne s’appliquent qu’aux questions scale et number, pas {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} earns no points: it cannot fail</source>
            <translation>{question!r} ne rapporte aucun point : elle ne peut pas échouer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is the default language: its text is the plain one</source>
            <translation>{lang!r} est la langue par défaut : son texte est le texte simple</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must increase</source>
            <translation>max doit augmenter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not increase</source>
            <translation>points ne doit pas augmenter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>give min, max or both</source>
            <translation>indiquez min, max ou les deux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not one of the form's languages ({known})</source>
            <translation>{lang!r} ne fait pas partie des langues du formulaire ({known})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number when whole: true</source>
            <translation>doit être un nombre entier quand whole: true</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not answered with a number</source>
            <translation>{question!r} ne se répond pas par un nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, a number or a list of choices, not {value}</source>
            <translation>{field} doit être un texte, un nombre ou une liste de choix, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>a visit's status moves only by a command (submit, return, approve, publish)</source>
            <translation>le statut d’une visite ne change que par une commande (submit, return, approve, publish)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>the server scores a visit from its answers</source>
            <translation>le serveur note une visite d’après ses réponses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a date as YYYY-MM-DD, not {value}</source>
            <translation>{field} doit être une date au format AAAA-MM-JJ, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be an ISO date and time, not {value}</source>
            <translation>{field} doit être une date et une heure ISO, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is one of {choices}, not {value}</source>
            <translation>{field} doit être l’une des valeurs {choices}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is longer than {max} characters</source>
            <translation>{field} dépasse {max} caractères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be from {lo} to {hi}, not {value}</source>
            <translation>{field} doit être entre {lo} et {hi}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is required</source>
            <translation>{field} est obligatoire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, not {value}</source>
            <translation>{field} doit être un texte, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} holds a NUL character</source>
            <translation>{field} contient un caractère NUL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be {what}, not {value}</source>
            <translation>{field} doit être {what}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be true or false</source>
            <translation>{field} doit être true ou false</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a SHA-256 (64 hex digits)</source>
            <translation>{field} doit être un SHA-256 (64 chiffres hexadécimaux)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be base64 of at most {max} characters</source>
            <translation>{field} doit être du base64 d’au plus {max} caractères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a number of points, not {value}</source>
            <translation>{field} doit être un nombre de points, pas {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be named numbers, none negative</source>
            <translation>{field} doit être des nombres nommés, aucun négatif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>unknown {kind} fields: {fields}</source>
            <translation>champs {kind} inconnus : {fields}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is written by the server, not sent: {why}</source>
            <translation>{field} est écrit par le serveur, il ne s’envoie pas : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>it comes back with the record</source>
            <translation>il revient avec l’enregistrement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase needs at least {n} characters: a few words make a good one.</source>
            <translation>La phrase secrète doit compter au moins {n} caractères : quelques mots en font une bonne.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase cannot be the firm's name: anyone who reads a report knows it.</source>
            <translation>La phrase secrète ne peut pas être le nom de la société : quiconque lit un rapport le connaît.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase is too easy to guess: use a few different words.</source>
            <translation>La phrase secrète est trop facile à deviner : utilisez quelques mots différents.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/readiness.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>The auditor's signature and attestation</source>
            <translation>La signature et la déclaration de l’auditeur</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/readiness.py" />
            <source>{touchpoint}: {have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{touchpoint} : {have} sur au moins %n photo</numerusform>
                <numerusform>{touchpoint} : {have} sur au moins %n photos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>submitted</source>
            <translation>soumise</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>returned</source>
            <translation>renvoyée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>approved</source>
            <translation>approuvée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>published</source>
            <translation>publiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>clients can only read their organisation's published reports</source>
            <translation>les clients ne peuvent lire que les rapports publiés de leur organisation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>this visit is not yours</source>
            <translation>cette visite n’est pas la vôtre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may comment a visit</source>
            <translation>seul un superviseur peut commenter une visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may override a visit</source>
            <translation>seul un superviseur peut corriger les points d’une visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may return a visit</source>
            <translation>seul un superviseur peut renvoyer une visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may approve a visit</source>
            <translation>seul un superviseur peut approuver une visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may publish a visit</source>
            <translation>seul un superviseur peut publier une visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot return a {status} visit</source>
            <translation>impossible de renvoyer une visite au statut « {status} »</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot approve a {status} visit</source>
            <translation>impossible d’approuver une visite au statut « {status} »</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot publish a {status} visit</source>
            <translation>impossible de publier une visite au statut « {status} »</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot submit a {status} visit</source>
            <translation>impossible de soumettre une visite au statut « {status} »</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is published and its plan can no longer be changed</source>
            <translation>la visite est publiée et sa planification ne peut plus être modifiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a draft can be deleted; this visit is {status}</source>
            <translation>seul un brouillon peut être supprimé ; cette visite a le statut « {status} »</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is {status} and can no longer be changed</source>
            <translation>la visite a le statut « {status} » et ne peut plus être modifiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>a {status} visit is not under review</source>
            <translation>une visite au statut « {status} » n’est pas en cours de révision</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a mapping</source>
            <translation>un dictionnaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>text {value!r}</source>
            <translation>le texte {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>written twice in the same mapping</source>
            <translation>écrit deux fois dans le même dictionnaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>the file is {size} bytes; a form file may have at most {limit}</source>
            <translation>le fichier fait {size} octets ; un fichier de formulaire peut en faire au plus {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a mapping, got {kind}</source>
            <translation>un dictionnaire est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text, got {kind}</source>
            <translation>du texte est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of language codes, the default first: [en, pl]</source>
            <translation>une liste de codes de langue est attendue, celle par défaut en premier : [en, pl]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a whole number, got {kind}</source>
            <translation>un nombre entier est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a number, got {kind}</source>
            <translation>un nombre est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected true or false, got {kind}</source>
            <translation>true ou false est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list, got {kind}</source>
            <translation>une liste est attendue, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>must list at least one band</source>
            <translation>doit contenir au moins une tranche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{color!r} is not a colour as #rrggbb</source>
            <translation>{color!r} n’est pas une couleur au format #rrggbb</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected yes or no, got {kind}</source>
            <translation>yes ou no est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text or a whole number, got {kind}</source>
            <translation>du texte ou un nombre entier est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of equals: VALUE or in: [VALUES]</source>
            <translation>donnez exactement l’un de equals: VALEUR ou in: [VALEURS]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a non-empty list of values</source>
            <translation>une liste de valeurs non vide est attendue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of: {kinds}</source>
            <translation>donnez exactement un de : {kinds}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give one of equals, in, min, max (or min and max) or answered: true</source>
            <translation>donnez un de : equals, in, min, max (ou min et max) ou answered: true</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>missing required field {key!r}</source>
            <translation>champ obligatoire {key!r} manquant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>has no text in the default language {default!r}</source>
            <translation>n’a aucun texte dans la langue par défaut {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a language code, got {kind}</source>
            <translation>un code de langue est attendu, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{value!r} is not one of: {options}</source>
            <translation>{value!r} ne fait pas partie de : {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value, got {kind}</source>
            <translation>une valeur est attendue, reçu {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of question ids</source>
            <translation>une liste d'identifiants de questions était attendue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>only answered: true is a requirement</source>
            <translation>seul answered: true est une exigence</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value or a non-empty list of values</source>
            <translation>une valeur ou une liste non vide de valeurs était attendue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>not UTF-8 text ({reason})</source>
            <translation>ce n’est pas du texte UTF-8 ({reason})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>cannot read: {error}</source>
            <translation>lecture impossible : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (did you mean {name!r}?)</source>
            <translation>champ inconnu (vouliez-vous dire {name!r} ?)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (known: {names})</source>
            <translation>champ inconnu (connus : {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_checks.py" />
            <source>'{kind}' is not a kind of check: left out</source>
            <translation>'{kind}' n'est pas un type de contrôle : ignoré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at the end</source>
            <translation>on attendait {what} à la fin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at {at!r}</source>
            <translation>on attendait {what} à {at!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it never holds</source>
            <translation>elle n’est jamais vraie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>no number satisfies it</source>
            <translation>aucun nombre ne la satisfait</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it from {rest!r}</source>
            <translation>illisible à partir de {rest!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it depends on two questions ({a}, {b}); show_if names one</source>
            <translation>elle dépend de deux questions ({a}, {b}) ; show_if n’en nomme qu’une</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read {op!r}</source>
            <translation>{op!r} est illisible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a select_multiple is tested with {example}</source>
            <translation>un select_multiple se teste avec {example}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'shown while unanswered' cannot be kept</source>
            <translation>« affiché tant que sans réponse » ne peut pas être conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>true()/false() cannot be kept</source>
            <translation>true()/false() ne peut pas être conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a value</source>
            <translation>une valeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is not an earlier question of the checklist</source>
            <translation>{ref} n’est pas une question précédente de la liste de contrôle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is a {type} question; show_if needs one with a set of answers</source>
            <translation>{ref} est une question {type} ; show_if en demande une avec un ensemble de réponses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it</source>
            <translation>illisible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>an exclusive bound (&gt; or &lt;) is kept as inclusive (&gt;= or &lt;=)</source>
            <translation>une borne exclusive (&gt; ou &lt;) est conservée comme inclusive (&gt;= ou &lt;=)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>on a select_multiple only selected(...) joined by 'or' can be kept</source>
            <translation>sur un select_multiple, seuls des selected(...) reliés par 'or' peuvent être conservés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>not(selected(...)) on a select_multiple cannot be kept</source>
            <translation>not(selected(...)) sur un select_multiple ne peut pas être conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{name!r} has no value {value!r}</source>
            <translation>{name!r} n’a pas de valeur {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{value!r} is not a number to compare with</source>
            <translation>{value!r} n’est pas un nombre avec lequel comparer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds joined by 'and' can be kept</source>
            <translation>seules des bornes reliées par 'and' peuvent être conservées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds such as '. &gt;= 0' can be kept</source>
            <translation>seules des bornes comme '. &gt;= 0' peuvent être conservées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'{op}' cannot be kept as a range</source>
            <translation>'{op}' ne peut pas être conservé comme plage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos</source>
            <translation>une question photo : compte dans les photos du point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required)</source>
            <translation>une question photo : compte dans les photos du point de contact (une obligatoire)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos; its label is added to the touchpoint's description</source>
            <translation>une question photo : compte dans les photos du point de contact ; son libellé est ajouté à la description du point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required); its label is added to the touchpoint's description</source>
            <translation>une question photo : compte dans les photos du point de contact (une obligatoire) ; son libellé est ajouté à la description du point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a repeat: its questions are asked once (a checklist does not repeat)</source>
            <translation>une répétition (repeat) : ses questions sont posées une fois (une liste de contrôle ne se répète pas)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>version '{text}' is not a whole number: the form is version 1</source>
            <translation>la version '{text}' n’est pas un nombre entier : le formulaire est en version 1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: it has no 'survey' sheet (its sheets: {names})</source>
            <translation>pas un XLSForm : il n’a pas de feuille 'survey' (ses feuilles : {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: the survey sheet has no 'type' column (row 1 has: {found})</source>
            <translation>pas un XLSForm : la feuille survey n’a pas de colonne 'type' (la ligne 1 contient : {found})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>the choices sheet has no list_name column: no choices read</source>
            <translation>la feuille choices n’a pas de colonne list_name : aucun choix lu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>group '{group}' has no 'end group': it ends with the sheet</source>
            <translation>le groupe '{group}' n’a pas de 'end group' : il se termine avec la feuille</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a row without a type: left out</source>
            <translation>une ligne sans type : ignorée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a group inside a group: becomes the touchpoint '{title}'</source>
            <translation>un groupe dans un groupe : devient le point de contact '{title}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note is always shown: its relevant is not kept</source>
            <translation>une note est toujours affichée : son relevant n’est pas conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note between questions: kept in the touchpoint's description</source>
            <translation>une note entre des questions : conservée dans la description du point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no name: called '{name}'</source>
            <translation>pas de nom : appelée '{name}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no label: the question's text is its name</source>
            <translation>pas de libellé : le texte de la question est son nom</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'or_other' is not kept: the auditor can add a comment instead</source>
            <translation>'or_other' n’est pas conservé : l’auditeur peut ajouter un commentaire à la place</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{name}' is used twice: this one is called '{id}'</source>
            <translation>'{name}' est utilisé deux fois : celle-ci s’appelle '{id}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>touchpoint '{title}' has no questions left: left out</source>
            <translation>il ne reste aucune question au point de contact '{title}' : ignoré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no question could be imported: there is no form</source>
            <translation>aucune question n’a pu être importée : il n’y a pas de formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>form id '{given}' is written '{id}'</source>
            <translation>l’identifiant de formulaire '{given}' s’écrit '{id}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a choice of list '{list}' without a name: left out</source>
            <translation>un choix de la liste '{list}' sans nom : ignoré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is in list '{list}' twice: the second is left out</source>
            <translation>'{value}' figure deux fois dans la liste '{list}' : le second est ignoré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>choice points</source>
            <translation>points du choix</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>{what} '{text}' is not a number: not kept</source>
            <translation>{what} '{text}' n’est pas un nombre : non conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not a sheet of an XLSForm: not read</source>
            <translation>pas une feuille d’un XLSForm : non lue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>both this group and the group around it have a relevant: only this one is kept</source>
            <translation>ce groupe et le groupe qui l’entoure ont tous deux un relevant : seul celui-ci est conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is not one of: {options}: not kept</source>
            <translation>'{value}' ne fait pas partie de : {options} : non conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a grade band needs a min and a label: left out</source>
            <translation>une tranche de note demande un min et un libellé : ignorée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{color}' is not a colour as #rrggbb: not kept</source>
            <translation>'{color}' n’est pas une couleur au format #rrggbb : non conservée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{language}' names no language: column not read</source>
            <translation>'{language}' ne désigne aucune langue : colonne non lue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' without a matching begin: ignored</source>
            <translation>'{type}' sans begin correspondant : ignoré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'phone number' is read as a text question: its format is not checked</source>
            <translation>'phone number' est lu comme une question texte : son format n’est pas vérifié</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is not a question type this app knows: left out</source>
            <translation>'{type}' n’est pas un type de question connu de cette application : ignoré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is {why}: left out</source>
            <translation>'{type}' est {why} : ignoré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {wanted} question cannot be this row's type: read as {derived}</source>
            <translation>une question {wanted} ne peut pas avoir le type de cette ligne : lue comme {derived}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a yes_no question needs a list of exactly 'yes' and 'no': read as choice</source>
            <translation>une question yes_no demande une liste d’exactement 'yes' et 'no' : lue comme choice</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a range in steps of {step}: read as a number from {start} to {end}</source>
            <translation>une plage par pas de {step} : lue comme un nombre de {start} à {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a scale needs whole-number bounds: read as 1 to 5</source>
            <translation>une échelle demande des bornes entières : lue comme 1 à 5</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>only a question that earns points can be critical: not kept</source>
            <translation>seule une question qui rapporte des points peut être critique : non conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>both this row and its group (row {row}) have a relevant: only this row's is kept</source>
            <translation>cette ligne et son groupe (ligne {row}) ont tous deux un relevant : seul celui de cette ligne est conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>no choices list '{list}' in the choices sheet: left out</source>
            <translation>pas de liste de choix '{list}' dans la feuille choices : ignorée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a duration needs thresholds (such as '30:4; 60:2'): read as a number</source>
            <translation>une durée demande des seuils (comme '30:4; 60:2') : lue comme un nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{parameters}' is not start=N end=N step=N: read as 1 to 10</source>
            <translation>'{parameters}' n’est pas de la forme start=N end=N step=N : lu comme 1 à 10</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} answer is always {a} to {b}: the range here is not kept</source>
            <translation>une réponse {type} va toujours de {a} à {b} : la plage indiquée ici n’est pas conservée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is not 'SECONDS:POINTS; ...' (such as '30:4; 60:2'): not kept</source>
            <translation>'{text}' n’est pas de la forme 'SECONDS:POINTS; ...' (comme '30:4; 60:2') : non conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>each choice carries its points (choices sheet)</source>
            <translation>chaque choix porte ses propres points (feuille choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>points not kept: {why}</source>
            <translation>points non conservés : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not yes or no: N/A not allowed</source>
            <translation>'{value}' n’est ni yes ni no : S.O. non autorisé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>expected (yes or no) is only for yes/no questions: not kept</source>
            <translation>expected (yes ou no) ne s’applique qu’aux questions oui/non : non conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is a condition: the question is not required</source>
            <translation>'{text}' est une condition : la question n’est pas obligatoire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' is not kept, the question is always shown: {why}</source>
            <translation>le relevant '{expr}' n’est pas conservé, la question est toujours affichée : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' (the relevant of the group on row {row}) is not kept, the question is always shown: {why}</source>
            <translation>le relevant '{expr}' (celui du groupe de la ligne {row}) n’est pas conservé, la question est toujours affichée : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not one of: {options}</source>
            <translation>'{value}' ne fait pas partie de : {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{constraint}' is not kept: {why}</source>
            <translation>'{constraint}' n’est pas conservé : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>the thresholds carry the points</source>
            <translation>ce sont les seuils qui portent les points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} question earns none</source>
            <translation>une question {type} n’en rapporte aucun</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not section or visit: not kept</source>
            <translation>'{value}' n’est ni section ni visit : non conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>sheet '{sheet}' has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns are read</source>
            <translation>la feuille '{sheet}' a {rows} lignes et {columns} colonnes ; au plus {max_rows} lignes et {max_columns} colonnes sont lues</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the file is {size} bytes; a workbook may have at most {limit}</source>
            <translation>le fichier fait {size} octets ; un classeur peut en faire au plus {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the workbook unzips to {size} bytes; at most {limit} are read</source>
            <translation>le classeur décompressé fait {size} octets ; au plus {limit} sont lus</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>an old Excel .xls workbook: open it in Excel or LibreOffice and save it as .xlsx</source>
            <translation>un ancien classeur Excel .xls : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>not an Excel workbook (.xlsx)</source>
            <translation>pas un classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an acknowledgement, which a checklist does not ask for</source>
            <translation>un accusé de lecture, qu’une liste de contrôle ne demande pas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a date and time together: use a date and a time question</source>
            <translation>une date et une heure ensemble : utilisez une question date et une question heure</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a ranking, which a checklist does not ask for</source>
            <translation>un classement, qu’une liste de contrôle ne demande pas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an external data file, which a checklist cannot read</source>
            <translation>un fichier de données externe, qu’une liste de contrôle ne peut pas lire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choices from an external file, which a checklist cannot read</source>
            <translation>des choix tirés d’un fichier externe, qu’une liste de contrôle ne peut pas lire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo matrix, which a checklist does not have</source>
            <translation>une matrice Kobo, qu’une liste de contrôle n’a pas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo score block: give points in the points column instead</source>
            <translation>un bloc de score Kobo : indiquez plutôt les points dans la colonne points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app lays out questions itself</source>
            <translation>l’application dispose elle-même les questions</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a default answer: auditors answer every question themselves</source>
            <translation>une réponse par défaut : les auditeurs répondent eux-mêmes à chaque question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>calculations: the app computes scores itself</source>
            <translation>calculs : l’application calcule elle-même les scores</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choice filters: every choice is offered</source>
            <translation>filtres de choix : chaque choix est proposé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>read-only questions</source>
            <translation>questions en lecture seule</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>repeats: a touchpoint is filled once</source>
            <translation>répétitions : un point de contact est rempli une fois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself why an answer does not fit</source>
            <translation>l’application dit elle-même pourquoi une réponse ne convient pas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself which answers are missing</source>
            <translation>l’application dit elle-même quelles réponses manquent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>guidance hints (only the hint is shown)</source>
            <translation>indications de guidage (seule l’aide est affichée)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>triggers</source>
            <translation>déclencheurs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>parameters (kept only on a range)</source>
            <translation>paramètres (conservés seulement sur un range)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>{header}: not kept ({why})</source>
            <translation>{header} : non conservé ({why})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>metadata: the app records who made a visit and when itself</source>
            <translation>une métadonnée : l’application enregistre elle-même qui a fait une visite et quand</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a calculation: the app computes scores itself</source>
            <translation>un calcul : l’application calcule elle-même les scores</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a place on a map: a visit's place is its location</source>
            <translation>un lieu sur une carte : le lieu d’une visite est son site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a recording, file or scan, which a checklist does not ask for</source>
            <translation>un enregistrement, un fichier ou un scan, qu’une liste de contrôle ne demande pas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>pictures and sounds in a question</source>
            <translation>images et sons dans une question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>KoboToolbox's own bookkeeping</source>
            <translation>la comptabilité interne de KoboToolbox</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an XForm attribute</source>
            <translation>un attribut XForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>it belongs on a begin group row: a touchpoint's {column}</source>
            <translation>sa place est sur une ligne begin group : le {column} d’un point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not for this kind of row</source>
            <translation>pas pour ce genre de ligne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not a column this app reads</source>
            <translation>pas une colonne que cette application lit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML syntax error: {error}</source>
            <translation>erreur de syntaxe YAML : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: nested too deeply</source>
            <translation>erreur YAML : imbrication trop profonde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} values once its aliases (*name) are expanded</source>
            <translation>plus de {limit} valeurs une fois ses alias (*nom) développés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: {error}</source>
            <translation>erreur YAML : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} aliases (*name) in one file</source>
            <translation>plus de {limit} alias (*nom) dans un fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is cut short: the image is incomplete (copy it again from the camera or phone)</source>
            <translation>le fichier est tronqué : l’image est incomplète (copiez-la à nouveau depuis l’appareil photo ou le téléphone)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large ({w} x {h} px, more than {mp} MP)</source>
            <translation>l’image est trop grande ({w} x {h} px, plus de {mp} MP)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large for its shape ({w} x {h} px): not a photo</source>
            <translation>l’image est trop grande pour sa forme ({w} x {h} px) : ce n’est pas une photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>HEIC is not supported: export it as JPEG (on an iPhone: Settings &gt; Camera &gt; Formats)</source>
            <translation>HEIC n’est pas pris en charge : exportez-la en JPEG (sur iPhone : Réglages &gt; Appareil photo &gt; Formats)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>AVIF is not supported: export it as JPEG</source>
            <translation>AVIF n’est pas pris en charge : exportez-la en JPEG</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>not an image Pillow can read</source>
            <translation>ce n’est pas une image que Pillow sait lire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large (more than {mp} megapixels)</source>
            <translation>l’image est trop grande (plus de {mp} mégapixels)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is damaged ({error})</source>
            <translation>l’image est endommagée ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>{format} images are not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>les images {format} ne sont pas prises en charge : utilisez JPEG, PNG, WebP, TIFF ou GIF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>this image format is not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>ce format d’image n’est pas pris en charge : utilisez JPEG, PNG, WebP, TIFF ou GIF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image data is damaged ({error})</source>
            <translation>les données de l’image sont endommagées ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: added</source>
            <translation>{file} : ajoutée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file could not be read to the end ({error})</source>
            <translation>le fichier n’a pas pu être lu jusqu’au bout ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: already in the photo store (stored once)</source>
            <translation>{file} : déjà dans la photothèque (conservée une seule fois)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file changed during the import: try again once it is complete</source>
            <translation>le fichier a changé pendant l’import : réessayez quand il sera complet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the photo store cannot take it ({error})</source>
            <translation>la photothèque ne peut pas l’accueillir ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the copies could not be saved ({error})</source>
            <translation>les copies n’ont pas pu être enregistrées ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file is gone (moved or deleted during the import)</source>
            <translation>le fichier a disparu (déplacé ou supprimé pendant l’import)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>this is a folder, not a file</source>
            <translation>c’est un dossier, pas un fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file cannot be read ({error})</source>
            <translation>le fichier ne peut pas être lu ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file was replaced during the import: try again</source>
            <translation>le fichier a été remplacé pendant l’import : réessayez</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>could not be imported (internal error: {error})</source>
            <translation>n’a pas pu être importée (erreur interne : {error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/signature.py" />
            <source>the image is blank (no strokes on it)</source>
            <translation>l’image est vide (aucun trait dessus)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>the firm</source>
            <translation>le cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>DIGITAL SIGNATURE</source>
            <translation>SIGNATURE NUMÉRIQUE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>This copy carries no digital signature.</source>
            <translation>Cette copie ne porte aucune signature numérique.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>Signed electronically by {firm}.</source>
            <translation>Signé électroniquement par {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Generated {when} by {app}</source>
            <translation>Généré le {when} par {app}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Report {id}</source>
            <translation>Rapport {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No approved or published visits were scheduled in this period.</source>
            <translation>Aucune visite approuvée ou publiée n’était prévue sur cette période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No published visits were scheduled in this period.</source>
            <translation>Aucune visite publiée n’était prévue sur cette période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds.</source>
            <translation>Les scores sont exacts et arrondis à la demi supérieure à une décimale. CSAT : % de réponses 4 ou 5 sur 1–5. NPS : % de 9–10 moins % de 0–6. CES : moyenne des réponses sur 1–7. Durées : moyenne et médiane en secondes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Any change to this file after signing breaks the signature.</source>
            <translation>Toute modification de ce fichier après signature rompt la signature.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report</source>
            <translation>Rapport de période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>MYSTERY SHOPPING PERIOD REPORT</source>
            <translation>RAPPORT DE PÉRIODE DES VISITES MYSTÈRE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean score</source>
            <translation>Score moyen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>of 100, over all visits</source>
            <translation>sur 100, sur toutes les visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Range</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>lowest to highest visit total</source>
            <translation>du total de visite le plus bas au plus haut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Locations, ranked by mean score</source>
            <translation>Sites classés par score moyen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Touchpoints by location</source>
            <translation>Points de contact par site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean touchpoint score at each location (locations ranked as above); “All” is the mean over every visit. An empty cell: the location's visits did not include this touchpoint.</source>
            <translation>Score moyen du point de contact dans chaque site (classés comme ci-dessus) ; « Tous » est la moyenne sur toutes les visites. Une cellule vide : les visites du site n’incluaient pas ce point de contact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Timed questions</source>
            <translation>Questions chronométrées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>The ten questions most often failed</source>
            <translation>Les dix questions les plus souvent échouées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Failed: a scored question that earned 0 points, of the visits where it was answered.</source>
            <translation>Échouée : une question notée qui a obtenu 0 point, sur les visites où elle a reçu une réponse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits in the period</source>
            <translation>Visites de la période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>About these figures</source>
            <translation>À propos de ces chiffres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Mystery shopping report</source>
            <translation>Rapport de visite mystère</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report: {client}, {span}</source>
            <translation>Rapport de période : {client}, {span}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mystery shopping results of {client} from {start} to {end}</source>
            <translation>Résultats des visites mystère de {client} du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Location</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Lowest</source>
            <translation>Plus bas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Highest</source>
            <translation>Plus haut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Spread on 0–100 (dot: mean)</source>
            <translation>Dispersion sur 0–100 (point : moyenne)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visite</numerusform>
                <numerusform>%n visites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Timed question</source>
            <translation>Question chronométrée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Median</source>
            <translation>Médiane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>No scored question earned 0 points in this period.</source>
            <translation>Aucune question notée n’a obtenu 0 point sur cette période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Failed</source>
            <translation>Échouées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>a critical question failed on this visit. Visit: the first characters of its id.</source>
            <translation>une question critique a échoué lors de cette visite. Visite : les premiers caractères de son identifiant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{client}, {start} to {end}</source>
            <translation>{client}, du {start} au {end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>happy or very happy, of {answers}</source>
            <translation>contents ou très contents, sur {answers}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>promoters − detractors, of {answers}</source>
            <translation>promoteurs − détracteurs, sur {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>mean ease, 1–7, of {answers}</source>
            <translation>facilité moyenne, 1–7, sur {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Score by month</source>
            <translation>Score par mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Line: the month's mean visit total. Grey bar: its lowest to highest visit.</source>
            <translation>Ligne : le total moyen des visites du mois. Barre grise : de sa visite la plus basse à la plus haute.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Score by journey stage</source>
            <translation>Score par étape du parcours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean of the visits' stage scores (points earned of possible in the stage).</source>
            <translation>Moyenne des scores d’étape des visites (points obtenus sur possibles dans l’étape).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: published visits scheduled from {start} to {end}; visits not yet published are not results yet.</source>
            <translation>Visites comptées : visites publiées prévues du {start} au {end} ; les visites pas encore publiées ne sont pas encore des résultats.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: approved and published visits scheduled from {start} to {end}; drafts and visits still in review are not results yet.</source>
            <translation>Visites comptées : visites approuvées et publiées prévues du {start} au {end} ; les brouillons et les visites en révision ne sont pas encore des résultats.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{visits} at {locations}</source>
            <translation>{visits} dans {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>published, at {locations}</source>
            <translation>publiées, dans {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>approved or published, at {locations}</source>
            <translation>approuvées ou publiées, dans {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{v} of {n}</source>
            <translation>{v} sur {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signing key</source>
            <translation>la clé de signature</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF to sign</source>
            <translation>le PDF à signer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: not a PKCS#12 (.p12/.pfx) key file</source>
            <translation>{path} : ce n’est pas un fichier de clé PKCS#12 (.p12/.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no private key</source>
            <translation>{path} : le fichier ne contient aucune clé privée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no certificate</source>
            <translation>{path} : le fichier ne contient aucun certificat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate is not valid yet (from {start}); check this computer's clock</source>
            <translation>{where} : le certificat n’est pas encore valide (à partir du {start}) ; vérifiez l’horloge de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate expired on {end}</source>
            <translation>{where} : le certificat a expiré le {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where} : l’usage de clé du certificat n’inclut pas la non-répudiation, il ne convient donc pas pour signer des documents ; utilisez un certificat de signature de documents (ou créez-en un avec `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks digital signature and non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where} : l’usage de clé du certificat n’inclut ni la signature numérique ni la non-répudiation, il ne convient donc pas pour signer des documents ; utilisez un certificat de signature de documents (ou créez-en un avec `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: not a PDF file</source>
            <translation>{src} : ce n’est pas un fichier PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: no such folder</source>
            <translation>{parent} : dossier introuvable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF has no pages</source>
            <translation>le PDF n’a aucune page</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: wrong passphrase for the key file</source>
            <translation>{path} : phrase secrète incorrecte pour le fichier de clé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read the key file ({error})</source>
            <translation>{path} : impossible de lire le fichier de clé ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot use the key ({error})</source>
            <translation>{path} : impossible d’utiliser la clé ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: no such file ({what})</source>
            <translation>{path} : fichier introuvable ({what})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: is a folder, not {what}</source>
            <translation>{path} : c’est un dossier, pas {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read {what} ({error})</source>
            <translation>{path} : impossible de lire {what} ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot read the PDF ({error})</source>
            <translation>{src} : impossible de lire le PDF ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: cannot write the signed file there ({error})</source>
            <translation>{parent} : impossible d’y écrire le fichier signé ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the timestamp server {url} did not give a timestamp ({error})</source>
            <translation>le serveur d’horodatage {url} n’a pas fourni d’horodatage ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot sign it ({error})</source>
            <translation>{src} : impossible de le signer ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{dst}: cannot write the signed file ({error})</source>
            <translation>{dst} : impossible d’écrire le fichier signé ({error})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box is on page {page}, but the PDF has %n page(s)</source>
            <translation>
                <numerusform>le cadre de signature est en page {page}, mais le PDF a %n page</numerusform>
                <numerusform>le cadre de signature est en page {page}, mais le PDF a %n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box {rect} is empty</source>
            <translation>le cadre de signature {rect} est vide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the font {name} is missing from {parent}: cannot draw the signature block</source>
            <translation>la police {name} manque dans {parent} : impossible de dessiner le bloc de signature</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the key file is protected by a passphrase; none was given</source>
            <translation>{path} : le fichier de clé est protégé par une phrase secrète ; aucune n’a été donnée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Awareness</source>
            <translation>Découverte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Consideration</source>
            <translation>Considération</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Purchase</source>
            <translation>Achat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Post-purchase</source>
            <translation>Après-achat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>In store</source>
            <translation>En magasin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Social media</source>
            <translation>Réseaux sociaux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>App</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Satisfaction, 1 (very unhappy) to 5 (very happy)</source>
            <translation>Satisfaction, de 1 (très mécontent) à 5 (très content)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)</source>
            <translation>Facilité, de 1 (pas du tout d’accord que c’était facile) à 7 (tout à fait d’accord)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>Probabilité de recommander, de 0 à 10 (9–10 promoteur, 7–8 passif, 0–6 détracteur)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very unhappy</source>
            <translation>très mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>unhappy</source>
            <translation>mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neutral</source>
            <translation>neutre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>happy</source>
            <translation>content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very happy</source>
            <translation>très content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly disagree</source>
            <translation>pas du tout d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>disagree</source>
            <translation>pas d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat disagree</source>
            <translation>plutôt pas d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neither</source>
            <translation>ni l’un ni l’autre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat agree</source>
            <translation>plutôt d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>agree</source>
            <translation>d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly agree</source>
            <translation>tout à fait d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>None of these</source>
            <translation>Aucune de ces réponses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>{v} on {lo}–{hi}</source>
            <translation>{v} sur {lo}–{hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pt within {t}</source>
            <translation>{p} pt en {t} maximum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pts within {t}</source>
            <translation>{p} pts en {t} maximum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>visit</source>
            <translation>visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>touchpoint</source>
            <translation>point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL · FAILED</source>
            <translation>CRITIQUE · ÉCHOUÉE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL</source>
            <translation>CRITIQUE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>no points</source>
            <translation>aucun point</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Stopwatch timings</source>
            <translation>Chronométrages</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Customer ratings</source>
            <translation>Évaluations client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>no scored answers</source>
            <translation>aucune réponse notée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Time taken</source>
            <translation>Temps mesuré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>weight {w}</source>
            <translation>poids {w}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>No questions in this touchpoint.</source>
            <translation>Aucune question dans ce point de contact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points set by a supervisor’s override; the reason is given with the question.</source>
            <translation>points fixés par la correction d’un superviseur ; le motif figure avec la question.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>N/A (not applicable)</source>
            <translation>S.O. (sans objet)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>unscored</source>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>N/A</source>
            <translation>S.O.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>{e} of {p} points</source>
            <translation>{e} sur {p} points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points adjusted on review.</source>
            <translation>points ajustés lors de la revue.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Auditor</source>
            <translation>Auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Adjusted on review</source>
            <translation>Ajusté lors de la revue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Answer on its scale</source>
            <translation>Réponse sur son échelle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>A critical question in this touchpoint was not met: it scores 0.</source>
            <translation>Une question critique de ce point de contact n’a pas été satisfaite : il obtient 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Score overridden</source>
            <translation>Score corrigé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>from {was} to {p} by {who}: {why}</source>
            <translation>de {was} à {p} par {who} : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client} by {firm}.</source>
            <translation>Préparé pour {client} par {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client}.</source>
            <translation>Préparé pour {client}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>weighted mean of the touchpoint scores</source>
            <translation>moyenne pondérée des scores des points de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>points earned of points possible</source>
            <translation>points obtenus sur points possibles</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>MYSTERY SHOPPING VISIT REPORT</source>
            <translation>RAPPORT DE VISITE MYSTÈRE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Date of visit</source>
            <translation>Date de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Time of visit</source>
            <translation>Heure de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Audit form</source>
            <translation>Formulaire d’audit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Form id and version</source>
            <translation>Identifiant et version du formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>GRADE</source>
            <translation>NOTE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Bands: {bands}. Total = {how}, rounded to one decimal.</source>
            <translation>Tranches : {bands}. Total = {how}, arrondi à une décimale.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>the visit's total is set to 0</source>
            <translation>le total de la visite est ramené à 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>this touchpoint's score is set to 0</source>
            <translation>le score de ce point de contact est ramené à 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>SCENARIO</source>
            <translation>SCÉNARIO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Confidential: for the client’s own use. The report sets out what one mystery shopper experienced on one visit, scored against the audit form named above.</source>
            <translation>Confidentiel : à l’usage exclusif du client. Le rapport expose ce qu’un client mystère a vécu lors d’une visite, noté selon le formulaire d’audit indiqué ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE SO FAR</source>
            <translation>SCORE TOTAL PROVISOIRE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE</source>
            <translation>SCORE TOTAL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>out of 100</source>
            <translation>sur 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{done} of {total} required answered ({share})</source>
            <translation>{done} sur {total} obligatoires répondues ({share})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade until every required question is answered.</source>
            <translation>Pas de note tant que toutes les questions obligatoires n’ont pas de réponse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{grade} so far</source>
            <translation>{grade} pour l’instant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{band} from {p}</source>
            <translation>{band} à partir de {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Critical failure</source>
            <translation>Échec critique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>“{question}” was not met, so {effect}.</source>
            <translation>« {question} » n’a pas été satisfaite, donc {effect}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A visit-level critical question failed: the total is 0 whatever the points.</source>
            <translation>Une question critique au niveau de la visite a échoué : le total est 0 quels que soient les points.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A stage's score is the points earned of the points possible over its touchpoints.</source>
            <translation>Le score d’une étape correspond aux points obtenus sur les points possibles de ses points de contact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{id}, version {v}</source>
            <translation>{id}, version {v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade yet</source>
            <translation>Pas encore de note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>CRITICAL FAILED</source>
            <translation>CRITIQUE ÉCHOUÉ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Incomplete:</source>
            <translation>Incomplète :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>For the firm only: it includes the supervisor's notes, the score overrides and the evidence checks. Send the client its own copy.</source>
            <translation>Réservé au cabinet : inclut les notes du superviseur, les corrections de score et les contrôles des preuves. Envoyez au client sa propre copie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>(weighted)</source>
            <translation>(pondéré)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Internal copy.</source>
            <translation>Copie interne.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Not approved.</source>
            <translation>Non approuvée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>This visit is {status}: its answers and score may still change in review. Only an approved visit's report is final.</source>
            <translation>Cette visite est {status} : ses réponses et son score peuvent encore changer lors de la révision. Seul le rapport d’une visite approuvée est définitif.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>No capture time</source>
            <translation>Pas d’heure de prise de vue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo not on this computer</source>
            <translation>Photo absente de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photos of {title} ({n})</source>
            <translation>Photos de {title} ({n})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo could not be read</source>
            <translation>Impossible de lire la photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>(no caption)</source>
            <translation>(sans légende)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Taken {when}</source>
            <translation>Prise le {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>for {question}</source>
            <translation>pour {question}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report</source>
            <translation>Rapport de visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report · INTERNAL COPY</source>
            <translation>Rapport de visite · COPIE INTERNE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>NOT APPROVED</source>
            <translation>NON APPROUVÉ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report: {location}, {day}</source>
            <translation>Rapport de visite : {location}, {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>{client}: {form} (visit {id})</source>
            <translation>{client} : {form} (visite {id})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit {id}</source>
            <translation>Visite {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Any change to this file after signing breaks the signature; a PDF reader shows who signed and whether the file is intact.</source>
            <translation>Toute modification de ce fichier après signature rompt la signature ; un lecteur PDF indique qui a signé et si le fichier est intact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Declaration and approval</source>
            <translation>Déclaration et approbation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>REVIEW</source>
            <translation>RÉVISION</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>AUDITOR’S DECLARATION</source>
            <translation>DÉCLARATION DE L’AUDITEUR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>The auditor has not signed this visit.</source>
            <translation>L’auditeur n’a pas signé cette visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Not reviewed yet.</source>
            <translation>Pas encore révisée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>received by the server {when}</source>
            <translation>reçu par le serveur {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Supervisor’s comment</source>
            <translation>Commentaire du superviseur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>signed {when}</source>
            <translation>signé le {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no such file here.</source>
            <translation>Ce fichier n’existe pas ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no logo here.</source>
            <translation>Il n’y a pas de logo ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out.</source>
            <translation>Votre mot de passe est changé. Vos autres navigateurs sont déconnectés.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>You are signed out.</source>
            <translation>Vous êtes déconnecté.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Please sign in to go on.</source>
            <translation>Veuillez vous connecter pour continuer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out, and so are your laptops: sign them in again with the new password.</source>
            <translation>Votre mot de passe est changé. Vos autres navigateurs sont déconnectés, ainsi que vos ordinateurs portables : reconnectez-les avec le nouveau mot de passe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The sign-in form had expired. Please try again.</source>
            <translation>Le formulaire de connexion avait expiré. Veuillez réessayer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Enter your user name and your password.</source>
            <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The portal speaks your language now.</source>
            <translation>Le portail parle désormais votre langue.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your account</source>
            <translation>Votre compte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>Actions are waiting for you</source>
            <translation>Des actions vous attendent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your mystery shopping provider</source>
            <translation>Votre prestataire de visites mystères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>See them in the portal (you will be asked to sign in):</source>
            <translation>Consultez-les dans le portail (il vous sera demandé de vous connecter) :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Hello {name},</source>
            <translation>Bonjour {name},</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{sender} sends this reminder once a day while actions are waiting.</source>
            <translation>{sender} envoie ce rappel une fois par jour tant que des actions attendent.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are past their due date.</source>
            <translation>{n} de vos actions ont dépassé leur échéance.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are due within a day.</source>
            <translation>{n} de vos actions arrivent à échéance dans la journée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Reopened</source>
            <translation>Rouverte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Verified</source>
            <translation>Validée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Withdrawn after appeal</source>
            <translation>Retirée après contestation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Opened by the published report</source>
            <translation>Ouverte par le rapport publié</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Started</source>
            <translation>Commencée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Held at the next visit</source>
            <translation>Tenue à la visite suivante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Recurred at the next visit</source>
            <translation>Répétée à la visite suivante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Those photos are too large.</source>
            <translation>Ces photos sont trop grandes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five, 15 MB each.</source>
            <translation>Envoyez-en au plus cinq, de 15 Mo chacune.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There is no such download here.</source>
            <translation>Ce téléchargement n’existe pas ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Actions {start} to {end}</source>
            <translation>Actions du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such action here.</source>
            <translation>Cette action n’existe pas ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>the photo is larger than 15 MB</source>
            <translation>la photo dépasse 15 Mo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>You cannot do that to this action.</source>
            <translation>Vous ne pouvez pas faire cela sur cette action.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>This photo is missing on the server.</source>
            <translation>Cette photo manque sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>Tell the firm.</source>
            <translation>Prévenez la société.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such photo here.</source>
            <translation>Cette photo n’existe pas ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Too many changes at once.</source>
            <translation>Trop de modifications à la fois.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Wait a minute and try again.</source>
            <translation>Attendez une minute et réessayez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five photos.</source>
            <translation>Envoyez au plus cinq photos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Newest first</source>
            <translation>Plus récents d’abord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>That photo was refused: {why}</source>
            <translation>Cette photo a été refusée : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That form could not be read.</source>
            <translation>Ce formulaire n’a pas pu être lu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the PDF is cut short</source>
            <translation>le PDF est tronqué</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the image is damaged</source>
            <translation>l'image est endommagée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Appeals are filed by the client.</source>
            <translation>Les contestations sont déposées par le client.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Too many appeals at once.</source>
            <translation>Trop de contestations à la fois.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Wait a few minutes and try again.</source>
            <translation>Attendez quelques minutes et réessayez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not filed.</source>
            <translation>La contestation n'a pas été déposée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is filed. The firm will answer it here.</source>
            <translation>Votre contestation est déposée. La société y répondra ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not withdrawn.</source>
            <translation>La contestation n'a pas été retirée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>There is no such appeal here.</source>
            <translation>Cette contestation n'existe pas ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>That form is too large.</source>
            <translation>Ce formulaire est trop volumineux.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>{file} was refused: {reason}</source>
            <translation>{file} a été refusé : {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>There is no such report here.</source>
            <translation>Ce rapport n’existe pas ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is withdrawn.</source>
            <translation>Votre contestation est retirée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>No figures in this period.</source>
            <translation>Aucun chiffre pour cette période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}, {low} to {high}</source>
            <translation>{month} : moyenne {mean}, de {low} à {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}</source>
            <translation>{month} : moyenne {mean}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{what}: the visits</source>
            <translation>{what} : les visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Genuine: a report signed by the firm, unchanged since.</source>
            <translation>Authentique : un rapport signé par la société, inchangé depuis.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is too large to be a report.</source>
            <translation>Ce fichier est trop volumineux pour être un rapport.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Reports are checked up to 32 MB.</source>
            <translation>Les rapports sont vérifiés jusqu’à 32 Mo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not a signed report.</source>
            <translation>Ce n’est pas un rapport signé.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file has no digital signature.</source>
            <translation>Le fichier n’a pas de signature numérique.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: the file was changed after it was signed.</source>
            <translation>Non authentique : le fichier a été modifié après sa signature.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Its content no longer matches its signature. Download the report again from its page.</source>
            <translation>Son contenu ne correspond plus à sa signature. Téléchargez à nouveau le rapport depuis sa page.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: something was added to the file after it was signed.</source>
            <translation>Non authentique : quelque chose a été ajouté au fichier après sa signature.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The signature covers only part of the file. Download the report again from its page.</source>
            <translation>La signature ne couvre qu’une partie du fichier. Téléchargez à nouveau le rapport depuis sa page.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Signed and unchanged, but not one of your reports.</source>
            <translation>Signé et inchangé, mais ce n’est pas l’un de vos rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is not a report published for you on this portal.</source>
            <translation>Ce n’est pas un rapport publié pour vous sur ce portail.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Choose the report's PDF file first.</source>
            <translation>Choisissez d’abord le fichier PDF du rapport.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is not a PDF. Choose the report's PDF file.</source>
            <translation>Ce fichier n’est pas un PDF. Choisissez le fichier PDF du rapport.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file could not be checked.</source>
            <translation>Le fichier n’a pas pu être vérifié.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is damaged or not a report. Download the report again from its page.</source>
            <translation>Il est endommagé ou ce n’est pas un rapport. Téléchargez à nouveau le rapport depuis sa page.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The report of {location}, {day}{number}, signed by {signer}.</source>
            <translation>Le rapport de {location}, {day}{number}, signé par {signer}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de vérifications : réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de vérifications : réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n minute(s).</source>
            <translation>
                <numerusform>Trop de vérifications : réessayez dans %n minute.</numerusform>
                <numerusform>Trop de vérifications : réessayez dans %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check a report</source>
            <translation>Vérifier un rapport</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln visite</numerusform>
                <numerusform>%Ln visites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>none flagged</source>
            <translation>aucune signalée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Quality checks</source>
            <translation>Contrôles qualité</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>published, at %Ln location(s)</source>
            <translation>
                <numerusform>publiées, sur %Ln site</numerusform>
                <numerusform>publiées, sur %Ln sites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%Ln réponse notée 4 ou 5</numerusform>
                <numerusform>%Ln réponses notées 4 ou 5</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%Ln réponse, promoteurs − détracteurs</numerusform>
                <numerusform>%Ln réponses, promoteurs − détracteurs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CES</source>
            <translation>CES</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%Ln réponse, moyenne sur 1–7</numerusform>
                <numerusform>%Ln réponses, moyenne sur 1–7</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: mean {mean} over %Ln visit(s)</source>
            <translation>
                <numerusform>{what} : moyenne {mean} sur %Ln visite</numerusform>
                <numerusform>{what} : moyenne {mean} sur %Ln visites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>no scored visits</source>
            <translation>aucune visite notée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{visits}, {low} to {high}</source>
            <translation>{visits}, de {low} à {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean score by month</source>
            <translation>Score moyen par mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Locations ranked by mean score</source>
            <translation>Sites classés par score moyen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Mean score by journey stage</source>
            <translation>Score moyen par étape du parcours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>The questions most often failed</source>
            <translation>Les questions le plus souvent échouées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>failed in {hits} of %Ln visit(s)</source>
            <translation>
                <numerusform>échouée dans {hits} visite sur %Ln</numerusform>
                <numerusform>échouée dans {hits} visites sur %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: not on this location's forms</source>
            <translation>{what} : absent des formulaires de ce site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>of 100; {low} to {high}</source>
            <translation>sur 100 ; de {low} à {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint} at {location}</source>
            <translation>{touchpoint} – {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint}, all locations</source>
            <translation>{touchpoint}, tous les sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>The dashboard is for the firm's supervisors and its clients.</source>
            <translation>Le tableau de bord est réservé aux superviseurs de la société et à ses clients.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Your reports are under Reports.</source>
            <translation>Vos rapports sont sous Rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Period report {client} {start} to {end}</source>
            <translation>Rapport de période {client} {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Visits {client} {start} to {end}</source>
            <translation>Visites {client} {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There are no clients here yet.</source>
            <translation>Il n’y a pas encore de clients ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>client</source>
            <translation>client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>supervisor</source>
            <translation>superviseur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>auditor</source>
            <translation>auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>administrator</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>This form has expired.</source>
            <translation>Ce formulaire a expiré.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>Go back, reload the page and try again.</source>
            <translation>Revenez en arrière, rechargez la page et réessayez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>The period ended before it started: the dates were swapped.</source>
            <translation>La période finissait avant de commencer : les dates ont été inversées.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>There is no such client here.</source>
            <translation>Ce client n’existe pas ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the start date was left out.</source>
            <translation>« {text} » n’est pas une date (AAAA-MM-JJ) : la date de début a été ignorée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the end date was left out.</source>
            <translation>« {text} » n’est pas une date (AAAA-MM-JJ) : la date de fin a été ignorée.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln octet</numerusform>
                <numerusform>%Ln octets</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>{n} MB</source>
            <translation>{n} Mo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>{n} KB</source>
            <translation>{n} Ko</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A client has appealed a report</source>
            <translation>Un client a contesté un rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A client has filed an appeal of a published report. It waits in the app under Supervise → Appeals; the report is here:</source>
            <translation>Un client a contesté un rapport publié. La contestation attend dans l'application sous Supervision → Contestations ; le rapport est ici :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your appeal has been decided</source>
            <translation>Votre contestation a été tranchée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A new report is waiting for you</source>
            <translation>Un nouveau rapport vous attend</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>This message holds no report data; the report itself stays in the portal.</source>
            <translation>Ce message ne contient aucune donnée du rapport ; le rapport lui-même reste sur le portail.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Open it in the portal (you will be asked to sign in):</source>
            <translation>Ouvrez-le sur le portail (il vous sera demandé de vous connecter) :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has decided your appeal. Read the decision in the portal (you will be asked to sign in):</source>
            <translation>{sender} a tranché votre contestation. Lisez la décision dans le portail (il vous sera demandé de vous connecter) :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has published a new mystery shopping report for you.</source>
            <translation>{sender} a publié pour vous un nouveau rapport de visite mystère.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Oldest first</source>
            <translation>Plus anciens d’abord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Highest score</source>
            <translation>Score le plus élevé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Lowest score</source>
            <translation>Score le plus bas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Location A–Z</source>
            <translation>Site A–Z</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>All dates</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is not on the server.</source>
            <translation>Le rapport signé de cette visite n’est pas sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It was published by a version of the app that did not upload reports.</source>
            <translation>Elle a été publiée par une version de l’application qui n’envoyait pas les rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is missing on the server.</source>
            <translation>Le rapport signé de cette visite manque sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It may not be published yet.</source>
            <translation>Il n’est peut-être pas encore publié.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n minute(s).</source>
            <translation>
                <numerusform>Trop de connexions échouées : réessayez dans %n minute.</numerusform>
                <numerusform>Trop de connexions échouées : réessayez dans %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de connexions échouées : réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de connexions échouées : réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>This account is disabled. Ask the firm that sends your reports.</source>
            <translation>Ce compte est désactivé. Adressez-vous à la société qui vous envoie vos rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password and its repetition differ.</source>
            <translation>Le nouveau mot de passe et sa confirmation diffèrent.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>A password needs at least %n character(s).</source>
            <translation>
                <numerusform>Un mot de passe doit compter au moins %n caractère.</numerusform>
                <numerusform>Un mot de passe doit compter au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password is the current one.</source>
            <translation>Le nouveau mot de passe est l’actuel.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Wrong user name or password.</source>
            <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The current password is not right.</source>
            <translation>Le mot de passe actuel n’est pas le bon.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/action_rules.py" />
            <location filename="../../mystery_shop/services/quality.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That client no longer exists.</source>
            <translation>Ce client n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/app_language.py" />
            <source>The app is not translated into {code!r}; it ships in {languages}.</source>
            <translation>L’application n’est pas traduite en {code!r} ; elle existe en {languages}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>{appeal!r} is the start of several appeals: give more of it.</source>
            <translation>{appeal!r} est le début de plusieurs contestations : donnez-en davantage.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only a supervisor decides an appeal.</source>
            <translation>Seul un superviseur tranche une contestation.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only the visit's auditor gives their account.</source>
            <translation>Seul l'auditeur de la visite donne sa version.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Nobody asked for an account of this appeal.</source>
            <translation>Personne n'a demandé de version pour cette contestation.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>The text is empty.</source>
            <translation>Le texte est vide.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>No appeal {appeal!r}.</source>
            <translation>Aucune contestation {appeal!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <location filename="../../mystery_shop/services/review.py" />
            <source>{points!r} is not a number of points.</source>
            <translation>{points!r} n’est pas un nombre de points.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/export.py" />
            <source>{name}: the export is written as .csv or .xlsx</source>
            <translation>{name} : l’export s’écrit en .csv ou en .xlsx</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} is not in this profile.</source>
            <translation>Le formulaire {form} en version {version} n’est pas dans ce profil.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Choose where to save the form.</source>
            <translation>Choisissez où enregistrer le formulaire.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>The form has %n problem(s) to fix before it can be saved.</source>
            <translation>
                <numerusform>Le formulaire a %n problème à corriger avant de pouvoir être enregistré.</numerusform>
                <numerusform>Le formulaire a %n problèmes à corriger avant de pouvoir être enregistré.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Save the form before publishing it.</source>
            <translation>Enregistrez le formulaire avant de le publier.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>{target}: cannot save ({error}).</source>
            <translation>{target} : enregistrement impossible ({error}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/period.py" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>An annotated copy must be a JPEG image.</source>
            <translation>Une copie annotée doit être une image JPEG.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>That photo is not part of this visit.</source>
            <translation>Cette photo ne fait pas partie de cette visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>The schedule needs the columns {columns}; missing: {missing}.</source>
            <translation>Le planning doit avoir les colonnes {columns} ; il manque : {missing}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{path}: cannot read the schedule ({error})</source>
            <translation>{path} : impossible de lire le planning ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{column} {text!r} is not a date as YYYY-MM-DD</source>
            <translation>{column} {text!r} n’est pas une date au format AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>due {due} is before the visit date {when}</source>
            <translation>l’échéance {due} est avant la date de la visite {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>no auditor {auditor!r}</source>
            <translation>aucun auditeur {auditor!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Too many earlier profiles beside {path}: remove some.</source>
            <translation>Trop de profils antérieurs à côté de {path} : supprimez-en quelques-uns.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a profile: there is nothing to back up.</source>
            <translation>{path} n’est pas un profil : il n’y a rien à sauvegarder.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Write the backup outside the profile folder {path}.</source>
            <translation>Enregistrez la sauvegarde hors du dossier du profil {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a mystery-shop profile backup.</source>
            <translation>{path} n’est pas une sauvegarde de profil mystery-shop.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The database in {path} is damaged.</source>
            <translation>La base de données de {path} est endommagée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>No file {path}.</source>
            <translation>Aucun fichier {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} already holds a profile: restore into another folder, or replace it (it is kept beside, renamed).</source>
            <translation>{path} contient déjà un profil : restaurez dans un autre dossier, ou remplacez-le (il est conservé à côté, renommé).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The photo {name} in {path} is damaged.</source>
            <translation>La photo {name} de {path} est endommagée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Submitted</source>
            <translation>Soumise</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Returned for changes</source>
            <translation>Renvoyée pour corrections</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Published</source>
            <translation>Publiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The page size must be one of {sizes}, not {size!r}.</source>
            <translation>Le format de page doit être l’un de {sizes}, pas {size!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The timestamp server must be an http:// or https:// address, not {url!r}.</source>
            <translation>Le serveur d’horodatage doit être une adresse http:// ou https://, pas {url!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The certificate's passphrase is never stored: it is asked for when signing.</source>
            <translation>La phrase secrète du certificat n’est jamais enregistrée : elle est demandée à la signature.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>Unknown report setting: {error}</source>
            <translation>Réglage de rapport inconnu : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_signing.py" />
            <source>The report could not be signed: {error}</source>
            <translation>Le rapport n’a pas pu être signé : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot create the folder {folder}: {error}</source>
            <translation>Impossible de créer le dossier {folder} : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write in {folder}: {error}</source>
            <translation>Impossible d’écrire dans {folder} : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write {out}: {error}</source>
            <translation>Impossible d’écrire {out} : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Publishing sends the client the visit's signed report, and this visit has none yet: sign its report (Approve and sign, or export the report with the firm's certificate), then publish.</source>
            <translation>La publication envoie au client le rapport signé de la visite, et cette visite n’en a pas encore : signez son rapport (Approuver et signer, ou exportez le rapport avec le certificat du cabinet), puis publiez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The comment is empty.</source>
            <translation>Le commentaire est vide.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Say what the auditor should fix: returning a visit needs a comment.</source>
            <translation>Dites ce que l’auditeur doit corriger : renvoyer une visite demande un commentaire.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>An accepted appeal changed this published visit: sign its revised report (give the signing key).</source>
            <translation>Une contestation acceptée a modifié cette visite publiée : signez son rapport révisé (indiquez la clé de signature).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The signed report was not kept; nothing was published.</source>
            <translation>Le rapport signé n’a pas été conservé ; rien n’a été publié.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This change cannot be sent again; only its details can be kept.</source>
            <translation>Cette modification ne peut pas être renvoyée ; seuls ses détails peuvent être conservés.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This refused answer does not say which visit and question it was for.</source>
            <translation>Cette réponse refusée ne dit pas à quelle visite ni à quelle question elle se rapportait.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>That refused change is no longer listed.</source>
            <translation>Cette modification refusée ne figure plus dans la liste.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>No visit {visit!r}.</source>
            <translation>Aucune visite {visit!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{text!r} cannot be answered N/A.</source>
            <translation>{text!r} ne peut pas recevoir la réponse S.O.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit is {status} and can no longer be changed.</source>
            <translation>La visite a le statut « {status} » et ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>Type your name beside your signature.</source>
            <translation>Saisissez votre nom à côté de votre signature.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit cannot be submitted yet:
{items}</source>
            <translation>La visite ne peut pas encore être soumise :
{items}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: no such question in this form</source>
            <translation>{question} : cette question n’existe pas dans ce formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The signature cannot be used: {reason}.</source>
            <translation>La signature ne peut pas être utilisée : {reason}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: N/A is not allowed on this question</source>
            <translation>{question} : S.O. n’est pas autorisé pour cette question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Give your full name: reports and the audit trail show it.</source>
            <translation>Indiquez votre nom complet : les rapports et le journal d’audit l’affichent.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A name is at most %n character(s).</source>
            <translation>
                <numerusform>Un nom compte au plus %n caractère.</numerusform>
                <numerusform>Un nom compte au plus %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Several locations are called {name!r}: say which, as CLIENT / NAME ({options}).</source>
            <translation>Plusieurs sites s’appellent {name!r} : précisez lequel, sous la forme CLIENT / NOM ({options}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Only a supervisor assigns visits to other auditors.</source>
            <translation>Seul un superviseur attribue des visites à d’autres auditeurs.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>{prefix!r} matches several visits: give more of the id.</source>
            <translation>{prefix!r} correspond à plusieurs visites : donnez une plus grande partie de l’identifiant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>There is already a client called {name!r}.</source>
            <translation>Il existe déjà un client nommé {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>This client already has a location called {name!r}.</source>
            <translation>Ce client a déjà un site nommé {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That location no longer exists.</source>
            <translation>Ce site n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} exists already with different content: a published version never changes, so give the new one a higher version.</source>
            <translation>Le formulaire {form} en version {version} existe déjà avec un contenu différent : une version publiée ne change jamais, donnez donc à la nouvelle un numéro de version plus élevé.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was made by a newer version (database schema {revision}); install the newest version</source>
            <translation>ce profil a été créé par une version plus récente (schéma de base de données {revision}) ; installez la dernière version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was last opened by version {version}; install {version} or newer</source>
            <translation>ce profil a été ouvert en dernier par la version {version} ; installez la version {version} ou une plus récente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>the profile could not be upgraded to this version ({error}); it was put back as it was from {backup}</source>
            <translation>le profil n’a pas pu être mis à niveau vers cette version ({error}) ; il a été remis dans son état antérieur à partir de {backup}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/sync/account.py" />
            <source>this profile belongs to {user}, with %n change(s) waiting to be sent as theirs: sign in as them, or use another profile</source>
            <translation>
                <numerusform>ce profil appartient à {user}, avec %n modification en attente d’envoi en son nom : connectez-vous en tant que {user} ou utilisez un autre profil</numerusform>
                <numerusform>ce profil appartient à {user}, avec %n modifications en attente d’envoi en son nom : connectez-vous en tant que {user} ou utilisez un autre profil</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/account.py" />
            <source>wrong username or password, or the account is disabled</source>
            <translation>nom d’utilisateur ou mot de passe incorrect, ou compte désactivé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>not signed in: run mystery-shop login --server URL --user NAME</source>
            <translation>non connecté : lancez mystery-shop login --server URL --user NOM</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>no saved sign-in on this computer: run mystery-shop login again</source>
            <translation>aucune connexion enregistrée sur cet ordinateur : relancez mystery-shop login</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>a sync is already running</source>
            <translation>une synchronisation est déjà en cours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>the sync server {server} cannot be reached ({problem})</source>
            <translation>le serveur de synchronisation {server} est injoignable ({problem})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: install version {version} or newer from {url}</source>
            <translation>cette version ({have}) est trop ancienne pour le serveur : installez la version {version} ou une plus récente depuis {url}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>cannot download {path} from {server}</source>
            <translation>impossible de télécharger {path} depuis {server}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>sign in again: {detail}</source>
            <translation>reconnectez-vous : {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: {detail}; ask for the newest version</source>
            <translation>cette version ({have}) est trop ancienne pour le serveur : {detail} ; demandez la dernière version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/app.py" />
            <source>Cannot open the profile</source>
            <translation>Impossible d’ouvrir le profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>Click for the visits</source>
            <translation>Cliquer pour voir les visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>No visits in this period</source>
            <translation>Aucune visite sur cette période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export data…</source>
            <translation>Exporter les données…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%Ln approved or published visit(s)</source>
            <translation>
                <numerusform>%Ln visite approuvée ou publiée</numerusform>
                <numerusform>%Ln visites approuvées ou publiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%n réponse notée 4 ou 5</numerusform>
                <numerusform>%n réponses notées 4 ou 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%n réponse, promoteurs − détracteurs</numerusform>
                <numerusform>%n réponses, promoteurs − détracteurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%n réponse, moyenne sur 1–7</numerusform>
                <numerusform>%n réponses, moyenne sur 1–7</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>scored visits</source>
            <translation>visites notées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CSAT answers</source>
            <translation>réponses CSAT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>NPS answers</source>
            <translation>réponses NPS</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CES answers</source>
            <translation>réponses CES</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Locations ranked</source>
            <translation>Classement des sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean touchpoint score; click a cell for its visits.</source>
            <translation>Score moyen du point de contact ; cliquez sur une cellule pour voir ses visites.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Journey stages</source>
            <translation>Étapes du parcours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most failed questions</source>
            <translation>Questions les plus souvent échouées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>% of visits where the question earned nothing</source>
            <translation>% des visites où la question n’a rapporté aucun point</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Add a client first.</source>
            <translation>Ajoutez d’abord un client.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{section} at {location}</source>
            <translation>{section} à {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed: {q}</source>
            <translation>échouée : {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{stage} stage</source>
            <translation>étape {stage}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation>
                <numerusform>%n visite notée · de {lo} à {hi}</numerusform>
                <numerusform>%n visites notées · de {lo} à {hi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed in {h} of %n visit(s)</source>
            <translation>
                <numerusform>échouée dans {h} visite sur %n</numerusform>
                <numerusform>échouée dans {h} visites sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation>
                <numerusform>{title} : %n visite. Double-cliquez dessus pour l’ouvrir.</numerusform>
                <numerusform>{title} : %n visites. Double-cliquez sur l’une d’elles pour l’ouvrir.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a comment</source>
            <translation>Une question échouée demande un commentaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Rule over answers</source>
            <translation>Règle sur les réponses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a photo</source>
            <translation>Une question échouée demande une photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>The visit lasts at least</source>
            <translation>La visite dure au moins</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>equals one of</source>
            <translation>est égale à l'une de</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is a number between</source>
            <translation>est un nombre entre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is answered</source>
            <translation>a une réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>block</source>
            <translation>blocage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Add check</source>
            <translation>Ajouter un contrôle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Remove check</source>
            <translation>Supprimer le contrôle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Checks catch a doubtful visit before a supervisor reads it. None changes a score.</source>
            <translation>Les contrôles repèrent une visite douteuse avant qu'un superviseur la lise. Aucun ne change un score.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Block the submit (otherwise a warning the auditor explains)</source>
            <translation>Bloquer l'envoi (sinon un avertissement que l'auditeur explique)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>This form has no checks. Choose a kind and press “Add check”.</source>
            <translation>Ce formulaire n'a aucun contrôle. Choisissez un type et appuyez sur « Ajouter un contrôle ».</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words</source>
            <translation> mots</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Comment of at least</source>
            <translation>Commentaire d'au moins</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>minutes, from the first answer to the signature</source>
            <translation>minutes, de la première réponse à la signature</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Minutes at least</source>
            <translation>Minutes au moins</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A photo when one of these earns 0</source>
            <translation>Une photo quand l'une d'elles obtient 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>values, separated by commas</source>
            <translation>valeurs, séparées par des virgules</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no lower bound</source>
            <translation>vide : pas de borne inférieure</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no upper bound</source>
            <translation>vide : pas de borne supérieure</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Then</source>
            <translation>Alors</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: a message made from the requirement</source>
            <translation>vide : un message tiré de l'exigence</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is one of</source>
            <translation>est l'une de</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>and</source>
            <translation>et</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>(always)</source>
            <translation>(toujours)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Yes / no</source>
            <translation>Oui / non</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>One choice</source>
            <translation>Choix unique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Several choices</source>
            <translation>Choix multiples</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Duration (stopwatch)</source>
            <translation>Durée (chronomètre)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>CSAT (1–5)</source>
            <translation>CSAT (1–5)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>CES (1–7)</source>
            <translation>CES (1–7)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>NPS (0–10)</source>
            <translation>NPS (0–10)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Form id</source>
            <translation>Identifiant du formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>e.g. en, pl — the first is the default; empty: one language</source>
            <translation>p. ex. en, pl — la première est la langue par défaut ; vide : une seule langue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Grade bands</source>
            <translation>Tranches de note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Journey stage</source>
            <translation>Étape du parcours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>blank: no weights (every touchpoint or none)</source>
            <translation>vide : pas de pondération (tous les points de contact ou aucun)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at least</source>
            <translation>Photos au moins</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at most</source>
            <translation>Photos au plus</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>The auditor may answer N/A</source>
            <translation>L’auditeur peut répondre « sans objet »</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Show only if</source>
            <translation>Afficher seulement si</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>From score</source>
            <translation>À partir du score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Grade</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add band</source>
            <translation>Ajouter une tranche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove band</source>
            <translation>Supprimer la tranche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>{v} (saving makes version {n}: version {t} is in use)</source>
            <translation>{v} (l’enregistrement crée la version {n} : la version {t} est utilisée)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Good answer</source>
            <translation>Bonne réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Whole numbers only</source>
            <translation>Nombres entiers uniquement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Thresholds</source>
            <translation>Seuils</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Shown in the default language when empty</source>
            <translation>Affiché dans la langue par défaut si vide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Up to seconds</source>
            <translation>Jusqu’à (secondes)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails its touchpoint</source>
            <translation>Fait échouer son point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails the visit</source>
            <translation>Fait échouer la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Default for the type</source>
            <translation>Par défaut pour le type</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>default: {p}</source>
            <translation>par défaut : {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Always shown</source>
            <translation>Toujours affichée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Option {n}</source>
            <translation>Option {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>New grade</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>The language the preview shows the form in</source>
            <translation>La langue dans laquelle l’aperçu montre le formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — as the auditor sees it</source>
            <translation>&lt;b&gt;Aperçu&lt;/b&gt; — tel que l’auditeur le voit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problème</numerusform>
                <numerusform>%n problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n required answer(s) missing</source>
            <translation>
                <numerusform>%n réponse obligatoire manquante</numerusform>
                <numerusform>%n réponses obligatoires manquantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language: {name}</source>
            <translation>Langue par défaut : {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language</source>
            <translation>Langue par défaut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Fix the problems shown in red to see the checklist.</source>
            <translation>Corrigez les problèmes signalés en rouge pour voir la liste de contrôle.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Total {t} · {g}</source>
            <translation>Total {t} · {g}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(untitled touchpoint)</source>
            <translation>(point de contact sans titre)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(no text)</source>
            <translation>(sans texte)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer</source>
            <translation>Concepteur de formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Designer</source>
            <translation>Concepteur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Form</source>
            <translation>&amp;Formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>unsaved</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open a form</source>
            <translation>Ouvrir un formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form:</source>
            <translation>Formulaire :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export as XLSForm</source>
            <translation>Exporter en XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>Classeurs XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save the form</source>
            <translation>Enregistrer le formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml)</source>
            <translation>Formulaires d’audit (*.yaml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>New form</source>
            <translation>Nouveau formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open file…</source>
            <translation>Ouvrir un fichier…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open from this profile…</source>
            <translation>Ouvrir depuis ce profil…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import XLSForm…</source>
            <translation>Importer un XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export XLSForm…</source>
            <translation>Exporter en XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Publish</source>
            <translation>Publier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form settings</source>
            <translation>Paramètres du formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add touchpoint</source>
            <translation>Ajouter un point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add question</source>
            <translation>Ajouter une question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml *.yml)</source>
            <translation>Formulaires d’audit (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>No forms</source>
            <translation>Aucun formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>This profile has no forms yet.</source>
            <translation>Ce profil n’a pas encore de formulaire.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import an XLSForm</source>
            <translation>Importer un XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot import the workbook</source>
            <translation>Impossible d’importer le classeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Imported, with notes</source>
            <translation>Importé, avec des remarques</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot export</source>
            <translation>Exportation impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Fix the problems shown in red first.</source>
            <translation>Corrigez d’abord les problèmes signalés en rouge.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>{what} — Undo (Ctrl+Z) brings it back</source>
            <translation>{what} — Annuler (Ctrl+Z) le rétablit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Discard the changes to this form?</source>
            <translation>Abandonner les modifications de ce formulaire ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot open the form</source>
            <translation>Impossible d’ouvrir le formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not an XLSForm</source>
            <translation>Pas un XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Saved version {v} to {p}</source>
            <translation>Version {v} enregistrée dans {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot publish</source>
            <translation>Publication impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Published {id} version {v}: it goes to the server at the next sync</source>
            <translation>{id} version {v} publié : il part vers le serveur à la prochaine synchronisation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Close without saving the form?</source>
            <translation>Fermer sans enregistrer le formulaire ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer — {title} v{v} ({file})</source>
            <translation>Concepteur de formulaires — {title} v{v} ({file})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undo {what}</source>
            <translation>Annuler {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo {what}</source>
            <translation>Rétablir {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undone: {what}</source>
            <translation>Annulé : {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redone: {what}</source>
            <translation>Rétabli : {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not carried over:</source>
            <translation>Non repris :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Exported to {p}</source>
            <translation>Exporté vers {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Known coordinates</source>
            <translation>Coordonnées connues</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>This computer's time zone</source>
            <translation>Fuseau horaire de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Clients, locations and forms</source>
            <translation>Clients, sites et formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients and locations</source>
            <translation>Clients et sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Forms</source>
            <translation>Formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Show archived</source>
            <translation>Afficher les archivés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>New client</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Client name:</source>
            <translation>Nom du client :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename client</source>
            <translation>Renommer le client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import a form</source>
            <translation>Importer un formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Form files (*.yaml *.yml)</source>
            <translation>Fichiers de formulaire (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>The form has problems</source>
            <translation>Le formulaire comporte des problèmes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive / restore</source>
            <translation>Archiver / restaurer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Locations</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>(archived)</source>
            <translation>(archivé)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import form file…</source>
            <translation>Importer un fichier de formulaire…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{title}   ({id}, version {v})</source>
            <translation>{title}   ({id}, version {v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{name} was not imported. Fix these lines and try again:</source>
            <translation>{name} n’a pas été importé. Corrigez ces lignes et réessayez :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Lock-out between visits</source>
            <translation>Délai entre deux visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> visits</source>
            <translation> visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Straight-lining over the last</source>
            <translation>Réponses identiques sur les dernières</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> SD</source>
            <translation> écarts-types</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Auditor outlier at</source>
            <translation>Auditeur atypique à partir de</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Outlier needs at least</source>
            <translation>Un auditeur atypique demande au moins</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words/min</source>
            <translation> mots/min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Reading speed</source>
            <translation>Vitesse de lecture</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>A reused comment has at least</source>
            <translation>Un commentaire réutilisé a au moins</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Export data</source>
            <translation>Exporter les données</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>One row per visit, one column per question, then the touchpoint scores. Only approved and published visits are exported.</source>
            <translation>Une ligne par visite, une colonne par question, puis les scores des points de contact. Seules les visites approuvées et publiées sont exportées.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>CSV, UTF-8 (.csv)</source>
            <translation>CSV, UTF-8 (.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Data (*{s})</source>
            <translation>Données (*{s})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>%n visit(s) written to {path}</source>
            <translation>
                <numerusform>%n visite écrite dans {path}</numerusform>
                <numerusform>%n visites écrites dans {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Welcome to Mystery Shop</source>
            <translation>Bienvenue dans Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>How does this computer work?

With your firm's sync server, visits come from your supervisor and go back to them. Alone, this computer plans, fills, reviews and reports by itself.</source>
            <translation>Comment travaille cet ordinateur ?

Avec le serveur de synchronisation de votre société, les visites viennent de votre superviseur et lui reviennent. Seul, cet ordinateur planifie, remplit, révise et produit les rapports lui-même.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Connect to the firm's server…</source>
            <translation>Se connecter au serveur de la société…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Work alone on this computer</source>
            <translation>Travailler seul sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>New visit</source>
            <translation>Nouvelle visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>What the shopper should ask or do (optional)</source>
            <translation>Ce que l’enquêteur doit demander ou faire (facultatif)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Form</source>
            <translation>Formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scheduled</source>
            <translation>Prévue le</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Due by</source>
            <translation>À faire avant le</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Add a client first (Manage → Clients and locations).</source>
            <translation>Ajoutez d’abord un client (Gérer → Clients et sites).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Create and open</source>
            <translation>Créer et ouvrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Plan visit</source>
            <translation>Planifier la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>This client has no locations yet.</source>
            <translation>Ce client n’a pas encore de site.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Me ({name})</source>
            <translation>Moi ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Import a form first (Manage → Forms).</source>
            <translation>Importez d’abord un formulaire (Gérer → Formulaires).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>{title} (v{v})</source>
            <translation>{title} (v{v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Plan visits from a CSV schedule</source>
            <translation>Planifier des visites à partir d’un planning CSV</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Schedule planned</source>
            <translation>Planning importé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Cannot read the schedule</source>
            <translation>Impossible de lire le planning</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>, refused %n row(s):</source>
            <translation>
                <numerusform>, %n ligne refusée :</numerusform>
                <numerusform>, %n lignes refusées :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>{file}: planned %n visit(s)</source>
            <translation>
                <numerusform>{file} : %n visite planifiée</numerusform>
                <numerusform>{file} : %n visites planifiées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Fix those lines and import a file with only them: the good rows are planned already. Columns: {c} ({r} required).</source>
            <translation>Corrigez ces lignes et importez un fichier ne contenant qu’elles : les bonnes lignes sont déjà planifiées. Colonnes : {c} ({r} obligatoires).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>The new language is used from the next start of the app.</source>
            <translation>La nouvelle langue s’applique au prochain démarrage de l’application.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>System language ({name})</source>
            <translation>Langue du système ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong. The details are in the log file; you can copy them below.</source>
            <translation>Une erreur s’est produite. Les détails se trouvent dans le fichier journal ; vous pouvez les copier ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Une erreur s’est produite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Cannot do that</source>
            <translation>Impossible de faire cela</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Mystery Shop</source>
            <translation>Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>No visits yet.

Plan one with New visit (Ctrl+N), or create a demo profile:
mystery-shop demo --profile DIR</source>
            <translation>Aucune visite pour l’instant.

Planifiez-en une avec Nouvelle visite (Ctrl+N), ou créez un profil de démonstration :
mystery-shop demo --profile DIR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>&amp;Supervise</source>
            <translation>&amp;Supervision</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Fo&amp;rms</source>
            <translation>Fo&amp;rmulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Form designer…</source>
            <translation>Concepteur de formulaires…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Search visits (Ctrl+F)</source>
            <translation>Rechercher des visites (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>from any date</source>
            <translation>depuis n’importe quelle date</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>to any date</source>
            <translation>jusqu’à n’importe quelle date</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All clients</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All locations</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>About Mystery Shop</source>
            <translation>À propos de Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan a visit…</source>
            <translation>Planifier une visite…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan from CSV…</source>
            <translation>Planifier depuis un CSV…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Review queue</source>
            <translation>File de révision</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeals</source>
            <translation>Contestations</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Export report…</source>
            <translation>Exporter le rapport…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export internal copy…</source>
            <translation>Exporter la copie interne…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export reports for a period…</source>
            <translation>Exporter les rapports d’une période…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Report settings…</source>
            <translation>Paramètres des rapports…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>All states</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Assigned to me</source>
            <translation>Qui me sont assignées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Your full name, as reports and the audit trail show it:</source>
            <translation>Votre nom complet, tel que les rapports et la piste d’audit l’affichent :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Select a visit first.</source>
            <translation>Sélectionnez d’abord une visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Mystery shopping and customer-touchpoint audits: offline checklists, scoring, photo evidence and signed PDF reports.</source>
            <translation>Visites mystère et audits des points de contact client : listes de contrôle hors ligne, notation, photos comme preuves et rapports PDF signés.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports will name you “{name}”. &lt;a href='#name'&gt;Set your name…&lt;/a&gt;</source>
            <translation>Les rapports vous nommeront « {name} ». &lt;a href='#name'&gt;Indiquer votre nom…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Profile: {path}</source>
            <translation>Profil : {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>%Ln visit(s) · {shown} shown</source>
            <translation>
                <numerusform>%Ln visite · {shown} affichée(s)</numerusform>
                <numerusform>%Ln visites · {shown} affichées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports now name you {name}.</source>
            <translation>Les rapports vous nomment désormais {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Visit planned for {name}.</source>
            <translation>Visite planifiée pour {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Planned</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Score override</source>
            <translation>Correction du score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Signature cleared</source>
            <translation>Signature effacée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Why / detail</source>
            <translation>Pourquoi / détail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>server: %1</source>
            <translation>serveur : %1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>On the device: %1. Received by the server: %2.</source>
            <translation>Sur l’appareil : %1. Reçu par le serveur : %2.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/heat_map.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/heat_map.py" />
            <source>{section} at {location}: mean {score} over %n visit(s); click for the visits</source>
            <translation>
                <numerusform>{section} à {location} : moyenne {score} sur %n visite ; cliquez pour voir la visite</numerusform>
                <numerusform>{section} à {location} : moyenne {score} sur %n visites ; cliquez pour voir les visites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Taken on another day</source>
            <translation>Prise un autre jour</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the visit's start</source>
            <translation>Loin du début de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the location</source>
            <translation>Loin du site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Used in another visit</source>
            <translation>Utilisée dans une autre visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too few photos</source>
            <translation>Trop peu de photos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too many photos</source>
            <translation>Trop de photos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment missing</source>
            <translation>Commentaire manquant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo missing</source>
            <translation>Photo manquante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too short</source>
            <translation>Trop courte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment reused</source>
            <translation>Commentaire réutilisé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo reused</source>
            <translation>Photo réutilisée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Straight-lining</source>
            <translation>Réponses identiques</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Auditor outlier</source>
            <translation>Auditeur atypique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Repeat visit</source>
            <translation>Visite répétée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too fast</source>
            <translation>Trop rapide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Visit date</source>
            <translation>Date de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>✓ none</source>
            <translation>✓ aucun</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>✓ no flags</source>
            <translation>✓ aucun signalement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Submitted {when}</source>
            <translation>Soumise {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>so far</source>
            <translation>pour l’instant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>A critical question failed: the form sets its touchpoint or the visit to 0.</source>
            <translation>Une question critique a échoué : le formulaire ramène son point de contact ou la visite à 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Required answers are still missing: the figure counts only what is answered so far.</source>
            <translation>Des réponses obligatoires manquent encore : le chiffre ne compte que ce qui a été répondu jusqu’ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Overdue: due {date}</source>
            <translation>En retard : échéance le {date}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Freehand</source>
            <translation>Main levée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Arrow</source>
            <translation>Flèche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Box</source>
            <translation>Cadre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text to place on the photo:</source>
            <translation>Texte à placer sur la photo :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line</source>
            <translation>Trait</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line width, in proportion to the photo's size</source>
            <translation>Épaisseur du trait, proportionnelle à la taille de la photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take back the last mark (Ctrl+Z)</source>
            <translation>Retirer la dernière marque (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take off every mark</source>
            <translation>Retirer toutes les marques</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Save annotated copy</source>
            <translation>Enregistrer la copie annotée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot annotate</source>
            <translation>Annotation impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>This visit cannot be changed any more.</source>
            <translation>Cette visite ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is not on this computer yet (it arrives with the next sync).</source>
            <translation>La photo originale n’est pas encore sur cet ordinateur (elle arrive avec la prochaine synchronisation).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom out (-, Ctrl+wheel)</source>
            <translation>Dézoomer (-, Ctrl+molette)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit to the window (0)</source>
            <translation>Ajuster à la fenêtre (0)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Zoomer (+, Ctrl+molette)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag to draw freehand.</source>
            <translation>Faites glisser pour dessiner à main levée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from the tail to the point of the arrow.</source>
            <translation>Faites glisser de la queue à la pointe de la flèche.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from one corner of the box to the other.</source>
            <translation>Faites glisser d’un coin du cadre à l’autre.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Click where the text should start.</source>
            <translation>Cliquez là où le texte doit commencer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is kept; saving makes an annotated copy.</source>
            <translation>La photo originale est conservée ; l’enregistrement crée une copie annotée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove annotation</source>
            <translation>Supprimer l’annotation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot save the annotation</source>
            <translation>Impossible d’enregistrer l’annotation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Annotate — {name}</source>
            <translation>Annoter — {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Discard the marks?</source>
            <translation>Abandonner les marques ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Close without saving the annotation?</source>
            <translation>Fermer sans enregistrer l’annotation ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Take photo</source>
            <translation>Prendre une photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Starting the camera…</source>
            <translation>Démarrage de la caméra…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Press Take photo (or Space) when the picture is right.</source>
            <translation>Appuyez sur Prendre une photo (ou Espace) quand l’image vous convient.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The photo could not be taken: {reason}</source>
            <translation>La photo n’a pas pu être prise : {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The camera cannot be used: {reason}</source>
            <translation>La caméra ne peut pas être utilisée : {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>White</source>
            <translation>Blanc</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Black</source>
            <translation>Noir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thin</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thick</source>
            <translation>Épais</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>no capture time</source>
            <translation>pas d’heure de prise de vue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>no position</source>
            <translation>pas de position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Previous photo (Left arrow)</source>
            <translation>Photo précédente (flèche gauche)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Next photo (Right arrow)</source>
            <translation>Photo suivante (flèche droite)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Actual pixels (1)</source>
            <translation>Taille réelle (1)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>What the photo shows</source>
            <translation>Ce que montre la photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Switch between the original and the annotated copy (A)</source>
            <translation>Basculer entre l’original et la copie annotée (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Annotate…</source>
            <translation>Annoter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Draw arrows, boxes and notes on a copy; the original is kept</source>
            <translation>Dessiner des flèches, des cadres et des notes sur une copie ; l’original est conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Take the annotated copy off this photo; the original stays</source>
            <translation>Retirer la copie annotée de cette photo ; l’original reste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <location filename="../../mystery_shop/ui/widgets/closing.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Previous</source>
            <translation>Précédente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Next</source>
            <translation>Suivante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Taken</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Annotation</source>
            <translation>Annotation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No caption.</source>
            <translation>Pas de légende.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show original</source>
            <translation>Afficher l’original</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show annotated</source>
            <translation>Afficher la copie annotée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Edit annotation…</source>
            <translation>Modifier l’annotation…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove the annotated copy? The original photo is not changed.</source>
            <translation>Supprimer la copie annotée ? La photo originale n’est pas modifiée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{i} of {n}</source>
            <translation>{i} sur {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo {i} of {n}</source>
            <translation>Photo {i} sur {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No evidence flags: time and place agree with the visit.</source>
            <translation>Aucun signalement : l’heure et le lieu correspondent à la visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the annotated copy. The original is kept unchanged.</source>
            <translation>La copie annotée est affichée. L’original reste inchangé.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the original. This photo also has an annotated copy.</source>
            <translation>L’original est affiché. Cette photo a aussi une copie annotée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>the picture has not arrived yet</source>
            <translation>l’image n’est pas encore arrivée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up…</source>
            <translation>Sauvegarder…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Write the whole profile to one file: unsent work, photos, settings</source>
            <translation>Enregistrer tout le profil dans un fichier : travail non envoyé, photos, réglages</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Put a profile back from a backup file</source>
            <translation>Restaurer un profil à partir d’un fichier de sauvegarde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up the profile</source>
            <translation>Sauvegarder le profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backing up the profile…</source>
            <translation>Sauvegarde du profil…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backed up</source>
            <translation>Sauvegardé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot back up the profile</source>
            <translation>Impossible de sauvegarder le profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore a profile</source>
            <translation>Restaurer un profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restored</source>
            <translation>Restauré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile is backed up to {path}: {photos}, {changes} not yet sent.</source>
            <translation>Le profil est sauvegardé dans {path} : {photos}, {changes} pas encore envoyées.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Replace this profile with the one in {path}? The profile open now is kept in a folder beside it, renamed. Mystery Shop then closes: open it again to work on the restored profile.</source>
            <translation>Remplacer ce profil par celui de {path} ? Le profil ouvert est conservé, renommé, dans un dossier à côté. Mystery Shop se ferme ensuite : rouvrez-le pour travailler sur le profil restauré.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile was restored from {path}: {photos}, {changes} waiting to be sent.</source>
            <translation>Le profil a été restauré depuis {path} : {photos}, {changes} en attente d’envoi.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Open Mystery Shop again to work on it.</source>
            <translation>Rouvrez Mystery Shop pour travailler dessus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Profile backups (*{s})</source>
            <translation>Sauvegardes de profil (*{s})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot restore the profile</source>
            <translation>Impossible de restaurer le profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile that was open is kept in {folder}.</source>
            <translation>Le profil qui était ouvert est conservé dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create the firm's signing key</source>
            <translation>Créer la clé de signature de la société</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>the name reports are signed as</source>
            <translation>le nom sous lequel les rapports sont signés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>The passphrase is asked whenever reports are signed and is never stored: keep it where the firm keeps its passwords. Give clients the .crt file written beside the key.</source>
            <translation>La phrase secrète est demandée à chaque signature de rapports et n’est jamais enregistrée : gardez-la là où la société garde ses mots de passe. Donnez aux clients le fichier .crt écrit à côté de la clé.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm name</source>
            <translation>Nom du cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase again</source>
            <translation>Phrase secrète (à nouveau)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create key…</source>
            <translation>Créer la clé…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Save the signing key</source>
            <translation>Enregistrer la clé de signature</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation>Clé PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Give the firm's name: reports are signed as it.</source>
            <translation>Indiquez le nom de la société : les rapports sont signés sous ce nom.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>at least {n} characters</source>
            <translation>au moins {n} caractères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports</source>
            <translation>Exporter les rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>One PDF per approved or published visit of the client in the period. Reports are signed when a certificate is set in Report settings.</source>
            <translation>Un PDF par visite approuvée ou publiée du client sur la période. Les rapports sont signés lorsqu’un certificat est défini dans les Paramètres des rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancel export</source>
            <translation>Annuler l’exportation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports to</source>
            <translation>Exporter les rapports vers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Finding the visits…</source>
            <translation>Recherche des visites…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Stopping after the report being written…</source>
            <translation>Arrêt après le rapport en cours d’écriture…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>%v of %m reports</source>
            <translation>%v rapports sur %m</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>No approved or published visits of this client in the period.</source>
            <translation>Aucune visite approuvée ou publiée de ce client sur la période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The reports were not written</source>
            <translation>Les rapports n’ont pas été écrits</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Cannot sign the report</source>
            <translation>Impossible de signer le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export internal copy</source>
            <translation>Exporter la copie interne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The report was not written</source>
            <translation>Le rapport n’a pas été écrit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The period ends before it starts.</source>
            <translation>La période se termine avant de commencer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cannot sign the reports</source>
            <translation>Impossible de signer les rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Writing {name}</source>
            <translation>Écriture de {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Annulé : {n} rapport sur %n écrit dans {folder}.</numerusform>
                <numerusform>Annulé : {n} rapports sur %n écrits dans {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>{n} rapport sur %n écrit dans {folder}.</numerusform>
                <numerusform>{n} rapports sur %n écrits dans {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Not written:</source>
            <translation>Non écrits :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report settings</source>
            <translation>Paramètres des rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>as it appears on the cover of every report</source>
            <translation>tel qu’il figure sur la couverture de chaque rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PNG or JPEG (optional)</source>
            <translation>PNG ou JPEG (facultatif)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>the firm's .p12 file; none: reports are not signed</source>
            <translation>le fichier .p12 du cabinet ; aucun : les rapports ne sont pas signés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>optional: https://… an RFC 3161 timestamp server</source>
            <translation>facultatif : https://… un serveur d’horodatage RFC 3161</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>No certificate yet? Create the firm's signing key here, then give clients the .crt file written beside it.</source>
            <translation>Pas encore de certificat ? Créez ici la clé de signature de la société, puis donnez aux clients le fichier .crt écrit à côté.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Create a signing key…</source>
            <translation>Créer une clé de signature…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm logo</source>
            <translation>Logo du cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Page size</source>
            <translation>Format de page</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Timestamp server</source>
            <translation>Serveur d’horodatage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report language</source>
            <translation>Langue des rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The language of the client's reports: their words, dates and numbers</source>
            <translation>La langue des rapports du client : leurs mots, dates et nombres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose a file</source>
            <translation>Choisir un fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The logo</source>
            <translation>Le logo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The certificate</source>
            <translation>Le certificat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>{what} {path} does not exist.</source>
            <translation>{what} {path} n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Sign the report</source>
            <translation>Signer le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Passphrase of the firm's certificate
{path}:</source>
            <translation>Phrase secrète du certificat du cabinet
{path} :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>That passphrase did not open the certificate. Try again.</source>
            <translation>Cette phrase secrète n’a pas ouvert le certificat. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>The certificate {path} cannot be read. Choose it again in Report settings.</source>
            <translation>Le certificat {path} ne peut pas être lu. Choisissez-le à nouveau dans les Paramètres des rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Comment…</source>
            <translation>Commentaire…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Override points…</source>
            <translation>Corriger les points…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>N/A — not applicable on this visit</source>
            <translation>S.O. — sans objet pour cette visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>{e} of {p} pts</source>
            <translation>{e} sur {p} pts</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>critical failed</source>
            <translation>critique échouée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Overridden to {p} by {who}: {why}</source>
            <translation>Corrigé à {p} par {who} : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Show decided appeals too</source>
            <translation>Afficher aussi les contestations tranchées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Auditor's comment</source>
            <translation>Commentaire de l'auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Filed</source>
            <translation>Déposée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Window closes</source>
            <translation>Fin du délai</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Argument</source>
            <translation>Argument</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Open the visit</source>
            <translation>Ouvrir la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The reply the client reads (or the question to the auditor)</source>
            <translation>La réponse que lit le client (ou la question à l'auditeur)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points if accepted</source>
            <translation>Points si acceptée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Ask the auditor</source>
            <translation>Demander à l'auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Decline</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Asked the auditor</source>
            <translation>Question posée à l'auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The auditor's account</source>
            <translation>La version de l'auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Waiting for the auditor's account</source>
            <translation>En attente de la version de l'auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>{n} open</source>
            <translation>{n} ouvertes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>No appeals waiting.</source>
            <translation>Aucune contestation en attente.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>(not answered)</source>
            <translation>(sans réponse)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>New points, up to {max}</source>
            <translation>Nouveaux points, jusqu'à {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>This file is not on this laptop yet: sync first.</source>
            <translation>Ce fichier n'est pas encore sur cet ordinateur : synchronisez d'abord.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The appeal</source>
            <translation>La contestation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Your comment for the auditor</source>
            <translation>Votre commentaire pour l’auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Save to my library of comments</source>
            <translation>Enregistrer dans ma bibliothèque de commentaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Saved comments (double-click to use)</source>
            <translation>Commentaires enregistrés (double-cliquez pour utiliser)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Remove from library</source>
            <translation>Retirer de la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override the points</source>
            <translation>Corriger les points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Earned now</source>
            <translation>Obtenus actuellement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>New points</source>
            <translation>Nouveaux points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Why (required; shown in the audit trail and the report)</source>
            <translation>Pourquoi (obligatoire ; figure dans la piste d’audit et dans le rapport)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override</source>
            <translation>Corriger</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Add comment</source>
            <translation>Ajouter un commentaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>0 to {p}</source>
            <translation>0 à {p}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>%n flagged</source>
            <translation>
                <numerusform>%n signalée</numerusform>
                <numerusform>%n signalées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>annotated copy (the original is kept)</source>
            <translation>copie annotée (l’original est conservé)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>rule: {lo} to {hi}</source>
            <translation>règle : de {lo} à {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Nothing waiting for review.</source>
            <translation>Rien n’attend de révision.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Any evidence</source>
            <translation>Toutes preuves</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>⚑ With flags</source>
            <translation>⚑ Avec signalements</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>✓ Without flags</source>
            <translation>✓ Sans signalement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits…</source>
            <translation>Approuver les visites sans alerte…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve the selected visits that no check and no evidence flag stands against</source>
            <translation>Approuver les visites sélectionnées sans contrôle ni alerte de preuve</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All auditors</source>
            <translation>Tous les auditeurs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All forms</source>
            <translation>Tous les formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits</source>
            <translation>Approuver les visites sans alerte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Select the visits to approve first.</source>
            <translation>Sélectionnez d'abord les visites à approuver.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>None of the selected visits is clean.</source>
            <translation>Aucune des visites sélectionnées n'est sans alerte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve {clean} of the {selected} selected visits? {left} with checks or flags stay in the queue.</source>
            <translation>Approuver {clean} des {selected} visites sélectionnées ? {left} avec contrôles ou alertes restent dans la file.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>{shown} of {total} waiting</source>
            <translation>{shown} sur {total} en attente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approved {approved}; {left} left for reading.</source>
            <translation>{approved} approuvée(s) ; {left} à lire.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comments on the visit</source>
            <translation>Commentaires sur la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment on the visit…</source>
            <translation>Commenter la visite…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Audit trail</source>
            <translation>Piste d’audit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to auditor…</source>
            <translation>Renvoyer à l’auditeur…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve and sign report…</source>
            <translation>Approuver et signer le rapport…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve, then write the signed PDF report in one step</source>
            <translation>Approuver, puis écrire le rapport PDF signé en une seule étape</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publish for the client</source>
            <translation>Publier pour le client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Waiting for your review: comment, override points with a reason, then return or approve.</source>
            <translation>En attente de votre révision : commentez, corrigez les points avec un motif, puis renvoyez ou approuvez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Returned to the auditor: waiting for them to fix it and submit again.</source>
            <translation>Renvoyée à l’auditeur : en attente de sa correction et d’une nouvelle soumission.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approved. Publish it to make the report visible to the client.</source>
            <translation>Approuvée. Publiez-la pour rendre le rapport visible au client.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Published for the client.</source>
            <translation>Publiée pour le client.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A draft: the auditor has not submitted it yet.</source>
            <translation>Un brouillon : l’auditeur ne l’a pas encore soumise.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on the whole visit.</source>
            <translation>Un commentaire sur l’ensemble de la visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to the auditor</source>
            <translation>Renvoyer à l’auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Say what the auditor should fix. They see this comment on their visit, beside any comments you left on single questions.</source>
            <translation>Indiquez ce que l’auditeur doit corriger. Il voit ce commentaire sur sa visite, à côté des commentaires que vous avez laissés sur des questions.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return the visit</source>
            <translation>Renvoyer la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>no score</source>
            <translation>pas de score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>None yet.</source>
            <translation>Aucun pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Finished</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Every action is written to the audit trail with your name and the time.</source>
            <translation>Chaque action est inscrite dans la piste d’audit avec votre nom et l’heure.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>%n comment of this review stays with the firm (approving does not send it):</source>
            <translation>
                <numerusform>%n commentaire de cette revue reste dans la société (l’approbation ne l’envoie pas) :</numerusform>
                <numerusform>%n commentaires de cette revue restent dans la société (l’approbation ne les envoie pas) :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>The visit was not published</source>
            <translation>La visite n’a pas été publiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Review: {client} — {location}</source>
            <translation>Révision : {client} — {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Send the client the signed report, in the portal</source>
            <translation>Envoyer au client le rapport signé, dans le portail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Sign the report and send it to the client, in the portal</source>
            <translation>Signer le rapport et l’envoyer au client, dans le portail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Time on visit</source>
            <translation>Durée de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve this visit? Its score: {score}{grade}.</source>
            <translation>Approuver cette visite ? Son score : {score}{grade}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publishing sends the client the visit's signed report. Choose the firm's certificate in Report settings, then publish: the report is signed as it goes.</source>
            <translation>La publication envoie au client le rapport signé de la visite. Choisissez le certificat du cabinet dans les Paramètres des rapports, puis publiez : le rapport est signé au passage.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on: {q}</source>
            <translation>Un commentaire sur : {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} h {m:02d} min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{title} v{v}</source>
            <translation>{title} v{v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>auditor {name}</source>
            <translation>auditeur {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>&amp;Account</source>
            <translation>&amp;Compte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed out. Your work stays on this computer.</source>
            <translation>Déconnecté. Votre travail reste sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sign in…</source>
            <translation>Se connecter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Refused changes…</source>
            <translation>Modifications refusées…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign in again…</source>
            <translation>Se reconnecter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign out of {server}?</source>
            <translation>Se déconnecter de {server} ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation>
                <numerusform>%n modification n’a pas encore été envoyée : elle reste sur cet ordinateur et partira après votre reconnexion.</numerusform>
                <numerusform>%n modifications n’ont pas encore été envoyées : elles restent sur cet ordinateur et partiront après votre reconnexion.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signing out when the sync under way ends…</source>
            <translation>Déconnexion à la fin de la synchronisation en cours…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation>
                <numerusform>Le serveur n’a pas accepté %n modification : voir Modifications refusées.</numerusform>
                <numerusform>Le serveur n’a pas accepté %n modifications : voir Modifications refusées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed in to {server} as {user} ({role}).</source>
            <translation>Connecté à {server} en tant que {user} ({role}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Changes the server did not take</source>
            <translation>Modifications que le serveur n’a pas acceptées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Nothing refused.

Every change made on this computer reached the server.</source>
            <translation>Rien de refusé.

Chaque modification faite sur cet ordinateur a atteint le serveur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Show the ones already settled</source>
            <translation>Afficher aussi celles déjà réglées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The two versions</source>
            <translation>Les deux versions</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>What you can do</source>
            <translation>Ce que vous pouvez faire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Keep the server's version</source>
            <translation>Garder la version du serveur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Use mine</source>
            <translation>Utiliser la mienne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On this computer</source>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On the server</source>
            <translation>Sur le serveur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Not tied to a visit</source>
            <translation>Liée à aucune visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The server said:</source>
            <translation>Le serveur a répondu :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>at {when}</source>
            <translation>à {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Something went wrong while signing in; the details are in the log file.</source>
            <translation>Une erreur s’est produite lors de la connexion ; les détails se trouvent dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter the address of your firm's sync server.</source>
            <translation>Saisissez l’adresse du serveur de synchronisation de votre cabinet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Wrong user name or password, or the account is disabled.</source>
            <translation>Nom d’utilisateur ou mot de passe incorrect, ou compte désactivé.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Sign in to your firm's sync server</source>
            <translation>Se connecter au serveur de synchronisation de votre cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Your visits stay on this computer and work offline; signing in sends them to your firm and brings the visits assigned to you.</source>
            <translation>Vos visites restent sur cet ordinateur et fonctionnent hors ligne ; la connexion les envoie à votre cabinet et récupère les visites qui vous sont assignées.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>as given by your supervisor</source>
            <translation>tel que fourni par votre superviseur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cannot reach the server at {server}. Check the address and that this computer is online.</source>
            <translation>Impossible de joindre le serveur {server}. Vérifiez l’adresse et que cet ordinateur est en ligne.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>The server refused the sign-in: {detail}</source>
            <translation>Le serveur a refusé la connexion : {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter your user name and password.</source>
            <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>“{text}” is not a web address such as https://sync.example.com.</source>
            <translation>« {text} » n’est pas une adresse web telle que https://sync.example.com.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>il y a %n minute</numerusform>
                <numerusform>il y a %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>il y a %n heure</numerusform>
                <numerusform>il y a %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln visit(s) waiting</source>
            <translation>
                <numerusform>%Ln visite en attente</numerusform>
                <numerusform>%Ln visites en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln modification en attente</numerusform>
                <numerusform>%Ln modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>on {date}</source>
            <translation>le {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) refused</source>
            <translation>
                <numerusform>%Ln modification refusée</numerusform>
                <numerusform>%Ln modifications refusées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>yesterday at {time}</source>
            <translation>hier à {time}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in · this computer only</source>
            <translation>Non connecté · cet ordinateur uniquement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Clock %n min off</source>
            <translation>
                <numerusform>Horloge décalée de %n min</numerusform>
                <numerusform>Horloge décalée de %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed in</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in: everything stays on this computer.</source>
            <translation>Non connecté : tout reste sur cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln modification en attente d’envoi</numerusform>
                <numerusform>%Ln modifications en attente d’envoi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sign-in expired</source>
            <translation>Connexion expirée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>This computer's clock is %n minute(s) {way} the server's. Times on visits come from this clock: set it right in the system settings.</source>
            <translation>L’horloge de cet ordinateur est %n minute {way} celle du serveur. Les heures des visites viennent de cette horloge : réglez-la dans les paramètres du système.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>{signed} to {server} as {user} ({role})</source>
            <translation>{signed} à {server} en tant que {user} ({role})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last synced: {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last problem: {error}</source>
            <translation>Dernier problème : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>last synced {when}</source>
            <translation>dernière synchronisation {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>ahead of</source>
            <translation>en avance sur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>behind</source>
            <translation>en retard sur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Update the app to keep syncing</source>
            <translation>Mettez l’application à jour pour continuer à synchroniser</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync failed: {why}</source>
            <translation>Échec de la synchronisation : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Synced {when}</source>
            <translation>Synchronisé {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>No notes came with this version.</source>
            <translation>Cette version n’est accompagnée d’aucune note.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>Version {version} is available</source>
            <translation>La version {version} est disponible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new</source>
            <translation>Nouveautés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new in version {version}</source>
            <translation>Nouveautés de la version {version}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Finish the visit</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Explain the warnings to submit anyway</source>
            <translation>Expliquez les avertissements pour envoyer quand même</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign and submit</source>
            <translation>Signer et soumettre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Keep working</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Everything required is answered. Sign and submit.</source>
            <translation>Tout ce qui est obligatoire a une réponse. Signez et soumettez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign in the box first.</source>
            <translation>Signez d’abord dans le cadre.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>{have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{have} sur au moins %n photo</numerusform>
                <numerusform>{have} sur au moins %n photos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Still missing</source>
            <translation>Il manque encore</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos…</source>
            <translation>Ajouter des photos…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Undo delete</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take photo…</source>
            <translation>Prendre une photo…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take a photo with this computer's camera</source>
            <translation>Prendre une photo avec la caméra de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; right-click for caption, annotation and delete.</source>
            <translation>Déposez des photos ou un dossier ici, ou collez (Ctrl+V). Double-cliquez sur une photo pour la voir ; clic droit pour la légende, l’annotation et la suppression.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos</source>
            <translation>Ajouter des photos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
            <translation>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>View</source>
            <translation>Voir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>What the photo shows:</source>
            <translation>Ce que montre la photo :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Some files were not added</source>
            <translation>Certains fichiers n’ont pas été ajoutés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>at least {min}, at most {max}</source>
            <translation>au moins {min}, au plus {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption…</source>
            <translation>Légende…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>The other photos were added. These were not:</source>
            <translation>Les autres photos ont été ajoutées. Celles-ci non :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Not applicable on this visit (A)</source>
            <translation>Sans objet pour cette visite (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Comment for the report</source>
            <translation>Commentaire pour le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>The language of the form on this visit: the answers are the same in all</source>
            <translation>La langue du formulaire pour cette visite : les réponses sont les mêmes dans toutes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>◀ Previous touchpoint</source>
            <translation>◀ Point de contact précédent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Next touchpoint ▶</source>
            <translation>Point de contact suivant ▶</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Every answer is saved as you give it.</source>
            <translation>Chaque réponse est enregistrée dès que vous la donnez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Finish…</source>
            <translation>Terminer…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>answered</source>
            <translation>répondu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>no score yet</source>
            <translation>pas encore de score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>See the comments beside the questions.</source>
            <translation>Voir les commentaires à côté des questions.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>at least %n photo(s)</source>
            <translation>
                <numerusform>au moins %n photo</numerusform>
                <numerusform>au moins %n photos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Returned by your supervisor.</source>
            <translation>Renvoyée par votre superviseur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>This visit is {status}: it can no longer be changed.</source>
            <translation>Cette visite est {status} : elle ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very unhappy</source>
            <translation>Très mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Unhappy</source>
            <translation>Mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Happy</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very happy</source>
            <translation>Très content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly disagree</source>
            <translation>Pas du tout d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly agree</source>
            <translation>Tout à fait d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Not at all likely</source>
            <translation>Pas du tout probable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Extremely likely</source>
            <translation>Extrêmement probable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Signature pad</source>
            <translation>Zone de signature</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Sign here</source>
            <translation>Signez ici</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start or stop the stopwatch (Ctrl+T)</source>
            <translation>Démarrer ou arrêter le chronomètre (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Reset</source>
            <translation>Remettre à zéro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>or type m:ss / seconds</source>
            <translation>ou saisir m:ss / secondes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Type seconds (95) or minutes:seconds (1:35)</source>
            <translation>Saisissez des secondes (95) ou minutes:secondes (1:35)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The portal's language, and its e-mails'</source>
            <translation>La langue du portail et de ses e-mails</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The browser's language</source>
            <translation>La langue du navigateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Save the language</source>
            <translation>Enregistrer la langue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Signed in as &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</source>
            <translation>Connecté en tant que &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change your password</source>
            <translation>Changez votre mot de passe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Current password</source>
            <translation>Mot de passe actuel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>(at least %(num)s characters)</source>
            <translation>
                <numerusform>(au moins %(num)s caractère)</numerusform>
                <numerusform>(au moins %(num)s caractères)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password again</source>
            <translation>Nouveau mot de passe, à nouveau</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Also sign out the laptops signed in with this account</source>
            <translation>Déconnecter aussi les ordinateurs portables connectés avec ce compte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change the password</source>
            <translation>Changer le mot de passe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your other browsers are signed out when the password changes.</source>
            <translation>Vos autres navigateurs sont déconnectés quand le mot de passe change.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>held at the next visit</source>
            <translation>tenue à la visite suivante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>recurred at the next visit</source>
            <translation>répétée à la visite suivante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>critical</source>
            <translation>critique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Repeats</source>
            <translation>Répète</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the earlier action</source>
            <translation>l’action précédente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The finding</source>
            <translation>Le constat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The auditor left no comment.</source>
            <translation>L’auditeur n’a laissé aucun commentaire.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Photo of the finding</source>
            <translation>Photo du constat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photo</source>
            <translation>Photo justificative</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the new action</source>
            <translation>la nouvelle action</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Work on it</source>
            <translation>Y travailler</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>I am on it</source>
            <translation>Je m’en occupe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>What was done</source>
            <translation>Ce qui a été fait</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photos (at most %(n)s)</source>
            <translation>Photos justificatives (au plus %(n)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Mark it done</source>
            <translation>Marquer comme faite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Verify</source>
            <translation>Valider</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Why it is not done</source>
            <translation>Pourquoi ce n’est pas fait</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Find actions</source>
            <translation>Trouver des actions</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Every status</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Sort</source>
            <translation>Trier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Actions by location and status</source>
            <translation>Actions par site et par état</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>%(num)s actions</source>
            <translation>
                <numerusform>%(num)s action</numerusform>
                <numerusform>%(num)s actions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>the first %(n)s shown: narrow the filters to see the rest</source>
            <translation>les %(n)s premières affichées : affinez les filtres pour voir le reste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>No actions match.</source>
            <translation>Aucune action ne correspond.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>repeated</source>
            <translation>répétée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>held</source>
            <translation>tenue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>recurred</source>
            <translation>répétée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>%(page)s · %(firm)s client portal</source>
            <translation>%(page)s · portail client de %(firm)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Mystery shopping</source>
            <translation>Visites mystères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Skip to the content</source>
            <translation>Aller au contenu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Client portal</source>
            <translation>Portail client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Portal</source>
            <translation>Portail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Open a signed report in Adobe Acrobat Reader: its signature panel shows that %(firm)s signed it and that nothing in it has changed since.</source>
            <translation>Ouvrez un rapport signé dans Adobe Acrobat Reader : son panneau Signatures montre que %(firm)s l’a signé et que rien n’y a changé depuis.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Open a signed report in Adobe Acrobat Reader: its signature panel shows who signed it and that nothing in it has changed since.</source>
            <translation>Ouvrez un rapport signé dans Adobe Acrobat Reader : son panneau Signatures montre qui l’a signé et que rien n’y a changé depuis.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Or check a report here.</source>
            <translation>Ou vérifiez un rapport ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Open the report's page</source>
            <translation>Ouvrir la page du rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>What the signature check found</source>
            <translation>Ce qu’a trouvé la vérification de la signature</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Is this report genuine?</source>
            <translation>Ce rapport est-il authentique ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Choose a report's PDF: the portal says whether it is a report published for you, signed by %(firm)s and unchanged since.</source>
            <translation>Choisissez le PDF d’un rapport : le portail indique s’il s’agit d’un rapport publié pour vous, signé par %(firm)s et inchangé depuis.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The report (PDF, at most %(mb)s MB)</source>
            <translation>Le rapport (PDF, %(mb)s Mo au plus)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check the report</source>
            <translation>Vérifier le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The file is checked, then forgotten: the server does not keep it.</source>
            <translation>Le fichier est vérifié, puis oublié : le serveur ne le conserve pas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Client and period</source>
            <translation>Client et période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(start)s to %(end)s</source>
            <translation>du %(start)s au %(end)s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s published visits</source>
            <translation>
                <numerusform>%(num)s visite publiée</numerusform>
                <numerusform>%(num)s visites publiées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Period report (PDF)</source>
            <translation>Rapport de période (PDF)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (CSV)</source>
            <translation>Données (CSV)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (Excel)</source>
            <translation>Données (Excel)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dot: the month's mean visit total; grey bar: its lowest to highest visit. Click a month for its visits.</source>
            <translation>Point : le total moyen des visites du mois ; barre grise : de sa visite la plus basse à la plus haute. Cliquez sur un mois pour voir ses visites.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>As a table</source>
            <translation>Sous forme de tableau</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean visit total, best first. Click a location for its visits.</source>
            <translation>Total moyen des visites, le meilleur d’abord. Cliquez sur un site pour voir ses visites.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean touchpoint score at each location (ranked as above); “All” is the mean over every visit. An empty cell: that location's visits did not include the touchpoint.</source>
            <translation>Score moyen du point de contact sur chaque site (classés comme ci-dessus) ; « Tous » est la moyenne sur toutes les visites. Une case vide : les visites de ce site ne comportaient pas ce point de contact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean of the visits' stage scores.</source>
            <translation>Moyenne des scores d’étape des visites.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The share of the visits in which the question earned nothing.</source>
            <translation>La part des visites où la question n’a rapporté aucun point.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Of</source>
            <translation>Sur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Action plans</source>
            <translation>Plans d’action</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The actions opened by this period's visits: closed on time is verified with the work done by the due date; the recurrence rate is the share of the actions a later visit judged that failed again.</source>
            <translation>Les actions ouvertes par les visites de la période : close à temps signifie validée, le travail fait avant l’échéance ; le taux de répétition est la part des actions jugées par une visite ultérieure qui ont de nouveau échoué.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Opened</source>
            <translation>Ouvertes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Closed on time</source>
            <translation>Closes à temps</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Median days to close</source>
            <translation>Médiane des jours avant clôture</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Recurrence rate</source>
            <translation>Taux de répétition</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most recurring questions</source>
            <translation>Questions les plus répétées</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s times</source>
            <translation>
                <numerusform>%(num)s fois</numerusform>
                <numerusform>%(num)s fois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>See the actions</source>
            <translation>Voir les actions</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>No visits were published for this period yet.</source>
            <translation>Aucune visite n’a encore été publiée pour cette période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Appeal rate</source>
            <translation>Taux de contestation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the published visits have an appeal</source>
            <translation>des visites publiées ont une contestation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the decided appeals</source>
            <translation>des contestations tranchées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Days to a decision</source>
            <translation>Jours jusqu'à la décision</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>median</source>
            <translation>médiane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <source>Back to the reports</source>
            <translation>Retour aux rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The visit</source>
            <translation>La visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>of 100</source>
            <translation>sur 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The signed report</source>
            <translation>Le rapport signé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download the report (PDF, %(size)s)</source>
            <translation>Télécharger le rapport (PDF, %(size)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This is the file exactly as it was signed. Any change to it breaks the signature.</source>
            <translation>Voici le fichier exactement tel qu’il a été signé. Toute modification rompt la signature.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This visit's signed report is not on the server: it was published by a version of the app that did not upload reports.</source>
            <translation>Le rapport signé de cette visite n’est pas sur le serveur : elle a été publiée par une version de l’application qui n’envoyait pas les rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoints</source>
            <translation>Points de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A supervisor adjusted the points of these items when reviewing the visit; the report shows the adjusted points.</source>
            <translation>Un superviseur a ajusté les points de ces questions lors de la revue de la visite ; le rapport montre les points ajustés.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Revisions of the report</source>
            <translation>Versions du rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An accepted appeal changed this visit's score: the report was signed again. Each earlier report still verifies as what was signed then.</source>
            <translation>Une contestation acceptée a modifié le score de cette visite : le rapport a été signé de nouveau. Chaque rapport antérieur se vérifie toujours tel qu'il a été signé alors.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Current</source>
            <translation>Actuel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Superseded</source>
            <translation>Remplacé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download (superseded)</source>
            <translation>Télécharger (remplacé)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>%(question)s: now %(points)s points after an appeal (%(when)s). %(reply)s</source>
            <translation>%(question)s : désormais %(points)s points après une contestation (%(when)s). %(reply)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A finding can be appealed until %(when)s.</source>
            <translation>Un constat peut être contesté jusqu'au %(when)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The appeal window closed on %(when)s.</source>
            <translation>Le délai de contestation a pris fin le %(when)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Withdraw</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Questions that lost points</source>
            <translation>Questions qui ont perdu des points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An appeal of this question is open.</source>
            <translation>Une contestation de cette question est ouverte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeal</source>
            <translation>Contester</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What is the appeal about?</source>
            <translation>Quel est l'objet de la contestation ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Why is the finding wrong?</source>
            <translation>Pourquoi le constat est-il faux ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Evidence (JPEG, PNG or PDF, up to 10 MB each, at most %(n)s)</source>
            <translation>Pièces (JPEG, PNG ou PDF, 10 Mo chacune au plus, %(n)s au plus)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>File the appeal</source>
            <translation>Déposer la contestation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Find reports</source>
            <translation>Trouver des rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All grades</source>
            <translation>Toutes les notes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Location, address, form or report number</source>
            <translation>Site, adresse, formulaire ou numéro de rapport</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>%(num)s reports</source>
            <translation>
                <numerusform>%(num)s rapport</numerusform>
                <numerusform>%(num)s rapports</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>page %(page)s of %(pages)s</source>
            <translation>page %(page)s sur %(pages)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>No published reports match.</source>
            <translation>Aucun rapport publié ne correspond.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show them all</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports of %(client)s</source>
            <translation>Rapports publiés de %(client)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports</source>
            <translation>Rapports publiés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Signed report</source>
            <translation>Rapport signé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>of the report of %(location)s, %(date)s</source>
            <translation>du rapport de %(location)s, %(date)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>not on the server</source>
            <translation>absent du serveur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Your reports and figures, as %(firm)s publishes them.</source>
            <translation>Vos rapports et vos chiffres, tels que %(firm)s les publie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>your mystery shopping provider</source>
            <translation>votre prestataire de visites mystères</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 3 months</source>
            <translation>3 derniers mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Custom</source>
            <translation>Personnalisée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Returned</source>
            <translation>Renvoyée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Post purchase</source>
            <translation>Après-achat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Social</source>
            <translation>Réseaux sociaux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Excellent</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Good</source>
            <translation>Bon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Fair</source>
            <translation>Passable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Poor</source>
            <translation>Insuffisant</translation>
        </message>
    </context>
</TS>
