<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="267" />
            <source>the firm</source>
            <translation>die Firma</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="269" />
            <source>DIGITAL SIGNATURE</source>
            <translation>DIGITALE SIGNATUR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="266" />
            <source>This copy carries no digital signature.</source>
            <translation>Diese Kopie trägt keine digitale Signatur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="270" />
            <source>Signed electronically by {firm}.</source>
            <translation>Elektronisch signiert von {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" line="96" />
            <source>Generated {when} by {app}</source>
            <translation>Erstellt am {when} mit {app}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" line="87" />
            <source>Report {id}</source>
            <translation>Bericht {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" line="91" />
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="444" />
            <source>Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds.</source>
            <translation>Die Punktzahlen sind exakt und kaufmännisch auf eine Dezimalstelle gerundet. CSAT: % der Antworten 4 oder 5 auf 1–5. NPS: % von 9–10 minus % von 0–6. CES: Mittelwert der Antworten auf 1–7. Zeiten: Mittelwert und Median in Sekunden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="453" />
            <source>Any change to this file after signing breaks the signature.</source>
            <translation>Jede Änderung dieser Datei nach dem Signieren bricht die Signatur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="56" />
            <source>Period report</source>
            <translation>Zeitraumbericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="128" />
            <source>MYSTERY SHOPPING PERIOD REPORT</source>
            <translation>MYSTERY-SHOPPING-ZEITRAUMBERICHT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="144" />
            <location filename="../../mystery_shop/reports/period_report.py" line="187" />
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="150" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="173" />
            <source>Mean score</source>
            <translation>Durchschnittliche Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="152" />
            <source>of 100, over all visits</source>
            <translation>von 100, über alle Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="155" />
            <source>Range</source>
            <translation>Spanne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="155" />
            <source>lowest to highest visit total</source>
            <translation>niedrigste bis höchste Besuchspunktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="211" />
            <source>Locations, ranked by mean score</source>
            <translation>Standorte nach durchschnittlicher Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="260" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="204" />
            <source>Touchpoints by location</source>
            <translation>Kontaktpunkte nach Standort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="262" />
            <source>Mean touchpoint score at each location (locations ranked as above); “All” is the mean over every visit. An empty cell: the location's visits did not include this touchpoint.</source>
            <translation>Durchschnittliche Punktzahl je Kontaktpunkt und Standort (Reihenfolge wie oben); „Alle“ ist der Mittelwert über alle Besuche. Eine leere Zelle: die Besuche des Standorts enthielten diesen Kontaktpunkt nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="352" />
            <source>Timed questions</source>
            <translation>Gemessene Fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="359" />
            <source>The ten questions most often failed</source>
            <translation>Die zehn am häufigsten nicht erfüllten Fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="390" />
            <source>Failed: a scored question that earned 0 points, of the visits where it was answered.</source>
            <translation>Nicht erfüllt: eine bewertete Frage mit 0 Punkten, von den Besuchen, bei denen sie beantwortet wurde.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="427" />
            <source>Visits in the period</source>
            <translation>Besuche im Zeitraum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="449" />
            <source>About these figures</source>
            <translation>Zu diesen Zahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="55" />
            <location filename="../../mystery_shop/reports/visit_report.py" line="47" />
            <source>Mystery shopping report</source>
            <translation>Mystery-Shopping-Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="65" />
            <source>Period report: {client}, {span}</source>
            <translation>Zeitraumbericht: {client}, {span}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="66" />
            <source>Mystery shopping results of {client} from {start} to {end}</source>
            <translation>Mystery-Shopping-Ergebnisse von {client} vom {start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="186" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="86" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="44" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="61" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="41" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="42" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="188" />
            <location filename="../../mystery_shop/reports/period_report.py" line="334" />
            <source>Mean</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="189" />
            <source>Lowest</source>
            <translation>Niedrigster</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="190" />
            <source>Highest</source>
            <translation>Höchster</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="191" />
            <source>Spread on 0–100 (dot: mean)</source>
            <translation>Streuung auf 0–100 (Punkt: Mittel)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" line="237" />
            <location filename="../../mystery_shop/reports/period_report.py" line="134" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="287" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="293" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="300" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n Besuch</numerusform>
                <numerusform>%n Besuche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="274" />
            <location filename="../../mystery_shop/reports/period_report.py" line="331" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="185" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="274" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="332" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="186" />
            <source>Timed question</source>
            <translation>Gemessene Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="333" />
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="335" />
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="361" />
            <source>No scored question earned 0 points in this period.</source>
            <translation>Keine bewertete Frage hat in diesem Zeitraum 0 Punkte erhalten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="365" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="90" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="231" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="137" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="366" />
            <source>Failed</source>
            <translation>Nicht erfüllt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="367" />
            <source>Rate</source>
            <translation>Quote</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="430" />
            <source>a critical question failed on this visit. Visit: the first characters of its id.</source>
            <translation>bei diesem Besuch wurde eine kritische Frage nicht erfüllt. Besuch: die ersten Zeichen seiner ID.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="440" />
            <source>Visits counted: approved and published visits scheduled from {start} to {end}; drafts and visits still in review are not results yet.</source>
            <translation>Gezählte Besuche: genehmigte und veröffentlichte Besuche, geplant vom {start} bis {end}; Entwürfe und Besuche in Prüfung sind noch keine Ergebnisse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="59" />
            <source>{client}, {start} to {end}</source>
            <translation>{client}, {start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="146" />
            <source>approved or published, at {locations}</source>
            <translation>genehmigt oder veröffentlicht, an {locations}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" line="146" />
            <location filename="../../mystery_shop/reports/period_report.py" line="134" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n Standort</numerusform>
                <numerusform>%n Standorten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="159" />
            <source>happy or very happy, of {answers}</source>
            <translation>zufrieden oder sehr zufrieden, von {answers}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" line="159" />
            <location filename="../../mystery_shop/reports/period_report.py" line="165" />
            <location filename="../../mystery_shop/reports/period_report.py" line="171" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="165" />
            <source>promoters − detractors, of {answers}</source>
            <translation>Promotoren − Kritiker, von {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="171" />
            <source>mean ease, 1–7, of {answers}</source>
            <translation>mittlere Einfachheit, 1–7, von {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="224" />
            <source>Score by month</source>
            <translation>Punktzahl nach Monat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="226" />
            <source>Line: the month's mean visit total. Grey bar: its lowest to highest visit.</source>
            <translation>Linie: die mittlere Besuchspunktzahl des Monats. Grauer Balken: sein niedrigster bis höchster Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="243" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="259" />
            <source>Score by journey stage</source>
            <translation>Punktzahl nach Phase der Customer Journey</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="245" />
            <source>Mean of the visits' stage scores (points earned of possible in the stage).</source>
            <translation>Mittelwert der Phasenpunktzahlen der Besuche (erreichte von möglichen Punkten der Phase).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="101" />
            <source>No approved or published visits were scheduled in this period.</source>
            <translation>In diesem Zeitraum waren keine genehmigten oder veröffentlichten Besuche geplant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="133" />
            <source>{visits} at {locations}</source>
            <translation>{visits} an {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="380" />
            <location filename="../../mystery_shop/reports/text.py" line="89" />
            <location filename="../../mystery_shop/reports/text.py" line="87" />
            <source>{v} of {n}</source>
            <translation>{v} von {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="14" />
            <source>Awareness</source>
            <translation>Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="15" />
            <source>Consideration</source>
            <translation>Abwägung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="16" />
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="17" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="18" />
            <source>Post-purchase</source>
            <translation>Nach dem Kauf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="21" />
            <source>In store</source>
            <translation>Im Geschäft</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="22" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="23" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="24" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="25" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="26" />
            <source>Social media</source>
            <translation>Soziale Medien</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="27" />
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="28" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="50" />
            <source>Satisfaction, 1 (very unhappy) to 5 (very happy)</source>
            <translation>Zufriedenheit, 1 (sehr unzufrieden) bis 5 (sehr zufrieden)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="51" />
            <source>Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)</source>
            <translation>Einfachheit, 1 (stimme überhaupt nicht zu, dass es einfach war) bis 7 (stimme voll zu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="52" />
            <source>Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>Weiterempfehlungsbereitschaft, 0 bis 10 (9–10 Promotor, 7–8 passiv, 0–6 Kritiker)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="33" />
            <source>very unhappy</source>
            <translation>sehr unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="34" />
            <source>unhappy</source>
            <translation>unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="35" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="36" />
            <source>happy</source>
            <translation>zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="37" />
            <source>very happy</source>
            <translation>sehr zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="40" />
            <source>strongly disagree</source>
            <translation>stimme überhaupt nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="41" />
            <source>disagree</source>
            <translation>stimme nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="42" />
            <source>somewhat disagree</source>
            <translation>stimme eher nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="43" />
            <source>neither</source>
            <translation>weder noch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="44" />
            <source>somewhat agree</source>
            <translation>stimme eher zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="45" />
            <source>agree</source>
            <translation>stimme zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="46" />
            <source>strongly agree</source>
            <translation>stimme voll zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="70" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="351" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="26" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="105" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="70" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="372" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="351" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="26" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="105" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="76" />
            <source>None of these</source>
            <translation>Nichts davon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="83" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="36" />
            <source>{v} on {lo}–{hi}</source>
            <translation>{v} auf {lo}–{hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="100" />
            <source>{p} pt within {t}</source>
            <translation>{p} Pkt. innerhalb von {t}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="100" />
            <source>{p} pts within {t}</source>
            <translation>{p} Pkt. innerhalb von {t}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="125" />
            <source>visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="125" />
            <source>touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="126" />
            <source>CRITICAL · FAILED</source>
            <translation>KRITISCH · NICHT ERFÜLLT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="126" />
            <source>CRITICAL</source>
            <translation>KRITISCH</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="139" />
            <source>no points</source>
            <translation>keine Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="206" />
            <source>Stopwatch timings</source>
            <translation>Stoppuhr-Messungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="236" />
            <source>Customer ratings</source>
            <translation>Kundenbewertungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="38" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="127" />
            <source>no scored answers</source>
            <translation>keine bewerteten Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="91" />
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="92" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="189" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="349" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="369" />
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="187" />
            <source>Time taken</source>
            <translation>Gemessene Zeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="188" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="27" />
            <source>weight {w}</source>
            <translation>Gewicht {w}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="109" />
            <source>No questions in this touchpoint.</source>
            <translation>Keine Fragen in diesem Kontaktpunkt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="115" />
            <source>points set by a supervisor’s override; the reason is given with the question.</source>
            <translation>Punkte von einem Vorgesetzten korrigiert; der Grund steht bei der Frage.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="156" />
            <source>N/A (not applicable)</source>
            <translation>N/A (trifft nicht zu)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="158" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="112" />
            <source>Not answered</source>
            <translation>Nicht beantwortet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="165" />
            <source>unscored</source>
            <translation>ohne Wertung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="167" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="62" />
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="36" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="139" />
            <source>{e} of {p} points</source>
            <translation>{e} von {p} Punkten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="131" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="90" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="63" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="42" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="44" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="136" />
            <source>Auditor</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="135" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="98" />
            <source>Supervisor</source>
            <translation>Vorgesetzter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="231" />
            <source>Answer on its scale</source>
            <translation>Antwort auf ihrer Skala</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="61" />
            <source>A critical question in this touchpoint was not met: it scores 0.</source>
            <translation>Eine kritische Frage in diesem Kontaktpunkt wurde nicht erfüllt: er erhält 0 Punkte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="143" />
            <source>Score overridden</source>
            <translation>Punktzahl korrigiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="144" />
            <source>from {was} to {p} by {who}: {why}</source>
            <translation>von {was} auf {p} durch {who}: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="98" />
            <source>Prepared for {client} by {firm}.</source>
            <translation>Erstellt für {client} von {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="98" />
            <source>Prepared for {client}.</source>
            <translation>Erstellt für {client}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="185" />
            <source>weighted mean of the touchpoint scores</source>
            <translation>gewichteter Mittelwert der Kontaktpunkt-Punktzahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="185" />
            <source>points earned of points possible</source>
            <translation>erreichte von möglichen Punkten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="44" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="46" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="32" />
            <source>MYSTERY SHOPPING VISIT REPORT</source>
            <translation>MYSTERY-SHOPPING-BESUCHSBERICHT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="85" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="148" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="60" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="40" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="41" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="46" />
            <source>Client</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="87" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="67" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="88" />
            <source>Date of visit</source>
            <translation>Datum des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="89" />
            <source>Time of visit</source>
            <translation>Uhrzeit des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="91" />
            <source>Audit form</source>
            <translation>Prüfformular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="92" />
            <source>Form id and version</source>
            <translation>Formular-ID und Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="93" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="45" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="136" />
            <source>GRADE</source>
            <translation>NOTE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="186" />
            <source>Bands: {bands}. Total = {how}, rounded to one decimal.</source>
            <translation>Bereiche: {bands}. Gesamt = {how}, auf eine Dezimalstelle gerundet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="194" />
            <source>the visit's total is set to 0</source>
            <translation>die Gesamtpunktzahl des Besuchs wird auf 0 gesetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="196" />
            <source>this touchpoint's score is set to 0</source>
            <translation>die Punktzahl dieses Kontaktpunkts wird auf 0 gesetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="205" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="97" />
            <source>SCENARIO</source>
            <translation>SZENARIO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="104" />
            <source>Confidential: for the client’s own use. The report sets out what one mystery shopper experienced on one visit, scored against the audit form named above.</source>
            <translation>Vertraulich: nur für den eigenen Gebrauch des Kunden. Der Bericht gibt wieder, was ein Testkäufer bei einem Besuch erlebt hat, bewertet nach dem oben genannten Prüfformular.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="124" />
            <source>TOTAL SCORE SO FAR</source>
            <translation>GESAMTPUNKTZAHL BISHER</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="124" />
            <source>TOTAL SCORE</source>
            <translation>GESAMTPUNKTZAHL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="127" />
            <source>out of 100</source>
            <translation>von 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="130" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="53" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="355" />
            <source>{done} of {total} required answered ({share})</source>
            <translation>{done} von {total} Pflichtfragen beantwortet ({share})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="145" />
            <source>No grade until every required question is answered.</source>
            <translation>Keine Note, solange nicht alle Pflichtfragen beantwortet sind.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="178" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="208" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="47" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="352" />
            <source>{grade} so far</source>
            <translation>{grade} bisher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="184" />
            <source>{band} from {p}</source>
            <translation>{band} ab {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="191" />
            <source>Critical failure</source>
            <translation>Kritischer Verstoß</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="198" />
            <source>“{question}” was not met, so {effect}.</source>
            <translation>„{question}“ wurde nicht erfüllt, daher {effect}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="252" />
            <source>A visit-level critical question failed: the total is 0 whatever the points.</source>
            <translation>Eine kritische Frage auf Besuchsebene wurde nicht erfüllt: die Gesamtpunktzahl ist 0, unabhängig von den Punkten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="261" />
            <source>A stage's score is the points earned of the points possible over its touchpoints.</source>
            <translation>Die Punktzahl einer Phase sind die erreichten von den möglichen Punkten ihrer Kontaktpunkte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="92" />
            <source>{id}, version {v}</source>
            <translation>{id}, Version {v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="141" />
            <source>No grade yet</source>
            <translation>Noch keine Note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="284" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="218" />
            <source>CRITICAL FAILED</source>
            <translation>KRITISCH NICHT ERFÜLLT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="133" />
            <source>Incomplete:</source>
            <translation>Unvollständig:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="48" />
            <source>For the firm only: it includes the supervisor's notes, the score overrides and the evidence checks. Send the client its own copy.</source>
            <translation>Nur für die Firma: enthält die Notizen des Vorgesetzten, die Punktekorrekturen und die Belegprüfungen. Senden Sie dem Kunden seine eigene Kopie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="239" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="239" />
            <source>(weighted)</source>
            <translation>(gewichtet)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="47" />
            <source>Internal copy.</source>
            <translation>Interne Kopie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="66" />
            <source>Not approved.</source>
            <translation>Nicht genehmigt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="67" />
            <source>This visit is {status}: its answers and score may still change in review. Only an approved visit's report is final.</source>
            <translation>Dieser Besuch ist {status}: Antworten und Punktzahl können sich in der Prüfung noch ändern. Nur der Bericht eines genehmigten Besuchs ist endgültig.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="74" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="25" />
            <source>No capture time</source>
            <translation>Keine Aufnahmezeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="85" />
            <source>Photo not on this computer</source>
            <translation>Foto nicht auf diesem Computer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="60" />
            <source>Photos of {title} ({n})</source>
            <translation>Fotos zu {title} ({n})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="90" />
            <source>Photo could not be read</source>
            <translation>Foto konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="70" />
            <source>(no caption)</source>
            <translation>(ohne Bildunterschrift)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="74" />
            <source>Taken {when}</source>
            <translation>Aufgenommen {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="76" />
            <source>for {question}</source>
            <translation>zu {question}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="48" />
            <source>Visit report</source>
            <translation>Besuchsbericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="48" />
            <source>Visit report · INTERNAL COPY</source>
            <translation>Besuchsbericht · INTERNE KOPIE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="54" />
            <source>NOT APPROVED</source>
            <translation>NICHT GENEHMIGT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="56" />
            <source>Visit report: {location}, {day}</source>
            <translation>Besuchsbericht: {location}, {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="57" />
            <source>{client}: {form} (visit {id})</source>
            <translation>{client}: {form} (Besuch {id})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="51" />
            <source>Visit {id}</source>
            <translation>Besuch {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="90" />
            <source>Any change to this file after signing breaks the signature; a PDF reader shows who signed and whether the file is intact.</source>
            <translation>Jede Änderung dieser Datei nach dem Signieren bricht die Signatur; ein PDF-Reader zeigt, wer signiert hat und ob die Datei unverändert ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="22" />
            <source>Declaration and approval</source>
            <translation>Erklärung und Genehmigung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="65" />
            <source>REVIEW</source>
            <translation>PRÜFUNG</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="25" />
            <source>AUDITOR’S DECLARATION</source>
            <translation>ERKLÄRUNG DES PRÜFERS</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="64" />
            <source>The auditor has not signed this visit.</source>
            <translation>Der Prüfer hat diesen Besuch nicht signiert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="80" />
            <source>Not reviewed yet.</source>
            <translation>Noch nicht geprüft.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="84" />
            <source>Supervisor’s comment</source>
            <translation>Kommentar des Vorgesetzten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="76" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="76" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="76" />
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="43" />
            <source>signed {when}</source>
            <translation>signiert am {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="63" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="38" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="319" />
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="64" />
            <source>Returned for changes</source>
            <translation>Zur Überarbeitung zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="65" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="66" />
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" line="146" />
            <source>Click for the visits</source>
            <translation>Klicken, um die Besuche zu sehen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" line="80" />
            <source>No visits in this period</source>
            <translation>Keine Besuche in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="112" />
            <location filename="../../mystery_shop/ui/main_window.py" line="146" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="146" />
            <location filename="../../mystery_shop/ui/main_window.py" line="147" />
            <source>Export data…</source>
            <translation>Daten exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="245" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="268" />
            <source>%Ln approved or published visit(s)</source>
            <translation>
                <numerusform>%Ln genehmigter oder veröffentlichter Besuch</numerusform>
                <numerusform>%Ln genehmigte oder veröffentlichte Besuche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="279" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%n Antwort mit Bewertung 4 oder 5</numerusform>
                <numerusform>%n Antworten mit Bewertung 4 oder 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="282" />
            <source>%n answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%n Antwort, Promotoren − Kritiker</numerusform>
                <numerusform>%n Antworten, Promotoren − Kritiker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="284" />
            <source>%n answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%n Antwort, Mittelwert auf 1–7</numerusform>
                <numerusform>%n Antworten, Mittelwert auf 1–7</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="338" />
            <source>scored visits</source>
            <translation>bewertete Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="338" />
            <source>CSAT answers</source>
            <translation>CSAT-Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="338" />
            <source>NPS answers</source>
            <translation>NPS-Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="339" />
            <source>CES answers</source>
            <translation>CES-Antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="174" />
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="175" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="176" />
            <source>CES</source>
            <translation>CES</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="201" />
            <source>Mean score by month</source>
            <translation>Durchschnittliche Punktzahl pro Monat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="202" />
            <source>Locations ranked</source>
            <translation>Standorte im Vergleich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="204" />
            <source>Mean touchpoint score; click a cell for its visits.</source>
            <translation>Durchschnittliche Punktzahl je Kontaktpunkt; eine Zelle anklicken, um ihre Besuche zu sehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="210" />
            <source>Journey stages</source>
            <translation>Phasen der Customer Journey</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="212" />
            <source>Most failed questions</source>
            <translation>Am häufigsten nicht erfüllte Fragen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="212" />
            <source>% of visits where the question earned nothing</source>
            <translation>% der Besuche, bei denen die Frage keine Punkte brachte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="243" />
            <source>Add a client first.</source>
            <translation>Legen Sie zuerst einen Kunden an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="276" />
            <source>no scored visits</source>
            <translation>keine bewerteten Besuche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="329" />
            <source>{section} at {location}</source>
            <translation>{section} in {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="333" />
            <source>failed: {q}</source>
            <translation>nicht erfüllt: {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="337" />
            <source>{stage} stage</source>
            <translation>Phase {stage}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="272" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation>
                <numerusform>%n bewerteter Besuch · {lo} bis {hi}</numerusform>
                <numerusform>%n bewertete Besuche · {lo} bis {hi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="307" />
            <source>failed in {h} of %n visit(s)</source>
            <translation>
                <numerusform>nicht erfüllt bei {h} von %n Besuch</numerusform>
                <numerusform>nicht erfüllt bei {h} von %n Besuchen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" line="24" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation>
                <numerusform>{title}: %n Besuch. Zum Öffnen doppelklicken.</numerusform>
                <numerusform>{title}: %n Besuche. Zum Öffnen einen doppelklicken.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>Yes / no</source>
            <translation>Ja / Nein</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>One choice</source>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>Several choices</source>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>Duration (stopwatch)</source>
            <translation>Dauer (Stoppuhr)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>CSAT (1–5)</source>
            <translation>CSAT (1–5)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="55" />
            <source>CES (1–7)</source>
            <translation>CES (1–7)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="55" />
            <source>NPS (0–10)</source>
            <translation>NPS (0–10)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="55" />
            <source>Number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="342" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="72" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="199" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="39" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="151" />
            <source>Form id</source>
            <translation>Formular-ID</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="153" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="155" />
            <source>e.g. en, pl — the first is the default; empty: one language</source>
            <translation>z. B. en, pl — die erste ist die Standardsprache; leer: eine Sprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="157" />
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="158" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="267" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="160" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="268" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="177" />
            <source>Grade bands</source>
            <translation>Notenbereiche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="266" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="341" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="273" />
            <source>Journey stage</source>
            <translation>Phase der Customer Journey</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="278" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="280" />
            <source>blank: no weights (every touchpoint or none)</source>
            <translation>leer: keine Gewichte (alle Kontaktpunkte oder keiner)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="293" />
            <source>Photos at least</source>
            <translation>Mindestens Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="294" />
            <source>Photos at most</source>
            <translation>Höchstens Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="338" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="343" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="380" />
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="381" />
            <source>The auditor may answer N/A</source>
            <translation>Der Prüfer darf „nicht zutreffend“ antworten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="388" />
            <source>Required</source>
            <translation>Pflichtfeld</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="401" />
            <source>Show only if</source>
            <translation>Nur anzeigen, wenn</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="163" />
            <source>From score</source>
            <translation>Ab Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="163" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="47" />
            <source>Grade</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="163" />
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="168" />
            <source>Add band</source>
            <translation>Bereich hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="168" />
            <source>Remove band</source>
            <translation>Bereich entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="186" />
            <source>{v} (saving makes version {n}: version {t} is in use)</source>
            <translation>{v} (Speichern erzeugt Version {n}: Version {t} ist in Gebrauch)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="355" />
            <source>Good answer</source>
            <translation>Gute Antwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="360" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="47" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="361" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="48" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="363" />
            <source>Whole numbers only</source>
            <translation>Nur ganze Zahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="420" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="420" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="430" />
            <source>Choices</source>
            <translation>Auswahlmöglichkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="430" />
            <source>Thresholds</source>
            <translation>Schwellenwerte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="106" />
            <source>Shown in the default language when empty</source>
            <translation>Wenn leer, in der Standardsprache angezeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <source>Label</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="369" />
            <source>Up to seconds</source>
            <translation>Bis Sekunden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="373" />
            <source>Fails its touchpoint</source>
            <translation>Lässt den Kontaktpunkt durchfallen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="374" />
            <source>Fails the visit</source>
            <translation>Lässt den Besuch durchfallen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <source>Default for the type</source>
            <translation>Standard für den Typ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="519" />
            <source>default: {p}</source>
            <translation>Standard: {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="269" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="274" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="390" />
            <source>Always shown</source>
            <translation>Immer angezeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="438" />
            <source>Option {n}</source>
            <translation>Option {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="244" />
            <source>New grade</source>
            <translation>Neue Note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="30" />
            <source>The language the preview shows the form in</source>
            <translation>Die Sprache, in der die Vorschau das Formular zeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="27" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — as the auditor sees it</source>
            <translation>&lt;b&gt;Vorschau&lt;/b&gt; — so, wie der Prüfer es sieht</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" line="69" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" line="133" />
            <source>%n required answer(s) missing</source>
            <translation>
                <numerusform>%n Pflichtantwort fehlt</numerusform>
                <numerusform>%n Pflichtantworten fehlen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="52" />
            <source>Default language</source>
            <translation>Standardsprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="68" />
            <source>Fix the problems shown in red to see the checklist.</source>
            <translation>Beheben Sie die rot markierten Probleme, um die Checkliste zu sehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="129" />
            <source>Total {t} · {g}</source>
            <translation>Gesamt {t} · {g}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" line="77" />
            <source>(untitled touchpoint)</source>
            <translation>(Kontaktpunkt ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" line="82" />
            <source>(no text)</source>
            <translation>(kein Text)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="56" />
            <source>Form designer</source>
            <translation>Formulardesigner</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="95" />
            <source>Designer</source>
            <translation>Designer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="98" />
            <source>&amp;Form</source>
            <translation>&amp;Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="99" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="163" />
            <source>unsaved</source>
            <translation>nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="321" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="304" />
            <source>Open a form</source>
            <translation>Formular öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="321" />
            <source>Form:</source>
            <translation>Formular:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="349" />
            <source>Export as XLSForm</source>
            <translation>Als XLSForm exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="349" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="328" />
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>XLSForm-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="362" />
            <source>Save the form</source>
            <translation>Formular speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="362" />
            <source>Audit forms (*.yaml)</source>
            <translation>Prüfformulare (*.yaml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="81" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="102" />
            <source>New form</source>
            <translation>Neues Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="103" />
            <source>Open file…</source>
            <translation>Datei öffnen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="104" />
            <source>Open from this profile…</source>
            <translation>Aus diesem Profil öffnen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="105" />
            <source>Import XLSForm…</source>
            <translation>XLSForm importieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="106" />
            <source>Export XLSForm…</source>
            <translation>XLSForm exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="107" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="108" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="109" />
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="110" />
            <source>Form settings</source>
            <translation>Formulareinstellungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="111" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="169" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="327" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="112" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="170" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="115" />
            <source>Add touchpoint</source>
            <translation>Kontaktpunkt hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="121" />
            <source>Add question</source>
            <translation>Frage hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="122" />
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="123" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="242" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="304" />
            <source>Audit forms (*.yaml *.yml)</source>
            <translation>Prüfformulare (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="318" />
            <source>No forms</source>
            <translation>Keine Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="318" />
            <source>This profile has no forms yet.</source>
            <translation>Dieses Profil hat noch keine Formulare.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="328" />
            <source>Import an XLSForm</source>
            <translation>XLSForm importieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="338" />
            <source>Cannot import the workbook</source>
            <translation>Die Arbeitsmappe kann nicht importiert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="341" />
            <source>Imported, with notes</source>
            <translation>Importiert, mit Hinweisen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="346" />
            <source>Cannot export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="346" />
            <source>Fix the problems shown in red first.</source>
            <translation>Beheben Sie zuerst die rot markierten Probleme.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="260" />
            <source>{what} — Undo (Ctrl+Z) brings it back</source>
            <translation>{what} — Rückgängig (Strg+Z) holt es zurück</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="293" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="396" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="293" />
            <source>Discard the changes to this form?</source>
            <translation>Die Änderungen an diesem Formular verwerfen?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="310" />
            <source>Cannot open the form</source>
            <translation>Das Formular kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="334" />
            <source>Not an XLSForm</source>
            <translation>Keine XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="370" />
            <source>Cannot save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="372" />
            <source>Saved version {v} to {p}</source>
            <translation>Version {v} in {p} gespeichert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="381" />
            <source>Cannot publish</source>
            <translation>Veröffentlichen nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="384" />
            <source>Published {id} version {v}: it goes to the server at the next sync</source>
            <translation>{id} Version {v} veröffentlicht: geht bei der nächsten Synchronisierung an den Server</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="396" />
            <source>Close without saving the form?</source>
            <translation>Schließen, ohne das Formular zu speichern?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="165" />
            <source>Form designer — {title} v{v} ({file})</source>
            <translation>Formulardesigner — {title} v{v} ({file})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="169" />
            <source>Undo {what}</source>
            <translation>Rückgängig: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="170" />
            <source>Redo {what}</source>
            <translation>Wiederholen: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="274" />
            <source>Undone: {what}</source>
            <translation>Rückgängig gemacht: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="280" />
            <source>Redone: {what}</source>
            <translation>Wiederholt: {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="341" />
            <source>Not carried over:</source>
            <translation>Nicht übernommen:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="353" />
            <source>Exported to {p}</source>
            <translation>Exportiert nach {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="48" />
            <source>Known coordinates</source>
            <translation>Bekannte Koordinaten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="62" />
            <source>This computer's time zone</source>
            <translation>Zeitzone dieses Computers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="66" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="69" />
            <source>Latitude</source>
            <translation>Breitengrad</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="70" />
            <source>Longitude</source>
            <translation>Längengrad</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="71" />
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="93" />
            <location filename="../../mystery_shop/ui/main_window.py" line="112" />
            <source>Clients, locations and forms</source>
            <translation>Kunden, Standorte und Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="96" />
            <source>Clients and locations</source>
            <translation>Kunden und Standorte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="97" />
            <source>Forms</source>
            <translation>Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="113" />
            <source>Show archived</source>
            <translation>Archivierte anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="188" />
            <source>New client</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="188" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="196" />
            <source>Client name:</source>
            <translation>Name des Kunden:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="196" />
            <source>Rename client</source>
            <translation>Kunden umbenennen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="253" />
            <source>Import a form</source>
            <translation>Formular importieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="253" />
            <source>Form files (*.yaml *.yml)</source>
            <translation>Formulardateien (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="263" />
            <source>The form has problems</source>
            <translation>Das Formular hat Probleme</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="115" />
            <source>Clients</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="121" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="134" />
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="122" />
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="123" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="136" />
            <source>Archive / restore</source>
            <translation>Archivieren / wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="129" />
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="135" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="171" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="148" />
            <source>(archived)</source>
            <translation>(archiviert)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="242" />
            <source>Import form file…</source>
            <translation>Formulardatei importieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="242" />
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="248" />
            <source>{title}   ({id}, version {v})</source>
            <translation>{title}   ({id}, Version {v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="262" />
            <source>{name} was not imported. Fix these lines and try again:</source>
            <translation>{name} wurde nicht importiert. Korrigieren Sie diese Zeilen und versuchen Sie es erneut:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="39" />
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="74" />
            <source>Export data</source>
            <translation>Daten exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="44" />
            <source>One row per visit, one column per question, then the touchpoint scores. Only approved and published visits are exported.</source>
            <translation>Eine Zeile pro Besuch, eine Spalte pro Frage, danach die Punktzahlen der Kontaktpunkte. Nur genehmigte und veröffentlichte Besuche werden exportiert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="53" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="54" />
            <source>CSV, UTF-8 (.csv)</source>
            <translation>CSV, UTF-8 (.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="57" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="61" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="85" />
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="74" />
            <source>Data (*{s})</source>
            <translation>Daten (*{s})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="93" />
            <source>%n visit(s) written to {path}</source>
            <translation>
                <numerusform>%n Besuch nach {path} geschrieben</numerusform>
                <numerusform>%n Besuche nach {path} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="31" />
            <location filename="../../mystery_shop/ui/main_window.py" line="109" />
            <source>New visit</source>
            <translation>Neuer Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="51" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="31" />
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="55" />
            <source>What the shopper should ask or do (optional)</source>
            <translation>Was der Testkäufer fragen oder tun soll (optional)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="62" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="43" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="43" />
            <source>Form</source>
            <translation>Formular</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="64" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="310" />
            <source>Scheduled</source>
            <translation>Geplant am</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="65" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="311" />
            <source>Due by</source>
            <translation>Fällig bis</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="66" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="188" />
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="97" />
            <source>Add a client first (Manage → Clients and locations).</source>
            <translation>Legen Sie zuerst einen Kunden an (Verwalten → Kunden und Standorte).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="84" />
            <source>Create and open</source>
            <translation>Anlegen und öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="84" />
            <source>Plan visit</source>
            <translation>Besuch planen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="99" />
            <source>This client has no locations yet.</source>
            <translation>Dieser Kunde hat noch keine Standorte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="42" />
            <source>Me ({name})</source>
            <translation>Ich ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="101" />
            <source>Import a form first (Manage → Forms).</source>
            <translation>Importieren Sie zuerst ein Formular (Verwalten → Formulare).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="40" />
            <source>{title} (v{v})</source>
            <translation>{title} (v{v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="26" />
            <source>Plan visits from a CSV schedule</source>
            <translation>Besuche aus einem CSV-Plan planen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="26" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="42" />
            <source>Schedule planned</source>
            <translation>Plan übernommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="35" />
            <source>Cannot read the schedule</source>
            <translation>Der Plan kann nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="48" />
            <source>, refused %n row(s):</source>
            <translation>
                <numerusform>, %n Zeile abgelehnt:</numerusform>
                <numerusform>, %n Zeilen abgelehnt:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="47" />
            <source>{file}: planned %n visit(s)</source>
            <translation>
                <numerusform>{file}: %n Besuch geplant</numerusform>
                <numerusform>{file}: %n Besuche geplant</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="58" />
            <source>Fix those lines and import a file with only them: the good rows are planned already. Columns: {c} ({r} required).</source>
            <translation>Korrigieren Sie diese Zeilen und importieren Sie eine Datei nur mit ihnen: die guten Zeilen sind bereits geplant. Spalten: {c} ({r} Pflicht).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="18" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="27" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="28" />
            <source>The new language is used from the next start of the app.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start der App.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="23" />
            <source>System language ({name})</source>
            <translation>Systemsprache ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="55" />
            <source>Something went wrong. The details are in the log file; you can copy them below.</source>
            <translation>Etwas ist schiefgegangen. Die Details stehen in der Protokolldatei; Sie können sie unten kopieren.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="54" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="48" />
            <source>Cannot do that</source>
            <translation>Das ist nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="51" />
            <source>Mystery Shop</source>
            <translation>Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="77" />
            <source>No visits yet.

Plan one with New visit (Ctrl+N), or create a demo profile:
mystery-shop demo --profile DIR</source>
            <translation>Noch keine Besuche.

Planen Sie einen mit Neuer Besuch (Strg+N) oder legen Sie ein Demo-Profil an:
mystery-shop demo --profile DIR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="104" />
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="118" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="128" />
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="140" />
            <source>&amp;Supervise</source>
            <translation>&amp;Prüfung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="162" />
            <source>Fo&amp;rms</source>
            <translation>Fo&amp;rmulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="163" />
            <source>Form designer…</source>
            <translation>Formulardesigner…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="185" />
            <source>Search visits (Ctrl+F)</source>
            <translation>Besuche suchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="189" />
            <source>All states</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="190" />
            <source>Assigned to me</source>
            <translation>Mir zugewiesen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="195" />
            <source>from any date</source>
            <translation>ab beliebigem Datum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="196" />
            <source>to any date</source>
            <translation>bis beliebigem Datum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="252" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="101" />
            <source>All clients</source>
            <translation>Alle Kunden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="264" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="111" />
            <source>All locations</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="467" />
            <source>About Mystery Shop</source>
            <translation>Über Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="110" />
            <location filename="../../mystery_shop/ui/main_window.py" line="125" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="111" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="86" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="113" />
            <source>About</source>
            <translation>Über</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="114" />
            <location filename="../../mystery_shop/ui/main_window.py" line="125" />
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="115" />
            <location filename="../../mystery_shop/ui/main_window.py" line="125" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="143" />
            <source>Plan a visit…</source>
            <translation>Besuch planen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="144" />
            <source>Plan from CSV…</source>
            <translation>Aus CSV planen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="145" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="37" />
            <source>Review queue</source>
            <translation>Prüfwarteschlange</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="148" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="236" />
            <source>Export report…</source>
            <translation>Bericht exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="149" />
            <source>Export internal copy…</source>
            <translation>Interne Kopie exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="150" />
            <source>Export reports for a period…</source>
            <translation>Berichte für einen Zeitraum exportieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="151" />
            <source>Report settings…</source>
            <translation>Berichtseinstellungen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="298" />
            <location filename="../../mystery_shop/ui/main_window.py" line="305" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="72" />
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="298" />
            <source>Your full name, as reports and the audit trail show it:</source>
            <translation>Ihr vollständiger Name, wie ihn Berichte und das Prüfprotokoll zeigen:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="435" />
            <source>Select a visit first.</source>
            <translation>Wählen Sie zuerst einen Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="504" />
            <source>Mystery shopping and customer-touchpoint audits: offline checklists, scoring, photo evidence and signed PDF reports.</source>
            <translation>Mystery Shopping und Audits von Kundenkontaktpunkten: Checklisten offline, Bewertung, Fotobelege und signierte PDF-Berichte.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="509" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="509" />
            <source>Log file</source>
            <translation>Protokolldatei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="67" />
            <source>Reports will name you “{name}”. &lt;a href='#name'&gt;Set your name…&lt;/a&gt;</source>
            <translation>Berichte nennen Sie „{name}“. &lt;a href='#name'&gt;Ihren Namen festlegen…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="90" />
            <source>Profile: {path}</source>
            <translation>Profil: {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/main_window.py" line="290" />
            <source>%Ln visit(s) · {shown} shown</source>
            <translation>
                <numerusform>%Ln Besuch · {shown} angezeigt</numerusform>
                <numerusform>%Ln Besuche · {shown} angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="308" />
            <source>Reports now name you {name}.</source>
            <translation>Berichte nennen Sie jetzt {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="364" />
            <source>Visit planned for {name}.</source>
            <translation>Besuch für {name} geplant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="18" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="21" />
            <source>Score override</source>
            <translation>Punktekorrektur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="22" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="438" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="23" />
            <source>Signed</source>
            <translation>Signiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="24" />
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>Why / detail</source>
            <translation>Warum / Details</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/heat_map.py" line="73" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/heat_map.py" line="84" />
            <source>{section} at {location}: mean {score} over %n visit(s); click for the visits</source>
            <translation>
                <numerusform>{section} in {location}: Mittel {score} aus %n Besuch; klicken, um den Besuch zu sehen</numerusform>
                <numerusform>{section} in {location}: Mittel {score} aus %n Besuchen; klicken, um die Besuche zu sehen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="26" />
            <source>Taken on another day</source>
            <translation>An einem anderen Tag aufgenommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="27" />
            <source>Far from the visit's start</source>
            <translation>Weit vom Beginn des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="28" />
            <source>Far from the location</source>
            <translation>Weit vom Standort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="29" />
            <source>Used in another visit</source>
            <translation>In einem anderen Besuch verwendet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="30" />
            <source>Too few photos</source>
            <translation>Zu wenige Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="31" />
            <source>Too many photos</source>
            <translation>Zu viele Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="39" />
            <source>Visit date</source>
            <translation>Besuchsdatum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="45" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="204" />
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="96" />
            <source>✓ no flags</source>
            <translation>✓ keine Auffälligkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="71" />
            <source>Submitted {when}</source>
            <translation>Eingereicht {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="89" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="40" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="191" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="48" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="344" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="336" />
            <source>so far</source>
            <translation>bisher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="198" />
            <source>A critical question failed: the form sets its touchpoint or the visit to 0.</source>
            <translation>Eine kritische Frage wurde nicht erfüllt: das Formular setzt ihren Kontaktpunkt oder den Besuch auf 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="200" />
            <source>Required answers are still missing: the figure counts only what is answered so far.</source>
            <translation>Es fehlen noch Pflichtantworten: die Zahl zählt nur, was bisher beantwortet ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="143" />
            <source>Overdue: due {date}</source>
            <translation>Überfällig: fällig am {date}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="157" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="69" />
            <source>Freehand</source>
            <translation>Freihand</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="70" />
            <source>Arrow</source>
            <translation>Pfeil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="71" />
            <source>Box</source>
            <translation>Rahmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="199" />
            <source>Text to place on the photo:</source>
            <translation>Text, der auf das Foto gesetzt wird:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="316" />
            <source>Line</source>
            <translation>Linie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="323" />
            <source>Line width, in proportion to the photo's size</source>
            <translation>Linienstärke, im Verhältnis zur Größe des Fotos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="328" />
            <source>Take back the last mark (Ctrl+Z)</source>
            <translation>Die letzte Markierung zurücknehmen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="330" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="69" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="267" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="331" />
            <source>Take off every mark</source>
            <translation>Alle Markierungen entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="361" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="79" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="130" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="363" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="415" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="459" />
            <source>Save annotated copy</source>
            <translation>Kommentierte Kopie speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="480" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="485" />
            <source>Cannot annotate</source>
            <translation>Kommentieren nicht möglich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="480" />
            <source>This visit cannot be changed any more.</source>
            <translation>Dieser Besuch kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="486" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="452" />
            <source>The original photo is not on this computer yet (it arrives with the next sync).</source>
            <translation>Das Originalfoto ist noch nicht auf diesem Computer (es kommt mit der nächsten Synchronisierung).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="340" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="130" />
            <source>Zoom out (-, Ctrl+wheel)</source>
            <translation>Verkleinern (-, Strg+Mausrad)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="341" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="131" />
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="341" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="131" />
            <source>Fit to the window (0)</source>
            <translation>An das Fenster anpassen (0)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="342" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="133" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Vergrößern (+, Strg+Mausrad)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="401" />
            <source>Drag to draw freehand.</source>
            <translation>Ziehen, um frei zu zeichnen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="402" />
            <source>Drag from the tail to the point of the arrow.</source>
            <translation>Vom Ende zur Spitze des Pfeils ziehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="403" />
            <source>Drag from one corner of the box to the other.</source>
            <translation>Von einer Ecke des Rahmens zur anderen ziehen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="404" />
            <source>Click where the text should start.</source>
            <translation>Dort klicken, wo der Text beginnen soll.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="406" />
            <source>The original photo is kept; saving makes an annotated copy.</source>
            <translation>Das Originalfoto bleibt erhalten; Speichern legt eine kommentierte Kopie an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="415" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="224" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="452" />
            <source>Remove annotation</source>
            <translation>Anmerkung entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="451" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="455" />
            <source>Cannot save the annotation</source>
            <translation>Die Anmerkung kann nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="459" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="102" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="248" />
            <source>Annotate — {name}</source>
            <translation>Kommentieren — {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="471" />
            <source>Discard the marks?</source>
            <translation>Die Markierungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="471" />
            <source>Close without saving the annotation?</source>
            <translation>Schließen, ohne die Anmerkung zu speichern?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="59" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="81" />
            <source>Take photo</source>
            <translation>Foto aufnehmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="75" />
            <source>Starting the camera…</source>
            <translation>Kamera wird gestartet…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="98" />
            <source>Press Take photo (or Space) when the picture is right.</source>
            <translation>Drücken Sie Foto aufnehmen (oder Leertaste), wenn das Bild stimmt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="111" />
            <source>The photo could not be taken: {reason}</source>
            <translation>Das Foto konnte nicht aufgenommen werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="115" />
            <source>The camera cannot be used: {reason}</source>
            <translation>Die Kamera kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="50" />
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="51" />
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="52" />
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="53" />
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="54" />
            <source>White</source>
            <translation>Weiß</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="55" />
            <source>Black</source>
            <translation>Schwarz</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="58" />
            <source>Thin</source>
            <translation>Dünn</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="59" />
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="60" />
            <source>Thick</source>
            <translation>Dick</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="48" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="71" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="135" />
            <source>no capture time</source>
            <translation>keine Aufnahmezeit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="54" />
            <source>no position</source>
            <translation>keine Position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="89" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="157" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="117" />
            <source>Previous photo (Left arrow)</source>
            <translation>Vorheriges Foto (Pfeil nach links)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="124" />
            <source>Next photo (Right arrow)</source>
            <translation>Nächstes Foto (Pfeil nach rechts)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="132" />
            <source>Actual pixels (1)</source>
            <translation>Originalgröße (1)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="169" />
            <source>What the photo shows</source>
            <translation>Was das Foto zeigt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="218" />
            <source>Switch between the original and the annotated copy (A)</source>
            <translation>Zwischen Original und kommentierter Kopie wechseln (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="221" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="342" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="240" />
            <source>Annotate…</source>
            <translation>Kommentieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="222" />
            <source>Draw arrows, boxes and notes on a copy; the original is kept</source>
            <translation>Pfeile, Rahmen und Notizen auf eine Kopie zeichnen; das Original bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="225" />
            <source>Take the annotated copy off this photo; the original stays</source>
            <translation>Die kommentierte Kopie von diesem Foto entfernen; das Original bleibt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="233" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="166" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="116" />
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="123" />
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="166" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="268" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="181" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="193" />
            <source>Taken</source>
            <translation>Aufgenommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="194" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="195" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="196" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="211" />
            <source>Annotation</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="308" />
            <source>No caption.</source>
            <translation>Keine Bildunterschrift.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="334" />
            <source>Show original</source>
            <translation>Original anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="334" />
            <source>Show annotated</source>
            <translation>Kommentierte Kopie anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="337" />
            <source>None.</source>
            <translation>Keine.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="342" />
            <source>Edit annotation…</source>
            <translation>Anmerkung bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="452" />
            <source>Remove the annotated copy? The original photo is not changed.</source>
            <translation>Die kommentierte Kopie entfernen? Das Originalfoto wird nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="298" />
            <source>{i} of {n}</source>
            <translation>{i} von {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="304" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="305" />
            <source>Photo {i} of {n}</source>
            <translation>Foto {i} von {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="314" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="324" />
            <source>No evidence flags: time and place agree with the visit.</source>
            <translation>Keine Auffälligkeiten bei den Belegen: Zeit und Ort passen zum Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="339" />
            <source>Showing the annotated copy. The original is kept unchanged.</source>
            <translation>Die kommentierte Kopie wird gezeigt. Das Original bleibt unverändert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="341" />
            <source>Showing the original. This photo also has an annotated copy.</source>
            <translation>Das Original wird gezeigt. Dieses Foto hat auch eine kommentierte Kopie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="355" />
            <source>the picture has not arrived yet</source>
            <translation>das Bild ist noch nicht angekommen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="78" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="122" />
            <location filename="../../mystery_shop/ui/reports/export.py" line="172" />
            <source>Export reports</source>
            <translation>Berichte exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="127" />
            <source>One PDF per approved or published visit of the client in the period. Reports are signed when a certificate is set in Report settings.</source>
            <translation>Ein PDF pro genehmigtem oder veröffentlichtem Besuch des Kunden im Zeitraum. Die Berichte werden signiert, wenn in den Berichtseinstellungen ein Zertifikat hinterlegt ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="136" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="148" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="146" />
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="151" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="154" />
            <source>Cancel export</source>
            <translation>Export abbrechen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="163" />
            <source>Export reports to</source>
            <translation>Berichte exportieren nach</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="187" />
            <source>Finding the visits…</source>
            <translation>Besuche werden gesucht…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="201" />
            <source>Stopping after the report being written…</source>
            <translation>Wird nach dem aktuellen Bericht angehalten…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="206" />
            <source>%v of %m reports</source>
            <translation>%v von %m Berichten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="215" />
            <source>No approved or published visits of this client in the period.</source>
            <translation>Keine genehmigten oder veröffentlichten Besuche dieses Kunden im Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="231" />
            <source>The reports were not written</source>
            <translation>Die Berichte wurden nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="71" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="390" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="407" />
            <source>Cannot sign the report</source>
            <translation>Der Bericht kann nicht signiert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="76" />
            <source>Export internal copy</source>
            <translation>Interne Kopie exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="76" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="94" />
            <source>The report was not written</source>
            <translation>Der Bericht wurde nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="172" />
            <source>The period ends before it starts.</source>
            <translation>Der Zeitraum endet, bevor er beginnt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="180" />
            <source>Cannot sign the reports</source>
            <translation>Die Berichte können nicht signiert werden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="208" />
            <source>Writing {name}</source>
            <translation>{name} wird geschrieben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" line="217" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Abgebrochen: {n} von %n Bericht nach {folder} geschrieben.</numerusform>
                <numerusform>Abgebrochen: {n} von %n Berichten nach {folder} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" line="221" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>{n} von %n Bericht nach {folder} geschrieben.</numerusform>
                <numerusform>{n} von %n Berichten nach {folder} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="223" />
            <source>Not written:</source>
            <translation>Nicht geschrieben:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="40" />
            <source>Report settings</source>
            <translation>Berichtseinstellungen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="44" />
            <source>as it appears on the cover of every report</source>
            <translation>so, wie er auf dem Deckblatt jedes Berichts steht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="46" />
            <source>PNG or JPEG (optional)</source>
            <translation>PNG oder JPEG (optional)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="52" />
            <source>the firm's .p12 file; none: reports are not signed</source>
            <translation>die .p12-Datei der Firma; keine: Berichte werden nicht signiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="54" />
            <source>optional: https://… an RFC 3161 timestamp server</source>
            <translation>optional: https://… ein RFC-3161-Zeitstempelserver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="56" />
            <source>No certificate yet? Create one with:  mystery-shop keys create --name "Firm name" --out firm.p12  and give clients the firm.crt written beside it.</source>
            <translation>Noch kein Zertifikat? Legen Sie eines an mit:  mystery-shop keys create --name "Firm name" --out firm.p12  und geben Sie den Kunden die daneben geschriebene firm.crt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="63" />
            <source>Firm name</source>
            <translation>Firmenname</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="64" />
            <source>Firm logo</source>
            <translation>Firmenlogo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="65" />
            <source>Page size</source>
            <translation>Seitengröße</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="66" />
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="67" />
            <source>Timestamp server</source>
            <translation>Zeitstempelserver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="68" />
            <source>Report language</source>
            <translation>Berichtssprache</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="108" />
            <source>The language of the client's reports: their words, dates and numbers</source>
            <translation>Die Sprache der Berichte des Kunden: Wörter, Daten und Zahlen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="151" />
            <source>Choose a file</source>
            <translation>Datei auswählen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="64" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="66" />
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation>PKCS#12-Schlüssel (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="128" />
            <source>The logo</source>
            <translation>Das Logo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="128" />
            <source>The certificate</source>
            <translation>Das Zertifikat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="130" />
            <source>{what} {path} does not exist.</source>
            <translation>{what} {path} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="29" />
            <source>Sign the report</source>
            <translation>Bericht signieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="26" />
            <source>Passphrase of the firm's certificate
{path}:</source>
            <translation>Passphrase des Firmenzertifikats
{path}:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="28" />
            <source>That passphrase did not open the certificate. Try again.</source>
            <translation>Diese Passphrase hat das Zertifikat nicht geöffnet. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="45" />
            <source>The certificate {path} cannot be read. Choose it again in Report settings.</source>
            <translation>Das Zertifikat {path} kann nicht gelesen werden. Wählen Sie es in den Berichtseinstellungen erneut aus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="86" />
            <source>Comment…</source>
            <translation>Kommentar…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="89" />
            <source>Override points…</source>
            <translation>Punkte korrigieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="108" />
            <source>N/A — not applicable on this visit</source>
            <translation>N/A — trifft bei diesem Besuch nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="118" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="111" />
            <source>{e} of {p} pts</source>
            <translation>{e} von {p} Pkt.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="120" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="269" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="339" />
            <source>critical failed</source>
            <translation>kritisch nicht erfüllt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="131" />
            <source>Overridden to {p} by {who}: {why}</source>
            <translation>Von {who} auf {p} korrigiert: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="65" />
            <source>Your comment for the auditor</source>
            <translation>Ihr Kommentar für den Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="67" />
            <source>Save to my library of comments</source>
            <translation>In meiner Kommentarbibliothek speichern</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="70" />
            <source>Saved comments (double-click to use)</source>
            <translation>Gespeicherte Kommentare (zum Verwenden doppelklicken)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="72" />
            <source>Remove from library</source>
            <translation>Aus der Bibliothek entfernen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="132" />
            <source>Override the points</source>
            <translation>Punkte korrigieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="139" />
            <source>Earned now</source>
            <translation>Jetzt erreicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="142" />
            <source>New points</source>
            <translation>Neue Punkte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="144" />
            <source>Why (required; shown in the audit trail and the report)</source>
            <translation>Warum (Pflicht; erscheint im Prüfprotokoll und im Bericht)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="146" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="151" />
            <source>Override</source>
            <translation>Korrigieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="87" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="66" />
            <source>Add comment</source>
            <translation>Kommentar hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="141" />
            <source>0 to {p}</source>
            <translation>0 bis {p}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="47" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="118" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n Foto</numerusform>
                <numerusform>%n Fotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="51" />
            <source>%n flagged</source>
            <translation>
                <numerusform>%n markiert</numerusform>
                <numerusform>%n markiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="74" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="138" />
            <source>annotated copy (the original is kept)</source>
            <translation>kommentierte Kopie (das Original bleibt erhalten)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="49" />
            <source>rule: {lo} to {hi}</source>
            <translation>Regel: {lo} bis {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="69" />
            <source>photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="60" />
            <source>Nothing waiting for review.</source>
            <translation>Nichts wartet auf Prüfung.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="79" />
            <source>Any evidence</source>
            <translation>Beliebige Belege</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="80" />
            <source>⚑ With flags</source>
            <translation>⚑ Mit Auffälligkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="81" />
            <source>✓ Without flags</source>
            <translation>✓ Ohne Auffälligkeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="102" />
            <source>All auditors</source>
            <translation>Alle Prüfer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="103" />
            <source>All forms</source>
            <translation>Alle Formulare</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="126" />
            <source>{shown} of {total} waiting</source>
            <translation>{shown} von {total} warten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="102" />
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="191" />
            <source>Comments on the visit</source>
            <translation>Kommentare zum Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="198" />
            <source>Comment on the visit…</source>
            <translation>Besuch kommentieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="202" />
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="213" />
            <source>Audit trail</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="225" />
            <source>Return to auditor…</source>
            <translation>An den Prüfer zurückgeben…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="227" />
            <source>Approve</source>
            <translation>Genehmigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="230" />
            <source>Approve and sign report…</source>
            <translation>Genehmigen und Bericht signieren…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="231" />
            <source>Approve, then write the signed PDF report in one step</source>
            <translation>Genehmigen, dann den signierten PDF-Bericht in einem Schritt schreiben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="233" />
            <source>Publish for the client</source>
            <translation>Für den Kunden veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="331" />
            <source>Waiting for your review: comment, override points with a reason, then return or approve.</source>
            <translation>Wartet auf Ihre Prüfung: kommentieren, Punkte mit Begründung korrigieren, dann zurückgeben oder genehmigen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="334" />
            <source>Returned to the auditor: waiting for them to fix it and submit again.</source>
            <translation>An den Prüfer zurückgegeben: wartet darauf, dass er ihn korrigiert und erneut einreicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="335" />
            <source>Approved. Publish it to make the report visible to the client.</source>
            <translation>Genehmigt. Veröffentlichen Sie ihn, damit der Kunde den Bericht sieht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="336" />
            <source>Published for the client.</source>
            <translation>Für den Kunden veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="337" />
            <source>A draft: the auditor has not submitted it yet.</source>
            <translation>Ein Entwurf: der Prüfer hat ihn noch nicht eingereicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="433" />
            <source>A comment on the whole visit.</source>
            <translation>Ein Kommentar zum ganzen Besuch.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="458" />
            <source>Return to the auditor</source>
            <translation>An den Prüfer zurückgeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="459" />
            <source>Say what the auditor should fix. They see this comment on their visit, beside any comments you left on single questions.</source>
            <translation>Schreiben Sie, was der Prüfer korrigieren soll. Er sieht diesen Kommentar an seinem Besuch, neben den Kommentaren, die Sie zu einzelnen Fragen hinterlassen haben.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="464" />
            <source>Return the visit</source>
            <translation>Besuch zurückgeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="272" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="43" />
            <source>no score</source>
            <translation>keine Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="280" />
            <source>None yet.</source>
            <translation>Noch keine.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="312" />
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="313" />
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="320" />
            <source>Signed by</source>
            <translation>Signiert von</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="342" />
            <source>Every action is written to the audit trail with your name and the time.</source>
            <translation>Jede Aktion wird mit Ihrem Namen und der Uhrzeit im Prüfprotokoll festgehalten.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="423" />
            <source>The visit was not published</source>
            <translation>Der Besuch wurde nicht veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="72" />
            <source>Review: {client} — {location}</source>
            <translation>Prüfung: {client} — {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="294" />
            <source>Send the client the signed report, in the portal</source>
            <translation>Dem Kunden den signierten Bericht im Portal senden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="296" />
            <source>Sign the report and send it to the client, in the portal</source>
            <translation>Den Bericht signieren und dem Kunden im Portal senden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="318" />
            <source>Time on visit</source>
            <translation>Dauer des Besuchs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="410" />
            <source>Publishing sends the client the visit's signed report. Choose the firm's certificate in Report settings, then publish: the report is signed as it goes.</source>
            <translation>Beim Veröffentlichen erhält der Kunde den signierten Bericht des Besuchs. Wählen Sie das Firmenzertifikat in den Berichtseinstellungen und veröffentlichen Sie dann: der Bericht wird dabei signiert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="435" />
            <source>A comment on: {q}</source>
            <translation>Ein Kommentar zu: {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="317" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} Std. {m:02d} Min.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="318" />
            <source>{m} min</source>
            <translation>{m} Min.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="121" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="143" />
            <source>{title} v{v}</source>
            <translation>{title} v{v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="120" />
            <source>auditor {name}</source>
            <translation>Prüfer {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="52" />
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="143" />
            <source>Signed out. Your work stays on this computer.</source>
            <translation>Abgemeldet. Ihre Arbeit bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="56" />
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="87" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="59" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="69" />
            <source>Sign in…</source>
            <translation>Anmelden…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="57" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="56" />
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="58" />
            <source>Refused changes…</source>
            <translation>Abgelehnte Änderungen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="59" />
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="127" />
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="87" />
            <source>Sign in again…</source>
            <translation>Erneut anmelden…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="121" />
            <source>Sign out of {server}?</source>
            <translation>Von {server} abmelden?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="123" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation>
                <numerusform>%n Änderung wurde noch nicht gesendet: sie bleibt auf diesem Computer und wird nach der nächsten Anmeldung gesendet.</numerusform>
                <numerusform>%n Änderungen wurden noch nicht gesendet: sie bleiben auf diesem Computer und werden nach der nächsten Anmeldung gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="132" />
            <source>Signing out when the sync under way ends…</source>
            <translation>Abmeldung, sobald die laufende Synchronisierung endet…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="155" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation>
                <numerusform>Der Server hat %n Änderung nicht angenommen: siehe Abgelehnte Änderungen.</numerusform>
                <numerusform>Der Server hat %n Änderungen nicht angenommen: siehe Abgelehnte Änderungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="113" />
            <source>Signed in to {server} as {user} ({role}).</source>
            <translation>Bei {server} als {user} ({role}) angemeldet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="115" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="264" />
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="115" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="264" />
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="129" />
            <source>Changes the server did not take</source>
            <translation>Änderungen, die der Server nicht angenommen hat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="148" />
            <source>Nothing refused.

Every change made on this computer reached the server.</source>
            <translation>Nichts abgelehnt.

Jede Änderung auf diesem Computer hat den Server erreicht.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="164" />
            <source>Show the ones already settled</source>
            <translation>Auch bereits erledigte anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="197" />
            <source>The two versions</source>
            <translation>Die beiden Versionen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="215" />
            <source>What you can do</source>
            <translation>Was Sie tun können</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="224" />
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="226" />
            <source>Open the visit</source>
            <translation>Besuch öffnen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="228" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="293" />
            <source>Keep the server's version</source>
            <translation>Die Version des Servers behalten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="230" />
            <source>Use mine</source>
            <translation>Meine verwenden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>On this computer</source>
            <translation>Auf diesem Computer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>On the server</source>
            <translation>Auf dem Server</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="265" />
            <source>Not tied to a visit</source>
            <translation>Keinem Besuch zugeordnet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="293" />
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="269" />
            <source>The server said:</source>
            <translation>Der Server meldete:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="270" />
            <source>at {when}</source>
            <translation>um {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="68" />
            <source>Something went wrong while signing in; the details are in the log file.</source>
            <translation>Bei der Anmeldung ist etwas schiefgegangen; die Details stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="60" />
            <source>This version of Mystery Shop is too old for the server. Install the update, then sign in again.</source>
            <translation>Diese Version von Mystery Shop ist für den Server zu alt. Installieren Sie das Update und melden Sie sich dann erneut an.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="44" />
            <source>Enter the address of your firm's sync server.</source>
            <translation>Geben Sie die Adresse des Synchronisierungsservers Ihrer Firma ein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="64" />
            <source>Wrong user name or password, or the account is disabled.</source>
            <translation>Falscher Benutzername oder falsches Passwort, oder das Konto ist deaktiviert.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="79" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="132" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="180" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="86" />
            <source>Sign in to your firm's sync server</source>
            <translation>Beim Synchronisierungsserver Ihrer Firma anmelden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="89" />
            <source>Your visits stay on this computer and work offline; signing in sends them to your firm and brings the visits assigned to you.</source>
            <translation>Ihre Besuche bleiben auf diesem Computer und funktionieren offline; die Anmeldung sendet sie an Ihre Firma und holt die Ihnen zugewiesenen Besuche.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="106" />
            <source>as given by your supervisor</source>
            <translation>wie von Ihrem Vorgesetzten angegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="109" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="110" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="111" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="56" />
            <source>Cannot reach the server at {server}. Check the address and that this computer is online.</source>
            <translation>Der Server {server} ist nicht erreichbar. Prüfen Sie die Adresse und ob dieser Computer online ist.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="67" />
            <source>The server refused the sign-in: {detail}</source>
            <translation>Der Server hat die Anmeldung abgelehnt: {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="161" />
            <source>Enter your user name and password.</source>
            <translation>Geben Sie Benutzername und Passwort ein.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="180" />
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="49" />
            <source>“{text}” is not a web address such as https://sync.example.com.</source>
            <translation>„{text}“ ist keine Webadresse wie https://sync.example.com.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="28" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="32" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="34" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>vor %n Minute</numerusform>
                <numerusform>vor %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="36" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="45" />
            <source>%Ln visit(s) waiting</source>
            <translation>
                <numerusform>%Ln Besuch wartet</numerusform>
                <numerusform>%Ln Besuche warten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="47" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln Änderung wartet</numerusform>
                <numerusform>%Ln Änderungen warten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="40" />
            <source>on {date}</source>
            <translation>am {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="136" />
            <source>%Ln change(s) refused</source>
            <translation>
                <numerusform>%Ln Änderung abgelehnt</numerusform>
                <numerusform>%Ln Änderungen abgelehnt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="39" />
            <source>yesterday at {time}</source>
            <translation>gestern um {time}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="58" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="157" />
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="58" />
            <source>Not signed in · this computer only</source>
            <translation>Nicht angemeldet · nur dieser Computer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="61" />
            <source>Syncing…</source>
            <translation>Synchronisierung läuft…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="66" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="76" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="141" />
            <source>Clock %n min off</source>
            <translation>
                <numerusform>Uhr geht %n Min. falsch</numerusform>
                <numerusform>Uhr geht %n Min. falsch</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="157" />
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="161" />
            <source>Not signed in: everything stays on this computer.</source>
            <translation>Nicht angemeldet: alles bleibt auf diesem Computer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="165" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln Änderung wartet auf das Senden</numerusform>
                <numerusform>%Ln Änderungen warten auf das Senden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="65" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="68" />
            <source>Sign-in expired</source>
            <translation>Anmeldung abgelaufen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="143" />
            <source>This computer's clock is %n minute(s) {way} the server's. Times on visits come from this clock: set it right in the system settings.</source>
            <translation>Die Uhr dieses Computers geht gegenüber der Uhr des Servers %n Minute {way}. Die Zeiten der Besuche kommen von dieser Uhr: stellen Sie sie in den Systemeinstellungen richtig.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="158" />
            <source>{signed} to {server} as {user} ({role})</source>
            <translation>{signed} bei {server} als {user} ({role})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="163" />
            <source>Last synced: {when}</source>
            <translation>Zuletzt synchronisiert: {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="168" />
            <source>Last problem: {error}</source>
            <translation>Letztes Problem: {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="64" />
            <source>last synced {when}</source>
            <translation>zuletzt synchronisiert {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="147" />
            <source>ahead of</source>
            <translation>vor</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="147" />
            <source>behind</source>
            <translation>nach</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="73" />
            <source>Update the app to keep syncing</source>
            <translation>Aktualisieren Sie die App, um weiter zu synchronisieren</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="78" />
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="75" />
            <source>Sync failed: {why}</source>
            <translation>Synchronisierung fehlgeschlagen: {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="80" />
            <source>Synced {when}</source>
            <translation>Synchronisiert {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="36" />
            <source>Finish the visit</source>
            <translation>Besuch abschließen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="83" />
            <source>Sign and submit</source>
            <translation>Signieren und einreichen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="85" />
            <source>Keep working</source>
            <translation>Weiterarbeiten</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="73" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="151" />
            <source>The auditor's signature and attestation</source>
            <translation>Unterschrift und Erklärung des Prüfers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="106" />
            <source>Everything required is answered. Sign and submit.</source>
            <translation>Alles Erforderliche ist beantwortet. Signieren und einreichen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="128" />
            <source>Sign in the box first.</source>
            <translation>Unterschreiben Sie zuerst im Feld.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="65" />
            <source>Signature</source>
            <translation>Unterschrift</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="148" />
            <source>{have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{have} von mindestens %n Foto</numerusform>
                <numerusform>{have} von mindestens %n Fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="110" />
            <source>Still missing</source>
            <translation>Fehlt noch</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="65" />
            <source>Add photos…</source>
            <translation>Fotos hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="67" />
            <source>Undo delete</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="70" />
            <source>Take photo…</source>
            <translation>Foto aufnehmen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="71" />
            <source>Take a photo with this computer's camera</source>
            <translation>Ein Foto mit der Kamera dieses Computers aufnehmen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="94" />
            <source>Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; right-click for caption, annotation and delete.</source>
            <translation>Fotos oder einen Ordner hier ablegen oder einfügen (Strg+V). Doppelklick auf ein Foto zeigt es an; Rechtsklick für Bildunterschrift, Anmerkung und Löschen.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="149" />
            <source>Add photos</source>
            <translation>Fotos hinzufügen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="149" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="236" />
            <source>View</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="268" />
            <source>What the photo shows:</source>
            <translation>Was das Foto zeigt:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="214" />
            <source>Some files were not added</source>
            <translation>Einige Dateien wurden nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="118" />
            <source>at least {min}, at most {max}</source>
            <translation>mindestens {min}, höchstens {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="239" />
            <source>Caption…</source>
            <translation>Bildunterschrift…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="215" />
            <source>The other photos were added. These were not:</source>
            <translation>Die anderen Fotos wurden hinzugefügt. Diese nicht:</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="63" />
            <source>Not applicable on this visit (A)</source>
            <translation>Trifft bei diesem Besuch nicht zu (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="70" />
            <source>Comment for the report</source>
            <translation>Kommentar für den Bericht</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="118" />
            <source>The language of the form on this visit: the answers are the same in all</source>
            <translation>Die Sprache des Formulars bei diesem Besuch: die Antworten sind in allen gleich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="186" />
            <source>◀ Previous touchpoint</source>
            <translation>◀ Vorheriger Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="188" />
            <source>Next touchpoint ▶</source>
            <translation>Nächster Kontaktpunkt ▶</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="190" />
            <source>Every answer is saved as you give it.</source>
            <translation>Jede Antwort wird gespeichert, sobald Sie sie geben.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="192" />
            <source>Finish…</source>
            <translation>Abschließen…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="334" />
            <source>answered</source>
            <translation>beantwortet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="349" />
            <source>no score yet</source>
            <translation>noch keine Punktzahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="373" />
            <source>See the comments beside the questions.</source>
            <translation>Siehe die Kommentare neben den Fragen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="218" />
            <source>at least %n photo(s)</source>
            <translation>
                <numerusform>mindestens %n Foto</numerusform>
                <numerusform>mindestens %n Fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="374" />
            <source>Returned by your supervisor.</source>
            <translation>Von Ihrem Vorgesetzten zurückgegeben.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="379" />
            <source>This visit is {status}: it can no longer be changed.</source>
            <translation>Dieser Besuch ist {status}: er kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="263" />
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="290" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="113" />
            <source>Very unhappy</source>
            <translation>Sehr unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Unhappy</source>
            <translation>Unzufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Happy</source>
            <translation>Zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="113" />
            <source>Very happy</source>
            <translation>Sehr zufrieden</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="192" />
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="192" />
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="114" />
            <source>Strongly disagree</source>
            <translation>Stimme überhaupt nicht zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="114" />
            <source>Strongly agree</source>
            <translation>Stimme voll zu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="115" />
            <source>Not at all likely</source>
            <translation>Überhaupt nicht wahrscheinlich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="115" />
            <source>Extremely likely</source>
            <translation>Äußerst wahrscheinlich</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" line="23" />
            <source>Signature pad</source>
            <translation>Unterschriftenfeld</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" line="107" />
            <source>Sign here</source>
            <translation>Hier unterschreiben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="57" />
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="96" />
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="105" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="59" />
            <source>Start or stop the stopwatch (Ctrl+T)</source>
            <translation>Stoppuhr starten oder anhalten (Strg+T)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="61" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="64" />
            <source>or type m:ss / seconds</source>
            <translation>oder m:ss / Sekunden eingeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="86" />
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="121" />
            <source>Type seconds (95) or minutes:seconds (1:35)</source>
            <translation>Sekunden (95) oder Minuten:Sekunden (1:35) eingeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Returned</source>
            <translation>Zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Post purchase</source>
            <translation>Nach dem Kauf</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Social</source>
            <translation>Soziale Medien</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Excellent</source>
            <translation>Ausgezeichnet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Fair</source>
            <translation>Befriedigend</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Poor</source>
            <translation>Mangelhaft</translation>
        </message>
    </context>
</TS>
