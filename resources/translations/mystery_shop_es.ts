<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>section_below must be a percentage above 0, at most 100</source>
            <translation>section_below debe ser un porcentaje mayor que 0, como máximo 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>there is no such action</source>
            <translation>no existe esa acción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an entry cannot come before the one it follows</source>
            <translation>una entrada no puede ser anterior a la que sigue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the note is longer than {max} characters</source>
            <translation>la nota supera los {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>at most {max} photos</source>
            <translation>como máximo {max} fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>only head office verifies or reopens an action</source>
            <translation>solo la central verifica o reabre una acción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>an action that is {status} cannot be {event}</source>
            <translation>una acción en estado {status} no puede pasar a {event}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>{field} must be a whole number of days from 0 to {max}</source>
            <translation>{field} debe ser un número entero de días de 0 a {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action is open already</source>
            <translation>la acción ya está abierta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>a later visit judged this action already</source>
            <translation>una visita posterior ya evaluó esta acción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>the action was withdrawn</source>
            <translation>la acción fue retirada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>say what was done</source>
            <translation>indique qué se hizo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/actions.py" />
            <source>give the reason to reopen it</source>
            <translation>indica el motivo para reabrirla</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>unknown question type {type!r}</source>
            <translation>tipo de pregunta desconocido {type!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <location filename="../../mystery_shop/domain/kinds.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number from {lo} to {hi}</source>
            <translation>un número de {lo} a {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at least {lo}</source>
            <translation>un número de al menos {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a number of at most {hi}</source>
            <translation>un número de como máximo {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override on a question that earns no points</source>
            <translation>corrección en una pregunta que no da puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points {points!r} is not a number</source>
            <translation>los puntos corregidos {points!r} no son un número</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override points must be between 0 and {max}</source>
            <translation>los puntos corregidos deben estar entre 0 y {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>an override needs a reason</source>
            <translation>una corrección necesita un motivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no value given (leave the question out, or mark it N/A)</source>
            <translation>no se ha dado ningún valor (omita la pregunta o márquela como N/A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not yes or no</source>
            <translation>{value!r} no es sí ni no</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number from {lo} to {hi}</source>
            <translation>un número entero de {lo} a {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at least {lo}</source>
            <translation>un número entero de al menos {lo}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>a whole number of at most {hi}</source>
            <translation>un número entero de como máximo {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not {rule}</source>
            <translation>{value!r} no es {rule}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not one of the choices ({choices})</source>
            <translation>{value!r} no es una de las opciones ({choices})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>expects a list of choice values</source>
            <translation>espera una lista de valores de opción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a whole number from {lo} to {hi}</source>
            <translation>{value!r} no es un número entero de {lo} a {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number of seconds (0 or more)</source>
            <translation>{value!r} no es un número de segundos (0 o más)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} no es un número</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not text</source>
            <translation>{value!r} no es texto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a date as YYYY-MM-DD</source>
            <translation>{value!r} no es una fecha con el formato AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is not a time as HH:MM</source>
            <translation>{value!r} no es una hora con el formato HH:MM</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>{value!r} is chosen twice</source>
            <translation>{value!r} está elegido dos veces</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>no such question in this form</source>
            <translation>esta pregunta no existe en este formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>marked N/A but there is no such question in this form</source>
            <translation>marcada como N/A, pero esta pregunta no existe en este formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>override for a question not in this form</source>
            <translation>corrección para una pregunta que no está en este formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>N/A is not allowed on this question</source>
            <translation>N/A no está permitido en esta pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/answers.py" />
            <source>both answered and marked N/A</source>
            <translation>respondida y marcada como N/A a la vez</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The auditor got it wrong</source>
            <translation>El auditor se equivocó</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>The standard was applied wrongly</source>
            <translation>La norma se aplicó mal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Information the auditor lacked</source>
            <translation>Información que le faltaba al auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Waiting for the auditor</source>
            <translation>Esperando al auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Declined</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>Withdrawn</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>an appeal window is 1 to {max} days</source>
            <translation>un plazo de reclamación es de 1 a {max} días</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the appeal window of this report closed on {day}</source>
            <translation>el plazo de reclamación de este informe terminó el {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only a question that lost points can be appealed</source>
            <translation>solo se puede reclamar una pregunta que perdió puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>this question has an open appeal already</source>
            <translation>esta pregunta ya tiene una reclamación abierta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>choose what the appeal is about</source>
            <translation>elija de qué trata la reclamación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>say why the finding is wrong</source>
            <translation>diga por qué el hallazgo es incorrecto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the argument is longer than {max} characters</source>
            <translation>el argumento supera los {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>an appeal takes at most {max} files</source>
            <translation>una reclamación admite como máximo {max} archivos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the file is larger than {max} MB</source>
            <translation>el archivo supera los {max} MB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>only JPEG, PNG and PDF files can be attached</source>
            <translation>solo se pueden adjuntar archivos JPEG, PNG y PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>the appeal is closed already</source>
            <translation>la reclamación ya está cerrada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>decide to accept or to decline</source>
            <translation>decida aceptar o rechazar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>a decision needs a reply to the appellant</source>
            <translation>una decisión necesita una respuesta al reclamante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the reply is longer than {max} characters</source>
            <translation>la respuesta supera los {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting needs the question's new points</source>
            <translation>aceptar necesita los nuevos puntos de la pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>the points must be between 0 and {max}</source>
            <translation>los puntos deben estar entre 0 y {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/appeals.py" />
            <source>accepting must give back points: the question has {earned} already</source>
            <translation>aceptar debe devolver puntos: la pregunta ya tiene {earned}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Reports are written in {languages}, not {code!r}.</source>
            <translation>Los informes se escriben en {languages}, no en {code!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Give both latitude and longitude, or neither.</source>
            <translation>Indique la latitud y la longitud, o ninguna de las dos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Latitude must be between -90 and 90.</source>
            <translation>La latitud debe estar entre -90 y 90.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>Longitude must be between -180 and 180.</source>
            <translation>La longitud debe estar entre -180 y 180.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <source>time_zone is an IANA zone name or null</source>
            <translation>time_zone es un nombre de zona IANA o null</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A client needs a name.</source>
            <translation>Un cliente necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/catalogue.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A location needs a name.</source>
            <translation>Una ubicación necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at most {max}.</source>
            <translation>{question!r} debería ser como máximo {max}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} needs an answer.</source>
            <translation>{question!r} necesita una respuesta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be {values}.</source>
            <translation>{question!r} debería ser {values}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be between {min} and {max}.</source>
            <translation>{question!r} debería estar entre {min} y {max}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>{question!r} should be at least {min}.</source>
            <translation>{question!r} debería ser al menos {min}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>A check blocks the submission: {message}</source>
            <translation>Un control impide el envío: {message}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit has warnings: explain them to submit it anyway.</source>
            <translation>La visita tiene avisos: explíquelos para enviarla de todos modos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes; it takes at least {need}.</source>
            <translation>La visita duró {minutes} minutos; requiere al menos {need}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>The visit lasted {minutes} minutes, less than its timed waits ({waits} minutes).</source>
            <translation>La visita duró {minutes} minutos, menos que sus esperas cronometradas ({waits} minutos).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It earned nothing: explain why in a comment of at least {n} words.</source>
            <translation>Sin puntos: explique por qué en un comentario de al menos {n} palabras.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/checks.py" />
            <source>It failed: add a photo of it to {section}.</source>
            <translation>No cumplido: añada una foto a {section}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No client {given!r}.</source>
            <translation>No hay ningún cliente {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No location {given!r}.</source>
            <translation>No hay ninguna ubicación {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No form {given!r}.</source>
            <translation>No hay ningún formulario {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No touchpoint {given!r}.</source>
            <translation>No hay ningún punto de contacto {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No question {given!r}.</source>
            <translation>No hay ninguna pregunta {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No time zone {given!r}.</source>
            <translation>No hay ninguna zona horaria {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no location {given!r}.</source>
            <translation>{owner} no tiene ninguna ubicación {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Touchpoint {owner!r} has no question {given!r}.</source>
            <translation>El punto de contacto {owner!r} no tiene ninguna pregunta {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>{owner} has no {what} {given!r}.</source>
            <translation>{owner}: no hay {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>No {what} {given!r}.</source>
            <translation>No hay {what} {given!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Did you mean {name!r}?</source>
            <translation>¿Quería decir {name!r}?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names} and %n more.</source>
            <translation>
                <numerusform>Conocidos: {names} y %n más.</numerusform>
                <numerusform>Conocidos: {names} y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names}.</source>
            <translation>Conocidos: {names}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>There is none yet.</source>
            <translation>Todavía no hay ninguno.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's mean on this form in {month} is {mean:.1f}, {sds:.1f} SD from the peers' {peers:.1f}.</source>
            <translation>La media del auditor en este formulario en {month} es {mean:.1f}, a {sds:.1f} DE de la de los demás ({peers:.1f}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same auditor was at this location on {date}.</source>
            <translation>El mismo auditor estuvo en este local el {date}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The same comment is in another visit.</source>
            <translation>El mismo comentario está en otra visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>A photo of this visit is in another visit too.</source>
            <translation>Una foto de esta visita está también en otra visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>Answered in {took:.0f} s: reading the questions alone takes {need:.0f} s.</source>
            <translation>Respondido en {took:.0f} s: solo leer las preguntas lleva {need:.0f} s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/cross_checks.py" />
            <source>The auditor's last {n} visits of this form have the very same answers.</source>
            <translation>Las últimas {n} visitas del auditor con este formulario tienen exactamente las mismas respuestas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {distance} from the location</source>
            <translation>tomada a {distance} de la ubicación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no photos</source>
            <translation>ninguna foto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n foto</numerusform>
                <numerusform>%n fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at least {min} needed</source>
            <translation>{touchpoint}: {photos}, se necesitan al menos {min}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>the same photo is used in %n other visit(s)</source>
            <translation>
                <numerusform>la misma foto se usa en %n visita más</numerusform>
                <numerusform>la misma foto se usa en %n visitas más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>no capture time in the photo</source>
            <translation>la foto no tiene hora de captura</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken on {taken}, not on the visit's day ({day})</source>
            <translation>tomada el {taken}, no el día de la visita ({day})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} before the visit started (more than {limit:g} h)</source>
            <translation>tomada {time} antes de empezar la visita (más de {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>taken {time} after the visit started (more than {limit:g} h)</source>
            <translation>tomada {time} después de empezar la visita (más de {limit:g} h)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>{touchpoint}: {photos}, at most {max} allowed</source>
            <translation>{touchpoint}: {photos}, se permiten como máximo {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug (lower-case letters, digits, '-' and '_')</source>
            <translation>{id!r} no es un identificador (minúsculas, dígitos, «-» y «_»)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a positive integer</source>
            <translation>debe ser un entero positivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be empty</source>
            <translation>no debe estar vacío</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a form needs at least one section</source>
            <translation>un formulario necesita al menos una sección</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>unknown question</source>
            <translation>pregunta desconocida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must include a band with min: 0</source>
            <translation>debe incluir una franja con min: 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{id!r} is not a slug</source>
            <translation>{id!r} no es un identificador</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate question id {id!r}: ids must be unique in the whole form</source>
            <translation>identificador de pregunta repetido {id!r}: los identificadores deben ser únicos en todo el formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>only a question that can earn points can be critical</source>
            <translation>solo una pregunta que puede dar puntos puede ser crítica</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>whole is only for number questions, not {type}</source>
            <translation>whole es solo para preguntas number, no {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a question cannot depend on itself</source>
            <translation>una pregunta no puede depender de sí misma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not an earlier question in this form</source>
            <translation>{question!r} no es una pregunta anterior de este formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is a {type} question; show_if needs a yes_no, choice, multi, scale or rating question</source>
            <translation>{question!r} es una pregunta {type}; show_if necesita una pregunta yes_no, choice, multi, scale o de valoración</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>needs equals: VALUE or in: [VALUES]</source>
            <translation>necesita equals: VALOR o in: [VALORES]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>at least one section weight must be above 0</source>
            <translation>al menos un peso de sección debe ser mayor que 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate section id {id!r} (first at sections[{first}])</source>
            <translation>identificador de sección repetido {id!r} (primero en sections[{first}])</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative</source>
            <translation>no debe ser negativo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min</source>
            <translation>debe ser al menos min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a section needs at least one question</source>
            <translation>una sección necesita al menos una pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least 1</source>
            <translation>debe ser al menos 1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choose at least one question</source>
            <translation>elija al menos una pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} cannot take the value {value!r} (it takes {values})</source>
            <translation>{question!r} no puede tomar el valor {value!r} (toma {values})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate min {min}</source>
            <translation>min {min} repetido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be between 0 and 100</source>
            <translation>debe estar entre 0 y 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not a language code (such as en, pl or pt-BR)</source>
            <translation>{lang!r} no es un código de idioma (como en, pl o pt-BR)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is listed twice</source>
            <translation>{lang!r} aparece dos veces</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question needs choices</source>
            <translation>una pregunta {type} necesita opciones (choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>choices are only for choice and multi questions, not {type}</source>
            <translation>choices es solo para preguntas choice y multi, no {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a duration question needs thresholds</source>
            <translation>una pregunta duration necesita umbrales (thresholds)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>thresholds are only for duration questions, not {type}</source>
            <translation>thresholds es solo para preguntas duration, no {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be yes or no</source>
            <translation>debe ser yes o no</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected is only for yes_no questions, not {type}</source>
            <translation>expected es solo para preguntas yes_no, no {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be greater than min ({lo})</source>
            <translation>debe ser mayor que min ({lo})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>either every section has a weight or none has</source>
            <translation>o todas las secciones tienen peso o ninguna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate check id {id!r}</source>
            <translation>id de control duplicado {id!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{key} is only for a rule (require)</source>
            <translation>{key} es solo para una regla (require)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a translated text needs the form's languages (languages: [en, pl], default first)</source>
            <translation>un texto traducido necesita los idiomas del formulario (languages: [en, pl], el predeterminado primero)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>has translations but no text in the default language {default!r}</source>
            <translation>tiene traducciones pero ningún texto en el idioma predeterminado {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>duplicate choice value {value!r}</source>
            <translation>valor de opción repetido {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must not be negative on a choice question</source>
            <translation>no debe ser negativo en una pregunta choice</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a choice question: each choice carries its points</source>
            <translation>points no se da en una pregunta choice: cada opción lleva sus puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points are not given on a duration question: the thresholds carry the points</source>
            <translation>points no se da en una pregunta duration: los umbrales llevan los puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>a {type} question is unscored and takes no points</source>
            <translation>una pregunta {type} no puntúa y no admite points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must not be negative</source>
            <translation>max no debe ser negativo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not be negative</source>
            <translation>points no debe ser negativo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number on a scale question</source>
            <translation>debe ser un número entero en una pregunta scale</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be at least min ({min})</source>
            <translation>debe ser al menos min ({min})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>min and max are only for scale and number questions, not {type}</source>
            <translation>min y max son solo para preguntas scale y number, no {type}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} earns no points: it cannot fail</source>
            <translation>{question!r} no da puntos: no puede fallar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is the default language: its text is the plain one</source>
            <translation>{lang!r} es el idioma predeterminado: su texto es el normal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>max must increase</source>
            <translation>max debe aumentar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>points must not increase</source>
            <translation>points no debe aumentar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>give min, max or both</source>
            <translation>indique min, max o ambos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{lang!r} is not one of the form's languages ({known})</source>
            <translation>{lang!r} no es uno de los idiomas del formulario ({known})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>must be a whole number when whole: true</source>
            <translation>debe ser un número entero cuando whole: true</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/form_rules.py" />
            <source>{question!r} is not answered with a number</source>
            <translation>{question!r} no se responde con un número</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, a number or a list of choices, not {value}</source>
            <translation>{field} debe ser un texto, un número o una lista de opciones, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>a visit's status moves only by a command (submit, return, approve, publish)</source>
            <translation>el estado de una visita solo cambia mediante un comando (submit, return, approve, publish)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>the server scores a visit from its answers</source>
            <translation>el servidor puntúa una visita a partir de sus respuestas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a date as YYYY-MM-DD, not {value}</source>
            <translation>{field} debe ser una fecha con el formato AAAA-MM-DD, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be an ISO date and time, not {value}</source>
            <translation>{field} debe ser una fecha y hora ISO, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is one of {choices}, not {value}</source>
            <translation>{field} debe ser uno de los valores {choices}, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is longer than {max} characters</source>
            <translation>{field} tiene más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be from {lo} to {hi}, not {value}</source>
            <translation>{field} debe estar entre {lo} y {hi}, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is required</source>
            <translation>{field} es obligatorio</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a text, not {value}</source>
            <translation>{field} debe ser un texto, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} holds a NUL character</source>
            <translation>{field} contiene un carácter NUL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be {what}, not {value}</source>
            <translation>{field} debe ser {what}, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be true or false</source>
            <translation>{field} debe ser true o false</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a SHA-256 (64 hex digits)</source>
            <translation>{field} debe ser un SHA-256 (64 dígitos hexadecimales)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be base64 of at most {max} characters</source>
            <translation>{field} debe ser base64 de como máximo {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be a number of points, not {value}</source>
            <translation>{field} debe ser un número de puntos, no {value}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} must be named numbers, none negative</source>
            <translation>{field} debe ser números con nombre, ninguno negativo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>unknown {kind} fields: {fields}</source>
            <translation>campos de {kind} desconocidos: {fields}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>{field} is written by the server, not sent: {why}</source>
            <translation>{field} lo escribe el servidor, no se envía: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/kinds.py" />
            <source>it comes back with the record</source>
            <translation>vuelve con el registro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase needs at least {n} characters: a few words make a good one.</source>
            <translation>La frase de contraseña necesita al menos {n} caracteres: unas cuantas palabras forman una buena.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase cannot be the firm's name: anyone who reads a report knows it.</source>
            <translation>La frase de contraseña no puede ser el nombre de la empresa: cualquiera que lea un informe lo conoce.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The passphrase is too easy to guess: use a few different words.</source>
            <translation>La frase de contraseña es demasiado fácil de adivinar: use varias palabras distintas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/passphrase.py" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/readiness.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>The auditor's signature and attestation</source>
            <translation>La firma y la declaración del auditor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/readiness.py" />
            <source>{touchpoint}: {have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{touchpoint}: {have} de al menos %n foto</numerusform>
                <numerusform>{touchpoint}: {have} de al menos %n fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>submitted</source>
            <translation>enviada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>returned</source>
            <translation>devuelta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>approved</source>
            <translation>aprobada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>published</source>
            <translation>publicada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>clients can only read their organisation's published reports</source>
            <translation>los clientes solo pueden leer los informes publicados de su organización</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>this visit is not yours</source>
            <translation>esta visita no es suya</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may comment a visit</source>
            <translation>solo un supervisor puede comentar una visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may override a visit</source>
            <translation>solo un supervisor puede corregir los puntos de una visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may return a visit</source>
            <translation>solo un supervisor puede devolver una visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may approve a visit</source>
            <translation>solo un supervisor puede aprobar una visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a supervisor may publish a visit</source>
            <translation>solo un supervisor puede publicar una visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot return a {status} visit</source>
            <translation>no se puede devolver una visita en estado «{status}»</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot approve a {status} visit</source>
            <translation>no se puede aprobar una visita en estado «{status}»</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot publish a {status} visit</source>
            <translation>no se puede publicar una visita en estado «{status}»</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>cannot submit a {status} visit</source>
            <translation>no se puede enviar una visita en estado «{status}»</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is published and its plan can no longer be changed</source>
            <translation>la visita está publicada y ya no se puede cambiar su planificación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>only a draft can be deleted; this visit is {status}</source>
            <translation>solo se puede eliminar un borrador; esta visita está en estado «{status}»</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>the visit is {status} and can no longer be changed</source>
            <translation>la visita está en estado «{status}» y ya no se puede cambiar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain/workflow.py" />
            <source>a {status} visit is not under review</source>
            <translation>una visita en estado «{status}» no está en revisión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a mapping</source>
            <translation>un mapa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>text {value!r}</source>
            <translation>el texto {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>written twice in the same mapping</source>
            <translation>escrito dos veces en el mismo mapa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>the file is {size} bytes; a form file may have at most {limit}</source>
            <translation>el archivo tiene {size} bytes; un archivo de formulario puede tener como máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a mapping, got {kind}</source>
            <translation>se esperaba un mapa, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text, got {kind}</source>
            <translation>se esperaba texto, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of language codes, the default first: [en, pl]</source>
            <translation>se esperaba una lista de códigos de idioma, el predeterminado primero: [en, pl]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a whole number, got {kind}</source>
            <translation>se esperaba un número entero, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a number, got {kind}</source>
            <translation>se esperaba un número, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected true or false, got {kind}</source>
            <translation>se esperaba true o false, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list, got {kind}</source>
            <translation>se esperaba una lista, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>must list at least one band</source>
            <translation>debe incluir al menos una franja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{color!r} is not a colour as #rrggbb</source>
            <translation>{color!r} no es un color con el formato #rrggbb</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected yes or no, got {kind}</source>
            <translation>se esperaba yes o no, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected text or a whole number, got {kind}</source>
            <translation>se esperaba texto o un número entero, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of equals: VALUE or in: [VALUES]</source>
            <translation>indique exactamente uno de equals: VALOR o in: [VALORES]</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a non-empty list of values</source>
            <translation>se esperaba una lista de valores no vacía</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give exactly one of: {kinds}</source>
            <translation>indique exactamente uno de: {kinds}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>give one of equals, in, min, max (or min and max) or answered: true</source>
            <translation>indique uno de: equals, in, min, max (o min y max) o answered: true</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>missing required field {key!r}</source>
            <translation>falta el campo obligatorio {key!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>has no text in the default language {default!r}</source>
            <translation>no tiene texto en el idioma predeterminado {default!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a language code, got {kind}</source>
            <translation>se esperaba un código de idioma, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>{value!r} is not one of: {options}</source>
            <translation>{value!r} no es uno de: {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value, got {kind}</source>
            <translation>se esperaba un valor, se recibió {kind}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a list of question ids</source>
            <translation>se esperaba una lista de ids de preguntas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>only answered: true is a requirement</source>
            <translation>solo answered: true es un requisito</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>expected a value or a non-empty list of values</source>
            <translation>se esperaba un valor o una lista no vacía de valores</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>not UTF-8 text ({reason})</source>
            <translation>no es texto UTF-8 ({reason})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>cannot read: {error}</source>
            <translation>no se puede leer: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (did you mean {name!r}?)</source>
            <translation>campo desconocido (¿quería decir {name!r}?)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/form_yaml.py" />
            <source>unknown field (known: {names})</source>
            <translation>campo desconocido (conocidos: {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_checks.py" />
            <source>'{kind}' is not a kind of check: left out</source>
            <translation>'{kind}' no es un tipo de control: omitido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at the end</source>
            <translation>se esperaba {what} al final</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>expected {what} at {at!r}</source>
            <translation>se esperaba {what} en {at!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it never holds</source>
            <translation>nunca se cumple</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>no number satisfies it</source>
            <translation>ningún número lo cumple</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it from {rest!r}</source>
            <translation>no se puede leer a partir de {rest!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>it depends on two questions ({a}, {b}); show_if names one</source>
            <translation>depende de dos preguntas ({a}, {b}); show_if nombra una</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read {op!r}</source>
            <translation>no se puede leer {op!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a select_multiple is tested with {example}</source>
            <translation>un select_multiple se comprueba con {example}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'shown while unanswered' cannot be kept</source>
            <translation>«se muestra mientras no tenga respuesta» no se puede conservar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>true()/false() cannot be kept</source>
            <translation>true()/false() no se puede conservar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>a value</source>
            <translation>un valor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is not an earlier question of the checklist</source>
            <translation>{ref} no es una pregunta anterior de la lista de control</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{ref} is a {type} question; show_if needs one with a set of answers</source>
            <translation>{ref} es una pregunta {type}; show_if necesita una con un conjunto de respuestas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>cannot read it</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>an exclusive bound (&gt; or &lt;) is kept as inclusive (&gt;= or &lt;=)</source>
            <translation>un límite exclusivo (&gt; o &lt;) se conserva como inclusivo (&gt;= o &lt;=)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>on a select_multiple only selected(...) joined by 'or' can be kept</source>
            <translation>en un select_multiple solo se pueden conservar selected(...) unidos por 'or'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>not(selected(...)) on a select_multiple cannot be kept</source>
            <translation>not(selected(...)) en un select_multiple no se puede conservar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{name!r} has no value {value!r}</source>
            <translation>{name!r} no tiene el valor {value!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>{value!r} is not a number to compare with</source>
            <translation>{value!r} no es un número con el que comparar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds joined by 'and' can be kept</source>
            <translation>solo se pueden conservar límites unidos por 'and'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>only bounds such as '. &gt;= 0' can be kept</source>
            <translation>solo se pueden conservar límites como '. &gt;= 0'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_expr.py" />
            <source>'{op}' cannot be kept as a range</source>
            <translation>'{op}' no se puede conservar como rango</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos</source>
            <translation>una pregunta de foto: cuenta para las fotos del punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required)</source>
            <translation>una pregunta de foto: cuenta para las fotos del punto de contacto (una obligatoria)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos; its label is added to the touchpoint's description</source>
            <translation>una pregunta de foto: cuenta para las fotos del punto de contacto; su etiqueta se añade a la descripción del punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a photo question: counts toward the touchpoint's photos (one required); its label is added to the touchpoint's description</source>
            <translation>una pregunta de foto: cuenta para las fotos del punto de contacto (una obligatoria); su etiqueta se añade a la descripción del punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a repeat: its questions are asked once (a checklist does not repeat)</source>
            <translation>una repetición (repeat): sus preguntas se hacen una vez (una lista de control no se repite)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>version '{text}' is not a whole number: the form is version 1</source>
            <translation>la versión '{text}' no es un número entero: el formulario es la versión 1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: it has no 'survey' sheet (its sheets: {names})</source>
            <translation>no es un XLSForm: no tiene hoja 'survey' (sus hojas: {names})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not an XLSForm: the survey sheet has no 'type' column (row 1 has: {found})</source>
            <translation>no es un XLSForm: la hoja survey no tiene columna 'type' (la fila 1 contiene: {found})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>the choices sheet has no list_name column: no choices read</source>
            <translation>la hoja choices no tiene columna list_name: no se ha leído ninguna opción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>group '{group}' has no 'end group': it ends with the sheet</source>
            <translation>el grupo '{group}' no tiene 'end group': termina con la hoja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a row without a type: left out</source>
            <translation>una fila sin tipo: omitida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a group inside a group: becomes the touchpoint '{title}'</source>
            <translation>un grupo dentro de un grupo: se convierte en el punto de contacto '{title}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note is always shown: its relevant is not kept</source>
            <translation>una nota siempre se muestra: su relevant no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a note between questions: kept in the touchpoint's description</source>
            <translation>una nota entre preguntas: se conserva en la descripción del punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no name: called '{name}'</source>
            <translation>sin nombre: se llama '{name}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no label: the question's text is its name</source>
            <translation>sin etiqueta: el texto de la pregunta es su nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'or_other' is not kept: the auditor can add a comment instead</source>
            <translation>'or_other' no se conserva: el auditor puede añadir un comentario en su lugar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{name}' is used twice: this one is called '{id}'</source>
            <translation>'{name}' se usa dos veces: esta se llama '{id}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>touchpoint '{title}' has no questions left: left out</source>
            <translation>al punto de contacto '{title}' no le queda ninguna pregunta: omitido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>no question could be imported: there is no form</source>
            <translation>no se pudo importar ninguna pregunta: no hay formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>form id '{given}' is written '{id}'</source>
            <translation>el identificador de formulario '{given}' se escribe '{id}'</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a choice of list '{list}' without a name: left out</source>
            <translation>una opción de la lista '{list}' sin nombre: omitida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is in list '{list}' twice: the second is left out</source>
            <translation>'{value}' está dos veces en la lista '{list}': se omite la segunda</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>choice points</source>
            <translation>puntos de la opción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>{what} '{text}' is not a number: not kept</source>
            <translation>{what} '{text}' no es un número: no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>not a sheet of an XLSForm: not read</source>
            <translation>no es una hoja de un XLSForm: no se lee</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>both this group and the group around it have a relevant: only this one is kept</source>
            <translation>tanto este grupo como el grupo que lo contiene tienen relevant: solo se conserva este</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{value}' is not one of: {options}: not kept</source>
            <translation>'{value}' no es uno de: {options}: no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>a grade band needs a min and a label: left out</source>
            <translation>una franja de calificación necesita un min y una etiqueta: omitida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{color}' is not a colour as #rrggbb: not kept</source>
            <translation>'{color}' no es un color con el formato #rrggbb: no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{language}' names no language: column not read</source>
            <translation>'{language}' no nombra ningún idioma: no se lee la columna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' without a matching begin: ignored</source>
            <translation>'{type}' sin su begin correspondiente: se ignora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'phone number' is read as a text question: its format is not checked</source>
            <translation>'phone number' se lee como una pregunta de texto: su formato no se comprueba</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is not a question type this app knows: left out</source>
            <translation>'{type}' no es un tipo de pregunta que esta aplicación conozca: omitido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_import.py" />
            <source>'{type}' is {why}: left out</source>
            <translation>'{type}' es {why}: omitido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {wanted} question cannot be this row's type: read as {derived}</source>
            <translation>una pregunta {wanted} no puede tener el tipo de esta fila: se lee como {derived}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a yes_no question needs a list of exactly 'yes' and 'no': read as choice</source>
            <translation>una pregunta yes_no necesita una lista con exactamente 'yes' y 'no': se lee como choice</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a range in steps of {step}: read as a number from {start} to {end}</source>
            <translation>un rango en pasos de {step}: se lee como un número de {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a scale needs whole-number bounds: read as 1 to 5</source>
            <translation>una escala necesita límites enteros: se lee como de 1 a 5</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>only a question that earns points can be critical: not kept</source>
            <translation>solo una pregunta que da puntos puede ser crítica: no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>both this row and its group (row {row}) have a relevant: only this row's is kept</source>
            <translation>tanto esta fila como su grupo (fila {row}) tienen relevant: solo se conserva el de esta fila</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>no choices list '{list}' in the choices sheet: left out</source>
            <translation>no hay ninguna lista de opciones '{list}' en la hoja choices: omitida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a duration needs thresholds (such as '30:4; 60:2'): read as a number</source>
            <translation>una duración necesita umbrales (como '30:4; 60:2'): se lee como un número</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{parameters}' is not start=N end=N step=N: read as 1 to 10</source>
            <translation>'{parameters}' no tiene la forma start=N end=N step=N: se lee como de 1 a 10</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} answer is always {a} to {b}: the range here is not kept</source>
            <translation>una respuesta {type} siempre va de {a} a {b}: el rango indicado aquí no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is not 'SECONDS:POINTS; ...' (such as '30:4; 60:2'): not kept</source>
            <translation>'{text}' no tiene la forma 'SECONDS:POINTS; ...' (como '30:4; 60:2'): no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>each choice carries its points (choices sheet)</source>
            <translation>cada opción lleva sus propios puntos (hoja choices)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>points not kept: {why}</source>
            <translation>no se conservan los puntos: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not yes or no: N/A not allowed</source>
            <translation>'{value}' no es yes ni no: N/A no permitido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>expected (yes or no) is only for yes/no questions: not kept</source>
            <translation>expected (yes o no) es solo para preguntas de sí/no: no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{text}' is a condition: the question is not required</source>
            <translation>'{text}' es una condición: la pregunta no es obligatoria</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' is not kept, the question is always shown: {why}</source>
            <translation>el relevant '{expr}' no se conserva, la pregunta se muestra siempre: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>relevant '{expr}' (the relevant of the group on row {row}) is not kept, the question is always shown: {why}</source>
            <translation>el relevant '{expr}' (el del grupo de la fila {row}) no se conserva, la pregunta se muestra siempre: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not one of: {options}</source>
            <translation>'{value}' no es uno de: {options}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{constraint}' is not kept: {why}</source>
            <translation>'{constraint}' no se conserva: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>the thresholds carry the points</source>
            <translation>los umbrales llevan los puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>a {type} question earns none</source>
            <translation>una pregunta {type} no da ninguno</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_questions.py" />
            <source>'{value}' is not section or visit: not kept</source>
            <translation>'{value}' no es section ni visit: no se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>sheet '{sheet}' has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns are read</source>
            <translation>la hoja '{sheet}' tiene {rows} filas y {columns} columnas; se leen como máximo {max_rows} filas y {max_columns} columnas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the file is {size} bytes; a workbook may have at most {limit}</source>
            <translation>el archivo tiene {size} bytes; un libro puede tener como máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>the workbook unzips to {size} bytes; at most {limit} are read</source>
            <translation>el libro descomprimido ocupa {size} bytes; se leen como máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>an old Excel .xls workbook: open it in Excel or LibreOffice and save it as .xlsx</source>
            <translation>un libro antiguo de Excel .xls: ábralo en Excel o LibreOffice y guárdelo como .xlsx</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_sheets.py" />
            <source>not an Excel workbook (.xlsx)</source>
            <translation>no es un libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an acknowledgement, which a checklist does not ask for</source>
            <translation>una confirmación, que una lista de control no pide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a date and time together: use a date and a time question</source>
            <translation>una fecha y una hora juntas: use una pregunta de fecha y otra de hora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a ranking, which a checklist does not ask for</source>
            <translation>una clasificación, que una lista de control no pide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an external data file, which a checklist cannot read</source>
            <translation>un archivo de datos externo, que una lista de control no puede leer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choices from an external file, which a checklist cannot read</source>
            <translation>opciones de un archivo externo, que una lista de control no puede leer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo matrix, which a checklist does not have</source>
            <translation>una matriz de Kobo, que una lista de control no tiene</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a Kobo score block: give points in the points column instead</source>
            <translation>un bloque de puntuación de Kobo: indique los puntos en la columna points en su lugar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app lays out questions itself</source>
            <translation>la aplicación organiza ella misma las preguntas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a default answer: auditors answer every question themselves</source>
            <translation>una respuesta predeterminada: los auditores responden ellos mismos a cada pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>calculations: the app computes scores itself</source>
            <translation>cálculos: la aplicación calcula ella misma las puntuaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>choice filters: every choice is offered</source>
            <translation>filtros de opciones: se ofrece cada opción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>read-only questions</source>
            <translation>preguntas de solo lectura</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>repeats: a touchpoint is filled once</source>
            <translation>repeticiones: un punto de contacto se rellena una vez</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself why an answer does not fit</source>
            <translation>la aplicación dice ella misma por qué una respuesta no encaja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>the app says itself which answers are missing</source>
            <translation>la aplicación dice ella misma qué respuestas faltan</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>guidance hints (only the hint is shown)</source>
            <translation>indicaciones de guía (solo se muestra la ayuda)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>triggers</source>
            <translation>disparadores</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>parameters (kept only on a range)</source>
            <translation>parámetros (solo se conservan en un range)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>{header}: not kept ({why})</source>
            <translation>{header}: no se conserva ({why})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>metadata: the app records who made a visit and when itself</source>
            <translation>un metadato: la aplicación registra ella misma quién hizo una visita y cuándo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a calculation: the app computes scores itself</source>
            <translation>un cálculo: la aplicación calcula ella misma las puntuaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a place on a map: a visit's place is its location</source>
            <translation>un lugar en un mapa: el lugar de una visita es su ubicación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>a recording, file or scan, which a checklist does not ask for</source>
            <translation>una grabación, un archivo o un escaneo, que una lista de control no pide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>pictures and sounds in a question</source>
            <translation>imágenes y sonidos en una pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>KoboToolbox's own bookkeeping</source>
            <translation>datos internos de KoboToolbox</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>an XForm attribute</source>
            <translation>un atributo de XForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>it belongs on a begin group row: a touchpoint's {column}</source>
            <translation>va en una fila begin group: el {column} de un punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not for this kind of row</source>
            <translation>no para este tipo de fila</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/xlsform_types.py" />
            <source>not a column this app reads</source>
            <translation>no es una columna que esta aplicación lea</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML syntax error: {error}</source>
            <translation>error de sintaxis YAML: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: nested too deeply</source>
            <translation>error de YAML: anidado demasiado profundo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} values once its aliases (*name) are expanded</source>
            <translation>más de {limit} valores una vez expandidos sus alias (*nombre)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>YAML error: {error}</source>
            <translation>error de YAML: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/formats/yaml_lines.py" />
            <source>more than {limit} aliases (*name) in one file</source>
            <translation>más de {limit} alias (*nombre) en un archivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the file is cut short: the image is incomplete (copy it again from the camera or phone)</source>
            <translation>el archivo está cortado: la imagen está incompleta (cópiela de nuevo desde la cámara o el teléfono)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large ({w} x {h} px, more than {mp} MP)</source>
            <translation>la imagen es demasiado grande ({w} x {h} px, más de {mp} MP)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large for its shape ({w} x {h} px): not a photo</source>
            <translation>la imagen es demasiado grande para su forma ({w} x {h} px): no es una foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>HEIC is not supported: export it as JPEG (on an iPhone: Settings &gt; Camera &gt; Formats)</source>
            <translation>HEIC no es compatible: expórtela como JPEG (en un iPhone: Ajustes &gt; Cámara &gt; Formatos)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>AVIF is not supported: export it as JPEG</source>
            <translation>AVIF no es compatible: expórtela como JPEG</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>not an image Pillow can read</source>
            <translation>no es una imagen que Pillow pueda leer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is too large (more than {mp} megapixels)</source>
            <translation>la imagen es demasiado grande (más de {mp} megapíxeles)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image is damaged ({error})</source>
            <translation>la imagen está dañada ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>{format} images are not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>las imágenes {format} no son compatibles: use JPEG, PNG, WebP, TIFF o GIF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>this image format is not supported: use JPEG, PNG, WebP, TIFF or GIF</source>
            <translation>este formato de imagen no es compatible: use JPEG, PNG, WebP, TIFF o GIF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/decode.py" />
            <source>the image data is damaged ({error})</source>
            <translation>los datos de la imagen están dañados ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: added</source>
            <translation>{file}: añadida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file could not be read to the end ({error})</source>
            <translation>no se pudo leer el archivo hasta el final ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>{file}: already in the photo store (stored once)</source>
            <translation>{file}: ya está en el almacén de fotos (se guarda una vez)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file changed during the import: try again once it is complete</source>
            <translation>el archivo cambió durante la importación: inténtelo de nuevo cuando esté completo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the photo store cannot take it ({error})</source>
            <translation>el almacén de fotos no puede aceptarla ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the copies could not be saved ({error})</source>
            <translation>no se pudieron guardar las copias ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file is gone (moved or deleted during the import)</source>
            <translation>el archivo ya no está (se movió o se eliminó durante la importación)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>this is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file cannot be read ({error})</source>
            <translation>no se puede leer el archivo ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>the file was replaced during the import: try again</source>
            <translation>el archivo se reemplazó durante la importación: inténtelo de nuevo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>no such file</source>
            <translation>no existe el archivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/pipeline.py" />
            <source>could not be imported (internal error: {error})</source>
            <translation>no se pudo importar (error interno: {error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/photos/signature.py" />
            <source>the image is blank (no strokes on it)</source>
            <translation>la imagen está en blanco (no tiene trazos)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>the firm</source>
            <translation>la empresa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>DIGITAL SIGNATURE</source>
            <translation>FIRMA DIGITAL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>This copy carries no digital signature.</source>
            <translation>Esta copia no lleva firma digital.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
            <source>Signed electronically by {firm}.</source>
            <translation>Firmado electrónicamente por {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Generated {when} by {app}</source>
            <translation>Generado el {when} con {app}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Report {id}</source>
            <translation>Informe {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" />
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No approved or published visits were scheduled in this period.</source>
            <translation>No había visitas aprobadas o publicadas programadas en este periodo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>No published visits were scheduled in this period.</source>
            <translation>No había visitas publicadas programadas en este periodo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds.</source>
            <translation>Las puntuaciones son exactas y se muestran redondeadas a un decimal (la mitad hacia arriba). CSAT: % de respuestas 4 o 5 en 1–5. NPS: % de 9–10 menos % de 0–6. CES: media de las respuestas en 1–7. Tiempos: media y mediana en segundos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Any change to this file after signing breaks the signature.</source>
            <translation>Cualquier cambio en este archivo tras la firma rompe la firma.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report</source>
            <translation>Informe del periodo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>MYSTERY SHOPPING PERIOD REPORT</source>
            <translation>INFORME DEL PERIODO DE CLIENTE MISTERIOSO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean score</source>
            <translation>Puntuación media</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>of 100, over all visits</source>
            <translation>de 100, sobre todas las visitas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Range</source>
            <translation>Rango</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>lowest to highest visit total</source>
            <translation>del total de visita más bajo al más alto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Locations, ranked by mean score</source>
            <translation>Ubicaciones por puntuación media</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Touchpoints by location</source>
            <translation>Puntos de contacto por ubicación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean touchpoint score at each location (locations ranked as above); “All” is the mean over every visit. An empty cell: the location's visits did not include this touchpoint.</source>
            <translation>Puntuación media del punto de contacto en cada ubicación (en el orden de arriba); «Todas» es la media de todas las visitas. Una celda vacía: las visitas de la ubicación no incluían este punto de contacto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Timed questions</source>
            <translation>Preguntas cronometradas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>The ten questions most often failed</source>
            <translation>Las diez preguntas falladas con más frecuencia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Failed: a scored question that earned 0 points, of the visits where it was answered.</source>
            <translation>Fallada: una pregunta puntuada que obtuvo 0 puntos, de las visitas en que se respondió.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits in the period</source>
            <translation>Visitas del periodo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>About these figures</source>
            <translation>Sobre estas cifras</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Mystery shopping report</source>
            <translation>Informe de cliente misterioso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Period report: {client}, {span}</source>
            <translation>Informe del periodo: {client}, {span}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mystery shopping results of {client} from {start} to {end}</source>
            <translation>Resultados de cliente misterioso de {client} del {start} al {end}</translation>
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
            <translation>Ubicación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Lowest</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Highest</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Spread on 0–100 (dot: mean)</source>
            <translation>Dispersión en 0–100 (punto: media)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visita</numerusform>
                <numerusform>%n visitas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Timed question</source>
            <translation>Pregunta cronometrada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Answers</source>
            <translation>Respuestas</translation>
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
            <translation>Ninguna pregunta puntuada obtuvo 0 puntos en este periodo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Failed</source>
            <translation>Falladas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>a critical question failed on this visit. Visit: the first characters of its id.</source>
            <translation>en esta visita falló una pregunta crítica. Visita: los primeros caracteres de su id.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{client}, {start} to {end}</source>
            <translation>{client}, del {start} al {end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n ubicación</numerusform>
                <numerusform>%n ubicaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>happy or very happy, of {answers}</source>
            <translation>satisfechos o muy satisfechos, de {answers}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>promoters − detractors, of {answers}</source>
            <translation>promotores − detractores, de {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>mean ease, 1–7, of {answers}</source>
            <translation>facilidad media, 1–7, de {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Score by month</source>
            <translation>Puntuación por mes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Line: the month's mean visit total. Grey bar: its lowest to highest visit.</source>
            <translation>Línea: el total medio de las visitas del mes. Barra gris: de su visita más baja a la más alta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Score by journey stage</source>
            <translation>Puntuación por etapa del recorrido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Mean of the visits' stage scores (points earned of possible in the stage).</source>
            <translation>Media de las puntuaciones de etapa de las visitas (puntos obtenidos de los posibles en la etapa).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: published visits scheduled from {start} to {end}; visits not yet published are not results yet.</source>
            <translation>Visitas contadas: visitas publicadas programadas del {start} al {end}; las visitas aún no publicadas todavía no son resultados.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>Visits counted: approved and published visits scheduled from {start} to {end}; drafts and visits still in review are not results yet.</source>
            <translation>Visitas contadas: visitas aprobadas y publicadas programadas del {start} al {end}; los borradores y las visitas en revisión aún no son resultados.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{visits} at {locations}</source>
            <translation>{visits} en {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>published, at {locations}</source>
            <translation>publicadas, en {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>approved or published, at {locations}</source>
            <translation>aprobadas o publicadas, en {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{v} of {n}</source>
            <translation>{v} de {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signing key</source>
            <translation>la clave de firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF to sign</source>
            <translation>el PDF que se va a firmar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: not a PKCS#12 (.p12/.pfx) key file</source>
            <translation>{path}: no es un archivo de clave PKCS#12 (.p12/.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no private key</source>
            <translation>{path}: el archivo no contiene ninguna clave privada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the file holds no certificate</source>
            <translation>{path}: el archivo no contiene ningún certificado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate is not valid yet (from {start}); check this computer's clock</source>
            <translation>{where}: el certificado aún no es válido (desde {start}); compruebe el reloj de este equipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate expired on {end}</source>
            <translation>{where}: el certificado caducó el {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where}: el uso de clave del certificado no incluye el no repudio, así que no sirve para firmar documentos; use un certificado de firma de documentos (o cree uno con `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{where}: the certificate's key usage lacks digital signature and non-repudiation, so it is not fit to sign documents; use a document-signing certificate (or make one with `mystery-shop keys create`)</source>
            <translation>{where}: el uso de clave del certificado no incluye la firma digital ni el no repudio, así que no sirve para firmar documentos; use un certificado de firma de documentos (o cree uno con `mystery-shop keys create`)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: not a PDF file</source>
            <translation>{src}: no es un archivo PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: no such folder</source>
            <translation>{parent}: no existe la carpeta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the PDF has no pages</source>
            <translation>el PDF no tiene páginas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: wrong passphrase for the key file</source>
            <translation>{path}: frase de contraseña incorrecta para el archivo de clave</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read the key file ({error})</source>
            <translation>{path}: no se puede leer el archivo de clave ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot use the key ({error})</source>
            <translation>{path}: no se puede usar la clave ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: no such file ({what})</source>
            <translation>{path}: no existe el archivo ({what})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: is a folder, not {what}</source>
            <translation>{path}: es una carpeta, no {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: cannot read {what} ({error})</source>
            <translation>{path}: no se puede leer {what} ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot read the PDF ({error})</source>
            <translation>{src}: no se puede leer el PDF ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{parent}: cannot write the signed file there ({error})</source>
            <translation>{parent}: no se puede escribir allí el archivo firmado ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the timestamp server {url} did not give a timestamp ({error})</source>
            <translation>el servidor de sellado de tiempo {url} no devolvió ningún sello de tiempo ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{src}: cannot sign it ({error})</source>
            <translation>{src}: no se puede firmar ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{dst}: cannot write the signed file ({error})</source>
            <translation>{dst}: no se puede escribir el archivo firmado ({error})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box is on page {page}, but the PDF has %n page(s)</source>
            <translation>
                <numerusform>el recuadro de firma está en la página {page}, pero el PDF tiene %n página</numerusform>
                <numerusform>el recuadro de firma está en la página {page}, pero el PDF tiene %n páginas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box {rect} is empty</source>
            <translation>el recuadro de firma {rect} está vacío</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the font {name} is missing from {parent}: cannot draw the signature block</source>
            <translation>falta la fuente {name} en {parent}: no se puede dibujar el bloque de firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>{path}: the key file is protected by a passphrase; none was given</source>
            <translation>{path}: el archivo de clave está protegido por una frase de contraseña; no se ha dado ninguna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Awareness</source>
            <translation>Conocimiento</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Consideration</source>
            <translation>Consideración</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Purchase</source>
            <translation>Compra</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Post-purchase</source>
            <translation>Posventa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>In store</source>
            <translation>En tienda</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Social media</source>
            <translation>Redes sociales</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>App</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Satisfaction, 1 (very unhappy) to 5 (very happy)</source>
            <translation>Satisfacción, de 1 (muy insatisfecho) a 5 (muy satisfecho)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)</source>
            <translation>Facilidad, de 1 (totalmente en desacuerdo en que fue fácil) a 7 (totalmente de acuerdo)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>Probabilidad de recomendar, de 0 a 10 (9–10 promotor, 7–8 pasivo, 0–6 detractor)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very unhappy</source>
            <translation>muy insatisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>unhappy</source>
            <translation>insatisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>happy</source>
            <translation>satisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>very happy</source>
            <translation>muy satisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly disagree</source>
            <translation>totalmente en desacuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>disagree</source>
            <translation>en desacuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat disagree</source>
            <translation>algo en desacuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>neither</source>
            <translation>ni de acuerdo ni en desacuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>somewhat agree</source>
            <translation>algo de acuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>agree</source>
            <translation>de acuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>strongly agree</source>
            <translation>totalmente de acuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>None of these</source>
            <translation>Ninguna de estas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>{v} on {lo}–{hi}</source>
            <translation>{v} en {lo}–{hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pt within {t}</source>
            <translation>{p} pto. en {t} como máximo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{p} pts within {t}</source>
            <translation>{p} ptos. en {t} como máximo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>visit</source>
            <translation>visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>touchpoint</source>
            <translation>punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL · FAILED</source>
            <translation>CRÍTICA · FALLADA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>CRITICAL</source>
            <translation>CRÍTICA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>no points</source>
            <translation>sin puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Stopwatch timings</source>
            <translation>Tiempos cronometrados</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Customer ratings</source>
            <translation>Valoraciones del cliente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>no scored answers</source>
            <translation>sin respuestas puntuadas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Time taken</source>
            <translation>Tiempo medido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>weight {w}</source>
            <translation>peso {w}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>No questions in this touchpoint.</source>
            <translation>No hay preguntas en este punto de contacto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points set by a supervisor’s override; the reason is given with the question.</source>
            <translation>puntos fijados por la corrección de un supervisor; el motivo figura junto a la pregunta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>N/A (not applicable)</source>
            <translation>N/A (no aplica)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>unscored</source>
            <translation>sin puntuar</translation>
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
            <translation>{e} de {p} puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>points adjusted on review.</source>
            <translation>puntos ajustados en la revisión.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Adjusted on review</source>
            <translation>Ajustado en la revisión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Answer on its scale</source>
            <translation>Respuesta en su escala</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>A critical question in this touchpoint was not met: it scores 0.</source>
            <translation>Una pregunta crítica de este punto de contacto no se cumplió: puntúa 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>Score overridden</source>
            <translation>Puntuación corregida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <source>from {was} to {p} by {who}: {why}</source>
            <translation>de {was} a {p} por {who}: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client} by {firm}.</source>
            <translation>Preparado para {client} por {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Prepared for {client}.</source>
            <translation>Preparado para {client}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>weighted mean of the touchpoint scores</source>
            <translation>media ponderada de las puntuaciones de los puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>points earned of points possible</source>
            <translation>puntos obtenidos de los posibles</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>MYSTERY SHOPPING VISIT REPORT</source>
            <translation>INFORME DE VISITA DE CLIENTE MISTERIOSO</translation>
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
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Date of visit</source>
            <translation>Fecha de la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Time of visit</source>
            <translation>Hora de la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Audit form</source>
            <translation>Formulario de auditoría</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Form id and version</source>
            <translation>Id. y versión del formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>GRADE</source>
            <translation>CALIFICACIÓN</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Bands: {bands}. Total = {how}, rounded to one decimal.</source>
            <translation>Tramos: {bands}. Total = {how}, redondeado a un decimal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>the visit's total is set to 0</source>
            <translation>el total de la visita pasa a ser 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>this touchpoint's score is set to 0</source>
            <translation>la puntuación de este punto de contacto pasa a ser 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>SCENARIO</source>
            <translation>ESCENARIO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Confidential: for the client’s own use. The report sets out what one mystery shopper experienced on one visit, scored against the audit form named above.</source>
            <translation>Confidencial: para uso exclusivo del cliente. El informe recoge lo que un cliente misterioso vivió en una visita, puntuado según el formulario de auditoría indicado arriba.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE SO FAR</source>
            <translation>PUNTUACIÓN TOTAL HASTA AHORA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>TOTAL SCORE</source>
            <translation>PUNTUACIÓN TOTAL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>out of 100</source>
            <translation>de 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{done} of {total} required answered ({share})</source>
            <translation>{done} de {total} obligatorias respondidas ({share})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade until every required question is answered.</source>
            <translation>Sin calificación hasta que se respondan todas las preguntas obligatorias.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>{grade} so far</source>
            <translation>{grade} por ahora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{band} from {p}</source>
            <translation>{band} desde {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Critical failure</source>
            <translation>Fallo crítico</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>“{question}” was not met, so {effect}.</source>
            <translation>«{question}» no se cumplió, así que {effect}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A visit-level critical question failed: the total is 0 whatever the points.</source>
            <translation>Falló una pregunta crítica de la visita: el total es 0 sean cuales sean los puntos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>A stage's score is the points earned of the points possible over its touchpoints.</source>
            <translation>La puntuación de una etapa son los puntos obtenidos de los posibles en sus puntos de contacto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>{id}, version {v}</source>
            <translation>{id}, versión {v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>No grade yet</source>
            <translation>Aún sin calificación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>CRITICAL FAILED</source>
            <translation>CRÍTICO FALLADO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Incomplete:</source>
            <translation>Incompleta:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>For the firm only: it includes the supervisor's notes, the score overrides and the evidence checks. Send the client its own copy.</source>
            <translation>Solo para la empresa: incluye las notas del supervisor, las correcciones de puntuación y las comprobaciones de pruebas. Envíe al cliente su propia copia.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>(weighted)</source>
            <translation>(ponderado)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Internal copy.</source>
            <translation>Copia interna.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>Not approved.</source>
            <translation>No aprobada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <source>This visit is {status}: its answers and score may still change in review. Only an approved visit's report is final.</source>
            <translation>Esta visita está {status}: sus respuestas y su puntuación aún pueden cambiar en la revisión. Solo el informe de una visita aprobada es definitivo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>No capture time</source>
            <translation>Sin hora de captura</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo not on this computer</source>
            <translation>La foto no está en este equipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photos of {title} ({n})</source>
            <translation>Fotos de {title} ({n})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Photo could not be read</source>
            <translation>No se pudo leer la foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>(no caption)</source>
            <translation>(sin pie de foto)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>Taken {when}</source>
            <translation>Tomada el {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" />
            <source>for {question}</source>
            <translation>para {question}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report</source>
            <translation>Informe de visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report · INTERNAL COPY</source>
            <translation>Informe de visita · COPIA INTERNA</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>NOT APPROVED</source>
            <translation>NO APROBADO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit report: {location}, {day}</source>
            <translation>Informe de visita: {location}, {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>{client}: {form} (visit {id})</source>
            <translation>{client}: {form} (visita {id})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" />
            <source>Visit {id}</source>
            <translation>Visita {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Any change to this file after signing breaks the signature; a PDF reader shows who signed and whether the file is intact.</source>
            <translation>Cualquier cambio en este archivo tras la firma rompe la firma; un lector de PDF muestra quién firmó y si el archivo está intacto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Declaration and approval</source>
            <translation>Declaración y aprobación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>REVIEW</source>
            <translation>REVISIÓN</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>AUDITOR’S DECLARATION</source>
            <translation>DECLARACIÓN DEL AUDITOR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>The auditor has not signed this visit.</source>
            <translation>El auditor no ha firmado esta visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Not reviewed yet.</source>
            <translation>Aún sin revisar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>received by the server {when}</source>
            <translation>recibido por el servidor {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Supervisor’s comment</source>
            <translation>Comentario del supervisor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" />
            <source>signed {when}</source>
            <translation>firmado el {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no such file here.</source>
            <translation>Aquí no hay tal archivo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/__init__.py" />
            <source>There is no logo here.</source>
            <translation>Aquí no hay ningún logotipo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out.</source>
            <translation>Su contraseña ha cambiado. Sus otros navegadores han cerrado la sesión.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>You are signed out.</source>
            <translation>Ha cerrado la sesión.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Please sign in to go on.</source>
            <translation>Inicie sesión para continuar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Your password is changed. Your other browsers are signed out, and so are your laptops: sign them in again with the new password.</source>
            <translation>Su contraseña ha cambiado. Sus otros navegadores han cerrado la sesión, y también sus portátiles: vuelva a iniciar sesión en ellos con la nueva contraseña.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The sign-in form had expired. Please try again.</source>
            <translation>El formulario de inicio de sesión había caducado. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>Enter your user name and your password.</source>
            <translation>Introduzca su nombre de usuario y su contraseña.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <source>The portal speaks your language now.</source>
            <translation>El portal habla ahora su idioma.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/account_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your account</source>
            <translation>Su cuenta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>Actions are waiting for you</source>
            <translation>Hay acciones esperándote</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your mystery shopping provider</source>
            <translation>Su proveedor de cliente misterioso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>See them in the portal (you will be asked to sign in):</source>
            <translation>Consúltalas en el portal (se te pedirá que inicies sesión):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Hello {name},</source>
            <translation>Hola, {name}:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{sender} sends this reminder once a day while actions are waiting.</source>
            <translation>{sender} envía este recordatorio una vez al día mientras haya acciones pendientes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are past their due date.</source>
            <translation>{n} de tus acciones han superado su fecha límite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_mail.py" />
            <source>{n} of your actions are due within a day.</source>
            <translation>{n} de tus acciones vencen en un día.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Reopened</source>
            <translation>Reabierta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Verified</source>
            <translation>Verificada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Withdrawn after appeal</source>
            <translation>Retirada tras la apelación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Opened by the published report</source>
            <translation>Abierta por el informe publicado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Started</source>
            <translation>Iniciada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Held at the next visit</source>
            <translation>Se mantuvo en la visita siguiente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Recurred at the next visit</source>
            <translation>Se repitió en la visita siguiente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Those photos are too large.</source>
            <translation>Esas fotos son demasiado grandes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five, 15 MB each.</source>
            <translation>Envía como máximo cinco, de 15 MB cada una.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There is no such download here.</source>
            <translation>Aquí no hay tal descarga.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Actions {start} to {end}</source>
            <translation>Acciones del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such action here.</source>
            <translation>Aquí no existe esa acción.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>the photo is larger than 15 MB</source>
            <translation>la foto supera los 15 MB</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>You cannot do that to this action.</source>
            <translation>No puedes hacer eso con esta acción.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>This photo is missing on the server.</source>
            <translation>Esta foto falta en el servidor.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>Tell the firm.</source>
            <translation>Avise a la empresa.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>There is no such photo here.</source>
            <translation>Aquí no existe esa foto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Too many changes at once.</source>
            <translation>Demasiados cambios a la vez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Wait a minute and try again.</source>
            <translation>Espera un minuto y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Send at most five photos.</source>
            <translation>Envía como máximo cinco fotos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Newest first</source>
            <translation>Más recientes primero</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/action_pages.py" />
            <source>That photo was refused: {why}</source>
            <translation>Esa foto fue rechazada: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That form could not be read.</source>
            <translation>No se pudo leer ese formulario.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the PDF is cut short</source>
            <translation>el PDF está cortado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>the image is damaged</source>
            <translation>la imagen está dañada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Appeals are filed by the client.</source>
            <translation>Las reclamaciones las presenta el cliente.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Too many appeals at once.</source>
            <translation>Demasiadas reclamaciones a la vez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>Wait a few minutes and try again.</source>
            <translation>Espere unos minutos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not filed.</source>
            <translation>La reclamación no se presentó.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is filed. The firm will answer it here.</source>
            <translation>Su reclamación está presentada. La empresa la responderá aquí.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>The appeal was not withdrawn.</source>
            <translation>La reclamación no se retiró.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>There is no such appeal here.</source>
            <translation>Esa reclamación no existe aquí.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>That form is too large.</source>
            <translation>Este formulario es demasiado grande.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <source>{file} was refused: {reason}</source>
            <translation>{file} fue rechazado: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_pages.py" />
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>There is no such report here.</source>
            <translation>Aquí no hay tal informe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/appeal_view.py" />
            <source>Your appeal is withdrawn.</source>
            <translation>Su reclamación está retirada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>No figures in this period.</source>
            <translation>No hay cifras en este período.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}, {low} to {high}</source>
            <translation>{month}: media {mean}, de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{month}: mean {mean}</source>
            <translation>{month}: media {mean}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/charts.py" />
            <source>{what}: the visits</source>
            <translation>{what}: las visitas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Genuine: a report signed by the firm, unchanged since.</source>
            <translation>Auténtico: un informe firmado por la empresa, sin cambios desde entonces.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is too large to be a report.</source>
            <translation>Ese archivo es demasiado grande para ser un informe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Reports are checked up to 32 MB.</source>
            <translation>Se comprueban informes de hasta 32 MB.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not a signed report.</source>
            <translation>No es un informe firmado.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file has no digital signature.</source>
            <translation>El archivo no tiene firma digital.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: the file was changed after it was signed.</source>
            <translation>No auténtico: el archivo se modificó después de firmarse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Its content no longer matches its signature. Download the report again from its page.</source>
            <translation>Su contenido ya no coincide con su firma. Descargue el informe de nuevo desde su página.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Not genuine: something was added to the file after it was signed.</source>
            <translation>No auténtico: se añadió algo al archivo después de firmarse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The signature covers only part of the file. Download the report again from its page.</source>
            <translation>La firma solo cubre parte del archivo. Descargue el informe de nuevo desde su página.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Signed and unchanged, but not one of your reports.</source>
            <translation>Firmado y sin cambios, pero no es uno de sus informes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is not a report published for you on this portal.</source>
            <translation>No es un informe publicado para usted en este portal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Choose the report's PDF file first.</source>
            <translation>Elija primero el archivo PDF del informe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>That file is not a PDF. Choose the report's PDF file.</source>
            <translation>Ese archivo no es un PDF. Elija el archivo PDF del informe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The file could not be checked.</source>
            <translation>No se pudo comprobar el archivo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>It is damaged or not a report. Download the report again from its page.</source>
            <translation>Está dañado o no es un informe. Descargue el informe de nuevo desde su página.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>The report of {location}, {day}{number}, signed by {signer}.</source>
            <translation>El informe de {location}, {day}{number}, firmado por {signer}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiadas comprobaciones: inténtelo de nuevo en %n segundo.</numerusform>
                <numerusform>Demasiadas comprobaciones: inténtelo de nuevo en %n segundos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n minute(s).</source>
            <translation>
                <numerusform>Demasiadas comprobaciones: inténtelo de nuevo en %n minuto.</numerusform>
                <numerusform>Demasiadas comprobaciones: inténtelo de nuevo en %n minutos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check a report</source>
            <translation>Comprobar un informe</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln visita</numerusform>
                <numerusform>%Ln visitas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>none flagged</source>
            <translation>ninguna marcada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Quality checks</source>
            <translation>Controles de calidad</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>published, at %Ln location(s)</source>
            <translation>
                <numerusform>publicadas, en %Ln ubicación</numerusform>
                <numerusform>publicadas, en %Ln ubicaciones</numerusform>
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
                <numerusform>%Ln respuesta con 4 o 5</numerusform>
                <numerusform>%Ln respuestas con 4 o 5</numerusform>
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
                <numerusform>%Ln respuesta, promotores − detractores</numerusform>
                <numerusform>%Ln respuestas, promotores − detractores</numerusform>
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
                <numerusform>%Ln respuesta, media de 1–7</numerusform>
                <numerusform>%Ln respuestas, media de 1–7</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: mean {mean} over %Ln visit(s)</source>
            <translation>
                <numerusform>{what}: media {mean} en %Ln visita</numerusform>
                <numerusform>{what}: media {mean} en %Ln visitas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>no scored visits</source>
            <translation>no hay visitas puntuadas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{visits}, {low} to {high}</source>
            <translation>{visits}, de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean score by month</source>
            <translation>Puntuación media por mes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Locations ranked by mean score</source>
            <translation>Ubicaciones clasificadas por puntuación media</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>Mean score by journey stage</source>
            <translation>Puntuación media por etapa del recorrido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>The questions most often failed</source>
            <translation>Las preguntas falladas con más frecuencia</translation>
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
                <numerusform>fallada en {hits} de %Ln visita</numerusform>
                <numerusform>fallada en {hits} de %Ln visitas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: not on this location's forms</source>
            <translation>{what}: no está en los formularios de esta ubicación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>of 100; {low} to {high}</source>
            <translation>de 100; de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint} at {location}</source>
            <translation>{touchpoint} en {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{touchpoint}, all locations</source>
            <translation>{touchpoint}, todas las ubicaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>The dashboard is for the firm's supervisors and its clients.</source>
            <translation>El panel es para los supervisores de la empresa y sus clientes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Your reports are under Reports.</source>
            <translation>Sus informes están en Informes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Period report {client} {start} to {end}</source>
            <translation>Informe del periodo {client} {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>Visits {client} {start} to {end}</source>
            <translation>Visitas {client} {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <source>There are no clients here yet.</source>
            <translation>Aún no hay clientes aquí.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/dashboard_pages.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>client</source>
            <translation>cliente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>auditor</source>
            <translation>auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>This form has expired.</source>
            <translation>Este formulario ha caducado.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>Go back, reload the page and try again.</source>
            <translation>Vuelva atrás, recargue la página e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>The period ended before it started: the dates were swapped.</source>
            <translation>El período terminaba antes de empezar: se han intercambiado las fechas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>There is no such client here.</source>
            <translation>Aquí no hay tal cliente.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the start date was left out.</source>
            <translation>«{text}» no es una fecha (AAAA-MM-DD): se ha omitido la fecha de inicio.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/deps.py" />
            <source>“{text}” is not a date (YYYY-MM-DD): the end date was left out.</source>
            <translation>«{text}» no es una fecha (AAAA-MM-DD): se ha omitido la fecha de fin.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln byte</numerusform>
                <numerusform>%Ln bytes</numerusform>
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
            <translation>Un cliente ha reclamado un informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A client has filed an appeal of a published report. It waits in the app under Supervise → Appeals; the report is here:</source>
            <translation>Un cliente ha presentado una reclamación sobre un informe publicado. Espera en la aplicación en Supervisar → Reclamaciones; el informe está aquí:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your appeal has been decided</source>
            <translation>Su reclamación ha sido resuelta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>A new report is waiting for you</source>
            <translation>Le espera un nuevo informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>This message holds no report data; the report itself stays in the portal.</source>
            <translation>Este mensaje no contiene datos del informe; el informe permanece en el portal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Open it in the portal (you will be asked to sign in):</source>
            <translation>Ábralo en el portal (se le pedirá que inicie sesión):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has decided your appeal. Read the decision in the portal (you will be asked to sign in):</source>
            <translation>{sender} ha resuelto su reclamación. Lea la decisión en el portal (se le pedirá que inicie sesión):</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has published a new mystery shopping report for you.</source>
            <translation>{sender} ha publicado un nuevo informe de cliente misterioso para usted.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Oldest first</source>
            <translation>Más antiguos primero</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Highest score</source>
            <translation>Puntuación más alta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Lowest score</source>
            <translation>Puntuación más baja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Location A–Z</source>
            <translation>Ubicación A–Z</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is not on the server.</source>
            <translation>El informe firmado de esta visita no está en el servidor.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It was published by a version of the app that did not upload reports.</source>
            <translation>Lo publicó una versión de la aplicación que no subía los informes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>This visit's signed report is missing on the server.</source>
            <translation>Falta en el servidor el informe firmado de esta visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <source>It may not be published yet.</source>
            <translation>Puede que aún no esté publicado.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/report_pages.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n minute(s).</source>
            <translation>
                <numerusform>Demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de %n minuto.</numerusform>
                <numerusform>Demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de %n minutos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>This account is disabled. Ask the firm that sends your reports.</source>
            <translation>Esta cuenta está desactivada. Consulte a la empresa que le envía los informes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password and its repetition differ.</source>
            <translation>La nueva contraseña y su repetición no coinciden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>A password needs at least %n character(s).</source>
            <translation>
                <numerusform>Una contraseña necesita al menos %n carácter.</numerusform>
                <numerusform>Una contraseña necesita al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The new password is the current one.</source>
            <translation>La nueva contraseña es la actual.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Wrong user name or password.</source>
            <translation>Nombre de usuario o contraseña incorrectos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>The current password is not right.</source>
            <translation>La contraseña actual no es correcta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/action_rules.py" />
            <location filename="../../mystery_shop/services/quality.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That client no longer exists.</source>
            <translation>Ese cliente ya no existe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/app_language.py" />
            <source>The app is not translated into {code!r}; it ships in {languages}.</source>
            <translation>La aplicación no está traducida a {code!r}; está disponible en {languages}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>{appeal!r} is the start of several appeals: give more of it.</source>
            <translation>{appeal!r} es el comienzo de varias reclamaciones: indique más.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only a supervisor decides an appeal.</source>
            <translation>Solo un supervisor resuelve una reclamación.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Only the visit's auditor gives their account.</source>
            <translation>Solo el auditor de la visita da su versión.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>Nobody asked for an account of this appeal.</source>
            <translation>Nadie pidió una versión de esta reclamación.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>The text is empty.</source>
            <translation>El texto está vacío.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <source>No appeal {appeal!r}.</source>
            <translation>No hay ninguna reclamación {appeal!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/appeals.py" />
            <location filename="../../mystery_shop/services/review.py" />
            <source>{points!r} is not a number of points.</source>
            <translation>{points!r} no es un número de puntos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/export.py" />
            <source>{name}: the export is written as .csv or .xlsx</source>
            <translation>{name}: la exportación se escribe como .csv o .xlsx</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} is not in this profile.</source>
            <translation>El formulario {form} en la versión {version} no está en este perfil.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Choose where to save the form.</source>
            <translation>Elija dónde guardar el formulario.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>The form has %n problem(s) to fix before it can be saved.</source>
            <translation>
                <numerusform>El formulario tiene %n problema que corregir antes de poder guardarlo.</numerusform>
                <numerusform>El formulario tiene %n problemas que corregir antes de poder guardarlo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>Save the form before publishing it.</source>
            <translation>Guarde el formulario antes de publicarlo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>{target}: cannot save ({error}).</source>
            <translation>{target}: no se puede guardar ({error}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/period.py" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>An annotated copy must be a JPEG image.</source>
            <translation>Una copia anotada debe ser una imagen JPEG.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/photos.py" />
            <source>That photo is not part of this visit.</source>
            <translation>Esa foto no forma parte de esta visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>The schedule needs the columns {columns}; missing: {missing}.</source>
            <translation>La planificación necesita las columnas {columns}; faltan: {missing}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{path}: cannot read the schedule ({error})</source>
            <translation>{path}: no se puede leer la planificación ({error})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>{column} {text!r} is not a date as YYYY-MM-DD</source>
            <translation>{column} {text!r} no es una fecha con el formato AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>due {due} is before the visit date {when}</source>
            <translation>el plazo {due} es anterior a la fecha de la visita {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/planning.py" />
            <source>no auditor {auditor!r}</source>
            <translation>no hay ningún auditor {auditor!r}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Too many earlier profiles beside {path}: remove some.</source>
            <translation>Demasiados perfiles anteriores junto a {path}: elimine algunos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a profile: there is nothing to back up.</source>
            <translation>{path} no es un perfil: no hay nada que guardar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>Write the backup outside the profile folder {path}.</source>
            <translation>Guarde la copia de seguridad fuera de la carpeta del perfil {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} is not a mystery-shop profile backup.</source>
            <translation>{path} no es una copia de seguridad de perfil de mystery-shop.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The database in {path} is damaged.</source>
            <translation>La base de datos de {path} está dañada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>No file {path}.</source>
            <translation>No existe el archivo {path}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>{path} already holds a profile: restore into another folder, or replace it (it is kept beside, renamed).</source>
            <translation>{path} ya contiene un perfil: restaure en otra carpeta o sustitúyalo (se conserva al lado, con otro nombre).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/profile_backup.py" />
            <source>The photo {name} in {path} is damaged.</source>
            <translation>La foto {name} de {path} está dañada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Submitted</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Returned for changes</source>
            <translation>Devuelta para cambios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Published</source>
            <translation>Publicada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The page size must be one of {sizes}, not {size!r}.</source>
            <translation>El tamaño de página debe ser uno de {sizes}, no {size!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The timestamp server must be an http:// or https:// address, not {url!r}.</source>
            <translation>El servidor de sellado de tiempo debe ser una dirección http:// o https://, no {url!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>The certificate's passphrase is never stored: it is asked for when signing.</source>
            <translation>La frase de contraseña del certificado nunca se guarda: se pide al firmar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_settings.py" />
            <source>Unknown report setting: {error}</source>
            <translation>Ajuste de informe desconocido: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_signing.py" />
            <source>The report could not be signed: {error}</source>
            <translation>No se pudo firmar el informe: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot create the folder {folder}: {error}</source>
            <translation>No se puede crear la carpeta {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write in {folder}: {error}</source>
            <translation>No se puede escribir en {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/reports.py" />
            <source>Cannot write {out}: {error}</source>
            <translation>No se puede escribir {out}: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Publishing sends the client the visit's signed report, and this visit has none yet: sign its report (Approve and sign, or export the report with the firm's certificate), then publish.</source>
            <translation>Al publicar se envía al cliente el informe firmado de la visita, y esta visita aún no tiene ninguno: firme su informe (Aprobar y firmar, o exporte el informe con el certificado de la empresa) y después publique.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The comment is empty.</source>
            <translation>El comentario está vacío.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>Say what the auditor should fix: returning a visit needs a comment.</source>
            <translation>Diga qué debe corregir el auditor: devolver una visita necesita un comentario.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>An accepted appeal changed this published visit: sign its revised report (give the signing key).</source>
            <translation>Una reclamación aceptada cambió esta visita publicada: firme su informe revisado (indique la clave de firma).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/review.py" />
            <source>The signed report was not kept; nothing was published.</source>
            <translation>El informe firmado no se guardó; no se publicó nada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This change cannot be sent again; only its details can be kept.</source>
            <translation>Este cambio no se puede volver a enviar; solo se pueden conservar sus detalles.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>This refused answer does not say which visit and question it was for.</source>
            <translation>Esta respuesta rechazada no dice a qué visita y pregunta correspondía.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/sync_status.py" />
            <source>That refused change is no longer listed.</source>
            <translation>Ese cambio rechazado ya no aparece en la lista.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>No visit {visit!r}.</source>
            <translation>No hay ninguna visita {visit!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{text!r} cannot be answered N/A.</source>
            <translation>{text!r} no se puede responder con N/A.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit is {status} and can no longer be changed.</source>
            <translation>La visita está en estado «{status}» y ya no se puede cambiar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>Type your name beside your signature.</source>
            <translation>Escriba su nombre junto a su firma.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The visit cannot be submitted yet:
{items}</source>
            <translation>La visita todavía no se puede enviar:
{items}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: no such question in this form</source>
            <translation>{question}: esta pregunta no existe en este formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>The signature cannot be used: {reason}.</source>
            <translation>No se puede usar la firma: {reason}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/visit_editor.py" />
            <source>{question}: N/A is not allowed on this question</source>
            <translation>{question}: N/A no está permitido en esta pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Give your full name: reports and the audit trail show it.</source>
            <translation>Indique su nombre completo: los informes y el registro de auditoría lo muestran.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A name is at most %n character(s).</source>
            <translation>
                <numerusform>Un nombre tiene como máximo %n carácter.</numerusform>
                <numerusform>Un nombre tiene como máximo %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Several locations are called {name!r}: say which, as CLIENT / NAME ({options}).</source>
            <translation>Varias ubicaciones se llaman {name!r}: indique cuál, como CLIENTE / NOMBRE ({options}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Only a supervisor assigns visits to other auditors.</source>
            <translation>Solo un supervisor asigna visitas a otros auditores.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>{prefix!r} matches several visits: give more of the id.</source>
            <translation>{prefix!r} coincide con varias visitas: indique más caracteres del identificador.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>There is already a client called {name!r}.</source>
            <translation>Ya hay un cliente llamado {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>This client already has a location called {name!r}.</source>
            <translation>Este cliente ya tiene una ubicación llamada {name!r}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>That location no longer exists.</source>
            <translation>Esa ubicación ya no existe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>Form {form} version {version} exists already with different content: a published version never changes, so give the new one a higher version.</source>
            <translation>El formulario {form} en la versión {version} ya existe con otro contenido: una versión publicada nunca cambia, así que dé a la nueva un número de versión mayor.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was made by a newer version (database schema {revision}); install the newest version</source>
            <translation>este perfil lo creó una versión más reciente (esquema de base de datos {revision}); instale la versión más reciente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>this profile was last opened by version {version}; install {version} or newer</source>
            <translation>este perfil se abrió por última vez con la versión {version}; instale la {version} o una más reciente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/store/db.py" />
            <source>the profile could not be upgraded to this version ({error}); it was put back as it was from {backup}</source>
            <translation>no se pudo actualizar el perfil a esta versión ({error}); se ha devuelto a su estado anterior desde {backup}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/sync/account.py" />
            <source>this profile belongs to {user}, with %n change(s) waiting to be sent as theirs: sign in as them, or use another profile</source>
            <translation>
                <numerusform>este perfil pertenece a {user}, con %n cambio pendiente de enviar en su nombre: inicie sesión como {user} o use otro perfil</numerusform>
                <numerusform>este perfil pertenece a {user}, con %n cambios pendientes de enviar en su nombre: inicie sesión como {user} o use otro perfil</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/account.py" />
            <source>wrong username or password, or the account is disabled</source>
            <translation>nombre de usuario o contraseña incorrectos, o la cuenta está desactivada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>not signed in: run mystery-shop login --server URL --user NAME</source>
            <translation>sesión no iniciada: ejecute mystery-shop login --server URL --user NOMBRE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>no saved sign-in on this computer: run mystery-shop login again</source>
            <translation>no hay ningún inicio de sesión guardado en este equipo: vuelva a ejecutar mystery-shop login</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/engine.py" />
            <source>a sync is already running</source>
            <translation>ya hay una sincronización en curso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>the sync server {server} cannot be reached ({problem})</source>
            <translation>no se puede contactar con el servidor de sincronización {server} ({problem})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: install version {version} or newer from {url}</source>
            <translation>esta versión ({have}) es demasiado antigua para el servidor: instale la versión {version} o una más reciente desde {url}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>cannot download {path} from {server}</source>
            <translation>no se puede descargar {path} de {server}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>sign in again: {detail}</source>
            <translation>vuelva a iniciar sesión: {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/sync/transport.py" />
            <source>this version ({have}) is too old for the server: {detail}; ask for the newest version</source>
            <translation>esta versión ({have}) es demasiado antigua para el servidor: {detail}; pida la versión más reciente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/app.py" />
            <source>Cannot open the profile</source>
            <translation>No se puede abrir el perfil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>Click for the visits</source>
            <translation>Haga clic para ver las visitas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" />
            <source>No visits in this period</source>
            <translation>No hay visitas en este periodo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export data…</source>
            <translation>Exportar datos…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%Ln approved or published visit(s)</source>
            <translation>
                <numerusform>%Ln visita aprobada o publicada</numerusform>
                <numerusform>%Ln visitas aprobadas o publicadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%n respuesta con 4 o 5</numerusform>
                <numerusform>%n respuestas con 4 o 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%n respuesta, promotores − detractores</numerusform>
                <numerusform>%n respuestas, promotores − detractores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%n respuesta, media sobre 1–7</numerusform>
                <numerusform>%n respuestas, media sobre 1–7</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>scored visits</source>
            <translation>visitas puntuadas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CSAT answers</source>
            <translation>respuestas CSAT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>NPS answers</source>
            <translation>respuestas NPS</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>CES answers</source>
            <translation>respuestas CES</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Locations ranked</source>
            <translation>Clasificación de ubicaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Mean touchpoint score; click a cell for its visits.</source>
            <translation>Puntuación media del punto de contacto; haga clic en una celda para ver sus visitas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Journey stages</source>
            <translation>Etapas del recorrido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most failed questions</source>
            <translation>Preguntas falladas con más frecuencia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>% of visits where the question earned nothing</source>
            <translation>% de visitas en que la pregunta no obtuvo puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>Add a client first.</source>
            <translation>Añada primero un cliente.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{section} at {location}</source>
            <translation>{section} en {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed: {q}</source>
            <translation>fallada: {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>{stage} stage</source>
            <translation>etapa {stage}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation>
                <numerusform>%n visita puntuada · de {lo} a {hi}</numerusform>
                <numerusform>%n visitas puntuadas · de {lo} a {hi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed in {h} of %n visit(s)</source>
            <translation>
                <numerusform>fallada en {h} de %n visita</numerusform>
                <numerusform>fallada en {h} de %n visitas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation>
                <numerusform>{title}: %n visita. Haga doble clic para abrirla.</numerusform>
                <numerusform>{title}: %n visitas. Haga doble clic en una para abrirla.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a comment</source>
            <translation>Una pregunta fallida necesita un comentario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Rule over answers</source>
            <translation>Regla sobre las respuestas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A failed question needs a photo</source>
            <translation>Una pregunta fallida necesita una foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>The visit lasts at least</source>
            <translation>La visita dura al menos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>equals one of</source>
            <translation>es igual a uno de</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is a number between</source>
            <translation>es un número entre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is answered</source>
            <translation>está respondida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>block</source>
            <translation>bloqueo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Add check</source>
            <translation>Añadir control</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Remove check</source>
            <translation>Quitar control</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Checks catch a doubtful visit before a supervisor reads it. None changes a score.</source>
            <translation>Los controles detectan una visita dudosa antes de que un supervisor la lea. Ninguno cambia una puntuación.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Id</source>
            <translation>Id.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Block the submit (otherwise a warning the auditor explains)</source>
            <translation>Bloquear el envío (si no, una advertencia que el auditor explica)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>This form has no checks. Choose a kind and press “Add check”.</source>
            <translation>Este formulario no tiene controles. Elija un tipo y pulse «Añadir control».</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words</source>
            <translation> palabras</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Comment of at least</source>
            <translation>Comentario de al menos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>minutes, from the first answer to the signature</source>
            <translation>minutos, desde la primera respuesta hasta la firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Minutes at least</source>
            <translation>Minutos como mínimo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>A photo when one of these earns 0</source>
            <translation>Una foto cuando una de ellas obtiene 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>values, separated by commas</source>
            <translation>valores, separados por comas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no lower bound</source>
            <translation>vacío: sin límite inferior</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: no upper bound</source>
            <translation>vacío: sin límite superior</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Then</source>
            <translation>Entonces</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>blank: a message made from the requirement</source>
            <translation>vacío: un mensaje creado a partir del requisito</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>is one of</source>
            <translation>es uno de</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>and</source>
            <translation>y</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/checks_panel.py" />
            <source>(always)</source>
            <translation>(siempre)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Yes / no</source>
            <translation>Sí / no</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>One choice</source>
            <translation>Una opción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Several choices</source>
            <translation>Varias opciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Duration (stopwatch)</source>
            <translation>Duración (cronómetro)</translation>
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
            <translation>Número</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Form id</source>
            <translation>Id. del formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>e.g. en, pl — the first is the default; empty: one language</source>
            <translation>p. ej. en, pl — el primero es el predeterminado; vacío: un solo idioma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Grade bands</source>
            <translation>Tramos de calificación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Journey stage</source>
            <translation>Etapa del recorrido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>blank: no weights (every touchpoint or none)</source>
            <translation>vacío: sin pesos (todos los puntos de contacto o ninguno)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at least</source>
            <translation>Fotos como mínimo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Photos at most</source>
            <translation>Fotos como máximo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Critical</source>
            <translation>Crítica</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>The auditor may answer N/A</source>
            <translation>El auditor puede responder «no aplica»</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Required</source>
            <translation>Obligatoria</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Show only if</source>
            <translation>Mostrar solo si</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>From score</source>
            <translation>Desde la puntuación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Grade</source>
            <translation>Calificación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add band</source>
            <translation>Añadir tramo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove band</source>
            <translation>Quitar tramo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>{v} (saving makes version {n}: version {t} is in use)</source>
            <translation>{v} (al guardar se crea la versión {n}: la versión {t} está en uso)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Good answer</source>
            <translation>Respuesta correcta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <location filename="../../mystery_shop/ui/widgets/period.py" />
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Whole numbers only</source>
            <translation>Solo números enteros</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Choices</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Thresholds</source>
            <translation>Umbrales</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Shown in the default language when empty</source>
            <translation>Si está vacío, se muestra en el idioma predeterminado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Up to seconds</source>
            <translation>Hasta segundos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails its touchpoint</source>
            <translation>Suspende su punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Fails the visit</source>
            <translation>Suspende la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Default for the type</source>
            <translation>Predeterminado del tipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>default: {p}</source>
            <translation>predeterminado: {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Always shown</source>
            <translation>Siempre visible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>Option {n}</source>
            <translation>Opción {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" />
            <source>New grade</source>
            <translation>Nueva calificación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>The language the preview shows the form in</source>
            <translation>El idioma en que la vista previa muestra el formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — as the auditor sees it</source>
            <translation>&lt;b&gt;Vista previa&lt;/b&gt; — tal como la ve el auditor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n required answer(s) missing</source>
            <translation>
                <numerusform>falta %n respuesta obligatoria</numerusform>
                <numerusform>faltan %n respuestas obligatorias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language: {name}</source>
            <translation>Idioma predeterminado: {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Default language</source>
            <translation>Idioma predeterminado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Fix the problems shown in red to see the checklist.</source>
            <translation>Corrija los problemas marcados en rojo para ver la lista de control.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>Total {t} · {g}</source>
            <translation>Total {t} · {g}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(untitled touchpoint)</source>
            <translation>(punto de contacto sin título)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" />
            <source>(no text)</source>
            <translation>(sin texto)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer</source>
            <translation>Diseñador de formularios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Designer</source>
            <translation>Diseñador</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Form</source>
            <translation>&amp;Formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>unsaved</source>
            <translation>sin guardar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open a form</source>
            <translation>Abrir un formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form:</source>
            <translation>Formulario:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export as XLSForm</source>
            <translation>Exportar como XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>Libros XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save the form</source>
            <translation>Guardar el formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml)</source>
            <translation>Formularios de auditoría (*.yaml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>New form</source>
            <translation>Nuevo formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open file…</source>
            <translation>Abrir archivo…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Open from this profile…</source>
            <translation>Abrir desde este perfil…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import XLSForm…</source>
            <translation>Importar XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Export XLSForm…</source>
            <translation>Exportar XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Publish</source>
            <translation>Publicar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form settings</source>
            <translation>Ajustes del formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add touchpoint</source>
            <translation>Añadir punto de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Audit forms (*.yaml *.yml)</source>
            <translation>Formularios de auditoría (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>No forms</source>
            <translation>No hay formularios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>This profile has no forms yet.</source>
            <translation>Este perfil aún no tiene formularios.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Import an XLSForm</source>
            <translation>Importar un XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot import the workbook</source>
            <translation>No se puede importar el libro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Imported, with notes</source>
            <translation>Importado, con observaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot export</source>
            <translation>No se puede exportar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Fix the problems shown in red first.</source>
            <translation>Corrija primero los problemas marcados en rojo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>{what} — Undo (Ctrl+Z) brings it back</source>
            <translation>{what} — Deshacer (Ctrl+Z) lo recupera</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Discard the changes to this form?</source>
            <translation>¿Descartar los cambios de este formulario?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot open the form</source>
            <translation>No se puede abrir el formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not an XLSForm</source>
            <translation>No es un XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot save</source>
            <translation>No se puede guardar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Saved version {v} to {p}</source>
            <translation>Versión {v} guardada en {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Cannot publish</source>
            <translation>No se puede publicar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Published {id} version {v}: it goes to the server at the next sync</source>
            <translation>{id} versión {v} publicado: va al servidor en la próxima sincronización</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Close without saving the form?</source>
            <translation>¿Cerrar sin guardar el formulario?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Form designer — {title} v{v} ({file})</source>
            <translation>Diseñador de formularios — {title} v{v} ({file})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undo {what}</source>
            <translation>Deshacer {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redo {what}</source>
            <translation>Rehacer {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Undone: {what}</source>
            <translation>Deshecho: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Redone: {what}</source>
            <translation>Rehecho: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Not carried over:</source>
            <translation>No trasladado:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" />
            <source>Exported to {p}</source>
            <translation>Exportado a {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Known coordinates</source>
            <translation>Coordenadas conocidas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>This computer's time zone</source>
            <translation>Zona horaria de este equipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Clients, locations and forms</source>
            <translation>Clientes, ubicaciones y formularios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients and locations</source>
            <translation>Clientes y ubicaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Forms</source>
            <translation>Formularios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Show archived</source>
            <translation>Mostrar archivados</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>New client</source>
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Client name:</source>
            <translation>Nombre del cliente:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename client</source>
            <translation>Cambiar el nombre del cliente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import a form</source>
            <translation>Importar un formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Form files (*.yaml *.yml)</source>
            <translation>Archivos de formulario (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>The form has problems</source>
            <translation>El formulario tiene problemas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive / restore</source>
            <translation>Archivar / restaurar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Locations</source>
            <translation>Ubicaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>(archived)</source>
            <translation>(archivado)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Import form file…</source>
            <translation>Importar archivo de formulario…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{title}   ({id}, version {v})</source>
            <translation>{title}   ({id}, versión {v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <source>{name} was not imported. Fix these lines and try again:</source>
            <translation>{name} no se importó. Corrija estas líneas e inténtelo de nuevo:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Lock-out between visits</source>
            <translation>Plazo entre visitas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> visits</source>
            <translation> visitas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Straight-lining over the last</source>
            <translation>Respuestas idénticas en las últimas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> SD</source>
            <translation> DE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Auditor outlier at</source>
            <translation>Auditor atípico desde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Outlier needs at least</source>
            <translation>Un atípico requiere al menos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source> words/min</source>
            <translation> palabras/min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>Reading speed</source>
            <translation>Velocidad de lectura</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/check_settings.py" />
            <source>A reused comment has at least</source>
            <translation>Un comentario repetido tiene al menos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Export data</source>
            <translation>Exportar datos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>One row per visit, one column per question, then the touchpoint scores. Only approved and published visits are exported.</source>
            <translation>Una fila por visita, una columna por pregunta y después las puntuaciones de los puntos de contacto. Solo se exportan las visitas aprobadas y publicadas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>CSV, UTF-8 (.csv)</source>
            <translation>CSV, UTF-8 (.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>Data (*{s})</source>
            <translation>Datos (*{s})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>%n visit(s) written to {path}</source>
            <translation>
                <numerusform>%n visita escrita en {path}</numerusform>
                <numerusform>%n visitas escritas en {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Welcome to Mystery Shop</source>
            <translation>Bienvenido a Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>How does this computer work?

With your firm's sync server, visits come from your supervisor and go back to them. Alone, this computer plans, fills, reviews and reports by itself.</source>
            <translation>¿Cómo trabaja este ordenador?

Con el servidor de sincronización de su empresa, las visitas llegan de su supervisor y vuelven a él. Solo, este ordenador planifica, completa, revisa e informa por sí mismo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Connect to the firm's server…</source>
            <translation>Conectar con el servidor de la empresa…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/first_start.py" />
            <source>Work alone on this computer</source>
            <translation>Trabajar solo en este ordenador</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>New visit</source>
            <translation>Nueva visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>What the shopper should ask or do (optional)</source>
            <translation>Qué debe preguntar o hacer el comprador (opcional)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Form</source>
            <translation>Formulario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Due by</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Add a client first (Manage → Clients and locations).</source>
            <translation>Añada primero un cliente (Gestionar → Clientes y ubicaciones).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Create and open</source>
            <translation>Crear y abrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Plan visit</source>
            <translation>Planificar visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>This client has no locations yet.</source>
            <translation>Este cliente aún no tiene ubicaciones.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Me ({name})</source>
            <translation>Yo ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>Import a form first (Manage → Forms).</source>
            <translation>Importe primero un formulario (Gestionar → Formularios).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <source>{title} (v{v})</source>
            <translation>{title} (v{v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Plan visits from a CSV schedule</source>
            <translation>Planificar visitas desde un calendario CSV</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Schedule planned</source>
            <translation>Calendario planificado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Cannot read the schedule</source>
            <translation>No se puede leer el calendario</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>, refused %n row(s):</source>
            <translation>
                <numerusform>, %n fila rechazada:</numerusform>
                <numerusform>, %n filas rechazadas:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>{file}: planned %n visit(s)</source>
            <translation>
                <numerusform>{file}: %n visita planificada</numerusform>
                <numerusform>{file}: %n visitas planificadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>Fix those lines and import a file with only them: the good rows are planned already. Columns: {c} ({r} required).</source>
            <translation>Corrija esas líneas e importe un archivo solo con ellas: las filas correctas ya están planificadas. Columnas: {c} ({r} obligatorias).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>The new language is used from the next start of the app.</source>
            <translation>El nuevo idioma se usará a partir del próximo inicio de la aplicación.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" />
            <source>System language ({name})</source>
            <translation>Idioma del sistema ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong. The details are in the log file; you can copy them below.</source>
            <translation>Algo salió mal. Los detalles están en el archivo de registro; puede copiarlos abajo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" />
            <source>Cannot do that</source>
            <translation>No se puede hacer eso</translation>
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
            <translation>Aún no hay visitas.

Planifique una con Nueva visita (Ctrl+N) o cree un perfil de demostración:
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
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>&amp;Supervise</source>
            <translation>&amp;Supervisar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Fo&amp;rms</source>
            <translation>Fo&amp;rmularios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Form designer…</source>
            <translation>Diseñador de formularios…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Search visits (Ctrl+F)</source>
            <translation>Buscar visitas (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>from any date</source>
            <translation>desde cualquier fecha</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>to any date</source>
            <translation>hasta cualquier fecha</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All clients</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All locations</source>
            <translation>Todas las ubicaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>About Mystery Shop</source>
            <translation>Acerca de Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan a visit…</source>
            <translation>Planificar una visita…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Plan from CSV…</source>
            <translation>Planificar desde CSV…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Review queue</source>
            <translation>Cola de revisión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeals</source>
            <translation>Reclamaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Export report…</source>
            <translation>Exportar informe…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export internal copy…</source>
            <translation>Exportar copia interna…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Export reports for a period…</source>
            <translation>Exportar informes de un periodo…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Report settings…</source>
            <translation>Ajustes de informes…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Assigned to me</source>
            <translation>Asignadas a mí</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Your full name, as reports and the audit trail show it:</source>
            <translation>Su nombre completo, tal como lo muestran los informes y el registro de auditoría:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Select a visit first.</source>
            <translation>Seleccione primero una visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Mystery shopping and customer-touchpoint audits: offline checklists, scoring, photo evidence and signed PDF reports.</source>
            <translation>Cliente misterioso y auditorías de puntos de contacto: listas de control sin conexión, puntuación, fotos como prueba e informes PDF firmados.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Log file</source>
            <translation>Archivo de registro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports will name you “{name}”. &lt;a href='#name'&gt;Set your name…&lt;/a&gt;</source>
            <translation>Los informes le nombrarán «{name}». &lt;a href='#name'&gt;Indicar su nombre…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Profile: {path}</source>
            <translation>Perfil: {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>%Ln visit(s) · {shown} shown</source>
            <translation>
                <numerusform>%Ln visita · {shown} mostradas</numerusform>
                <numerusform>%Ln visitas · {shown} mostradas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Reports now name you {name}.</source>
            <translation>Los informes ahora le nombran {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>Visit planned for {name}.</source>
            <translation>Visita planificada para {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Planned</source>
            <translation>Planificada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Score override</source>
            <translation>Corrección de puntuación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed</source>
            <translation>Firmado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Signature cleared</source>
            <translation>Firma borrada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>Why / detail</source>
            <translation>Por qué / detalle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>server: %1</source>
            <translation>servidor: %1</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" />
            <source>On the device: %1. Received by the server: %2.</source>
            <translation>En el dispositivo: %1. Recibido por el servidor: %2.</translation>
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
                <numerusform>{section} en {location}: media {score} en %n visita; haga clic para ver la visita</numerusform>
                <numerusform>{section} en {location}: media {score} en %n visitas; haga clic para ver las visitas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Taken on another day</source>
            <translation>Tomada otro día</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the visit's start</source>
            <translation>Lejos del inicio de la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Far from the location</source>
            <translation>Lejos de la ubicación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Used in another visit</source>
            <translation>Usada en otra visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too few photos</source>
            <translation>Muy pocas fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too many photos</source>
            <translation>Demasiadas fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment missing</source>
            <translation>Falta comentario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo missing</source>
            <translation>Falta foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too short</source>
            <translation>Demasiado corta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Comment reused</source>
            <translation>Comentario repetido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Photo reused</source>
            <translation>Foto repetida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Straight-lining</source>
            <translation>Respuestas idénticas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Auditor outlier</source>
            <translation>Auditor atípico</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Repeat visit</source>
            <translation>Visita repetida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Too fast</source>
            <translation>Demasiado rápida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Visit date</source>
            <translation>Fecha de la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Checks</source>
            <translation>Controles</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>✓ none</source>
            <translation>✓ ninguno</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>✓ no flags</source>
            <translation>✓ sin alertas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>Submitted {when}</source>
            <translation>Enviada {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>so far</source>
            <translation>por ahora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>A critical question failed: the form sets its touchpoint or the visit to 0.</source>
            <translation>Falló una pregunta crítica: el formulario pone su punto de contacto o la visita a 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Required answers are still missing: the figure counts only what is answered so far.</source>
            <translation>Aún faltan respuestas obligatorias: la cifra solo cuenta lo respondido hasta ahora.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>Overdue: due {date}</source>
            <translation>Vencida: vencía el {date}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
            <source>overdue</source>
            <translation>vencida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Freehand</source>
            <translation>A mano alzada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Arrow</source>
            <translation>Flecha</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Box</source>
            <translation>Recuadro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Text to place on the photo:</source>
            <translation>Texto para colocar en la foto:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Line width, in proportion to the photo's size</source>
            <translation>Grosor de línea, en proporción al tamaño de la foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take back the last mark (Ctrl+Z)</source>
            <translation>Quitar la última marca (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Take off every mark</source>
            <translation>Quitar todas las marcas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Save annotated copy</source>
            <translation>Guardar copia anotada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot annotate</source>
            <translation>No se puede anotar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>This visit cannot be changed any more.</source>
            <translation>Esta visita ya no se puede modificar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is not on this computer yet (it arrives with the next sync).</source>
            <translation>La foto original aún no está en este equipo (llega con la próxima sincronización).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom out (-, Ctrl+wheel)</source>
            <translation>Alejar (-, Ctrl+rueda)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Fit to the window (0)</source>
            <translation>Ajustar a la ventana (0)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Acercar (+, Ctrl+rueda)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag to draw freehand.</source>
            <translation>Arrastre para dibujar a mano alzada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from the tail to the point of the arrow.</source>
            <translation>Arrastre desde la cola hasta la punta de la flecha.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Drag from one corner of the box to the other.</source>
            <translation>Arrastre de una esquina del recuadro a la otra.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Click where the text should start.</source>
            <translation>Haga clic donde debe empezar el texto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>The original photo is kept; saving makes an annotated copy.</source>
            <translation>La foto original se conserva; al guardar se crea una copia anotada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove annotation</source>
            <translation>Quitar anotación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Cannot save the annotation</source>
            <translation>No se puede guardar la anotación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Annotate — {name}</source>
            <translation>Anotar — {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Discard the marks?</source>
            <translation>¿Descartar las marcas?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" />
            <source>Close without saving the annotation?</source>
            <translation>¿Cerrar sin guardar la anotación?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Take photo</source>
            <translation>Tomar foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Starting the camera…</source>
            <translation>Iniciando la cámara…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>Press Take photo (or Space) when the picture is right.</source>
            <translation>Pulse Tomar foto (o Espacio) cuando la imagen esté bien.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The photo could not be taken: {reason}</source>
            <translation>No se pudo tomar la foto: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" />
            <source>The camera cannot be used: {reason}</source>
            <translation>No se puede usar la cámara: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Red</source>
            <translation>Rojo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Yellow</source>
            <translation>Amarillo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>White</source>
            <translation>Blanco</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Black</source>
            <translation>Negro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thin</source>
            <translation>Fina</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" />
            <source>Thick</source>
            <translation>Gruesa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>no capture time</source>
            <translation>sin hora de captura</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>no position</source>
            <translation>sin posición</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Previous photo (Left arrow)</source>
            <translation>Foto anterior (flecha izquierda)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Next photo (Right arrow)</source>
            <translation>Foto siguiente (flecha derecha)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Actual pixels (1)</source>
            <translation>Tamaño real (1)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>What the photo shows</source>
            <translation>Qué muestra la foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Switch between the original and the annotated copy (A)</source>
            <translation>Cambiar entre el original y la copia anotada (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Annotate…</source>
            <translation>Anotar…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Draw arrows, boxes and notes on a copy; the original is kept</source>
            <translation>Dibujar flechas, recuadros y notas en una copia; el original se conserva</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Take the annotated copy off this photo; the original stays</source>
            <translation>Quitar la copia anotada de esta foto; el original se queda</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <location filename="../../mystery_shop/ui/widgets/closing.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption</source>
            <translation>Pie de foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Annotation</source>
            <translation>Anotación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No caption.</source>
            <translation>Sin pie de foto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show original</source>
            <translation>Mostrar original</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Show annotated</source>
            <translation>Mostrar anotada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>None.</source>
            <translation>Ninguno.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Edit annotation…</source>
            <translation>Editar anotación…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Remove the annotated copy? The original photo is not changed.</source>
            <translation>¿Quitar la copia anotada? La foto original no se modifica.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{i} of {n}</source>
            <translation>{i} de {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Photo {i} of {n}</source>
            <translation>Foto {i} de {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>No evidence flags: time and place agree with the visit.</source>
            <translation>Sin alertas de pruebas: la hora y el lugar coinciden con la visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the annotated copy. The original is kept unchanged.</source>
            <translation>Se muestra la copia anotada. El original se conserva sin cambios.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Showing the original. This photo also has an annotated copy.</source>
            <translation>Se muestra el original. Esta foto también tiene una copia anotada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>the picture has not arrived yet</source>
            <translation>la imagen aún no ha llegado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up…</source>
            <translation>Hacer copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Write the whole profile to one file: unsent work, photos, settings</source>
            <translation>Guardar todo el perfil en un archivo: trabajo sin enviar, fotos, ajustes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Put a profile back from a backup file</source>
            <translation>Restaurar un perfil desde un archivo de copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Back up the profile</source>
            <translation>Copia de seguridad del perfil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backing up the profile…</source>
            <translation>Haciendo copia de seguridad del perfil…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Backed up</source>
            <translation>Copia guardada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot back up the profile</source>
            <translation>No se puede hacer copia de seguridad del perfil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restore a profile</source>
            <translation>Restaurar un perfil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Restored</source>
            <translation>Restaurado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile is backed up to {path}: {photos}, {changes} not yet sent.</source>
            <translation>El perfil está guardado en {path}: {photos}, {changes} sin enviar todavía.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Replace this profile with the one in {path}? The profile open now is kept in a folder beside it, renamed. Mystery Shop then closes: open it again to work on the restored profile.</source>
            <translation>¿Sustituir este perfil por el de {path}? El perfil abierto ahora se conserva en una carpeta al lado, con otro nombre. Después Mystery Shop se cierra: vuelva a abrirlo para trabajar con el perfil restaurado.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile was restored from {path}: {photos}, {changes} waiting to be sent.</source>
            <translation>El perfil se restauró desde {path}: {photos}, {changes} pendientes de enviar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Open Mystery Shop again to work on it.</source>
            <translation>Vuelva a abrir Mystery Shop para trabajar con él.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Profile backups (*{s})</source>
            <translation>Copias de seguridad de perfil (*{s})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>Cannot restore the profile</source>
            <translation>No se puede restaurar el perfil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>The profile that was open is kept in {folder}.</source>
            <translation>El perfil que estaba abierto se conserva en {folder}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create the firm's signing key</source>
            <translation>Crear la clave de firma de la empresa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>the name reports are signed as</source>
            <translation>el nombre con el que se firman los informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>The passphrase is asked whenever reports are signed and is never stored: keep it where the firm keeps its passwords. Give clients the .crt file written beside the key.</source>
            <translation>La frase de contraseña se pide cada vez que se firman informes y nunca se guarda: guárdela donde la empresa guarda sus contraseñas. Entregue a los clientes el archivo .crt escrito junto a la clave.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm name</source>
            <translation>Nombre de la empresa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Passphrase again</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Create key…</source>
            <translation>Crear clave…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Save the signing key</source>
            <translation>Guardar la clave de firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation>Clave PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>Give the firm's name: reports are signed as it.</source>
            <translation>Indique el nombre de la empresa: los informes se firman con él.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/create_key.py" />
            <source>at least {n} characters</source>
            <translation>al menos {n} caracteres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports</source>
            <translation>Exportar informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>One PDF per approved or published visit of the client in the period. Reports are signed when a certificate is set in Report settings.</source>
            <translation>Un PDF por cada visita aprobada o publicada del cliente en el periodo. Los informes se firman cuando hay un certificado en Ajustes de informes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancel export</source>
            <translation>Cancelar exportación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export reports to</source>
            <translation>Exportar informes a</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Finding the visits…</source>
            <translation>Buscando las visitas…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Stopping after the report being written…</source>
            <translation>Deteniendo tras el informe que se está escribiendo…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>%v of %m reports</source>
            <translation>%v de %m informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>No approved or published visits of this client in the period.</source>
            <translation>No hay visitas aprobadas o publicadas de este cliente en el periodo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The reports were not written</source>
            <translation>Los informes no se escribieron</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Cannot sign the report</source>
            <translation>No se puede firmar el informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export internal copy</source>
            <translation>Exportar copia interna</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The report was not written</source>
            <translation>El informe no se escribió</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>The period ends before it starts.</source>
            <translation>El periodo termina antes de empezar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cannot sign the reports</source>
            <translation>No se pueden firmar los informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Writing {name}</source>
            <translation>Escribiendo {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Cancelado: {n} de %n informe escrito en {folder}.</numerusform>
                <numerusform>Cancelado: {n} de %n informes escritos en {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>{n} de %n informe escrito en {folder}.</numerusform>
                <numerusform>{n} de %n informes escritos en {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Not written:</source>
            <translation>No escritos:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report settings</source>
            <translation>Ajustes de informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>as it appears on the cover of every report</source>
            <translation>tal como aparece en la portada de cada informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>PNG or JPEG (optional)</source>
            <translation>PNG o JPEG (opcional)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>the firm's .p12 file; none: reports are not signed</source>
            <translation>el archivo .p12 de la empresa; ninguno: los informes no se firman</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>optional: https://… an RFC 3161 timestamp server</source>
            <translation>opcional: https://… un servidor de sellado de tiempo RFC 3161</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>No certificate yet? Create the firm's signing key here, then give clients the .crt file written beside it.</source>
            <translation>¿Aún no tiene certificado? Cree aquí la clave de firma de la empresa y entregue a los clientes el archivo .crt escrito a su lado.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Create a signing key…</source>
            <translation>Crear una clave de firma…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm logo</source>
            <translation>Logotipo de la empresa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Page size</source>
            <translation>Tamaño de página</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Timestamp server</source>
            <translation>Servidor de sellado de tiempo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Report language</source>
            <translation>Idioma de los informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The language of the client's reports: their words, dates and numbers</source>
            <translation>El idioma de los informes del cliente: sus palabras, fechas y números</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Choose a file</source>
            <translation>Elegir un archivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The logo</source>
            <translation>El logotipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>The certificate</source>
            <translation>El certificado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>{what} {path} does not exist.</source>
            <translation>{what} {path} no existe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Sign the report</source>
            <translation>Firmar el informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>Passphrase of the firm's certificate
{path}:</source>
            <translation>Frase de contraseña del certificado de la empresa
{path}:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>That passphrase did not open the certificate. Try again.</source>
            <translation>Esa frase de contraseña no abrió el certificado. Inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" />
            <source>The certificate {path} cannot be read. Choose it again in Report settings.</source>
            <translation>No se puede leer el certificado {path}. Elíjalo de nuevo en Ajustes de informes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Comment…</source>
            <translation>Comentario…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Override points…</source>
            <translation>Corregir puntos…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>N/A — not applicable on this visit</source>
            <translation>N/A — no aplica en esta visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>{e} of {p} pts</source>
            <translation>{e} de {p} ptos.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>critical failed</source>
            <translation>crítica fallada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>Overridden to {p} by {who}: {why}</source>
            <translation>Corregido a {p} por {who}: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Show decided appeals too</source>
            <translation>Mostrar también las reclamaciones resueltas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Auditor's comment</source>
            <translation>Comentario del auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Filed</source>
            <translation>Presentada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Window closes</source>
            <translation>Fin del plazo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Argument</source>
            <translation>Argumento</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Open the visit</source>
            <translation>Abrir la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The reply the client reads (or the question to the auditor)</source>
            <translation>La respuesta que lee el cliente (o la pregunta al auditor)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Points if accepted</source>
            <translation>Puntos si se acepta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Ask the auditor</source>
            <translation>Preguntar al auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Decline</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Accept</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Asked the auditor</source>
            <translation>Se preguntó al auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The auditor's account</source>
            <translation>La versión del auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>Waiting for the auditor's account</source>
            <translation>Esperando la versión del auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>{n} open</source>
            <translation>{n} abiertas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>No appeals waiting.</source>
            <translation>No hay reclamaciones pendientes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>(not answered)</source>
            <translation>(sin responder)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>New points, up to {max}</source>
            <translation>Nuevos puntos, hasta {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>This file is not on this laptop yet: sync first.</source>
            <translation>Este archivo aún no está en este portátil: sincronice primero.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/appeals_view.py" />
            <source>The appeal</source>
            <translation>La reclamación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Your comment for the auditor</source>
            <translation>Su comentario para el auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Save to my library of comments</source>
            <translation>Guardar en mi biblioteca de comentarios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Saved comments (double-click to use)</source>
            <translation>Comentarios guardados (doble clic para usar)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Remove from library</source>
            <translation>Quitar de la biblioteca</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override the points</source>
            <translation>Corregir los puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Earned now</source>
            <translation>Obtenidos ahora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>New points</source>
            <translation>Puntos nuevos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Why (required; shown in the audit trail and the report)</source>
            <translation>Por qué (obligatorio; aparece en el registro de auditoría y en el informe)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>Override</source>
            <translation>Corregir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Add comment</source>
            <translation>Añadir comentario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" />
            <source>0 to {p}</source>
            <translation>0 a {p}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>%n flagged</source>
            <translation>
                <numerusform>%n con alerta</numerusform>
                <numerusform>%n con alertas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>annotated copy (the original is kept)</source>
            <translation>copia anotada (el original se conserva)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>rule: {lo} to {hi}</source>
            <translation>regla: de {lo} a {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>photo</source>
            <translation>foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Nothing waiting for review.</source>
            <translation>Nada pendiente de revisión.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Any evidence</source>
            <translation>Cualquier prueba</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>⚑ With flags</source>
            <translation>⚑ Con alertas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>✓ Without flags</source>
            <translation>✓ Sin alertas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits…</source>
            <translation>Aprobar visitas limpias…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve the selected visits that no check and no evidence flag stands against</source>
            <translation>Aprobar las visitas seleccionadas sin controles ni marcas de evidencia</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All auditors</source>
            <translation>Todos los auditores</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>All forms</source>
            <translation>Todos los formularios</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve clean visits</source>
            <translation>Aprobar visitas limpias</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Select the visits to approve first.</source>
            <translation>Seleccione primero las visitas que aprobar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>None of the selected visits is clean.</source>
            <translation>Ninguna de las visitas seleccionadas está limpia.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approve {clean} of the {selected} selected visits? {left} with checks or flags stay in the queue.</source>
            <translation>¿Aprobar {clean} de las {selected} visitas seleccionadas? {left} con controles o marcas quedan en la cola.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>{shown} of {total} waiting</source>
            <translation>{shown} de {total} pendientes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Approved {approved}; {left} left for reading.</source>
            <translation>Aprobadas {approved}; {left} quedan por leer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>(nobody)</source>
            <translation>(nadie)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comments on the visit</source>
            <translation>Comentarios sobre la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Comment on the visit…</source>
            <translation>Comentar la visita…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Audit trail</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to auditor…</source>
            <translation>Devolver al auditor…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve and sign report…</source>
            <translation>Aprobar y firmar el informe…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve, then write the signed PDF report in one step</source>
            <translation>Aprobar y luego escribir el informe PDF firmado en un solo paso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publish for the client</source>
            <translation>Publicar para el cliente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Waiting for your review: comment, override points with a reason, then return or approve.</source>
            <translation>Pendiente de su revisión: comente, corrija puntos con un motivo y luego devuelva o apruebe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Returned to the auditor: waiting for them to fix it and submit again.</source>
            <translation>Devuelta al auditor: a la espera de que la corrija y la envíe de nuevo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approved. Publish it to make the report visible to the client.</source>
            <translation>Aprobada. Publíquela para que el cliente vea el informe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Published for the client.</source>
            <translation>Publicada para el cliente.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A draft: the auditor has not submitted it yet.</source>
            <translation>Un borrador: el auditor aún no la ha enviado.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on the whole visit.</source>
            <translation>Un comentario sobre toda la visita.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return to the auditor</source>
            <translation>Devolver al auditor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Say what the auditor should fix. They see this comment on their visit, beside any comments you left on single questions.</source>
            <translation>Indique qué debe corregir el auditor. Verá este comentario en su visita, junto a los comentarios que dejó en preguntas concretas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Return the visit</source>
            <translation>Devolver la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>no score</source>
            <translation>sin puntuación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>None yet.</source>
            <translation>Ninguno todavía.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Finished</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Signed by</source>
            <translation>Firmado por</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Every action is written to the audit trail with your name and the time.</source>
            <translation>Cada acción se anota en el registro de auditoría con su nombre y la hora.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>%n comment of this review stays with the firm (approving does not send it):</source>
            <translation>
                <numerusform>%n comentario de esta revisión se queda en la empresa (aprobar no lo envía):</numerusform>
                <numerusform>%n comentarios de esta revisión se quedan en la empresa (aprobar no los envía):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>The visit was not published</source>
            <translation>La visita no se publicó</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Review: {client} — {location}</source>
            <translation>Revisión: {client} — {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Send the client the signed report, in the portal</source>
            <translation>Enviar al cliente el informe firmado, en el portal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Sign the report and send it to the client, in the portal</source>
            <translation>Firmar el informe y enviarlo al cliente, en el portal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Time on visit</source>
            <translation>Duración de la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Approve this visit? Its score: {score}{grade}.</source>
            <translation>¿Aprobar esta visita? Su puntuación: {score}{grade}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>Publishing sends the client the visit's signed report. Choose the firm's certificate in Report settings, then publish: the report is signed as it goes.</source>
            <translation>Al publicar, el cliente recibe el informe firmado de la visita. Elija el certificado de la empresa en Ajustes de informes y luego publique: el informe se firma al enviarse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>A comment on: {q}</source>
            <translation>Un comentario sobre: {q}</translation>
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
            <translation>auditor {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>&amp;Account</source>
            <translation>&amp;Cuenta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed out. Your work stays on this computer.</source>
            <translation>Sesión cerrada. Su trabajo se queda en este equipo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sign in…</source>
            <translation>Iniciar sesión…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Refused changes…</source>
            <translation>Cambios rechazados…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign in again…</source>
            <translation>Volver a iniciar sesión…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Sign out of {server}?</source>
            <translation>¿Cerrar sesión en {server}?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation>
                <numerusform>%n cambio aún no se ha enviado: se queda en este equipo y se enviará cuando vuelva a iniciar sesión.</numerusform>
                <numerusform>%n cambios aún no se han enviado: se quedan en este equipo y se enviarán cuando vuelva a iniciar sesión.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signing out when the sync under way ends…</source>
            <translation>La sesión se cerrará cuando termine la sincronización en curso…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation>
                <numerusform>El servidor no aceptó %n cambio: vea Cambios rechazados.</numerusform>
                <numerusform>El servidor no aceptó %n cambios: vea Cambios rechazados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>Signed in to {server} as {user} ({role}).</source>
            <translation>Sesión iniciada en {server} como {user} ({role}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Refused</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Changes the server did not take</source>
            <translation>Cambios que el servidor no aceptó</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Nothing refused.

Every change made on this computer reached the server.</source>
            <translation>Nada rechazado.

Cada cambio hecho en este equipo llegó al servidor.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Show the ones already settled</source>
            <translation>Mostrar también los ya resueltos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The two versions</source>
            <translation>Las dos versiones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>What you can do</source>
            <translation>Qué puede hacer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Keep the server's version</source>
            <translation>Conservar la versión del servidor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Use mine</source>
            <translation>Usar la mía</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On this computer</source>
            <translation>En este equipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>On the server</source>
            <translation>En el servidor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Not tied to a visit</source>
            <translation>No ligado a una visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>The server said:</source>
            <translation>El servidor dijo:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" />
            <source>at {when}</source>
            <translation>a las {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Something went wrong while signing in; the details are in the log file.</source>
            <translation>Algo salió mal al iniciar sesión; los detalles están en el archivo de registro.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter the address of your firm's sync server.</source>
            <translation>Escriba la dirección del servidor de sincronización de su empresa.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Wrong user name or password, or the account is disabled.</source>
            <translation>Usuario o contraseña incorrectos, o la cuenta está desactivada.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Sign in to your firm's sync server</source>
            <translation>Iniciar sesión en el servidor de sincronización de su empresa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Your visits stay on this computer and work offline; signing in sends them to your firm and brings the visits assigned to you.</source>
            <translation>Sus visitas se quedan en este equipo y funcionan sin conexión; al iniciar sesión se envían a su empresa y se reciben las visitas que tiene asignadas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>as given by your supervisor</source>
            <translation>tal como se lo dio su supervisor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>User name</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Cannot reach the server at {server}. Check the address and that this computer is online.</source>
            <translation>No se puede conectar con el servidor {server}. Compruebe la dirección y que este equipo tenga conexión.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>The server refused the sign-in: {detail}</source>
            <translation>El servidor rechazó el inicio de sesión: {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Enter your user name and password.</source>
            <translation>Escriba su usuario y contraseña.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" />
            <source>“{text}” is not a web address such as https://sync.example.com.</source>
            <translation>«{text}» no es una dirección web como https://sync.example.com.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>hace %n minuto</numerusform>
                <numerusform>hace %n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>hace %n hora</numerusform>
                <numerusform>hace %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln visit(s) waiting</source>
            <translation>
                <numerusform>%Ln visita pendiente</numerusform>
                <numerusform>%Ln visitas pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln cambio pendiente</numerusform>
                <numerusform>%Ln cambios pendientes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>on {date}</source>
            <translation>el {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) refused</source>
            <translation>
                <numerusform>%Ln cambio rechazado</numerusform>
                <numerusform>%Ln cambios rechazados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>yesterday at {time}</source>
            <translation>ayer a las {time}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed out</source>
            <translation>Sesión cerrada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in · this computer only</source>
            <translation>Sin sesión · solo este equipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Clock %n min off</source>
            <translation>
                <numerusform>Reloj desviado %n min</numerusform>
                <numerusform>Reloj desviado %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Signed in</source>
            <translation>Sesión iniciada</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not signed in: everything stays on this computer.</source>
            <translation>Sin sesión: todo se queda en este equipo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln cambio pendiente de envío</numerusform>
                <numerusform>%Ln cambios pendientes de envío</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sign-in expired</source>
            <translation>La sesión ha caducado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>This computer's clock is %n minute(s) {way} the server's. Times on visits come from this clock: set it right in the system settings.</source>
            <translation>El reloj de este equipo va %n minuto {way} el del servidor. Las horas de las visitas vienen de este reloj: ajústelo en la configuración del sistema.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>{signed} to {server} as {user} ({role})</source>
            <translation>{signed} en {server} como {user} ({role})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last synced: {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Last problem: {error}</source>
            <translation>Último problema: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>last synced {when}</source>
            <translation>última sincronización {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>ahead of</source>
            <translation>adelantado respecto a</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>behind</source>
            <translation>atrasado respecto a</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Update the app to keep syncing</source>
            <translation>Actualice la aplicación para seguir sincronizando</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Not synced yet</source>
            <translation>Aún sin sincronizar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Sync failed: {why}</source>
            <translation>La sincronización falló: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Synced {when}</source>
            <translation>Sincronizado {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>No notes came with this version.</source>
            <translation>Esta versión no trae notas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>Version {version} is available</source>
            <translation>La versión {version} está disponible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new</source>
            <translation>Novedades</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/update_notice.py" />
            <source>What’s new in version {version}</source>
            <translation>Novedades de la versión {version}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Finish the visit</source>
            <translation>Terminar la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Explain the warnings to submit anyway</source>
            <translation>Explique los avisos para enviar de todos modos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign and submit</source>
            <translation>Firmar y enviar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Keep working</source>
            <translation>Seguir trabajando</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Everything required is answered. Sign and submit.</source>
            <translation>Todo lo obligatorio está respondido. Firme y envíe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Sign in the box first.</source>
            <translation>Firme primero en el recuadro.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>{have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{have} de al menos %n foto</numerusform>
                <numerusform>{have} de al menos %n fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Still missing</source>
            <translation>Todavía falta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos…</source>
            <translation>Añadir fotos…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Undo delete</source>
            <translation>Deshacer eliminación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take photo…</source>
            <translation>Tomar foto…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Take a photo with this computer's camera</source>
            <translation>Tomar una foto con la cámara de este equipo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; right-click for caption, annotation and delete.</source>
            <translation>Suelte aquí fotos o una carpeta, o pegue (Ctrl+V). Doble clic en una foto para verla; clic derecho para pie de foto, anotación y eliminar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Add photos</source>
            <translation>Añadir fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
            <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>What the photo shows:</source>
            <translation>Qué muestra la foto:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Some files were not added</source>
            <translation>Algunos archivos no se añadieron</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>at least {min}, at most {max}</source>
            <translation>al menos {min}, como máximo {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>Caption…</source>
            <translation>Pie de foto…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>The other photos were added. These were not:</source>
            <translation>Las demás fotos se añadieron. Estas no:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Not applicable on this visit (A)</source>
            <translation>No aplica en esta visita (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" />
            <source>Comment for the report</source>
            <translation>Comentario para el informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>The language of the form on this visit: the answers are the same in all</source>
            <translation>El idioma del formulario en esta visita: las respuestas son las mismas en todos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>◀ Previous touchpoint</source>
            <translation>◀ Punto de contacto anterior</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Next touchpoint ▶</source>
            <translation>Punto de contacto siguiente ▶</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Every answer is saved as you give it.</source>
            <translation>Cada respuesta se guarda en cuanto la da.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Finish…</source>
            <translation>Terminar…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>answered</source>
            <translation>respondida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>no score yet</source>
            <translation>aún sin puntuación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>See the comments beside the questions.</source>
            <translation>Vea los comentarios junto a las preguntas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>at least %n photo(s)</source>
            <translation>
                <numerusform>al menos %n foto</numerusform>
                <numerusform>al menos %n fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>Returned by your supervisor.</source>
            <translation>Devuelta por su supervisor.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>This visit is {status}: it can no longer be changed.</source>
            <translation>Esta visita está {status}: ya no se puede modificar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very unhappy</source>
            <translation>Muy insatisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Unhappy</source>
            <translation>Insatisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Happy</source>
            <translation>Satisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Very happy</source>
            <translation>Muy satisfecho</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly disagree</source>
            <translation>Totalmente en desacuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Strongly agree</source>
            <translation>Totalmente de acuerdo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Not at all likely</source>
            <translation>Nada probable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>Extremely likely</source>
            <translation>Extremadamente probable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Signature pad</source>
            <translation>Área de firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" />
            <source>Sign here</source>
            <translation>Firme aquí</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Start or stop the stopwatch (Ctrl+T)</source>
            <translation>Iniciar o detener el cronómetro (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Reset</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>or type m:ss / seconds</source>
            <translation>o escriba m:ss / segundos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" />
            <source>Type seconds (95) or minutes:seconds (1:35)</source>
            <translation>Escriba segundos (95) o minutos:segundos (1:35)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/_filters.html" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The portal's language, and its e-mails'</source>
            <translation>El idioma del portal y de sus correos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>The browser's language</source>
            <translation>El idioma del navegador</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Save the language</source>
            <translation>Guardar el idioma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Signed in as &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</source>
            <translation>Sesión iniciada como &lt;strong&gt;%(name)s&lt;/strong&gt; (%(role)s).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change your password</source>
            <translation>Cambie su contraseña</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Current password</source>
            <translation>Contraseña actual</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password</source>
            <translation>Nueva contraseña</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>(at least %(num)s characters)</source>
            <translation>
                <numerusform>(al menos %(num)s carácter)</numerusform>
                <numerusform>(al menos %(num)s caracteres)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>New password again</source>
            <translation>Repita la nueva contraseña</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Also sign out the laptops signed in with this account</source>
            <translation>Cerrar también la sesión de los portátiles conectados con esta cuenta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Change the password</source>
            <translation>Cambiar la contraseña</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>Your other browsers are signed out when the password changes.</source>
            <translation>Sus otros navegadores cierran la sesión cuando cambia la contraseña.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>held at the next visit</source>
            <translation>se mantuvo en la visita siguiente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>recurred at the next visit</source>
            <translation>se repitió en la visita siguiente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>critical</source>
            <translation>crítica</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Repeats</source>
            <translation>Repite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the earlier action</source>
            <translation>la acción anterior</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The finding</source>
            <translation>El hallazgo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>The auditor left no comment.</source>
            <translation>El auditor no dejó ningún comentario.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Photo of the finding</source>
            <translation>Foto del hallazgo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photo</source>
            <translation>Foto de prueba</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>the new action</source>
            <translation>la nueva acción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Work on it</source>
            <translation>Trabajar en ella</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>I am on it</source>
            <translation>Me encargo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>What was done</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Proof photos (at most %(n)s)</source>
            <translation>Fotos de prueba (como máximo %(n)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Mark it done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Why it is not done</source>
            <translation>Por qué no está hecha</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/action.html" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Find actions</source>
            <translation>Buscar acciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Every status</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Sort</source>
            <translation>Ordenar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>Actions by location and status</source>
            <translation>Acciones por ubicación y estado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>%(num)s actions</source>
            <translation>
                <numerusform>%(num)s acción</numerusform>
                <numerusform>%(num)s acciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>the first %(n)s shown: narrow the filters to see the rest</source>
            <translation>se muestran las primeras %(n)s: ajusta los filtros para ver el resto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>No actions match.</source>
            <translation>Ninguna acción coincide.</translation>
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
            <translation>Hallazgo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>repeated</source>
            <translation>repetida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>held</source>
            <translation>mantenida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>recurred</source>
            <translation>repetida</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>%(page)s · %(firm)s client portal</source>
            <translation>%(page)s · portal del cliente de %(firm)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Mystery shopping</source>
            <translation>Cliente misterioso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Skip to the content</source>
            <translation>Saltar al contenido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Client portal</source>
            <translation>Portal del cliente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Open a signed report in Adobe Acrobat Reader: its signature panel shows that %(firm)s signed it and that nothing in it has changed since.</source>
            <translation>Abra un informe firmado en Adobe Acrobat Reader: su panel de firmas muestra que %(firm)s lo firmó y que nada ha cambiado en él desde entonces.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Open a signed report in Adobe Acrobat Reader: its signature panel shows who signed it and that nothing in it has changed since.</source>
            <translation>Abra un informe firmado en Adobe Acrobat Reader: su panel de firmas muestra quién lo firmó y que nada ha cambiado en él desde entonces.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/base.html" />
            <source>Or check a report here.</source>
            <translation>O compruebe un informe aquí.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Open the report's page</source>
            <translation>Abrir la página del informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>What the signature check found</source>
            <translation>Lo que encontró la comprobación de la firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Is this report genuine?</source>
            <translation>¿Es auténtico este informe?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Choose a report's PDF: the portal says whether it is a report published for you, signed by %(firm)s and unchanged since.</source>
            <translation>Elija el PDF de un informe: el portal le dice si es un informe publicado para usted, firmado por %(firm)s y sin cambios desde entonces.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The report (PDF, at most %(mb)s MB)</source>
            <translation>El informe (PDF, como máximo %(mb)s MB)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>Check the report</source>
            <translation>Comprobar el informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/check.html" />
            <source>The file is checked, then forgotten: the server does not keep it.</source>
            <translation>El archivo se comprueba y luego se olvida: el servidor no lo guarda.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Client and period</source>
            <translation>Cliente y período</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(start)s to %(end)s</source>
            <translation>del %(start)s al %(end)s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s published visits</source>
            <translation>
                <numerusform>%(num)s visita publicada</numerusform>
                <numerusform>%(num)s visitas publicadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Period report (PDF)</source>
            <translation>Informe del periodo (PDF)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (CSV)</source>
            <translation>Datos (CSV)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Data (Excel)</source>
            <translation>Datos (Excel)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Dot: the month's mean visit total; grey bar: its lowest to highest visit. Click a month for its visits.</source>
            <translation>Punto: el total medio de las visitas del mes; barra gris: de su visita más baja a la más alta. Haga clic en un mes para ver sus visitas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>As a table</source>
            <translation>Como tabla</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean visit total, best first. Click a location for its visits.</source>
            <translation>Total medio de las visitas, el mejor primero. Haga clic en una ubicación para ver sus visitas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean touchpoint score at each location (ranked as above); “All” is the mean over every visit. An empty cell: that location's visits did not include the touchpoint.</source>
            <translation>Puntuación media del punto de contacto en cada ubicación (clasificadas como arriba); «Todos» es la media de todas las visitas. Una celda vacía: las visitas de esa ubicación no incluían el punto de contacto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Mean of the visits' stage scores.</source>
            <translation>Media de las puntuaciones de etapa de las visitas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The share of the visits in which the question earned nothing.</source>
            <translation>La proporción de visitas en las que la pregunta no obtuvo ningún punto.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Of</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>The actions opened by this period's visits: closed on time is verified with the work done by the due date; the recurrence rate is the share of the actions a later visit judged that failed again.</source>
            <translation>Las acciones abiertas por las visitas del periodo: cerrada a tiempo es verificada con el trabajo hecho antes de la fecha límite; la tasa de repetición es la proporción de las acciones evaluadas por una visita posterior que volvieron a fallar.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Opened</source>
            <translation>Abiertas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Closed on time</source>
            <translation>Cerradas a tiempo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Median days to close</source>
            <translation>Mediana de días hasta el cierre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Recurrence rate</source>
            <translation>Tasa de repetición</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Most recurring questions</source>
            <translation>Preguntas que más se repiten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s times</source>
            <translation>
                <numerusform>%(num)s vez</numerusform>
                <numerusform>%(num)s veces</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>See the actions</source>
            <translation>Ver las acciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>No visits were published for this period yet.</source>
            <translation>Aún no se ha publicado ninguna visita de este período.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Appeal rate</source>
            <translation>Tasa de reclamación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the published visits have an appeal</source>
            <translation>de las visitas publicadas tienen una reclamación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>of the decided appeals</source>
            <translation>de las reclamaciones resueltas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Days to a decision</source>
            <translation>Días hasta la decisión</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/error.html" />
            <source>Back to the reports</source>
            <translation>Volver a los informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The visit</source>
            <translation>La visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>of 100</source>
            <translation>de 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The signed report</source>
            <translation>El informe firmado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download the report (PDF, %(size)s)</source>
            <translation>Descargar el informe (PDF, %(size)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This is the file exactly as it was signed. Any change to it breaks the signature.</source>
            <translation>Este es el archivo exactamente como se firmó. Cualquier cambio rompe la firma.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>This visit's signed report is not on the server: it was published by a version of the app that did not upload reports.</source>
            <translation>El informe firmado de esta visita no está en el servidor: la publicó una versión de la aplicación que no subía los informes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A supervisor adjusted the points of these items when reviewing the visit; the report shows the adjusted points.</source>
            <translation>Un supervisor ajustó los puntos de estas preguntas al revisar la visita; el informe muestra los puntos ajustados.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Revisions of the report</source>
            <translation>Versiones del informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An accepted appeal changed this visit's score: the report was signed again. Each earlier report still verifies as what was signed then.</source>
            <translation>Una reclamación aceptada cambió la puntuación de esta visita: el informe se firmó de nuevo. Cada informe anterior sigue verificándose como lo que se firmó entonces.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Current</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Superseded</source>
            <translation>Sustituido</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Download (superseded)</source>
            <translation>Descargar (sustituido)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>%(question)s: now %(points)s points after an appeal (%(when)s). %(reply)s</source>
            <translation>%(question)s: ahora %(points)s puntos tras una reclamación (%(when)s). %(reply)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>A finding can be appealed until %(when)s.</source>
            <translation>Un hallazgo puede reclamarse hasta el %(when)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>The appeal window closed on %(when)s.</source>
            <translation>El plazo de reclamación terminó el %(when)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Questions that lost points</source>
            <translation>Preguntas que perdieron puntos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>An appeal of this question is open.</source>
            <translation>Hay una reclamación abierta sobre esta pregunta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Appeal</source>
            <translation>Reclamar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>What is the appeal about?</source>
            <translation>¿De qué trata la reclamación?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Why is the finding wrong?</source>
            <translation>¿Por qué es incorrecto el hallazgo?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>Evidence (JPEG, PNG or PDF, up to 10 MB each, at most %(n)s)</source>
            <translation>Pruebas (JPEG, PNG o PDF, hasta 10 MB cada una, como máximo %(n)s)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/report.html" />
            <source>File the appeal</source>
            <translation>Presentar la reclamación</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Find reports</source>
            <translation>Buscar informes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All grades</source>
            <translation>Todas las calificaciones</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Location, address, form or report number</source>
            <translation>Ubicación, dirección, formulario o número de informe</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>%(num)s reports</source>
            <translation>
                <numerusform>%(num)s informe</numerusform>
                <numerusform>%(num)s informes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>page %(page)s of %(pages)s</source>
            <translation>página %(page)s de %(pages)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>No published reports match.</source>
            <translation>Ningún informe publicado coincide.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show them all</source>
            <translation>Mostrar todos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports of %(client)s</source>
            <translation>Informes publicados de %(client)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Published reports</source>
            <translation>Informes publicados</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Signed report</source>
            <translation>Informe firmado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>of the report of %(location)s, %(date)s</source>
            <translation>del informe de %(location)s, %(date)s</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>not on the server</source>
            <translation>no está en el servidor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>Your reports and figures, as %(firm)s publishes them.</source>
            <translation>Sus informes y cifras, tal como los publica %(firm)s.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/sign_in.html" />
            <source>your mystery shopping provider</source>
            <translation>su proveedor de cliente misterioso</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Returned</source>
            <translation>Devuelta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Post purchase</source>
            <translation>Posventa</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Social</source>
            <translation>Redes sociales</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Excellent</source>
            <translation>Excelente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Good</source>
            <translation>Bueno</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" />
            <source>Poor</source>
            <translation>Deficiente</translation>
        </message>
    </context>
</TS>
