<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" />
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
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/models/visits.py" />
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
            <source>Visits counted: approved and published visits scheduled from {start} to {end}; drafts and visits still in review are not results yet.</source>
            <translation>Visitas contadas: visitas aprobadas y publicadas programadas del {start} al {end}; los borradores y las visitas en revisión aún no son resultados.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{client}, {start} to {end}</source>
            <translation>{client}, del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>approved or published, at {locations}</source>
            <translation>aprobadas o publicadas, en {locations}</translation>
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
            <source>No approved or published visits were scheduled in this period.</source>
            <translation>No había visitas aprobadas o publicadas programadas en este periodo.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>{visits} at {locations}</source>
            <translation>{visits} en {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/reports/text.py" />
            <source>{v} of {n}</source>
            <translation>{v} de {n}</translation>
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
            <source>Other</source>
            <translation>Otro</translation>
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
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" />
            <location filename="../../mystery_shop/reports/visit_cover.py" />
            <location filename="../../mystery_shop/ui/designer/panels.py" />
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
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln visita</numerusform>
                <numerusform>%Ln visitas</numerusform>
            </translation>
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
            <source>There is no such download here.</source>
            <translation>Aquí no hay tal descarga.</translation>
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
            <source>A new report is waiting for you</source>
            <translation>Le espera un nuevo informe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>Your mystery shopping provider</source>
            <translation>Su proveedor de cliente misterioso</translation>
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
            <source>Hello {name},</source>
            <translation>Hola, {name}:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/mail.py" />
            <source>{sender} has published a new mystery shopping report for you.</source>
            <translation>{sender} ha publicado un nuevo informe de cliente misterioso para usted.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/queries.py" />
            <source>Newest first</source>
            <translation>Más recientes primero</translation>
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
            <source>There is no such report here.</source>
            <translation>Aquí no hay tal informe.</translation>
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
            <source>Tell the firm.</source>
            <translation>Avise a la empresa.</translation>
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
            <source>The current password is not right.</source>
            <translation>La contraseña actual no es correcta.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Wrong user name or password.</source>
            <translation>Nombre de usuario o contraseña incorrectos.</translation>
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
            <source>Id</source>
            <translation>Id.</translation>
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
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>New visit</source>
            <translation>Nueva visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" />
            <source>none</source>
            <translation>ninguno</translation>
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
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>All clients</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
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
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
            <location filename="../../mystery_shop/ui/review/queue.py" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" />
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
            <source>Visit date</source>
            <translation>Fecha de la visita</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" />
            <source>Evidence</source>
            <translation>Pruebas</translation>
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
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" />
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
            <source>No certificate yet? Create one with:  mystery-shop keys create --name "Firm name" --out firm.p12  and give clients the firm.crt written beside it.</source>
            <translation>¿Aún no tiene certificado? Cree uno con:  mystery-shop keys create --name "Firm name" --out firm.p12  y entregue a los clientes el firm.crt escrito al lado.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" />
            <source>Firm name</source>
            <translation>Nombre de la empresa</translation>
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
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation>Clave PKCS#12 (*.p12 *.pfx)</translation>
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
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n foto</numerusform>
                <numerusform>%n fotos</numerusform>
            </translation>
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
            <source>{shown} of {total} waiting</source>
            <translation>{shown} de {total} pendientes</translation>
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
            <source>Visit</source>
            <translation>Visita</translation>
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
            <source>Started</source>
            <translation>Iniciada</translation>
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
            <source>Open the visit</source>
            <translation>Abrir la visita</translation>
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
            <source>This version of Mystery Shop is too old for the server. Install the update, then sign in again.</source>
            <translation>Esta versión de Mystery Shop es demasiado antigua para el servidor. Instale la actualización y vuelva a iniciar sesión.</translation>
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
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>Finish the visit</source>
            <translation>Terminar la visita</translation>
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
            <source>The auditor's signature and attestation</source>
            <translation>La firma y la declaración del auditor</translation>
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
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" />
            <source>a number</source>
            <translation>un número</translation>
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
            <source>Signed reports open in any PDF reader; Adobe Reader, or &lt;code&gt;mystery-shop verify FILE.pdf&lt;/code&gt;, checks who signed them and that not a byte changed.</source>
            <translation>Los informes firmados se abren en cualquier lector de PDF; Adobe Reader, o &lt;code&gt;mystery-shop verify FILE.pdf&lt;/code&gt;, comprueba quién los firmó y que no ha cambiado ni un byte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>Client and period</source>
            <translation>Cliente y período</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Show</source>
            <translation>Mostrar</translation>
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
            <source>No visits were published for this period yet.</source>
            <translation>Aún no se ha publicado ninguna visita de este período.</translation>
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
        <message>
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>Sort</source>
            <translation>Ordenar</translation>
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
