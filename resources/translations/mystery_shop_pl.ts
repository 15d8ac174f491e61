<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>section_below must be a percentage above 0, at most 100</source>
            <translation>section_below musi być procentem większym od 0, najwyżej 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>there is no such action</source>
            <translation>nie ma takiego działania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an entry cannot come before the one it follows</source>
            <translation>wpis nie może być wcześniejszy niż poprzedni</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the note is longer than {max} characters</source>
            <translation>notatka ma więcej niż {max} znaków</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>at most {max} photos</source>
            <translation>najwyżej {max} zdjęć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>only head office verifies or reopens an action</source>
            <translation>tylko centrala zatwierdza lub ponownie otwiera działanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an action that is {status} cannot be {event}</source>
            <translation>działanie o stanie {status} nie może zostać {event}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>{field} must be a whole number of days from 0 to {max}</source>
            <translation>{field} musi być całkowitą liczbą dni od 0 do {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action is open already</source>
            <translation>działanie jest już otwarte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>a later visit judged this action already</source>
            <translation>późniejsza wizyta już oceniła to działanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action was withdrawn</source>
            <translation>działanie zostało wycofane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>say what was done</source>
            <translation>napisz, co zrobiono</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>give the reason to reopen it</source>
            <translation>podaj powód ponownego otwarcia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a number</source>
            <translation>liczba</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>unknown question type {type!r}</source>
            <translation>nieznany typ pytania {type!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a whole number</source>
            <translation>liczba całkowita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number from {lo} to {hi}</source>
            <translation>liczba od {lo} do {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at least {lo}</source>
            <translation>liczba nie mniejsza niż {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at most {hi}</source>
            <translation>liczba nie większa niż {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override on a question that earns no points</source>
            <translation>zmiana punktów w pytaniu, które nie daje punktów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points {points!r} is not a number</source>
            <translation>punkty zmiany {points!r} nie są liczbą</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points must be between 0 and {max}</source>
            <translation>punkty zmiany muszą mieścić się między 0 a {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>an override needs a reason</source>
            <translation>zmiana punktów wymaga uzasadnienia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no value given (leave the question out, or mark it N/A)</source>
            <translation>nie podano wartości (pomiń pytanie albo oznacz je jako N/D)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not yes or no</source>
            <translation>{value!r} to nie „tak” ani „nie”</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number from {lo} to {hi}</source>
            <translation>liczba całkowita od {lo} do {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at least {lo}</source>
            <translation>liczba całkowita nie mniejsza niż {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at most {hi}</source>
            <translation>liczba całkowita nie większa niż {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not {rule}</source>
            <translation>{value!r} to nie {rule}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not one of the choices ({choices})</source>
            <translation>{value!r} nie jest żadną z odpowiedzi do wyboru ({choices})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>expects a list of choice values</source>
            <translation>oczekiwana jest lista wartości do wyboru</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a whole number from {lo} to {hi}</source>
            <translation>{value!r} nie jest liczbą całkowitą od {lo} do {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number of seconds (0 or more)</source>
            <translation>{value!r} nie jest liczbą sekund (0 lub więcej)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} nie jest liczbą</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not text</source>
            <translation>{value!r} nie jest tekstem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a date as YYYY-MM-DD</source>
            <translation>{value!r} nie jest datą w postaci RRRR-MM-DD</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a time as HH:MM</source>
            <translation>{value!r} nie jest godziną w postaci GG:MM</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is chosen twice</source>
            <translation>{value!r} wybrano dwa razy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no such question in this form</source>
            <translation>w tym formularzu nie ma takiego pytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>marked N/A but there is no such question in this form</source>
            <translation>oznaczono jako N/D, ale w tym formularzu nie ma takiego pytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override for a question not in this form</source>
            <translation>zmiana punktów dla pytania spoza tego formularza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>N/A is not allowed on this question</source>
            <translation>to pytanie nie dopuszcza odpowiedzi N/D</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>both answered and marked N/A</source>
            <translation>jednocześnie z odpowiedzią i oznaczone jako N/D</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The auditor got it wrong</source>
            <translation>Audytor się pomylił</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The standard was applied wrongly</source>
            <translation>Standard zastosowano błędnie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Information the auditor lacked</source>
            <translation>Informacje, których audytor nie miał</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Open</source>
            <translation>Otwórz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Waiting for the auditor</source>
            <translation>Czeka na audytora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Accepted</source>
            <translation>Przyjęte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Declined</source>
            <translation>Odrzucone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Withdrawn</source>
            <translation>Wycofane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>an appeal window is 1 to {max} days</source>
            <translation>okno odwołań to od 1 do {max} dni</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the appeal window of this report closed on {day}</source>
            <translation>okno odwołań tego raportu zamknęło się {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only a question that lost points can be appealed</source>
            <translation>odwołać się można tylko od pytania, które straciło punkty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>this question has an open appeal already</source>
            <translation>od tego pytania jest już otwarte odwołanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>choose what the appeal is about</source>
            <translation>wybierz, czego dotyczy odwołanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>say why the finding is wrong</source>
            <translation>napisz, dlaczego ustalenie jest błędne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the argument is longer than {max} characters</source>
            <translation>uzasadnienie jest dłuższe niż {max} znaków</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>an appeal takes at most {max} files</source>
            <translation>odwołanie przyjmuje najwyżej {max} plików</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is empty</source>
            <translation>plik jest pusty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the file is larger than {max} MB</source>
            <translation>plik jest większy niż {max} MB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only JPEG, PNG and PDF files can be attached</source>
            <translation>można dołączać tylko pliki JPEG, PNG i PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>the appeal is closed already</source>
            <translation>odwołanie jest już zamknięte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>decide to accept or to decline</source>
            <translation>zdecyduj: przyjąć czy odrzucić</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>a decision needs a reply to the appellant</source>
            <translation>decyzja wymaga odpowiedzi dla odwołującego się</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the reply is longer than {max} characters</source>
            <translation>odpowiedź jest dłuższa niż {max} znaków</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting needs the question's new points</source>
            <translation>przyjęcie wymaga nowych punktów pytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the points must be between 0 and {max}</source>
            <translation>punkty muszą być między 0 a {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting must give back points: the question has {earned} already</source>
            <translation>przyjęcie musi oddać punkty: pytanie ma już {earned}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Reports are written in {languages}, not {code!r}.</source>
            <translation>Raporty są pisane w językach: {languages}, a nie {code!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Give both latitude and longitude, or neither.</source>
            <translation>Podaj szerokość i długość geograficzną albo żadnej z nich.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Latitude must be between -90 and 90.</source>
            <translation>Szerokość geograficzna musi mieścić się między -90 a 90.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Longitude must be between -180 and 180.</source>
            <translation>Długość geograficzna musi mieścić się między -180 a 180.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>time_zone is an IANA zone name or null</source>
            <translation>time_zone to nazwa strefy IANA albo null</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A client needs a name.</source>
            <translation>Klient musi mieć nazwę.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A location needs a name.</source>
            <translation>Lokalizacja musi mieć nazwę.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at most {max}.</source>
            <translation>{question!r} powinno wynosić najwyżej {max}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} needs an answer.</source>
            <translation>{question!r} wymaga odpowiedzi.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be {values}.</source>
            <translation>{question!r} powinno mieć wartość {values}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be between {min} and {max}.</source>
            <translation>{question!r} powinno wynosić od {min} do {max}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at least {min}.</source>
            <translation>{question!r} powinno wynosić co najmniej {min}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>A check blocks the submission: {message}</source>
            <translation>Kontrola blokuje wysłanie: {message}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit has warnings: explain them to submit it anyway.</source>
            <translation>Wizyta ma ostrzeżenia: wyjaśnij je, aby mimo to ją wysłać.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes; it takes at least {need}.</source>
            <translation>Wizyta trwała {minutes} min; wymaga co najmniej {need}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes, less than its timed waits ({waits} minutes).</source>
            <translation>Wizyta trwała {minutes} min, krócej niż zmierzone oczekiwania ({waits} min).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It earned nothing: explain why in a comment of at least {n} words.</source>
            <translation>Bez punktów: wyjaśnij dlaczego w komentarzu o co najmniej {n} słowach.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It failed: add a photo of it to {section}.</source>
            <translation>Niezaliczone: dodaj zdjęcie do sekcji {section}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No client {given!r}.</source>
            <translation>Nie ma klienta {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No location {given!r}.</source>
            <translation>Nie ma lokalizacji {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No form {given!r}.</source>
            <translation>Nie ma formularza {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No touchpoint {given!r}.</source>
            <translation>Nie ma punktu styku {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No question {given!r}.</source>
            <translation>Nie ma pytania {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No time zone {given!r}.</source>
            <translation>Nie ma strefy czasowej {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no location {given!r}.</source>
            <translation>{owner} nie ma lokalizacji {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Touchpoint {owner!r} has no question {given!r}.</source>
            <translation>Punkt styku {owner!r} nie ma pytania {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no {what} {given!r}.</source>
            <translation>{owner}: brak {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No {what} {given!r}.</source>
            <translation>Brak {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Did you mean {name!r}?</source>
            <translation>Czy chodziło o {name!r}?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names} and %n more.</source>
            <translation>
                <numerusform>Znane: {names} i jeszcze %n.</numerusform>
                <numerusform>Znane: {names} i jeszcze %n.</numerusform>
                <numerusform>Znane: {names} i jeszcze %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names}.</source>
            <translation>Znane: {names}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>There is none yet.</source>
            <translation>Na razie nie ma żadnych.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's mean on this form in {month} is {mean:.1f}, {sds:.1f} SD from the peers' {peers:.1f}.</source>
            <translation>Średnia audytora w tym formularzu w {month} to {mean:.1f}, {sds:.1f} SD od średniej pozostałych ({peers:.1f}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same auditor was at this location on {date}.</source>
            <translation>Ten sam audytor był w tej lokalizacji {date}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same comment is in another visit.</source>
            <translation>Ten sam komentarz jest w innej wizycie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>A photo of this visit is in another visit too.</source>
            <translation>Zdjęcie z tej wizyty jest też w innej wizycie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>Answered in {took:.0f} s: reading the questions alone takes {need:.0f} s.</source>
            <translation>Odpowiedziano w {took:.0f} s: samo przeczytanie pytań zajmuje {need:.0f} s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's last {n} visits of this form have the very same answers.</source>
            <translation>Ostatnie {n} wizyt audytora w tym formularzu ma identyczne odpowiedzi.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dzień</numerusform>
                <numerusform>%n dni</numerusform>
                <numerusform>%n dni</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {distance} from the location</source>
            <translation>zrobione {distance} od lokalizacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no photos</source>
            <translation>brak zdjęć</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n zdjęcie</numerusform>
                <numerusform>%n zdjęcia</numerusform>
                <numerusform>%n zdjęć</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at least {min} needed</source>
            <translation>{touchpoint}: {photos}, potrzeba co najmniej {min}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>the same photo is used in %n other visit(s)</source>
            <translation>
                <numerusform>to samo zdjęcie jest użyte w %n innej wizycie</numerusform>
                <numerusform>to samo zdjęcie jest użyte w %n innych wizytach</numerusform>
                <numerusform>to samo zdjęcie jest użyte w %n innych wizytach</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no capture time in the photo</source>
            <translation>zdjęcie nie ma czasu wykonania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken on {taken}, not on the visit's day ({day})</source>
            <translation>zrobione {taken}, a nie w dniu wizyty ({day})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} before the visit started (more than {limit:g} h)</source>
            <translation>zrobione {time} przed rozpoczęciem wizyty (ponad {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} after the visit started (more than {limit:g} h)</source>
            <translation>zrobione {time} po rozpoczęciu wizyty (ponad {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at most {max} allowed</source>
            <translation>{touchpoint}: {photos}, dozwolone najwyżej {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug (lower-case letters, digits, '-' and '_')</source>
            <translation>{id!r} nie jest identyfikatorem (małe litery, cyfry, „-” i „_”)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a positive integer</source>
            <translation>musi być dodatnią liczbą całkowitą</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be empty</source>
            <translation>nie może być puste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a form needs at least one section</source>
            <translation>formularz musi mieć co najmniej jedną sekcję</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>unknown question</source>
            <translation>nieznane pytanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must include a band with min: 0</source>
            <translation>musi zawierać przedział z min: 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug</source>
            <translation>{id!r} nie jest identyfikatorem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate question id {id!r}: ids must be unique in the whole form</source>
            <translation>powtórzony identyfikator pytania {id!r}: identyfikatory muszą być unikalne w całym formularzu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>only a question that can earn points can be critical</source>
            <translation>krytyczne może być tylko pytanie, za które można dostać punkty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>whole is only for number questions, not {type}</source>
            <translation>whole jest tylko dla pytań number, nie {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a question cannot depend on itself</source>
            <translation>pytanie nie może zależeć od samego siebie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not an earlier question in this form</source>
            <translation>{question!r} nie jest wcześniejszym pytaniem tego formularza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is a {type} question; show_if needs a yes_no, choice, multi, scale or rating question</source>
            <translation>{question!r} jest pytaniem {type}; show_if wymaga pytania yes_no, choice, multi, scale lub oceny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>needs equals: VALUE or in: [VALUES]</source>
            <translation>wymaga equals: WARTOŚĆ albo in: [WARTOŚCI]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>at least one section weight must be above 0</source>
            <translation>co najmniej jedna waga sekcji musi być większa od 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate section id {id!r} (first at sections[{first}])</source>
            <translation>powtórzony identyfikator sekcji {id!r} (pierwszy w sections[{first}])</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative</source>
            <translation>nie może być ujemne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min</source>
            <translation>musi być co najmniej równe min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a section needs at least one question</source>
            <translation>sekcja musi mieć co najmniej jedno pytanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least 1</source>
            <translation>musi wynosić co najmniej 1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choose at least one question</source>
            <translation>wybierz co najmniej jedno pytanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} cannot take the value {value!r} (it takes {values})</source>
            <translation>{question!r} nie może przyjąć wartości {value!r} (przyjmuje {values})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate min {min}</source>
            <translation>powtórzone min {min}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be between 0 and 100</source>
            <translation>musi mieścić się między 0 a 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not a language code (such as en, pl or pt-BR)</source>
            <translation>{lang!r} nie jest kodem języka (takim jak en, pl lub pt-BR)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is listed twice</source>
            <translation>{lang!r} występuje dwa razy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question needs choices</source>
            <translation>pytanie {type} wymaga odpowiedzi do wyboru (choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choices are only for choice and multi questions, not {type}</source>
            <translation>choices są tylko dla pytań choice i multi, nie {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a duration question needs thresholds</source>
            <translation>pytanie duration wymaga progów (thresholds)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>thresholds are only for duration questions, not {type}</source>
            <translation>thresholds są tylko dla pytań duration, nie {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be yes or no</source>
            <translation>musi mieć wartość yes albo no</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected is only for yes_no questions, not {type}</source>
            <translation>expected jest tylko dla pytań yes_no, nie {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be greater than min ({lo})</source>
            <translation>musi być większe niż min ({lo})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>either every section has a weight or none has</source>
            <translation>albo każda sekcja ma wagę, albo żadna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate check id {id!r}</source>
            <translation>powtórzony identyfikator kontroli {id!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{key} is only for a rule (require)</source>
            <translation>{key} jest tylko dla reguły (require)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a translated text needs the form's languages (languages: [en, pl], default first)</source>
            <translation>przetłumaczony tekst wymaga języków formularza (languages: [en, pl], domyślny pierwszy)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>has translations but no text in the default language {default!r}</source>
            <translation>ma tłumaczenia, ale nie ma tekstu w języku domyślnym {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate choice value {value!r}</source>
            <translation>powtórzona wartość odpowiedzi {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative on a choice question</source>
            <translation>nie może być ujemne w pytaniu choice</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a choice question: each choice carries its points</source>
            <translation>w pytaniu choice nie podaje się points: każda odpowiedź ma własne punkty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a duration question: the thresholds carry the points</source>
            <translation>w pytaniu duration nie podaje się points: punkty mają progi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question is unscored and takes no points</source>
            <translation>pytanie {type} nie jest punktowane i nie przyjmuje points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must not be negative</source>
            <translation>max nie może być ujemne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not be negative</source>
            <translation>points nie może być ujemne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number on a scale question</source>
            <translation>w pytaniu scale musi być liczbą całkowitą</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min ({min})</source>
            <translation>musi być co najmniej równe min ({min})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>min and max are only for scale and number questions, not {type}</source>
            <translation>min i max są tylko dla pytań scale i number, nie {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} earns no points: it cannot fail</source>
            <translation>{question!r} nie daje punktów: nie może być niezaliczone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is the default language: its text is the plain one</source>
            <translation>{lang!r} jest językiem domyślnym: jego tekstem jest tekst podstawowy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must increase</source>
            <translation>max musi rosnąć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not increase</source>
            <translation>points nie może rosnąć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>give min, max or both</source>
            <translation>podaj min, max lub oba</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not one of the form's languages ({known})</source>
            <translation>{lang!r} nie jest jednym z języków formularza ({known})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number when whole: true</source>
            <translation>musi być liczbą całkowitą, gdy whole: true</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not answered with a number</source>
            <translation>na {question!r} nie odpowiada się liczbą</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, a number or a list of choices, not {value}</source>
            <translation>{field} musi być tekstem, liczbą albo listą odpowiedzi do wyboru, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>a visit's status moves only by a command (submit, return, approve, publish)</source>
            <translation>status wizyty zmienia się tylko poleceniem (submit, return, approve, publish)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>the server scores a visit from its answers</source>
            <translation>serwer sam liczy wynik wizyty na podstawie jej odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a date as YYYY-MM-DD, not {value}</source>
            <translation>{field} musi być datą w postaci RRRR-MM-DD, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be an ISO date and time, not {value}</source>
            <translation>{field} musi być datą i godziną w formacie ISO, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is one of {choices}, not {value}</source>
            <translation>{field} musi być jedną z wartości {choices}, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is longer than {max} characters</source>
            <translation>{field} ma więcej niż {max} znaków</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be from {lo} to {hi}, not {value}</source>
            <translation>{field} musi mieścić się w zakresie od {lo} do {hi}, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is required</source>
            <translation>{field} jest wymagane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, not {value}</source>
            <translation>{field} musi być tekstem, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} holds a NUL character</source>
            <translation>{field} zawiera znak NUL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be {what}, not {value}</source>
            <translation>{field}: wymagana jest {what}, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be true or false</source>
            <translation>{field} musi mieć wartość true albo false</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a SHA-256 (64 hex digits)</source>
            <translation>{field} musi być skrótem SHA-256 (64 cyfry szesnastkowe)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be base64 of at most {max} characters</source>
            <translation>{field} musi być tekstem base64 o długości najwyżej {max} znaków</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a number of points, not {value}</source>
            <translation>{field} musi być liczbą punktów, a nie {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be named numbers, none negative</source>
            <translation>{field} musi składać się z nazwanych liczb, z których żadna nie jest ujemna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>unknown {kind} fields: {fields}</source>
            <translation>nieznane pola {kind}: {fields}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is written by the server, not sent: {why}</source>
            <translation>{field} jest zapisywane przez serwer, nie wysyła się go: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>it comes back with the record</source>
            <translation>wraca razem z rekordem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase needs at least {n} characters: a few words make a good one.</source>
            <translation>Hasło musi mieć co najmniej {n} znaków: kilka słów tworzy dobre hasło.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase cannot be the firm's name: anyone who reads a report knows it.</source>
            <translation>Hasło nie może być nazwą firmy: zna ją każdy, kto czyta raport.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase is too easy to guess: use a few different words.</source>
            <translation>Hasło jest zbyt łatwe do odgadnięcia: użyj kilku różnych słów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The two passphrases differ.</source>
            <translation>Oba hasła się różnią.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/readiness.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>The auditor's signature and attestation</source>
            <translation>Podpis i oświadczenie audytora</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/readiness.py" />
            <source>{touchpoint}: {have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{touchpoint}: {have} z co najmniej %n zdjęcia</numerusform>
                <numerusform>{touchpoint}: {have} z co najmniej %n zdjęć</numerusform>
                <numerusform>{touchpoint}: {have} z co najmniej %n zdjęć</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>draft</source>
            <translation>wersja robocza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>submitted</source>
            <translation>przesłana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>returned</source>
            <translation>zwrócona</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>approved</source>
            <translation>zatwierdzona</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>published</source>
            <translation>opublikowana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>clients can only read their organisation's published reports</source>
            <translation>klienci mogą tylko czytać opublikowane raporty swojej organizacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>this visit is not yours</source>
            <translation>to nie jest twoja wizyta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may comment a visit</source>
            <translation>tylko przełożony może komentować wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may override a visit</source>
            <translation>tylko przełożony może zmieniać punkty wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may return a visit</source>
            <translation>tylko przełożony może zwrócić wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may approve a visit</source>
            <translation>tylko przełożony może zatwierdzić wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may publish a visit</source>
            <translation>tylko przełożony może opublikować wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot return a {status} visit</source>
            <translation>nie można zwrócić wizyty o statusie „{status}”</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot approve a {status} visit</source>
            <translation>nie można zatwierdzić wizyty o statusie „{status}”</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot publish a {status} visit</source>
            <translation>nie można opublikować wizyty o statusie „{status}”</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot submit a {status} visit</source>
            <translation>nie można przesłać wizyty o statusie „{status}”</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is published and its plan can no longer be changed</source>
            <translation>wizyta jest opublikowana i nie można już zmienić jej planu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a draft can be deleted; this visit is {status}</source>
            <translation>usunąć można tylko wersję roboczą; ta wizyta ma status „{status}”</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is {status} and can no longer be changed</source>
            <translation>wizyta ma status „{status}” i nie można jej już zmienić</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>a {status} visit is not under review</source>
            <translation>wizyta o statusie „{status}” nie jest w trakcie przeglądu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>nothing</source>
            <translation>nic</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a mapping</source>
            <translation>mapowanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a list</source>
            <translation>lista</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>text {value!r}</source>
            <translation>tekst {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>written twice in the same mapping</source>
            <translation>zapisane dwa razy w tym samym mapowaniu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>the file is {size} bytes; a form file may have at most {limit}</source>
            <translation>plik ma {size} bajtów; plik formularza może mieć najwyżej {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a mapping, got {kind}</source>
            <translation>oczekiwano mapowania, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text, got {kind}</source>
            <translation>oczekiwano tekstu, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of language codes, the default first: [en, pl]</source>
            <translation>oczekiwano listy kodów języków, domyślny pierwszy: [en, pl]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a whole number, got {kind}</source>
            <translation>oczekiwano liczby całkowitej, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a number, got {kind}</source>
            <translation>oczekiwano liczby, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected true or false, got {kind}</source>
            <translation>oczekiwano true albo false, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list, got {kind}</source>
            <translation>oczekiwano listy, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>must list at least one band</source>
            <translation>musi zawierać co najmniej jeden przedział</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{color!r} is not a colour as #rrggbb</source>
            <translation>{color!r} nie jest kolorem w postaci #rrggbb</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected yes or no, got {kind}</source>
            <translation>oczekiwano yes albo no, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text or a whole number, got {kind}</source>
            <translation>oczekiwano tekstu lub liczby całkowitej, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of equals: VALUE or in: [VALUES]</source>
            <translation>podaj dokładnie jedno: equals: WARTOŚĆ albo in: [WARTOŚCI]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a non-empty list of values</source>
            <translation>oczekiwano niepustej listy wartości</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of: {kinds}</source>
            <translation>podaj dokładnie jedno z: {kinds}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give one of equals, in, min, max (or min and max) or answered: true</source>
            <translation>podaj jedno z: equals, in, min, max (albo min i max) lub answered: true</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>missing required field {key!r}</source>
            <translation>brak wymaganego pola {key!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>has no text in the default language {default!r}</source>
            <translation>nie ma tekstu w języku domyślnym {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a language code, got {kind}</source>
            <translation>oczekiwano kodu języka, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{value!r} is not one of: {options}</source>
            <translation>{value!r} nie jest żadną z wartości: {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value, got {kind}</source>
            <translation>oczekiwano wartości, a jest {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of question ids</source>
            <translation>oczekiwano listy identyfikatorów pytań</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>only answered: true is a requirement</source>
            <translation>tylko answered: true jest wymaganiem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value or a non-empty list of values</source>
            <translation>oczekiwano wartości lub niepustej listy wartości</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>not UTF-8 text ({reason})</source>
            <translation>to nie jest tekst UTF-8 ({reason})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>cannot read: {error}</source>
            <translation>nie można odczytać: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (did you mean {name!r}?)</source>
            <translation>nieznane pole (czy chodziło o {name!r}?)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (known: {names})</source>
            <translation>nieznane pole (znane: {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_checks.py" />
            <source>'{kind}' is not a kind of check: left out</source>
            <translation>'{kind}' nie jest rodzajem kontroli: pominięto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at the end</source>
            <translation>oczekiwano {what} na końcu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at {at!r}</source>
            <translation>oczekiwano {what} w miejscu {at!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it never holds</source>
            <translation>nigdy nie jest spełniony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>no number satisfies it</source>
            <translation>żadna liczba go nie spełnia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it from {rest!r}</source>
            <translation>nie można go odczytać od {rest!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it depends on two questions ({a}, {b}); show_if names one</source>
            <translation>zależy od dwóch pytań ({a}, {b}); show_if wskazuje jedno</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read {op!r}</source>
            <translation>nie można odczytać {op!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a select_multiple is tested with {example}</source>
            <translation>select_multiple sprawdza się przez {example}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'shown while unanswered' cannot be kept</source>
            <translation>„pokazywane, dopóki brak odpowiedzi” nie może zostać zachowane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>true()/false() cannot be kept</source>
            <translation>true()/false() nie może zostać zachowane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a value</source>
            <translation>wartości</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is not an earlier question of the checklist</source>
            <translation>{ref} nie jest wcześniejszym pytaniem listy kontrolnej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is a {type} question; show_if needs one with a set of answers</source>
            <translation>{ref} jest pytaniem {type}; show_if wymaga pytania z określonym zbiorem odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it</source>
            <translation>nie można go odczytać</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>an exclusive bound (&gt; or &lt;) is kept as inclusive (&gt;= or &lt;=)</source>
            <translation>ostra granica (&gt; lub &lt;) została zachowana jako nieostra (&gt;= lub &lt;=)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>on a select_multiple only selected(...) joined by 'or' can be kept</source>
            <translation>przy select_multiple można zachować tylko selected(...) połączone przez 'or'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>not(selected(...)) on a select_multiple cannot be kept</source>
            <translation>not(selected(...)) przy select_multiple nie może zostać zachowane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{name!r} has no value {value!r}</source>
            <translation>{name!r} nie ma wartości {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{value!r} is not a number to compare with</source>
            <translation>{value!r} nie jest liczbą, z którą można porównać</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds joined by 'and' can be kept</source>
            <translation>można zachować tylko granice połączone przez 'and'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds such as '. &gt;= 0' can be kept</source>
            <translation>można zachować tylko granice takie jak '. &gt;= 0'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'{op}' cannot be kept as a range</source>
            <translation>'{op}' nie może zostać zachowane jako zakres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos</source>
            <translation>pytanie o zdjęcie: wlicza się do zdjęć punktu styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required)</source>
            <translation>pytanie o zdjęcie: wlicza się do zdjęć punktu styku (jedno wymagane)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos; its label is added to the touchpoint's description</source>
            <translation>pytanie o zdjęcie: wlicza się do zdjęć punktu styku; jego etykieta zostaje dodana do opisu punktu styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required); its label is added to the touchpoint's description</source>
            <translation>pytanie o zdjęcie: wlicza się do zdjęć punktu styku (jedno wymagane); jego etykieta zostaje dodana do opisu punktu styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a repeat: its questions are asked once (a checklist does not repeat)</source>
            <translation>powtórzenie (repeat): jego pytania są zadawane raz (lista kontrolna się nie powtarza)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>version '{text}' is not a whole number: the form is version 1</source>
            <translation>wersja '{text}' nie jest liczbą całkowitą: formularz ma wersję 1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: it has no 'survey' sheet (its sheets: {names})</source>
            <translation>to nie jest XLSForm: nie ma arkusza 'survey' (jego arkusze: {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: the survey sheet has no 'type' column (row 1 has: {found})</source>
            <translation>to nie jest XLSForm: arkusz survey nie ma kolumny 'type' (wiersz 1 zawiera: {found})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>the choices sheet has no list_name column: no choices read</source>
            <translation>arkusz choices nie ma kolumny list_name: nie odczytano odpowiedzi do wyboru</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>group '{group}' has no 'end group': it ends with the sheet</source>
            <translation>grupa '{group}' nie ma 'end group': kończy się wraz z arkuszem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a row without a type: left out</source>
            <translation>wiersz bez typu: pominięty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a group inside a group: becomes the touchpoint '{title}'</source>
            <translation>grupa w grupie: staje się punktem styku '{title}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note is always shown: its relevant is not kept</source>
            <translation>notatka jest zawsze widoczna: jej relevant nie zostaje zachowane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note between questions: kept in the touchpoint's description</source>
            <translation>notatka między pytaniami: zachowana w opisie punktu styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no name: called '{name}'</source>
            <translation>brak nazwy: nazwane '{name}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no label: the question's text is its name</source>
            <translation>brak etykiety: tekstem pytania jest jego nazwa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'or_other' is not kept: the auditor can add a comment instead</source>
            <translation>'or_other' nie zostaje zachowane: audytor może zamiast tego dodać komentarz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{name}' is used twice: this one is called '{id}'</source>
            <translation>'{name}' występuje dwa razy: to pytanie nazywa się '{id}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>touchpoint '{title}' has no questions left: left out</source>
            <translation>w punkcie styku '{title}' nie zostało żadne pytanie: pominięty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no question could be imported: there is no form</source>
            <translation>nie udało się zaimportować żadnego pytania: nie ma formularza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>form id '{given}' is written '{id}'</source>
            <translation>identyfikator formularza '{given}' zapisano jako '{id}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a choice of list '{list}' without a name: left out</source>
            <translation>odpowiedź do wyboru z listy '{list}' bez nazwy: pominięta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is in list '{list}' twice: the second is left out</source>
            <translation>'{value}' występuje na liście '{list}' dwa razy: drugie pominięto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>choice points</source>
            <translation>punkty odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>{what} '{text}' is not a number: not kept</source>
            <translation>{what} '{text}' nie jest liczbą: nie zachowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not a sheet of an XLSForm: not read</source>
            <translation>to nie jest arkusz XLSForm: nie odczytano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>both this group and the group around it have a relevant: only this one is kept</source>
            <translation>zarówno ta grupa, jak i grupa wokół niej mają relevant: zachowano tylko to</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is not one of: {options}: not kept</source>
            <translation>'{value}' nie jest żadną z wartości: {options}: nie zachowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a grade band needs a min and a label: left out</source>
            <translation>przedział oceny wymaga min i etykiety: pominięty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{color}' is not a colour as #rrggbb: not kept</source>
            <translation>'{color}' nie jest kolorem w postaci #rrggbb: nie zachowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{language}' names no language: column not read</source>
            <translation>'{language}' nie oznacza żadnego języka: kolumny nie odczytano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' without a matching begin: ignored</source>
            <translation>'{type}' bez odpowiadającego mu begin: zignorowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'phone number' is read as a text question: its format is not checked</source>
            <translation>'phone number' jest odczytywane jako pytanie tekstowe: jego format nie jest sprawdzany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is not a question type this app knows: left out</source>
            <translation>'{type}' nie jest typem pytania znanym tej aplikacji: pominięto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is {why}: left out</source>
            <translation>'{type}' to {why}: pominięto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {wanted} question cannot be this row's type: read as {derived}</source>
            <translation>pytanie {wanted} nie może mieć typu tego wiersza: odczytano jako {derived}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a yes_no question needs a list of exactly 'yes' and 'no': read as choice</source>
            <translation>pytanie yes_no wymaga listy z dokładnie 'yes' i 'no': odczytano jako choice</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a range in steps of {step}: read as a number from {start} to {end}</source>
            <translation>zakres z krokiem {step}: odczytano jako liczbę od {start} do {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a scale needs whole-number bounds: read as 1 to 5</source>
            <translation>skala wymaga granic będących liczbami całkowitymi: odczytano jako od 1 do 5</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>only a question that earns points can be critical: not kept</source>
            <translation>tylko pytanie, które daje punkty, może być krytyczne: nie zachowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>both this row and its group (row {row}) have a relevant: only this row's is kept</source>
            <translation>zarówno ten wiersz, jak i jego grupa (wiersz {row}) mają relevant: zachowano tylko relevant tego wiersza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>no choices list '{list}' in the choices sheet: left out</source>
            <translation>w arkuszu choices nie ma listy odpowiedzi do wyboru '{list}': pominięto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a duration needs thresholds (such as '30:4; 60:2'): read as a number</source>
            <translation>czas trwania wymaga progów (np. '30:4; 60:2'): odczytano jako liczbę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{parameters}' is not start=N end=N step=N: read as 1 to 10</source>
            <translation>'{parameters}' nie ma postaci start=N end=N step=N: odczytano jako od 1 do 10</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} answer is always {a} to {b}: the range here is not kept</source>
            <translation>odpowiedź {type} ma zawsze zakres od {a} do {b}: podany tu zakres nie zostaje zachowany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is not 'SECONDS:POINTS; ...' (such as '30:4; 60:2'): not kept</source>
            <translation>'{text}' nie ma postaci 'SECONDS:POINTS; ...' (np. '30:4; 60:2'): nie zachowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>each choice carries its points (choices sheet)</source>
            <translation>każda odpowiedź do wyboru ma własne punkty (arkusz choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>points not kept: {why}</source>
            <translation>punktów nie zachowano: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not yes or no: N/A not allowed</source>
            <translation>'{value}' nie jest yes ani no: N/D niedozwolone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>expected (yes or no) is only for yes/no questions: not kept</source>
            <translation>expected (yes lub no) jest tylko dla pytań tak/nie: nie zachowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is a condition: the question is not required</source>
            <translation>'{text}' jest warunkiem: pytanie nie jest wymagane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' is not kept, the question is always shown: {why}</source>
            <translation>relevant '{expr}' nie zostaje zachowane, pytanie jest zawsze widoczne: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' (the relevant of the group on row {row}) is not kept, the question is always shown: {why}</source>
            <translation>relevant '{expr}' (relevant grupy z wiersza {row}) nie zostaje zachowane, pytanie jest zawsze widoczne: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not one of: {options}</source>
            <translation>'{value}' nie jest żadną z wartości: {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{constraint}' is not kept: {why}</source>
            <translation>'{constraint}' nie zostaje zachowane: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>the thresholds carry the points</source>
            <translation>punkty dają progi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} question earns none</source>
            <translation>pytanie {type} nie daje punktów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not section or visit: not kept</source>
            <translation>'{value}' nie jest section ani visit: nie zachowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>sheet '{sheet}' has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns are read</source>
            <translation>arkusz '{sheet}' ma {rows} wierszy i {columns} kolumn; czytanych jest najwyżej {max_rows} wierszy i {max_columns} kolumn</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the file is {size} bytes; a workbook may have at most {limit}</source>
            <translation>plik ma {size} bajtów; skoroszyt może mieć najwyżej {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the workbook unzips to {size} bytes; at most {limit} are read</source>
            <translation>skoroszyt po rozpakowaniu ma {size} bajtów; czytanych jest najwyżej {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>an old Excel .xls workbook: open it in Excel or LibreOffice and save it as .xlsx</source>
            <translation>stary skoroszyt Excela .xls: otwórz go w Excelu lub LibreOffice i zapisz jako .xlsx</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>not an Excel workbook (.xlsx)</source>
            <translation>to nie jest skoroszyt Excela (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an acknowledgement, which a checklist does not ask for</source>
            <translation>potwierdzenie, o które lista kontrolna nie prosi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a date and time together: use a date and a time question</source>
            <translation>data i godzina razem: użyj pytania o datę i pytania o godzinę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a ranking, which a checklist does not ask for</source>
            <translation>ranking, o który lista kontrolna nie prosi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an external data file, which a checklist cannot read</source>
            <translation>zewnętrzny plik danych, którego lista kontrolna nie potrafi odczytać</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choices from an external file, which a checklist cannot read</source>
            <translation>odpowiedzi do wyboru z zewnętrznego pliku, którego lista kontrolna nie potrafi odczytać</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo matrix, which a checklist does not have</source>
            <translation>macierz Kobo, której lista kontrolna nie ma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo score block: give points in the points column instead</source>
            <translation>blok punktacji Kobo: zamiast tego podaj punkty w kolumnie points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app lays out questions itself</source>
            <translation>aplikacja sama rozmieszcza pytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a default answer: auditors answer every question themselves</source>
            <translation>domyślna odpowiedź: audytorzy sami odpowiadają na każde pytanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>calculations: the app computes scores itself</source>
            <translation>obliczenia: aplikacja sama liczy wyniki</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choice filters: every choice is offered</source>
            <translation>filtry odpowiedzi: oferowana jest każda odpowiedź do wyboru</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>read-only questions</source>
            <translation>pytania tylko do odczytu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>repeats: a touchpoint is filled once</source>
            <translation>powtórzenia: punkt styku wypełnia się raz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself why an answer does not fit</source>
            <translation>aplikacja sama mówi, dlaczego odpowiedź nie pasuje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself which answers are missing</source>
            <translation>aplikacja sama mówi, których odpowiedzi brakuje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>guidance hints (only the hint is shown)</source>
            <translation>wskazówki dla prowadzącego (pokazywana jest tylko podpowiedź)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>triggers</source>
            <translation>wyzwalacze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>parameters (kept only on a range)</source>
            <translation>parametry (zachowywane tylko przy range)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>{header}: not kept ({why})</source>
            <translation>{header}: nie zachowano ({why})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>metadata: the app records who made a visit and when itself</source>
            <translation>metadane: aplikacja sama zapisuje, kto i kiedy przeprowadził wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a calculation: the app computes scores itself</source>
            <translation>obliczenie: aplikacja sama liczy wyniki</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a place on a map: a visit's place is its location</source>
            <translation>miejsce na mapie: miejscem wizyty jest jej lokalizacja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a recording, file or scan, which a checklist does not ask for</source>
            <translation>nagranie, plik lub skan, o które lista kontrolna nie prosi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>pictures and sounds in a question</source>
            <translation>obrazy i dźwięki w pytaniu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>KoboToolbox's own bookkeeping</source>
            <translation>wewnętrzne dane KoboToolbox</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an XForm attribute</source>
            <translation>atrybut XForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>it belongs on a begin group row: a touchpoint's {column}</source>
            <translation>należy do wiersza begin group: to {column} punktu styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not for this kind of row</source>
            <translation>nie dla tego rodzaju wiersza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not a column this app reads</source>
            <translation>to nie jest kolumna, którą ta aplikacja odczytuje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML syntax error: {error}</source>
            <translation>błąd składni YAML: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: nested too deeply</source>
            <translation>błąd YAML: zbyt głębokie zagnieżdżenie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} values once its aliases (*name) are expanded</source>
            <translation>ponad {limit} wartości po rozwinięciu aliasów (*nazwa)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: {error}</source>
            <translation>błąd YAML: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} aliases (*name) in one file</source>
            <translation>ponad {limit} aliasów (*nazwa) w jednym pliku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is cut short: the image is incomplete (copy it again from the camera or phone)</source>
            <translation>plik jest ucięty: obraz jest niekompletny (skopiuj go ponownie z aparatu lub telefonu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large ({w} x {h} px, more than {mp} MP)</source>
            <translation>obraz jest za duży ({w} x {h} px, ponad {mp} MP)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large for its shape ({w} x {h} px): not a photo</source>
            <translation>obraz jest za duży jak na swój kształt ({w} x {h} px): to nie jest zdjęcie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>HEIC is not supported: export it as JPEG (on an iPhone: Settings &gt; Camera &gt; Formats)</source>
            <translation>HEIC nie jest obsługiwany: wyeksportuj zdjęcie jako JPEG (na iPhonie: Ustawienia &gt; Aparat &gt; Formaty)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>AVIF is not supported: export it as JPEG</source>
            <translation>AVIF nie jest obsługiwany: wyeksportuj zdjęcie jako JPEG</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>not an image Pillow can read</source>
            <translation>to nie jest obraz, który Pillow potrafi odczytać</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large (more than {mp} megapixels)</source>
            <translation>obraz jest za duży (ponad {mp} megapikseli)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is damaged ({error})</source>
            <translation>obraz jest uszkodzony ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>{format} images are not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>obrazy {format} nie są obsługiwane: użyj JPEG, PNG, WebP, TIFF lub GIF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>this image format is not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>ten format obrazu nie jest obsługiwany: użyj JPEG, PNG, WebP, TIFF lub GIF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image data is damaged ({error})</source>
            <translation>dane obrazu są uszkodzone ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: added</source>
            <translation>{file}: dodano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file could not be read to the end ({error})</source>
            <translation>nie udało się odczytać pliku do końca ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: already in the photo store (stored once)</source>
            <translation>{file}: już jest w magazynie zdjęć (przechowywane raz)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file changed during the import: try again once it is complete</source>
            <translation>plik zmienił się podczas importu: spróbuj ponownie, gdy będzie kompletny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the photo store cannot take it ({error})</source>
            <translation>magazyn zdjęć nie może go przyjąć ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the copies could not be saved ({error})</source>
            <translation>nie udało się zapisać kopii ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file is gone (moved or deleted during the import)</source>
            <translation>pliku już nie ma (przeniesiony lub usunięty podczas importu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>this is a folder, not a file</source>
            <translation>to jest folder, a nie plik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file cannot be read ({error})</source>
            <translation>nie można odczytać pliku ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file was replaced during the import: try again</source>
            <translation>plik został zastąpiony podczas importu: spróbuj ponownie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>no such file</source>
            <translation>nie ma takiego pliku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>could not be imported (internal error: {error})</source>
            <translation>nie udało się zaimportować (błąd wewnętrzny: {error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/signature.py" />
            <source>the image is blank (no strokes on it)</source>
            <translation>obraz jest pusty (brak na nim kresek)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>the firm</source>
            <translation>firmę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>DIGITAL SIGNATURE</source>
            <translation>PODPIS CYFROWY</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>This copy carries no digital signature.</source>
            <translation>Ta kopia nie ma podpisu cyfrowego.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>Signed electronically by {firm}.</source>
            <translation>Podpisano elektronicznie przez: {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Generated {when} by {app}</source>
            <translation>Wygenerowano {when} przez {app}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Report {id}</source>
            <translation>Raport {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Page {page} of {pages}</source>
            <translation>Strona {page} z {pages}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No approved or published visits were scheduled in this period.</source>
            <translation>W tym okresie nie zaplanowano zatwierdzonych ani opublikowanych wizyt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No published visits were scheduled in this period.</source>
            <translation>W tym okresie nie zaplanowano opublikowanych wizyt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds.</source>
            <translation>Wyniki są dokładne i pokazane z zaokrągleniem połówek w górę do jednego miejsca po przecinku. CSAT: % odpowiedzi 4 lub 5 w skali 1–5. NPS: % odpowiedzi 9–10 minus % odpowiedzi 0–6. CES: średnia odpowiedzi w skali 1–7. Czasy: średnia i mediana w sekundach.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Any change to this file after signing breaks the signature.</source>
            <translation>Każda zmiana tego pliku po podpisaniu unieważnia podpis.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report</source>
            <translation>Raport okresowy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>MYSTERY SHOPPING PERIOD REPORT</source>
            <translation>RAPORT OKRESOWY TAJEMNICZEGO KLIENTA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean score</source>
            <translation>Średni wynik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>of 100, over all visits</source>
            <translation>na 100, ze wszystkich wizyt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Range</source>
            <translation>Zakres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>lowest to highest visit total</source>
            <translation>od najniższego do najwyższego wyniku wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Locations, ranked by mean score</source>
            <translation>Lokalizacje według średniego wyniku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Touchpoints by location</source>
            <translation>Punkty styku według lokalizacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean touchpoint score at each location (locations ranked as above); “All” is the mean over every visit. An empty cell: the location's visits did not include this touchpoint.</source>
            <translation>Średni wynik punktu styku w każdej lokalizacji (kolejność jak wyżej); „Wszystkie” to średnia ze wszystkich wizyt. Pusta komórka: wizyty w tej lokalizacji nie obejmowały tego punktu styku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Timed questions</source>
            <translation>Pytania z pomiarem czasu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>The ten questions most often failed</source>
            <translation>Dziesięć najczęściej niezaliczonych pytań</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Failed: a scored question that earned 0 points, of the visits where it was answered.</source>
            <translation>Niezaliczone: pytanie punktowane, które dało 0 punktów, spośród wizyt, w których na nie odpowiedziano.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits in the period</source>
            <translation>Wizyty w okresie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>About these figures</source>
            <translation>O tych liczbach</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Mystery shopping report</source>
            <translation>Raport tajemniczego klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report: {client}, {span}</source>
            <translation>Raport okresowy: {client}, {span}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mystery shopping results of {client} from {start} to {end}</source>
            <translation>Wyniki tajemniczego klienta dla: {client}, od {start} do {end}</translation>
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
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean</source>
            <translation>Średnia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Lowest</source>
            <translation>Najniższy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Highest</source>
            <translation>Najwyższy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Spread on 0–100 (dot: mean)</source>
            <translation>Rozrzut na 0–100 (kropka: średnia)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n wizyta</numerusform>
                <numerusform>%n wizyty</numerusform>
                <numerusform>%n wizyt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoint</source>
            <translation>Punkt styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>All</source>
            <translation>Wszystkie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Timed question</source>
            <translation>Pytanie z pomiarem czasu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Answers</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>No scored question earned 0 points in this period.</source>
            <translation>Żadne punktowane pytanie nie dało 0 punktów w tym okresie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Failed</source>
            <translation>Niezaliczone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Rate</source>
            <translation>Odsetek</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>a critical question failed on this visit. Visit: the first characters of its id.</source>
            <translation>na tej wizycie nie zaliczono pytania krytycznego. Wizyta: pierwsze znaki jej identyfikatora.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{client}, {start} to {end}</source>
            <translation>{client}, od {start} do {end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n lokalizacji</numerusform>
                <numerusform>%n lokalizacjach</numerusform>
                <numerusform>%n lokalizacjach</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>happy or very happy, of {answers}</source>
            <translation>zadowoleni lub bardzo zadowoleni, z {answers}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n odpowiedzi</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>promoters − detractors, of {answers}</source>
            <translation>promotorzy − krytycy, z {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>mean ease, 1–7, of {answers}</source>
            <translation>średnia łatwość, 1–7, z {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Score by month</source>
            <translation>Wynik według miesięcy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Line: the month's mean visit total. Grey bar: its lowest to highest visit.</source>
            <translation>Linia: średni wynik wizyt w miesiącu. Szary pasek: od najniższej do najwyższej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Score by journey stage</source>
            <translation>Wynik według etapu ścieżki klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean of the visits' stage scores (points earned of possible in the stage).</source>
            <translation>Średnia wyników etapu z wizyt (punkty uzyskane z możliwych w etapie).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: published visits scheduled from {start} to {end}; visits not yet published are not results yet.</source>
            <translation>Liczone wizyty: opublikowane wizyty zaplanowane od {start} do {end}; wizyty jeszcze nieopublikowane nie są jeszcze wynikami.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: approved and published visits scheduled from {start} to {end}; drafts and visits still in review are not results yet.</source>
            <translation>Liczone wizyty: zatwierdzone i opublikowane wizyty zaplanowane od {start} do {end}; wersje robocze i wizyty w przeglądzie nie są jeszcze wynikami.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{visits} at {locations}</source>
            <translation>{visits} w {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>published, at {locations}</source>
            <translation>opublikowane, w {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>approved or published, at {locations}</source>
            <translation>zatwierdzone lub opublikowane, w {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{v} of {n}</source>
            <translation>{v} z {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signing key</source>
            <translation>klucz do podpisu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF to sign</source>
            <translation>PDF do podpisania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: not a PKCS#12 (.p12/.pfx) key file</source>
            <translation>{path}: to nie jest plik klucza PKCS#12 (.p12/.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no private key</source>
            <translation>{path}: plik nie zawiera klucza prywatnego</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no certificate</source>
            <translation>{path}: plik nie zawiera certyfikatu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate is not valid yet (from {start}); check this computer's clock</source>
            <translation>{where}: certyfikat nie jest jeszcze ważny (od {start}); sprawdź zegar tego komputera</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate expired on {end}</source>
            <translation>{where}: certyfikat wygasł {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where}: zastosowania klucza certyfikatu nie obejmują niezaprzeczalności, więc nie nadaje się on do podpisywania dokumentów; użyj certyfikatu do podpisywania dokumentów (albo utwórz go poleceniem `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks digital signature and non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where}: zastosowania klucza certyfikatu nie obejmują podpisu cyfrowego ani niezaprzeczalności, więc nie nadaje się on do podpisywania dokumentów; użyj certyfikatu do podpisywania dokumentów (albo utwórz go poleceniem `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: not a PDF file</source>
            <translation>{src}: to nie jest plik PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: no such folder</source>
            <translation>{parent}: nie ma takiego folderu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF has no pages</source>
            <translation>PDF nie ma stron</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: wrong passphrase for the key file</source>
            <translation>{path}: nieprawidłowe hasło do pliku klucza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read the key file ({error})</source>
            <translation>{path}: nie można odczytać pliku klucza ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot use the key ({error})</source>
            <translation>{path}: nie można użyć klucza ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: no such file ({what})</source>
            <translation>{path}: nie ma takiego pliku ({what})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: is a folder, not {what}</source>
            <translation>{path}: to folder, a nie {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read {what} ({error})</source>
            <translation>{path}: nie można odczytać: {what} ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot read the PDF ({error})</source>
            <translation>{src}: nie można odczytać pliku PDF ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: cannot write the signed file there ({error})</source>
            <translation>{parent}: nie można tam zapisać podpisanego pliku ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the timestamp server {url} did not give a timestamp ({error})</source>
            <translation>serwer znaczników czasu {url} nie wydał znacznika czasu ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot sign it ({error})</source>
            <translation>{src}: nie można go podpisać ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{dst}: cannot write the signed file ({error})</source>
            <translation>{dst}: nie można zapisać podpisanego pliku ({error})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box is on page {page}, but the PDF has %n page(s)</source>
            <translation>
                <numerusform>pole podpisu jest na stronie {page}, a PDF ma %n stronę</numerusform>
                <numerusform>pole podpisu jest na stronie {page}, a PDF ma %n strony</numerusform>
                <numerusform>pole podpisu jest na stronie {page}, a PDF ma %n stron</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box {rect} is empty</source>
            <translation>pole podpisu {rect} jest puste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the font {name} is missing from {parent}: cannot draw the signature block</source>
            <translation>brak czcionki {name} w {parent}: nie można narysować bloku podpisu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the key file is protected by a passphrase; none was given</source>
            <translation>{path}: plik klucza jest chroniony hasłem, a nie podano żadnego</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Awareness</source>
            <translation>Świadomość</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Consideration</source>
            <translation>Rozważanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Purchase</source>
            <translation>Zakup</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Service</source>
            <translation>Obsługa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Post-purchase</source>
            <translation>Po zakupie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>In store</source>
            <translation>W sklepie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Web</source>
            <translation>Internet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Chat</source>
            <translation>Czat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Social media</source>
            <translation>Media społecznościowe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>App</source>
            <translation>Aplikacja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Satisfaction, 1 (very unhappy) to 5 (very happy)</source>
            <translation>Zadowolenie, od 1 (bardzo niezadowolony) do 5 (bardzo zadowolony)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)</source>
            <translation>Łatwość, od 1 (zdecydowanie nie zgadzam się, że było łatwo) do 7 (zdecydowanie się zgadzam)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>Skłonność do polecenia, od 0 do 10 (9–10 promotor, 7–8 neutralny, 0–6 krytyk)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very unhappy</source>
            <translation>bardzo niezadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>unhappy</source>
            <translation>niezadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neutral</source>
            <translation>obojętny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>happy</source>
            <translation>zadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very happy</source>
            <translation>bardzo zadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly disagree</source>
            <translation>zdecydowanie się nie zgadzam</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>disagree</source>
            <translation>nie zgadzam się</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat disagree</source>
            <translation>raczej się nie zgadzam</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neither</source>
            <translation>ani tak, ani nie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat agree</source>
            <translation>raczej się zgadzam</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>agree</source>
            <translation>zgadzam się</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly agree</source>
            <translation>zdecydowanie się zgadzam</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>None of these</source>
            <translation>Żadne z tych</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>{v} on {lo}–{hi}</source>
            <translation>{v} w skali {lo}–{hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pt within {t}</source>
            <translation>{p} pkt w ciągu {t}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pts within {t}</source>
            <translation>{p} pkt w ciągu {t}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>visit</source>
            <translation>wizyta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>touchpoint</source>
            <translation>punkt styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL · FAILED</source>
            <translation>KRYTYCZNE · NIEZALICZONE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL</source>
            <translation>KRYTYCZNE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>no points</source>
            <translation>brak punktów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Stopwatch timings</source>
            <translation>Pomiary stoperem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Customer ratings</source>
            <translation>Oceny klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>no scored answers</source>
            <translation>brak ocenianych odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Time taken</source>
            <translation>Zmierzony czas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Target</source>
            <translation>Cel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>weight {w}</source>
            <translation>waga {w}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>No questions in this touchpoint.</source>
            <translation>Brak pytań w tym punkcie styku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points set by a supervisor’s override; the reason is given with the question.</source>
            <translation>punkty ustalone przez przełożonego; powód podano przy pytaniu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>N/A (not applicable)</source>
            <translation>N/D (nie dotyczy)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Not answered</source>
            <translation>Bez odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>unscored</source>
            <translation>bez punktacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>N/A</source>
            <translation>N/D</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>{e} of {p} points</source>
            <translation>{e} z {p} punktów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points adjusted on review.</source>
            <translation>punkty skorygowane podczas przeglądu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Auditor</source>
            <translation>Audytor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Supervisor</source>
            <translation>Przełożony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Adjusted on review</source>
            <translation>Skorygowano podczas przeglądu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Answer on its scale</source>
            <translation>Odpowiedź na jej skali</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>A critical question in this touchpoint was not met: it scores 0.</source>
            <translation>Pytanie krytyczne w tym punkcie styku nie zostało spełnione: punkt otrzymuje 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Score overridden</source>
            <translation>Punktacja zmieniona</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>from {was} to {p} by {who}: {why}</source>
            <translation>z {was} na {p}, zmienił(a): {who}: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client} by {firm}.</source>
            <translation>Przygotowano dla: {client}, przez: {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client}.</source>
            <translation>Przygotowano dla: {client}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>weighted mean of the touchpoint scores</source>
            <translation>ważona średnia wyników punktów styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>points earned of points possible</source>
            <translation>punkty uzyskane z możliwych</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>MYSTERY SHOPPING VISIT REPORT</source>
            <translation>RAPORT Z WIZYTY TAJEMNICZEGO KLIENTA</translation>
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
            <translation>Klient</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Date of visit</source>
            <translation>Data wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Time of visit</source>
            <translation>Godzina wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Audit form</source>
            <translation>Formularz audytu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Form id and version</source>
            <translation>Identyfikator i wersja formularza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>GRADE</source>
            <translation>OCENA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Bands: {bands}. Total = {how}, rounded to one decimal.</source>
            <translation>Przedziały: {bands}. Wynik łączny = {how}, zaokrąglony do jednego miejsca po przecinku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>the visit's total is set to 0</source>
            <translation>wynik łączny wizyty wynosi 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>this touchpoint's score is set to 0</source>
            <translation>wynik tego punktu styku wynosi 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>SCENARIO</source>
            <translation>SCENARIUSZ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Confidential: for the client’s own use. The report sets out what one mystery shopper experienced on one visit, scored against the audit form named above.</source>
            <translation>Poufne: wyłącznie do użytku klienta. Raport opisuje doświadczenie jednego tajemniczego klienta podczas jednej wizyty, ocenione według wskazanego wyżej formularza audytu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE SO FAR</source>
            <translation>WYNIK ŁĄCZNY DO TEJ PORY</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE</source>
            <translation>WYNIK ŁĄCZNY</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>out of 100</source>
            <translation>na 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{done} of {total} required answered ({share})</source>
            <translation>{done} z {total} wymaganych z odpowiedzią ({share})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade until every required question is answered.</source>
            <translation>Brak oceny, dopóki wszystkie wymagane pytania nie mają odpowiedzi.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{grade} so far</source>
            <translation>{grade} do tej pory</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{band} from {p}</source>
            <translation>{band} od {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Critical failure</source>
            <translation>Niezaliczone pytanie krytyczne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>“{question}” was not met, so {effect}.</source>
            <translation>„{question}” nie zostało spełnione, więc {effect}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A visit-level critical question failed: the total is 0 whatever the points.</source>
            <translation>Niezaliczone pytanie krytyczne na poziomie wizyty: wynik łączny wynosi 0 niezależnie od punktów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A stage's score is the points earned of the points possible over its touchpoints.</source>
            <translation>Wynik etapu to punkty uzyskane z możliwych w jego punktach styku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{id}, version {v}</source>
            <translation>{id}, wersja {v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade yet</source>
            <translation>Jeszcze bez oceny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Weight</source>
            <translation>Waga</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>CRITICAL FAILED</source>
            <translation>KRYTYCZNE NIEZALICZONE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Incomplete:</source>
            <translation>Niekompletna:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>For the firm only: it includes the supervisor's notes, the score overrides and the evidence checks. Send the client its own copy.</source>
            <translation>Tylko dla firmy: zawiera uwagi przełożonego, zmiany punktacji i kontrolę dowodów. Klientowi wyślij jego własną kopię.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>(weighted)</source>
            <translation>(ważony)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Internal copy.</source>
            <translation>Kopia wewnętrzna.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Not approved.</source>
            <translation>Niezatwierdzona.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>This visit is {status}: its answers and score may still change in review. Only an approved visit's report is final.</source>
            <translation>Stan tej wizyty: {status}; jej odpowiedzi i wynik mogą się jeszcze zmienić podczas przeglądu. Ostateczny jest tylko raport z zatwierdzonej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>No capture time</source>
            <translation>Brak czasu wykonania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo not on this computer</source>
            <translation>Zdjęcia nie ma na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photos of {title} ({n})</source>
            <translation>Zdjęcia: {title} ({n})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo could not be read</source>
            <translation>Nie udało się odczytać zdjęcia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>(no caption)</source>
            <translation>(bez podpisu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Taken {when}</source>
            <translation>Wykonano {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>for {question}</source>
            <translation>do pytania {question}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report</source>
            <translation>Raport z wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report · INTERNAL COPY</source>
            <translation>Raport z wizyty · KOPIA WEWNĘTRZNA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>NOT APPROVED</source>
            <translation>NIEZATWIERDZONY</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report: {location}, {day}</source>
            <translation>Raport z wizyty: {location}, {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>{client}: {form} (visit {id})</source>
            <translation>{client}: {form} (wizyta {id})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit {id}</source>
            <translation>Wizyta {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Any change to this file after signing breaks the signature; a PDF reader shows who signed and whether the file is intact.</source>
            <translation>Każda zmiana tego pliku po podpisaniu unieważnia podpis; czytnik PDF pokazuje, kto podpisał i czy plik jest nienaruszony.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Declaration and approval</source>
            <translation>Oświadczenie i zatwierdzenie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>REVIEW</source>
            <translation>PRZEGLĄD</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>AUDITOR’S DECLARATION</source>
            <translation>OŚWIADCZENIE AUDYTORA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>The auditor has not signed this visit.</source>
            <translation>Audytor nie podpisał tej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Not reviewed yet.</source>
            <translation>Jeszcze nie przejrzano.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>received by the server {when}</source>
            <translation>odebrane przez serwer {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Supervisor’s comment</source>
            <translation>Komentarz przełożonego</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Step</source>
            <translation>Krok</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>By</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>signed {when}</source>
            <translation>podpisano {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no such file here.</source>
            <translation>Nie ma tu takiego pliku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no logo here.</source>
            <translation>Nie ma tu logo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out.</source>
            <translation>Hasło zostało zmienione. Pozostałe przeglądarki zostały wylogowane.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>You are signed out.</source>
            <translation>Wylogowano.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Please sign in to go on.</source>
            <translation>Zaloguj się, aby kontynuować.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out, and so are your laptops: sign them in again with the new password.</source>
            <translation>Hasło zostało zmienione. Pozostałe przeglądarki zostały wylogowane, laptopy również: zaloguj je ponownie nowym hasłem.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The sign-in form had expired. Please try again.</source>
            <translation>Formularz logowania wygasł. Spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Enter your user name and your password.</source>
            <translation>Wpisz nazwę użytkownika i hasło.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The portal speaks your language now.</source>
            <translation>Portal mówi teraz Twoim językiem.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Sign in</source>
            <translation>Zaloguj się</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your account</source>
            <translation>Twoje konto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>Actions are waiting for you</source>
            <translation>Czekają na Ciebie działania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your mystery shopping provider</source>
            <translation>Twój dostawca badań tajemniczego klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>See them in the portal (you will be asked to sign in):</source>
            <translation>Zobacz je w portalu (zostaniesz poproszony o zalogowanie):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Hello {name},</source>
            <translation>Dzień dobry, {name},</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{sender} sends this reminder once a day while actions are waiting.</source>
            <translation>{sender} wysyła to przypomnienie raz dziennie, dopóki działania czekają.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are past their due date.</source>
            <translation>Termin minął dla {n} Twoich działań.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are due within a day.</source>
            <translation>Termin {n} Twoich działań mija w ciągu doby.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>In progress</source>
            <translation>W toku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Overdue</source>
            <translation>Po terminie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Reopened</source>
            <translation>Otwarte ponownie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Verified</source>
            <translation>Zatwierdzone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Withdrawn after appeal</source>
            <translation>Wycofane po odwołaniu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Opened by the published report</source>
            <translation>Otwarte przez opublikowany raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Started</source>
            <translation>Rozpoczęto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Held at the next visit</source>
            <translation>Utrzymane przy następnej wizycie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Recurred at the next visit</source>
            <translation>Powtórzyło się przy następnej wizycie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Those photos are too large.</source>
            <translation>Te zdjęcia są za duże.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five, 15 MB each.</source>
            <translation>Wyślij najwyżej pięć, po 15 MB.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There is no such download here.</source>
            <translation>Nie ma tu takiego pliku do pobrania.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Actions {start} to {end}</source>
            <translation>Działania {start} do {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such action here.</source>
            <translation>Nie ma tu takiego działania.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>the photo is larger than 15 MB</source>
            <translation>zdjęcie jest większe niż 15 MB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>You cannot do that to this action.</source>
            <translation>Nie możesz tego zrobić z tym działaniem.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>This photo is missing on the server.</source>
            <translation>Tego zdjęcia brakuje na serwerze.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>Tell the firm.</source>
            <translation>Powiadom firmę.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such photo here.</source>
            <translation>Nie ma tu takiego zdjęcia.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Too many changes at once.</source>
            <translation>Zbyt wiele zmian naraz.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Wait a minute and try again.</source>
            <translation>Odczekaj minutę i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five photos.</source>
            <translation>Wyślij najwyżej pięć zdjęć.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Due date</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Newest first</source>
            <translation>Najnowsze najpierw</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>That photo was refused: {why}</source>
            <translation>To zdjęcie odrzucono: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That form could not be read.</source>
            <translation>Nie udało się odczytać tego formularza.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the PDF is cut short</source>
            <translation>PDF jest ucięty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the image is damaged</source>
            <translation>obraz jest uszkodzony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Appeals are filed by the client.</source>
            <translation>Odwołania składa klient.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Too many appeals at once.</source>
            <translation>Zbyt wiele odwołań naraz.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Wait a few minutes and try again.</source>
            <translation>Odczekaj kilka minut i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not filed.</source>
            <translation>Odwołanie nie zostało złożone.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is filed. The firm will answer it here.</source>
            <translation>Twoje odwołanie zostało złożone. Firma odpowie na nie tutaj.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not withdrawn.</source>
            <translation>Odwołanie nie zostało wycofane.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>There is no such appeal here.</source>
            <translation>Nie ma tu takiego odwołania.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>That form is too large.</source>
            <translation>Formularz jest za duży.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>{file} was refused: {reason}</source>
            <translation>{file} odrzucono: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>There is no such report here.</source>
            <translation>Nie ma tu takiego raportu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is withdrawn.</source>
            <translation>Twoje odwołanie zostało wycofane.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>No figures in this period.</source>
            <translation>Brak wyników w tym okresie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}, {low} to {high}</source>
            <translation>{month}: średnia {mean}, od {low} do {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}</source>
            <translation>{month}: średnia {mean}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{what}: the visits</source>
            <translation>{what}: wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Genuine: a report signed by the firm, unchanged since.</source>
            <translation>Autentyczny: raport podpisany przez firmę, od tego czasu niezmieniony.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is too large to be a report.</source>
            <translation>Ten plik jest zbyt duży, by być raportem.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Reports are checked up to 32 MB.</source>
            <translation>Sprawdzane są raporty do 32 MB.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not a signed report.</source>
            <translation>To nie jest podpisany raport.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file has no digital signature.</source>
            <translation>Plik nie ma podpisu elektronicznego.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: the file was changed after it was signed.</source>
            <translation>Nieautentyczny: plik zmieniono po podpisaniu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Its content no longer matches its signature. Download the report again from its page.</source>
            <translation>Jego treść nie zgadza się już z podpisem. Pobierz raport ponownie z jego strony.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: something was added to the file after it was signed.</source>
            <translation>Nieautentyczny: po podpisaniu coś dodano do pliku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The signature covers only part of the file. Download the report again from its page.</source>
            <translation>Podpis obejmuje tylko część pliku. Pobierz raport ponownie z jego strony.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Signed and unchanged, but not one of your reports.</source>
            <translation>Podpisany i niezmieniony, ale to nie jest żaden z Twoich raportów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is not a report published for you on this portal.</source>
            <translation>To nie jest raport opublikowany dla Ciebie w tym portalu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Choose the report's PDF file first.</source>
            <translation>Najpierw wybierz plik PDF raportu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is not a PDF. Choose the report's PDF file.</source>
            <translation>Ten plik nie jest plikiem PDF. Wybierz plik PDF raportu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file could not be checked.</source>
            <translation>Nie udało się sprawdzić pliku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is damaged or not a report. Download the report again from its page.</source>
            <translation>Jest uszkodzony albo nie jest raportem. Pobierz raport ponownie z jego strony.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The report of {location}, {day}{number}, signed by {signer}.</source>
            <translation>Raport z {location}, {day}{number}, podpisany przez {signer}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n second(s).</source>
            <translation>
                <numerusform>Zbyt wiele sprawdzeń: spróbuj ponownie za %n sekundę.</numerusform>
                <numerusform>Zbyt wiele sprawdzeń: spróbuj ponownie za %n sekundy.</numerusform>
                <numerusform>Zbyt wiele sprawdzeń: spróbuj ponownie za %n sekund.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n minute(s).</source>
            <translation>
                <numerusform>Zbyt wiele sprawdzeń: spróbuj ponownie za %n minutę.</numerusform>
                <numerusform>Zbyt wiele sprawdzeń: spróbuj ponownie za %n minuty.</numerusform>
                <numerusform>Zbyt wiele sprawdzeń: spróbuj ponownie za %n minut.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check a report</source>
            <translation>Sprawdź raport</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln wizyta</numerusform>
                <numerusform>%Ln wizyty</numerusform>
                <numerusform>%Ln wizyt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>none flagged</source>
            <translation>brak oznaczonych</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Quality checks</source>
            <translation>Kontrole jakości</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>published, at %Ln location(s)</source>
            <translation>
                <numerusform>opublikowane, w %Ln lokalizacji</numerusform>
                <numerusform>opublikowane, w %Ln lokalizacjach</numerusform>
                <numerusform>opublikowane, w %Ln lokalizacjach</numerusform>
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
                <numerusform>%Ln odpowiedź z oceną 4 lub 5</numerusform>
                <numerusform>%Ln odpowiedzi z oceną 4 lub 5</numerusform>
                <numerusform>%Ln odpowiedzi z oceną 4 lub 5</numerusform>
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
                <numerusform>%Ln odpowiedź, promotorzy − krytycy</numerusform>
                <numerusform>%Ln odpowiedzi, promotorzy − krytycy</numerusform>
                <numerusform>%Ln odpowiedzi, promotorzy − krytycy</numerusform>
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
                <numerusform>%Ln odpowiedź, średnia w skali 1–7</numerusform>
                <numerusform>%Ln odpowiedzi, średnia w skali 1–7</numerusform>
                <numerusform>%Ln odpowiedzi, średnia w skali 1–7</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: mean {mean} over %Ln visit(s)</source>
            <translation>
                <numerusform>{what}: średnia {mean} z %Ln wizyty</numerusform>
                <numerusform>{what}: średnia {mean} z %Ln wizyt</numerusform>
                <numerusform>{what}: średnia {mean} z %Ln wizyt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>no scored visits</source>
            <translation>brak ocenionych wizyt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{visits}, {low} to {high}</source>
            <translation>{visits}, od {low} do {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean score by month</source>
            <translation>Średni wynik według miesięcy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Locations ranked by mean score</source>
            <translation>Lokalizacje według średniego wyniku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Mean score by journey stage</source>
            <translation>Średni wynik według etapu ścieżki klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>The questions most often failed</source>
            <translation>Najczęściej niezaliczane pytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{value}%</source>
            <translation>{value}%</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>failed in {hits} of %Ln visit(s)</source>
            <translation>
                <numerusform>niezaliczone w {hits} z %Ln wizyty</numerusform>
                <numerusform>niezaliczone w {hits} z %Ln wizyt</numerusform>
                <numerusform>niezaliczone w {hits} z %Ln wizyt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: not on this location's forms</source>
            <translation>{what}: brak w formularzach tej lokalizacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>of 100; {low} to {high}</source>
            <translation>na 100; od {low} do {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint} at {location}</source>
            <translation>{touchpoint} – {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint}, all locations</source>
            <translation>{touchpoint}, wszystkie lokalizacje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>The dashboard is for the firm's supervisors and its clients.</source>
            <translation>Pulpit jest dla przełożonych firmy i jej klientów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Your reports are under Reports.</source>
            <translation>Twoje raporty są w zakładce Raporty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Period report {client} {start} to {end}</source>
            <translation>Raport okresowy {client} {start} do {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Visits {client} {start} to {end}</source>
            <translation>Wizyty {client} {start} do {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There are no clients here yet.</source>
            <translation>Nie ma tu jeszcze klientów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dashboard</source>
            <translation>Pulpit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>client</source>
            <translation>klient</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>supervisor</source>
            <translation>przełożony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>auditor</source>
            <translation>audytor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>This form has expired.</source>
            <translation>Ten formularz wygasł.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>Go back, reload the page and try again.</source>
            <translation>Wróć, odśwież stronę i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>The period ended before it started: the dates were swapped.</source>
            <translation>Okres kończył się przed początkiem: daty zamieniono miejscami.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>There is no such client here.</source>
            <translation>Nie ma tu takiego klienta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the start date was left out.</source>
            <translation>„{text}” nie jest datą (RRRR-MM-DD): pominięto datę początkową.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the end date was left out.</source>
            <translation>„{text}” nie jest datą (RRRR-MM-DD): pominięto datę końcową.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln bajt</numerusform>
                <numerusform>%Ln bajty</numerusform>
                <numerusform>%Ln bajtów</numerusform>
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
            <translation>Klient odwołał się od raportu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A client has filed an appeal of a published report. It waits in the app under Supervise → Appeals; the report is here:</source>
            <translation>Klient złożył odwołanie od opublikowanego raportu. Czeka w aplikacji w menu Nadzór → Odwołania; raport jest tutaj:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your appeal has been decided</source>
            <translation>Twoje odwołanie zostało rozpatrzone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A new report is waiting for you</source>
            <translation>Czeka na Ciebie nowy raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>This message holds no report data; the report itself stays in the portal.</source>
            <translation>Ta wiadomość nie zawiera danych z raportu; sam raport pozostaje w portalu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Open it in the portal (you will be asked to sign in):</source>
            <translation>Otwórz go w portalu (zostaniesz poproszony(-a) o zalogowanie):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has decided your appeal. Read the decision in the portal (you will be asked to sign in):</source>
            <translation>{sender} rozpatrzył(a) Twoje odwołanie. Przeczytaj decyzję w portalu (zostaniesz poproszony o zalogowanie):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has published a new mystery shopping report for you.</source>
            <translation>{sender} opublikował(a) dla Ciebie nowy raport z badania tajemniczego klienta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Oldest first</source>
            <translation>Najstarsze najpierw</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Highest score</source>
            <translation>Najwyższy wynik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Lowest score</source>
            <translation>Najniższy wynik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Location A–Z</source>
            <translation>Lokalizacja A–Z</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>All dates</source>
            <translation>Wszystkie daty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is not on the server.</source>
            <translation>Podpisanego raportu z tej wizyty nie ma na serwerze.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It was published by a version of the app that did not upload reports.</source>
            <translation>Opublikowała go wersja aplikacji, która nie wysyłała raportów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is missing on the server.</source>
            <translation>Na serwerze brakuje podpisanego raportu z tej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It may not be published yet.</source>
            <translation>Być może nie został jeszcze opublikowany.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Reports</source>
            <translation>Raporty</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n minute(s).</source>
            <translation>
                <numerusform>Zbyt wiele nieudanych logowań: spróbuj ponownie za %n minutę.</numerusform>
                <numerusform>Zbyt wiele nieudanych logowań: spróbuj ponownie za %n minuty.</numerusform>
                <numerusform>Zbyt wiele nieudanych logowań: spróbuj ponownie za %n minut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n second(s).</source>
            <translation>
                <numerusform>Zbyt wiele nieudanych logowań: spróbuj ponownie za %n sekundę.</numerusform>
                <numerusform>Zbyt wiele nieudanych logowań: spróbuj ponownie za %n sekundy.</numerusform>
                <numerusform>Zbyt wiele nieudanych logowań: spróbuj ponownie za %n sekund.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>This account is disabled. Ask the firm that sends your reports.</source>
            <translation>To konto jest wyłączone. Zapytaj firmę, która przysyła Ci raporty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password and its repetition differ.</source>
            <translation>Nowe hasło i jego powtórzenie się różnią.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>A password needs at least %n character(s).</source>
            <translation>
                <numerusform>Hasło musi mieć co najmniej %n znak.</numerusform>
                <numerusform>Hasło musi mieć co najmniej %n znaki.</numerusform>
                <numerusform>Hasło musi mieć co najmniej %n znaków.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password is the current one.</source>
            <translation>Nowe hasło jest takie samo jak obecne.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Wrong user name or password.</source>
            <translation>Błędna nazwa użytkownika lub hasło.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The current password is not right.</source>
            <translation>Obecne hasło jest nieprawidłowe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/action_rules.py" />
            <location filename="../../mystery_shop/services/quality.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That client no longer exists.</source>
            <translation>Ten klient już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/app_language.py" />
            <source>The app is not translated into {code!r}; it ships in {languages}.</source>
            <translation>Aplikacja nie jest przetłumaczona na {code!r}; dostępne języki: {languages}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>{appeal!r} is the start of several appeals: give more of it.</source>
            <translation>{appeal!r} to początek kilku odwołań: podaj więcej znaków.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only a supervisor decides an appeal.</source>
            <translation>Tylko supervisor rozstrzyga odwołanie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only the visit's auditor gives their account.</source>
            <translation>Tylko audytor wizyty składa swoje wyjaśnienie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Nobody asked for an account of this appeal.</source>
            <translation>Nikt nie prosił o wyjaśnienie do tego odwołania.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>The text is empty.</source>
            <translation>Tekst jest pusty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>No appeal {appeal!r}.</source>
            <translation>Brak odwołania {appeal!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <location filename="../../mystery_shop/services/review.py" />
            <source>{points!r} is not a number of points.</source>
            <translation>{points!r} nie jest liczbą punktów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/export.py" />
            <source>{name}: the export is written as .csv or .xlsx</source>
            <translation>{name}: eksport zapisuje się jako .csv lub .xlsx</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} is not in this profile.</source>
            <translation>Formularza {form} w wersji {version} nie ma w tym profilu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Choose where to save the form.</source>
            <translation>Wybierz, gdzie zapisać formularz.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>The form has %n problem(s) to fix before it can be saved.</source>
            <translation>
                <numerusform>Formularz ma %n problem do poprawienia przed zapisaniem.</numerusform>
                <numerusform>Formularz ma %n problemy do poprawienia przed zapisaniem.</numerusform>
                <numerusform>Formularz ma %n problemów do poprawienia przed zapisaniem.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Save the form before publishing it.</source>
            <translation>Zapisz formularz przed opublikowaniem.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>{target}: cannot save ({error}).</source>
            <translation>{target}: nie można zapisać ({error}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/period.py" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>Okres kończy się ({end}), zanim się zaczyna ({start}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>An annotated copy must be a JPEG image.</source>
            <translation>Kopia z adnotacjami musi być obrazem JPEG.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>That photo is not part of this visit.</source>
            <translation>To zdjęcie nie należy do tej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>The schedule needs the columns {columns}; missing: {missing}.</source>
            <translation>Harmonogram wymaga kolumn {columns}; brakuje: {missing}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{path}: cannot read the schedule ({error})</source>
            <translation>{path}: nie można odczytać harmonogramu ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{column} {text!r} is not a date as YYYY-MM-DD</source>
            <translation>{column} {text!r} nie jest datą w postaci RRRR-MM-DD</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>due {due} is before the visit date {when}</source>
            <translation>termin {due} przypada przed datą wizyty {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>no auditor {auditor!r}</source>
            <translation>nie ma audytora {auditor!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Too many earlier profiles beside {path}: remove some.</source>
            <translation>Zbyt wiele wcześniejszych profili obok {path}: usuń niektóre.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a profile: there is nothing to back up.</source>
            <translation>{path} nie jest profilem: nie ma czego zapisać.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Write the backup outside the profile folder {path}.</source>
            <translation>Zapisz kopię zapasową poza folderem profilu {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a mystery-shop profile backup.</source>
            <translation>{path} nie jest kopią zapasową profilu mystery-shop.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The database in {path} is damaged.</source>
            <translation>Baza danych w {path} jest uszkodzona.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>No file {path}.</source>
            <translation>Nie ma pliku {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} already holds a profile: restore into another folder, or replace it (it is kept beside, renamed).</source>
            <translation>{path} zawiera już profil: przywróć do innego folderu albo go zastąp (zostanie zachowany obok, pod zmienioną nazwą).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The photo {name} in {path} is damaged.</source>
            <translation>Zdjęcie {name} w {path} jest uszkodzone.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Submitted</source>
            <translation>Przesłana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Returned for changes</source>
            <translation>Zwrócona do poprawy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Approved</source>
            <translation>Zatwierdzona</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Published</source>
            <translation>Opublikowana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The page size must be one of {sizes}, not {size!r}.</source>
            <translation>Rozmiar strony musi być jednym z: {sizes}, a nie {size!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The timestamp server must be an http:// or https:// address, not {url!r}.</source>
            <translation>Serwer znaczników czasu musi mieć adres http:// lub https://, a nie {url!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The certificate's passphrase is never stored: it is asked for when signing.</source>
            <translation>Hasło certyfikatu nigdy nie jest zapisywane: aplikacja pyta o nie przy podpisywaniu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>Unknown report setting: {error}</source>
            <translation>Nieznane ustawienie raportu: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_signing.py" />
            <source>The report could not be signed: {error}</source>
            <translation>Nie udało się podpisać raportu: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>Folder {folder} nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot create the folder {folder}: {error}</source>
            <translation>Nie można utworzyć folderu {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write in {folder}: {error}</source>
            <translation>Nie można zapisywać w {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write {out}: {error}</source>
            <translation>Nie można zapisać {out}: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Publishing sends the client the visit's signed report, and this visit has none yet: sign its report (Approve and sign, or export the report with the firm's certificate), then publish.</source>
            <translation>Publikacja wysyła klientowi podpisany raport z wizyty, a ta wizyta jeszcze go nie ma: podpisz jej raport (Zatwierdź i podpisz albo wyeksportuj raport z certyfikatem firmy), a potem opublikuj.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The comment is empty.</source>
            <translation>Komentarz jest pusty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Say what the auditor should fix: returning a visit needs a comment.</source>
            <translation>Napisz, co audytor ma poprawić: zwrot wizyty wymaga komentarza.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>An accepted appeal changed this published visit: sign its revised report (give the signing key).</source>
            <translation>Przyjęte odwołanie zmieniło tę opublikowaną wizytę: podpisz jej poprawiony raport (podaj klucz do podpisu).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The signed report was not kept; nothing was published.</source>
            <translation>Podpisany raport nie został zachowany; nic nie opublikowano.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This change cannot be sent again; only its details can be kept.</source>
            <translation>Tej zmiany nie można wysłać ponownie; można tylko zachować jej szczegóły.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This refused answer does not say which visit and question it was for.</source>
            <translation>Ta odrzucona odpowiedź nie mówi, której wizyty i którego pytania dotyczyła.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>That refused change is no longer listed.</source>
            <translation>Tej odrzuconej zmiany nie ma już na liście.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>No visit {visit!r}.</source>
            <translation>Nie ma wizyty {visit!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{text!r} cannot be answered N/A.</source>
            <translation>Na {text!r} nie można odpowiedzieć N/D.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit is {status} and can no longer be changed.</source>
            <translation>Wizyta ma status „{status}” i nie można jej już zmienić.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>Type your name beside your signature.</source>
            <translation>Wpisz swoje imię i nazwisko obok podpisu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit cannot be submitted yet:
{items}</source>
            <translation>Wizyty nie można jeszcze przesłać:
{items}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: no such question in this form</source>
            <translation>{question}: w tym formularzu nie ma takiego pytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The signature cannot be used: {reason}.</source>
            <translation>Nie można użyć podpisu: {reason}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: N/A is not allowed on this question</source>
            <translation>{question}: to pytanie nie dopuszcza odpowiedzi N/D</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Give your full name: reports and the audit trail show it.</source>
            <translation>Podaj imię i nazwisko: pokazują je raporty i dziennik zmian.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A name is at most %n character(s).</source>
            <translation>
                <numerusform>Nazwa może mieć najwyżej %n znak.</numerusform>
                <numerusform>Nazwa może mieć najwyżej %n znaki.</numerusform>
                <numerusform>Nazwa może mieć najwyżej %n znaków.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Several locations are called {name!r}: say which, as CLIENT / NAME ({options}).</source>
            <translation>Kilka lokalizacji nazywa się {name!r}: wskaż którą, jako KLIENT / NAZWA ({options}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Only a supervisor assigns visits to other auditors.</source>
            <translation>Tylko przełożony przydziela wizyty innym audytorom.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>{prefix!r} matches several visits: give more of the id.</source>
            <translation>{prefix!r} pasuje do kilku wizyt: podaj dłuższy fragment identyfikatora.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>There is already a client called {name!r}.</source>
            <translation>Jest już klient o nazwie {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>This client already has a location called {name!r}.</source>
            <translation>Ten klient ma już lokalizację o nazwie {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That location no longer exists.</source>
            <translation>Ta lokalizacja już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} exists already with different content: a published version never changes, so give the new one a higher version.</source>
            <translation>Formularz {form} w wersji {version} już istnieje i ma inną treść: opublikowana wersja nigdy się nie zmienia, więc nadaj nowej wyższy numer wersji.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was made by a newer version (database schema {revision}); install the newest version</source>
            <translation>ten profil utworzyła nowsza wersja (schemat bazy danych {revision}); zainstaluj najnowszą wersję</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was last opened by version {version}; install {version} or newer</source>
            <translation>ten profil był ostatnio otwarty w wersji {version}; zainstaluj wersję {version} lub nowszą</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>the profile could not be upgraded to this version ({error}); it was put back as it was from {backup}</source>
            <translation>nie udało się zaktualizować profilu do tej wersji ({error}); przywrócono go do poprzedniego stanu z {backup}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/sync/account.py" />
            <source>this profile belongs to {user}, with %n change(s) waiting to be sent as theirs: sign in as them, or use another profile</source>
            <translation>
                <numerusform>ten profil należy do {user} i %n zmiana czeka na wysłanie jako jego: zaloguj się jako {user} albo użyj innego profilu</numerusform>
                <numerusform>ten profil należy do {user} i %n zmiany czekają na wysłanie jako jego: zaloguj się jako {user} albo użyj innego profilu</numerusform>
                <numerusform>ten profil należy do {user} i %n zmian czeka na wysłanie jako jego: zaloguj się jako {user} albo użyj innego profilu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/account.py" />
            <source>wrong username or password, or the account is disabled</source>
            <translation>nieprawidłowa nazwa użytkownika lub hasło albo konto jest wyłączone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>not signed in: run mystery-shop login --server URL --user NAME</source>
            <translation>nie zalogowano: uruchom mystery-shop login --server URL --user NAZWA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>no saved sign-in on this computer: run mystery-shop login again</source>
            <translation>na tym komputerze nie zapisano logowania: uruchom ponownie mystery-shop login</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>a sync is already running</source>
            <translation>synchronizacja już trwa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>the sync server {server} cannot be reached ({problem})</source>
            <translation>nie można połączyć się z serwerem synchronizacji {server} ({problem})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: install version {version} or newer from {url}</source>
            <translation>ta wersja ({have}) jest za stara dla serwera: zainstaluj wersję {version} lub nowszą z {url}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>cannot download {path} from {server}</source>
            <translation>nie można pobrać {path} z {server}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>sign in again: {detail}</source>
            <translation>zaloguj się ponownie: {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: {detail}; ask for the newest version</source>
            <translation>ta wersja ({have}) jest za stara dla serwera: {detail}; poproś o najnowszą wersję</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/app.py" />
            <source>Cannot open the profile</source>
            <translation>Nie można otworzyć profilu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>Click for the visits</source>
            <translation>Kliknij, aby zobaczyć wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>No visits in this period</source>
            <translation>Brak wizyt w tym okresie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export data…</source>
            <translation>Eksportuj dane…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%Ln approved or published visit(s)</source>
            <translation>
                <numerusform>%Ln zatwierdzona lub opublikowana wizyta</numerusform>
                <numerusform>%Ln zatwierdzone lub opublikowane wizyty</numerusform>
                <numerusform>%Ln zatwierdzonych lub opublikowanych wizyt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%n odpowiedź z oceną 4 lub 5</numerusform>
                <numerusform>%n odpowiedzi z oceną 4 lub 5</numerusform>
                <numerusform>%n odpowiedzi z oceną 4 lub 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%n odpowiedź, promotorzy − krytycy</numerusform>
                <numerusform>%n odpowiedzi, promotorzy − krytycy</numerusform>
                <numerusform>%n odpowiedzi, promotorzy − krytycy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%n odpowiedź, średnia w skali 1–7</numerusform>
                <numerusform>%n odpowiedzi, średnia w skali 1–7</numerusform>
                <numerusform>%n odpowiedzi, średnia w skali 1–7</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>scored visits</source>
            <translation>ocenione wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CSAT answers</source>
            <translation>odpowiedzi CSAT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>NPS answers</source>
            <translation>odpowiedzi NPS</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CES answers</source>
            <translation>odpowiedzi CES</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Locations ranked</source>
            <translation>Ranking lokalizacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean touchpoint score; click a cell for its visits.</source>
            <translation>Średni wynik punktu styku; kliknij komórkę, aby zobaczyć jej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Journey stages</source>
            <translation>Etapy ścieżki klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most failed questions</source>
            <translation>Najczęściej niezaliczone pytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>% of visits where the question earned nothing</source>
            <translation>% wizyt, w których pytanie nie dało punktów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Add a client first.</source>
            <translation>Najpierw dodaj klienta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{section} at {location}</source>
            <translation>{section} w {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed: {q}</source>
            <translation>niezaliczone: {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{stage} stage</source>
            <translation>etap: {stage}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation>
                <numerusform>%n oceniona wizyta · od {lo} do {hi}</numerusform>
                <numerusform>%n ocenione wizyty · od {lo} do {hi}</numerusform>
                <numerusform>%n ocenionych wizyt · od {lo} do {hi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed in {h} of %n visit(s)</source>
            <translation>
                <numerusform>niezaliczone w {h} z %n wizyty</numerusform>
                <numerusform>niezaliczone w {h} z %n wizyt</numerusform>
                <numerusform>niezaliczone w {h} z %n wizyt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation>
                <numerusform>{title}: %n wizyta. Kliknij ją dwukrotnie, aby otworzyć.</numerusform>
                <numerusform>{title}: %n wizyty. Kliknij dwukrotnie, aby otworzyć.</numerusform>
                <numerusform>{title}: %n wizyt. Kliknij dwukrotnie, aby otworzyć.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a comment</source>
            <translation>Niezaliczone pytanie wymaga komentarza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Rule over answers</source>
            <translation>Reguła dotycząca odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a photo</source>
            <translation>Niezaliczone pytanie wymaga zdjęcia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>The visit lasts at least</source>
            <translation>Wizyta trwa co najmniej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>equals one of</source>
            <translation>równa się jednej z</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is a number between</source>
            <translation>jest liczbą między</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is answered</source>
            <translation>ma odpowiedź</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>block</source>
            <translation>blokada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>warning</source>
            <translation>ostrzeżenie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Add check</source>
            <translation>Dodaj kontrolę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Remove check</source>
            <translation>Usuń kontrolę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Checks catch a doubtful visit before a supervisor reads it. None changes a score.</source>
            <translation>Kontrole wyłapują wątpliwą wizytę, zanim przeczyta ją przełożony. Żadna nie zmienia wyniku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Id</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Block the submit (otherwise a warning the auditor explains)</source>
            <translation>Blokuj wysłanie (w przeciwnym razie ostrzeżenie, które audytor wyjaśnia)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Severity</source>
            <translation>Waga</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>This form has no checks. Choose a kind and press “Add check”.</source>
            <translation>Ten formularz nie ma kontroli. Wybierz rodzaj i naciśnij „Dodaj kontrolę”.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words</source>
            <translation> słów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Comment of at least</source>
            <translation>Komentarz o długości co najmniej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>minutes, from the first answer to the signature</source>
            <translation>minuty, od pierwszej odpowiedzi do podpisu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Minutes at least</source>
            <translation>Co najmniej minut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A photo when one of these earns 0</source>
            <translation>Zdjęcie, gdy któreś z nich daje 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>values, separated by commas</source>
            <translation>wartości, oddzielone przecinkami</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no lower bound</source>
            <translation>puste: bez dolnej granicy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no upper bound</source>
            <translation>puste: bez górnej granicy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Then</source>
            <translation>Wtedy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Message</source>
            <translation>Komunikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: a message made from the requirement</source>
            <translation>puste: komunikat utworzony z wymagania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is one of</source>
            <translation>jest jedną z</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>and</source>
            <translation>i</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>(always)</source>
            <translation>(zawsze)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Yes / no</source>
            <translation>Tak / nie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>One choice</source>
            <translation>Jeden wybór</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Several choices</source>
            <translation>Wielokrotny wybór</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Duration (stopwatch)</source>
            <translation>Czas trwania (stoper)</translation>
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
            <translation>Liczba</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Form id</source>
            <translation>Identyfikator formularza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>e.g. en, pl — the first is the default; empty: one language</source>
            <translation>np. en, pl — pierwszy jest domyślny; puste: jeden język</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Grade bands</source>
            <translation>Przedziały ocen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Journey stage</source>
            <translation>Etap ścieżki klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Channel</source>
            <translation>Kanał</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>blank: no weights (every touchpoint or none)</source>
            <translation>puste: bez wag (wszystkie punkty styku albo żaden)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at least</source>
            <translation>Zdjęć co najmniej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at most</source>
            <translation>Zdjęć co najwyżej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Help</source>
            <translation>Pomoc</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Critical</source>
            <translation>Krytyczne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>The auditor may answer N/A</source>
            <translation>Audytor może odpowiedzieć „nie dotyczy”</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Required</source>
            <translation>Wymagane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Show only if</source>
            <translation>Pokaż tylko, jeśli</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>From score</source>
            <translation>Od wyniku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Grade</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Colour</source>
            <translation>Kolor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add band</source>
            <translation>Dodaj przedział</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove band</source>
            <translation>Usuń przedział</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>{v} (saving makes version {n}: version {t} is in use)</source>
            <translation>{v} (zapis utworzy wersję {n}: wersja {t} jest w użyciu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Good answer</source>
            <translation>Dobra odpowiedź</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Whole numbers only</source>
            <translation>Tylko liczby całkowite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Choices</source>
            <translation>Odpowiedzi do wyboru</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Thresholds</source>
            <translation>Progi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Shown in the default language when empty</source>
            <translation>Gdy puste, pokazywane w języku domyślnym</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Label</source>
            <translation>Etykieta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Up to seconds</source>
            <translation>Do sekund</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails its touchpoint</source>
            <translation>Oblewa swój punkt styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails the visit</source>
            <translation>Oblewa wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Default for the type</source>
            <translation>Domyślnie dla typu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>default: {p}</source>
            <translation>domyślnie: {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Always shown</source>
            <translation>Zawsze widoczne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Option {n}</source>
            <translation>Opcja {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>New grade</source>
            <translation>Nowa ocena</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>The language the preview shows the form in</source>
            <translation>Język, w którym podgląd pokazuje formularz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — as the auditor sees it</source>
            <translation>&lt;b&gt;Podgląd&lt;/b&gt; — tak, jak widzi go audytor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problemy</numerusform>
                <numerusform>%n problemów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n required answer(s) missing</source>
            <translation>
                <numerusform>brakuje %n wymaganej odpowiedzi</numerusform>
                <numerusform>brakuje %n wymaganych odpowiedzi</numerusform>
                <numerusform>brakuje %n wymaganych odpowiedzi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language: {name}</source>
            <translation>Język domyślny: {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language</source>
            <translation>Język domyślny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Fix the problems shown in red to see the checklist.</source>
            <translation>Popraw problemy zaznaczone na czerwono, aby zobaczyć listę kontrolną.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Total {t} · {g}</source>
            <translation>Razem {t} · {g}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(untitled touchpoint)</source>
            <translation>(punkt styku bez nazwy)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(no text)</source>
            <translation>(bez tekstu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer</source>
            <translation>Projektant formularzy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Designer</source>
            <translation>Projektant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Form</source>
            <translation>&amp;Formularz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>unsaved</source>
            <translation>niezapisany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open a form</source>
            <translation>Otwórz formularz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form:</source>
            <translation>Formularz:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export as XLSForm</source>
            <translation>Eksportuj jako XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>Skoroszyty XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save the form</source>
            <translation>Zapisz formularz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml)</source>
            <translation>Formularze audytu (*.yaml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Problems</source>
            <translation>Problemy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>New form</source>
            <translation>Nowy formularz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open file…</source>
            <translation>Otwórz plik…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open from this profile…</source>
            <translation>Otwórz z tego profilu…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import XLSForm…</source>
            <translation>Importuj XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export XLSForm…</source>
            <translation>Eksportuj XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save as…</source>
            <translation>Zapisz jako…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Publish</source>
            <translation>Opublikuj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form settings</source>
            <translation>Ustawienia formularza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add touchpoint</source>
            <translation>Dodaj punkt styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add question</source>
            <translation>Dodaj pytanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Duplicate</source>
            <translation>Powiel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml *.yml)</source>
            <translation>Formularze audytu (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>No forms</source>
            <translation>Brak formularzy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>This profile has no forms yet.</source>
            <translation>Ten profil nie ma jeszcze formularzy.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import an XLSForm</source>
            <translation>Importuj XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot import the workbook</source>
            <translation>Nie można zaimportować skoroszytu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Imported, with notes</source>
            <translation>Zaimportowano, z uwagami</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot export</source>
            <translation>Nie można wyeksportować</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Fix the problems shown in red first.</source>
            <translation>Najpierw popraw problemy zaznaczone na czerwono.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>{what} — Undo (Ctrl+Z) brings it back</source>
            <translation>{what} — Cofnij (Ctrl+Z) przywraca</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Unsaved changes</source>
            <translation>Niezapisane zmiany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Discard the changes to this form?</source>
            <translation>Odrzucić zmiany w tym formularzu?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot open the form</source>
            <translation>Nie można otworzyć formularza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not an XLSForm</source>
            <translation>To nie jest XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot save</source>
            <translation>Nie można zapisać</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Saved version {v} to {p}</source>
            <translation>Zapisano wersję {v} w {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot publish</source>
            <translation>Nie można opublikować</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Published {id} version {v}: it goes to the server at the next sync</source>
            <translation>Opublikowano {id} w wersji {v}: trafi na serwer przy następnej synchronizacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Close without saving the form?</source>
            <translation>Zamknąć bez zapisywania formularza?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer — {title} v{v} ({file})</source>
            <translation>Projektant formularzy — {title} w. {v} ({file})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undo {what}</source>
            <translation>Cofnij: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo {what}</source>
            <translation>Ponów: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undone: {what}</source>
            <translation>Cofnięto: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redone: {what}</source>
            <translation>Ponowiono: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not carried over:</source>
            <translation>Nie przeniesiono:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Exported to {p}</source>
            <translation>Wyeksportowano do {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Known coordinates</source>
            <translation>Znane współrzędne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>This computer's time zone</source>
            <translation>Strefa czasowa tego komputera</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Latitude</source>
            <translation>Szerokość geograficzna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Longitude</source>
            <translation>Długość geograficzna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Time zone</source>
            <translation>Strefa czasowa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Clients, locations and forms</source>
            <translation>Klienci, lokalizacje i formularze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients and locations</source>
            <translation>Klienci i lokalizacje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Forms</source>
            <translation>Formularze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Show archived</source>
            <translation>Pokaż zarchiwizowane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>New client</source>
            <translation>Nowy klient</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Client name:</source>
            <translation>Nazwa klienta:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename client</source>
            <translation>Zmień nazwę klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import a form</source>
            <translation>Importuj formularz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Form files (*.yaml *.yml)</source>
            <translation>Pliki formularzy (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>The form has problems</source>
            <translation>Formularz ma problemy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Add…</source>
            <translation>Dodaj…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename…</source>
            <translation>Zmień nazwę…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive / restore</source>
            <translation>Archiwizuj / przywróć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Locations</source>
            <translation>Lokalizacje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Edit…</source>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>(archived)</source>
            <translation>(zarchiwizowany)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import form file…</source>
            <translation>Importuj plik formularza…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive</source>
            <translation>Archiwizuj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{title}   ({id}, version {v})</source>
            <translation>{title}   ({id}, wersja {v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{name} was not imported. Fix these lines and try again:</source>
            <translation>{name} nie został zaimportowany. Popraw te wiersze i spróbuj ponownie:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Lock-out between visits</source>
            <translation>Przerwa między wizytami</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> visits</source>
            <translation> wizyt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Straight-lining over the last</source>
            <translation>Identyczne odpowiedzi w ostatnich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> SD</source>
            <translation> SD</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Auditor outlier at</source>
            <translation>Odstający audytor od</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Outlier needs at least</source>
            <translation>Odstający wymaga co najmniej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words/min</source>
            <translation> słów/min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Reading speed</source>
            <translation>Szybkość czytania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>A reused comment has at least</source>
            <translation>Powtórzony komentarz ma co najmniej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Export data</source>
            <translation>Eksport danych</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>One row per visit, one column per question, then the touchpoint scores. Only approved and published visits are exported.</source>
            <translation>Jeden wiersz na wizytę, jedna kolumna na pytanie, potem wyniki punktów styku. Eksportowane są tylko wizyty zatwierdzone i opublikowane.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Skoroszyt Excel (.xlsx)</translation>
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
            <translation>Eksportuj…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Exporting…</source>
            <translation>Eksportowanie…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Data (*{s})</source>
            <translation>Dane (*{s})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>%n visit(s) written to {path}</source>
            <translation>
                <numerusform>Zapisano %n wizytę w {path}</numerusform>
                <numerusform>Zapisano %n wizyty w {path}</numerusform>
                <numerusform>Zapisano %n wizyt w {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Welcome to Mystery Shop</source>
            <translation>Witamy w Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>How does this computer work?

With your firm's sync server, visits come from your supervisor and go back to them. Alone, this computer plans, fills, reviews and reports by itself.</source>
            <translation>Jak pracuje ten komputer?

Z serwerem synchronizacji firmy wizyty przychodzą od przełożonego i do niego wracają. Samodzielnie ten komputer sam planuje, wypełnia, przegląda i tworzy raporty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Connect to the firm's server…</source>
            <translation>Połącz z serwerem firmy…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Work alone on this computer</source>
            <translation>Pracuj samodzielnie na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>New visit</source>
            <translation>Nowa wizyta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>What the shopper should ask or do (optional)</source>
            <translation>O co klient-tajemniczy powinien zapytać lub co zrobić (opcjonalnie)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Form</source>
            <translation>Formularz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scheduled</source>
            <translation>Zaplanowana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Due by</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scenario</source>
            <translation>Scenariusz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Add a client first (Manage → Clients and locations).</source>
            <translation>Najpierw dodaj klienta (Zarządzaj → Klienci i lokalizacje).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Create and open</source>
            <translation>Utwórz i otwórz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Plan visit</source>
            <translation>Zaplanuj wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>This client has no locations yet.</source>
            <translation>Ten klient nie ma jeszcze lokalizacji.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Me ({name})</source>
            <translation>Ja ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Import a form first (Manage → Forms).</source>
            <translation>Najpierw zaimportuj formularz (Zarządzaj → Formularze).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>{title} (v{v})</source>
            <translation>{title} (w. {v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Plan visits from a CSV schedule</source>
            <translation>Zaplanuj wizyty z harmonogramu CSV</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Schedule planned</source>
            <translation>Harmonogram zaplanowany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Cannot read the schedule</source>
            <translation>Nie można odczytać harmonogramu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>, refused %n row(s):</source>
            <translation>
                <numerusform>, odrzucono %n wiersz:</numerusform>
                <numerusform>, odrzucono %n wiersze:</numerusform>
                <numerusform>, odrzucono %n wierszy:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>{file}: planned %n visit(s)</source>
            <translation>
                <numerusform>{file}: zaplanowano %n wizytę</numerusform>
                <numerusform>{file}: zaplanowano %n wizyty</numerusform>
                <numerusform>{file}: zaplanowano %n wizyt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Fix those lines and import a file with only them: the good rows are planned already. Columns: {c} ({r} required).</source>
            <translation>Popraw te wiersze i zaimportuj plik tylko z nimi: poprawne wiersze są już zaplanowane. Kolumny: {c} (wymagane: {r}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>The new language is used from the next start of the app.</source>
            <translation>Nowy język zostanie użyty od następnego uruchomienia aplikacji.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>System language ({name})</source>
            <translation>Język systemu ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong. The details are in the log file; you can copy them below.</source>
            <translation>Coś poszło nie tak. Szczegóły są w pliku dziennika; możesz je skopiować poniżej.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Coś poszło nie tak</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Cannot do that</source>
            <translation>Nie można tego zrobić</translation>
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
            <translation>Nie ma jeszcze wizyt.

Zaplanuj wizytę poleceniem Nowa wizyta (Ctrl+N) albo utwórz profil demonstracyjny:
mystery-shop demo --profile DIR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Main</source>
            <translation>Główny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Find</source>
            <translation>Szukaj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>&amp;Supervise</source>
            <translation>&amp;Nadzór</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Fo&amp;rms</source>
            <translation>Fo&amp;rmularze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Form designer…</source>
            <translation>Projektant formularzy…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Search visits (Ctrl+F)</source>
            <translation>Szukaj wizyt (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>from any date</source>
            <translation>od dowolnej daty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>to any date</source>
            <translation>do dowolnej daty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All clients</source>
            <translation>Wszyscy klienci</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All locations</source>
            <translation>Wszystkie lokalizacje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>About Mystery Shop</source>
            <translation>O programie Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Refresh</source>
            <translation>Odśwież</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>About</source>
            <translation>O programie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Settings…</source>
            <translation>Ustawienia…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Quit</source>
            <translation>Zakończ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan a visit…</source>
            <translation>Zaplanuj wizytę…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan from CSV…</source>
            <translation>Zaplanuj z pliku CSV…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Review queue</source>
            <translation>Kolejka do przeglądu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeals</source>
            <translation>Odwołania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Export report…</source>
            <translation>Eksportuj raport…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export internal copy…</source>
            <translation>Eksportuj kopię wewnętrzną…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export reports for a period…</source>
            <translation>Eksportuj raporty za okres…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Report settings…</source>
            <translation>Ustawienia raportów…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>All states</source>
            <translation>Wszystkie stany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Assigned to me</source>
            <translation>Przypisane do mnie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Your name</source>
            <translation>Twoje imię i nazwisko</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Your full name, as reports and the audit trail show it:</source>
            <translation>Twoje imię i nazwisko, tak jak pokazują je raporty i dziennik audytu:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Select a visit first.</source>
            <translation>Najpierw wybierz wizytę.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Mystery shopping and customer-touchpoint audits: offline checklists, scoring, photo evidence and signed PDF reports.</source>
            <translation>Tajemniczy klient i audyty punktów styku z klientem: listy kontrolne offline, punktacja, zdjęcia jako dowody i podpisane raporty PDF.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Log file</source>
            <translation>Plik dziennika</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports will name you “{name}”. &lt;a href='#name'&gt;Set your name…&lt;/a&gt;</source>
            <translation>Raporty będą podawać Cię jako „{name}”. &lt;a href='#name'&gt;Ustaw swoje imię i nazwisko…&lt;/a&gt;</translation>
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
                <numerusform>%Ln wizyta · widoczne: {shown}</numerusform>
                <numerusform>%Ln wizyty · widoczne: {shown}</numerusform>
                <numerusform>%Ln wizyt · widoczne: {shown}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports now name you {name}.</source>
            <translation>Raporty podają teraz Cię jako {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Visit planned for {name}.</source>
            <translation>Zaplanowano wizytę dla: {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Planned</source>
            <translation>Zaplanowana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Score override</source>
            <translation>Zmiana punktacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed</source>
            <translation>Podpisano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Signature cleared</source>
            <translation>Podpis usunięty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Report</source>
            <translation>Raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Why / detail</source>
            <translation>Dlaczego / szczegóły</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>server: %1</source>
            <translation>serwer: %1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>On the device: %1. Received by the server: %2.</source>
            <translation>Na urządzeniu: %1. Odebrane przez serwer: %2.</translation>
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
                <numerusform>{section} w {location}: średnio {score} z %n wizyty; kliknij, aby zobaczyć wizytę</numerusform>
                <numerusform>{section} w {location}: średnio {score} z %n wizyt; kliknij, aby zobaczyć wizyty</numerusform>
                <numerusform>{section} w {location}: średnio {score} z %n wizyt; kliknij, aby zobaczyć wizyty</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Taken on another day</source>
            <translation>Zrobione innego dnia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the visit's start</source>
            <translation>Daleko od początku wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the location</source>
            <translation>Daleko od lokalizacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Used in another visit</source>
            <translation>Użyte w innej wizycie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too few photos</source>
            <translation>Za mało zdjęć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too many photos</source>
            <translation>Za dużo zdjęć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment missing</source>
            <translation>Brak komentarza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Rule</source>
            <translation>Reguła</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo missing</source>
            <translation>Brak zdjęcia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too short</source>
            <translation>Za krótka</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment reused</source>
            <translation>Powtórzony komentarz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo reused</source>
            <translation>Powtórzone zdjęcie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Straight-lining</source>
            <translation>Identyczne odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Auditor outlier</source>
            <translation>Odstający audytor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Repeat visit</source>
            <translation>Powtórna wizyta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too fast</source>
            <translation>Za szybko</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Visit date</source>
            <translation>Data wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Checks</source>
            <translation>Kontrole</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Evidence</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>✓ none</source>
            <translation>✓ brak</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>✓ no flags</source>
            <translation>✓ bez oznaczeń</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Submitted {when}</source>
            <translation>Przesłano {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>so far</source>
            <translation>do tej pory</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>A critical question failed: the form sets its touchpoint or the visit to 0.</source>
            <translation>Pytanie krytyczne niezaliczone: formularz ustawia jego punkt styku lub wizytę na 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Required answers are still missing: the figure counts only what is answered so far.</source>
            <translation>Nadal brakuje wymaganych odpowiedzi: wynik uwzględnia tylko to, na co dotąd odpowiedziano.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Overdue: due {date}</source>
            <translation>Po terminie: termin {date}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>overdue</source>
            <translation>po terminie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Freehand</source>
            <translation>Odręcznie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Arrow</source>
            <translation>Strzałka</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Box</source>
            <translation>Ramka</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text to place on the photo:</source>
            <translation>Tekst do umieszczenia na zdjęciu:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line</source>
            <translation>Linia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line width, in proportion to the photo's size</source>
            <translation>Grubość linii, proporcjonalnie do rozmiaru zdjęcia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take back the last mark (Ctrl+Z)</source>
            <translation>Cofnij ostatni znak (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take off every mark</source>
            <translation>Usuń wszystkie znaki</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Save annotated copy</source>
            <translation>Zapisz kopię z adnotacjami</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot annotate</source>
            <translation>Nie można dodać adnotacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>This visit cannot be changed any more.</source>
            <translation>Tej wizyty nie można już zmienić.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is not on this computer yet (it arrives with the next sync).</source>
            <translation>Oryginalnego zdjęcia nie ma jeszcze na tym komputerze (dotrze przy następnej synchronizacji).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom out (-, Ctrl+wheel)</source>
            <translation>Pomniejsz (-, Ctrl+kółko)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit</source>
            <translation>Dopasuj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit to the window (0)</source>
            <translation>Dopasuj do okna (0)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Powiększ (+, Ctrl+kółko)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag to draw freehand.</source>
            <translation>Przeciągnij, aby rysować odręcznie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from the tail to the point of the arrow.</source>
            <translation>Przeciągnij od końca do grotu strzałki.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from one corner of the box to the other.</source>
            <translation>Przeciągnij od jednego rogu ramki do przeciwległego.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Click where the text should start.</source>
            <translation>Kliknij tam, gdzie ma się zaczynać tekst.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is kept; saving makes an annotated copy.</source>
            <translation>Oryginalne zdjęcie zostaje zachowane; zapis tworzy kopię z adnotacjami.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove annotation</source>
            <translation>Usuń adnotację</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot save the annotation</source>
            <translation>Nie można zapisać adnotacji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Saving…</source>
            <translation>Zapisywanie…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Annotate — {name}</source>
            <translation>Adnotacje — {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Discard the marks?</source>
            <translation>Odrzucić znaki?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Close without saving the annotation?</source>
            <translation>Zamknąć bez zapisywania adnotacji?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Take photo</source>
            <translation>Zrób zdjęcie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Starting the camera…</source>
            <translation>Uruchamianie aparatu…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Press Take photo (or Space) when the picture is right.</source>
            <translation>Naciśnij Zrób zdjęcie (lub spację), gdy obraz jest dobry.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The photo could not be taken: {reason}</source>
            <translation>Nie udało się zrobić zdjęcia: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The camera cannot be used: {reason}</source>
            <translation>Nie można użyć aparatu: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Red</source>
            <translation>Czerwony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Yellow</source>
            <translation>Żółty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Green</source>
            <translation>Zielony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Blue</source>
            <translation>Niebieski</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>White</source>
            <translation>Biały</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Black</source>
            <translation>Czarny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thin</source>
            <translation>Cienka</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Medium</source>
            <translation>Średnia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thick</source>
            <translation>Gruba</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>no capture time</source>
            <translation>brak czasu wykonania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>no position</source>
            <translation>brak położenia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo</source>
            <translation>Zdjęcie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Previous photo (Left arrow)</source>
            <translation>Poprzednie zdjęcie (strzałka w lewo)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Next photo (Right arrow)</source>
            <translation>Następne zdjęcie (strzałka w prawo)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Actual pixels (1)</source>
            <translation>Rzeczywiste piksele (1)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>What the photo shows</source>
            <translation>Co pokazuje zdjęcie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Switch between the original and the annotated copy (A)</source>
            <translation>Przełącz między oryginałem a kopią z adnotacjami (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Annotate…</source>
            <translation>Adnotacje…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Draw arrows, boxes and notes on a copy; the original is kept</source>
            <translation>Rysuj strzałki, ramki i notatki na kopii; oryginał zostaje zachowany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Take the annotated copy off this photo; the original stays</source>
            <translation>Usuń kopię z adnotacjami z tego zdjęcia; oryginał zostaje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <location filename="../../mystery_shop/ui/widgets/closing.py" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Previous</source>
            <translation>Poprzednie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Next</source>
            <translation>Następne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption</source>
            <translation>Podpis</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Taken</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Position</source>
            <translation>Położenie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Size</source>
            <translation>Rozmiar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Annotation</source>
            <translation>Adnotacja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No caption.</source>
            <translation>Brak podpisu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show original</source>
            <translation>Pokaż oryginał</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show annotated</source>
            <translation>Pokaż z adnotacjami</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>None.</source>
            <translation>Brak.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Edit annotation…</source>
            <translation>Edytuj adnotację…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove the annotated copy? The original photo is not changed.</source>
            <translation>Usunąć kopię z adnotacjami? Oryginalne zdjęcie nie zostanie zmienione.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{i} of {n}</source>
            <translation>{i} z {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo {i} of {n}</source>
            <translation>Zdjęcie {i} z {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No evidence flags: time and place agree with the visit.</source>
            <translation>Brak oznaczeń dowodów: czas i miejsce zgadzają się z wizytą.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the annotated copy. The original is kept unchanged.</source>
            <translation>Pokazana jest kopia z adnotacjami. Oryginał pozostaje bez zmian.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the original. This photo also has an annotated copy.</source>
            <translation>Pokazany jest oryginał. To zdjęcie ma też kopię z adnotacjami.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>the picture has not arrived yet</source>
            <translation>obraz jeszcze nie dotarł</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up…</source>
            <translation>Utwórz kopię zapasową…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Write the whole profile to one file: unsent work, photos, settings</source>
            <translation>Zapisz cały profil w jednym pliku: niewysłaną pracę, zdjęcia, ustawienia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore…</source>
            <translation>Przywróć…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Put a profile back from a backup file</source>
            <translation>Przywróć profil z pliku kopii zapasowej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up the profile</source>
            <translation>Kopia zapasowa profilu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backing up the profile…</source>
            <translation>Tworzenie kopii zapasowej profilu…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backed up</source>
            <translation>Kopia zapisana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot back up the profile</source>
            <translation>Nie można utworzyć kopii zapasowej profilu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore a profile</source>
            <translation>Przywróć profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restored</source>
            <translation>Przywrócono</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile is backed up to {path}: {photos}, {changes} not yet sent.</source>
            <translation>Kopia zapasowa profilu zapisana w {path}: {photos}, niewysłane zmiany: {changes}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n zmiana</numerusform>
                <numerusform>%n zmiany</numerusform>
                <numerusform>%n zmian</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Replace this profile with the one in {path}? The profile open now is kept in a folder beside it, renamed. Mystery Shop then closes: open it again to work on the restored profile.</source>
            <translation>Zastąpić ten profil profilem z {path}? Otwarty teraz profil zostanie zachowany w folderze obok, pod zmienioną nazwą. Mystery Shop się wtedy zamknie: otwórz go ponownie, aby pracować na przywróconym profilu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile was restored from {path}: {photos}, {changes} waiting to be sent.</source>
            <translation>Profil przywrócono z {path}: {photos}, zmiany czekające na wysłanie: {changes}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Open Mystery Shop again to work on it.</source>
            <translation>Otwórz Mystery Shop ponownie, aby na nim pracować.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Profile backups (*{s})</source>
            <translation>Kopie zapasowe profilu (*{s})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot restore the profile</source>
            <translation>Nie można przywrócić profilu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile that was open is kept in {folder}.</source>
            <translation>Profil, który był otwarty, zachowano w {folder}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create the firm's signing key</source>
            <translation>Utwórz klucz podpisu firmy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>the name reports are signed as</source>
            <translation>nazwa, którą podpisywane są raporty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>The passphrase is asked whenever reports are signed and is never stored: keep it where the firm keeps its passwords. Give clients the .crt file written beside the key.</source>
            <translation>Hasło jest pytane przy każdym podpisywaniu raportów i nigdy nie jest zapisywane: przechowuj je tam, gdzie firma przechowuje hasła. Daj klientom plik .crt zapisany obok klucza.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm name</source>
            <translation>Nazwa firmy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase again</source>
            <translation>Powtórz hasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create key…</source>
            <translation>Utwórz klucz…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Save the signing key</source>
            <translation>Zapisz klucz podpisu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation>Klucz PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Give the firm's name: reports are signed as it.</source>
            <translation>Podaj nazwę firmy: raporty są nią podpisywane.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>at least {n} characters</source>
            <translation>co najmniej {n} znaków</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports</source>
            <translation>Eksportuj raporty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>One PDF per approved or published visit of the client in the period. Reports are signed when a certificate is set in Report settings.</source>
            <translation>Jeden PDF na każdą zatwierdzoną lub opublikowaną wizytę klienta w okresie. Raporty są podpisywane, gdy w Ustawieniach raportów jest ustawiony certyfikat.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancel export</source>
            <translation>Anuluj eksport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports to</source>
            <translation>Eksportuj raporty do</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Finding the visits…</source>
            <translation>Wyszukiwanie wizyt…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Stopping after the report being written…</source>
            <translation>Zatrzymywanie po zapisaniu bieżącego raportu…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>%v of %m reports</source>
            <translation>%v z %m raportów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>No approved or published visits of this client in the period.</source>
            <translation>Brak zatwierdzonych lub opublikowanych wizyt tego klienta w tym okresie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The reports were not written</source>
            <translation>Raporty nie zostały zapisane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Cannot sign the report</source>
            <translation>Nie można podpisać raportu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export internal copy</source>
            <translation>Eksportuj kopię wewnętrzną</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export report</source>
            <translation>Eksportuj raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The report was not written</source>
            <translation>Raport nie został zapisany</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The period ends before it starts.</source>
            <translation>Okres kończy się, zanim się zaczyna.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cannot sign the reports</source>
            <translation>Nie można podpisać raportów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Writing {name}</source>
            <translation>Zapisywanie {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Anulowano: zapisano {n} z %n raportu w {folder}.</numerusform>
                <numerusform>Anulowano: zapisano {n} z %n raportów w {folder}.</numerusform>
                <numerusform>Anulowano: zapisano {n} z %n raportów w {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Zapisano {n} z %n raportu w {folder}.</numerusform>
                <numerusform>Zapisano {n} z %n raportów w {folder}.</numerusform>
                <numerusform>Zapisano {n} z %n raportów w {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Not written:</source>
            <translation>Nie zapisano:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report settings</source>
            <translation>Ustawienia raportów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>as it appears on the cover of every report</source>
            <translation>tak, jak widnieje na okładce każdego raportu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PNG or JPEG (optional)</source>
            <translation>PNG lub JPEG (opcjonalnie)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>the firm's .p12 file; none: reports are not signed</source>
            <translation>plik .p12 firmy; brak: raporty nie są podpisywane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>optional: https://… an RFC 3161 timestamp server</source>
            <translation>opcjonalnie: https://… serwer znaczników czasu RFC 3161</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>No certificate yet? Create the firm's signing key here, then give clients the .crt file written beside it.</source>
            <translation>Nie masz jeszcze certyfikatu? Utwórz tu klucz podpisu firmy, a potem daj klientom plik .crt zapisany obok niego.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Create a signing key…</source>
            <translation>Utwórz klucz podpisu…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm logo</source>
            <translation>Logo firmy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Page size</source>
            <translation>Rozmiar strony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Certificate</source>
            <translation>Certyfikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Timestamp server</source>
            <translation>Serwer znaczników czasu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report language</source>
            <translation>Język raportów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The language of the client's reports: their words, dates and numbers</source>
            <translation>Język raportów klienta: ich słowa, daty i liczby</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose a file</source>
            <translation>Wybierz plik</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The certificate</source>
            <translation>Certyfikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>{what} {path} does not exist.</source>
            <translation>{what} {path} nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Sign the report</source>
            <translation>Podpisz raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Passphrase of the firm's certificate
{path}:</source>
            <translation>Hasło certyfikatu firmy
{path}:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>That passphrase did not open the certificate. Try again.</source>
            <translation>To hasło nie otworzyło certyfikatu. Spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>The certificate {path} cannot be read. Choose it again in Report settings.</source>
            <translation>Nie można odczytać certyfikatu {path}. Wybierz go ponownie w Ustawieniach raportów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Comment…</source>
            <translation>Komentarz…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Override points…</source>
            <translation>Zmień punkty…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>N/A — not applicable on this visit</source>
            <translation>N/D — nie dotyczy tej wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>{e} of {p} pts</source>
            <translation>{e} z {p} pkt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>critical failed</source>
            <translation>niezaliczone pytanie krytyczne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Overridden to {p} by {who}: {why}</source>
            <translation>Zmienione na {p} przez {who}: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Show decided appeals too</source>
            <translation>Pokaż też rozpatrzone odwołania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Visit</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Auditor's comment</source>
            <translation>Komentarz audytora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Filed</source>
            <translation>Złożone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Window closes</source>
            <translation>Koniec okna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Argument</source>
            <translation>Uzasadnienie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Open the visit</source>
            <translation>Otwórz wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The reply the client reads (or the question to the auditor)</source>
            <translation>Odpowiedź, którą przeczyta klient (albo pytanie do audytora)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Reply</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points if accepted</source>
            <translation>Punkty po przyjęciu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Ask the auditor</source>
            <translation>Zapytaj audytora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Decline</source>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Accept</source>
            <translation>Przyjmij</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Asked the auditor</source>
            <translation>Zapytano audytora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The auditor's account</source>
            <translation>Wyjaśnienie audytora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Waiting for the auditor's account</source>
            <translation>Czeka na wyjaśnienie audytora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>{n} open</source>
            <translation>Otwarte: {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>No appeals waiting.</source>
            <translation>Brak oczekujących odwołań.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>(not answered)</source>
            <translation>(bez odpowiedzi)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>New points, up to {max}</source>
            <translation>Nowe punkty, najwyżej {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>This file is not on this laptop yet: sync first.</source>
            <translation>Tego pliku nie ma jeszcze na tym laptopie: najpierw zsynchronizuj.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The appeal</source>
            <translation>Odwołanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Your comment for the auditor</source>
            <translation>Twój komentarz dla audytora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Save to my library of comments</source>
            <translation>Zapisz w mojej bibliotece komentarzy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Saved comments (double-click to use)</source>
            <translation>Zapisane komentarze (kliknij dwukrotnie, aby użyć)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Remove from library</source>
            <translation>Usuń z biblioteki</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override the points</source>
            <translation>Zmień punkty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Earned now</source>
            <translation>Teraz uzyskane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>New points</source>
            <translation>Nowe punkty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Why (required; shown in the audit trail and the report)</source>
            <translation>Dlaczego (wymagane; widoczne w dzienniku audytu i w raporcie)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override</source>
            <translation>Zmień</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Add comment</source>
            <translation>Dodaj komentarz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>0 to {p}</source>
            <translation>od 0 do {p}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>%n flagged</source>
            <translation>
                <numerusform>%n oznaczone</numerusform>
                <numerusform>%n oznaczone</numerusform>
                <numerusform>%n oznaczonych</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>annotated copy (the original is kept)</source>
            <translation>kopia z adnotacjami (oryginał zostaje zachowany)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>rule: {lo} to {hi}</source>
            <translation>reguła: od {lo} do {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>photo</source>
            <translation>zdjęcie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Nothing waiting for review.</source>
            <translation>Nic nie czeka na przegląd.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Any evidence</source>
            <translation>Dowolne dowody</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>⚑ With flags</source>
            <translation>⚑ Z oznaczeniami</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>✓ Without flags</source>
            <translation>✓ Bez oznaczeń</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits…</source>
            <translation>Zatwierdź czyste wizyty…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve the selected visits that no check and no evidence flag stands against</source>
            <translation>Zatwierdź zaznaczone wizyty bez kontroli i bez flag dowodowych</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All auditors</source>
            <translation>Wszyscy audytorzy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All forms</source>
            <translation>Wszystkie formularze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits</source>
            <translation>Zatwierdź czyste wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Select the visits to approve first.</source>
            <translation>Najpierw zaznacz wizyty do zatwierdzenia.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>None of the selected visits is clean.</source>
            <translation>Żadna z zaznaczonych wizyt nie jest czysta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve {clean} of the {selected} selected visits? {left} with checks or flags stay in the queue.</source>
            <translation>Zatwierdzić {clean} z {selected} zaznaczonych wizyt? {left} z kontrolami lub flagami zostaje w kolejce.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>{shown} of {total} waiting</source>
            <translation>{shown} z {total} oczekujących</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approved {approved}; {left} left for reading.</source>
            <translation>Zatwierdzono {approved}; {left} do przeczytania.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>(nobody)</source>
            <translation>(nikt)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comments on the visit</source>
            <translation>Komentarze do wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment on the visit…</source>
            <translation>Skomentuj wizytę…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Audit trail</source>
            <translation>Dziennik audytu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to auditor…</source>
            <translation>Zwróć audytorowi…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve</source>
            <translation>Zatwierdź</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve and sign report…</source>
            <translation>Zatwierdź i podpisz raport…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve, then write the signed PDF report in one step</source>
            <translation>Zatwierdź, a potem zapisz podpisany raport PDF za jednym razem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publish for the client</source>
            <translation>Opublikuj dla klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Waiting for your review: comment, override points with a reason, then return or approve.</source>
            <translation>Czeka na Twój przegląd: skomentuj, zmień punkty z podaniem powodu, potem zwróć albo zatwierdź.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Returned to the auditor: waiting for them to fix it and submit again.</source>
            <translation>Zwrócona audytorowi: czeka, aż ją poprawi i prześle ponownie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approved. Publish it to make the report visible to the client.</source>
            <translation>Zatwierdzona. Opublikuj ją, aby raport był widoczny dla klienta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Published for the client.</source>
            <translation>Opublikowana dla klienta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A draft: the auditor has not submitted it yet.</source>
            <translation>Wersja robocza: audytor jeszcze jej nie przesłał.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on the whole visit.</source>
            <translation>Komentarz do całej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to the auditor</source>
            <translation>Zwróć audytorowi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Say what the auditor should fix. They see this comment on their visit, beside any comments you left on single questions.</source>
            <translation>Napisz, co audytor powinien poprawić. Zobaczy ten komentarz przy swojej wizycie, obok komentarzy, które zostawiono przy poszczególnych pytaniach.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return the visit</source>
            <translation>Zwróć wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>no score</source>
            <translation>brak wyniku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>None yet.</source>
            <translation>Jeszcze nic.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Finished</source>
            <translation>Zakończono</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed by</source>
            <translation>Podpisał(a)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Every action is written to the audit trail with your name and the time.</source>
            <translation>Każda czynność jest zapisywana w dzienniku audytu z Twoim nazwiskiem i godziną.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>%n comment of this review stays with the firm (approving does not send it):</source>
            <translation>
                <numerusform>%n komentarz tego przeglądu zostaje w firmie (zatwierdzenie go nie wysyła):</numerusform>
                <numerusform>%n komentarze tego przeglądu zostają w firmie (zatwierdzenie ich nie wysyła):</numerusform>
                <numerusform>%n komentarzy tego przeglądu zostaje w firmie (zatwierdzenie ich nie wysyła):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>The visit was not published</source>
            <translation>Wizyta nie została opublikowana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Review: {client} — {location}</source>
            <translation>Przegląd: {client} — {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Send the client the signed report, in the portal</source>
            <translation>Wyślij klientowi podpisany raport w portalu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Sign the report and send it to the client, in the portal</source>
            <translation>Podpisz raport i wyślij go klientowi w portalu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Time on visit</source>
            <translation>Czas wizyty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve this visit? Its score: {score}{grade}.</source>
            <translation>Zatwierdzić tę wizytę? Jej wynik: {score}{grade}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publishing sends the client the visit's signed report. Choose the firm's certificate in Report settings, then publish: the report is signed as it goes.</source>
            <translation>Publikacja wysyła klientowi podpisany raport z wizyty. Wybierz certyfikat firmy w Ustawieniach raportów, potem opublikuj: raport zostanie podpisany przy wysyłce.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on: {q}</source>
            <translation>Komentarz do: {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} godz. {m:02d} min</translation>
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
            <translation>{title} w. {v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>auditor {name}</source>
            <translation>audytor {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed out. Your work stays on this computer.</source>
            <translation>Wylogowano. Twoja praca zostaje na tym komputerze.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sign in…</source>
            <translation>Zaloguj się…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync now</source>
            <translation>Synchronizuj teraz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Refused changes…</source>
            <translation>Odrzucone zmiany…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Sign out</source>
            <translation>Wyloguj się</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign in again…</source>
            <translation>Zaloguj się ponownie…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign out of {server}?</source>
            <translation>Wylogować się z {server}?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation>
                <numerusform>%n zmiana nie została jeszcze wysłana: zostaje na tym komputerze i zostanie wysłana po ponownym zalogowaniu.</numerusform>
                <numerusform>%n zmiany nie zostały jeszcze wysłane: zostają na tym komputerze i zostaną wysłane po ponownym zalogowaniu.</numerusform>
                <numerusform>%n zmian nie zostało jeszcze wysłanych: zostają na tym komputerze i zostaną wysłane po ponownym zalogowaniu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signing out when the sync under way ends…</source>
            <translation>Wylogowanie nastąpi po zakończeniu trwającej synchronizacji…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation>
                <numerusform>Serwer nie przyjął %n zmiany: zobacz Odrzucone zmiany.</numerusform>
                <numerusform>Serwer nie przyjął %n zmian: zobacz Odrzucone zmiany.</numerusform>
                <numerusform>Serwer nie przyjął %n zmian: zobacz Odrzucone zmiany.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed in to {server} as {user} ({role}).</source>
            <translation>Zalogowano na {server} jako {user} ({role}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Refused</source>
            <translation>Odrzucona</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Changes the server did not take</source>
            <translation>Zmiany, których serwer nie przyjął</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Nothing refused.

Every change made on this computer reached the server.</source>
            <translation>Nic nie odrzucono.

Każda zmiana wprowadzona na tym komputerze dotarła na serwer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Show the ones already settled</source>
            <translation>Pokaż także już rozstrzygnięte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The two versions</source>
            <translation>Obie wersje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>What you can do</source>
            <translation>Co możesz zrobić</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Copy details</source>
            <translation>Kopiuj szczegóły</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Keep the server's version</source>
            <translation>Zachowaj wersję z serwera</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Use mine</source>
            <translation>Użyj mojej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On this computer</source>
            <translation>Na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On the server</source>
            <translation>Na serwerze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Not tied to a visit</source>
            <translation>Niezwiązane z wizytą</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Dismiss</source>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The server said:</source>
            <translation>Serwer odpowiedział:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>at {when}</source>
            <translation>o {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Something went wrong while signing in; the details are in the log file.</source>
            <translation>Coś poszło nie tak podczas logowania; szczegóły są w pliku dziennika.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter the address of your firm's sync server.</source>
            <translation>Podaj adres serwera synchronizacji Twojej firmy.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Wrong user name or password, or the account is disabled.</source>
            <translation>Błędna nazwa użytkownika lub hasło albo konto jest wyłączone.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Sign in to your firm's sync server</source>
            <translation>Zaloguj się na serwer synchronizacji swojej firmy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Your visits stay on this computer and work offline; signing in sends them to your firm and brings the visits assigned to you.</source>
            <translation>Twoje wizyty zostają na tym komputerze i działają offline; logowanie wysyła je do Twojej firmy i pobiera wizyty przypisane do Ciebie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>as given by your supervisor</source>
            <translation>podany przez przełożonego</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Server</source>
            <translation>Serwer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>User name</source>
            <translation>Nazwa użytkownika</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cannot reach the server at {server}. Check the address and that this computer is online.</source>
            <translation>Nie można połączyć się z serwerem {server}. Sprawdź adres i czy ten komputer jest online.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>The server refused the sign-in: {detail}</source>
            <translation>Serwer odrzucił logowanie: {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter your user name and password.</source>
            <translation>Podaj nazwę użytkownika i hasło.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Signing in…</source>
            <translation>Logowanie…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>“{text}” is not a web address such as https://sync.example.com.</source>
            <translation>„{text}” nie jest adresem internetowym, takim jak https://sync.example.com.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>never</source>
            <translation>nigdy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>just now</source>
            <translation>przed chwilą</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minutę temu</numerusform>
                <numerusform>%n minuty temu</numerusform>
                <numerusform>%n minut temu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n godzinę temu</numerusform>
                <numerusform>%n godziny temu</numerusform>
                <numerusform>%n godzin temu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln visit(s) waiting</source>
            <translation>
                <numerusform>%Ln wizyta czeka</numerusform>
                <numerusform>%Ln wizyty czekają</numerusform>
                <numerusform>%Ln wizyt czeka</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln zmiana czeka</numerusform>
                <numerusform>%Ln zmiany czekają</numerusform>
                <numerusform>%Ln zmian czeka</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>on {date}</source>
            <translation>dnia {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) refused</source>
            <translation>
                <numerusform>%Ln zmiana odrzucona</numerusform>
                <numerusform>%Ln zmiany odrzucone</numerusform>
                <numerusform>%Ln zmian odrzuconych</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>yesterday at {time}</source>
            <translation>wczoraj o {time}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed out</source>
            <translation>Wylogowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in · this computer only</source>
            <translation>Niezalogowano · tylko ten komputer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Syncing…</source>
            <translation>Synchronizacja…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Try again</source>
            <translation>Spróbuj ponownie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Clock %n min off</source>
            <translation>
                <numerusform>Zegar przesunięty o %n min</numerusform>
                <numerusform>Zegar przesunięty o %n min</numerusform>
                <numerusform>Zegar przesunięty o %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed in</source>
            <translation>Zalogowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in: everything stays on this computer.</source>
            <translation>Niezalogowano: wszystko zostaje na tym komputerze.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln zmiana czeka na wysłanie</numerusform>
                <numerusform>%Ln zmiany czekają na wysłanie</numerusform>
                <numerusform>%Ln zmian czeka na wysłanie</numerusform>
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
            <translation>Logowanie wygasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>This computer's clock is %n minute(s) {way} the server's. Times on visits come from this clock: set it right in the system settings.</source>
            <translation>Zegar tego komputera jest %n minutę {way} zegarem serwera. Czas wizyt pochodzi z tego zegara: ustaw go poprawnie w ustawieniach systemu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>{signed} to {server} as {user} ({role})</source>
            <translation>{signed} na {server} jako {user} ({role})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last synced: {when}</source>
            <translation>Ostatnia synchronizacja: {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last problem: {error}</source>
            <translation>Ostatni problem: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>last synced {when}</source>
            <translation>ostatnia synchronizacja {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>ahead of</source>
            <translation>przed</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>behind</source>
            <translation>za</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Update the app to keep syncing</source>
            <translation>Zaktualizuj aplikację, aby dalej synchronizować</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not synced yet</source>
            <translation>Jeszcze nie zsynchronizowano</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync failed: {why}</source>
            <translation>Synchronizacja nie powiodła się: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Synced {when}</source>
            <translation>Zsynchronizowano {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>No notes came with this version.</source>
            <translation>Ta wersja nie ma opisu zmian.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>Version {version} is available</source>
            <translation>Dostępna jest wersja {version}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download</source>
            <translation>Pobierz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new</source>
            <translation>Co nowego</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new in version {version}</source>
            <translation>Co nowego w wersji {version}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Finish the visit</source>
            <translation>Zakończ wizytę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Explain the warnings to submit anyway</source>
            <translation>Wyjaśnij ostrzeżenia, aby mimo to wysłać</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign and submit</source>
            <translation>Podpisz i prześlij</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Keep working</source>
            <translation>Pracuj dalej</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Name:</source>
            <translation>Imię i nazwisko:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Everything required is answered. Sign and submit.</source>
            <translation>Wszystkie wymagane odpowiedzi są udzielone. Podpisz i prześlij.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign in the box first.</source>
            <translation>Najpierw złóż podpis w polu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Signature</source>
            <translation>Podpis</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>{have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{have} z co najmniej %n zdjęcia</numerusform>
                <numerusform>{have} z co najmniej %n zdjęć</numerusform>
                <numerusform>{have} z co najmniej %n zdjęć</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Still missing</source>
            <translation>Nadal brakuje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos…</source>
            <translation>Dodaj zdjęcia…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Undo delete</source>
            <translation>Cofnij usunięcie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take photo…</source>
            <translation>Zrób zdjęcie…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take a photo with this computer's camera</source>
            <translation>Zrób zdjęcie aparatem tego komputera</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; right-click for caption, annotation and delete.</source>
            <translation>Upuść tutaj zdjęcia lub folder albo wklej (Ctrl+V). Kliknij dwukrotnie zdjęcie, aby je obejrzeć; prawy przycisk: podpis, adnotacja i usuwanie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos</source>
            <translation>Dodaj zdjęcia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
            <translation>Obrazy (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>View</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>What the photo shows:</source>
            <translation>Co pokazuje zdjęcie:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Some files were not added</source>
            <translation>Niektóre pliki nie zostały dodane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>at least {min}, at most {max}</source>
            <translation>co najmniej {min}, co najwyżej {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption…</source>
            <translation>Podpis…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>The other photos were added. These were not:</source>
            <translation>Pozostałe zdjęcia zostały dodane. Te nie:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Not applicable on this visit (A)</source>
            <translation>Nie dotyczy tej wizyty (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Comment for the report</source>
            <translation>Komentarz do raportu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>The language of the form on this visit: the answers are the same in all</source>
            <translation>Język formularza w tej wizycie: odpowiedzi są takie same we wszystkich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>◀ Previous touchpoint</source>
            <translation>◀ Poprzedni punkt styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Next touchpoint ▶</source>
            <translation>Następny punkt styku ▶</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Every answer is saved as you give it.</source>
            <translation>Każda odpowiedź jest zapisywana od razu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Finish…</source>
            <translation>Zakończ…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>answered</source>
            <translation>udzielono odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>no score yet</source>
            <translation>jeszcze bez wyniku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>See the comments beside the questions.</source>
            <translation>Zobacz komentarze obok pytań.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>at least %n photo(s)</source>
            <translation>
                <numerusform>co najmniej %n zdjęcie</numerusform>
                <numerusform>co najmniej %n zdjęcia</numerusform>
                <numerusform>co najmniej %n zdjęć</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Returned by your supervisor.</source>
            <translation>Zwrócona przez przełożonego.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>This visit is {status}: it can no longer be changed.</source>
            <translation>Ta wizyta ma stan {status}: nie można jej już zmienić.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>not set</source>
            <translation>nie ustawiono</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Now</source>
            <translation>Teraz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very unhappy</source>
            <translation>Bardzo niezadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Unhappy</source>
            <translation>Niezadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Neutral</source>
            <translation>Obojętny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Happy</source>
            <translation>Zadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very happy</source>
            <translation>Bardzo zadowolony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly disagree</source>
            <translation>Zdecydowanie się nie zgadzam</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly agree</source>
            <translation>Zdecydowanie się zgadzam</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Not at all likely</source>
            <translation>Zupełnie nieprawdopodobne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Extremely likely</source>
            <translation>Bardzo prawdopodobne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Signature pad</source>
            <translation>Pole podpisu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Sign here</source>
            <translation>Podpisz tutaj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start or stop the stopwatch (Ctrl+T)</source>
            <translation>Uruchom lub zatrzymaj stoper (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Reset</source>
            <translation>Zeruj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>or type m:ss / seconds</source>
            <translation>lub wpisz m:ss / sekundy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Type seconds (95) or minutes:seconds (1:35)</source>
            <translation>Wpisz sekundy (95) lub minuty:sekundy (1:35)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The portal's language, and its e-mails'</source>
            <translation>Język portalu i jego e-maili</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The browser's language</source>
            <translation>Język przeglądarki</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Save the language</source>
            <translation>Zapisz język</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Signed in as &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</source>
            <translation>Zalogowano jako &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change your password</source>
            <translation>Zmień hasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Current password</source>
            <translation>Obecne hasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password</source>
            <translation>Nowe hasło</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>(at least %(num)s characters)</source>
            <translation>
                <numerusform>(co najmniej %(num)s znak)</numerusform>
                <numerusform>(co najmniej %(num)s znaki)</numerusform>
                <numerusform>(co najmniej %(num)s znaków)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password again</source>
            <translation>Powtórz nowe hasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Also sign out the laptops signed in with this account</source>
            <translation>Wyloguj też laptopy zalogowane na to konto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change the password</source>
            <translation>Zmień hasło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your other browsers are signed out when the password changes.</source>
            <translation>Po zmianie hasła pozostałe przeglądarki zostaną wylogowane.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>held at the next visit</source>
            <translation>utrzymane przy następnej wizycie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>recurred at the next visit</source>
            <translation>powtórzyło się przy następnej wizycie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>critical</source>
            <translation>krytyczne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Owner</source>
            <translation>Odpowiedzialny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Repeats</source>
            <translation>Powtarza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the earlier action</source>
            <translation>wcześniejsze działanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The finding</source>
            <translation>Ustalenie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The auditor left no comment.</source>
            <translation>Audytor nie zostawił komentarza.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Photo of the finding</source>
            <translation>Zdjęcie ustalenia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photo</source>
            <translation>Zdjęcie potwierdzające</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the new action</source>
            <translation>nowe działanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Work on it</source>
            <translation>Praca nad działaniem</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>I am on it</source>
            <translation>Zajmuję się tym</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>What was done</source>
            <translation>Co zrobiono</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photos (at most %(n)s)</source>
            <translation>Zdjęcia potwierdzające (najwyżej %(n)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Mark it done</source>
            <translation>Oznacz jako zrobione</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Verify</source>
            <translation>Zatwierdź</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Why it is not done</source>
            <translation>Dlaczego nie jest zrobione</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Reopen</source>
            <translation>Otwórz ponownie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Find actions</source>
            <translation>Znajdź działania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Every status</source>
            <translation>Każdy stan</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Sort</source>
            <translation>Sortuj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Actions by location and status</source>
            <translation>Działania według lokalizacji i stanu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>%(num)s actions</source>
            <translation>
                <numerusform>%(num)s działanie</numerusform>
                <numerusform>%(num)s działania</numerusform>
                <numerusform>%(num)s działań</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>the first %(n)s shown: narrow the filters to see the rest</source>
            <translation>pokazano pierwsze %(n)s: zawęź filtry, aby zobaczyć resztę</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>No actions match.</source>
            <translation>Żadne działanie nie pasuje.</translation>
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
            <translation>Ustalenie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>repeated</source>
            <translation>powtórzone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>held</source>
            <translation>utrzymane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>recurred</source>
            <translation>powtórzyło się</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>%(page)s · %(firm)s client portal</source>
            <translation>%(page)s · portal klienta %(firm)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Mystery shopping</source>
            <translation>Tajemniczy klient</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Skip to the content</source>
            <translation>Przejdź do treści</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Client portal</source>
            <translation>Portal klienta</translation>
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
            <translation>Otwórz podpisany raport w programie Adobe Acrobat Reader: panel podpisów pokazuje, że podpisała go firma %(firm)s i że od tego czasu nic w nim nie zmieniono.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Open a signed report in Adobe Acrobat Reader: its signature panel shows who signed it and that nothing in it has changed since.</source>
            <translation>Otwórz podpisany raport w programie Adobe Acrobat Reader: panel podpisów pokazuje, kto go podpisał i że od tego czasu nic w nim nie zmieniono.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Or check a report here.</source>
            <translation>Albo sprawdź raport tutaj.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Open the report's page</source>
            <translation>Otwórz stronę raportu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>What the signature check found</source>
            <translation>Co wykazało sprawdzenie podpisu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Is this report genuine?</source>
            <translation>Czy ten raport jest autentyczny?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Choose a report's PDF: the portal says whether it is a report published for you, signed by %(firm)s and unchanged since.</source>
            <translation>Wybierz plik PDF raportu: portal powie, czy to raport opublikowany dla Ciebie, podpisany przez %(firm)s i od tego czasu niezmieniony.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The report (PDF, at most %(mb)s MB)</source>
            <translation>Raport (PDF, najwyżej %(mb)s MB)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check the report</source>
            <translation>Sprawdź raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The file is checked, then forgotten: the server does not keep it.</source>
            <translation>Plik jest sprawdzany, a potem zapominany: serwer go nie przechowuje.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Client and period</source>
            <translation>Klient i okres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(start)s to %(end)s</source>
            <translation>%(start)s – %(end)s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s published visits</source>
            <translation>
                <numerusform>%(num)s opublikowana wizyta</numerusform>
                <numerusform>%(num)s opublikowane wizyty</numerusform>
                <numerusform>%(num)s opublikowanych wizyt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Period report (PDF)</source>
            <translation>Raport okresowy (PDF)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (CSV)</source>
            <translation>Dane (CSV)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (Excel)</source>
            <translation>Dane (Excel)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dot: the month's mean visit total; grey bar: its lowest to highest visit. Click a month for its visits.</source>
            <translation>Kropka: średni wynik wizyt w miesiącu; szary pasek: od najniższej do najwyższej wizyty. Kliknij miesiąc, aby zobaczyć jego wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>As a table</source>
            <translation>Jako tabela</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean visit total, best first. Click a location for its visits.</source>
            <translation>Średni wynik wizyty, od najlepszego. Kliknij lokalizację, aby zobaczyć jej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean touchpoint score at each location (ranked as above); “All” is the mean over every visit. An empty cell: that location's visits did not include the touchpoint.</source>
            <translation>Średni wynik punktu styku w każdej lokalizacji (w kolejności jak wyżej); „Wszystkie” to średnia ze wszystkich wizyt. Pusta komórka: wizyty w tej lokalizacji nie obejmowały tego punktu styku.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean of the visits' stage scores.</source>
            <translation>Średnia wyników etapów z wizyt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The share of the visits in which the question earned nothing.</source>
            <translation>Odsetek wizyt, w których pytanie nie zdobyło żadnego punktu.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Of</source>
            <translation>Z</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Action plans</source>
            <translation>Plany działań</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The actions opened by this period's visits: closed on time is verified with the work done by the due date; the recurrence rate is the share of the actions a later visit judged that failed again.</source>
            <translation>Działania otwarte przez wizyty z tego okresu: zamknięte w terminie to zatwierdzone, z pracą wykonaną przed terminem; wskaźnik powtórzeń to udział działań ocenionych przez późniejszą wizytę, które znów wypadły źle.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Opened</source>
            <translation>Otwarte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Closed on time</source>
            <translation>Zamknięte w terminie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Median days to close</source>
            <translation>Mediana dni do zamknięcia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Recurrence rate</source>
            <translation>Wskaźnik powtórzeń</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most recurring questions</source>
            <translation>Najczęściej powtarzające się pytania</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s times</source>
            <translation>
                <numerusform>%(num)s raz</numerusform>
                <numerusform>%(num)s razy</numerusform>
                <numerusform>%(num)s razy</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>See the actions</source>
            <translation>Zobacz działania</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>No visits were published for this period yet.</source>
            <translation>W tym okresie nie opublikowano jeszcze żadnej wizyty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Appeal rate</source>
            <translation>Odsetek odwołań</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the published visits have an appeal</source>
            <translation>opublikowanych wizyt ma odwołanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the decided appeals</source>
            <translation>rozpatrzonych odwołań</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Days to a decision</source>
            <translation>Dni do decyzji</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <source>Back to the reports</source>
            <translation>Wróć do raportów</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The visit</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>of 100</source>
            <translation>na 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The signed report</source>
            <translation>Podpisany raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download the report (PDF, %(size)s)</source>
            <translation>Pobierz raport (PDF, %(size)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This is the file exactly as it was signed. Any change to it breaks the signature.</source>
            <translation>To jest plik dokładnie w takiej postaci, w jakiej go podpisano. Każda zmiana unieważnia podpis.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This visit's signed report is not on the server: it was published by a version of the app that did not upload reports.</source>
            <translation>Podpisanego raportu z tej wizyty nie ma na serwerze: opublikowała ją wersja aplikacji, która nie wysyłała raportów.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoints</source>
            <translation>Punkty styku</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A supervisor adjusted the points of these items when reviewing the visit; the report shows the adjusted points.</source>
            <translation>Przełożony skorygował punkty tych pytań podczas przeglądu wizyty; raport pokazuje skorygowane punkty.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Revisions of the report</source>
            <translation>Wersje raportu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An accepted appeal changed this visit's score: the report was signed again. Each earlier report still verifies as what was signed then.</source>
            <translation>Przyjęte odwołanie zmieniło wynik tej wizyty: raport podpisano ponownie. Każdy wcześniejszy raport nadal weryfikuje się jako to, co wtedy podpisano.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Current</source>
            <translation>Bieżący</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Superseded</source>
            <translation>Zastąpiony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download (superseded)</source>
            <translation>Pobierz (zastąpiony)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What changed</source>
            <translation>Co się zmieniło</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>%(question)s: now %(points)s points after an appeal (%(when)s). %(reply)s</source>
            <translation>%(question)s: teraz %(points)s pkt po odwołaniu (%(when)s). %(reply)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A finding can be appealed until %(when)s.</source>
            <translation>Od ustalenia można się odwołać do %(when)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The appeal window closed on %(when)s.</source>
            <translation>Okno odwołań zamknęło się %(when)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Withdraw</source>
            <translation>Wycofaj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Questions that lost points</source>
            <translation>Pytania, które straciły punkty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An appeal of this question is open.</source>
            <translation>Od tego pytania jest otwarte odwołanie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeal</source>
            <translation>Odwołaj się</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What is the appeal about?</source>
            <translation>Czego dotyczy odwołanie?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Why is the finding wrong?</source>
            <translation>Dlaczego ustalenie jest błędne?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Evidence (JPEG, PNG or PDF, up to 10 MB each, at most %(n)s)</source>
            <translation>Dowody (JPEG, PNG lub PDF, do 10 MB każdy, najwyżej %(n)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>File the appeal</source>
            <translation>Złóż odwołanie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Find reports</source>
            <translation>Znajdź raporty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All grades</source>
            <translation>Wszystkie oceny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Search</source>
            <translation>Szukaj</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Location, address, form or report number</source>
            <translation>Lokalizacja, adres, formularz lub numer raportu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>%(num)s reports</source>
            <translation>
                <numerusform>%(num)s raport</numerusform>
                <numerusform>%(num)s raporty</numerusform>
                <numerusform>%(num)s raportów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>page %(page)s of %(pages)s</source>
            <translation>strona %(page)s z %(pages)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>No published reports match.</source>
            <translation>Żaden opublikowany raport nie pasuje.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show them all</source>
            <translation>Pokaż wszystkie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports of %(client)s</source>
            <translation>Opublikowane raporty: %(client)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports</source>
            <translation>Opublikowane raporty</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Signed report</source>
            <translation>Podpisany raport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>of the report of %(location)s, %(date)s</source>
            <translation>raportu z %(location)s, %(date)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>not on the server</source>
            <translation>brak na serwerze</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Pages</source>
            <translation>Strony</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Your reports and figures, as %(firm)s publishes them.</source>
            <translation>Twoje raporty i wyniki, tak jak publikuje je %(firm)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>your mystery shopping provider</source>
            <translation>Twój dostawca badań tajemniczego klienta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 3 months</source>
            <translation>Ostatnie 3 miesiące</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 12 months</source>
            <translation>Ostatnie 12 miesięcy</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>This year</source>
            <translation>Ten rok</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Custom</source>
            <translation>Własny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Draft</source>
            <translation>Wersja robocza</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Returned</source>
            <translation>Zwrócona</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Post purchase</source>
            <translation>Po zakupie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Social</source>
            <translation>Media społecznościowe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Excellent</source>
            <translation>Doskonały</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Good</source>
            <translation>Dobry</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Fair</source>
            <translation>Dostateczny</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Poor</source>
            <translation>Słaby</translation>
        </message>
    </context>
</TS>
