<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>section_below must be a percentage above 0, at most 100</source>
            <translation>section_below muss ein Prozentsatz über 0 und höchstens 100 sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>there is no such action</source>
            <translation>diese Maßnahme gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an entry cannot come before the one it follows</source>
            <translation>ein Eintrag kann nicht vor dem vorigen liegen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the note is longer than {max} characters</source>
            <translation>die Notiz ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>at most {max} photos</source>
            <translation>höchstens {max} Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>only head office verifies or reopens an action</source>
            <translation>nur die Zentrale bestätigt eine Maßnahme oder öffnet sie wieder</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an action that is {status} cannot be {event}</source>
            <translation>eine Maßnahme im Zustand {status} kann nicht {event} werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>{field} must be a whole number of days from 0 to {max}</source>
            <translation>{field} muss eine ganze Zahl von Tagen von 0 bis {max} sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action is open already</source>
            <translation>die Maßnahme ist bereits offen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>a later visit judged this action already</source>
            <translation>ein späterer Besuch hat diese Maßnahme bereits beurteilt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action was withdrawn</source>
            <translation>die Maßnahme wurde zurückgezogen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>say what was done</source>
            <translation>schreiben Sie, was getan wurde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>give the reason to reopen it</source>
            <translation>geben Sie den Grund für das Wiederöffnen an</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>unknown question type {type!r}</source>
            <translation>unbekannter Fragetyp {type!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number from {lo} to {hi}</source>
            <translation>eine Zahl von {lo} bis {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at least {lo}</source>
            <translation>eine Zahl von mindestens {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at most {hi}</source>
            <translation>eine Zahl von höchstens {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override on a question that earns no points</source>
            <translation>Punktekorrektur bei einer Frage, die keine Punkte bringt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points {points!r} is not a number</source>
            <translation>die korrigierten Punkte {points!r} sind keine Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points must be between 0 and {max}</source>
            <translation>die korrigierten Punkte müssen zwischen 0 und {max} liegen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>an override needs a reason</source>
            <translation>eine Punktekorrektur braucht eine Begründung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no value given (leave the question out, or mark it N/A)</source>
            <translation>kein Wert angegeben (die Frage weglassen oder als N/A markieren)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not yes or no</source>
            <translation>{value!r} ist weder ja noch nein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number from {lo} to {hi}</source>
            <translation>eine ganze Zahl von {lo} bis {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at least {lo}</source>
            <translation>eine ganze Zahl von mindestens {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at most {hi}</source>
            <translation>eine ganze Zahl von höchstens {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not {rule}</source>
            <translation>{value!r} ist nicht {rule}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not one of the choices ({choices})</source>
            <translation>{value!r} ist keine der Auswahlmöglichkeiten ({choices})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>expects a list of choice values</source>
            <translation>erwartet eine Liste von Auswahlwerten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a whole number from {lo} to {hi}</source>
            <translation>{value!r} ist keine ganze Zahl von {lo} bis {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number of seconds (0 or more)</source>
            <translation>{value!r} ist keine Anzahl Sekunden (0 oder mehr)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} ist keine Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not text</source>
            <translation>{value!r} ist kein Text</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a date as YYYY-MM-DD</source>
            <translation>{value!r} ist kein Datum im Format JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a time as HH:MM</source>
            <translation>{value!r} ist keine Uhrzeit im Format HH:MM</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is chosen twice</source>
            <translation>{value!r} ist zweimal gewählt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no such question in this form</source>
            <translation>diese Frage gibt es in diesem Formular nicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>marked N/A but there is no such question in this form</source>
            <translation>als N/A markiert, aber diese Frage gibt es in diesem Formular nicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override for a question not in this form</source>
            <translation>Punktekorrektur für eine Frage, die nicht in diesem Formular steht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>N/A is not allowed on this question</source>
            <translation>N/A ist bei dieser Frage nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>both answered and marked N/A</source>
            <translation>zugleich beantwortet und als N/A markiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The auditor got it wrong</source>
            <translation>Der Auditor hat sich geirrt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The standard was applied wrongly</source>
            <translation>Der Standard wurde falsch angewendet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Information the auditor lacked</source>
            <translation>Informationen, die dem Auditor fehlten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Waiting for the auditor</source>
            <translation>Wartet auf den Auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Declined</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>an appeal window is 1 to {max} days</source>
            <translation>ein Einspruchsfenster umfasst 1 bis {max} Tage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the appeal window of this report closed on {day}</source>
            <translation>das Einspruchsfenster dieses Berichts endete am {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only a question that lost points can be appealed</source>
            <translation>nur gegen eine Frage, die Punkte verloren hat, kann Einspruch erhoben werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>this question has an open appeal already</source>
            <translation>gegen diese Frage läuft bereits ein offener Einspruch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>choose what the appeal is about</source>
            <translation>wählen Sie, worum es im Einspruch geht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>say why the finding is wrong</source>
            <translation>sagen Sie, warum der Befund falsch ist</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the argument is longer than {max} characters</source>
            <translation>die Begründung ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>an appeal takes at most {max} files</source>
            <translation>ein Einspruch nimmt höchstens {max} Dateien</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the file is larger than {max} MB</source>
            <translation>die Datei ist größer als {max} MB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only JPEG, PNG and PDF files can be attached</source>
            <translation>nur JPEG-, PNG- und PDF-Dateien können angehängt werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>the appeal is closed already</source>
            <translation>der Einspruch ist bereits abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>decide to accept or to decline</source>
            <translation>entscheiden Sie: annehmen oder ablehnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>a decision needs a reply to the appellant</source>
            <translation>eine Entscheidung braucht eine Antwort an den Einspruchsführer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the reply is longer than {max} characters</source>
            <translation>die Antwort ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting needs the question's new points</source>
            <translation>zum Annehmen braucht es die neuen Punkte der Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the points must be between 0 and {max}</source>
            <translation>die Punkte müssen zwischen 0 und {max} liegen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting must give back points: the question has {earned} already</source>
            <translation>Annehmen muss Punkte zurückgeben: die Frage hat bereits {earned}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Reports are written in {languages}, not {code!r}.</source>
            <translation>Berichte werden in {languages} geschrieben, nicht in {code!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Give both latitude and longitude, or neither.</source>
            <translation>Geben Sie Breiten- und Längengrad an oder keinen von beiden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Latitude must be between -90 and 90.</source>
            <translation>Der Breitengrad muss zwischen -90 und 90 liegen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Longitude must be between -180 and 180.</source>
            <translation>Der Längengrad muss zwischen -180 und 180 liegen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>time_zone is an IANA zone name or null</source>
            <translation>time_zone ist ein IANA-Zonenname oder null</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A client needs a name.</source>
            <translation>Ein Kunde braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A location needs a name.</source>
            <translation>Ein Standort braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at most {max}.</source>
            <translation>{question!r} sollte höchstens {max} sein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} needs an answer.</source>
            <translation>{question!r} braucht eine Antwort.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be {values}.</source>
            <translation>{question!r} sollte {values} sein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be between {min} and {max}.</source>
            <translation>{question!r} sollte zwischen {min} und {max} liegen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at least {min}.</source>
            <translation>{question!r} sollte mindestens {min} sein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>A check blocks the submission: {message}</source>
            <translation>Eine Prüfung verhindert das Einreichen: {message}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit has warnings: explain them to submit it anyway.</source>
            <translation>Der Besuch hat Warnungen: Erklären Sie sie, um ihn trotzdem einzureichen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes; it takes at least {need}.</source>
            <translation>Der Besuch dauerte {minutes} Minuten; er braucht mindestens {need}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes, less than its timed waits ({waits} minutes).</source>
            <translation>Der Besuch dauerte {minutes} Minuten, weniger als seine gemessenen Wartezeiten ({waits} Minuten).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It earned nothing: explain why in a comment of at least {n} words.</source>
            <translation>Keine Punkte: Erklären Sie den Grund in einem Kommentar mit mindestens {n} Wörtern.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It failed: add a photo of it to {section}.</source>
            <translation>Nicht erfüllt: Fügen Sie {section} ein Foto davon hinzu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No client {given!r}.</source>
            <translation>Es gibt keinen Kunden {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No location {given!r}.</source>
            <translation>Es gibt keinen Standort {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No form {given!r}.</source>
            <translation>Es gibt kein Formular {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No touchpoint {given!r}.</source>
            <translation>Es gibt keinen Kontaktpunkt {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No question {given!r}.</source>
            <translation>Es gibt keine Frage {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No time zone {given!r}.</source>
            <translation>Es gibt keine Zeitzone {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no location {given!r}.</source>
            <translation>{owner} hat keinen Standort {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Touchpoint {owner!r} has no question {given!r}.</source>
            <translation>Der Kontaktpunkt {owner!r} hat keine Frage {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no {what} {given!r}.</source>
            <translation>{owner}: kein {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No {what} {given!r}.</source>
            <translation>Kein {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Did you mean {name!r}?</source>
            <translation>Meinten Sie {name!r}?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names} and %n more.</source>
            <translation>
                <numerusform>Bekannt: {names} und %n weiterer.</numerusform>
                <numerusform>Bekannt: {names} und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names}.</source>
            <translation>Bekannt: {names}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>There is none yet.</source>
            <translation>Es gibt noch keine.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's mean on this form in {month} is {mean:.1f}, {sds:.1f} SD from the peers' {peers:.1f}.</source>
            <translation>Der Mittelwert des Prüfers in diesem Formular im {month} ist {mean:.1f}, {sds:.1f} SD vom Mittel der anderen ({peers:.1f}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same auditor was at this location on {date}.</source>
            <translation>Derselbe Prüfer war am {date} an diesem Standort.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same comment is in another visit.</source>
            <translation>Derselbe Kommentar steht in einem anderen Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>A photo of this visit is in another visit too.</source>
            <translation>Ein Foto dieses Besuchs ist auch in einem anderen Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>Answered in {took:.0f} s: reading the questions alone takes {need:.0f} s.</source>
            <translation>In {took:.0f} s beantwortet: allein das Lesen der Fragen dauert {need:.0f} s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's last {n} visits of this form have the very same answers.</source>
            <translation>Die letzten {n} Besuche des Prüfers mit diesem Formular haben genau dieselben Antworten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {distance} from the location</source>
            <translation>{distance} vom Standort entfernt aufgenommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no photos</source>
            <translation>keine Fotos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n Foto</numerusform>
                <numerusform>%n Fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at least {min} needed</source>
            <translation>{touchpoint}: {photos}, mindestens {min} nötig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>the same photo is used in %n other visit(s)</source>
            <translation>
                <numerusform>dasselbe Foto wird in %n anderen Besuch verwendet</numerusform>
                <numerusform>dasselbe Foto wird in %n anderen Besuchen verwendet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no capture time in the photo</source>
            <translation>das Foto hat keine Aufnahmezeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken on {taken}, not on the visit's day ({day})</source>
            <translation>am {taken} aufgenommen, nicht am Tag des Besuchs ({day})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} before the visit started (more than {limit:g} h)</source>
            <translation>{time} vor Beginn des Besuchs aufgenommen (mehr als {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} after the visit started (more than {limit:g} h)</source>
            <translation>{time} nach Beginn des Besuchs aufgenommen (mehr als {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at most {max} allowed</source>
            <translation>{touchpoint}: {photos}, höchstens {max} erlaubt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug (lower-case letters, digits, '-' and '_')</source>
            <translation>{id!r} ist kein Kürzel (Kleinbuchstaben, Ziffern, „-“ und „_“)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a positive integer</source>
            <translation>muss eine positive ganze Zahl sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a form needs at least one section</source>
            <translation>ein Formular braucht mindestens einen Abschnitt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>unknown question</source>
            <translation>unbekannte Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must include a band with min: 0</source>
            <translation>muss eine Stufe mit min: 0 enthalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug</source>
            <translation>{id!r} ist kein Kürzel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate question id {id!r}: ids must be unique in the whole form</source>
            <translation>doppelte Fragen-ID {id!r}: IDs müssen im ganzen Formular eindeutig sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>only a question that can earn points can be critical</source>
            <translation>nur eine Frage, die Punkte bringen kann, kann kritisch sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>whole is only for number questions, not {type}</source>
            <translation>whole gibt es nur bei number-Fragen, nicht bei {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a question cannot depend on itself</source>
            <translation>eine Frage kann nicht von sich selbst abhängen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not an earlier question in this form</source>
            <translation>{question!r} ist keine frühere Frage in diesem Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is a {type} question; show_if needs a yes_no, choice, multi, scale or rating question</source>
            <translation>{question!r} ist eine {type}-Frage; show_if braucht eine yes_no-, choice-, multi-, scale- oder Bewertungsfrage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>needs equals: VALUE or in: [VALUES]</source>
            <translation>braucht equals: WERT oder in: [WERTE]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>at least one section weight must be above 0</source>
            <translation>mindestens ein Abschnittsgewicht muss über 0 liegen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate section id {id!r} (first at sections[{first}])</source>
            <translation>doppelte Abschnitts-ID {id!r} (zuerst bei sections[{first}])</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative</source>
            <translation>darf nicht negativ sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min</source>
            <translation>muss mindestens min sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a section needs at least one question</source>
            <translation>ein Abschnitt braucht mindestens eine Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least 1</source>
            <translation>muss mindestens 1 sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choose at least one question</source>
            <translation>mindestens eine Frage wählen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} cannot take the value {value!r} (it takes {values})</source>
            <translation>{question!r} kann den Wert {value!r} nicht annehmen (es nimmt {values})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate min {min}</source>
            <translation>doppeltes min {min}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be between 0 and 100</source>
            <translation>muss zwischen 0 und 100 liegen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not a language code (such as en, pl or pt-BR)</source>
            <translation>{lang!r} ist kein Sprachcode (wie en, pl oder pt-BR)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is listed twice</source>
            <translation>{lang!r} steht zweimal in der Liste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question needs choices</source>
            <translation>eine {type}-Frage braucht Auswahlmöglichkeiten (choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choices are only for choice and multi questions, not {type}</source>
            <translation>choices gibt es nur bei choice- und multi-Fragen, nicht bei {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a duration question needs thresholds</source>
            <translation>eine duration-Frage braucht Schwellen (thresholds)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>thresholds are only for duration questions, not {type}</source>
            <translation>thresholds gibt es nur bei duration-Fragen, nicht bei {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be yes or no</source>
            <translation>muss yes oder no sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected is only for yes_no questions, not {type}</source>
            <translation>expected gibt es nur bei yes_no-Fragen, nicht bei {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be greater than min ({lo})</source>
            <translation>muss größer als min ({lo}) sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>either every section has a weight or none has</source>
            <translation>entweder hat jeder Abschnitt ein Gewicht oder keiner</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate check id {id!r}</source>
            <translation>doppelte Prüfungs-ID {id!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{key} is only for a rule (require)</source>
            <translation>{key} gibt es nur bei einer Regel (require)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a translated text needs the form's languages (languages: [en, pl], default first)</source>
            <translation>ein übersetzter Text braucht die Sprachen des Formulars (languages: [en, pl], die Standardsprache zuerst)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>has translations but no text in the default language {default!r}</source>
            <translation>hat Übersetzungen, aber keinen Text in der Standardsprache {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate choice value {value!r}</source>
            <translation>doppelter Auswahlwert {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative on a choice question</source>
            <translation>darf bei einer choice-Frage nicht negativ sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a choice question: each choice carries its points</source>
            <translation>bei einer choice-Frage werden keine points angegeben: jede Auswahl trägt ihre Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a duration question: the thresholds carry the points</source>
            <translation>bei einer duration-Frage werden keine points angegeben: die Schwellen tragen die Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question is unscored and takes no points</source>
            <translation>eine {type}-Frage wird nicht bewertet und nimmt keine points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must not be negative</source>
            <translation>max darf nicht negativ sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not be negative</source>
            <translation>points darf nicht negativ sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number on a scale question</source>
            <translation>muss bei einer scale-Frage eine ganze Zahl sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min ({min})</source>
            <translation>muss mindestens min ({min}) sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>min and max are only for scale and number questions, not {type}</source>
            <translation>min und max gibt es nur bei scale- und number-Fragen, nicht bei {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} earns no points: it cannot fail</source>
            <translation>{question!r} bringt keine Punkte: es kann nicht scheitern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is the default language: its text is the plain one</source>
            <translation>{lang!r} ist die Standardsprache: ihr Text ist der einfache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must increase</source>
            <translation>max muss steigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not increase</source>
            <translation>points darf nicht steigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>give min, max or both</source>
            <translation>min, max oder beides angeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not one of the form's languages ({known})</source>
            <translation>{lang!r} ist keine der Sprachen des Formulars ({known})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number when whole: true</source>
            <translation>muss bei whole: true eine ganze Zahl sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not answered with a number</source>
            <translation>{question!r} wird nicht mit einer Zahl beantwortet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, a number or a list of choices, not {value}</source>
            <translation>{field} muss ein Text, eine Zahl oder eine Liste von Auswahlmöglichkeiten sein, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>a visit's status moves only by a command (submit, return, approve, publish)</source>
            <translation>der Status eines Besuchs ändert sich nur durch einen Befehl (submit, return, approve, publish)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>the server scores a visit from its answers</source>
            <translation>der Server bewertet einen Besuch anhand seiner Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a date as YYYY-MM-DD, not {value}</source>
            <translation>{field} muss ein Datum im Format JJJJ-MM-TT sein, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be an ISO date and time, not {value}</source>
            <translation>{field} muss Datum und Uhrzeit im ISO-Format sein, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is one of {choices}, not {value}</source>
            <translation>{field} muss einer der Werte {choices} sein, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is longer than {max} characters</source>
            <translation>{field} ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be from {lo} to {hi}, not {value}</source>
            <translation>{field} muss zwischen {lo} und {hi} liegen, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is required</source>
            <translation>{field} ist erforderlich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, not {value}</source>
            <translation>{field} muss ein Text sein, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} holds a NUL character</source>
            <translation>{field} enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be {what}, not {value}</source>
            <translation>{field} muss {what} sein, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be true or false</source>
            <translation>{field} muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a SHA-256 (64 hex digits)</source>
            <translation>{field} muss ein SHA-256 sein (64 Hexadezimalziffern)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be base64 of at most {max} characters</source>
            <translation>{field} muss Base64 mit höchstens {max} Zeichen sein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a number of points, not {value}</source>
            <translation>{field} muss eine Anzahl Punkte sein, nicht {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be named numbers, none negative</source>
            <translation>{field} muss aus benannten Zahlen bestehen, keine davon negativ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>unknown {kind} fields: {fields}</source>
            <translation>unbekannte {kind}-Felder: {fields}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is written by the server, not sent: {why}</source>
            <translation>{field} wird vom Server geschrieben, nicht gesendet: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>it comes back with the record</source>
            <translation>es kommt mit dem Datensatz zurück</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase needs at least {n} characters: a few words make a good one.</source>
            <translation>Die Passphrase braucht mindestens {n} Zeichen: ein paar Wörter ergeben eine gute.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase cannot be the firm's name: anyone who reads a report knows it.</source>
            <translation>Die Passphrase darf nicht der Name der Firma sein: jeder, der einen Bericht liest, kennt ihn.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase is too easy to guess: use a few different words.</source>
            <translation>Die Passphrase ist zu leicht zu erraten: verwenden Sie ein paar verschiedene Wörter.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen sind verschieden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/readiness.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>The auditor's signature and attestation</source>
            <translation>Unterschrift und Erklärung des Prüfers</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/readiness.py" />
            <source>{touchpoint}: {have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{touchpoint}: {have} von mindestens %n Foto</numerusform>
                <numerusform>{touchpoint}: {have} von mindestens %n Fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>submitted</source>
            <translation>eingereicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>returned</source>
            <translation>zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>published</source>
            <translation>veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>clients can only read their organisation's published reports</source>
            <translation>Kunden können nur die veröffentlichten Berichte ihrer Organisation lesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>this visit is not yours</source>
            <translation>dieser Besuch gehört nicht Ihnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may comment a visit</source>
            <translation>nur ein Vorgesetzter darf einen Besuch kommentieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may override a visit</source>
            <translation>nur ein Vorgesetzter darf die Punkte eines Besuchs korrigieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may return a visit</source>
            <translation>nur ein Vorgesetzter darf einen Besuch zurückgeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may approve a visit</source>
            <translation>nur ein Vorgesetzter darf einen Besuch genehmigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may publish a visit</source>
            <translation>nur ein Vorgesetzter darf einen Besuch veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot return a {status} visit</source>
            <translation>ein Besuch mit dem Status „{status}“ kann nicht zurückgegeben werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot approve a {status} visit</source>
            <translation>ein Besuch mit dem Status „{status}“ kann nicht genehmigt werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot publish a {status} visit</source>
            <translation>ein Besuch mit dem Status „{status}“ kann nicht veröffentlicht werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot submit a {status} visit</source>
            <translation>ein Besuch mit dem Status „{status}“ kann nicht eingereicht werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is published and its plan can no longer be changed</source>
            <translation>der Besuch ist veröffentlicht und seine Planung kann nicht mehr geändert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a draft can be deleted; this visit is {status}</source>
            <translation>nur ein Entwurf kann gelöscht werden; dieser Besuch hat den Status „{status}“</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is {status} and can no longer be changed</source>
            <translation>der Besuch hat den Status „{status}“ und kann nicht mehr geändert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>a {status} visit is not under review</source>
            <translation>ein Besuch mit dem Status „{status}“ ist nicht in Prüfung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a mapping</source>
            <translation>eine Zuordnung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>text {value!r}</source>
            <translation>den Text {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>written twice in the same mapping</source>
            <translation>zweimal in derselben Zuordnung geschrieben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>the file is {size} bytes; a form file may have at most {limit}</source>
            <translation>die Datei hat {size} Bytes; eine Formulardatei darf höchstens {limit} haben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a mapping, got {kind}</source>
            <translation>erwartet eine Zuordnung, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text, got {kind}</source>
            <translation>erwartet Text, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of language codes, the default first: [en, pl]</source>
            <translation>erwartet eine Liste von Sprachcodes, die Standardsprache zuerst: [en, pl]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a whole number, got {kind}</source>
            <translation>erwartet eine ganze Zahl, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a number, got {kind}</source>
            <translation>erwartet eine Zahl, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected true or false, got {kind}</source>
            <translation>erwartet true oder false, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list, got {kind}</source>
            <translation>erwartet eine Liste, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>must list at least one band</source>
            <translation>muss mindestens eine Stufe enthalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{color!r} is not a colour as #rrggbb</source>
            <translation>{color!r} ist keine Farbe im Format #rrggbb</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected yes or no, got {kind}</source>
            <translation>erwartet yes oder no, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text or a whole number, got {kind}</source>
            <translation>erwartet Text oder eine ganze Zahl, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of equals: VALUE or in: [VALUES]</source>
            <translation>geben Sie genau eines an: equals: WERT oder in: [WERTE]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a non-empty list of values</source>
            <translation>erwartet eine nicht leere Liste von Werten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of: {kinds}</source>
            <translation>geben Sie genau eines an: {kinds}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give one of equals, in, min, max (or min and max) or answered: true</source>
            <translation>geben Sie eines an: equals, in, min, max (oder min und max) oder answered: true</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>missing required field {key!r}</source>
            <translation>Pflichtfeld {key!r} fehlt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>has no text in the default language {default!r}</source>
            <translation>hat keinen Text in der Standardsprache {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a language code, got {kind}</source>
            <translation>erwartet einen Sprachcode, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{value!r} is not one of: {options}</source>
            <translation>{value!r} ist keiner der Werte: {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value, got {kind}</source>
            <translation>erwartet einen Wert, erhalten {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of question ids</source>
            <translation>erwartet wurde eine Liste von Fragen-IDs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>only answered: true is a requirement</source>
            <translation>nur answered: true ist eine Anforderung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value or a non-empty list of values</source>
            <translation>erwartet wurde ein Wert oder eine nicht leere Liste von Werten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>not UTF-8 text ({reason})</source>
            <translation>kein UTF-8-Text ({reason})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>cannot read: {error}</source>
            <translation>kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (did you mean {name!r}?)</source>
            <translation>unbekanntes Feld (meinten Sie {name!r}?)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (known: {names})</source>
            <translation>unbekanntes Feld (bekannt: {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_checks.py" />
            <source>'{kind}' is not a kind of check: left out</source>
            <translation>'{kind}' ist keine Art von Prüfung: ausgelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at the end</source>
            <translation>erwartet {what} am Ende</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at {at!r}</source>
            <translation>erwartet {what} bei {at!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it never holds</source>
            <translation>er trifft nie zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>no number satisfies it</source>
            <translation>keine Zahl erfüllt ihn</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it from {rest!r}</source>
            <translation>ab {rest!r} nicht lesbar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it depends on two questions ({a}, {b}); show_if names one</source>
            <translation>er hängt von zwei Fragen ab ({a}, {b}); show_if nennt eine</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read {op!r}</source>
            <translation>{op!r} ist nicht lesbar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a select_multiple is tested with {example}</source>
            <translation>ein select_multiple wird mit {example} geprüft</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'shown while unanswered' cannot be kept</source>
            <translation>„angezeigt, solange unbeantwortet“ kann nicht übernommen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>true()/false() cannot be kept</source>
            <translation>true()/false() kann nicht übernommen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a value</source>
            <translation>einen Wert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is not an earlier question of the checklist</source>
            <translation>{ref} ist keine frühere Frage der Checkliste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is a {type} question; show_if needs one with a set of answers</source>
            <translation>{ref} ist eine {type}-Frage; show_if braucht eine mit einer festen Menge von Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>an exclusive bound (&gt; or &lt;) is kept as inclusive (&gt;= or &lt;=)</source>
            <translation>eine ausschließende Grenze (&gt; oder &lt;) wird als einschließende (&gt;= oder &lt;=) übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>on a select_multiple only selected(...) joined by 'or' can be kept</source>
            <translation>bei einem select_multiple kann nur mit 'or' verbundenes selected(...) übernommen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>not(selected(...)) on a select_multiple cannot be kept</source>
            <translation>not(selected(...)) bei einem select_multiple kann nicht übernommen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{name!r} has no value {value!r}</source>
            <translation>{name!r} hat keinen Wert {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{value!r} is not a number to compare with</source>
            <translation>{value!r} ist keine Zahl, mit der verglichen werden kann</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds joined by 'and' can be kept</source>
            <translation>nur mit 'and' verbundene Grenzen können übernommen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds such as '. &gt;= 0' can be kept</source>
            <translation>nur Grenzen wie '. &gt;= 0' können übernommen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'{op}' cannot be kept as a range</source>
            <translation>'{op}' kann nicht als Bereich übernommen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos</source>
            <translation>eine Fotofrage: zählt zu den Fotos des Kontaktpunkts</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required)</source>
            <translation>eine Fotofrage: zählt zu den Fotos des Kontaktpunkts (eines erforderlich)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos; its label is added to the touchpoint's description</source>
            <translation>eine Fotofrage: zählt zu den Fotos des Kontaktpunkts; ihre Beschriftung wird der Beschreibung des Kontaktpunkts hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required); its label is added to the touchpoint's description</source>
            <translation>eine Fotofrage: zählt zu den Fotos des Kontaktpunkts (eines erforderlich); ihre Beschriftung wird der Beschreibung des Kontaktpunkts hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a repeat: its questions are asked once (a checklist does not repeat)</source>
            <translation>eine Wiederholung (repeat): ihre Fragen werden einmal gestellt (eine Checkliste wiederholt sich nicht)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>version '{text}' is not a whole number: the form is version 1</source>
            <translation>Version '{text}' ist keine ganze Zahl: das Formular ist Version 1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: it has no 'survey' sheet (its sheets: {names})</source>
            <translation>kein XLSForm: es hat kein Tabellenblatt 'survey' (seine Tabellenblätter: {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: the survey sheet has no 'type' column (row 1 has: {found})</source>
            <translation>kein XLSForm: das Tabellenblatt survey hat keine Spalte 'type' (Zeile 1 enthält: {found})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>the choices sheet has no list_name column: no choices read</source>
            <translation>das Tabellenblatt choices hat keine Spalte list_name: keine Auswahlmöglichkeiten gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>group '{group}' has no 'end group': it ends with the sheet</source>
            <translation>Gruppe '{group}' hat kein 'end group': sie endet mit dem Tabellenblatt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a row without a type: left out</source>
            <translation>eine Zeile ohne Typ: weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a group inside a group: becomes the touchpoint '{title}'</source>
            <translation>eine Gruppe in einer Gruppe: wird zum Kontaktpunkt '{title}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note is always shown: its relevant is not kept</source>
            <translation>eine Notiz wird immer angezeigt: ihr relevant wird nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note between questions: kept in the touchpoint's description</source>
            <translation>eine Notiz zwischen Fragen: in der Beschreibung des Kontaktpunkts übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no name: called '{name}'</source>
            <translation>kein Name: heißt '{name}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no label: the question's text is its name</source>
            <translation>keine Beschriftung: der Text der Frage ist ihr Name</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'or_other' is not kept: the auditor can add a comment instead</source>
            <translation>'or_other' wird nicht übernommen: der Auditor kann stattdessen einen Kommentar hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{name}' is used twice: this one is called '{id}'</source>
            <translation>'{name}' kommt zweimal vor: diese Frage heißt '{id}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>touchpoint '{title}' has no questions left: left out</source>
            <translation>dem Kontaktpunkt '{title}' bleibt keine Frage: weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no question could be imported: there is no form</source>
            <translation>keine Frage konnte importiert werden: es gibt kein Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>form id '{given}' is written '{id}'</source>
            <translation>die Formular-ID '{given}' wird '{id}' geschrieben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a choice of list '{list}' without a name: left out</source>
            <translation>eine Auswahlmöglichkeit der Liste '{list}' ohne Namen: weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is in list '{list}' twice: the second is left out</source>
            <translation>'{value}' steht zweimal in der Liste '{list}': der zweite Eintrag wird weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>choice points</source>
            <translation>Punkte der Auswahlmöglichkeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>{what} '{text}' is not a number: not kept</source>
            <translation>{what} '{text}' ist keine Zahl: nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not a sheet of an XLSForm: not read</source>
            <translation>kein Tabellenblatt eines XLSForms: nicht gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>both this group and the group around it have a relevant: only this one is kept</source>
            <translation>diese Gruppe und die Gruppe um sie herum haben beide ein relevant: nur dieses wird übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is not one of: {options}: not kept</source>
            <translation>'{value}' ist keiner der Werte: {options}: nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a grade band needs a min and a label: left out</source>
            <translation>eine Notenstufe braucht ein min und eine Beschriftung: weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{color}' is not a colour as #rrggbb: not kept</source>
            <translation>'{color}' ist keine Farbe im Format #rrggbb: nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{language}' names no language: column not read</source>
            <translation>'{language}' bezeichnet keine Sprache: Spalte nicht gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' without a matching begin: ignored</source>
            <translation>'{type}' ohne passendes begin: ignoriert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'phone number' is read as a text question: its format is not checked</source>
            <translation>'phone number' wird als Textfrage gelesen: das Format wird nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is not a question type this app knows: left out</source>
            <translation>'{type}' ist kein Fragetyp, den diese App kennt: weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is {why}: left out</source>
            <translation>'{type}' ist {why}: weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {wanted} question cannot be this row's type: read as {derived}</source>
            <translation>eine {wanted}-Frage passt nicht zum Typ dieser Zeile: als {derived} gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a yes_no question needs a list of exactly 'yes' and 'no': read as choice</source>
            <translation>eine yes_no-Frage braucht eine Liste mit genau 'yes' und 'no': als choice gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a range in steps of {step}: read as a number from {start} to {end}</source>
            <translation>ein Bereich in Schritten von {step}: als Zahl von {start} bis {end} gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a scale needs whole-number bounds: read as 1 to 5</source>
            <translation>eine Skala braucht ganzzahlige Grenzen: als 1 bis 5 gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>only a question that earns points can be critical: not kept</source>
            <translation>nur eine Frage, die Punkte bringt, kann kritisch sein: nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>both this row and its group (row {row}) have a relevant: only this row's is kept</source>
            <translation>diese Zeile und ihre Gruppe (Zeile {row}) haben beide ein relevant: nur das dieser Zeile wird übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>no choices list '{list}' in the choices sheet: left out</source>
            <translation>keine Auswahlliste '{list}' im Tabellenblatt choices: weggelassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a duration needs thresholds (such as '30:4; 60:2'): read as a number</source>
            <translation>eine Dauer braucht Schwellen (etwa '30:4; 60:2'): als Zahl gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{parameters}' is not start=N end=N step=N: read as 1 to 10</source>
            <translation>'{parameters}' hat nicht die Form start=N end=N step=N: als 1 bis 10 gelesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} answer is always {a} to {b}: the range here is not kept</source>
            <translation>eine {type}-Antwort reicht immer von {a} bis {b}: der Bereich hier wird nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is not 'SECONDS:POINTS; ...' (such as '30:4; 60:2'): not kept</source>
            <translation>'{text}' hat nicht die Form 'SECONDS:POINTS; ...' (etwa '30:4; 60:2'): nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>each choice carries its points (choices sheet)</source>
            <translation>jede Auswahlmöglichkeit trägt ihre eigenen Punkte (Tabellenblatt choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>points not kept: {why}</source>
            <translation>Punkte nicht übernommen: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not yes or no: N/A not allowed</source>
            <translation>'{value}' ist weder yes noch no: N/A nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>expected (yes or no) is only for yes/no questions: not kept</source>
            <translation>expected (yes oder no) gibt es nur bei Ja/Nein-Fragen: nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is a condition: the question is not required</source>
            <translation>'{text}' ist eine Bedingung: die Frage ist nicht erforderlich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' is not kept, the question is always shown: {why}</source>
            <translation>relevant '{expr}' wird nicht übernommen, die Frage wird immer angezeigt: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' (the relevant of the group on row {row}) is not kept, the question is always shown: {why}</source>
            <translation>relevant '{expr}' (das relevant der Gruppe in Zeile {row}) wird nicht übernommen, die Frage wird immer angezeigt: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not one of: {options}</source>
            <translation>'{value}' ist keiner der Werte: {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{constraint}' is not kept: {why}</source>
            <translation>'{constraint}' wird nicht übernommen: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>the thresholds carry the points</source>
            <translation>die Schwellen tragen die Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} question earns none</source>
            <translation>eine {type}-Frage bringt keine</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not section or visit: not kept</source>
            <translation>'{value}' ist weder section noch visit: nicht übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>sheet '{sheet}' has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns are read</source>
            <translation>das Blatt '{sheet}' hat {rows} Zeilen und {columns} Spalten; gelesen werden höchstens {max_rows} Zeilen und {max_columns} Spalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the file is {size} bytes; a workbook may have at most {limit}</source>
            <translation>die Datei hat {size} Bytes; eine Arbeitsmappe darf höchstens {limit} haben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the workbook unzips to {size} bytes; at most {limit} are read</source>
            <translation>die Arbeitsmappe entpackt sich zu {size} Bytes; gelesen werden höchstens {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>an old Excel .xls workbook: open it in Excel or LibreOffice and save it as .xlsx</source>
            <translation>eine alte Excel-Arbeitsmappe (.xls): in Excel oder LibreOffice öffnen und als .xlsx speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>not an Excel workbook (.xlsx)</source>
            <translation>keine Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an acknowledgement, which a checklist does not ask for</source>
            <translation>eine Bestätigung, wonach eine Checkliste nicht fragt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a date and time together: use a date and a time question</source>
            <translation>Datum und Uhrzeit zusammen: eine Datums- und eine Uhrzeitfrage verwenden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a ranking, which a checklist does not ask for</source>
            <translation>eine Rangfolge, wonach eine Checkliste nicht fragt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an external data file, which a checklist cannot read</source>
            <translation>eine externe Datendatei, die eine Checkliste nicht lesen kann</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choices from an external file, which a checklist cannot read</source>
            <translation>Auswahlmöglichkeiten aus einer externen Datei, die eine Checkliste nicht lesen kann</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo matrix, which a checklist does not have</source>
            <translation>eine Kobo-Matrix, die es in einer Checkliste nicht gibt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo score block: give points in the points column instead</source>
            <translation>ein Kobo-Punkteblock: die Punkte stattdessen in der Spalte points angeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app lays out questions itself</source>
            <translation>die App ordnet die Fragen selbst an</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a default answer: auditors answer every question themselves</source>
            <translation>eine Standardantwort: Auditoren beantworten jede Frage selbst</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>calculations: the app computes scores itself</source>
            <translation>Berechnungen: die App berechnet die Punktzahlen selbst</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choice filters: every choice is offered</source>
            <translation>Auswahlfilter: jede Auswahlmöglichkeit wird angeboten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>read-only questions</source>
            <translation>schreibgeschützte Fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>repeats: a touchpoint is filled once</source>
            <translation>Wiederholungen: ein Kontaktpunkt wird einmal ausgefüllt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself why an answer does not fit</source>
            <translation>die App sagt selbst, warum eine Antwort nicht passt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself which answers are missing</source>
            <translation>die App sagt selbst, welche Antworten fehlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>guidance hints (only the hint is shown)</source>
            <translation>Anleitungshinweise (nur der Hinweis wird angezeigt)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>triggers</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>parameters (kept only on a range)</source>
            <translation>Parameter (nur bei range übernommen)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>{header}: not kept ({why})</source>
            <translation>{header}: nicht übernommen ({why})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>metadata: the app records who made a visit and when itself</source>
            <translation>eine Metadatenangabe: die App hält selbst fest, wer einen Besuch wann gemacht hat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a calculation: the app computes scores itself</source>
            <translation>eine Berechnung: die App berechnet die Punktzahlen selbst</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a place on a map: a visit's place is its location</source>
            <translation>ein Ort auf einer Karte: der Ort eines Besuchs ist sein Standort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a recording, file or scan, which a checklist does not ask for</source>
            <translation>eine Aufnahme, Datei oder ein Scan, wonach eine Checkliste nicht fragt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>pictures and sounds in a question</source>
            <translation>Bilder und Töne in einer Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>KoboToolbox's own bookkeeping</source>
            <translation>interne Verwaltungsdaten von KoboToolbox</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an XForm attribute</source>
            <translation>ein XForm-Attribut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>it belongs on a begin group row: a touchpoint's {column}</source>
            <translation>gehört in eine Zeile begin group: {column} eines Kontaktpunkts</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not for this kind of row</source>
            <translation>nicht für diese Art von Zeile</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not a column this app reads</source>
            <translation>keine Spalte, die diese App liest</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML syntax error: {error}</source>
            <translation>YAML-Syntaxfehler: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: nested too deeply</source>
            <translation>YAML-Fehler: zu tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} values once its aliases (*name) are expanded</source>
            <translation>mehr als {limit} Werte, wenn seine Aliase (*name) aufgelöst werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: {error}</source>
            <translation>YAML-Fehler: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} aliases (*name) in one file</source>
            <translation>mehr als {limit} Aliase (*name) in einer Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is cut short: the image is incomplete (copy it again from the camera or phone)</source>
            <translation>die Datei ist abgeschnitten: das Bild ist unvollständig (erneut von Kamera oder Telefon kopieren)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large ({w} x {h} px, more than {mp} MP)</source>
            <translation>das Bild ist zu groß ({w} x {h} px, mehr als {mp} MP)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large for its shape ({w} x {h} px): not a photo</source>
            <translation>das Bild ist für seine Form zu groß ({w} x {h} px): kein Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>HEIC is not supported: export it as JPEG (on an iPhone: Settings &gt; Camera &gt; Formats)</source>
            <translation>HEIC wird nicht unterstützt: als JPEG exportieren (auf dem iPhone: Einstellungen &gt; Kamera &gt; Formate)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>AVIF is not supported: export it as JPEG</source>
            <translation>AVIF wird nicht unterstützt: als JPEG exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>not an image Pillow can read</source>
            <translation>kein Bild, das Pillow lesen kann</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large (more than {mp} megapixels)</source>
            <translation>das Bild ist zu groß (mehr als {mp} Megapixel)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is damaged ({error})</source>
            <translation>das Bild ist beschädigt ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>{format} images are not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>{format}-Bilder werden nicht unterstützt: JPEG, PNG, WebP, TIFF oder GIF verwenden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>this image format is not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>dieses Bildformat wird nicht unterstützt: JPEG, PNG, WebP, TIFF oder GIF verwenden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image data is damaged ({error})</source>
            <translation>die Bilddaten sind beschädigt ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: added</source>
            <translation>{file}: hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file could not be read to the end ({error})</source>
            <translation>die Datei konnte nicht bis zum Ende gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: already in the photo store (stored once)</source>
            <translation>{file}: bereits im Fotospeicher (einmal gespeichert)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file changed during the import: try again once it is complete</source>
            <translation>die Datei hat sich während des Imports geändert: erneut versuchen, sobald sie vollständig ist</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the photo store cannot take it ({error})</source>
            <translation>der Fotospeicher kann sie nicht aufnehmen ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the copies could not be saved ({error})</source>
            <translation>die Kopien konnten nicht gespeichert werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file is gone (moved or deleted during the import)</source>
            <translation>die Datei ist weg (während des Imports verschoben oder gelöscht)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>this is a folder, not a file</source>
            <translation>das ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file cannot be read ({error})</source>
            <translation>die Datei kann nicht gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file was replaced during the import: try again</source>
            <translation>die Datei wurde während des Imports ersetzt: erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>no such file</source>
            <translation>keine solche Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>could not be imported (internal error: {error})</source>
            <translation>konnte nicht importiert werden (interner Fehler: {error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/signature.py" />
            <source>the image is blank (no strokes on it)</source>
            <translation>das Bild ist leer (keine Striche darauf)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>the firm</source>
            <translation>die Firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>DIGITAL SIGNATURE</source>
            <translation>DIGITALE SIGNATUR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>This copy carries no digital signature.</source>
            <translation>Diese Kopie trägt keine digitale Signatur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>Signed electronically by {firm}.</source>
            <translation>Elektronisch signiert von {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Generated {when} by {app}</source>
            <translation>Erstellt am {when} mit {app}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Report {id}</source>
            <translation>Bericht {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No approved or published visits were scheduled in this period.</source>
            <translation>In diesem Zeitraum waren keine genehmigten oder veröffentlichten Besuche geplant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No published visits were scheduled in this period.</source>
            <translation>In diesem Zeitraum waren keine veröffentlichten Besuche geplant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds.</source>
            <translation>Die Punktzahlen sind exakt und kaufmännisch auf eine Dezimalstelle gerundet. CSAT: % der Antworten 4 oder 5 auf 1–5. NPS: % von 9–10 minus % von 0–6. CES: Mittelwert der Antworten auf 1–7. Zeiten: Mittelwert und Median in Sekunden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Any change to this file after signing breaks the signature.</source>
            <translation>Jede Änderung dieser Datei nach dem Signieren bricht die Signatur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report</source>
            <translation>Zeitraumbericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>MYSTERY SHOPPING PERIOD REPORT</source>
            <translation>MYSTERY-SHOPPING-ZEITRAUMBERICHT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean score</source>
            <translation>Durchschnittliche Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>of 100, over all visits</source>
            <translation>von 100, über alle Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Range</source>
            <translation>Spanne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>lowest to highest visit total</source>
            <translation>niedrigste bis höchste Besuchspunktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Locations, ranked by mean score</source>
            <translation>Standorte nach durchschnittlicher Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Touchpoints by location</source>
            <translation>Kontaktpunkte nach Standort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean touchpoint score at each location (locations ranked as above); “All” is the mean over every visit. An empty cell: the location's visits did not include this touchpoint.</source>
            <translation>Durchschnittliche Punktzahl je Kontaktpunkt und Standort (Reihenfolge wie oben); „Alle“ ist der Mittelwert über alle Besuche. Eine leere Zelle: die Besuche des Standorts enthielten diesen Kontaktpunkt nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Timed questions</source>
            <translation>Gemessene Fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>The ten questions most often failed</source>
            <translation>Die zehn am häufigsten nicht erfüllten Fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Failed: a scored question that earned 0 points, of the visits where it was answered.</source>
            <translation>Nicht erfüllt: eine bewertete Frage mit 0 Punkten, von den Besuchen, bei denen sie beantwortet wurde.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits in the period</source>
            <translation>Besuche im Zeitraum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>About these figures</source>
            <translation>Zu diesen Zahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Mystery shopping report</source>
            <translation>Mystery-Shopping-Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report: {client}, {span}</source>
            <translation>Zeitraumbericht: {client}, {span}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mystery shopping results of {client} from {start} to {end}</source>
            <translation>Mystery-Shopping-Ergebnisse von {client} vom {start} bis {end}</translation>
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
            <translation>Standort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Lowest</source>
            <translation>Niedrigster</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Highest</source>
            <translation>Höchster</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Spread on 0–100 (dot: mean)</source>
            <translation>Streuung auf 0–100 (Punkt: Mittel)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n Besuch</numerusform>
                <numerusform>%n Besuche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Timed question</source>
            <translation>Gemessene Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>No scored question earned 0 points in this period.</source>
            <translation>Keine bewertete Frage hat in diesem Zeitraum 0 Punkte erhalten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Failed</source>
            <translation>Nicht erfüllt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Rate</source>
            <translation>Quote</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>a critical question failed on this visit. Visit: the first characters of its id.</source>
            <translation>bei diesem Besuch wurde eine kritische Frage nicht erfüllt. Besuch: die ersten Zeichen seiner ID.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{client}, {start} to {end}</source>
            <translation>{client}, {start} bis {end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n Standort</numerusform>
                <numerusform>%n Standorten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>happy or very happy, of {answers}</source>
            <translation>zufrieden oder sehr zufrieden, von {answers}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>promoters − detractors, of {answers}</source>
            <translation>Promotoren − Kritiker, von {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>mean ease, 1–7, of {answers}</source>
            <translation>mittlere Einfachheit, 1–7, von {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Score by month</source>
            <translation>Punktzahl nach Monat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Line: the month's mean visit total. Grey bar: its lowest to highest visit.</source>
            <translation>Linie: die mittlere Besuchspunktzahl des Monats. Grauer Balken: sein niedrigster bis höchster Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Score by journey stage</source>
            <translation>Punktzahl nach Phase der Customer Journey</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean of the visits' stage scores (points earned of possible in the stage).</source>
            <translation>Mittelwert der Phasenpunktzahlen der Besuche (erreichte von möglichen Punkten der Phase).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: published visits scheduled from {start} to {end}; visits not yet published are not results yet.</source>
            <translation>Gezählte Besuche: veröffentlichte Besuche, geplant vom {start} bis {end}; noch nicht veröffentlichte Besuche sind noch keine Ergebnisse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: approved and published visits scheduled from {start} to {end}; drafts and visits still in review are not results yet.</source>
            <translation>Gezählte Besuche: genehmigte und veröffentlichte Besuche, geplant vom {start} bis {end}; Entwürfe und Besuche in Prüfung sind noch keine Ergebnisse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{visits} at {locations}</source>
            <translation>{visits} an {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>published, at {locations}</source>
            <translation>veröffentlicht, an {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>approved or published, at {locations}</source>
            <translation>genehmigt oder veröffentlicht, an {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{v} of {n}</source>
            <translation>{v} von {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signing key</source>
            <translation>der Signaturschlüssel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF to sign</source>
            <translation>das zu signierende PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: not a PKCS#12 (.p12/.pfx) key file</source>
            <translation>{path}: keine PKCS#12-Schlüsseldatei (.p12/.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no private key</source>
            <translation>{path}: die Datei enthält keinen privaten Schlüssel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no certificate</source>
            <translation>{path}: die Datei enthält kein Zertifikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate is not valid yet (from {start}); check this computer's clock</source>
            <translation>{where}: das Zertifikat ist noch nicht gültig (ab {start}); prüfen Sie die Uhr dieses Computers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate expired on {end}</source>
            <translation>{where}: das Zertifikat ist am {end} abgelaufen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where}: der Schlüsselverwendung des Zertifikats fehlt die Nichtabstreitbarkeit, daher eignet es sich nicht zum Signieren von Dokumenten; verwenden Sie ein Zertifikat für Dokumentsignaturen (oder erstellen Sie eines mit `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks digital signature and non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where}: der Schlüsselverwendung des Zertifikats fehlen digitale Signatur und Nichtabstreitbarkeit, daher eignet es sich nicht zum Signieren von Dokumenten; verwenden Sie ein Zertifikat für Dokumentsignaturen (oder erstellen Sie eines mit `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: not a PDF file</source>
            <translation>{src}: keine PDF-Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: no such folder</source>
            <translation>{parent}: diesen Ordner gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF has no pages</source>
            <translation>das PDF hat keine Seiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: wrong passphrase for the key file</source>
            <translation>{path}: falsche Passphrase für die Schlüsseldatei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read the key file ({error})</source>
            <translation>{path}: die Schlüsseldatei kann nicht gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot use the key ({error})</source>
            <translation>{path}: der Schlüssel kann nicht verwendet werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: no such file ({what})</source>
            <translation>{path}: diese Datei gibt es nicht ({what})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: is a folder, not {what}</source>
            <translation>{path}: ist ein Ordner, nicht {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read {what} ({error})</source>
            <translation>{path}: {what} kann nicht gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot read the PDF ({error})</source>
            <translation>{src}: das PDF kann nicht gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: cannot write the signed file there ({error})</source>
            <translation>{parent}: die signierte Datei kann dort nicht geschrieben werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the timestamp server {url} did not give a timestamp ({error})</source>
            <translation>der Zeitstempelserver {url} hat keinen Zeitstempel geliefert ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot sign it ({error})</source>
            <translation>{src}: kann nicht signiert werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{dst}: cannot write the signed file ({error})</source>
            <translation>{dst}: die signierte Datei kann nicht geschrieben werden ({error})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box is on page {page}, but the PDF has %n page(s)</source>
            <translation>
                <numerusform>das Signaturfeld ist auf Seite {page}, aber das PDF hat %n Seite</numerusform>
                <numerusform>das Signaturfeld ist auf Seite {page}, aber das PDF hat %n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box {rect} is empty</source>
            <translation>das Signaturfeld {rect} ist leer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the font {name} is missing from {parent}: cannot draw the signature block</source>
            <translation>die Schrift {name} fehlt in {parent}: der Signaturblock kann nicht gezeichnet werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the key file is protected by a passphrase; none was given</source>
            <translation>{path}: die Schlüsseldatei ist durch eine Passphrase geschützt; es wurde keine angegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Awareness</source>
            <translation>Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Consideration</source>
            <translation>Abwägung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Post-purchase</source>
            <translation>Nach dem Kauf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>In store</source>
            <translation>Im Geschäft</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Social media</source>
            <translation>Soziale Medien</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Satisfaction, 1 (very unhappy) to 5 (very happy)</source>
            <translation>Zufriedenheit, 1 (sehr unzufrieden) bis 5 (sehr zufrieden)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)</source>
            <translation>Einfachheit, 1 (stimme überhaupt nicht zu, dass es einfach war) bis 7 (stimme voll zu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>Weiterempfehlungsbereitschaft, 0 bis 10 (9–10 Promotor, 7–8 passiv, 0–6 Kritiker)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very unhappy</source>
            <translation>sehr unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>unhappy</source>
            <translation>unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>happy</source>
            <translation>zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very happy</source>
            <translation>sehr zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly disagree</source>
            <translation>stimme überhaupt nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>disagree</source>
            <translation>stimme nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat disagree</source>
            <translation>stimme eher nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neither</source>
            <translation>weder noch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat agree</source>
            <translation>stimme eher zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>agree</source>
            <translation>stimme zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly agree</source>
            <translation>stimme voll zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>None of these</source>
            <translation>Nichts davon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>{v} on {lo}–{hi}</source>
            <translation>{v} auf {lo}–{hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pt within {t}</source>
            <translation>{p} Pkt. innerhalb von {t}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pts within {t}</source>
            <translation>{p} Pkt. innerhalb von {t}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL · FAILED</source>
            <translation>KRITISCH · NICHT ERFÜLLT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL</source>
            <translation>KRITISCH</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>no points</source>
            <translation>keine Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Stopwatch timings</source>
            <translation>Stoppuhr-Messungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Customer ratings</source>
            <translation>Kundenbewertungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>no scored answers</source>
            <translation>keine bewerteten Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Time taken</source>
            <translation>Gemessene Zeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>weight {w}</source>
            <translation>Gewicht {w}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>No questions in this touchpoint.</source>
            <translation>Keine Fragen in diesem Kontaktpunkt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points set by a supervisor’s override; the reason is given with the question.</source>
            <translation>Punkte von einem Vorgesetzten korrigiert; der Grund steht bei der Frage.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>N/A (not applicable)</source>
            <translation>N/A (trifft nicht zu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Not answered</source>
            <translation>Nicht beantwortet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>unscored</source>
            <translation>ohne Wertung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>{e} of {p} points</source>
            <translation>{e} von {p} Punkten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points adjusted on review.</source>
            <translation>Punkte bei der Prüfung angepasst.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Auditor</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Supervisor</source>
            <translation>Vorgesetzter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Adjusted on review</source>
            <translation>Bei der Prüfung angepasst</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Answer on its scale</source>
            <translation>Antwort auf ihrer Skala</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>A critical question in this touchpoint was not met: it scores 0.</source>
            <translation>Eine kritische Frage in diesem Kontaktpunkt wurde nicht erfüllt: er erhält 0 Punkte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Score overridden</source>
            <translation>Punktzahl korrigiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>from {was} to {p} by {who}: {why}</source>
            <translation>von {was} auf {p} durch {who}: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client} by {firm}.</source>
            <translation>Erstellt für {client} von {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client}.</source>
            <translation>Erstellt für {client}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>weighted mean of the touchpoint scores</source>
            <translation>gewichteter Mittelwert der Kontaktpunkt-Punktzahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>points earned of points possible</source>
            <translation>erreichte von möglichen Punkten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Stage</source>
            <translation>Phase</translation>
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
            <translation>MYSTERY-SHOPPING-BESUCHSBERICHT</translation>
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
            <translation>Kunde</translation>
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
            <translation>Datum des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Time of visit</source>
            <translation>Uhrzeit des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Audit form</source>
            <translation>Prüfformular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Form id and version</source>
            <translation>Formular-ID und Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>GRADE</source>
            <translation>NOTE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Bands: {bands}. Total = {how}, rounded to one decimal.</source>
            <translation>Bereiche: {bands}. Gesamt = {how}, auf eine Dezimalstelle gerundet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>the visit's total is set to 0</source>
            <translation>die Gesamtpunktzahl des Besuchs wird auf 0 gesetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>this touchpoint's score is set to 0</source>
            <translation>die Punktzahl dieses Kontaktpunkts wird auf 0 gesetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>SCENARIO</source>
            <translation>SZENARIO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Confidential: for the client’s own use. The report sets out what one mystery shopper experienced on one visit, scored against the audit form named above.</source>
            <translation>Vertraulich: nur für den eigenen Gebrauch des Kunden. Der Bericht gibt wieder, was ein Testkäufer bei einem Besuch erlebt hat, bewertet nach dem oben genannten Prüfformular.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE SO FAR</source>
            <translation>GESAMTPUNKTZAHL BISHER</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE</source>
            <translation>GESAMTPUNKTZAHL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>out of 100</source>
            <translation>von 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{done} of {total} required answered ({share})</source>
            <translation>{done} von {total} Pflichtfragen beantwortet ({share})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade until every required question is answered.</source>
            <translation>Keine Note, solange nicht alle Pflichtfragen beantwortet sind.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{grade} so far</source>
            <translation>{grade} bisher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{band} from {p}</source>
            <translation>{band} ab {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Critical failure</source>
            <translation>Kritischer Verstoß</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>“{question}” was not met, so {effect}.</source>
            <translation>„{question}“ wurde nicht erfüllt, daher {effect}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A visit-level critical question failed: the total is 0 whatever the points.</source>
            <translation>Eine kritische Frage auf Besuchsebene wurde nicht erfüllt: die Gesamtpunktzahl ist 0, unabhängig von den Punkten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A stage's score is the points earned of the points possible over its touchpoints.</source>
            <translation>Die Punktzahl einer Phase sind die erreichten von den möglichen Punkten ihrer Kontaktpunkte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{id}, version {v}</source>
            <translation>{id}, Version {v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade yet</source>
            <translation>Noch keine Note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>CRITICAL FAILED</source>
            <translation>KRITISCH NICHT ERFÜLLT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Incomplete:</source>
            <translation>Unvollständig:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>For the firm only: it includes the supervisor's notes, the score overrides and the evidence checks. Send the client its own copy.</source>
            <translation>Nur für die Firma: enthält die Notizen des Vorgesetzten, die Punktekorrekturen und die Belegprüfungen. Senden Sie dem Kunden seine eigene Kopie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>(weighted)</source>
            <translation>(gewichtet)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Internal copy.</source>
            <translation>Interne Kopie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Not approved.</source>
            <translation>Nicht genehmigt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>This visit is {status}: its answers and score may still change in review. Only an approved visit's report is final.</source>
            <translation>Dieser Besuch ist {status}: Antworten und Punktzahl können sich in der Prüfung noch ändern. Nur der Bericht eines genehmigten Besuchs ist endgültig.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>No capture time</source>
            <translation>Keine Aufnahmezeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo not on this computer</source>
            <translation>Foto nicht auf diesem Computer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photos of {title} ({n})</source>
            <translation>Fotos zu {title} ({n})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo could not be read</source>
            <translation>Foto konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>(no caption)</source>
            <translation>(ohne Bildunterschrift)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Taken {when}</source>
            <translation>Aufgenommen {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>for {question}</source>
            <translation>zu {question}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report</source>
            <translation>Besuchsbericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report · INTERNAL COPY</source>
            <translation>Besuchsbericht · INTERNE KOPIE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>NOT APPROVED</source>
            <translation>NICHT GENEHMIGT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report: {location}, {day}</source>
            <translation>Besuchsbericht: {location}, {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>{client}: {form} (visit {id})</source>
            <translation>{client}: {form} (Besuch {id})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit {id}</source>
            <translation>Besuch {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Any change to this file after signing breaks the signature; a PDF reader shows who signed and whether the file is intact.</source>
            <translation>Jede Änderung dieser Datei nach dem Signieren bricht die Signatur; ein PDF-Reader zeigt, wer signiert hat und ob die Datei unverändert ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Declaration and approval</source>
            <translation>Erklärung und Genehmigung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>REVIEW</source>
            <translation>PRÜFUNG</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>AUDITOR’S DECLARATION</source>
            <translation>ERKLÄRUNG DES PRÜFERS</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>The auditor has not signed this visit.</source>
            <translation>Der Prüfer hat diesen Besuch nicht signiert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Not reviewed yet.</source>
            <translation>Noch nicht geprüft.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>received by the server {when}</source>
            <translation>vom Server empfangen {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Supervisor’s comment</source>
            <translation>Kommentar des Vorgesetzten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>signed {when}</source>
            <translation>signiert am {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no such file here.</source>
            <translation>Diese Datei gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no logo here.</source>
            <translation>Hier gibt es kein Logo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out.</source>
            <translation>Ihr Passwort ist geändert. Ihre anderen Browser sind abgemeldet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>You are signed out.</source>
            <translation>Sie sind abgemeldet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Please sign in to go on.</source>
            <translation>Bitte melden Sie sich an, um fortzufahren.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out, and so are your laptops: sign them in again with the new password.</source>
            <translation>Ihr Passwort ist geändert. Ihre anderen Browser sind abgemeldet, ebenso Ihre Laptops: Melden Sie sie mit dem neuen Passwort wieder an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The sign-in form had expired. Please try again.</source>
            <translation>Das Anmeldeformular war abgelaufen. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Enter your user name and your password.</source>
            <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The portal speaks your language now.</source>
            <translation>Das Portal spricht jetzt Ihre Sprache.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your account</source>
            <translation>Ihr Konto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>Actions are waiting for you</source>
            <translation>Maßnahmen warten auf Sie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your mystery shopping provider</source>
            <translation>Ihr Mystery-Shopping-Anbieter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>See them in the portal (you will be asked to sign in):</source>
            <translation>Sehen Sie sie im Portal an (Sie werden gebeten, sich anzumelden):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Hello {name},</source>
            <translation>Hallo {name},</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{sender} sends this reminder once a day while actions are waiting.</source>
            <translation>{sender} sendet diese Erinnerung einmal täglich, solange Maßnahmen warten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are past their due date.</source>
            <translation>{n} Ihrer Maßnahmen sind überfällig.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are due within a day.</source>
            <translation>{n} Ihrer Maßnahmen sind innerhalb eines Tages fällig.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Reopened</source>
            <translation>Wieder geöffnet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Verified</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Withdrawn after appeal</source>
            <translation>Nach Einspruch zurückgezogen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Opened by the published report</source>
            <translation>Durch den veröffentlichten Bericht eröffnet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Held at the next visit</source>
            <translation>Beim nächsten Besuch gehalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Recurred at the next visit</source>
            <translation>Beim nächsten Besuch erneut aufgetreten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Those photos are too large.</source>
            <translation>Diese Fotos sind zu groß.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five, 15 MB each.</source>
            <translation>Senden Sie höchstens fünf, je 15 MB.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There is no such download here.</source>
            <translation>Diesen Download gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Actions {start} to {end}</source>
            <translation>Maßnahmen {start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such action here.</source>
            <translation>Diese Maßnahme gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>the photo is larger than 15 MB</source>
            <translation>das Foto ist größer als 15 MB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>You cannot do that to this action.</source>
            <translation>Das können Sie mit dieser Maßnahme nicht tun.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>This photo is missing on the server.</source>
            <translation>Dieses Foto fehlt auf dem Server.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>Tell the firm.</source>
            <translation>Sagen Sie es der Firma.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such photo here.</source>
            <translation>Dieses Foto gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Too many changes at once.</source>
            <translation>Zu viele Änderungen auf einmal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Wait a minute and try again.</source>
            <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five photos.</source>
            <translation>Senden Sie höchstens fünf Fotos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Due date</source>
            <translation>Fälligkeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Newest first</source>
            <translation>Neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>That photo was refused: {why}</source>
            <translation>Dieses Foto wurde abgelehnt: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That form could not be read.</source>
            <translation>Dieses Formular konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the PDF is cut short</source>
            <translation>das PDF ist unvollständig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the image is damaged</source>
            <translation>das Bild ist beschädigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Appeals are filed by the client.</source>
            <translation>Einsprüche reicht der Kunde ein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Too many appeals at once.</source>
            <translation>Zu viele Einsprüche auf einmal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Wait a few minutes and try again.</source>
            <translation>Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not filed.</source>
            <translation>Der Einspruch wurde nicht eingereicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is filed. The firm will answer it here.</source>
            <translation>Ihr Einspruch ist eingereicht. Die Firma beantwortet ihn hier.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not withdrawn.</source>
            <translation>Der Einspruch wurde nicht zurückgezogen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>There is no such appeal here.</source>
            <translation>Diesen Einspruch gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>That form is too large.</source>
            <translation>Dieses Formular ist zu groß.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>{file} was refused: {reason}</source>
            <translation>{file} wurde abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>There is no such report here.</source>
            <translation>Diesen Bericht gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is withdrawn.</source>
            <translation>Ihr Einspruch ist zurückgezogen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>No figures in this period.</source>
            <translation>Keine Kennzahlen in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}, {low} to {high}</source>
            <translation>{month}: Mittel {mean}, {low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}</source>
            <translation>{month}: Mittel {mean}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{what}: the visits</source>
            <translation>{what}: die Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Genuine: a report signed by the firm, unchanged since.</source>
            <translation>Echt: ein von der Firma signierter Bericht, seitdem unverändert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is too large to be a report.</source>
            <translation>Diese Datei ist zu groß für einen Bericht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Reports are checked up to 32 MB.</source>
            <translation>Berichte werden bis 32 MB geprüft.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not a signed report.</source>
            <translation>Kein signierter Bericht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file has no digital signature.</source>
            <translation>Die Datei hat keine digitale Signatur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: the file was changed after it was signed.</source>
            <translation>Nicht echt: Die Datei wurde nach dem Signieren geändert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Its content no longer matches its signature. Download the report again from its page.</source>
            <translation>Sein Inhalt passt nicht mehr zu seiner Signatur. Laden Sie den Bericht erneut von seiner Seite herunter.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: something was added to the file after it was signed.</source>
            <translation>Nicht echt: Nach dem Signieren wurde der Datei etwas hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The signature covers only part of the file. Download the report again from its page.</source>
            <translation>Die Signatur deckt nur einen Teil der Datei ab. Laden Sie den Bericht erneut von seiner Seite herunter.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Signed and unchanged, but not one of your reports.</source>
            <translation>Signiert und unverändert, aber keiner Ihrer Berichte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is not a report published for you on this portal.</source>
            <translation>Es ist kein Bericht, der für Sie in diesem Portal veröffentlicht wurde.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Choose the report's PDF file first.</source>
            <translation>Wählen Sie zuerst die PDF-Datei des Berichts.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is not a PDF. Choose the report's PDF file.</source>
            <translation>Diese Datei ist kein PDF. Wählen Sie die PDF-Datei des Berichts.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file could not be checked.</source>
            <translation>Die Datei konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is damaged or not a report. Download the report again from its page.</source>
            <translation>Sie ist beschädigt oder kein Bericht. Laden Sie den Bericht erneut von seiner Seite herunter.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The report of {location}, {day}{number}, signed by {signer}.</source>
            <translation>Der Bericht zu {location}, {day}{number}, signiert von {signer}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n second(s).</source>
            <translation>
                <numerusform>Zu viele Prüfungen: Versuchen Sie es in %n Sekunde erneut.</numerusform>
                <numerusform>Zu viele Prüfungen: Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n minute(s).</source>
            <translation>
                <numerusform>Zu viele Prüfungen: Versuchen Sie es in %n Minute erneut.</numerusform>
                <numerusform>Zu viele Prüfungen: Versuchen Sie es in %n Minuten erneut.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check a report</source>
            <translation>Bericht prüfen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln Besuch</numerusform>
                <numerusform>%Ln Besuche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>none flagged</source>
            <translation>keine markiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Quality checks</source>
            <translation>Qualitätsprüfungen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>published, at %Ln location(s)</source>
            <translation>
                <numerusform>veröffentlicht, an %Ln Standort</numerusform>
                <numerusform>veröffentlicht, an %Ln Standorten</numerusform>
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
                <numerusform>%Ln Antwort mit 4 oder 5 bewertet</numerusform>
                <numerusform>%Ln Antworten mit 4 oder 5 bewertet</numerusform>
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
                <numerusform>%Ln Antwort, Promotoren − Detraktoren</numerusform>
                <numerusform>%Ln Antworten, Promotoren − Detraktoren</numerusform>
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
                <numerusform>%Ln Antwort, Mittel auf 1–7</numerusform>
                <numerusform>%Ln Antworten, Mittel auf 1–7</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: mean {mean} over %Ln visit(s)</source>
            <translation>
                <numerusform>{what}: Mittel {mean} über %Ln Besuch</numerusform>
                <numerusform>{what}: Mittel {mean} über %Ln Besuche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>no scored visits</source>
            <translation>keine bewerteten Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{visits}, {low} to {high}</source>
            <translation>{visits}, {low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean score by month</source>
            <translation>Durchschnittliche Punktzahl pro Monat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Locations ranked by mean score</source>
            <translation>Standorte nach mittlerer Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Mean score by journey stage</source>
            <translation>Mittlere Punktzahl nach Phase der Customer Journey</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>The questions most often failed</source>
            <translation>Die am häufigsten nicht erfüllten Fragen</translation>
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
                <numerusform>nicht erfüllt bei {hits} von %Ln Besuch</numerusform>
                <numerusform>nicht erfüllt bei {hits} von %Ln Besuchen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: not on this location's forms</source>
            <translation>{what}: nicht in den Formularen dieses Standorts</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>of 100; {low} to {high}</source>
            <translation>von 100; {low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint} at {location}</source>
            <translation>{touchpoint} in {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint}, all locations</source>
            <translation>{touchpoint}, alle Standorte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>The dashboard is for the firm's supervisors and its clients.</source>
            <translation>Die Übersicht ist für die Vorgesetzten der Firma und ihre Kunden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Your reports are under Reports.</source>
            <translation>Ihre Berichte finden Sie unter Berichte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Period report {client} {start} to {end}</source>
            <translation>Zeitraumbericht {client} {start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Visits {client} {start} to {end}</source>
            <translation>Besuche {client} {start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There are no clients here yet.</source>
            <translation>Hier gibt es noch keine Kunden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>client</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>supervisor</source>
            <translation>Vorgesetzter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>auditor</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>This form has expired.</source>
            <translation>Dieses Formular ist abgelaufen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>Go back, reload the page and try again.</source>
            <translation>Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>The period ended before it started: the dates were swapped.</source>
            <translation>Der Zeitraum endete, bevor er begann: Die Daten wurden vertauscht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>There is no such client here.</source>
            <translation>Diesen Kunden gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the start date was left out.</source>
            <translation>„{text}“ ist kein Datum (JJJJ-MM-TT): Das Anfangsdatum wurde weggelassen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the end date was left out.</source>
            <translation>„{text}“ ist kein Datum (JJJJ-MM-TT): Das Enddatum wurde weggelassen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln Byte</numerusform>
                <numerusform>%Ln Byte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A client has appealed a report</source>
            <translation>Ein Kunde hat Einspruch gegen einen Bericht erhoben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A client has filed an appeal of a published report. It waits in the app under Supervise → Appeals; the report is here:</source>
            <translation>Ein Kunde hat Einspruch gegen einen veröffentlichten Bericht erhoben. Er wartet in der App unter Prüfung → Einsprüche; der Bericht ist hier:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your appeal has been decided</source>
            <translation>Über Ihren Einspruch wurde entschieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A new report is waiting for you</source>
            <translation>Ein neuer Bericht wartet auf Sie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>This message holds no report data; the report itself stays in the portal.</source>
            <translation>Diese Nachricht enthält keine Berichtsdaten; der Bericht selbst bleibt im Portal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Open it in the portal (you will be asked to sign in):</source>
            <translation>Öffnen Sie ihn im Portal (Sie werden gebeten, sich anzumelden):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has decided your appeal. Read the decision in the portal (you will be asked to sign in):</source>
            <translation>{sender} hat über Ihren Einspruch entschieden. Lesen Sie die Entscheidung im Portal (Sie werden gebeten, sich anzumelden):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has published a new mystery shopping report for you.</source>
            <translation>{sender} hat einen neuen Mystery-Shopping-Bericht für Sie veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Oldest first</source>
            <translation>Älteste zuerst</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Highest score</source>
            <translation>Höchste Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Lowest score</source>
            <translation>Niedrigste Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Location A–Z</source>
            <translation>Standort A–Z</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>All dates</source>
            <translation>Alle Daten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is not on the server.</source>
            <translation>Der signierte Bericht dieses Besuchs ist nicht auf dem Server.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It was published by a version of the app that did not upload reports.</source>
            <translation>Er wurde von einer Version der App veröffentlicht, die keine Berichte hochlud.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is missing on the server.</source>
            <translation>Der signierte Bericht dieses Besuchs fehlt auf dem Server.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It may not be published yet.</source>
            <translation>Vielleicht ist er noch nicht veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n minute(s).</source>
            <translation>
                <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Minute erneut.</numerusform>
                <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Minuten erneut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n second(s).</source>
            <translation>
                <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Sekunde erneut.</numerusform>
                <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>This account is disabled. Ask the firm that sends your reports.</source>
            <translation>Dieses Konto ist deaktiviert. Fragen Sie die Firma, die Ihnen die Berichte schickt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password and its repetition differ.</source>
            <translation>Das neue Passwort und seine Wiederholung stimmen nicht überein.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>A password needs at least %n character(s).</source>
            <translation>
                <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
                <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password is the current one.</source>
            <translation>Das neue Passwort ist das aktuelle.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Wrong user name or password.</source>
            <translation>Falscher Benutzername oder falsches Passwort.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The current password is not right.</source>
            <translation>Das aktuelle Passwort ist nicht richtig.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/action_rules.py" />
            <location filename="../../mystery_shop/services/quality.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That client no longer exists.</source>
            <translation>Diesen Kunden gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/app_language.py" />
            <source>The app is not translated into {code!r}; it ships in {languages}.</source>
            <translation>Die App ist nicht in {code!r} übersetzt; sie gibt es in {languages}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>{appeal!r} is the start of several appeals: give more of it.</source>
            <translation>{appeal!r} ist der Anfang mehrerer Einsprüche: Geben Sie mehr davon an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only a supervisor decides an appeal.</source>
            <translation>Nur eine Supervisorin oder ein Supervisor entscheidet über einen Einspruch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only the visit's auditor gives their account.</source>
            <translation>Nur der Auditor des Besuchs gibt seine Darstellung.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Nobody asked for an account of this appeal.</source>
            <translation>Niemand hat um eine Darstellung zu diesem Einspruch gebeten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>The text is empty.</source>
            <translation>Der Text ist leer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>No appeal {appeal!r}.</source>
            <translation>Es gibt keinen Einspruch {appeal!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <location filename="../../mystery_shop/services/review.py" />
            <source>{points!r} is not a number of points.</source>
            <translation>{points!r} ist keine Punktzahl.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/export.py" />
            <source>{name}: the export is written as .csv or .xlsx</source>
            <translation>{name}: der Export wird als .csv oder .xlsx geschrieben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} is not in this profile.</source>
            <translation>Formular {form} in Version {version} ist nicht in diesem Profil.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Choose where to save the form.</source>
            <translation>Wählen Sie, wo das Formular gespeichert werden soll.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>The form has %n problem(s) to fix before it can be saved.</source>
            <translation>
                <numerusform>Das Formular hat %n Problem, das vor dem Speichern behoben werden muss.</numerusform>
                <numerusform>Das Formular hat %n Probleme, die vor dem Speichern behoben werden müssen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Save the form before publishing it.</source>
            <translation>Speichern Sie das Formular, bevor Sie es veröffentlichen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>{target}: cannot save ({error}).</source>
            <translation>{target}: Speichern nicht möglich ({error}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/period.py" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>An annotated copy must be a JPEG image.</source>
            <translation>Eine kommentierte Kopie muss ein JPEG-Bild sein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>That photo is not part of this visit.</source>
            <translation>Dieses Foto gehört nicht zu diesem Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>The schedule needs the columns {columns}; missing: {missing}.</source>
            <translation>Der Plan braucht die Spalten {columns}; es fehlen: {missing}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{path}: cannot read the schedule ({error})</source>
            <translation>{path}: der Plan kann nicht gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{column} {text!r} is not a date as YYYY-MM-DD</source>
            <translation>{column} {text!r} ist kein Datum im Format JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>due {due} is before the visit date {when}</source>
            <translation>die Frist {due} liegt vor dem Besuchsdatum {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>no auditor {auditor!r}</source>
            <translation>kein Prüfer {auditor!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Too many earlier profiles beside {path}: remove some.</source>
            <translation>Zu viele frühere Profile neben {path}: Entfernen Sie einige.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a profile: there is nothing to back up.</source>
            <translation>{path} ist kein Profil: Es gibt nichts zu sichern.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Write the backup outside the profile folder {path}.</source>
            <translation>Schreiben Sie die Sicherung außerhalb des Profilordners {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a mystery-shop profile backup.</source>
            <translation>{path} ist keine Profilsicherung von mystery-shop.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The database in {path} is damaged.</source>
            <translation>Die Datenbank in {path} ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>No file {path}.</source>
            <translation>Keine Datei {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} already holds a profile: restore into another folder, or replace it (it is kept beside, renamed).</source>
            <translation>{path} enthält bereits ein Profil: Stellen Sie in einen anderen Ordner wieder her oder ersetzen Sie es (es bleibt umbenannt daneben erhalten).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The photo {name} in {path} is damaged.</source>
            <translation>Das Foto {name} in {path} ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Returned for changes</source>
            <translation>Zur Überarbeitung zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The page size must be one of {sizes}, not {size!r}.</source>
            <translation>Das Seitenformat muss eines von {sizes} sein, nicht {size!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The timestamp server must be an http:// or https:// address, not {url!r}.</source>
            <translation>Der Zeitstempelserver muss eine http://- oder https://-Adresse sein, nicht {url!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The certificate's passphrase is never stored: it is asked for when signing.</source>
            <translation>Die Passphrase des Zertifikats wird nie gespeichert: sie wird beim Signieren abgefragt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>Unknown report setting: {error}</source>
            <translation>Unbekannte Berichtseinstellung: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_signing.py" />
            <source>The report could not be signed: {error}</source>
            <translation>Der Bericht konnte nicht signiert werden: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot create the folder {folder}: {error}</source>
            <translation>Der Ordner {folder} kann nicht angelegt werden: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write in {folder}: {error}</source>
            <translation>In {folder} kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write {out}: {error}</source>
            <translation>{out} kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Publishing sends the client the visit's signed report, and this visit has none yet: sign its report (Approve and sign, or export the report with the firm's certificate), then publish.</source>
            <translation>Beim Veröffentlichen erhält der Kunde den signierten Bericht des Besuchs, und dieser Besuch hat noch keinen: signieren Sie seinen Bericht (Genehmigen und signieren oder den Bericht mit dem Zertifikat der Firma exportieren) und veröffentlichen Sie dann.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The comment is empty.</source>
            <translation>Der Kommentar ist leer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Say what the auditor should fix: returning a visit needs a comment.</source>
            <translation>Sagen Sie, was der Prüfer beheben soll: das Zurückgeben eines Besuchs braucht einen Kommentar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>An accepted appeal changed this published visit: sign its revised report (give the signing key).</source>
            <translation>Ein angenommener Einspruch hat diesen veröffentlichten Besuch geändert: Signieren Sie den überarbeiteten Bericht (geben Sie den Signaturschlüssel an).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The signed report was not kept; nothing was published.</source>
            <translation>Der signierte Bericht wurde nicht aufbewahrt; nichts wurde veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This change cannot be sent again; only its details can be kept.</source>
            <translation>Diese Änderung kann nicht erneut gesendet werden; nur ihre Details können aufbewahrt werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This refused answer does not say which visit and question it was for.</source>
            <translation>Diese abgelehnte Antwort sagt nicht, zu welchem Besuch und welcher Frage sie gehörte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>That refused change is no longer listed.</source>
            <translation>Diese abgelehnte Änderung steht nicht mehr in der Liste.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>No visit {visit!r}.</source>
            <translation>Es gibt keinen Besuch {visit!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{text!r} cannot be answered N/A.</source>
            <translation>{text!r} kann nicht mit N/A beantwortet werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit is {status} and can no longer be changed.</source>
            <translation>Der Besuch hat den Status „{status}“ und kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>Type your name beside your signature.</source>
            <translation>Geben Sie Ihren Namen neben Ihrer Unterschrift ein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit cannot be submitted yet:
{items}</source>
            <translation>Der Besuch kann noch nicht eingereicht werden:
{items}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: no such question in this form</source>
            <translation>{question}: diese Frage gibt es in diesem Formular nicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The signature cannot be used: {reason}.</source>
            <translation>Die Unterschrift kann nicht verwendet werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: N/A is not allowed on this question</source>
            <translation>{question}: N/A ist bei dieser Frage nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Give your full name: reports and the audit trail show it.</source>
            <translation>Geben Sie Ihren vollständigen Namen an: Berichte und das Prüfprotokoll zeigen ihn.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A name is at most %n character(s).</source>
            <translation>
                <numerusform>Ein Name hat höchstens %n Zeichen.</numerusform>
                <numerusform>Ein Name hat höchstens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Several locations are called {name!r}: say which, as CLIENT / NAME ({options}).</source>
            <translation>Mehrere Standorte heißen {name!r}: geben Sie an, welcher, als KUNDE / NAME ({options}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Only a supervisor assigns visits to other auditors.</source>
            <translation>Nur ein Vorgesetzter weist anderen Prüfern Besuche zu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>{prefix!r} matches several visits: give more of the id.</source>
            <translation>{prefix!r} passt zu mehreren Besuchen: geben Sie mehr von der ID an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>There is already a client called {name!r}.</source>
            <translation>Es gibt bereits einen Kunden namens {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>This client already has a location called {name!r}.</source>
            <translation>Dieser Kunde hat bereits einen Standort namens {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That location no longer exists.</source>
            <translation>Diesen Standort gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} exists already with different content: a published version never changes, so give the new one a higher version.</source>
            <translation>Formular {form} in Version {version} gibt es bereits mit anderem Inhalt: eine veröffentlichte Version ändert sich nie, geben Sie der neuen also eine höhere Versionsnummer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was made by a newer version (database schema {revision}); install the newest version</source>
            <translation>dieses Profil stammt von einer neueren Version (Datenbankschema {revision}); installieren Sie die neueste Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was last opened by version {version}; install {version} or newer</source>
            <translation>dieses Profil wurde zuletzt mit Version {version} geöffnet; installieren Sie {version} oder neuer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>the profile could not be upgraded to this version ({error}); it was put back as it was from {backup}</source>
            <translation>das Profil konnte nicht auf diese Version aktualisiert werden ({error}); es wurde aus {backup} wiederhergestellt, wie es war</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/sync/account.py" />
            <source>this profile belongs to {user}, with %n change(s) waiting to be sent as theirs: sign in as them, or use another profile</source>
            <translation>
                <numerusform>dieses Profil gehört {user}, und %n Änderung wartet darauf, in dessen Namen gesendet zu werden: als {user} anmelden oder ein anderes Profil verwenden</numerusform>
                <numerusform>dieses Profil gehört {user}, und %n Änderungen warten darauf, in dessen Namen gesendet zu werden: als {user} anmelden oder ein anderes Profil verwenden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/account.py" />
            <source>wrong username or password, or the account is disabled</source>
            <translation>falscher Benutzername oder falsches Passwort, oder das Konto ist deaktiviert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>not signed in: run mystery-shop login --server URL --user NAME</source>
            <translation>nicht angemeldet: mystery-shop login --server URL --user NAME ausführen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>no saved sign-in on this computer: run mystery-shop login again</source>
            <translation>keine gespeicherte Anmeldung auf diesem Computer: mystery-shop login erneut ausführen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>a sync is already running</source>
            <translation>eine Synchronisierung läuft bereits</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>the sync server {server} cannot be reached ({problem})</source>
            <translation>der Synchronisierungsserver {server} ist nicht erreichbar ({problem})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: install version {version} or newer from {url}</source>
            <translation>diese Version ({have}) ist für den Server zu alt: Installieren Sie Version {version} oder neuer von {url}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>cannot download {path} from {server}</source>
            <translation>{path} kann nicht von {server} heruntergeladen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>sign in again: {detail}</source>
            <translation>erneut anmelden: {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: {detail}; ask for the newest version</source>
            <translation>diese Version ({have}) ist für den Server zu alt: {detail}; fragen Sie nach der neuesten Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/app.py" />
            <source>Cannot open the profile</source>
            <translation>Profil kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>Click for the visits</source>
            <translation>Klicken, um die Besuche zu sehen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>No visits in this period</source>
            <translation>Keine Besuche in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export data…</source>
            <translation>Daten exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%Ln approved or published visit(s)</source>
            <translation>
                <numerusform>%Ln genehmigter oder veröffentlichter Besuch</numerusform>
                <numerusform>%Ln genehmigte oder veröffentlichte Besuche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%n Antwort mit Bewertung 4 oder 5</numerusform>
                <numerusform>%n Antworten mit Bewertung 4 oder 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%n Antwort, Promotoren − Kritiker</numerusform>
                <numerusform>%n Antworten, Promotoren − Kritiker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%n Antwort, Mittelwert auf 1–7</numerusform>
                <numerusform>%n Antworten, Mittelwert auf 1–7</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>scored visits</source>
            <translation>bewertete Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CSAT answers</source>
            <translation>CSAT-Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>NPS answers</source>
            <translation>NPS-Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CES answers</source>
            <translation>CES-Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Locations ranked</source>
            <translation>Standorte im Vergleich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean touchpoint score; click a cell for its visits.</source>
            <translation>Durchschnittliche Punktzahl je Kontaktpunkt; eine Zelle anklicken, um ihre Besuche zu sehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Journey stages</source>
            <translation>Phasen der Customer Journey</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most failed questions</source>
            <translation>Am häufigsten nicht erfüllte Fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>% of visits where the question earned nothing</source>
            <translation>% der Besuche, bei denen die Frage keine Punkte brachte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Add a client first.</source>
            <translation>Legen Sie zuerst einen Kunden an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{section} at {location}</source>
            <translation>{section} in {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed: {q}</source>
            <translation>nicht erfüllt: {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{stage} stage</source>
            <translation>Phase {stage}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation>
                <numerusform>%n bewerteter Besuch · {lo} bis {hi}</numerusform>
                <numerusform>%n bewertete Besuche · {lo} bis {hi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed in {h} of %n visit(s)</source>
            <translation>
                <numerusform>nicht erfüllt bei {h} von %n Besuch</numerusform>
                <numerusform>nicht erfüllt bei {h} von %n Besuchen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation>
                <numerusform>{title}: %n Besuch. Zum Öffnen doppelklicken.</numerusform>
                <numerusform>{title}: %n Besuche. Zum Öffnen einen doppelklicken.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a comment</source>
            <translation>Eine nicht bestandene Frage braucht einen Kommentar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Rule over answers</source>
            <translation>Regel über Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a photo</source>
            <translation>Eine nicht bestandene Frage braucht ein Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>The visit lasts at least</source>
            <translation>Der Besuch dauert mindestens</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>equals one of</source>
            <translation>ist gleich einem von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is a number between</source>
            <translation>ist eine Zahl zwischen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is answered</source>
            <translation>ist beantwortet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>block</source>
            <translation>Sperre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Add check</source>
            <translation>Prüfung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Remove check</source>
            <translation>Prüfung entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Checks catch a doubtful visit before a supervisor reads it. None changes a score.</source>
            <translation>Prüfungen erkennen einen zweifelhaften Besuch, bevor ein Supervisor ihn liest. Keine ändert eine Punktzahl.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Block the submit (otherwise a warning the auditor explains)</source>
            <translation>Einreichen sperren (sonst eine Warnung, die der Auditor erklärt)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>This form has no checks. Choose a kind and press “Add check”.</source>
            <translation>Dieses Formular hat keine Prüfungen. Wählen Sie eine Art und drücken Sie „Prüfung hinzufügen“.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words</source>
            <translation> Wörter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Comment of at least</source>
            <translation>Kommentar von mindestens</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>minutes, from the first answer to the signature</source>
            <translation>Minuten, von der ersten Antwort bis zur Unterschrift</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Minutes at least</source>
            <translation>Mindestens Minuten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A photo when one of these earns 0</source>
            <translation>Ein Foto, wenn eine davon 0 erzielt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>values, separated by commas</source>
            <translation>Werte, durch Kommas getrennt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no lower bound</source>
            <translation>leer: keine Untergrenze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no upper bound</source>
            <translation>leer: keine Obergrenze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Then</source>
            <translation>Dann</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: a message made from the requirement</source>
            <translation>leer: eine aus der Anforderung gebildete Meldung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is one of</source>
            <translation>ist eines von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>and</source>
            <translation>und</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>(always)</source>
            <translation>(immer)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Yes / no</source>
            <translation>Ja / Nein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>One choice</source>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Several choices</source>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Duration (stopwatch)</source>
            <translation>Dauer (Stoppuhr)</translation>
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
            <translation>Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Form id</source>
            <translation>Formular-ID</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>e.g. en, pl — the first is the default; empty: one language</source>
            <translation>z. B. en, pl — die erste ist die Standardsprache; leer: eine Sprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Grade bands</source>
            <translation>Notenbereiche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Journey stage</source>
            <translation>Phase der Customer Journey</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>blank: no weights (every touchpoint or none)</source>
            <translation>leer: keine Gewichte (alle Kontaktpunkte oder keiner)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at least</source>
            <translation>Mindestens Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at most</source>
            <translation>Höchstens Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>The auditor may answer N/A</source>
            <translation>Der Prüfer darf „nicht zutreffend“ antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Required</source>
            <translation>Pflichtfeld</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Show only if</source>
            <translation>Nur anzeigen, wenn</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>From score</source>
            <translation>Ab Punktzahl</translation>
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
            <translation>Farbe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add band</source>
            <translation>Bereich hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove band</source>
            <translation>Bereich entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>{v} (saving makes version {n}: version {t} is in use)</source>
            <translation>{v} (Speichern erzeugt Version {n}: Version {t} ist in Gebrauch)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Good answer</source>
            <translation>Gute Antwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Whole numbers only</source>
            <translation>Nur ganze Zahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Choices</source>
            <translation>Auswahlmöglichkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Thresholds</source>
            <translation>Schwellenwerte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Shown in the default language when empty</source>
            <translation>Wenn leer, in der Standardsprache angezeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Label</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Up to seconds</source>
            <translation>Bis Sekunden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails its touchpoint</source>
            <translation>Lässt den Kontaktpunkt durchfallen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails the visit</source>
            <translation>Lässt den Besuch durchfallen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Default for the type</source>
            <translation>Standard für den Typ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>default: {p}</source>
            <translation>Standard: {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Always shown</source>
            <translation>Immer angezeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Option {n}</source>
            <translation>Option {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>New grade</source>
            <translation>Neue Note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>The language the preview shows the form in</source>
            <translation>Die Sprache, in der die Vorschau das Formular zeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — as the auditor sees it</source>
            <translation>&lt;b&gt;Vorschau&lt;/b&gt; — so, wie der Prüfer es sieht</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n required answer(s) missing</source>
            <translation>
                <numerusform>%n Pflichtantwort fehlt</numerusform>
                <numerusform>%n Pflichtantworten fehlen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language: {name}</source>
            <translation>Standardsprache: {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language</source>
            <translation>Standardsprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Fix the problems shown in red to see the checklist.</source>
            <translation>Beheben Sie die rot markierten Probleme, um die Checkliste zu sehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Total {t} · {g}</source>
            <translation>Gesamt {t} · {g}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(untitled touchpoint)</source>
            <translation>(Kontaktpunkt ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(no text)</source>
            <translation>(kein Text)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer</source>
            <translation>Formulardesigner</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Designer</source>
            <translation>Designer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Form</source>
            <translation>&amp;Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>unsaved</source>
            <translation>nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open a form</source>
            <translation>Formular öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form:</source>
            <translation>Formular:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export as XLSForm</source>
            <translation>Als XLSForm exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>XLSForm-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save the form</source>
            <translation>Formular speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml)</source>
            <translation>Prüfformulare (*.yaml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>New form</source>
            <translation>Neues Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open file…</source>
            <translation>Datei öffnen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open from this profile…</source>
            <translation>Aus diesem Profil öffnen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import XLSForm…</source>
            <translation>XLSForm importieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export XLSForm…</source>
            <translation>XLSForm exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form settings</source>
            <translation>Formulareinstellungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add touchpoint</source>
            <translation>Kontaktpunkt hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add question</source>
            <translation>Frage hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml *.yml)</source>
            <translation>Prüfformulare (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>No forms</source>
            <translation>Keine Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>This profile has no forms yet.</source>
            <translation>Dieses Profil hat noch keine Formulare.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import an XLSForm</source>
            <translation>XLSForm importieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot import the workbook</source>
            <translation>Die Arbeitsmappe kann nicht importiert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Imported, with notes</source>
            <translation>Importiert, mit Hinweisen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Fix the problems shown in red first.</source>
            <translation>Beheben Sie zuerst die rot markierten Probleme.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>{what} — Undo (Ctrl+Z) brings it back</source>
            <translation>{what} — Rückgängig (Strg+Z) holt es zurück</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Discard the changes to this form?</source>
            <translation>Die Änderungen an diesem Formular verwerfen?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot open the form</source>
            <translation>Das Formular kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not an XLSForm</source>
            <translation>Keine XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Saved version {v} to {p}</source>
            <translation>Version {v} in {p} gespeichert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot publish</source>
            <translation>Veröffentlichen nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Published {id} version {v}: it goes to the server at the next sync</source>
            <translation>{id} Version {v} veröffentlicht: geht bei der nächsten Synchronisierung an den Server</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Close without saving the form?</source>
            <translation>Schließen, ohne das Formular zu speichern?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer — {title} v{v} ({file})</source>
            <translation>Formulardesigner — {title} v{v} ({file})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undo {what}</source>
            <translation>Rückgängig: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo {what}</source>
            <translation>Wiederholen: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undone: {what}</source>
            <translation>Rückgängig gemacht: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redone: {what}</source>
            <translation>Wiederholt: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not carried over:</source>
            <translation>Nicht übernommen:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Exported to {p}</source>
            <translation>Exportiert nach {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Known coordinates</source>
            <translation>Bekannte Koordinaten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>This computer's time zone</source>
            <translation>Zeitzone dieses Computers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Latitude</source>
            <translation>Breitengrad</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Longitude</source>
            <translation>Längengrad</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Clients, locations and forms</source>
            <translation>Kunden, Standorte und Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients and locations</source>
            <translation>Kunden und Standorte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Forms</source>
            <translation>Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Show archived</source>
            <translation>Archivierte anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>New client</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Client name:</source>
            <translation>Name des Kunden:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename client</source>
            <translation>Kunden umbenennen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import a form</source>
            <translation>Formular importieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Form files (*.yaml *.yml)</source>
            <translation>Formulardateien (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>The form has problems</source>
            <translation>Das Formular hat Probleme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive / restore</source>
            <translation>Archivieren / wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>(archived)</source>
            <translation>(archiviert)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import form file…</source>
            <translation>Formulardatei importieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{title}   ({id}, version {v})</source>
            <translation>{title}   ({id}, Version {v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{name} was not imported. Fix these lines and try again:</source>
            <translation>{name} wurde nicht importiert. Korrigieren Sie diese Zeilen und versuchen Sie es erneut:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Lock-out between visits</source>
            <translation>Sperrfrist zwischen Besuchen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> visits</source>
            <translation> Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Straight-lining over the last</source>
            <translation>Gleiche Antworten in den letzten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> SD</source>
            <translation> SD</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Auditor outlier at</source>
            <translation>Ausreißer-Prüfer ab</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Outlier needs at least</source>
            <translation>Ausreißer braucht mindestens</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words/min</source>
            <translation> Wörter/min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Reading speed</source>
            <translation>Lesegeschwindigkeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>A reused comment has at least</source>
            <translation>Ein wiederholter Kommentar hat mindestens</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Export data</source>
            <translation>Daten exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>One row per visit, one column per question, then the touchpoint scores. Only approved and published visits are exported.</source>
            <translation>Eine Zeile pro Besuch, eine Spalte pro Frage, danach die Punktzahlen der Kontaktpunkte. Nur genehmigte und veröffentlichte Besuche werden exportiert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-Arbeitsmappe (.xlsx)</translation>
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
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Data (*{s})</source>
            <translation>Daten (*{s})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>%n visit(s) written to {path}</source>
            <translation>
                <numerusform>%n Besuch nach {path} geschrieben</numerusform>
                <numerusform>%n Besuche nach {path} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Welcome to Mystery Shop</source>
            <translation>Willkommen bei Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>How does this computer work?

With your firm's sync server, visits come from your supervisor and go back to them. Alone, this computer plans, fills, reviews and reports by itself.</source>
            <translation>Wie arbeitet dieser Computer?

Mit dem Sync-Server Ihrer Firma kommen Besuche von Ihrer Supervisorin oder Ihrem Supervisor und gehen an sie zurück. Allein plant, erfasst, prüft und berichtet dieser Computer selbst.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Connect to the firm's server…</source>
            <translation>Mit dem Server der Firma verbinden…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Work alone on this computer</source>
            <translation>Allein auf diesem Computer arbeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>New visit</source>
            <translation>Neuer Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>What the shopper should ask or do (optional)</source>
            <translation>Was der Testkäufer fragen oder tun soll (optional)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Form</source>
            <translation>Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scheduled</source>
            <translation>Geplant am</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Due by</source>
            <translation>Fällig bis</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Add a client first (Manage → Clients and locations).</source>
            <translation>Legen Sie zuerst einen Kunden an (Verwalten → Kunden und Standorte).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Create and open</source>
            <translation>Anlegen und öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Plan visit</source>
            <translation>Besuch planen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>This client has no locations yet.</source>
            <translation>Dieser Kunde hat noch keine Standorte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Me ({name})</source>
            <translation>Ich ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Import a form first (Manage → Forms).</source>
            <translation>Importieren Sie zuerst ein Formular (Verwalten → Formulare).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>{title} (v{v})</source>
            <translation>{title} (v{v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Plan visits from a CSV schedule</source>
            <translation>Besuche aus einem CSV-Plan planen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Schedule planned</source>
            <translation>Plan übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Cannot read the schedule</source>
            <translation>Der Plan kann nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>, refused %n row(s):</source>
            <translation>
                <numerusform>, %n Zeile abgelehnt:</numerusform>
                <numerusform>, %n Zeilen abgelehnt:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>{file}: planned %n visit(s)</source>
            <translation>
                <numerusform>{file}: %n Besuch geplant</numerusform>
                <numerusform>{file}: %n Besuche geplant</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Fix those lines and import a file with only them: the good rows are planned already. Columns: {c} ({r} required).</source>
            <translation>Korrigieren Sie diese Zeilen und importieren Sie eine Datei nur mit ihnen: die guten Zeilen sind bereits geplant. Spalten: {c} ({r} Pflicht).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>The new language is used from the next start of the app.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start der App.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>System language ({name})</source>
            <translation>Systemsprache ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong. The details are in the log file; you can copy them below.</source>
            <translation>Etwas ist schiefgegangen. Die Details stehen in der Protokolldatei; Sie können sie unten kopieren.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Cannot do that</source>
            <translation>Das ist nicht möglich</translation>
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
            <translation>Noch keine Besuche.

Planen Sie einen mit Neuer Besuch (Strg+N) oder legen Sie ein Demo-Profil an:
mystery-shop demo --profile DIR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>&amp;Supervise</source>
            <translation>&amp;Prüfung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Fo&amp;rms</source>
            <translation>Fo&amp;rmulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Form designer…</source>
            <translation>Formulardesigner…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Search visits (Ctrl+F)</source>
            <translation>Besuche suchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>from any date</source>
            <translation>ab beliebigem Datum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>to any date</source>
            <translation>bis beliebigem Datum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All clients</source>
            <translation>Alle Kunden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All locations</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>About Mystery Shop</source>
            <translation>Über Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>About</source>
            <translation>Über</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan a visit…</source>
            <translation>Besuch planen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan from CSV…</source>
            <translation>Aus CSV planen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Review queue</source>
            <translation>Prüfwarteschlange</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeals</source>
            <translation>Einsprüche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Export report…</source>
            <translation>Bericht exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export internal copy…</source>
            <translation>Interne Kopie exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export reports for a period…</source>
            <translation>Berichte für einen Zeitraum exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Report settings…</source>
            <translation>Berichtseinstellungen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>All states</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Assigned to me</source>
            <translation>Mir zugewiesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Your full name, as reports and the audit trail show it:</source>
            <translation>Ihr vollständiger Name, wie ihn Berichte und das Prüfprotokoll zeigen:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Select a visit first.</source>
            <translation>Wählen Sie zuerst einen Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Mystery shopping and customer-touchpoint audits: offline checklists, scoring, photo evidence and signed PDF reports.</source>
            <translation>Mystery Shopping und Audits von Kundenkontaktpunkten: Checklisten offline, Bewertung, Fotobelege und signierte PDF-Berichte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Log file</source>
            <translation>Protokolldatei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports will name you “{name}”. &lt;a href='#name'&gt;Set your name…&lt;/a&gt;</source>
            <translation>Berichte nennen Sie „{name}“. &lt;a href='#name'&gt;Ihren Namen festlegen…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Profile: {path}</source>
            <translation>Profil: {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>%Ln visit(s) · {shown} shown</source>
            <translation>
                <numerusform>%Ln Besuch · {shown} angezeigt</numerusform>
                <numerusform>%Ln Besuche · {shown} angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports now name you {name}.</source>
            <translation>Berichte nennen Sie jetzt {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Visit planned for {name}.</source>
            <translation>Besuch für {name} geplant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Score override</source>
            <translation>Punktekorrektur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed</source>
            <translation>Signiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Signature cleared</source>
            <translation>Unterschrift entfernt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Why / detail</source>
            <translation>Warum / Details</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>On the device: %1. Received by the server: %2.</source>
            <translation>Auf dem Gerät: %1. Vom Server empfangen: %2.</translation>
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
                <numerusform>{section} in {location}: Mittel {score} aus %n Besuch; klicken, um den Besuch zu sehen</numerusform>
                <numerusform>{section} in {location}: Mittel {score} aus %n Besuchen; klicken, um die Besuche zu sehen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Taken on another day</source>
            <translation>An einem anderen Tag aufgenommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the visit's start</source>
            <translation>Weit vom Beginn des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the location</source>
            <translation>Weit vom Standort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Used in another visit</source>
            <translation>In einem anderen Besuch verwendet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too few photos</source>
            <translation>Zu wenige Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too many photos</source>
            <translation>Zu viele Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment missing</source>
            <translation>Kommentar fehlt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo missing</source>
            <translation>Foto fehlt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too short</source>
            <translation>Zu kurz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment reused</source>
            <translation>Wiederholter Kommentar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo reused</source>
            <translation>Wiederverwendetes Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Straight-lining</source>
            <translation>Immer gleiche Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Auditor outlier</source>
            <translation>Ausreißer-Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Repeat visit</source>
            <translation>Wiederholter Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too fast</source>
            <translation>Zu schnell</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Visit date</source>
            <translation>Besuchsdatum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>✓ none</source>
            <translation>✓ keine</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>✓ no flags</source>
            <translation>✓ keine Auffälligkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Submitted {when}</source>
            <translation>Eingereicht {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>so far</source>
            <translation>bisher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>A critical question failed: the form sets its touchpoint or the visit to 0.</source>
            <translation>Eine kritische Frage wurde nicht erfüllt: das Formular setzt ihren Kontaktpunkt oder den Besuch auf 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Required answers are still missing: the figure counts only what is answered so far.</source>
            <translation>Es fehlen noch Pflichtantworten: die Zahl zählt nur, was bisher beantwortet ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Overdue: due {date}</source>
            <translation>Überfällig: fällig am {date}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Freehand</source>
            <translation>Freihand</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Arrow</source>
            <translation>Pfeil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Box</source>
            <translation>Rahmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text to place on the photo:</source>
            <translation>Text, der auf das Foto gesetzt wird:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line</source>
            <translation>Linie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line width, in proportion to the photo's size</source>
            <translation>Linienstärke, im Verhältnis zur Größe des Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take back the last mark (Ctrl+Z)</source>
            <translation>Die letzte Markierung zurücknehmen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take off every mark</source>
            <translation>Alle Markierungen entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Save annotated copy</source>
            <translation>Kommentierte Kopie speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot annotate</source>
            <translation>Kommentieren nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>This visit cannot be changed any more.</source>
            <translation>Dieser Besuch kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is not on this computer yet (it arrives with the next sync).</source>
            <translation>Das Originalfoto ist noch nicht auf diesem Computer (es kommt mit der nächsten Synchronisierung).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom out (-, Ctrl+wheel)</source>
            <translation>Verkleinern (-, Strg+Mausrad)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit to the window (0)</source>
            <translation>An das Fenster anpassen (0)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Vergrößern (+, Strg+Mausrad)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag to draw freehand.</source>
            <translation>Ziehen, um frei zu zeichnen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from the tail to the point of the arrow.</source>
            <translation>Vom Ende zur Spitze des Pfeils ziehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from one corner of the box to the other.</source>
            <translation>Von einer Ecke des Rahmens zur anderen ziehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Click where the text should start.</source>
            <translation>Dort klicken, wo der Text beginnen soll.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is kept; saving makes an annotated copy.</source>
            <translation>Das Originalfoto bleibt erhalten; Speichern legt eine kommentierte Kopie an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove annotation</source>
            <translation>Anmerkung entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot save the annotation</source>
            <translation>Die Anmerkung kann nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Annotate — {name}</source>
            <translation>Kommentieren — {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Discard the marks?</source>
            <translation>Die Markierungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Close without saving the annotation?</source>
            <translation>Schließen, ohne die Anmerkung zu speichern?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Take photo</source>
            <translation>Foto aufnehmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Starting the camera…</source>
            <translation>Kamera wird gestartet…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Press Take photo (or Space) when the picture is right.</source>
            <translation>Drücken Sie Foto aufnehmen (oder Leertaste), wenn das Bild stimmt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The photo could not be taken: {reason}</source>
            <translation>Das Foto konnte nicht aufgenommen werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The camera cannot be used: {reason}</source>
            <translation>Die Kamera kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>White</source>
            <translation>Weiß</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Black</source>
            <translation>Schwarz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thin</source>
            <translation>Dünn</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thick</source>
            <translation>Dick</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>no capture time</source>
            <translation>keine Aufnahmezeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>no position</source>
            <translation>keine Position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Previous photo (Left arrow)</source>
            <translation>Vorheriges Foto (Pfeil nach links)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Next photo (Right arrow)</source>
            <translation>Nächstes Foto (Pfeil nach rechts)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Actual pixels (1)</source>
            <translation>Originalgröße (1)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>What the photo shows</source>
            <translation>Was das Foto zeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Switch between the original and the annotated copy (A)</source>
            <translation>Zwischen Original und kommentierter Kopie wechseln (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Annotate…</source>
            <translation>Kommentieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Draw arrows, boxes and notes on a copy; the original is kept</source>
            <translation>Pfeile, Rahmen und Notizen auf eine Kopie zeichnen; das Original bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Take the annotated copy off this photo; the original stays</source>
            <translation>Die kommentierte Kopie von diesem Foto entfernen; das Original bleibt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <location filename="../../mystery_shop/ui/widgets/closing.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Taken</source>
            <translation>Aufgenommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Annotation</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No caption.</source>
            <translation>Keine Bildunterschrift.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show original</source>
            <translation>Original anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show annotated</source>
            <translation>Kommentierte Kopie anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>None.</source>
            <translation>Keine.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Edit annotation…</source>
            <translation>Anmerkung bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove the annotated copy? The original photo is not changed.</source>
            <translation>Die kommentierte Kopie entfernen? Das Originalfoto wird nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{i} of {n}</source>
            <translation>{i} von {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo {i} of {n}</source>
            <translation>Foto {i} von {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No evidence flags: time and place agree with the visit.</source>
            <translation>Keine Auffälligkeiten bei den Belegen: Zeit und Ort passen zum Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the annotated copy. The original is kept unchanged.</source>
            <translation>Die kommentierte Kopie wird gezeigt. Das Original bleibt unverändert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the original. This photo also has an annotated copy.</source>
            <translation>Das Original wird gezeigt. Dieses Foto hat auch eine kommentierte Kopie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>the picture has not arrived yet</source>
            <translation>das Bild ist noch nicht angekommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up…</source>
            <translation>Sichern…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Write the whole profile to one file: unsent work, photos, settings</source>
            <translation>Das ganze Profil in eine Datei schreiben: nicht gesendete Arbeit, Fotos, Einstellungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Put a profile back from a backup file</source>
            <translation>Ein Profil aus einer Sicherungsdatei wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up the profile</source>
            <translation>Profil sichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backing up the profile…</source>
            <translation>Profil wird gesichert…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backed up</source>
            <translation>Gesichert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot back up the profile</source>
            <translation>Profil kann nicht gesichert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore a profile</source>
            <translation>Profil wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restored</source>
            <translation>Wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile is backed up to {path}: {photos}, {changes} not yet sent.</source>
            <translation>Das Profil ist in {path} gesichert: {photos}, {changes} noch nicht gesendet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n Änderung</numerusform>
                <numerusform>%n Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Replace this profile with the one in {path}? The profile open now is kept in a folder beside it, renamed. Mystery Shop then closes: open it again to work on the restored profile.</source>
            <translation>Dieses Profil durch das aus {path} ersetzen? Das jetzt geöffnete Profil bleibt umbenannt in einem Ordner daneben erhalten. Danach schließt sich Mystery Shop: Öffnen Sie es erneut, um mit dem wiederhergestellten Profil zu arbeiten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile was restored from {path}: {photos}, {changes} waiting to be sent.</source>
            <translation>Das Profil wurde aus {path} wiederhergestellt: {photos}, {changes} warten auf das Senden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Open Mystery Shop again to work on it.</source>
            <translation>Öffnen Sie Mystery Shop erneut, um damit zu arbeiten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Profile backups (*{s})</source>
            <translation>Profilsicherungen (*{s})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot restore the profile</source>
            <translation>Profil kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile that was open is kept in {folder}.</source>
            <translation>Das Profil, das geöffnet war, bleibt in {folder} erhalten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create the firm's signing key</source>
            <translation>Den Signaturschlüssel der Firma erstellen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>the name reports are signed as</source>
            <translation>der Name, mit dem Berichte signiert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>The passphrase is asked whenever reports are signed and is never stored: keep it where the firm keeps its passwords. Give clients the .crt file written beside the key.</source>
            <translation>Die Passphrase wird bei jedem Signieren von Berichten abgefragt und nie gespeichert: bewahren Sie sie dort auf, wo die Firma ihre Passwörter aufbewahrt. Geben Sie Kunden die .crt-Datei, die neben dem Schlüssel geschrieben wird.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm name</source>
            <translation>Firmenname</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create key…</source>
            <translation>Schlüssel erstellen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Save the signing key</source>
            <translation>Signaturschlüssel speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation>PKCS#12-Schlüssel (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Give the firm's name: reports are signed as it.</source>
            <translation>Geben Sie den Namen der Firma an: Berichte werden mit ihm signiert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>at least {n} characters</source>
            <translation>mindestens {n} Zeichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports</source>
            <translation>Berichte exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>One PDF per approved or published visit of the client in the period. Reports are signed when a certificate is set in Report settings.</source>
            <translation>Ein PDF pro genehmigtem oder veröffentlichtem Besuch des Kunden im Zeitraum. Die Berichte werden signiert, wenn in den Berichtseinstellungen ein Zertifikat hinterlegt ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancel export</source>
            <translation>Export abbrechen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports to</source>
            <translation>Berichte exportieren nach</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Finding the visits…</source>
            <translation>Besuche werden gesucht…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Stopping after the report being written…</source>
            <translation>Wird nach dem aktuellen Bericht angehalten…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>%v of %m reports</source>
            <translation>%v von %m Berichten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>No approved or published visits of this client in the period.</source>
            <translation>Keine genehmigten oder veröffentlichten Besuche dieses Kunden im Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The reports were not written</source>
            <translation>Die Berichte wurden nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Cannot sign the report</source>
            <translation>Der Bericht kann nicht signiert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export internal copy</source>
            <translation>Interne Kopie exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The report was not written</source>
            <translation>Der Bericht wurde nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The period ends before it starts.</source>
            <translation>Der Zeitraum endet, bevor er beginnt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cannot sign the reports</source>
            <translation>Die Berichte können nicht signiert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Writing {name}</source>
            <translation>{name} wird geschrieben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Abgebrochen: {n} von %n Bericht nach {folder} geschrieben.</numerusform>
                <numerusform>Abgebrochen: {n} von %n Berichten nach {folder} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>{n} von %n Bericht nach {folder} geschrieben.</numerusform>
                <numerusform>{n} von %n Berichten nach {folder} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Not written:</source>
            <translation>Nicht geschrieben:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report settings</source>
            <translation>Berichtseinstellungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>as it appears on the cover of every report</source>
            <translation>so, wie er auf dem Deckblatt jedes Berichts steht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PNG or JPEG (optional)</source>
            <translation>PNG oder JPEG (optional)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>the firm's .p12 file; none: reports are not signed</source>
            <translation>die .p12-Datei der Firma; keine: Berichte werden nicht signiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>optional: https://… an RFC 3161 timestamp server</source>
            <translation>optional: https://… ein RFC-3161-Zeitstempelserver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>No certificate yet? Create the firm's signing key here, then give clients the .crt file written beside it.</source>
            <translation>Noch kein Zertifikat? Erstellen Sie hier den Signaturschlüssel der Firma und geben Sie Kunden die daneben geschriebene .crt-Datei.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Create a signing key…</source>
            <translation>Signaturschlüssel erstellen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm logo</source>
            <translation>Firmenlogo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Page size</source>
            <translation>Seitengröße</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Timestamp server</source>
            <translation>Zeitstempelserver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report language</source>
            <translation>Berichtssprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The language of the client's reports: their words, dates and numbers</source>
            <translation>Die Sprache der Berichte des Kunden: Wörter, Daten und Zahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose a file</source>
            <translation>Datei auswählen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The logo</source>
            <translation>Das Logo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The certificate</source>
            <translation>Das Zertifikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>{what} {path} does not exist.</source>
            <translation>{what} {path} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Sign the report</source>
            <translation>Bericht signieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Passphrase of the firm's certificate
{path}:</source>
            <translation>Passphrase des Firmenzertifikats
{path}:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>That passphrase did not open the certificate. Try again.</source>
            <translation>Diese Passphrase hat das Zertifikat nicht geöffnet. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>The certificate {path} cannot be read. Choose it again in Report settings.</source>
            <translation>Das Zertifikat {path} kann nicht gelesen werden. Wählen Sie es in den Berichtseinstellungen erneut aus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Comment…</source>
            <translation>Kommentar…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Override points…</source>
            <translation>Punkte korrigieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>N/A — not applicable on this visit</source>
            <translation>N/A — trifft bei diesem Besuch nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>{e} of {p} pts</source>
            <translation>{e} von {p} Pkt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>critical failed</source>
            <translation>kritisch nicht erfüllt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Overridden to {p} by {who}: {why}</source>
            <translation>Von {who} auf {p} korrigiert: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Show decided appeals too</source>
            <translation>Auch entschiedene Einsprüche anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Auditor's comment</source>
            <translation>Kommentar des Auditors</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Filed</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Window closes</source>
            <translation>Fenster endet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Argument</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Open the visit</source>
            <translation>Besuch öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The reply the client reads (or the question to the auditor)</source>
            <translation>Die Antwort, die der Kunde liest (oder die Frage an den Auditor)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points if accepted</source>
            <translation>Punkte bei Annahme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Ask the auditor</source>
            <translation>Den Auditor fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Decline</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Accept</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Asked the auditor</source>
            <translation>Den Auditor gefragt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The auditor's account</source>
            <translation>Die Darstellung des Auditors</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Waiting for the auditor's account</source>
            <translation>Wartet auf die Darstellung des Auditors</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>{n} open</source>
            <translation>{n} offen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>No appeals waiting.</source>
            <translation>Keine Einsprüche offen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>(not answered)</source>
            <translation>(nicht beantwortet)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>New points, up to {max}</source>
            <translation>Neue Punkte, bis zu {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>This file is not on this laptop yet: sync first.</source>
            <translation>Diese Datei ist noch nicht auf diesem Laptop: Synchronisieren Sie zuerst.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The appeal</source>
            <translation>Der Einspruch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Your comment for the auditor</source>
            <translation>Ihr Kommentar für den Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Save to my library of comments</source>
            <translation>In meiner Kommentarbibliothek speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Saved comments (double-click to use)</source>
            <translation>Gespeicherte Kommentare (zum Verwenden doppelklicken)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Remove from library</source>
            <translation>Aus der Bibliothek entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override the points</source>
            <translation>Punkte korrigieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Earned now</source>
            <translation>Jetzt erreicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>New points</source>
            <translation>Neue Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Why (required; shown in the audit trail and the report)</source>
            <translation>Warum (Pflicht; erscheint im Prüfprotokoll und im Bericht)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override</source>
            <translation>Korrigieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Add comment</source>
            <translation>Kommentar hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>0 to {p}</source>
            <translation>0 bis {p}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>%n flagged</source>
            <translation>
                <numerusform>%n markiert</numerusform>
                <numerusform>%n markiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>annotated copy (the original is kept)</source>
            <translation>kommentierte Kopie (das Original bleibt erhalten)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>rule: {lo} to {hi}</source>
            <translation>Regel: {lo} bis {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Nothing waiting for review.</source>
            <translation>Nichts wartet auf Prüfung.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Any evidence</source>
            <translation>Beliebige Belege</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>⚑ With flags</source>
            <translation>⚑ Mit Auffälligkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>✓ Without flags</source>
            <translation>✓ Ohne Auffälligkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits…</source>
            <translation>Saubere Besuche freigeben…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve the selected visits that no check and no evidence flag stands against</source>
            <translation>Die ausgewählten Besuche ohne Prüfung und ohne Beleg-Markierung freigeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All auditors</source>
            <translation>Alle Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All forms</source>
            <translation>Alle Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits</source>
            <translation>Saubere Besuche freigeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Select the visits to approve first.</source>
            <translation>Wählen Sie zuerst die freizugebenden Besuche aus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>None of the selected visits is clean.</source>
            <translation>Keiner der ausgewählten Besuche ist sauber.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve {clean} of the {selected} selected visits? {left} with checks or flags stay in the queue.</source>
            <translation>{clean} der {selected} ausgewählten Besuche freigeben? {left} mit Prüfungen oder Markierungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>{shown} of {total} waiting</source>
            <translation>{shown} von {total} warten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approved {approved}; {left} left for reading.</source>
            <translation>{approved} freigegeben; {left} bleiben zum Lesen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comments on the visit</source>
            <translation>Kommentare zum Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment on the visit…</source>
            <translation>Besuch kommentieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Audit trail</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to auditor…</source>
            <translation>An den Prüfer zurückgeben…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve</source>
            <translation>Genehmigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve and sign report…</source>
            <translation>Genehmigen und Bericht signieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve, then write the signed PDF report in one step</source>
            <translation>Genehmigen, dann den signierten PDF-Bericht in einem Schritt schreiben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publish for the client</source>
            <translation>Für den Kunden veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Waiting for your review: comment, override points with a reason, then return or approve.</source>
            <translation>Wartet auf Ihre Prüfung: kommentieren, Punkte mit Begründung korrigieren, dann zurückgeben oder genehmigen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Returned to the auditor: waiting for them to fix it and submit again.</source>
            <translation>An den Prüfer zurückgegeben: wartet darauf, dass er ihn korrigiert und erneut einreicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approved. Publish it to make the report visible to the client.</source>
            <translation>Genehmigt. Veröffentlichen Sie ihn, damit der Kunde den Bericht sieht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Published for the client.</source>
            <translation>Für den Kunden veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A draft: the auditor has not submitted it yet.</source>
            <translation>Ein Entwurf: der Prüfer hat ihn noch nicht eingereicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on the whole visit.</source>
            <translation>Ein Kommentar zum ganzen Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to the auditor</source>
            <translation>An den Prüfer zurückgeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Say what the auditor should fix. They see this comment on their visit, beside any comments you left on single questions.</source>
            <translation>Schreiben Sie, was der Prüfer korrigieren soll. Er sieht diesen Kommentar an seinem Besuch, neben den Kommentaren, die Sie zu einzelnen Fragen hinterlassen haben.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return the visit</source>
            <translation>Besuch zurückgeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>no score</source>
            <translation>keine Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>None yet.</source>
            <translation>Noch keine.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed by</source>
            <translation>Signiert von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Every action is written to the audit trail with your name and the time.</source>
            <translation>Jede Aktion wird mit Ihrem Namen und der Uhrzeit im Prüfprotokoll festgehalten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>%n comment of this review stays with the firm (approving does not send it):</source>
            <translation>
                <numerusform>%n Kommentar dieser Prüfung bleibt in der Firma (die Freigabe sendet ihn nicht):</numerusform>
                <numerusform>%n Kommentare dieser Prüfung bleiben in der Firma (die Freigabe sendet sie nicht):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>The visit was not published</source>
            <translation>Der Besuch wurde nicht veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Review: {client} — {location}</source>
            <translation>Prüfung: {client} — {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Send the client the signed report, in the portal</source>
            <translation>Dem Kunden den signierten Bericht im Portal senden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Sign the report and send it to the client, in the portal</source>
            <translation>Den Bericht signieren und dem Kunden im Portal senden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Time on visit</source>
            <translation>Dauer des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve this visit? Its score: {score}{grade}.</source>
            <translation>Diesen Besuch freigeben? Seine Punktzahl: {score}{grade}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publishing sends the client the visit's signed report. Choose the firm's certificate in Report settings, then publish: the report is signed as it goes.</source>
            <translation>Beim Veröffentlichen erhält der Kunde den signierten Bericht des Besuchs. Wählen Sie das Firmenzertifikat in den Berichtseinstellungen und veröffentlichen Sie dann: der Bericht wird dabei signiert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on: {q}</source>
            <translation>Ein Kommentar zu: {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} Std. {m:02d} Min.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>{m} min</source>
            <translation>{m} Min.</translation>
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
            <translation>Prüfer {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed out. Your work stays on this computer.</source>
            <translation>Abgemeldet. Ihre Arbeit bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sign in…</source>
            <translation>Anmelden…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Refused changes…</source>
            <translation>Abgelehnte Änderungen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign in again…</source>
            <translation>Erneut anmelden…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign out of {server}?</source>
            <translation>Von {server} abmelden?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation>
                <numerusform>%n Änderung wurde noch nicht gesendet: sie bleibt auf diesem Computer und wird nach der nächsten Anmeldung gesendet.</numerusform>
                <numerusform>%n Änderungen wurden noch nicht gesendet: sie bleiben auf diesem Computer und werden nach der nächsten Anmeldung gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signing out when the sync under way ends…</source>
            <translation>Abmeldung, sobald die laufende Synchronisierung endet…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation>
                <numerusform>Der Server hat %n Änderung nicht angenommen: siehe Abgelehnte Änderungen.</numerusform>
                <numerusform>Der Server hat %n Änderungen nicht angenommen: siehe Abgelehnte Änderungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed in to {server} as {user} ({role}).</source>
            <translation>Bei {server} als {user} ({role}) angemeldet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Changes the server did not take</source>
            <translation>Änderungen, die der Server nicht angenommen hat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Nothing refused.

Every change made on this computer reached the server.</source>
            <translation>Nichts abgelehnt.

Jede Änderung auf diesem Computer hat den Server erreicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Show the ones already settled</source>
            <translation>Auch bereits erledigte anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The two versions</source>
            <translation>Die beiden Versionen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>What you can do</source>
            <translation>Was Sie tun können</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Keep the server's version</source>
            <translation>Die Version des Servers behalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Use mine</source>
            <translation>Meine verwenden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On this computer</source>
            <translation>Auf diesem Computer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On the server</source>
            <translation>Auf dem Server</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Not tied to a visit</source>
            <translation>Keinem Besuch zugeordnet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The server said:</source>
            <translation>Der Server meldete:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>at {when}</source>
            <translation>um {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Something went wrong while signing in; the details are in the log file.</source>
            <translation>Bei der Anmeldung ist etwas schiefgegangen; die Details stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter the address of your firm's sync server.</source>
            <translation>Geben Sie die Adresse des Synchronisierungsservers Ihrer Firma ein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Wrong user name or password, or the account is disabled.</source>
            <translation>Falscher Benutzername oder falsches Passwort, oder das Konto ist deaktiviert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Sign in to your firm's sync server</source>
            <translation>Beim Synchronisierungsserver Ihrer Firma anmelden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Your visits stay on this computer and work offline; signing in sends them to your firm and brings the visits assigned to you.</source>
            <translation>Ihre Besuche bleiben auf diesem Computer und funktionieren offline; die Anmeldung sendet sie an Ihre Firma und holt die Ihnen zugewiesenen Besuche.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>as given by your supervisor</source>
            <translation>wie von Ihrem Vorgesetzten angegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cannot reach the server at {server}. Check the address and that this computer is online.</source>
            <translation>Der Server {server} ist nicht erreichbar. Prüfen Sie die Adresse und ob dieser Computer online ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>The server refused the sign-in: {detail}</source>
            <translation>Der Server hat die Anmeldung abgelehnt: {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter your user name and password.</source>
            <translation>Geben Sie Benutzername und Passwort ein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>“{text}” is not a web address such as https://sync.example.com.</source>
            <translation>„{text}“ ist keine Webadresse wie https://sync.example.com.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>vor %n Minute</numerusform>
                <numerusform>vor %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln visit(s) waiting</source>
            <translation>
                <numerusform>%Ln Besuch wartet</numerusform>
                <numerusform>%Ln Besuche warten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln Änderung wartet</numerusform>
                <numerusform>%Ln Änderungen warten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>on {date}</source>
            <translation>am {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) refused</source>
            <translation>
                <numerusform>%Ln Änderung abgelehnt</numerusform>
                <numerusform>%Ln Änderungen abgelehnt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>yesterday at {time}</source>
            <translation>gestern um {time}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in · this computer only</source>
            <translation>Nicht angemeldet · nur dieser Computer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Syncing…</source>
            <translation>Synchronisierung läuft…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Clock %n min off</source>
            <translation>
                <numerusform>Uhr geht %n Min. falsch</numerusform>
                <numerusform>Uhr geht %n Min. falsch</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in: everything stays on this computer.</source>
            <translation>Nicht angemeldet: alles bleibt auf diesem Computer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
                <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sign-in expired</source>
            <translation>Anmeldung abgelaufen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>This computer's clock is %n minute(s) {way} the server's. Times on visits come from this clock: set it right in the system settings.</source>
            <translation>Die Uhr dieses Computers geht gegenüber der Uhr des Servers %n Minute {way}. Die Zeiten der Besuche kommen von dieser Uhr: stellen Sie sie in den Systemeinstellungen richtig.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>{signed} to {server} as {user} ({role})</source>
            <translation>{signed} bei {server} als {user} ({role})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last synced: {when}</source>
            <translation>Zuletzt synchronisiert: {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last problem: {error}</source>
            <translation>Letztes Problem: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>last synced {when}</source>
            <translation>zuletzt synchronisiert {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>ahead of</source>
            <translation>vor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>behind</source>
            <translation>nach</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Update the app to keep syncing</source>
            <translation>Aktualisieren Sie die App, um weiter zu synchronisieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync failed: {why}</source>
            <translation>Synchronisierung fehlgeschlagen: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Synced {when}</source>
            <translation>Synchronisiert {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>No notes came with this version.</source>
            <translation>Zu dieser Version gibt es keine Hinweise.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>Version {version} is available</source>
            <translation>Version {version} ist verfügbar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download</source>
            <translation>Herunterladen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new</source>
            <translation>Neuigkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new in version {version}</source>
            <translation>Neu in Version {version}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Finish the visit</source>
            <translation>Besuch abschließen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Explain the warnings to submit anyway</source>
            <translation>Erklären Sie die Warnungen, um trotzdem einzureichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign and submit</source>
            <translation>Signieren und einreichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Keep working</source>
            <translation>Weiterarbeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Everything required is answered. Sign and submit.</source>
            <translation>Alles Erforderliche ist beantwortet. Signieren und einreichen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign in the box first.</source>
            <translation>Unterschreiben Sie zuerst im Feld.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Signature</source>
            <translation>Unterschrift</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>{have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{have} von mindestens %n Foto</numerusform>
                <numerusform>{have} von mindestens %n Fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Still missing</source>
            <translation>Fehlt noch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos…</source>
            <translation>Fotos hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Undo delete</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take photo…</source>
            <translation>Foto aufnehmen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take a photo with this computer's camera</source>
            <translation>Ein Foto mit der Kamera dieses Computers aufnehmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; right-click for caption, annotation and delete.</source>
            <translation>Fotos oder einen Ordner hier ablegen oder einfügen (Strg+V). Doppelklick auf ein Foto zeigt es an; Rechtsklick für Bildunterschrift, Anmerkung und Löschen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos</source>
            <translation>Fotos hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>View</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>What the photo shows:</source>
            <translation>Was das Foto zeigt:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Some files were not added</source>
            <translation>Einige Dateien wurden nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>at least {min}, at most {max}</source>
            <translation>mindestens {min}, höchstens {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption…</source>
            <translation>Bildunterschrift…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>The other photos were added. These were not:</source>
            <translation>Die anderen Fotos wurden hinzugefügt. Diese nicht:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Not applicable on this visit (A)</source>
            <translation>Trifft bei diesem Besuch nicht zu (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Comment for the report</source>
            <translation>Kommentar für den Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>The language of the form on this visit: the answers are the same in all</source>
            <translation>Die Sprache des Formulars bei diesem Besuch: die Antworten sind in allen gleich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>◀ Previous touchpoint</source>
            <translation>◀ Vorheriger Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Next touchpoint ▶</source>
            <translation>Nächster Kontaktpunkt ▶</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Every answer is saved as you give it.</source>
            <translation>Jede Antwort wird gespeichert, sobald Sie sie geben.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Finish…</source>
            <translation>Abschließen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>answered</source>
            <translation>beantwortet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>no score yet</source>
            <translation>noch keine Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>See the comments beside the questions.</source>
            <translation>Siehe die Kommentare neben den Fragen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>at least %n photo(s)</source>
            <translation>
                <numerusform>mindestens %n Foto</numerusform>
                <numerusform>mindestens %n Fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Returned by your supervisor.</source>
            <translation>Von Ihrem Vorgesetzten zurückgegeben.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>This visit is {status}: it can no longer be changed.</source>
            <translation>Dieser Besuch ist {status}: er kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very unhappy</source>
            <translation>Sehr unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Unhappy</source>
            <translation>Unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Happy</source>
            <translation>Zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very happy</source>
            <translation>Sehr zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly disagree</source>
            <translation>Stimme überhaupt nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly agree</source>
            <translation>Stimme voll zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Not at all likely</source>
            <translation>Überhaupt nicht wahrscheinlich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Extremely likely</source>
            <translation>Äußerst wahrscheinlich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Signature pad</source>
            <translation>Unterschriftenfeld</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Sign here</source>
            <translation>Hier unterschreiben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start or stop the stopwatch (Ctrl+T)</source>
            <translation>Stoppuhr starten oder anhalten (Strg+T)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>or type m:ss / seconds</source>
            <translation>oder m:ss / Sekunden eingeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Type seconds (95) or minutes:seconds (1:35)</source>
            <translation>Sekunden (95) oder Minuten:Sekunden (1:35) eingeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The portal's language, and its e-mails'</source>
            <translation>Die Sprache des Portals und seiner E-Mails</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The browser's language</source>
            <translation>Die Sprache des Browsers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Save the language</source>
            <translation>Sprache speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Signed in as &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</source>
            <translation>Angemeldet als &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change your password</source>
            <translation>Passwort ändern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Current password</source>
            <translation>Aktuelles Passwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>(at least %(num)s characters)</source>
            <translation>
                <numerusform>(mindestens %(num)s Zeichen)</numerusform>
                <numerusform>(mindestens %(num)s Zeichen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password again</source>
            <translation>Neues Passwort wiederholen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Also sign out the laptops signed in with this account</source>
            <translation>Auch die mit diesem Konto angemeldeten Laptops abmelden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change the password</source>
            <translation>Passwort ändern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your other browsers are signed out when the password changes.</source>
            <translation>Wenn sich das Passwort ändert, werden Ihre anderen Browser abgemeldet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>held at the next visit</source>
            <translation>beim nächsten Besuch gehalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>recurred at the next visit</source>
            <translation>beim nächsten Besuch erneut aufgetreten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>critical</source>
            <translation>kritisch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Repeats</source>
            <translation>Wiederholt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the earlier action</source>
            <translation>die frühere Maßnahme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The finding</source>
            <translation>Der Befund</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The auditor left no comment.</source>
            <translation>Der Prüfer hat keinen Kommentar hinterlassen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Photo of the finding</source>
            <translation>Foto des Befunds</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photo</source>
            <translation>Nachweisfoto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the new action</source>
            <translation>die neue Maßnahme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Work on it</source>
            <translation>Daran arbeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>I am on it</source>
            <translation>Ich kümmere mich darum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>What was done</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photos (at most %(n)s)</source>
            <translation>Nachweisfotos (höchstens %(n)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Mark it done</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Verify</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Why it is not done</source>
            <translation>Warum es nicht erledigt ist</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Find actions</source>
            <translation>Maßnahmen finden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Every status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Sort</source>
            <translation>Sortieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Actions by location and status</source>
            <translation>Maßnahmen nach Standort und Status</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>%(num)s actions</source>
            <translation>
                <numerusform>%(num)s Maßnahme</numerusform>
                <numerusform>%(num)s Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>the first %(n)s shown: narrow the filters to see the rest</source>
            <translation>die ersten %(n)s angezeigt: grenzen Sie die Filter ein, um den Rest zu sehen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>No actions match.</source>
            <translation>Keine Maßnahme passt.</translation>
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
            <translation>Befund</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>repeated</source>
            <translation>wiederholt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>held</source>
            <translation>gehalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>recurred</source>
            <translation>erneut aufgetreten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>%(page)s · %(firm)s client portal</source>
            <translation>%(page)s · Kundenportal von %(firm)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Mystery shopping</source>
            <translation>Mystery Shopping</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Skip to the content</source>
            <translation>Zum Inhalt springen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Client portal</source>
            <translation>Kundenportal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Open a signed report in Adobe Acrobat Reader: its signature panel shows that %(firm)s signed it and that nothing in it has changed since.</source>
            <translation>Öffnen Sie einen signierten Bericht in Adobe Acrobat Reader: Das Unterschriftenfenster zeigt, dass %(firm)s ihn signiert hat und dass sich seitdem nichts daran geändert hat.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Open a signed report in Adobe Acrobat Reader: its signature panel shows who signed it and that nothing in it has changed since.</source>
            <translation>Öffnen Sie einen signierten Bericht in Adobe Acrobat Reader: Das Unterschriftenfenster zeigt, wer ihn signiert hat und dass sich seitdem nichts daran geändert hat.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Or check a report here.</source>
            <translation>Oder prüfen Sie einen Bericht hier.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Open the report's page</source>
            <translation>Seite des Berichts öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>What the signature check found</source>
            <translation>Was die Signaturprüfung ergab</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Is this report genuine?</source>
            <translation>Ist dieser Bericht echt?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Choose a report's PDF: the portal says whether it is a report published for you, signed by %(firm)s and unchanged since.</source>
            <translation>Wählen Sie die PDF-Datei eines Berichts: Das Portal sagt, ob es ein für Sie veröffentlichter Bericht ist, signiert von %(firm)s und seitdem unverändert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The report (PDF, at most %(mb)s MB)</source>
            <translation>Der Bericht (PDF, höchstens %(mb)s MB)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check the report</source>
            <translation>Bericht prüfen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The file is checked, then forgotten: the server does not keep it.</source>
            <translation>Die Datei wird geprüft und dann vergessen: Der Server behält sie nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Client and period</source>
            <translation>Kunde und Zeitraum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(start)s to %(end)s</source>
            <translation>%(start)s bis %(end)s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s published visits</source>
            <translation>
                <numerusform>%(num)s veröffentlichter Besuch</numerusform>
                <numerusform>%(num)s veröffentlichte Besuche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Period report (PDF)</source>
            <translation>Zeitraumbericht (PDF)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (CSV)</source>
            <translation>Daten (CSV)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (Excel)</source>
            <translation>Daten (Excel)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dot: the month's mean visit total; grey bar: its lowest to highest visit. Click a month for its visits.</source>
            <translation>Punkt: die mittlere Besuchssumme des Monats; grauer Balken: sein niedrigster bis höchster Besuch. Klicken Sie auf einen Monat für seine Besuche.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>As a table</source>
            <translation>Als Tabelle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean visit total, best first. Click a location for its visits.</source>
            <translation>Mittlere Besuchssumme, die besten zuerst. Klicken Sie auf einen Standort für seine Besuche.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean touchpoint score at each location (ranked as above); “All” is the mean over every visit. An empty cell: that location's visits did not include the touchpoint.</source>
            <translation>Mittlere Punktzahl des Kontaktpunkts an jedem Standort (gereiht wie oben); „Alle“ ist das Mittel über alle Besuche. Eine leere Zelle: Die Besuche dieses Standorts enthielten den Kontaktpunkt nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean of the visits' stage scores.</source>
            <translation>Mittel der Phasenpunktzahlen der Besuche.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The share of the visits in which the question earned nothing.</source>
            <translation>Der Anteil der Besuche, bei denen die Frage keine Punkte brachte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Of</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Action plans</source>
            <translation>Maßnahmenpläne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The actions opened by this period's visits: closed on time is verified with the work done by the due date; the recurrence rate is the share of the actions a later visit judged that failed again.</source>
            <translation>Die durch die Besuche dieses Zeitraums eröffneten Maßnahmen: fristgerecht abgeschlossen heißt bestätigt, mit der Arbeit bis zur Fälligkeit erledigt; die Wiederholungsquote ist der Anteil der von einem späteren Besuch beurteilten Maßnahmen, die erneut durchgefallen sind.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Opened</source>
            <translation>Eröffnet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Closed on time</source>
            <translation>Fristgerecht abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Median days to close</source>
            <translation>Median der Tage bis zum Abschluss</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Recurrence rate</source>
            <translation>Wiederholungsquote</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most recurring questions</source>
            <translation>Am häufigsten wiederkehrende Fragen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s times</source>
            <translation>
                <numerusform>%(num)s Mal</numerusform>
                <numerusform>%(num)s Mal</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>See the actions</source>
            <translation>Maßnahmen ansehen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>No visits were published for this period yet.</source>
            <translation>Für diesen Zeitraum wurden noch keine Besuche veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Appeal rate</source>
            <translation>Einspruchsquote</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the published visits have an appeal</source>
            <translation>der veröffentlichten Besuche haben einen Einspruch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the decided appeals</source>
            <translation>der entschiedenen Einsprüche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Days to a decision</source>
            <translation>Tage bis zur Entscheidung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>median</source>
            <translation>Median</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <source>Back to the reports</source>
            <translation>Zurück zu den Berichten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The visit</source>
            <translation>Der Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>of 100</source>
            <translation>von 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The signed report</source>
            <translation>Der signierte Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download the report (PDF, %(size)s)</source>
            <translation>Bericht herunterladen (PDF, %(size)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This is the file exactly as it was signed. Any change to it breaks the signature.</source>
            <translation>Dies ist die Datei genau so, wie sie signiert wurde. Jede Änderung zerstört die Signatur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This visit's signed report is not on the server: it was published by a version of the app that did not upload reports.</source>
            <translation>Der signierte Bericht dieses Besuchs ist nicht auf dem Server: Er wurde von einer Version der App veröffentlicht, die keine Berichte hochlud.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoints</source>
            <translation>Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A supervisor adjusted the points of these items when reviewing the visit; the report shows the adjusted points.</source>
            <translation>Eine Supervisorin oder ein Supervisor hat die Punkte dieser Fragen bei der Prüfung des Besuchs angepasst; der Bericht zeigt die angepassten Punkte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Revisions of the report</source>
            <translation>Fassungen des Berichts</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An accepted appeal changed this visit's score: the report was signed again. Each earlier report still verifies as what was signed then.</source>
            <translation>Ein angenommener Einspruch hat die Punktzahl dieses Besuchs geändert: Der Bericht wurde neu signiert. Jeder frühere Bericht lässt sich weiterhin als das prüfen, was damals signiert wurde.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Superseded</source>
            <translation>Ersetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download (superseded)</source>
            <translation>Herunterladen (ersetzt)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>%(question)s: now %(points)s points after an appeal (%(when)s). %(reply)s</source>
            <translation>%(question)s: jetzt %(points)s Punkte nach einem Einspruch (%(when)s). %(reply)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A finding can be appealed until %(when)s.</source>
            <translation>Gegen einen Befund kann bis %(when)s Einspruch erhoben werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The appeal window closed on %(when)s.</source>
            <translation>Das Einspruchsfenster endete am %(when)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Withdraw</source>
            <translation>Zurückziehen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Questions that lost points</source>
            <translation>Fragen, die Punkte verloren haben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An appeal of this question is open.</source>
            <translation>Gegen diese Frage läuft ein offener Einspruch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeal</source>
            <translation>Einspruch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What is the appeal about?</source>
            <translation>Worum geht es im Einspruch?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Why is the finding wrong?</source>
            <translation>Warum ist der Befund falsch?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Evidence (JPEG, PNG or PDF, up to 10 MB each, at most %(n)s)</source>
            <translation>Belege (JPEG, PNG oder PDF, je bis 10 MB, höchstens %(n)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>File the appeal</source>
            <translation>Einspruch einreichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Find reports</source>
            <translation>Berichte finden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All grades</source>
            <translation>Alle Noten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Location, address, form or report number</source>
            <translation>Standort, Adresse, Formular oder Berichtsnummer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>%(num)s reports</source>
            <translation>
                <numerusform>%(num)s Bericht</numerusform>
                <numerusform>%(num)s Berichte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>page %(page)s of %(pages)s</source>
            <translation>Seite %(page)s von %(pages)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>No published reports match.</source>
            <translation>Keine veröffentlichten Berichte passen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show them all</source>
            <translation>Alle anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports of %(client)s</source>
            <translation>Veröffentlichte Berichte von %(client)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports</source>
            <translation>Veröffentlichte Berichte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Signed report</source>
            <translation>Signierter Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>of the report of %(location)s, %(date)s</source>
            <translation>des Berichts zu %(location)s, %(date)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>not on the server</source>
            <translation>nicht auf dem Server</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Your reports and figures, as %(firm)s publishes them.</source>
            <translation>Ihre Berichte und Kennzahlen, wie %(firm)s sie veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>your mystery shopping provider</source>
            <translation>Ihr Mystery-Shopping-Anbieter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Returned</source>
            <translation>Zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Post purchase</source>
            <translation>Nach dem Kauf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Social</source>
            <translation>Soziale Medien</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Excellent</source>
            <translation>Ausgezeichnet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Fair</source>
            <translation>Befriedigend</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Poor</source>
            <translation>Mangelhaft</translation>
        </message>
    </context>
</TS>
